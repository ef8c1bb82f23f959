// The money view of the financial plan: committed (and its share of the allocation), paid and
// available on every line, subtotal and the total.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { FinancialPlan } from '../../lib/bindings/FinancialPlan';
import { setLocale } from '../../lib/i18n';
import { plan } from '../../testing/fixtures';
import FinancialPlanView from './FinancialPlanView.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

/** M1.1 committed beyond its allocation of 1 500 000,00 €; R1 a quarter committed and paid. */
const committedPlan: FinancialPlan = {
  ...plan,
  projectLines: [
    { ...plan.projectLines[0], committed: 160_000_000, paid: 20_000_000, available: 113_456_789 },
    { ...plan.projectLines[1], committed: 160_000_000, paid: 20_000_000, available: -10_000_000 },
    plan.projectLines[2],
  ],
  runningLines: [{ ...plan.runningLines[0], committed: 15_000_000, paid: 15_000_000, available: 45_000_000 }],
  committedTotal: 175_000_000,
  paidTotal: 35_000_000,
};

afterEach(() => setLocale('en'));

describe('money view of the plan', () => {
  it('shows committed, committed %, paid and available on every line', () => {
    setLocale('lt');
    render(FinancialPlanView, { plan: committedPlan });
    expect(text('plan-amount-M1.1')).toBe(nb('1 500 000,00 €'));
    expect(text('plan-committed-M1.1')).toBe(nb('1 600 000,00 €'));
    expect(text('plan-committed-share-M1.1')).toBe(nb('106,67 %'));
    expect(text('plan-paid-M1.1')).toBe(nb('200 000,00 €'));
    expect(text('plan-available-M1.1')).toBe(nb('−100 000,00 €'));
    expect(screen.getByTestId('plan-available-M1.1').classList.contains('negative')).toBe(true);
    expect(text('plan-committed-M1.2')).toBe(nb('0,00 €'));
    expect(text('plan-available-M1.2')).toBe(nb('1 234 567,89 €'));
    expect(text('plan-committed-P1')).toBe(nb('1 600 000,00 €'));
  });

  it('adds the money view to the subtotals and the total', () => {
    render(FinancialPlanView, { plan: committedPlan });
    expect(text('plan-committed-local-total')).toBe('€1,600,000.00');
    expect(text('plan-available-local-total')).toBe('€1,134,567.89');
    expect(text('plan-committed-running-total')).toBe('€150,000.00');
    expect(text('plan-committed-share-running-total')).toBe('25.00%');
    expect(text('plan-committed-total')).toBe('€1,750,000.00');
    expect(text('plan-paid-total')).toBe('€350,000.00');
    expect(text('plan-available-total')).toBe('€1,584,567.89');
    expect(text('plan-committed-share-total')).toBe('52.48%');
    expect(text('plan-total')).toBe('€3,334,567.89');
  });
});
