// The dashboard, the start page of a database with a strategy: key figures, the chart's bars,
// projects by status, what is due, and links to the records.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Handlers } from '../../testing/backend';
import { appInfo, measures, settings, strategyHandlers } from '../../testing/fixtures';
import { dashboard, openCall, overSubscribed } from '../../testing/records';
import Shell from '../shell/Shell.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

function start(language: 'lt' | 'en', more: Handlers = {}) {
  const calls = mockBackend({
    get_settings: () => settings(language),
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    ...strategyHandlers,
    get_dashboard: () => dashboard,
    ...more,
  });
  render(Shell);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('dashboard', () => {
  it('opens first and shows the key figures of the active strategy', async () => {
    const calls = start('en');
    expect(await screen.findByTestId('dash-allocated')).toBeTruthy();
    expect(text('page-title')).toBe('Dashboard');
    expect(text('dash-allocated')).toBe('€3,334,567.89');
    expect(text('dash-committed')).toBe('€40,000.01');
    expect(text('dash-committed-share')).toBe('1.20% of the allocation');
    expect(text('dash-paid')).toBe('€15,000.00');
    expect(text('dash-paid-share')).toBe('0.45% of the allocation');
    expect(text('dash-available')).toBe('€3,294,567.88');
    expect(calls.find((call) => call.command === 'get_dashboard')?.args).toEqual({ strategyId: 's1' });
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
  });

  it('draws three bars per measure on one scale, each naming its amount', async () => {
    start('en');
    const chart = await screen.findByTestId('dash-chart');
    expect(chart.querySelectorAll('rect.bar')).toHaveLength(9);
    expect(chart.textContent).toContain('Allocated');
    expect(chart.textContent).toContain('Committed');
    const allocated = screen.getByTestId('dash-bar-M1.1-allocated');
    const committed = screen.getByTestId('dash-bar-M1.1-committed');
    expect(allocated.querySelector('title')?.textContent).toBe('M1.1 – Allocated: €1,500,000.00');
    expect(committed.querySelector('title')?.textContent).toBe('M1.1 – Committed: €40,000.01');
    // M1.1's allocation is the largest amount: it fills the plot; its commitment is a sliver of it.
    const full = Number(allocated.getAttribute('width'));
    expect(full).toBe(552);
    expect(Number(committed.getAttribute('width'))).toBeCloseTo((full * 4_000_001) / 150_000_000, 5);
    expect(screen.getByTestId('dash-bar-M1.2-paid').getAttribute('width')).toBe('0');
    expect(screen.getByTestId('dash-chart-R1').textContent).toContain('R1');
  });

  it('counts projects by status with totals, and says when nothing is due', async () => {
    start('lt');
    await screen.findByTestId('dash-status');
    expect(text('dash-status-contracted')).toContain('Pasirašyta sutartis');
    expect(text('dash-status-total-count')).toBe('3');
    expect(text('dash-status-total-aid')).toBe(nb('78 000,01 €'));
    expect(text('dash-allocated')).toBe(nb('3 334 567,89 €'));
    expect(text('dash-calls-closing')).toContain(`baigiasi 2099-03-31 15:30`);
    expect(text('dash-claims-awaited')).toContain(nb('10 000,00 €'));
    expect(text('dash-projects-ending-empty')).toContain('90 dienų');
    expect(text('dash-recent')).toContain('VP-2024-01');
  });

  it('opens a call closing soon on the Calls page', async () => {
    start('en', {
      list_calls: () => [overSubscribed, openCall],
      list_measures: () => measures,
    });
    await fireEvent.click(await screen.findByText('Bendradarbiavimas'));
    expect((await screen.findByTestId('call-header-number')).textContent).toBe('2025/1');
    expect(screen.getByTestId('nav-calls').getAttribute('aria-current')).toBe('page');
  });

  it('shows an empty state in every list of a strategy without projects', async () => {
    start('en', {
      get_dashboard: () => ({
        ...dashboard,
        measures: [],
        projectsByStatus: [],
        callsClosing: [],
        claimsAwaited: [],
        recentChanges: [],
      }),
    });
    expect(await screen.findByTestId('dash-chart-empty')).toBeTruthy();
    for (const list of ['status', 'calls-closing', 'projects-ending', 'claims-awaited', 'recent']) {
      expect(screen.getByTestId(`dash-${list}-empty`).textContent).not.toBe('');
    }
  });
});
