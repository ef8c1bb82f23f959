// Indicators: the mid-term review figures, the table with achieved values and performance, the
// indicator form and what it sends, values added to a manual indicator, and deleting.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../../lib/bindings/Indicator';
import type { IndicatorValue } from '../../lib/bindings/IndicatorValue';
import type { IpcError } from '../../lib/bindings/IpcError';
import type { Performance } from '../../lib/bindings/Performance';
import { formatQuantity, parseQuantity } from '../../lib/format';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures, strategy } from '../../testing/fixtures';
import { dashboard } from '../../testing/records';
import IndicatorsPage from './IndicatorsPage.svelte';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

const indicator = (fields: Partial<Indicator> & Pick<Indicator, 'id' | 'code'>): Indicator => ({
  strategyId: 's1',
  measureId: null,
  measureCode: null,
  name: `Indicator ${fields.code}`,
  unit: 'km',
  baseline: 0,
  target: 1000,
  source: 'manual',
  achieved: 0,
  achievedOn: null,
  performance: 0,
  ...fields,
});

/** A manual indicator of M1.1 half achieved, and the strategy's jobs counted from projects. */
const indicators: Indicator[] = [
  indicator({
    id: 'i1',
    code: 'R1',
    name: 'Paths renovated',
    measureId: 'm1',
    measureCode: 'M1.1',
    baseline: 250,
    target: 1250,
    achieved: 625,
    achievedOn: '2025-06-30',
    performance: 5000,
  }),
  indicator({ id: 'i2', code: 'J1', name: 'Jobs created', unit: 'jobs', target: 1000, source: 'jobs-created', achieved: 200, performance: 2000 }),
];

const performance: Performance = {
  financial: 45,
  committed: 120,
  physical: 2500,
  projectsCompleted: 3,
  projectsPlanned: 12,
  jobs: 2000,
  jobsCreated: 200,
  jobsTarget: 1000,
};

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_indicators: () => indicators,
    list_measures: () => measures,
    get_performance: () => performance,
    get_dashboard: () => dashboard,
    get_strategy: () => strategy,
    ...handlers,
  });
  render(IndicatorsPage, { strategyId: 's1' });
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('quantities', () => {
  it('formats hundredths of a unit like amounts without the euro, whole numbers without decimals', () => {
    expect(formatQuantity(1250, 'en')).toBe('12.50');
    expect(formatQuantity(1200, 'en')).toBe('12');
    expect(formatQuantity(123_456_700, 'lt')).toBe(nb('1 234 567'));
    expect(formatQuantity(1205, 'lv')).toBe('12,05');
  });

  it('parses what people type', () => {
    expect(parseQuantity('12')).toBe(1200);
    expect(parseQuantity('12,5')).toBe(1250);
    expect(parseQuantity('12.50')).toBe(1250);
    expect(parseQuantity('')).toBe('required');
    expect(parseQuantity('12 €')).toBe('not-a-quantity');
    expect(parseQuantity('abc')).toBe('not-a-quantity');
    expect(parseQuantity('1,234')).toBe(123_400);
    expect(parseQuantity('1,555')).toBe(155_500);
    expect(parseQuantity('-3')).toBe('negative');
  });
});

describe('indicators page', () => {
  it('shows the mid-term review figures with their parts', async () => {
    open();
    await screen.findByTestId('indicators-table');
    expect(text('perf-financial-share')).toBe('0.45%');
    expect(text('perf-financial-parts')).toBe('€15,000.00 paid of €3,334,567.89 allocated');
    expect(text('perf-committed-share')).toBe('1.20%');
    expect(text('perf-physical-share')).toBe('25.00%');
    expect(text('perf-physical-parts')).toBe('3 of 12 planned projects completed');
    expect(text('perf-jobs-share')).toBe('20.00%');
    expect(text('perf-jobs-parts')).toBe('2 jobs created of a target of 10');
  });

  it('lists the indicators with their achieved value and performance', async () => {
    open();
    await screen.findByTestId('indicators-table');
    const row = screen.getByTestId('indicator-row-R1');
    expect(row.textContent).toContain('Paths renovated');
    expect(row.textContent).toContain('M1.1');
    expect(row.textContent).toContain('Entered by hand');
    expect(text('indicator-achieved-R1')).toBe('6.25');
    expect(text('indicator-performance-R1')).toBe('50.00%');
    const jobs = screen.getByTestId('indicator-row-J1');
    expect(jobs.textContent).toContain('strategy');
    expect(jobs.textContent).toContain('Jobs created');
    expect(text('indicator-achieved-J1')).toBe('2');
    expect(text('indicator-performance-J1')).toBe('20.00%');
  });

  it('formats the table the Lithuanian way', async () => {
    setLocale('lt');
    open();
    await screen.findByTestId('indicators-table');
    expect(text('indicator-achieved-R1')).toBe('6,25');
    expect(text('indicator-performance-R1')).toBe(nb('50,00 %'));
    expect(text('perf-physical-parts')).toBe('Įgyvendinta 3 iš 12 planuotų projektų');
  });

  it('sends the indicator typed in the form, quantities in hundredths', async () => {
    const created = indicator({ id: 'i3', code: 'R2', target: 1250 });
    const calls = open({ create_indicator: () => created });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-new'));
    await type('indicator-code', ' R2 ');
    await type('indicator-name', 'Playgrounds built');
    await type('indicator-unit', 'pcs');
    await fireEvent.change(screen.getByTestId('indicator-measure'), { target: { value: 'm2' } });
    await type('indicator-baseline', '1');
    await type('indicator-target', '12,5');
    await fireEvent.change(screen.getByTestId('indicator-source'), { target: { value: 'projects-completed' } });
    await fireEvent.click(screen.getByTestId('indicator-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('indicator-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'create_indicator')?.args).toEqual({
      strategyId: 's1',
      input: {
        measureId: 'm2',
        code: 'R2',
        name: 'Playgrounds built',
        unit: 'pcs',
        baseline: 100,
        target: 1250,
        source: 'projects-completed',
      },
    });
    expect(commandsOf(calls).filter((command) => command === 'list_indicators')).toHaveLength(2);
  });

  it('sends no indicator whose target is not a number, and shows the backend problems next to the fields', async () => {
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'code', code: 'duplicate-code', message: 'taken', args: { code: 'R1' }, warning: false }],
    };
    const calls = open({
      create_indicator: () => {
        throw refused;
      },
    });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-new'));
    await type('indicator-code', 'R1');
    await type('indicator-target', 'many');
    await fireEvent.click(screen.getByTestId('indicator-save'));
    expect(await screen.findByTestId('error-target')).toHaveProperty('textContent', 'Not a number: write e.g. 12 or 12,5.');
    expect(commandsOf(calls)).not.toContain('create_indicator');
    await type('indicator-target', '10');
    await fireEvent.click(screen.getByTestId('indicator-save'));
    expect(await screen.findByTestId('error-code')).toHaveProperty('textContent', 'The code R1 is already used.');
  });

  it('edits an indicator with its values in the form', async () => {
    const calls = open({ update_indicator: () => indicators[0] });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-edit-R1'));
    expect((screen.getByTestId('indicator-target') as HTMLInputElement).value).toBe('12.50');
    expect((screen.getByTestId('indicator-measure') as HTMLSelectElement).value).toBe('m1');
    await fireEvent.click(screen.getByTestId('indicator-save'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('update_indicator'));
    expect(calls.find((call) => call.command === 'update_indicator')?.args).toMatchObject({
      id: 'i1',
      input: { code: 'R1', baseline: 250, target: 1250, measureId: 'm1', source: 'manual' },
    });
  });

  it('adds a value to a manual indicator and shows it with the new achieved value', async () => {
    const values: IndicatorValue[] = [{ value: 300, measuredOn: '2024-12-31', note: '' }];
    let achieved = 625;
    const calls = open({
      list_indicators: () => [{ ...indicators[0], achieved, performance: Math.round((achieved * 10000) / 1250) }, indicators[1]],
      list_indicator_values: () => values,
      add_indicator_value: (args) => {
        const value = args.value as IndicatorValue;
        values.push(value);
        achieved = value.value;
        return indicators[0];
      },
    });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-values-R1'));
    expect(await screen.findByTestId('indicator-value-row-0')).toHaveProperty('textContent', expect.stringContaining('3'));
    await type('indicator-value', '10,5');
    await fireEvent.input(screen.getByTestId('indicator-measured-on'), { target: { value: '2025-06-30' } });
    await type('indicator-note', 'Survey');
    await fireEvent.click(screen.getByTestId('indicator-value-save'));
    await screen.findByTestId('indicator-value-row-1');
    expect(calls.find((call) => call.command === 'add_indicator_value')?.args).toEqual({
      id: 'i1',
      value: { value: 1050, measuredOn: '2025-06-30', note: 'Survey' },
    });
    expect(screen.getByTestId('indicator-value-row-1').textContent).toContain('10.50');
    expect(screen.getByTestId('indicator-value-row-1').textContent).toContain('30 June 2025');
    await vi.waitFor(() => expect(text('indicator-achieved-R1')).toBe('10.50'));
    expect(text('indicator-performance-R1')).toBe('84.00%');
    expect((screen.getByTestId('indicator-value') as HTMLInputElement).value).toBe('');
  });

  it('shows the derived-indicator problem next to the value', async () => {
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'value', code: 'derived-indicator', message: 'derived', args: {}, warning: false }],
    };
    open({
      list_indicator_values: () => [],
      add_indicator_value: () => {
        throw refused;
      },
    });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-values-R1'));
    await type('indicator-value', '3');
    await fireEvent.click(await screen.findByTestId('indicator-value-save'));
    expect(await screen.findByTestId('error-value')).toHaveProperty(
      'textContent',
      'This indicator is counted from the projects: its values cannot be entered by hand.',
    );
  });

  it('offers no value form for an indicator counted from the projects', async () => {
    open({ list_indicator_values: () => [] });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-values-J1'));
    await screen.findByTestId('indicator-values-empty');
    expect(screen.getByTestId('indicator-values-derived')).toBeTruthy();
    expect(screen.queryByTestId('indicator-value')).toBeNull();
  });

  it('deletes an indicator after confirmation', async () => {
    let list = indicators;
    const calls = open({
      list_indicators: () => list,
      delete_indicator: () => {
        list = [indicators[1]];
        return null;
      },
    });
    await screen.findByTestId('indicators-table');
    await fireEvent.click(screen.getByTestId('indicator-delete-R1'));
    expect(text('confirm-message')).toContain('R1');
    expect(commandsOf(calls)).not.toContain('delete_indicator');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await vi.waitFor(() => expect(screen.queryByTestId('indicator-row-R1')).toBeNull());
    expect(calls.find((call) => call.command === 'delete_indicator')?.args).toEqual({ id: 'i1' });
  });
});
