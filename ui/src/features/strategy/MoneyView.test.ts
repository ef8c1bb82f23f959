// The money view of the financial plan: committed (and its share of the allocation), paid and
// available on every line, subtotal and the total; the money by year and by funding source.
import { render, screen, within } from '@testing-library/svelte';
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

/** Two years spread, 2024 over-committed, the rest not tied to a year; the national part over-committed by a cent. */
const breakdownPlan: FinancialPlan = {
  ...plan,
  years: [
    { year: 2023, allocated: 0, committed: 0, paid: 0, available: 0 },
    { year: 2024, allocated: 100_000_000, committed: 120_000_000, paid: 30_000_000, available: -20_000_000 },
    { year: 2025, allocated: 150_000_000, committed: 40_000_000, paid: 5_000_000, available: 110_000_000 },
    { year: null, allocated: 83_456_789, committed: 0, paid: 1_000_000, available: 83_456_789 },
  ],
  fundingParts: [
    { ...plan.fundingParts[0], committed: 136_000_000, paid: 30_600_000, available: 147_438_271 },
    { ...plan.fundingParts[1], committed: 50_018_519, paid: 5_400_000, available: -1 },
  ],
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

describe('money by year and by funding source', () => {
  it('lists the years in order, then the money not tied to a year, and totals them', () => {
    render(FinancialPlanView, { plan: breakdownPlan });
    const rows = within(screen.getByTestId('money-by-year')).getAllByTestId(/^year-row-/);
    expect(rows.map((row) => row.dataset.testid)).toEqual(['year-row-2023', 'year-row-2024', 'year-row-2025', 'year-row-none', 'year-row-total']);
    expect(text('year-row-none')).toContain('Not tied to a year');
    expect(text('year-allocated-2024')).toBe('€1,000,000.00');
    expect(text('year-committed-2024')).toBe('€1,200,000.00');
    expect(text('year-committed-share-2024')).toBe('120.00%');
    expect(text('year-paid-2024')).toBe('€300,000.00');
    expect(text('year-available-2024')).toBe('−€200,000.00');
    expect(screen.getByTestId('year-available-2024').classList.contains('negative')).toBe(true);
    expect(screen.getByTestId('year-available-2025').classList.contains('negative')).toBe(false);
    expect(text('year-paid-none')).toBe('€10,000.00');
    expect(text('year-allocated-total')).toBe('€3,334,567.89');
    expect(text('year-committed-total')).toBe('€1,600,000.00');
    expect(text('year-committed-share-total')).toBe('47.98%');
    expect(text('year-paid-total')).toBe('€360,000.00');
    expect(text('year-available-total')).toBe('€1,734,567.89');
  });

  it('shows the years in Lithuanian', () => {
    setLocale('lt');
    render(FinancialPlanView, { plan: breakdownPlan });
    expect(text('year-row-2024')).toContain('2024');
    expect(text('year-row-none')).toContain('Nepriskirta metams');
    expect(text('year-available-2024')).toBe(nb('−200 000,00 €'));
    expect(text('year-committed-share-total')).toBe(nb('47,98 %'));
    expect(text('year-row-total')).toContain('Iš viso');
    expect(text('year-allocated-total')).toBe(nb('3 334 567,89 €'));
  });

  it('splits the plan, the commitments and the payments by funding source', () => {
    setLocale('lt');
    render(FinancialPlanView, { plan: breakdownPlan });
    expect(text('fund-row-EAFRD')).toContain('EŽŪFKP (EAFRD)');
    expect(text('fund-share-EAFRD')).toBe(nb('85,00 %'));
    expect(text('fund-allocated-EAFRD')).toBe(nb('2 834 382,71 €'));
    expect(text('fund-committed-EAFRD')).toBe(nb('1 360 000,00 €'));
    expect(text('fund-paid-NAT')).toBe(nb('54 000,00 €'));
    expect(text('fund-available-NAT')).toBe(nb('−0,01 €'));
    expect(screen.getByTestId('fund-available-NAT').classList.contains('negative')).toBe(true);
    expect(text('fund-share-total')).toBe(nb('100,00 %'));
    expect(text('fund-allocated-total')).toBe(nb('3 334 567,89 €'));
    expect(text('fund-committed-total')).toBe(nb('1 860 185,19 €'));
    expect(text('fund-paid-total')).toBe(nb('360 000,00 €'));
    expect(text('fund-available-total')).toBe(nb('1 474 382,70 €'));
  });

  it('formats the funds the English way', () => {
    render(FinancialPlanView, { plan: breakdownPlan });
    expect(text('fund-row-NAT')).toContain('Valstybės biudžetas (NAT)');
    expect(text('fund-share-NAT')).toBe('15.00%');
    expect(text('fund-available-EAFRD')).toBe('€1,474,382.71');
    expect(text('fund-available-NAT')).toBe('−€0.01');
    expect(text('fund-row-total')).toContain('Total');
  });
});
