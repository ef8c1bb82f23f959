// The projects page: search, filters, sorting and totals of the list; a project's fund split,
// its status steps, its payment claims, correcting its applicant and deleting it.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../lib/bindings/Project';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures, strategy } from '../../testing/fixtures';
import { applicants, claims, openCall, overSubscribed, projects } from '../../testing/records';
import ProjectsPage from './ProjectsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';
const shownNumbers = () =>
  within(screen.getByTestId('projects-table'))
    .queryAllByTestId(/^project-row-/)
    .map((row) => row.dataset.testid?.replace('project-row-', ''));

function open(handlers: Handlers = {}, openId: string | null = null) {
  const calls = mockBackend({
    list_projects: () => projects,
    list_calls: () => [overSubscribed, openCall],
    list_measures: () => measures,
    get_strategy: () => strategy,
    get_project: (args) => projects.find((p) => p.id === args.id),
    get_project_history: () => [
      { status: 'submitted', changedOn: '2024-04-15', note: '' },
      { status: 'selected', changedOn: '2024-06-20', note: '', decidedAt: { meetingId: 'mt3', kind: 'selection-committee', number: '2024-1' } },
      { status: 'contracted', changedOn: '2024-09-01', note: 'Sutartis Nr. 5', decidedAt: null },
    ],
    list_payment_claims: () => claims,
    ...handlers,
  });
  render(ProjectsPage, { strategyId: 's1', openId });
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('projects list', () => {
  it('totals every money column of the rows shown', async () => {
    open();
    await screen.findByTestId('projects-table');
    expect(shownNumbers()).toEqual(['VP-2023-10', 'VP-2024-01', 'VP-2024-02']);
    expect(text('projects-total-eligible')).toBe('€110,000.00');
    expect(text('projects-total-requested')).toBe('€80,000.00');
    expect(text('projects-total-awarded')).toBe('€40,000.01');
    expect(text('projects-total-paid')).toBe('€15,000.00');
    expect(text('projects-total-row')).toContain('Total (3 projects)');
    expect(text('project-row-VP-2024-01')).toContain('66.67%');
  });

  it('searches the number, title and applicant, and totals what it finds', async () => {
    open();
    await screen.findByTestId('projects-table');
    await fireEvent.input(screen.getByTestId('projects-search'), { target: { value: 'BENDRUOMEN' } });
    expect(shownNumbers()).toEqual(['VP-2023-10', 'VP-2024-02']);
    expect(text('projects-total-eligible')).toBe('€50,000.00');
    expect(text('projects-shown')).toBe('Showing 2 of 3 projects');
    await fireEvent.input(screen.getByTestId('projects-search'), { target: { value: 'vp-2024-01' } });
    expect(shownNumbers()).toEqual(['VP-2024-01']);
    await fireEvent.input(screen.getByTestId('projects-search'), { target: { value: 'nothing like it' } });
    expect(shownNumbers()).toEqual([]);
    expect(text('projects-none')).toContain('No project matches');
    expect(text('projects-total-eligible')).toBe('€0.00');
  });

  it('filters by status, measure, call and year, and clears the filters', async () => {
    open();
    await screen.findByTestId('projects-table');
    const filter = (name: string, value: string) =>
      fireEvent.change(screen.getByTestId(`projects-filter-${name}`), { target: { value } });
    await filter('status', 'contracted');
    expect(shownNumbers()).toEqual(['VP-2024-01']);
    await filter('status', '');
    await filter('measure', 'm2');
    expect(shownNumbers()).toEqual(['VP-2023-10']);
    await filter('measure', '');
    await filter('call', 'c1');
    expect(shownNumbers()).toEqual(['VP-2024-01', 'VP-2024-02']);
    await filter('year', '2024');
    expect(shownNumbers()).toEqual(['VP-2024-01', 'VP-2024-02']);
    expect(text('projects-total-requested')).toBe('€72,000.00');
    const years = screen.getByTestId('projects-filter-year') as HTMLSelectElement;
    expect([...years.options].map((o) => o.value)).toEqual(['', '2024', '2023']);
    await fireEvent.click(screen.getByTestId('projects-clear'));
    expect(shownNumbers()).toHaveLength(3);
  });

  it('sorts by a column, ascending first, then descending, and says so with aria-sort', async () => {
    open();
    await screen.findByTestId('projects-table');
    const header = screen.getByTestId('projects-sort-eligible');
    await fireEvent.click(header);
    expect(shownNumbers()).toEqual(['VP-2023-10', 'VP-2024-02', 'VP-2024-01']);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByTestId('projects-sort-number').closest('th')?.getAttribute('aria-sort')).toBe('none');
    await fireEvent.click(header);
    expect(shownNumbers()).toEqual(['VP-2024-01', 'VP-2024-02', 'VP-2023-10']);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(screen.getByTestId('projects-sort-submitted-on'));
    expect(shownNumbers()).toEqual(['VP-2023-10', 'VP-2024-01', 'VP-2024-02']);
    await fireEvent.click(screen.getByTestId('projects-sort-awarded'));
    expect(shownNumbers()).toEqual(['VP-2023-10', 'VP-2024-02', 'VP-2024-01']);
  });
});

describe('project detail', () => {
  it('splits the awarded aid over the funding sources to the cent', async () => {
    open({}, 'pr1');
    expect((await screen.findByTestId('project-fund-EAFRD')).textContent).toBe('€34,000.01');
    expect(text('project-fund-NAT')).toBe('€6,000.00');
    expect(text('project-funds-total')).toBe('€40,000.01');
    expect(text('project-figure-own')).toBe('€19,999.99');
    expect(text('project-header-status')).toBe('Contracted');
    expect(text('project-history')).toContain('Sutartis Nr. 5');
    expect(text('history-decided-1')).toBe('Decided at: Selection committee meeting No. 2024-1');
    expect(screen.queryByTestId('history-decided-2')).toBeNull();
  });

  it('shows the split as the backend stored it, naming the funds by code', async () => {
    // Stored when the strategy had other shares, and with a fund it no longer has: shown as stored.
    const stored: Project = {
      ...projects[0],
      fundShares: [
        { code: 'EAFRD', amount: 3_000_000 },
        { code: 'NAT', amount: 900_000 },
        { code: 'OLD', amount: 100_001 },
      ],
    };
    open({ get_project: () => stored }, 'pr1');
    const table = await screen.findByTestId('project-funds');
    expect(text('project-fund-EAFRD')).toBe('€30,000.00');
    expect(text('project-fund-NAT')).toBe('€9,000.00');
    expect(text('project-fund-OLD')).toBe('€1,000.01');
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim());
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[1])).toEqual(['EŽŪFKP (EAFRD)', '85.00%', '€30,000.00']);
    expect(cells(rows[3])).toEqual(['OLD', '—', '€1,000.01']);
  });

  it('opens from the list with Enter and gives the focus back to its row', async () => {
    open();
    await fireEvent.input(await screen.findByTestId('projects-search'), { target: { value: 'sodyba' } });
    await fireEvent.keyDown(screen.getByTestId('project-row-VP-2024-01'), { key: 'Enter' });
    expect((await screen.findByTestId('project-header-number')).textContent).toBe('VP-2024-01');
    expect(document.activeElement).toBe(screen.getByTestId('project-back'));
    await fireEvent.click(screen.getByTestId('project-back'));
    expect(document.activeElement).toBe(screen.getByTestId('project-row-VP-2024-01'));
    expect((screen.getByTestId('projects-search') as HTMLInputElement).value).toBe('sodyba');
  });

  it('offers only the next statuses allowed and sends the step with its date and note', async () => {
    const calls = open({ change_project_status: () => ({ ...projects[0], status: 'implementing' }) }, 'pr1');
    const next = (await screen.findByTestId('project-status-next')) as HTMLSelectElement;
    expect([...next.options].map((o) => o.value)).toEqual(['implementing', 'terminated', 'withdrawn']);
    expect((screen.getByTestId('project-status-date') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await fireEvent.input(screen.getByTestId('project-status-date'), { target: { value: '2025-01-10' } });
    await fireEvent.input(screen.getByTestId('project-status-note'), { target: { value: ' Pradėta ' } });
    await fireEvent.click(screen.getByTestId('project-status-save'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('change_project_status'));
    expect(calls.find((call) => call.command === 'change_project_status')?.args).toEqual({
      id: 'pr1',
      status: 'implementing',
      on: '2025-01-10',
      note: 'Pradėta',
    });
  });

  it('asks for the awarded aid before approval, without asking the backend', async () => {
    const selected: Project = { ...projects[1], id: 'pr9', status: 'selected' };
    const calls = open({ get_project: () => selected }, 'pr9');
    const next = (await screen.findByTestId('project-status-next')) as HTMLSelectElement;
    expect([...next.options].map((o) => o.value)).toEqual(['approved', 'rejected', 'withdrawn']);
    await fireEvent.click(screen.getByTestId('project-status-save'));
    expect((await screen.findByTestId('error-status')).textContent?.trim()).toContain('Enter the awarded aid');
    expect(commandsOf(calls)).not.toContain('change_project_status');
  });

  it('says when a status is final', async () => {
    open({ get_project: () => projects[2] }, 'pr3');
    expect((await screen.findByTestId('project-status-final')).textContent).toContain('final');
    expect(screen.queryByTestId('project-status-next')).toBeNull();
    expect(screen.getByTestId('project-funds-empty')).toBeTruthy();
  });

  it('lists the payment claims with totals and adds one', async () => {
    const calls = open({ create_payment_claim: (args) => ({ id: 'pc3', projectId: 'pr1', ...(args.input as object) }) }, 'pr1');
    await screen.findByTestId('claims-table');
    expect(text('claim-row-2')).toContain('awaited');
    expect(text('claims-total-claimed')).toBe('€25,000.00');
    expect(text('claims-total-paid')).toBe('€15,000.00');
    await fireEvent.click(screen.getByTestId('claim-add'));
    expect((screen.getByTestId('claim-number') as HTMLInputElement).value).toBe('3');
    await fireEvent.input(screen.getByTestId('claim-submitted-on'), { target: { value: '2025-04-01' } });
    await fireEvent.input(screen.getByTestId('claim-claimed'), { target: { value: '5 000' } });
    await fireEvent.click(screen.getByTestId('claim-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('claim-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'create_payment_claim')?.args).toEqual({
      projectId: 'pr1',
      input: { number: '3', submittedOn: '2025-04-01', claimed: 500_000, paid: null, paidOn: null },
    });
  });

  it('shows a payment above the award next to the amount paid', async () => {
    open(
      {
        update_payment_claim: () => {
          throw {
            code: 'invalid',
            message: '',
            fields: [{ field: 'paid', code: 'paid-above-awarded', args: { total: '50000.00', awarded: '40000.01' }, message: '', warning: false }],
          };
        },
      },
      'pr1',
    );
    await fireEvent.click(await screen.findByTestId('claim-edit-2'));
    await fireEvent.input(screen.getByTestId('claim-paid'), { target: { value: '35000' } });
    await fireEvent.input(screen.getByTestId('claim-paid-on'), { target: { value: '2025-04-20' } });
    await fireEvent.click(screen.getByTestId('claim-save'));
    expect((await screen.findByTestId('error-paid')).textContent?.trim()).toBe(
      'Payments would reach €50,000.00, more than the awarded aid of €40,000.01.',
    );
  });
});

describe('deleting a project', () => {
  it('asks with the project number, deletes it and reloads the list', async () => {
    const calls = open({ delete_project: () => null }, 'pr2');
    await fireEvent.click(await screen.findByTestId('delete-project'));
    expect(text('confirm-message')).toContain('VP-2024-02');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('projects-table');
    expect(calls.find((call) => call.command === 'delete_project')?.args).toEqual({ id: 'pr2' });
    expect(commandsOf(calls).filter((command) => command === 'list_projects')).toHaveLength(2);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('keeps the project when the confirmation is cancelled', async () => {
    const calls = open({ delete_project: () => null }, 'pr2');
    await fireEvent.click(await screen.findByTestId('delete-project'));
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(text('project-header-number')).toBe('VP-2024-02');
    expect(commandsOf(calls)).not.toContain('delete_project');
  });

  it('says why a project with payment claims stays', async () => {
    open(
      {
        delete_project: () => {
          throw {
            code: 'still-referenced',
            message: '',
            fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'project', code: 'VP-2024-01', count: '2' }, message: '', warning: false }],
          };
        },
      },
      'pr1',
    );
    await fireEvent.click(await screen.findByTestId('delete-project'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('project-error')).textContent).toContain(
      'This project has 2 payment claims: it cannot be deleted.',
    );
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(text('project-header-number')).toBe('VP-2024-01');
  });
});

describe("correcting a project's applicant", () => {
  it('opens the applicant filled in, saves it and shows the new name', async () => {
    let project = projects[1];
    const calls = open(
      {
        get_project: () => project,
        get_applicant: (args) => applicants.find((a) => a.id === args.id),
        update_applicant: (args) => {
          project = { ...project, applicantName: (args.input as { name: string }).name };
          return { ...applicants[0], ...(args.input as object) };
        },
      },
      'pr2',
    );
    await fireEvent.click(await screen.findByTestId('edit-project-applicant'));
    const name = (await screen.findByTestId('applicant-name')) as HTMLInputElement;
    expect(name.value).toBe('Alantos bendruomenė');
    expect((screen.getByTestId('applicant-kind') as HTMLSelectElement).value).toBe('community');
    expect(calls.find((call) => call.command === 'get_applicant')?.args).toEqual({ id: 'a1' });
    await fireEvent.input(name, { target: { value: 'Alantos kaimo bendruomenė ' } });
    await fireEvent.click(screen.getByTestId('applicant-save'));
    await vi.waitFor(() => expect(text('project-applicant-name')).toBe('Alantos kaimo bendruomenė'));
    expect(screen.queryByTestId('applicant-dialog')).toBeNull();
    expect(calls.find((call) => call.command === 'update_applicant')?.args).toEqual({
      id: 'a1',
      input: { name: 'Alantos kaimo bendruomenė', kind: 'community', code: '300123456', municipality: 'Molėtų r.', eldership: 'Alantos' },
    });
  });
});
