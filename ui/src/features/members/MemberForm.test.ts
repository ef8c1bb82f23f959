// The member dialog: a new member with board terms and a linked applicant, editing one (its linked
// applicants shown by name), the keyboard in the applicant search, and the backend's problems shown
// next to one term's date or one linked applicant.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Applicant } from '../../lib/bindings/Applicant';
import type { Member } from '../../lib/bindings/Member';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { balancedBoard, members } from '../../testing/members';
import { applicants } from '../../testing/records';
import MembersPage from './MembersPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;
const type = (testid: string, value: string) => fireEvent.input(screen.getByTestId(testid), { target: { value } });

/** The backend's search: name or code containing the query, by name. */
const matching = (query: unknown) =>
  applicants.filter((a: Applicant) => [a.name, a.code].some((part) => part.toLowerCase().includes(String(query).toLowerCase())));

async function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_members: () => members,
    get_board: (args) => balancedBoard(String(args.on)),
    search_applicants: (args) => matching(args.query),
    ...handlers,
  });
  render(MembersPage);
  await screen.findByTestId('members-table');
  return calls;
}

const invalid = (problems: { field: string; code: string; args?: Record<string, string> }[]) => () => {
  throw {
    code: 'invalid',
    message: '',
    fields: problems.map(({ field, code, args = {} }) => ({ field, code, args, message: '', warning: false })),
  };
};

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('member form', () => {
  it('adds a member with two board terms and a linked applicant', async () => {
    const created: Member = { ...members[0], id: 'mb9', name: 'Daugailių kaimo bendruomenė' };
    const calls = await open({ create_member: () => created });
    await fireEvent.click(screen.getByTestId('member-new'));
    expect(within(screen.getByTestId('member-dialog')).getByRole('heading').textContent).toBe('New member');
    expect(document.activeElement).toBe(screen.getByTestId('member-name'));
    expect(text('member-terms-none')).toBe('No board terms.');

    await type('member-name', ' Daugailių kaimo bendruomenė ');
    await fireEvent.change(screen.getByTestId('member-kind'), { target: { value: 'organisation' } });
    await fireEvent.change(screen.getByTestId('member-sector'), { target: { value: 'civil' } });
    await type('member-contact', 'pirmininkė Aldona, +370 611 11111');
    await type('member-joined-on', '2016-04-01');
    await fireEvent.click(screen.getByTestId('member-term-add'));
    expect(document.activeElement).toBe(screen.getByTestId('member-term-start-0'));
    await type('member-term-start-0', '2016-04-01');
    await type('member-term-end-0', '2019-03-31');
    await fireEvent.click(screen.getByTestId('member-term-add'));
    await type('member-term-start-1', '2023-04-01');
    await fireEvent.click(screen.getByTestId('member-term-add'));
    await fireEvent.click(screen.getByTestId('member-term-remove-2'));
    expect(screen.queryByTestId('member-term-start-2')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('member-term-add'));

    await type('member-applicant-search', 'petrait');
    await vi.waitFor(() => expect(text('member-applicant-option-0')).toContain('Ūkininkas Jonas Petraitis'));
    await fireEvent.mouseDown(screen.getByTestId('member-applicant-option-0'));
    expect(text('member-applicant-0')).toContain('Ūkininkas Jonas Petraitis');
    expect(input('member-applicant-search').value).toBe('');

    await fireEvent.click(screen.getByTestId('member-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('member-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'create_member')?.args).toEqual({
      input: {
        name: 'Daugailių kaimo bendruomenė',
        kind: 'organisation',
        sector: 'civil',
        contact: 'pirmininkė Aldona, +370 611 11111',
        joinedOn: '2016-04-01',
        leftOn: null,
        applicantIds: ['a3'],
        boardTerms: [
          { startsOn: '2016-04-01', endsOn: '2019-03-31' },
          { startsOn: '2023-04-01', endsOn: null },
        ],
      },
    });
    expect(commandsOf(calls).filter((command) => command === 'list_members')).toHaveLength(2);
  });

  it('edits a member: its linked applicants by name, one removed, the left date set', async () => {
    const calls = await open({ update_member: (args) => ({ ...members[3], ...(args.input as object) }) });
    await fireEvent.click(within(screen.getByTestId('member-row-mb4')).getByTestId('edit-member'));
    expect(within(screen.getByTestId('member-dialog')).getByRole('heading').textContent).toBe('Edit member');
    expect(input('member-name').value).toBe('UAB Žalias slėnis');
    expect(input('member-term-start-0').value).toBe('2019-01-01');
    expect(input('member-term-end-0').value).toBe('');
    expect(text('member-applicant-0')).toContain('UAB Žalias slėnis');
    expect(text('member-applicant-1')).toContain('Ūkininkas Jonas Petraitis');

    await fireEvent.click(screen.getByTestId('member-applicant-remove-0'));
    expect(document.activeElement).toBe(screen.getByTestId('member-applicant-search'));
    await type('member-left-on', '2024-06-30');
    await type('member-term-end-0', '2024-06-30');
    await fireEvent.click(screen.getByTestId('member-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('member-dialog')).toBeNull());
    expect(calls.find((call) => call.command === 'update_member')?.args).toEqual({
      id: 'mb4',
      input: {
        name: 'UAB Žalias slėnis',
        kind: 'organisation',
        sector: 'business',
        contact: '',
        joinedOn: '2016-05-10',
        leftOn: '2024-06-30',
        applicantIds: ['a3'],
        boardTerms: [{ startsOn: '2019-01-01', endsOn: '2024-06-30' }],
      },
    });
  });

  it('links with the keyboard: ↓ and Enter pick a match, Escape closes the list before the dialog', async () => {
    await open();
    await fireEvent.click(screen.getByTestId('member-new'));
    const search = screen.getByTestId('member-applicant-search');
    search.focus();
    await type('member-applicant-search', 'a');
    await screen.findByTestId('member-applicant-option-2');
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(screen.getByTestId('member-applicant-option-1').getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(text('member-applicant-0')).toContain('UAB Žalias slėnis');
    expect(screen.getByTestId('member-dialog')).toBeTruthy();

    await type('member-applicant-search', 'a');
    // The linked applicant is not offered again.
    await vi.waitFor(() => expect(screen.queryAllByTestId(/^member-applicant-option-/)).toHaveLength(2));
    await fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.queryByTestId('member-applicant-option-0')).toBeNull();
    expect(screen.getByTestId('member-dialog')).toBeTruthy();
    await fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.queryByTestId('member-dialog')).toBeNull();
  });

  it('shows a term ending before it starts next to that term, with the start date formatted', async () => {
    const calls = await open({
      update_member: invalid([{ field: 'boardTerms.0.endsOn', code: 'ends-before-start', args: { start: '2019-01-01' } }]),
    });
    await fireEvent.click(within(screen.getByTestId('member-row-mb4')).getByTestId('edit-member'));
    await type('member-term-end-0', '2018-12-31');
    await fireEvent.click(screen.getByTestId('member-save'));
    expect((await screen.findByTestId('error-boardTerms-0-endsOn')).textContent?.trim()).toBe('Must not be before 1 January 2019.');
    expect(input('member-term-end-0').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('member-term-end-0'));
    expect(text('form-error')).toContain('Please correct the marked fields.');
    expect(screen.getByTestId('member-dialog')).toBeTruthy();
    expect(commandsOf(calls)).toContain('update_member');
  });

  it('shows overlapping terms and an unknown applicant next to their fields, in Lithuanian', async () => {
    setLocale('lt');
    await open({
      update_member: invalid([
        { field: 'boardTerms.1.startsOn', code: 'terms-overlap' },
        { field: 'applicantIds.0', code: 'unknown-applicant' },
      ]),
    });
    await fireEvent.click(within(screen.getByTestId('member-row-mb4')).getByTestId('edit-member'));
    await fireEvent.click(screen.getByTestId('member-term-add'));
    await type('member-term-start-1', '2020-01-01');
    await fireEvent.click(screen.getByTestId('member-save'));
    expect((await screen.findByTestId('error-boardTerms-1-startsOn')).textContent?.trim()).toBe(
      'Sutampa su kita šio nario kadencija valdyboje.',
    );
    expect(text('error-applicantIds-0')).toBe('Pasirinkite pareiškėją iš sąrašo arba užregistruokite naują.');
  });
});
