// The meetings page: the list filtered by kind and year, a meeting's attendance and agenda, the
// summary of its decisions in English and Lithuanian, adding an agenda item on a project or on a
// call's selection, where a selection decision moved the projects, and refused deletes.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { boardIds, boardMeeting, meetings, members, selectionItem } from '../../testing/meetings';
import { openCall, overSubscribed, projects } from '../../testing/records';
import MeetingsPage from './MeetingsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shownNumbers = () =>
  within(screen.getByTestId('meetings-table'))
    .queryAllByTestId(/^meeting-row-/)
    .map((row) => row.dataset.testid?.replace('meeting-row-', ''));

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_meetings: () => meetings,
    list_members: () => members,
    get_meeting: (args) => meetings.find((m) => m.id === args.id),
    get_board: (args) => ({ on: args.on, memberIds: boardIds, balance: { total: 9, sectors: [], publicOverLimit: false } }),
    list_projects: () => projects,
    list_calls: () => [overSubscribed, openCall],
    ...handlers,
  });
  render(MeetingsPage, { strategyId: 's1' });
  return calls;
}

async function openBoardMeeting() {
  await fireEvent.click(await screen.findByTestId('meeting-row-12'));
  return screen.findByTestId('decision-summary-0');
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('meetings list', () => {
  it('shows the latest first with who was present, items and decisions', async () => {
    open();
    await screen.findByTestId('meetings-table');
    expect(shownNumbers()).toEqual(['12', '3', '7']);
    const cells = [...screen.getByTestId('meeting-row-12').querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['15 May 2024', 'Board', '12', 'Molėtai', '7', '2', '1']);
    expect(text('meeting-row-3')).toContain('online');
  });

  it('filters by kind and year, and clears the filters', async () => {
    open();
    await screen.findByTestId('meetings-table');
    await fireEvent.change(screen.getByTestId('meetings-filter-kind'), { target: { value: 'selection-committee' } });
    expect(shownNumbers()).toEqual(['7']);
    await fireEvent.change(screen.getByTestId('meetings-filter-kind'), { target: { value: '' } });
    await fireEvent.change(screen.getByTestId('meetings-filter-year'), { target: { value: '2024' } });
    expect(shownNumbers()).toEqual(['12', '3']);
    expect(text('meetings-shown')).toBe('Showing 2 of 3 meetings');
    const years = screen.getByTestId('meetings-filter-year') as HTMLSelectElement;
    expect([...years.options].map((o) => o.value)).toEqual(['', '2024', '2023']);
    await fireEvent.change(screen.getByTestId('meetings-filter-kind'), { target: { value: 'board' } });
    expect(shownNumbers()).toEqual(['12']);
    await fireEvent.click(screen.getByTestId('meetings-clear'));
    expect(shownNumbers()).toHaveLength(3);
  });
});

describe('meeting detail', () => {
  it('lists who was present with their sectors, and the agenda in order', async () => {
    open();
    await openBoardMeeting();
    expect(text('page-title')).toBe('Board meeting No. 12');
    expect(text('meeting-present-count')).toBe('7 members present · Present: 6 of 9 (quorum needs 5)');
    expect(text('present-g1')).toBe('Senjorų draugija Civil society · not on the board that day');
    expect(text('agenda-item-0')).toContain('VP-2024-01');
    expect(screen.getByTestId('decision-record-1')).toBeTruthy();
    expect(screen.queryByTestId('decision-record-0')).toBeNull();
  });

  it('sums a decision up: the votes, the quorum, the voters by sector and who recused', async () => {
    open();
    await openBoardMeeting();
    expect(text('decision-summary-0-result')).toBe('Passed: 3 for, 1 against, 1 abstained');
    expect(text('decision-summary-0-quorum')).toBe('Quorum: 5 of 9 present, 5 needed');
    expect(text('decision-summary-0-voters')).toBe(
      'Voters: Public sector 2 (40.00%), Business sector 1 (20.00%), Civil society 2 (40.00%)',
    );
    expect(text('decision-summary-0-recusals')).toContain('UAB Žalias slėnis: Atstovauja pareiškėjui');
    expect(screen.queryByTestId('decision-summary-0-breach')).toBeNull();
  });

  it('says the same in Lithuanian', async () => {
    setLocale('lt');
    open();
    await openBoardMeeting();
    expect(text('page-title')).toBe('Valdybos posėdis Nr. 12');
    expect(text('decision-summary-0-result')).toBe('Priimtas: už 3, prieš 1, susilaikė 1');
    expect(text('decision-summary-0-quorum')).toBe('Kvorumas: dalyvauja 5 iš 9, reikia 5');
    expect(text('decision-summary-0-voters')).toBe(
      'Balsavo: Viešasis sektorius 2 (40,00 %), Verslo sektorius 1 (20,00 %), Pilietinės visuomenės sektorius 2 (40,00 %)',
    );
    expect(text('meeting-present-count')).toContain('Dalyvavo 7 nariai');
  });

  it('marks a decision taken without quorum and shows the reason recorded', async () => {
    open();
    await fireEvent.click(await screen.findByTestId('meeting-row-7'));
    await screen.findByTestId('decision-summary-0');
    expect(screen.getByTestId('decision-summary-0').classList).toContain('decision-breached');
    expect(text('decision-summary-0-breach')).toContain(
      'Decided without quorum: 4 of 9 could vote, 5 were needed. Recorded reason: Pakartotinis posėdis pagal įstatus',
    );
  });

  it('adds an agenda item on a project of the active strategy', async () => {
    const added = { ...boardMeeting, items: [...boardMeeting.items, { ...boardMeeting.items[1], id: 'i9', position: 2, title: 'Naujas' }] };
    const calls = open({ add_agenda_item: () => added });
    await openBoardMeeting();
    await fireEvent.click(screen.getByTestId('agenda-add'));
    await fireEvent.input(screen.getByTestId('agenda-title'), { target: { value: ' Naujas ' } });
    await fireEvent.change(screen.getByTestId('agenda-project'), { target: { value: 'pr2' } });
    await fireEvent.click(screen.getByTestId('agenda-save'));
    await screen.findByTestId('agenda-item-2');
    expect(calls.find((call) => call.command === 'add_agenda_item')?.args).toEqual({
      meetingId: 'mt1',
      input: { title: 'Naujas', projectId: 'pr2', callId: null },
    });
    expect(screen.queryByTestId('agenda-dialog')).toBeNull();
  });

  it('adds an item on the selection of a call, named after it, instead of a project', async () => {
    const added = { ...boardMeeting, items: [...boardMeeting.items, selectionItem] };
    const calls = open({ add_agenda_item: () => added });
    await openBoardMeeting();
    await fireEvent.click(screen.getByTestId('agenda-add'));
    await fireEvent.change(screen.getByTestId('agenda-project'), { target: { value: 'pr2' } });
    await fireEvent.change(screen.getByTestId('agenda-call'), { target: { value: 'c1' } });
    expect((screen.getByTestId('agenda-project') as HTMLSelectElement).value).toBe('');
    expect((screen.getByTestId('agenda-title') as HTMLInputElement).value).toBe('Selection of call 2024/1');
    await fireEvent.click(screen.getByTestId('agenda-save'));
    await screen.findByTestId('agenda-item-2');
    expect(calls.find((call) => call.command === 'add_agenda_item')?.args).toEqual({
      meetingId: 'mt1',
      input: { title: 'Selection of call 2024/1', projectId: null, callId: 'c1' },
    });
    expect(text('agenda-call-2')).toBe('Selection of call 2024/1');
    expect(text('decision-summary-2-moved')).toContain('Statuses set by the decision:');
    expect(['P-1', 'P-3', 'P-4'].map((number) => text(`decision-summary-2-moved-${number}`))).toEqual([
      'P-1 → Selected',
      'P-3 → Reserve list',
      'P-4 → Rejected',
    ]);
  });

  it('says which project moved on when a selection decision cannot be taken back', async () => {
    const withSelection = { ...boardMeeting, items: [...boardMeeting.items, selectionItem] };
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'selection', code: 'moved-on', args: { project: 'P-2', status: 'contracted' }, message: '', warning: false }],
    };
    setLocale('lv');
    open({
      get_meeting: () => withSelection,
      delete_decision: () => {
        throw refused;
      },
    });
    await openBoardMeeting();
    expect(text('decision-summary-2-moved-P-3')).toBe('P-3 → Rezerves sarakstā');
    await fireEvent.click(screen.getByTestId('decision-delete-2'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('agenda-error')).textContent).toContain(
      'Pēc šī lēmuma projekta iesnieguma P-2 statuss jau ir mainīts uz „Noslēgts līgums”: atlasi atsaukt nevar.',
    );
  });

  it('says why a meeting with decisions cannot be deleted', async () => {
    const refused: IpcError = {
      code: 'still-referenced',
      message: '',
      fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'meeting', code: '12', count: '1' }, message: '', warning: false }],
    };
    const calls = open({
      delete_meeting: () => {
        throw refused;
      },
    });
    await openBoardMeeting();
    await fireEvent.click(screen.getByTestId('meeting-delete'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('meeting-error')).textContent).toContain(
      '1 decision is recorded at this meeting: it cannot be deleted.',
    );
    expect(commandsOf(calls)).toContain('delete_meeting');
    expect(screen.getByTestId('meeting-detail')).toBeTruthy();
  });
});
