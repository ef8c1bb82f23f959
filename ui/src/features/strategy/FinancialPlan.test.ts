// The financial plan as the strategy page shows it: totals, shares, funding split and warnings.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { mockBackend } from '../../testing/backend';
import { appInfo, plan, settings, strategyHandlers } from '../../testing/fixtures';
import Shell from '../shell/Shell.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent ?? '';

/** The app opens on the dashboard; the plan is on the Strategy page. */
async function showStrategy() {
  render(Shell);
  await fireEvent.click(await screen.findByTestId('nav-strategy'));
}

function openDatabase(language: 'lt' | 'en') {
  mockBackend({
    get_settings: () => settings(language),
    get_app_info: () => appInfo(false),
    get_organisation: () => ({ name: 'Pavyzdžio VVG', legalCode: '', country: 'LT', region: '', address: '' }),
    ...strategyHandlers,
  });
  return showStrategy();
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('financial plan', () => {
  it('renders totals, shares and the over-envelope warning in Lithuanian', async () => {
    await openDatabase('lt');
    await screen.findByTestId('plan-table');
    expect(text('plan-row-P1')).toContain('Darbo vietos');
    expect(text('plan-amount-P1')).toBe(nb('2 734 567,89 €'));
    expect(text('plan-amount-M1.2')).toBe(nb('1 234 567,89 €'));
    expect(text('plan-share-M1.1')).toBe(nb('54,85 %'));
    expect(text('plan-local-total')).toBe(nb('2 734 567,89 €'));
    expect(text('plan-running-total')).toBe(nb('600 000,00 €'));
    expect(text('plan-running-share')).toBe(nb('20,00 %'));
    expect(text('plan-running-cap')).toBe(`riba ${nb('20,00 %')}`);
    expect(text('plan-total-row')).toContain('Iš viso');
    expect(text('plan-total')).toBe(nb('3 334 567,89 €'));
    expect(text('plan-unallocated')).toBe(nb('−334 567,89 €'));
    expect(text('fund-allocated-EAFRD')).toBe(nb('2 834 382,71 €'));
    expect(text('year-allocated-none')).toBe(nb('3 334 567,89 €'));
    expect(text('plan-warning-over-envelope')).toContain(
      `Planas skirtą lėšų sumą viršija ${nb('334 567,89 €')}.`,
    );
    expect(screen.queryByTestId('plan-warning-running-cap')).toBeNull();
    expect(text('sidebar-organisation')).toBe('Pavyzdžio VVG');
  });

  it('formats the same plan the English way', async () => {
    await openDatabase('en');
    await screen.findByTestId('plan-table');
    expect(text('plan-total')).toBe('€3,334,567.89');
    expect(text('plan-share-M1.2')).toBe('45.15%');
    expect(text('plan-warning-over-envelope')).toContain('The plan exceeds the awarded envelope by €334,567.89.');
  });

  it('warns when running and animation costs pass the cap', async () => {
    mockBackend({
      get_settings: () => settings('en'),
      get_app_info: () => appInfo(false),
      get_organisation: () => null,
      ...strategyHandlers,
      get_financial_plan: () => ({
        ...plan,
        warnings: [
          { kind: 'runningCapExceeded', runningTotal: 75_000_000, capAmount: 60_000_000, share: 2500, cap: 2000, difference: 15_000_000 },
        ],
      }),
    });
    await showStrategy();
    expect((await screen.findByTestId('plan-warning-running-cap')).textContent).toContain(
      'Running and animation costs are 25.00% of the strategy, above the cap of 20.00%, by €150,000.00.',
    );
    expect(screen.queryByTestId('plan-warning-over-envelope')).toBeNull();
  });
});
