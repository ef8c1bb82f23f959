// The measure form's allocation by year: an amount per year of the strategy period, the live sum
// against the allocation, bad amounts and the backend's problems, and a spread measure edited.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Measure } from '../../lib/bindings/Measure';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures, priorities, strategy } from '../../testing/fixtures';
import MeasureForm from './MeasureForm.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

/** M1.1 with its 1 500 000,00 € spread over three years of the 2023–2029 period. */
const spread: Measure = {
  ...measures[0],
  yearly: [
    { year: 2024, amount: 50_000_000 },
    { year: 2025, amount: 70_000_000 },
    { year: 2026, amount: 30_000_000 },
  ],
};

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

function renderForm(measure: Measure | null, handlers: Handlers = {}) {
  const calls = mockBackend(handlers);
  const onsaved = vi.fn();
  render(MeasureForm, { strategy, priorities, measure, onsaved, oncancel: vi.fn() });
  return { calls, onsaved };
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('allocation by year in the measure form', () => {
  it('has an amount for every year of the strategy period and sums them as the user types', async () => {
    renderForm(null);
    const years = screen.getAllByTestId(/^measure-year-/).map((input) => input.dataset.testid);
    expect(years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029].map((year) => `measure-year-${year}`));
    await type('measure-allocation', '100 000');
    expect(text('measure-yearly-sum')).toBe('Spread: €0.00 of €100,000.00; €100,000.00 left');
    await type('measure-year-2024', '60 000');
    expect(text('measure-yearly-sum')).toBe('Spread: €60,000.00 of €100,000.00; €40,000.00 left');
    expect(screen.getByTestId('measure-yearly-sum').classList.contains('off')).toBe(true);
    await type('measure-year-2025', '50.000,01');
    expect(text('measure-yearly-sum')).toBe('Spread: €110,000.01 of €100,000.00; €10,000.01 too much');
    await type('measure-allocation', '');
    expect(text('measure-yearly-sum')).toBe('Spread: €110,000.01');
  });

  it('says the sum in Lithuanian and sends a spread that adds up', async () => {
    setLocale('lt');
    const { calls, onsaved } = renderForm(null, { create_measure: () => spread });
    await type('measure-code', 'M1.3');
    await type('measure-title', 'Turizmas');
    await type('measure-allocation', '90 000');
    await type('measure-year-2023', '40 000');
    await type('measure-year-2029', '50 000');
    expect(text('measure-yearly-sum')).toBe(`Paskirstyta ${nb('90 000,00 €')} iš ${nb('90 000,00 €')}; dar liko paskirstyti ${nb('0,00 €')}`);
    expect(screen.getByTestId('measure-yearly-sum').classList.contains('off')).toBe(false);
    await type('measure-year-2024', '1');
    expect(text('measure-yearly-sum')).toBe(`Paskirstyta ${nb('90 001,00 €')} iš ${nb('90 000,00 €')}; ${nb('1,00 €')} per daug`);
    await type('measure-year-2024', '');
    await fireEvent.click(screen.getByTestId('measure-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(calls[0].args).toMatchObject({
      strategyId: 's1',
      input: { allocation: 9_000_000, yearly: [{ year: 2023, amount: 4_000_000 }, { year: 2029, amount: 5_000_000 }] },
    });
  });

  it('names the year of a bad amount and sends nothing', async () => {
    const { calls } = renderForm(spread);
    await type('measure-year-2027', '12,3456');
    await fireEvent.click(screen.getByTestId('measure-save'));
    expect((await screen.findByTestId('error-yearly-2027')).textContent).toBe('Amounts have at most two decimals (cents).');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('measure-year-2027')));
    expect(commandsOf(calls)).toEqual([]);
  });

  it('prefills the years of a measure and shows the backend problem under them', async () => {
    setLocale('lt');
    const { calls, onsaved } = renderForm(spread, {
      update_measure: () => {
        throw {
          code: 'invalid',
          message: '',
          fields: [
            {
              field: 'yearly',
              code: 'yearly-sum-mismatch',
              args: { sum: '1500001.00', allocation: '1500000.00', difference: '1.00' },
              message: '',
              warning: false,
            },
          ],
        };
      },
    });
    expect((screen.getByTestId('measure-year-2025') as HTMLInputElement).value).toBe(nb('700 000,00'));
    expect((screen.getByTestId('measure-year-2023') as HTMLInputElement).value).toBe('');
    expect(text('measure-yearly-sum')).toBe(
      `Paskirstyta ${nb('1 500 000,00 €')} iš ${nb('1 500 000,00 €')}; dar liko paskirstyti ${nb('0,00 €')}`,
    );
    await type('measure-year-2029', '1');
    await fireEvent.click(screen.getByTestId('measure-save'));
    expect((await screen.findByTestId('error-yearly')).textContent).toBe(
      `Sumos pagal metus sudaro ${nb('1 500 001,00 €')}, o priemonei suplanuota ${nb('1 500 000,00 €')}: skirtumas – ${nb('1,00 €')}.`,
    );
    expect(calls[0].args).toMatchObject({ id: 'm1', input: { yearly: [...spread.yearly, { year: 2029, amount: 100 }] } });
    expect(onsaved).not.toHaveBeenCalled();
  });
});
