// What a report is asked with and saved as, and how its cells read: the request carries only the
// parameters its report asks for, file names are in the report's language, cells in its formats,
// and a very long table keeps its total in the preview.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/bindings/Row';
import { cellText, isNumericColumn, shownRows } from './cells';
import { reportRequest, suggestedName, type ReportDraft } from './reportRequest';

const draft: ReportDraft = {
  locale: 'lv',
  from: '2026-01-01',
  to: '2026-12-31',
  callId: 'c1',
  projectId: 'pr1',
  meetingId: 'mt1',
  status: 'contracted',
  measureId: 'm1',
};

describe('report requests', () => {
  it('carry only the parameters of their report', () => {
    const none = { from: null, to: null, callId: null, projectId: null, meetingId: null, status: null, measureId: null };
    expect(reportRequest('budget', 's1', draft)).toEqual({ kind: 'budget', strategyId: 's1', locale: 'lv', ...none });
    expect(reportRequest('events', 's1', draft)).toEqual({
      kind: 'events', strategyId: 's1', locale: 'lv', ...none, from: '2026-01-01', to: '2026-12-31',
    });
    expect(reportRequest('register', 's1', { ...draft, status: '' })).toEqual({
      kind: 'register', strategyId: 's1', locale: 'lv', ...none, measureId: 'm1',
    });
    expect(reportRequest('minutes', 's1', draft).meetingId).toBe('mt1');
    expect(reportRequest('summary', 's1', { ...draft, from: '' })).toMatchObject({ from: null, to: '2026-12-31' });
  });

  it('suggest a file name in the language of the report, with the number of what it is about', () => {
    expect(suggestedName('summary', 'lt', '2026-11-23')).toBe('suvestine-2026-11-23.pdf');
    expect(suggestedName('summary', 'en', '2026-11-23')).toBe('summary-2026-11-23.pdf');
    expect(suggestedName('budget', 'lv', '2026-11-23')).toBe('budzeta-izpilde-2026-11-23.pdf');
    expect(suggestedName('call', 'lt', '2026-11-23', '2024/1')).toBe('kvietimas-2024-1-2026-11-23.pdf');
    expect(suggestedName('project', 'lv', '2026-11-23', 'VP-2024-01')).toBe('projekta-kartite-VP-2024-01-2026-11-23.pdf');
    expect(suggestedName('minutes', 'lt', '2026-11-23', 'Nr. 12/ą')).toBe('protokolas-Nr-12-a-2026-11-23.pdf');
  });
});

describe('report cells', () => {
  it('read in the formats of the report language', () => {
    expect(cellText({ type: 'money', value: 123_456 }, 'lt')).toBe('1\u00a0234,56\u00a0€');
    expect(cellText({ type: 'money', value: 123_456 }, 'en')).toBe('€1,234.56');
    expect(cellText({ type: 'percent', value: 8500 }, 'lv')).toBe('85,00\u00a0%');
    expect(cellText({ type: 'count', value: 12_345 }, 'en')).toBe('12,345');
    expect(cellText({ type: 'count', value: 12_345 }, 'lt')).toBe('12\u00a0345');
    expect(cellText({ type: 'quantity', value: 1250 }, 'lt')).toBe('12,50');
    expect(cellText({ type: 'points', value: 750 }, 'en')).toBe('7.50');
    expect(cellText({ type: 'date', value: '2026-03-12' }, 'lv')).toBe('12.03.2026.');
    expect(cellText({ type: 'empty' }, 'lt')).toBe('');
  });

  it('right-align a column of numbers, but not one that also holds words', () => {
    const rows: Row[] = [
      { style: 'normal', cells: [{ type: 'text', value: 'Awarded' }, { type: 'money', value: 100_000 }, { type: 'count', value: 3 }, { type: 'date', value: '2026-03-12' }] },
      { style: 'normal', cells: [{ type: 'text', value: 'Intensity' }, { type: 'text', value: 'not set' }, { type: 'empty' }, { type: 'empty' }] },
      { style: 'total', cells: [{ type: 'empty' }, { type: 'money', value: 100_000 }, { type: 'percent', value: 8500 }] },
    ];
    // Words only; numbers mixed with words (a list of fields and their values); numbers and empty
    // cells, also in a row that is short of cells; dates, which are no numbers.
    expect([0, 1, 2, 3].map((column) => isNumericColumn(rows, column))).toEqual([false, false, true, false]);
    expect(isNumericColumn(rows, 4)).toBe(false);
    expect(isNumericColumn([], 0)).toBe(false);
  });

  it('of a long table: the first rows, how many are left out, and the total', () => {
    const row = (style: Row['style']): Row => ({ style, cells: [] });
    const rows = [...Array.from({ length: 5 }, () => row('normal')), row('total')];
    expect(shownRows(rows, 6)).toEqual({ first: rows, hidden: 0, totals: [] });
    expect(shownRows(rows, 3)).toEqual({ first: rows.slice(0, 3), hidden: 2, totals: [rows[5]] });
  });
});
