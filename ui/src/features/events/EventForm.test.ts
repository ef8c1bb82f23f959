// The event form: what it sends (the start composed of date and time, only the groups filled in,
// the cost in cents), what it finds wrong itself, and the backend's problems next to their fields.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Handlers } from '../../testing/backend';
import { cooperation, seminar } from '../../testing/events';
import { measures } from '../../testing/fixtures';
import { projects } from '../../testing/records';
import EventForm from './EventForm.svelte';

const links = { measures, projects, cooperations: [cooperation] };
const errorOf = (field: string) => screen.findByTestId(`error-${field}`).then((found) => found.textContent);

function renderForm(handlers: Handlers = {}, event = null as typeof seminar | null) {
  const calls = mockBackend(handlers);
  const onsaved = vi.fn();
  render(EventForm, { event, links, onsaved, oncancel: vi.fn() });
  return { calls, onsaved };
}

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('event form', () => {
  it('sends the start as date and time, only the groups counted and the cost in cents', async () => {
    const { calls, onsaved } = renderForm({ create_event: (args) => ({ ...seminar, ...(args.input as object) }) });
    await fireEvent.change(screen.getByTestId('event-kind'), { target: { value: 'seminar' } });
    await type('event-title', ' Vietos produktų seminaras ');
    await type('event-starts-date', '2026-03-12');
    await type('event-starts-time', '10:00');
    await type('event-ends-time', '15:00');
    await type('event-place', 'Alanta');
    await type('event-participants', '30');
    await type('event-group-youth', '8');
    await type('event-group-businesses', '12');
    await type('event-women', '18');
    await type('event-men', '12');
    await type('event-cost', '1,234.50');
    // Only the running and animation lines of the strategy take costs.
    const lines = [...(screen.getByTestId('event-cost-line') as HTMLSelectElement).options].map((o) => o.value);
    expect(lines).toEqual(['', 'r1']);
    await fireEvent.change(screen.getByTestId('event-cost-line'), { target: { value: 'r1' } });
    await fireEvent.change(screen.getByTestId('event-cooperation'), { target: { value: 'co1' } });
    await fireEvent.click(screen.getByTestId('event-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(calls.find((call) => call.command === 'create_event')?.args).toEqual({
      input: {
        kind: 'seminar',
        title: 'Vietos produktų seminaras',
        startsAt: '2026-03-12T10:00',
        endsAt: '2026-03-12T15:00',
        place: 'Alanta',
        organiser: '',
        description: '',
        participants: 30,
        byGroup: [
          { group: 'businesses', count: 12 },
          { group: 'youth', count: 8 },
        ],
        women: 18,
        men: 12,
        cost: 123_450,
        costMeasureId: 'r1',
        measureId: null,
        projectId: null,
        cooperationId: 'co1',
      },
    });
  });

  it('edits an event as stored, ending on another day when given an end date', async () => {
    const { calls } = renderForm({ update_event: (args) => ({ ...seminar, ...(args.input as object) }) }, seminar);
    expect((screen.getByTestId('event-cost') as HTMLInputElement).value).toBe('450.00');
    expect((screen.getByTestId('event-group-youth') as HTMLInputElement).value).toBe('8');
    await type('event-ends-date', '2026-03-13');
    await type('event-group-youth', '');
    await fireEvent.click(screen.getByTestId('event-save'));
    await vi.waitFor(() => expect(calls.some((call) => call.command === 'update_event')).toBe(true));
    const { id, input } = calls.find((call) => call.command === 'update_event')?.args as { id: string; input: Record<string, unknown> };
    expect(id).toBe('e1');
    expect(input.endsAt).toBe('2026-03-13T15:00');
    expect(input.byGroup).toEqual([{ group: 'businesses', count: 12 }]);
    expect(input.cost).toBe(45_000);
  });

  it('finds a missing start time and counts that do not read before asking the backend', async () => {
    const { calls } = renderForm();
    await type('event-women', 'many');
    await type('event-group-seniors', '-3');
    await fireEvent.click(screen.getByTestId('event-save'));
    expect(await errorOf('startsAt')).toBe('Enter a date and a time.');
    expect(await errorOf('participants')).toBe('Required.');
    expect(await errorOf('women')).toBe('Enter a whole number, e.g. 12.');
    expect(await errorOf('byGroup-seniors')).toBe('Enter a whole number, e.g. 12.');
    expect(calls).toEqual([]);
  });

  it("shows the backend's problems next to the women, the group, the end and the budget line", async () => {
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [
        { field: 'endsAt', code: 'ends-before-start', args: {}, message: '', warning: false },
        { field: 'byGroup.1.count', code: 'group-above-total', args: { total: '10' }, message: '', warning: false },
        { field: 'women', code: 'gender-above-total', args: { counted: '14', total: '10' }, message: '', warning: false },
        { field: 'costMeasureId', code: 'budget-line-required', args: {}, message: '', warning: false },
      ],
    };
    renderForm({
      create_event: () => {
        throw refused;
      },
    });
    await type('event-title', 'Seminaras');
    await type('event-starts-date', '2026-03-12');
    await type('event-starts-time', '10:00');
    await type('event-ends-time', '09:00');
    await type('event-participants', '10');
    await type('event-group-communities', '4');
    await type('event-group-seniors', '11');
    await type('event-women', '9');
    await type('event-men', '5');
    await type('event-cost', '100');
    await fireEvent.click(screen.getByTestId('event-save'));
    expect(await errorOf('women')).toBe('Women and men together are more than the participants in total (10).');
    expect(await errorOf('byGroup-seniors')).toBe('More than the participants in total (10).');
    expect(await errorOf('endsAt')).toBe('Must not be before 10:00.');
    expect(await errorOf('costMeasureId')).toBe('Choose the running or animation line the cost is booked to.');
    expect(screen.queryByTestId('error-byGroup-communities')).toBeNull();
  });
});
