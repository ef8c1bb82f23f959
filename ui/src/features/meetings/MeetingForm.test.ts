// The meeting form: the attendance checklist (the board of the day first, or every member for the
// general assembly), the quorum hint as boxes are ticked, what it sends, and refused attendees.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Handlers } from '../../testing/backend';
import { boardIds, boardMeeting, members } from '../../testing/meetings';
import MeetingForm from './MeetingForm.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';
const listed = () => screen.queryAllByTestId(/^attendee-/).map((box) => box.dataset.testid?.replace('attendee-', ''));

function renderForm(handlers: Handlers = {}) {
  const calls = mockBackend({
    // p4 left the board in 2024: on earlier days it has nine members, later eight.
    get_board: (args) => ({
      on: args.on,
      memberIds: String(args.on) < '2024-01-01' ? boardIds : boardIds.filter((id) => id !== 'p4'),
      balance: { total: 0, sectors: [], publicOverLimit: false },
    }),
    ...handlers,
  });
  const onsaved = vi.fn();
  render(MeetingForm, { meeting: null, members, onsaved, oncancel: vi.fn() });
  return { calls, onsaved };
}

async function fill(date: string) {
  await fireEvent.input(screen.getByTestId('meeting-number'), { target: { value: ' 14 ' } });
  await fireEvent.input(screen.getByTestId('meeting-held-on'), { target: { value: date } });
  await fireEvent.input(screen.getByTestId('meeting-place'), { target: { value: 'Alanta' } });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('meeting form', () => {
  it('lists the board of the day first and counts its members present against the quorum', async () => {
    const { calls, onsaved } = renderForm({ create_meeting: (args) => ({ ...boardMeeting, id: 'new', ...(args.input as object) }) });
    await fill('2023-09-01');
    await vi.waitFor(() => expect(text('meeting-quorum-hint')).toBe('Present: 0 of 9 (quorum needs 5)'));
    // The board alphabetically, then the other member of that day; the one who left is not offered.
    expect(listed()).toEqual(['c1', 'p2', 'c2', 'p4', 'p3', 'p1', 'b3', 'b1', 'b2', 'g1']);
    for (const id of ['p1', 'b1', 'c1', 'g1']) await fireEvent.click(screen.getByTestId(`attendee-${id}`));
    expect(text('meeting-quorum-hint')).toBe('Present: 3 of 9 (quorum needs 5)');
    await fireEvent.click(screen.getByTestId('attendee-b1'));
    expect(text('meeting-quorum-hint')).toBe('Present: 2 of 9 (quorum needs 5)');
    await fireEvent.click(screen.getByTestId('meeting-online'));
    await fireEvent.click(screen.getByTestId('meeting-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(calls.find((call) => call.command === 'create_meeting')?.args).toEqual({
      input: { kind: 'board', number: '14', heldOn: '2023-09-01', place: 'Alanta', online: true, attendeeIds: ['p1', 'c1', 'g1'] },
    });
  });

  it('asks for the board again when the date changes', async () => {
    renderForm();
    await fill('2023-09-01');
    await vi.waitFor(() => expect(text('meeting-quorum-hint')).toBe('Present: 0 of 9 (quorum needs 5)'));
    await fireEvent.input(screen.getByTestId('meeting-held-on'), { target: { value: '2024-09-01' } });
    await vi.waitFor(() => expect(text('meeting-quorum-hint')).toBe('Present: 0 of 8 (quorum needs 5)'));
    expect(listed().slice(-2)).toEqual(['p4', 'g1']);
  });

  it('counts every member of the day for the general assembly', async () => {
    renderForm();
    await fill('2024-09-01');
    await fireEvent.change(screen.getByTestId('meeting-kind'), { target: { value: 'general-assembly' } });
    expect(listed()).toHaveLength(10);
    expect(text('meeting-quorum-hint')).toBe('Present: 0 of 10 (quorum needs 6)');
    await fireEvent.click(screen.getByTestId('attendee-g1'));
    expect(text('meeting-quorum-hint')).toBe('Present: 1 of 10 (quorum needs 6)');
  });

  it('shows a refused attendee under the checklist, and a taken number next to the number', async () => {
    const refused: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'attendeeIds.0', code: 'not-a-member-then', args: { member: 'Buvęs narys' }, message: '', warning: false }],
    };
    const taken: IpcError = {
      code: 'duplicate-code',
      message: '',
      fields: [{ field: 'code', code: 'duplicate-code', args: { code: '14' }, message: '', warning: false }],
    };
    let answer = refused;
    renderForm({
      create_meeting: () => {
        throw answer;
      },
    });
    await fill('2024-09-01');
    await fireEvent.click(screen.getByTestId('meeting-save'));
    expect((await screen.findByTestId('error-attendeeIds')).textContent).toBe(
      "Buvęs narys was not a member of the LAG on the meeting's date.",
    );
    answer = taken;
    await fireEvent.click(screen.getByTestId('meeting-save'));
    expect((await screen.findByTestId('error-number')).textContent).toBe('The number 14 is already used.');
  });
});
