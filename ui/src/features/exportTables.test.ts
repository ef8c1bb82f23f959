// The other lists as exported: each row as wide as the headers, the cells typed (money in cents,
// shares in basis points, counts, ISO days) and words in the UI's language, in the order shown.
import { afterEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../lib/bindings/Indicator';
import type { ListTable } from '../lib/bindings/ListTable';
import { setLocale } from '../lib/i18n';
import { studyVisit, cooperation, events, seminar } from '../testing/events';
import { plan } from '../testing/fixtures';
import { meetings } from '../testing/meetings';
import { members } from '../testing/members';
import { applicants, claims, openCall, overSubscribed } from '../testing/records';
import { selection } from '../testing/selection';
import { applicantsTable } from './applicants/applicantsTable';
import { callsTable } from './calls/callsTable';
import { cooperationTable } from './cooperation/cooperationTable';
import { eventMonths } from './events/eventList';
import { eventsTable } from './events/eventsTable';
import { indicatorsTable } from './indicators/indicatorsTable';
import { meetingsTable } from './meetings/meetingsTable';
import { membersTable } from './members/membersTable';
import { claimsTable } from './projects/claimsTable';
import { rankingTable } from './selection/rankingTable';
import { planTable } from './strategy/planTable';

/** The rows with each cell's value, `null` for an empty one. */
const values = (table: ListTable) => table.rows.map((row) => row.map((c) => (c.kind === 'empty' ? null : c.value)));

/** Every row has a cell under every header. */
const rectangular = (table: ListTable) => table.rows.every((row) => row.length === table.headers.length);

afterEach(() => setLocale('en'));

describe('list tables', () => {
  it('calls: the status in words, opening and closing as day and time, the sums as money', () => {
    const table = callsTable([openCall, overSubscribed]);
    expect(rectangular(table)).toBe(true);
    expect(table.headers).toEqual(['No.', 'Title', 'Status', 'Opens', 'Closes', 'Applications', 'Requested', 'Available', 'Difference']);
    expect(table.rows[1]).toEqual([
      { kind: 'text', value: '2024/1' },
      { kind: 'text', value: overSubscribed.call.title },
      { kind: 'text', value: 'Evaluated' },
      { kind: 'text', value: overSubscribed.call.opensAt.replace('T', ' ') },
      { kind: 'text', value: overSubscribed.call.closesAt.replace('T', ' ') },
      { kind: 'count', value: 17 },
      { kind: 'money', value: 77_000_000 },
      { kind: 'money', value: 70_000_000 },
      { kind: 'money', value: -7_000_000 },
    ]);
  });

  it('applicants: the type in the UI language and the applications counted', () => {
    setLocale('lt');
    const table = applicantsTable(applicants);
    expect(rectangular(table)).toBe(true);
    expect(values(table)[1]).toEqual(['UAB Žalias slėnis', 'Verslo subjektas', '302222222', 'Molėtų r.', '', 1]);
  });

  it('members: the days as ISO, an empty end while a member stays, whether on the board today', () => {
    const table = membersTable(members.slice(0, 2), new Set(['mb1']));
    expect(rectangular(table)).toBe(true);
    expect(table.headers).toEqual(['Member', 'Type', 'Sector', 'Member since', 'Left', 'On the board today', 'Linked applicants']);
    expect(table.rows[0][4]).toEqual({ kind: 'empty' });
    expect(table.rows[1][4]).toEqual({ kind: 'date', value: '2023-12-31' });
    expect(values(table).map((row) => row[5])).toEqual(['Yes', 'No']);
  });

  it('meetings: online in a column of its own, people, items and decisions counted', () => {
    const table = meetingsTable(meetings);
    expect(rectangular(table)).toBe(true);
    expect(values(table)[0]).toEqual(['2024-05-15', 'Board', '12', 'Molėtai', 'No', 7, 2, 1]);
    expect(values(table)[1][4]).toBe('Yes');
  });

  it('events: the events of the kind shown, month after month, the day and its hours apart, no cost empty', () => {
    const table = eventsTable(eventMonths(events, 'seminar'));
    expect(rectangular(table)).toBe(true);
    expect(values(table)).toEqual([['2026-03-12', '10:00–15:00', 'Seminar', seminar.title, seminar.place, 30, 45_000]]);
    const all = eventsTable(eventMonths(events, ''));
    expect(all.rows).toHaveLength(events.length);
    expect(values(all)[1][1]).toBe('07:30 – 27 March 2026, 20:00');
    expect(all.rows.find((row) => row[3].kind === 'text' && row[3].value === studyVisit.title)?.[6]).toEqual({ kind: 'empty' });
  });

  it('cooperation projects: the period as two days and the countries named in the UI language', () => {
    setLocale('lt');
    const table = cooperationTable([cooperation, { ...cooperation, id: 'co2', endsOn: null }]);
    expect(rectangular(table)).toBe(true);
    expect(values(table)[0]).toEqual(['COOP-1', cooperation.title, '2025-05-01', '2027-04-30', 'Lietuva, Latvija, Estija', 6_000_000, 1, 18]);
    expect(table.rows[1][3]).toEqual({ kind: 'empty' });
  });

  it('indicators: quantities as two-decimal numbers, performance as a share, the strategy where no measure', () => {
    const indicator: Indicator = {
      id: 'i1', strategyId: 's1', measureId: null, measureCode: null, code: 'R1', name: 'Paths renovated', unit: 'km',
      baseline: 250, target: 1250, source: 'manual', achieved: 625, achievedOn: '2025-06-30', performance: 5000,
    };
    const table = indicatorsTable([indicator]);
    expect(rectangular(table)).toBe(true);
    expect(table.rows[0]).toEqual([
      { kind: 'text', value: 'R1' },
      { kind: 'text', value: 'Paths renovated' },
      { kind: 'text', value: 'km' },
      { kind: 'text', value: 'Entered by hand' },
      { kind: 'text', value: 'strategy' },
      { kind: 'quantity', value: 250 },
      { kind: 'quantity', value: 1250 },
      { kind: 'quantity', value: 625 },
      { kind: 'date', value: '2025-06-30' },
      { kind: 'percent', value: 5000 },
    ]);
  });

  it('the financial plan: every line with its kind, then the subtotals and the total with their amounts', () => {
    const table = planTable(plan);
    expect(rectangular(table)).toBe(true);
    expect(values(table).map((row) => [row[0], row[1], row[2], row[3], row[4]])).toEqual([
      ['P1', 'Darbo vietos', 'Priority', 273_456_789, 10000],
      [plan.projectLines[1].code, plan.projectLines[1].title, 'Local projects', plan.projectLines[1].allocated, 5485],
      [plan.projectLines[2].code, plan.projectLines[2].title, 'Cooperation', plan.projectLines[2].allocated, 4515],
      [null, 'Local projects', null, 273_456_789, null],
      [plan.runningLines[0].code, plan.runningLines[0].title, 'Running costs', 60_000_000, 2000],
      [null, 'Running and animation', null, 60_000_000, 2000],
      [null, 'Total', null, 333_456_789, null],
    ]);
    expect(values(table)[6].slice(5)).toEqual([0, 0, 0, 333_456_789]);
  });

  it("a project's payment claims: paid and its day, or awaited", () => {
    setLocale('lt');
    const table = claimsTable(claims);
    expect(rectangular(table)).toBe(true);
    expect(values(table)).toEqual([
      ['1', '2024-11-02', 1_500_000, 1_500_000, '2024-12-01'],
      ['2', '2025-03-15', 1_000_000, null, 'laukiama'],
    ]);
  });

  it("a call's ranking: the measure on every line, the score in hundredths, the cumulative sum of the selected only", () => {
    const table = rankingTable(selection);
    expect(rectangular(table)).toBe(true);
    expect(values(table).map((row) => [row[0], row[1], row[2], row[6], row[8], row[9]])).toEqual([
      ['M1.1', 1, 'P-2', 9050, 25_000_000, 'Selected'],
      ['M1.1', 2, 'P-1', 7500, 40_000_000, 'Selected'],
      ['M1.1', 3, 'P-5', 6500, null, 'Reserve list'],
      ['M1.1', 4, 'P-3', 6025, null, 'Reserve list'],
      ['M1.1', 5, 'P-4', 3450, null, 'Below threshold'],
    ]);
  });
});
