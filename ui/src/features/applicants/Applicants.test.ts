// The applicants register: searching by name or code, sorting, correcting an applicant, and
// deleting one only while no application names it.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Applicant } from '../../lib/bindings/Applicant';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { applicants } from '../../testing/records';
import ApplicantsPage from './ApplicantsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';
const shownIds = () =>
  screen.queryAllByTestId(/^applicant-row-/).map((row) => row.dataset.testid?.replace('applicant-row-', ''));
const row = (id: string) => within(screen.getByTestId(`applicant-row-${id}`));

/** The backend's search: name or code containing the query, by name. */
const matching = (list: Applicant[], query: unknown) =>
  list.filter((a) => [a.name, a.code].some((part) => part.toLowerCase().includes(String(query).toLowerCase())));

function open(handlers: Handlers = {}) {
  const calls = mockBackend({ search_applicants: (args) => matching(applicants, args.query), ...handlers });
  render(ApplicantsPage);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('applicants register', () => {
  it('lists every applicant with its applications, and searches the name or code', async () => {
    const calls = open();
    await screen.findByTestId('applicants-table');
    expect(shownIds()).toEqual(['a1', 'a2', 'a3']);
    expect(row('a1').getByTestId('applicant-projects').textContent).toBe('2');
    expect(text('applicant-row-a3')).toContain('Farmer');
    expect(text('applicants-shown')).toBe('3 applicants');
    await fireEvent.input(screen.getByTestId('applicant-search'), { target: { value: ' 3022 ' } });
    await vi.waitFor(() => expect(shownIds()).toEqual(['a2']));
    expect(text('applicants-shown')).toBe('1 applicant');
    expect(calls.filter((call) => call.command === 'search_applicants').map((call) => call.args.query)).toEqual(['', '3022']);
    await fireEvent.input(screen.getByTestId('applicant-search'), { target: { value: 'nobody' } });
    expect(await screen.findByTestId('applicants-none')).toBeTruthy();
    expect(text('applicants-none')).toBe('No applicant matches the search.');
  });

  it('drops the answer to an older search', async () => {
    let answerFirst: (list: Applicant[]) => void = () => undefined;
    open({
      search_applicants: (args) =>
        args.query === 'a' ? new Promise<Applicant[]>((resolve) => (answerFirst = resolve)) : matching(applicants, args.query),
    });
    await screen.findByTestId('applicants-table');
    await fireEvent.input(screen.getByTestId('applicant-search'), { target: { value: 'a' } });
    await fireEvent.input(screen.getByTestId('applicant-search'), { target: { value: 'slėnis' } });
    await vi.waitFor(() => expect(shownIds()).toEqual(['a2']));
    answerFirst(applicants);
    // Lets the late answer travel through the mock and the page (macrotasks come after microtasks).
    await new Promise((resolve) => setTimeout(resolve));
    expect(shownIds()).toEqual(['a2']);
  });

  it('says when there are no applicants at all', async () => {
    open({ search_applicants: () => [] });
    expect((await screen.findByTestId('applicants-empty')).textContent).toContain('No applicants yet');
  });

  it('sorts by a column: the number of applications, then the type as shown', async () => {
    open();
    await screen.findByTestId('applicants-table');
    await fireEvent.click(screen.getByTestId('applicants-sort-applications'));
    expect(shownIds()).toEqual(['a3', 'a2', 'a1']);
    await fireEvent.click(screen.getByTestId('applicants-sort-applications'));
    expect(shownIds()).toEqual(['a1', 'a2', 'a3']);
    expect(screen.getByTestId('applicants-sort-applications').closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(screen.getByTestId('applicants-sort-kind'));
    expect(shownIds()).toEqual(['a2', 'a1', 'a3']);
  });

  it('corrects an applicant in the dialog and shows the change', async () => {
    let list = applicants;
    const calls = open({
      search_applicants: (args) => matching(list, args.query),
      update_applicant: (args) => {
        const updated = { ...applicants[1], ...(args.input as object) };
        list = list.map((a) => (a.id === args.id ? updated : a));
        return updated;
      },
    });
    await screen.findByTestId('applicants-table');
    await fireEvent.click(row('a2').getByTestId('edit-applicant'));
    expect(text('page-title')).toBe('Applicants');
    expect(within(screen.getByTestId('applicant-dialog')).getByRole('heading').textContent).toBe('Edit applicant');
    expect((screen.getByTestId('applicant-name') as HTMLInputElement).value).toBe('UAB Žalias slėnis');
    expect((screen.getByTestId('applicant-code') as HTMLInputElement).value).toBe('302222222');
    await fireEvent.input(screen.getByTestId('applicant-eldership'), { target: { value: 'Alantos' } });
    await fireEvent.click(screen.getByTestId('applicant-save'));
    await vi.waitFor(() => expect(text('applicant-row-a2')).toContain('Alantos'));
    expect(screen.queryByTestId('applicant-dialog')).toBeNull();
    expect(calls.find((call) => call.command === 'update_applicant')?.args).toEqual({
      id: 'a2',
      input: { name: 'UAB Žalias slėnis', kind: 'business', code: '302222222', municipality: 'Molėtų r.', eldership: 'Alantos' },
    });
  });

  it('deletes only an applicant without applications, after asking', async () => {
    let list = applicants;
    const calls = open({
      search_applicants: (args) => matching(list, args.query),
      delete_applicant: (args) => {
        list = list.filter((a) => a.id !== args.id);
        return null;
      },
    });
    await screen.findByTestId('applicants-table');
    const blocked = row('a1').getByTestId('delete-applicant') as HTMLButtonElement;
    expect(blocked.disabled).toBe(true);
    expect(blocked.title).toBe('Cannot be deleted: named in 2 applications.');
    expect((row('a2').getByTestId('delete-applicant') as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(row('a3').getByTestId('delete-applicant'));
    expect(text('confirm-message')).toContain('Ūkininkas Jonas Petraitis');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(commandsOf(calls)).not.toContain('delete_applicant');

    await fireEvent.click(row('a3').getByTestId('delete-applicant'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await vi.waitFor(() => expect(shownIds()).toEqual(['a1', 'a2']));
    expect(calls.find((call) => call.command === 'delete_applicant')?.args).toEqual({ id: 'a3' });
    expect(document.activeElement).toBe(screen.getByTestId('applicant-search'));
  });

  it('says why the backend refused a delete, in Lithuanian too', async () => {
    setLocale('lt');
    open({
      delete_applicant: () => {
        throw {
          code: 'still-referenced',
          message: '',
          fields: [{ field: 'id', code: 'still-referenced', args: { entity: 'applicant', code: 'X', count: '1' }, message: '', warning: false }],
        };
      },
    });
    await screen.findByTestId('applicants-table');
    await fireEvent.click(row('a3').getByTestId('delete-applicant'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('applicants-error')).textContent).toContain(
      'Šis pareiškėjas turi 1 paraišką: jo ištrinti negalima.',
    );
  });
});
