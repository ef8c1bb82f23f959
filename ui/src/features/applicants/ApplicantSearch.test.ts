// The applicant search shared by the project form's picker and the member's linked applicants: the
// matches of what is typed, the keyboard, applicants not offered, a failed search, and the field's
// text left to the caller.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Applicant } from '../../lib/bindings/Applicant';
import { problem, type Problems } from '../../lib/problems';
import { mockBackend, type Handlers } from '../../testing/backend';
import { applicants } from '../../testing/records';
import ApplicantSearch from './ApplicantSearch.svelte';

const field = () => screen.getByTestId('search') as HTMLInputElement;
const options = () => screen.queryAllByTestId(/^option-/).map((option) => option.firstChild?.textContent?.trim());
const matching = (query: unknown) =>
  applicants.filter((a) => [a.name, a.code].some((part) => part.toLowerCase().includes(String(query).toLowerCase())));

type Options = Partial<{ exclude: string[]; listOnFocus: boolean; problems: Problems }>;

function open(props: Options = {}, handlers: Handlers = {}) {
  const picked: Applicant[] = [];
  const calls = mockBackend({ search_applicants: (args) => matching(args.query), ...handlers });
  const view = render(ApplicantSearch, {
    id: 'search',
    label: 'Applicant',
    field: 'applicantId',
    query: '',
    optionTestid: 'option',
    listTestid: 'options',
    none: 'Nothing matches.',
    onpick: (applicant: Applicant) => picked.push(applicant),
    ...props,
  });
  return { picked, calls, view };
}

afterEach(() => clearMocks());

describe('applicant search', () => {
  it('lists the matches of what is typed, with their details, and picks one with the mouse', async () => {
    const { picked } = open();
    await fireEvent.input(field(), { target: { value: 'UAB' } });
    await vi.waitFor(() => expect(options()).toEqual(['UAB Žalias slėnis']));
    expect(screen.getByTestId('option-0').textContent).toContain('302222222 · Molėtų r.');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    await fireEvent.mouseDown(screen.getByTestId('option-0'));
    expect(picked.map((a) => a.id)).toEqual(['a2']);
    expect(screen.queryByTestId('options')).toBeNull();
    // The caller decides what the field holds then.
    expect(field().value).toBe('UAB');
  });

  it('moves through the matches with the arrows, round the ends, and picks with Enter', async () => {
    const { picked } = open();
    field().focus();
    await vi.waitFor(() => expect(options()).toHaveLength(3));
    expect(screen.getByTestId('option-0').getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(screen.getByTestId('option-2').getAttribute('aria-selected')).toBe('true');
    expect(field().getAttribute('aria-activedescendant')).toBe(screen.getByTestId('option-2').id);
    await fireEvent.keyDown(field(), { key: 'ArrowDown' });
    await fireEvent.keyDown(field(), { key: 'ArrowDown' });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    field().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(picked.map((a) => a.id)).toEqual(['a2']);
  });

  it('closes the list with Escape without letting the key reach a dialog around it', async () => {
    open();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    field().focus();
    await screen.findByTestId('options');
    await fireEvent.keyDown(field(), { key: 'Escape' });
    expect(screen.queryByTestId('options')).toBeNull();
    expect(outside).not.toHaveBeenCalled();
    // Closed, Escape is the dialog's again; an arrow opens the list once more.
    await fireEvent.keyDown(field(), { key: 'Escape' });
    expect(outside).toHaveBeenCalledOnce();
    document.removeEventListener('keydown', outside);
    await fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(await screen.findByTestId('options')).toBeTruthy();
  });

  it('does not offer the applicants excluded, and says when nothing is left', async () => {
    open({ exclude: ['a1', 'a3'] });
    await fireEvent.input(field(), { target: { value: 'a' } });
    await vi.waitFor(() => expect(options()).toEqual(['UAB Žalias slėnis']));
    await fireEvent.input(field(), { target: { value: 'petrait' } });
    await vi.waitFor(() => expect(screen.getByTestId('options').textContent?.trim()).toBe('Nothing matches.'));
  });

  it('lists nothing on entering the field when told not to', async () => {
    const { calls } = open({ listOnFocus: false });
    field().focus();
    await fireEvent.focus(field());
    expect(calls).toEqual([]);
  });

  it("shows a failed search next to the field, unless the form's own problem is there", async () => {
    const failing = { search_applicants: () => Promise.reject(new Error('offline')) };
    const { view } = open({}, failing);
    await fireEvent.input(field(), { target: { value: 'a' } });
    await vi.waitFor(() => expect(screen.getByTestId('error-applicantId').textContent).toContain('could not be searched'));
    expect(field().getAttribute('aria-invalid')).toBe('true');
    await view.rerender({ problems: { applicantId: problem('required') } });
    expect(screen.getByTestId('error-applicantId').textContent).not.toContain('could not be searched');
  });

  it('drops the answer to an older search', async () => {
    let answerFirst: (list: Applicant[]) => void = () => undefined;
    open({}, {
      search_applicants: (args) =>
        args.query === 'a' ? new Promise<Applicant[]>((resolve) => (answerFirst = resolve)) : matching(args.query),
    });
    await fireEvent.input(field(), { target: { value: 'a' } });
    await fireEvent.input(field(), { target: { value: 'petrait' } });
    await vi.waitFor(() => expect(options()).toEqual(['Ūkininkas Jonas Petraitis']));
    answerFirst(applicants);
    await new Promise((resolve) => setTimeout(resolve));
    expect(options()).toEqual(['Ūkininkas Jonas Petraitis']);
  });
});
