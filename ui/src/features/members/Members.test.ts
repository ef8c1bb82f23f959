// The members page: the board today with its sector balance (and the warning when the public sector
// holds too much), the members table with its search, sector filter, sorting and totals, and deleting
// a member unless it attended meetings.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../lib/format';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { balancedBoard, members, publicHeavyBoard } from '../../testing/members';
import { applicants } from '../../testing/records';
import MembersPage from './MembersPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shownIds = () => screen.queryAllByTestId(/^member-row-/).map((row) => row.dataset.testid?.replace('member-row-', ''));
/** A banner's message, without its marker. */
const banner = (testid: string) =>
  screen.getByTestId(testid).querySelector('.banner-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const row = (id: string) => within(screen.getByTestId(`member-row-${id}`));

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_members: () => members,
    get_board: (args) => balancedBoard(String(args.on)),
    search_applicants: () => applicants,
    ...handlers,
  });
  render(MembersPage);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('members table', () => {
  it('lists every member with its sector, dates, board seat today and linked applicants', async () => {
    const calls = open();
    await screen.findByTestId('members-table');
    expect(shownIds()).toEqual(['mb1', 'mb2', 'mb3', 'mb4', 'mb5']);
    expect(text('member-row-mb2')).toContain('Person');
    expect(text('member-row-mb2')).toContain('Civil society');
    expect(text('member-row-mb2')).toContain('1 February 2018');
    expect(text('member-row-mb2')).toContain('31 December 2023');
    expect(row('mb3').getByTestId('member-on-board').textContent).toBe('Yes');
    expect(row('mb5').getByTestId('member-on-board').textContent).toBe('No');
    expect(row('mb4').getByTestId('member-applicants').textContent).toBe('2');
    expect(row('mb4').getByTestId('member-applicants').title).toBe('UAB Žalias slėnis, Ūkininkas Jonas Petraitis');
    expect(text('members-summary')).toBe('5 members: 2 public, 1 business, 2 civil society');
    expect(calls.find((call) => call.command === 'get_board')?.args).toEqual({ on: isoDate(new Date()) });
  });

  it('searches the name or contact and filters by sector, with totals of the members shown', async () => {
    open();
    await screen.findByTestId('members-table');
    await fireEvent.input(screen.getByTestId('member-search'), { target: { value: ' EXAMPLE.lt ' } });
    expect(shownIds()).toEqual(['mb2']);
    expect(text('members-summary')).toBe('1 member: 0 public, 0 business, 1 civil society');
    await fireEvent.input(screen.getByTestId('member-search'), { target: { value: '' } });
    await fireEvent.change(screen.getByTestId('member-filter-sector'), { target: { value: 'public' } });
    expect(shownIds()).toEqual(['mb3', 'mb5']);
    expect(text('members-summary')).toBe('2 members: 2 public, 0 business, 0 civil society');
    await fireEvent.input(screen.getByTestId('member-search'), { target: { value: 'nobody' } });
    expect(text('members-none')).toBe('No member matches the search.');
  });

  it('sums the sectors in Lithuanian and Latvian grammar', async () => {
    setLocale('lt');
    open();
    await screen.findByTestId('members-table');
    expect(text('members-summary')).toBe('5 nariai: viešojo sektoriaus – 2, verslo – 1, pilietinės visuomenės – 2');
    setLocale('lv');
    await vi.waitFor(() =>
      expect(text('members-summary')).toBe('5 biedri: publiskais sektors – 2, uzņēmēju sektors – 1, nevalstiskais sektors – 2'),
    );
  });

  it('sorts by a column: the sector in its order, the board seat, then the linked applicants', async () => {
    open();
    await screen.findByTestId('members-table');
    await fireEvent.click(screen.getByTestId('members-sort-sector'));
    expect(shownIds()).toEqual(['mb3', 'mb5', 'mb4', 'mb1', 'mb2']);
    await fireEvent.click(screen.getByTestId('members-sort-on-board'));
    await fireEvent.click(screen.getByTestId('members-sort-on-board'));
    expect(shownIds()).toEqual(['mb1', 'mb3', 'mb4', 'mb2', 'mb5']);
    expect(screen.getByTestId('members-sort-on-board').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(screen.getByTestId('members-sort-applicants'));
    expect(shownIds()).toEqual(['mb2', 'mb3', 'mb5', 'mb1', 'mb4']);
  });

  it('says when there are no members at all', async () => {
    open({ list_members: () => [] });
    expect((await screen.findByTestId('members-empty')).textContent).toContain('No members yet');
    expect(screen.getByTestId('member-new')).toBeTruthy();
  });
});

describe('the board today', () => {
  it('shows how many sit on the board and the share of each sector, without a warning when balanced', async () => {
    open();
    await screen.findByTestId('board-card');
    expect(text('board-count')).toBe('3 members on the board');
    expect(text('board-sector-public')).toBe('Public sector 1 member 33.33%');
    expect(text('board-sector-business')).toBe('Business sector 1 member 33.33%');
    expect(text('board-sector-civil')).toBe('Civil society 1 member 33.33%');
    expect(screen.queryByTestId('board-public-warning')).toBeNull();
  });

  it('warns when the public sector holds more than 49 % of the votes', async () => {
    open({ get_board: (args) => publicHeavyBoard(String(args.on)) });
    await screen.findByTestId('board-public-warning');
    expect(banner('board-public-warning')).toBe("The public sector holds 66.67% of the board's votes; at most 49% is allowed.");
    expect(text('board-sector-public')).toBe('Public sector 2 members 66.67%');
    expect(text('board-sector-civil')).toBe('Civil society 0 members 0.00%');
  });

  it('warns in Lithuanian too, with the counts declined', async () => {
    setLocale('lt');
    open({ get_board: (args) => publicHeavyBoard(String(args.on)) });
    await screen.findByTestId('board-public-warning');
    expect(banner('board-public-warning')).toBe('Viešajam sektoriui tenka 66,67 % valdybos balsų; leidžiama ne daugiau kaip 49 %.');
    expect(text('board-count')).toBe('Valdyboje 3 nariai');
    expect(text('board-sector-public')).toBe('Viešasis sektorius 2 nariai 66,67 %');
    expect(text('board-sector-business')).toBe('Verslo sektorius 1 narys 33,33 %');
  });

  it('says when nobody sits on the board', async () => {
    open({ get_board: (args) => ({ ...balancedBoard(String(args.on)), memberIds: [], balance: { total: 0, sectors: [], publicOverLimit: false } }) });
    await screen.findByTestId('board-card');
    expect(text('board-count')).toBe('0 members on the board');
    expect(text('board-empty')).toContain('Nobody sits on the board today');
  });
});

describe('deleting a member', () => {
  it('deletes after asking, and reloads the list and the board', async () => {
    let list = members;
    const calls = open({
      list_members: () => list,
      delete_member: (args) => {
        list = list.filter((m) => m.id !== args.id);
        return null;
      },
    });
    await screen.findByTestId('members-table');
    await fireEvent.click(row('mb2').getByTestId('delete-member'));
    expect(text('confirm-message')).toContain('Jonas Petraitis');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(commandsOf(calls)).not.toContain('delete_member');

    await fireEvent.click(row('mb2').getByTestId('delete-member'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await vi.waitFor(() => expect(shownIds()).toEqual(['mb1', 'mb3', 'mb4', 'mb5']));
    expect(calls.find((call) => call.command === 'delete_member')?.args).toEqual({ id: 'mb2' });
    expect(commandsOf(calls).filter((command) => command === 'get_board')).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByTestId('member-search'));
  });

  const refusal = (count: string) => () => {
    throw {
      code: 'still-referenced',
      message: '',
      fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'member', code: 'Utenos kolegija', count }, message: '', warning: false }],
    };
  };

  it('says why the backend refused: the member attended meetings', async () => {
    open({ delete_member: refusal('3') });
    await screen.findByTestId('members-table');
    await fireEvent.click(row('mb5').getByTestId('delete-member'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('members-error');
    expect(banner('members-error')).toBe('This member attended 3 meetings: it cannot be deleted.');
    expect(shownIds()).toContain('mb5');
  });

  it('says it in Lithuanian and Latvian grammar too', async () => {
    setLocale('lt');
    open({ delete_member: refusal('12') });
    await screen.findByTestId('members-table');
    await fireEvent.click(row('mb5').getByTestId('delete-member'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('members-error');
    expect(banner('members-error')).toBe('Šis narys dalyvavo 12 posėdžių: jo ištrinti negalima.');
    setLocale('lv');
    await vi.waitFor(() => expect(banner('members-error')).toBe('Šis biedrs ir piedalījies 12 sēdēs: to nevar dzēst.'));
  });
});
