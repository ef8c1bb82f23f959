// The cooperation page: the projects with their partner countries named in the UI's language, the
// form (one lead kept by the form itself, countries sent in upper case, the backend's problems next
// to their fields), and a project's detail with its linked events and a refused delete.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Handlers } from '../../testing/backend';
import { cooperation, events } from '../../testing/events';
import CooperationPage from './CooperationPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (testid: string) =>
  [...screen.getByTestId(testid).querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
const checked = (testid: string) => (screen.getByTestId(testid) as HTMLInputElement).checked;

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_cooperations: () => [cooperation],
    get_cooperation: () => cooperation,
    list_events: () => events,
    list_documents: () => [],
    ...handlers,
  });
  render(CooperationPage);
  return calls;
}

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('cooperation list', () => {
  it('shows each project with its period, partner countries, budget and linked events', async () => {
    open();
    await screen.findByTestId('coop-row-COOP-1');
    expect(cells('coop-row-COOP-1')).toEqual([
      'COOP-1', 'Ežerų krašto amatų keliai', '1 May 2025 – 30 April 2027', 'LT Lithuania, LV Latvia, EE Estonia', '€60,000.00', '1', '18',
    ]);
  });

  it('names the countries in Latvian', async () => {
    setLocale('lv');
    open();
    await screen.findByTestId('coop-row-COOP-1');
    expect(cells('coop-row-COOP-1')[3]).toBe('LT Lietuva, LV Latvija, EE Igaunija');
  });
});

describe('cooperation form', () => {
  it('keeps exactly one lead partner and sends countries in upper case', async () => {
    const calls = open({ create_cooperation: (args) => ({ ...cooperation, id: 'co2', ...(args.input as object) }) });
    await fireEvent.click(await screen.findByTestId('coop-new'));
    await type('coop-code', ' COOP-2 ');
    await type('coop-title', 'Jaunimo mainai');
    await type('coop-starts-on', '2026-01-01');
    await type('coop-budget', '25 000');
    await fireEvent.click(screen.getByTestId('coop-partner-add'));
    await fireEvent.click(screen.getByTestId('coop-partner-add'));
    await fireEvent.click(screen.getByTestId('coop-partner-add'));
    expect([0, 1, 2].map((i) => checked(`coop-partner-lead-${i}`))).toEqual([true, false, false]);
    await fireEvent.click(screen.getByTestId('coop-partner-lead-1'));
    expect([0, 1, 2].map((i) => checked(`coop-partner-lead-${i}`))).toEqual([false, true, false]);
    // Removing the lead hands the lead to the first of the others.
    await fireEvent.click(screen.getByTestId('coop-partner-remove-1'));
    expect([0, 1].map((i) => checked(`coop-partner-lead-${i}`))).toEqual([true, false]);
    await type('coop-partner-org-0', 'Alantos VVG');
    await type('coop-partner-country-0', 'lt');
    await type('coop-partner-org-1', 'Rēzeknes VRG');
    await type('coop-partner-country-1', ' lv');
    expect(document.getElementById('coop-partner-country-1-hint')?.textContent).toBe('Latvia');
    await fireEvent.click(screen.getByTestId('coop-result-add'));
    await type('coop-result-0', 'Mainų programa');
    await fireEvent.change(screen.getByTestId('coop-result-status-0'), { target: { value: 'achieved' } });
    await fireEvent.click(screen.getByTestId('coop-save'));
    await screen.findByTestId('coop-detail');
    expect(calls.find((call) => call.command === 'create_cooperation')?.args).toEqual({
      input: {
        code: 'COOP-2',
        title: 'Jaunimo mainai',
        startsOn: '2026-01-01',
        endsOn: null,
        budget: 2_500_000,
        goals: '',
        partners: [
          { organisation: 'Alantos VVG', country: 'LT', role: '', lead: true },
          { organisation: 'Rēzeknes VRG', country: 'LV', role: '', lead: false },
        ],
        results: [{ description: 'Mainų programa', status: 'achieved' }],
      },
    });
  });

  it("shows the backend's problems next to the code, a partner's country, the partners and the end", async () => {
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [
        { field: 'endsOn', code: 'ends-before-start', args: {}, message: '', warning: false },
        { field: 'partners.1.country', code: 'not-a-country', args: { value: 'XX' }, message: '', warning: false },
        { field: 'partners', code: 'one-lead', args: { leads: '2' }, message: '', warning: false },
      ],
    };
    const taken: IpcError = {
      code: 'duplicate-code',
      message: '',
      fields: [{ field: 'code', code: 'duplicate-code', args: { code: 'COOP-1' }, message: '', warning: false }],
    };
    let answer = refused;
    open({
      update_cooperation: () => {
        throw answer;
      },
    });
    await fireEvent.click(await screen.findByTestId('coop-row-COOP-1'));
    await fireEvent.click(await screen.findByTestId('coop-edit'));
    expect((screen.getByTestId('coop-budget') as HTMLInputElement).value).toBe('60,000.00');
    await type('coop-ends-on', '2025-01-01');
    await fireEvent.click(screen.getByTestId('coop-save'));
    expect((await screen.findByTestId('error-endsOn')).textContent).toBe('Must not be before 1 May 2025.');
    expect(text('error-partners-1-country')).toBe('Enter a two-letter country code, e.g. LT, LV or EE.');
    expect(text('error-partners')).toBe('Mark exactly one partner as the lead.');
    answer = taken;
    await fireEvent.click(screen.getByTestId('coop-save'));
    expect((await screen.findByTestId('error-code')).textContent).toBe('The code COOP-1 is already used.');
  });
});

describe('one cooperation project', () => {
  it('shows the partners, results and linked events with their totals, and refuses a delete while events are linked', async () => {
    const linked: IpcError = {
      code: 'still-referenced',
      message: '',
      fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'cooperation', count: '1', dependants: 'events' }, message: '', warning: false }],
    };
    const calls = open({
      delete_cooperation: () => {
        throw linked;
      },
    });
    await fireEvent.click(await screen.findByTestId('coop-row-COOP-1'));
    await screen.findByTestId('coop-events');
    expect(text('coop-header-period')).toBe('1 May 2025 – 30 April 2027');
    expect(cells('coop-partner-0')).toEqual(['Žaliųjų ežerų krašto VVG lead partner', 'LT Lithuania', 'Koordinatorius']);
    expect(text('coop-result-item-0')).toBe('Amatų maršruto žemėlapis In progress');
    // Only the events linked to the project, with the totals the backend summed.
    expect(screen.getAllByTestId(/^coop-event-/).map((row) => row.dataset.testid)).toEqual(['coop-event-Pažintinis vizitas į Latgalą']);
    expect(text('coop-events-participants')).toBe('18');
    expect(calls.find((call) => call.command === 'list_documents')?.args).toEqual({ owner: 'cooperation', ownerId: 'co1' });
    await fireEvent.click(screen.getByTestId('coop-delete'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('coop-detail-error')).textContent).toContain('1 event is linked to it: it cannot be deleted.');
    await fireEvent.click(screen.getByTestId('coop-back'));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('coop-row-COOP-1')));
  });
});
