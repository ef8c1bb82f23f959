// The calls list: sorting by its columns and filtering by status and year, with the totals of the
// rows shown.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallSummary } from '../../lib/bindings/CallSummary';
import { setLocale } from '../../lib/i18n';
import { mockBackend } from '../../testing/backend';
import { measures, strategy } from '../../testing/fixtures';
import { openCall, overSubscribed } from '../../testing/records';
import CallsPage from './CallsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';
const rows = () => screen.getAllByTestId(/^call-row-/).map((row) => row.dataset.testid?.replace('call-row-', ''));

/** A planned call of 2025 with a large amount available. */
const plannedCall: CallSummary = {
  ...openCall,
  call: { ...openCall.call, id: 'c3', number: '2025/2', title: 'Kultūra', opensAt: '2025-09-01T09:00', closesAt: '2025-10-15T16:00', status: 'planned' },
  available: 30_000_000,
  difference: 30_000_000,
};

function open() {
  mockBackend({
    list_calls: () => [overSubscribed, openCall, plannedCall],
    list_measures: () => measures,
    get_strategy: () => strategy,
  });
  render(CallsPage, { strategyId: 's1', openId: null });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('calls list sorting and filters', () => {
  it('sorts by a column, the second press the other way round', async () => {
    open();
    await screen.findByTestId('calls-table');
    expect(rows()).toEqual(['2024/1', '2025/1', '2025/2']);
    await fireEvent.click(screen.getByTestId('calls-sort-difference'));
    expect(rows()).toEqual(['2024/1', '2025/1', '2025/2']);
    expect(screen.getByTestId('calls-sort-difference').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await fireEvent.click(screen.getByTestId('calls-sort-difference'));
    expect(rows()).toEqual(['2025/2', '2025/1', '2024/1']);
    expect(screen.getByTestId('calls-sort-difference').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(screen.getByTestId('calls-sort-closes'));
    expect(rows()).toEqual(['2024/1', '2025/1', '2025/2']);
    await fireEvent.click(screen.getByTestId('calls-sort-number'));
    await fireEvent.click(screen.getByTestId('calls-sort-number'));
    expect(rows()).toEqual(['2025/2', '2025/1', '2024/1']);
    await fireEvent.click(screen.getByTestId('calls-sort-requested'));
    expect(rows()).toEqual(['2025/1', '2025/2', '2024/1']);
    for (const column of ['opens', 'available']) expect(screen.getByTestId(`calls-sort-${column}`)).toBeTruthy();
  });

  it('filters by status and year, and totals the rows shown', async () => {
    open();
    await screen.findByTestId('calls-table');
    expect(text('calls-total-available')).toBe('€1,100,000.00');
    await fireEvent.change(screen.getByTestId('calls-filter-year'), { target: { value: '2025' } });
    expect(rows()).toEqual(['2025/1', '2025/2']);
    expect(text('calls-shown')).toBe('Showing 2 of 3 calls');
    expect(text('calls-total-applications')).toBe('0');
    expect(text('calls-total-available')).toBe('€400,000.00');
    expect(text('calls-total-difference')).toBe('€400,000.00');
    await fireEvent.change(screen.getByTestId('calls-filter-status'), { target: { value: 'planned' } });
    expect(rows()).toEqual(['2025/2']);
    expect(text('calls-total-available')).toBe('€300,000.00');
    await fireEvent.change(screen.getByTestId('calls-filter-status'), { target: { value: 'evaluated' } });
    expect(screen.queryAllByTestId(/^call-row-/)).toHaveLength(0);
    expect(screen.getByTestId('calls-none')).toBeTruthy();
    expect(text('calls-total-requested')).toBe('€0.00');
    await fireEvent.click(screen.getByTestId('calls-clear'));
    expect(rows()).toEqual(['2024/1', '2025/1', '2025/2']);
  });

  it('keeps the filters when the user comes back from a call', async () => {
    open();
    await screen.findByTestId('calls-table');
    await fireEvent.change(screen.getByTestId('calls-filter-status'), { target: { value: 'open' } });
    await fireEvent.click(screen.getByTestId('call-row-2025/1'));
    await fireEvent.click(await screen.findByTestId('call-back'));
    expect((await screen.findByTestId('calls-filter-status') as HTMLSelectElement).value).toBe('open');
    expect(rows()).toEqual(['2025/1']);
  });
});
