// The measure draft's allocation by year: blank years, bad amounts named by their year, the live
// sum against the allocation, and a measure read into the form and back unchanged.
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../lib/bindings/Measure';
import { measures, strategy } from '../../testing/fixtures';
import { measureDraftOf, newMeasureDraft, toMeasureInput, yearlySpread, type MeasureDraft } from './measureDraft';

const period = { startYear: 2024, endYear: 2027 };

/** A new measure with an allocation of 100 000,00 € and these amounts typed for 2024… */
function draftWith(amounts: string[]): MeasureDraft {
  const draft = { ...newMeasureDraft('p1', period), code: 'M1.1', title: 'Darbo vietos', allocation: '100 000' };
  amounts.forEach((amount, i) => (draft.yearly[i].amount = amount));
  return draft;
}

describe('allocation by year in the measure draft', () => {
  it('has one blank amount for every year of the strategy period', () => {
    expect(newMeasureDraft(null, period).yearly).toEqual([
      { year: 2024, amount: '' },
      { year: 2025, amount: '' },
      { year: 2026, amount: '' },
      { year: 2027, amount: '' },
    ]);
  });

  it('sends no spread when every year is blank, and leaves out the blank years otherwise', () => {
    expect(toMeasureInput(draftWith(['', ' ', '', ''])))
      .toMatchObject({ input: { allocation: 10_000_000, yearly: [] } });
    expect(toMeasureInput(draftWith(['60 000', '', '40.000,50', '']))).toMatchObject({
      input: { yearly: [{ year: 2024, amount: 6_000_000 }, { year: 2026, amount: 4_000_050 }] },
    });
  });

  it('names the year of a bad amount', () => {
    expect(toMeasureInput(draftWith(['', 'lots', '1,234', '12,3456']))).toEqual({
      problems: {
        'yearly.2025': { code: 'not-an-amount', args: {} },
        'yearly.2027': { code: 'too-many-decimals', args: {} },
      },
    });
  });

  it('reads a measure into the form and back unchanged, in any locale', () => {
    const spread: Measure = {
      ...measures[0],
      allocation: 150_000_000,
      yearly: [
        { year: 2024, amount: 100_000_000 },
        { year: 2026, amount: 49_999_999 },
        { year: 2027, amount: 1 },
      ],
    };
    for (const locale of ['lt', 'lv', 'en'] as const) {
      const draft = measureDraftOf(spread, locale, period);
      expect(draft.yearly.map((entry) => entry.year)).toEqual([2024, 2025, 2026, 2027]);
      expect(draft.yearly[2].amount).toBe(locale === 'en' ? '499,999.99' : '499\u00a0999,99');
      const parsed = toMeasureInput(draft);
      expect('input' in parsed && parsed.input.yearly).toEqual(spread.yearly);
    }
  });

  it('keeps a year outside the period rather than dropping it unseen', () => {
    const outside: Measure = { ...measures[0], yearly: [{ year: 2031, amount: 500 }] };
    const years = measureDraftOf(outside, 'en', strategy).yearly.map((entry) => entry.year);
    expect(years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2031]);
  });

  it('sums the years that read against the allocation as the user types', () => {
    const draft = draftWith(['60 000', 'x', '50 000,01', '']);
    expect(yearlySpread(draft.yearly, draft.allocation)).toEqual({ sum: 11_000_001, allocation: 10_000_000, spread: true });
    expect(yearlySpread(draft.yearly, '')).toEqual({ sum: 11_000_001, allocation: null, spread: true });
    expect(yearlySpread(newMeasureDraft(null, period).yearly, '5')).toEqual({ sum: 0, allocation: 500, spread: false });
  });
});
