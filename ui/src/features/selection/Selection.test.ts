// The selection of a call's projects: the ranking with its rules, funding and threshold lines,
// totals and the applications not ranked yet; editing the criteria (problems next to the fields,
// rows moved with the keyboard); and score sheets (live total, points over a maximum, deleting).
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldProblem } from '../../lib/bindings/FieldProblem';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { overSubscribed } from '../../testing/records';
import { blankSelection, selection } from '../../testing/selection';
import SelectionSection from './SelectionSection.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const value = (testid: string) => (screen.getByTestId(testid) as HTMLInputElement).value;
const type = (testid: string, typed: string) => fireEvent.input(screen.getByTestId(testid), { target: { value: typed } });
const refusal = (...fields: Omit<FieldProblem, 'message' | 'warning'>[]): IpcError => ({
  code: 'invalid',
  message: '',
  fields: fields.map((found) => ({ ...found, message: '', warning: false })),
});

async function open(handlers: Handlers = {}) {
  const calls = mockBackend({ get_selection: () => selection, ...handlers });
  render(SelectionSection, { callId: 'c1', measures: overSubscribed.measures });
  await screen.findByTestId('selection-rules-edit');
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('ranking', () => {
  it('states its rules and draws the funding line above the first reserve project', async () => {
    await open();
    expect(text('ranking-rules')).toContain('An application is rejected when that average does not reach the pass threshold (40.00).');
    expect(text('ranking-rules')).toContain('the smaller requested aid ranks first');
    const table = within(screen.getByTestId('ranking-M1.1'));
    const rows = table.getAllByRole('row').map((row) => row.dataset.testid);
    expect(rows).toEqual([
      undefined,
      'ranking-row-P-2',
      'ranking-row-P-1',
      'funding-line-M1.1',
      'ranking-row-P-5',
      'ranking-row-P-3',
      'threshold-line-M1.1',
      'ranking-row-P-4',
    ]);
    const cells = [...screen.getByTestId('ranking-row-P-2').querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['1', 'P-2', 'Pareiškėjas 2', 'Projektas 2', '2', '90.50', '€250,000.00', '€250,000.00', 'Selected', 'Evaluated']);
    expect(text('proposal-P-5')).toBe('Reserve list');
    expect(text('proposal-P-4')).toBe('Below threshold');
    expect(text('ranking-row-P-3')).toContain('—');
    expect(text('ranking-available-M1.1')).toBe('€500,000.00');
    expect(text('ranking-selected-M1.1')).toBe('€400,000.00');
    expect(text('ranking-reserve-M1.1')).toBe('€170,000.00');
    expect(text('ranking-remaining-M1.1')).toBe('€100,000.00');
    expect(text('ranking-M1.1')).toContain('Priemonė M1.1');
  });

  it('says why an application is not ranked yet', async () => {
    await open();
    expect(text('unscored')).toContain('Waiting to be ranked: 2 applications');
    expect(text('unscored-P-6')).toContain('Admissibility not checked');
    expect(text('unscored-P-7')).toContain('No score sheet yet');
  });

  it('writes points and proposals the Lithuanian way', async () => {
    setLocale('lt');
    await open();
    expect(text('score-P-2')).toBe('90,50');
    expect(text('proposal-P-4')).toBe('Per mažai balų');
    expect(text('selection-threshold-shown')).toBe('Minimali balų suma: 40,00 (vertintojų balų vidurkis).');
    expect(text('selection-most')).toBe('100,00');
    expect(text('unscored')).toContain('Laukia vertinimo: 2 paraiškos');
  });

  it('asks for criteria before anything can be scored', async () => {
    await open({ get_selection: () => blankSelection });
    expect(text('selection-rules-empty')).toContain('No selection criteria yet.');
    expect(text('selection-rules-edit')).toBe('Set criteria');
    expect(screen.getByTestId('score-needs-criteria')).toBeTruthy();
    expect(screen.getByTestId('ranking-empty-M1.1')).toBeTruthy();
    expect(text('ranking-rules')).toContain('No pass threshold is set');
  });
});

describe('criteria form', () => {
  it('moves a criterion with the keyboard, adds one and sends points in hundredths', async () => {
    const calls = await open({ save_selection_rules: () => selection });
    await fireEvent.click(screen.getByTestId('selection-rules-edit'));
    expect([value('criterion-title-0'), value('criterion-max-0'), value('criterion-max-1'), value('selection-threshold')]).toEqual([
      'Naujos darbo vietos',
      '60',
      '40',
      '40',
    ]);
    expect(text('selection-scored-hint')).toContain('Applications are already scored');
    await fireEvent.click(screen.getByTestId('criterion-up-1'));
    expect(value('criterion-title-0')).toBe('Jaunimas');
    expect(document.activeElement).toBe(screen.getByTestId('criterion-down-0'));
    await fireEvent.click(screen.getByTestId('criterion-add'));
    expect(document.activeElement).toBe(screen.getByTestId('criterion-title-2'));
    await type('criterion-title-2', ' Inovacijos ');
    await type('criterion-max-2', '7,5');
    expect(text('selection-max-sum')).toBe('Most points possible: 107.50');
    await type('selection-threshold', '45.25');
    await fireEvent.click(screen.getByTestId('selection-rules-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('selection-rules-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'save_selection_rules')?.args).toEqual({
      callId: 'c1',
      input: {
        criteria: [
          { id: 'k2', title: 'Jaunimas', maxPoints: 4000 },
          { id: 'k1', title: 'Naujos darbo vietos', maxPoints: 6000 },
          { id: null, title: 'Inovacijos', maxPoints: 750 },
        ],
        threshold: 4525,
      },
    });
  });

  it('stops points that do not read, then shows what the backend refuses next to the fields', async () => {
    const calls = await open({
      save_selection_rules: () => {
        throw refusal(
          { field: 'criteria.0.maxPoints', code: 'below-given-score', args: { given: '56.00' } },
          { field: 'criteria.2.title', code: 'call-scored', args: {} },
          { field: 'threshold', code: 'threshold-above-maximum', args: { most: '150.00' } },
        );
      },
    });
    await fireEvent.click(screen.getByTestId('selection-rules-edit'));
    await type('criterion-max-0', '50,555');
    await type('selection-threshold', '-3');
    await fireEvent.click(screen.getByTestId('selection-rules-save'));
    expect(text('error-criteria-0-maxPoints')).toBe('Points have at most two decimals.');
    expect(text('error-threshold')).toBe('Must not be negative.');
    expect(commandsOf(calls)).not.toContain('save_selection_rules');
    await type('criterion-max-0', '50');
    await type('selection-threshold', '120');
    await fireEvent.click(screen.getByTestId('criterion-add'));
    await type('criterion-title-2', 'Inovacijos');
    await type('criterion-max-2', '50');
    await fireEvent.click(screen.getByTestId('selection-rules-save'));
    expect((await screen.findByTestId('error-criteria-0-maxPoints')).textContent).toBe(
      'An evaluator already gave 56.00 on this criterion: the maximum cannot be lower.',
    );
    expect(text('error-criteria-2-title')).toBe('The applications are already scored: no criterion can be added.');
    expect(text('error-threshold')).toBe('More than the criteria can give (150.00).');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('criterion-max-0')));
  });
});

describe('score sheets', () => {
  it('totals the points as they are typed and flags points over a maximum', async () => {
    const calls = await open({ save_score_sheet: () => selection });
    await fireEvent.change(screen.getByTestId('score-project'), { target: { value: 'sp7' } });
    expect(screen.getByTestId('score-no-sheets')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('score-add'));
    const suggested = [...document.querySelectorAll('#score-evaluators option')].map((option) => option.getAttribute('value'));
    expect(suggested).toEqual(['Jonas Jonaitis', 'Rūta Petraitienė']);
    await type('score-evaluator', ' Rūta Petraitienė ');
    await type('score-points-0', '65');
    expect(text('score-total')).toBe('Total: 65.00 of 100.00');
    expect(text('error-scores-0-points')).toBe('“Naujos darbo vietos” gives at most 60.00.');
    await type('score-points-0', '55,5');
    await type('score-points-1', '30');
    expect(screen.queryByTestId('error-scores-0-points')).toBeNull();
    expect(text('score-total')).toBe('Total: 85.50 of 100.00');
    await fireEvent.click(screen.getByTestId('score-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('score-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'save_score_sheet')?.args).toEqual({
      projectId: 'sp7',
      input: {
        evaluator: 'Rūta Petraitienė',
        scores: [
          { criterionId: 'k1', points: 5550 },
          { criterionId: 'k2', points: 3000 },
        ],
      },
    });
  });

  it('shows a missing score and a refused application where they belong', async () => {
    await open({
      save_score_sheet: () => {
        throw refusal(
          { field: 'scores', code: 'criterion-missing', args: { criterion: 'Jaunimas' } },
          { field: 'projectId', code: 'not-scorable', args: { project: 'P-1', status: 'selected' } },
        );
      },
    });
    await fireEvent.click(screen.getByTestId('score-add'));
    await type('score-evaluator', 'Jonas Jonaitis');
    await type('score-points-0', '50');
    await type('score-points-1', '0');
    await fireEvent.click(screen.getByTestId('score-save'));
    expect((await screen.findByTestId('error-scores')).textContent).toBe('“Jaunimas” has no score.');
    expect(text('form-error')).toContain('P-1 is “Selected”: only admissible, evaluated and reserve-list applications are scored.');
  });

  it('corrects a sheet under the same evaluator, and deletes one after asking', async () => {
    const calls = await open({ save_score_sheet: () => selection, delete_score_sheet: () => selection });
    await fireEvent.change(screen.getByTestId('score-project'), { target: { value: 'sp2' } });
    const cells = [...screen.getByTestId('score-sheet-0').querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 4)).toEqual(['Jonas Jonaitis', '56.00', '35.00', '91.00']);
    await fireEvent.click(screen.getByTestId('score-sheet-edit-1'));
    expect(value('score-evaluator')).toBe('Rūta Petraitienė');
    expect((screen.getByTestId('score-evaluator') as HTMLInputElement).readOnly).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('score-points-0'));
    expect([value('score-points-0'), value('score-points-1')]).toEqual(['55', '35']);
    await fireEvent.click(screen.getByTestId('score-cancel'));
    await fireEvent.click(screen.getByTestId('score-sheet-delete-0'));
    expect(text('confirm-message')).toBe('The score sheet of Jonas Jonaitis for P-2 will be deleted, and the ranking counted again.');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await vi.waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'delete_score_sheet')?.args).toEqual({ projectId: 'sp2', evaluator: 'Jonas Jonaitis' });
  });
});
