// The projects list as exported: the columns under their headers in the UI's language, money as
// cents and the intensity as basis points, and only the projects the filters leave, in their order.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { projects } from '../../testing/records';
import { filterProjects, NO_FILTER, sortProjects } from './projectList';
import { projectsTable } from './projectsTable';

afterEach(() => setLocale('en'));

describe('projectsTable', () => {
  it('has the columns of the list, with what the title cell shows split into columns', () => {
    expect(projectsTable(projects).headers).toEqual([
      'No.', 'Title', 'Status', 'Applicant', 'Measure', 'Call for proposals', 'Submitted', 'Eligible', 'Requested', 'Awarded',
      'Paid', 'Intensity',
    ]);
    setLocale('lt');
    const headers = projectsTable(projects).headers;
    expect(headers[0]).toBe('Nr.');
    expect(headers).toHaveLength(12);
  });

  it('types every cell: money in cents, the intensity in basis points, the day as ISO, the status in words', () => {
    setLocale('lt');
    const [row] = projectsTable([projects[0]]).rows;
    expect(row).toEqual([
      { kind: 'text', value: 'VP-2024-01' },
      { kind: 'text', value: 'Kaimo turizmo sodyba' },
      { kind: 'text', value: 'Pasirašyta sutartis' },
      { kind: 'text', value: 'UAB Žalias slėnis' },
      { kind: 'text', value: 'M1.1' },
      { kind: 'text', value: '2024/1' },
      { kind: 'date', value: '2024-04-15' },
      { kind: 'money', value: 6_000_000 },
      { kind: 'money', value: 4_200_000 },
      { kind: 'money', value: 4_000_001 },
      { kind: 'money', value: 1_500_000 },
      { kind: 'percent', value: 6667 },
    ]);
  });

  it('leaves a cell empty where the project has nothing: no award, no call', () => {
    const [row] = projectsTable([projects[2]]).rows;
    expect(row[5]).toEqual({ kind: 'empty' });
    expect(row[9]).toEqual({ kind: 'empty' });
  });

  it('has only the projects shown, in the order shown', () => {
    const shown = sortProjects(filterProjects(projects, { ...NO_FILTER, callId: 'c1' }), { key: 'eligibleCost', direction: 'descending' }, 'en');
    const table = projectsTable(shown);
    expect(table.name).toBe('projects');
    expect(table.rows.map((row) => row[0])).toEqual([
      { kind: 'text', value: 'VP-2024-01' },
      { kind: 'text', value: 'VP-2024-02' },
    ]);
  });
});
