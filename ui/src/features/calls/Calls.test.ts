// Calls for proposals: the list with over-subscription and totals, a call's summary per measure,
// the call form and what it sends, and deleting a call that still has applications.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures, strategy } from '../../testing/fixtures';
import { openCall, overSubscribed } from '../../testing/records';
import { selection } from '../../testing/selection';
import CallsPage from './CallsPage.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

function open(handlers: Handlers = {}, openId: string | null = null) {
  const calls = mockBackend({
    list_calls: () => [overSubscribed, openCall],
    list_measures: () => measures,
    get_strategy: () => strategy,
    get_selection: () => selection,
    ...handlers,
  });
  render(CallsPage, { strategyId: 's1', openId });
  return calls;
}

/** Opens the form once the list (and the measures it offers) has loaded. */
async function newCall() {
  await screen.findByTestId('calls-table');
  await fireEvent.click(screen.getByTestId('call-new'));
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('calls list', () => {
  it('shows an over-subscribed call as a negative difference, and the totals', async () => {
    open();
    await screen.findByTestId('calls-table');
    const row = screen.getByTestId('call-row-2024/1');
    expect(row.textContent).toContain('Verslo kūrimas');
    expect(row.textContent).toContain('1 March 2024, 09:00 –');
    expect(row.textContent).toContain('30 April 2024, 16:00');
    expect(row.textContent).toContain('Evaluated');
    expect(text('call-difference-2024/1')).toBe('−€70,000.00');
    expect(screen.getByTestId('call-difference-2024/1').closest('td')?.classList.contains('negative')).toBe(true);
    expect(row.textContent).toContain('over-subscribed');
    expect(text('call-difference-2025/1')).toBe('€100,000.00');
    expect(screen.getByTestId('call-difference-2025/1').closest('td')?.classList.contains('negative')).toBe(false);
    expect(text('calls-total-applications')).toBe('17');
    expect(text('calls-total-requested')).toBe('€770,000.00');
    expect(text('calls-total-available')).toBe('€800,000.00');
    expect(text('calls-total-difference')).toBe('€30,000.00');
  });

  it('formats the list the Latvian way', async () => {
    setLocale('lv');
    open();
    await screen.findByTestId('calls-table');
    expect(screen.getByTestId('call-row-2024/1').textContent).toContain('01.03.2024. 09:00');
    expect(text('call-difference-2024/1')).toBe(nb('−70 000,00 €'));
  });

  it('opens a call with Enter and shows its summary per measure', async () => {
    open();
    await fireEvent.keyDown(await screen.findByTestId('call-row-2024/1'), { key: 'Enter' });
    expect(text('call-header-number')).toBe('2024/1');
    expect(text('call-summary-M1.1')).toContain('14');
    expect(text('call-summary-difference-M1.1')).toBe('−€150,000.00');
    expect(text('call-summary-difference-M1.2')).toBe('€80,000.00');
    expect(text('call-summary-total-applications')).toBe('17');
    expect(text('call-summary-total-difference')).toBe('−€70,000.00');
    expect(await screen.findByTestId('ranking-row-P-2')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('call-back'));
    await fireEvent.click(screen.getByTestId('call-back'));
    expect(document.activeElement).toBe(screen.getByTestId('call-row-2024/1'));
  });

  it('refuses to delete a call that has applications, after asking', async () => {
    const refusal: IpcError = {
      code: 'still-referenced',
      message: '',
      fields: [{ field: 'id', code: 'still-referenced', args: { code: '2024/1', count: '17' }, message: '', warning: false }],
    };
    const calls = open({
      delete_call: () => {
        throw refusal;
      },
    }, 'c1');
    await fireEvent.click(await screen.findByTestId('call-delete'));
    expect(text('confirm-message')).toContain('2024/1');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('calls-error')).textContent).toContain(
      'The call cannot be deleted: 17 applications are registered under it.',
    );
    expect(calls.find((call) => call.command === 'delete_call')?.args).toEqual({ id: 'c1' });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });
});

describe('call form', () => {
  it('sends the call with its measures, then shows it', async () => {
    let list = [openCall];
    const calls = open({
      list_calls: () => list,
      create_call: (args) => {
        list = [overSubscribed, openCall];
        return { ...overSubscribed.call, ...(args.input as object) };
      },
    });
    await newCall();
    await type('call-number', ' 2024/1 ');
    await type('call-title', 'Verslo kūrimas');
    await type('call-opens-at', '2024-03-01T09:00');
    await type('call-closes-at', '2024-04-30T16:00');
    await fireEvent.change(screen.getByTestId('call-status'), { target: { value: 'open' } });
    expect((screen.getByTestId('call-measure-0') as HTMLSelectElement).value).toBe('m1');
    await type('call-available-0', '500 000');
    await type('call-max-grant-0', '50 000,00');
    await type('call-max-intensity-0', '70');
    await fireEvent.click(screen.getByTestId('call-measure-add'));
    expect((screen.getByTestId('call-measure-1') as HTMLSelectElement).value).toBe('m2');
    await type('call-available-1', '200000');
    await fireEvent.click(screen.getByTestId('call-save'));
    expect((await screen.findByTestId('call-header-number')).textContent).toBe('2024/1');
    expect(calls.find((call) => call.command === 'create_call')?.args).toEqual({
      strategyId: 's1',
      input: {
        number: '2024/1',
        title: 'Verslo kūrimas',
        opensAt: '2024-03-01T09:00',
        closesAt: '2024-04-30T16:00',
        status: 'open',
        measures: [
          { measureId: 'm1', available: 50_000_000, maxGrant: 5_000_000, maxIntensity: 7000 },
          { measureId: 'm2', available: 20_000_000, maxGrant: null, maxIntensity: null },
        ],
      },
    });
  });

  it('stops an amount that does not read before sending anything', async () => {
    const calls = open();
    await newCall();
    await type('call-max-intensity-0', 'seventy');
    await fireEvent.click(screen.getByTestId('call-save'));
    expect((await screen.findByTestId('error-measures-0-available')).textContent).toBe('Required.');
    expect(text('error-measures-0-maxIntensity')).toContain('Not a percentage');
    expect(commandsOf(calls)).not.toContain('create_call');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('call-available-0')));
  });

  it('shows the backend problems next to the dates and a taken number next to the number', async () => {
    setLocale('lt');
    let refusal: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'closesAt', code: 'closes-before-opens', args: {}, message: '', warning: false }],
    };
    open({
      create_call: () => {
        throw refusal;
      },
    });
    await newCall();
    await type('call-available-0', '1000');
    await fireEvent.click(screen.getByTestId('call-save'));
    expect((await screen.findByTestId('error-closesAt')).textContent).toBe('Kvietimas negali baigtis anksčiau, nei prasideda.');
    refusal = {
      code: 'duplicate-code',
      message: '',
      fields: [{ field: 'code', code: 'duplicate-code', args: { code: '2024/1' }, message: '', warning: false }],
    };
    await fireEvent.click(screen.getByTestId('call-save'));
    expect((await screen.findByTestId('error-number')).textContent).toBe('Numeris 2024/1 jau naudojamas.');
    expect(text('form-error')).toContain('Ištaisykite pažymėtus laukus.');
  });
});
