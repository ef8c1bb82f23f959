// The events page: the year's events month by month (months named in the UI's language), the kind
// filter, the period's totals, another period and a period that cannot be summed, and one event
// with a delete refused while documents are attached.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Handlers } from '../../testing/backend';
import { cooperation, documents, events, totals } from '../../testing/events';
import { measures } from '../../testing/fixtures';
import { projects } from '../../testing/records';
import EventsPage from './EventsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (testid: string) =>
  [...screen.getByTestId(testid).querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
const rowTitles = () => screen.queryAllByTestId(/^event-row-/).map((row) => row.dataset.testid?.replace('event-row-', ''));
const year = new Date().getFullYear();

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_events: () => events,
    get_event_totals: () => totals,
    list_measures: () => measures,
    list_projects: () => projects,
    list_cooperations: () => [cooperation],
    get_event: (args) => events.find((e) => e.id === args.id),
    list_documents: () => documents,
    ...handlers,
  });
  render(EventsPage, { strategyId: 's1' });
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('events list', () => {
  it("asks for this year's events and shows them month by month", async () => {
    const calls = open();
    await screen.findByTestId('events-month-2026-03');
    expect(calls.find((c) => c.command === 'list_events')?.args).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(calls.find((c) => c.command === 'get_event_totals')?.args).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(within(screen.getByTestId('events-month-2026-03')).getByRole('heading').textContent).toBe('March 2026');
    expect(within(screen.getByTestId('events-month-2026-05')).getByRole('heading').textContent).toBe('May 2026');
    expect(rowTitles()).toEqual(['Vietos produktų seminaras', 'Pažintinis vizitas į Latgalą', 'Paraiškų rengimo mokymai']);
    expect(cells('event-row-Vietos produktų seminaras')).toEqual([
      '12 March 2026 10:00–15:00', 'Seminar', 'Vietos produktų seminaras', 'Alantos bendruomenės namai', '30', '€450.00',
    ]);
    expect(cells('event-row-Pažintinis vizitas į Latgalą')[0]).toBe('26 March 2026 07:30 – 27 March 2026, 20:00');
    expect(cells('event-row-Paraiškų rengimo mokymai').slice(-2)).toEqual(['25', '—']);
  });

  it('names the months in Lithuanian', async () => {
    setLocale('lt');
    open();
    const march = await screen.findByTestId('events-month-2026-03');
    expect(within(march).getByRole('heading').textContent).toBe('2026 m. kovas');
    expect(cells('event-row-Vietos produktų seminaras')[1]).toBe('Seminaras');
  });

  it('filters by kind, and sums the period by kind, group and gender', async () => {
    open();
    await screen.findByTestId('event-totals');
    await fireEvent.change(screen.getByTestId('events-filter-kind'), { target: { value: 'training' } });
    expect(rowTitles()).toEqual(['Paraiškų rengimo mokymai']);
    expect(screen.queryByTestId('events-month-2026-03')).toBeNull();
    expect(text('events-shown')).toBe('Showing 1 of 3 events');
    await fireEvent.change(screen.getByTestId('events-filter-kind'), { target: { value: 'conference' } });
    expect(text('events-none')).toBe('No event of this kind in the period.');
    expect(text('event-totals-participants')).toBe('73');
    expect(text('event-totals-women')).toBe('18');
    expect(text('event-totals-cost')).toBe('€450.00');
    expect(cells('event-totals-kind-seminar')).toEqual(['Seminar', '1', '30', '€450.00']);
    expect(cells('event-totals-kind-information')).toEqual(['Information or animation event', '0', '0', '€0.00']);
    expect(cells('event-totals-group-youth')).toEqual(['Young people', '8']);
    expect(screen.getAllByTestId(/^event-totals-group-/)).toHaveLength(7);
  });

  it('asks again for another period, and says next to the field why it cannot be summed', async () => {
    const reversed: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'to', code: 'ends-before-start', args: {}, message: '', warning: false }],
    };
    const calls = open({
      list_events: (args) => (args.to === '2025-12-31' ? [] : events),
      get_event_totals: (args) => {
        if (args.to === '2025-12-31') throw reversed;
        return totals;
      },
    });
    await screen.findByTestId('event-totals');
    await fireEvent.input(screen.getByTestId('events-to'), { target: { value: '2025-12-31' } });
    expect((await screen.findByTestId('error-to')).textContent).toBe(`Must not be before 1 January ${year}.`);
    expect(screen.queryByTestId('event-totals')).toBeNull();
    expect(text('events-empty')).toContain('No events in this period');
    expect(calls.filter((c) => c.command === 'list_events').at(-1)?.args).toEqual({ from: `${year}-01-01`, to: '2025-12-31' });
    await fireEvent.input(screen.getByTestId('events-to'), { target: { value: '' } });
    await vi.waitFor(() => expect(calls.filter((c) => c.command === 'list_events').at(-1)?.args.to).toBeNull());
  });
});

describe('one event', () => {
  it('shows who came and what it cost, with its documents, and refuses a delete while they are attached', async () => {
    const attached: IpcError = {
      code: 'still-referenced',
      message: '',
      fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'event', count: '2', dependants: 'documents' }, message: '', warning: false }],
    };
    open({
      delete_event: () => {
        throw attached;
      },
    });
    await fireEvent.click(await screen.findByTestId('event-row-Vietos produktų seminaras'));
    await screen.findByTestId('event-info-cost');
    expect(text('page-title')).toBe('Vietos produktų seminaras');
    expect(text('event-header-when')).toBe('12 March 2026, 10:00–15:00');
    expect(text('event-info-cost')).toBe('€450.00 on R1');
    expect(text('event-info-group-youth')).toBe('8');
    expect(text('event-info-women')).toBe('18');
    expect(await screen.findByTestId('document-row-0')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('event-delete'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('event-error')).toHaveProperty('textContent', expect.stringContaining('2 documents are attached: remove them first.'));
    await fireEvent.click(screen.getByTestId('event-back'));
    expect(await screen.findByTestId('events-month-2026-03')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('event-row-Vietos produktų seminaras'));
  });
});
