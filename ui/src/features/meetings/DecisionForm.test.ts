// The decision form: votes "for" by default for the body present, a declared conflict clearing and
// locking the vote, the live count, the backend's problems next to the votes and conflicts, and a
// missing quorum that asks why the decision stands before it is saved with the reason; on a call's
// selection, what a passed decision will do and why the backend refuses it.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../lib/bindings/AgendaItem';
import type { FieldProblem } from '../../lib/bindings/FieldProblem';
import type { IpcError } from '../../lib/bindings/IpcError';
import type { Project } from '../../lib/bindings/Project';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Args, type Handlers } from '../../testing/backend';
import { boardIds, boardMeeting, members } from '../../testing/meetings';
import { projects } from '../../testing/records';
import { selection } from '../../testing/selection';
import DecisionForm from './DecisionForm.svelte';
import { applicantsDecided } from './decisionDraft';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';
const select = (testid: string) => screen.getByTestId(testid) as HTMLSelectElement;
const refusal = (...fields: Omit<FieldProblem, 'message' | 'warning'>[]): IpcError => ({
  code: 'invalid',
  message: '',
  fields: fields.map((found) => ({ ...found, message: '', warning: false })),
});

/** The open item without a project, or (with `project`) a new item deciding on it. */
function renderForm(handlers: Handlers, project: Project | null = null, item: AgendaItem = { ...boardMeeting.items[1], projectId: project?.id ?? null }) {
  const calls = mockBackend(handlers);
  const onsaved = vi.fn();
  const applicants = applicantsDecided(item, projects);
  render(DecisionForm, { meeting: boardMeeting, item, members, bodyIds: boardIds, applicants, onsaved, oncancel: vi.fn() });
  return { calls, onsaved };
}

/** The open item, deciding on the selection of call 2024/1. */
const selectionItem: AgendaItem = { ...boardMeeting.items[1], title: 'Kvietimo 2024/1 projektų atranka', callId: 'c1', callNumber: '2024/1' };

const inputs = (calls: { command: string; args: Args }[]) =>
  calls.filter((call) => call.command === 'record_decision').map((call) => (call.args as { input: unknown }).input);

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('decision form', () => {
  it('has the board members present vote for, and the others not vote, and counts them', () => {
    renderForm({});
    expect(['p1', 'p2', 'b1', 'b2', 'c1', 'c2'].map((id) => select(`vote-${id}`).value)).toEqual(Array(6).fill('for'));
    expect(select('vote-g1').value).toBe('');
    expect(text('vote-row-g1')).toContain('not on the board that day');
    expect(text('decision-live-votes')).toBe('6 for, 0 against, 0 abstained');
    expect(text('decision-live-quorum')).toBe('Can vote: 6 of 9, quorum needs 5');
    expect(text('decision-live-public')).toBe('Public sector: 33.33% of those voting (at most 49 %)');
    expect(screen.queryByTestId('decision-override-reason')).toBeNull();
  });

  it('clears and locks the vote of a member who declares a conflict of interest, and sends it', async () => {
    const { calls, onsaved } = renderForm({ record_decision: () => boardMeeting });
    await fireEvent.input(screen.getByTestId('decision-text'), { target: { value: ' Pritarti ' } });
    expect(screen.queryByTestId('recuse-reason-p2')).toBeNull();
    await fireEvent.click(screen.getByTestId('recuse-p2'));
    expect(select('vote-p2').value).toBe('');
    expect(select('vote-p2').disabled).toBe(true);
    await fireEvent.input(screen.getByTestId('recuse-reason-p2'), { target: { value: 'Giminystės ryšys' } });
    await fireEvent.change(select('vote-c2'), { target: { value: 'against' } });
    await fireEvent.change(select('vote-b2'), { target: { value: 'abstain' } });
    expect(text('decision-live-votes')).toBe('3 for, 1 against, 1 abstained');
    expect(text('decision-live-quorum')).toBe('Can vote: 5 of 9, quorum needs 5');
    await fireEvent.click(screen.getByTestId('decision-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(inputs(calls)).toEqual([
      {
        text: 'Pritarti',
        votes: [
          { memberId: 'p1', vote: 'for' },
          { memberId: 'b1', vote: 'for' },
          { memberId: 'b2', vote: 'abstain' },
          { memberId: 'c1', vote: 'for' },
          { memberId: 'c2', vote: 'against' },
        ],
        recusals: [{ memberId: 'p2', reason: 'Giminystės ryšys' }],
        overrideReason: '',
      },
    ]);
  });

  it('has a member linked to the applicant of the project declare the conflict', () => {
    renderForm({}, projects[0]);
    expect((screen.getByTestId('recuse-b1') as HTMLInputElement).checked).toBe(true);
    expect(select('vote-b1').disabled).toBe(true);
    expect((screen.getByTestId('recuse-reason-b1') as HTMLInputElement).value).toBe('Linked to the applicant UAB Žalias slėnis');
    expect(text('vote-row-b1')).toContain('linked to UAB Žalias slėnis');
  });

  it('shows what the backend refuses next to the votes and the conflicts, and marks the rows', async () => {
    renderForm({
      record_decision: () => {
        throw refusal(
          { field: 'votes', code: 'voter-not-present', args: { member: 'Senjorų draugija' } },
          { field: 'recusals', code: 'linked-not-recused', args: { member: 'UAB Medis', applicant: 'UAB Žalias slėnis' } },
        );
      },
    });
    await fireEvent.input(screen.getByTestId('decision-text'), { target: { value: 'Pritarti' } });
    await fireEvent.change(select('vote-g1'), { target: { value: 'for' } });
    await fireEvent.click(screen.getByTestId('decision-save'));
    expect((await screen.findByTestId('error-votes')).textContent).toBe(
      'Senjorų draugija is not a present member of the body that decides, and cannot vote.',
    );
    expect(text('error-recusals')).toBe(
      'UAB Medis is linked to the applicant UAB Žalias slėnis and must declare a conflict of interest.',
    );
    expect(select('vote-g1').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(select('vote-g1'));
  });

  it('asks why a decision without quorum stands, and saves it with the reason', async () => {
    const noQuorum = refusal({ field: 'overrideReason', code: 'no-quorum', args: { eligible: '4', body: '9', needed: '5' } });
    const { calls, onsaved } = renderForm({
      record_decision: (args) => {
        if ((args.input as { overrideReason: string }).overrideReason === '') throw noQuorum;
        return boardMeeting;
      },
    });
    await fireEvent.input(screen.getByTestId('decision-text'), { target: { value: 'Pritarti' } });
    for (const id of ['p1', 'p2']) await fireEvent.click(screen.getByTestId(`recuse-${id}`));
    expect(text('decision-live-quorum')).toBe('Can vote: 4 of 9, quorum needs 5');
    await fireEvent.click(screen.getByTestId('decision-save'));
    expect((await screen.findByTestId('error-overrideReason')).textContent).toBe(
      'No quorum: only 4 of 9 members could vote, and 5 are needed.',
    );
    expect(onsaved).not.toHaveBeenCalled();
    const reason = screen.getByTestId('decision-override-reason');
    expect(document.activeElement).toBe(reason);
    await fireEvent.input(reason, { target: { value: ' Pakartotinis posėdis ' } });
    await fireEvent.click(screen.getByTestId('decision-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(inputs(calls).map((input) => (input as { overrideReason: string }).overrideReason)).toEqual(['', 'Pakartotinis posėdis']);
  });

  it('explains the quorum in Lithuanian', async () => {
    setLocale('lt');
    renderForm({
      record_decision: () => {
        throw refusal({ field: 'overrideReason', code: 'no-quorum', args: { eligible: '4', body: '21', needed: '11' } });
      },
    });
    await fireEvent.input(screen.getByTestId('decision-text'), { target: { value: 'Pritarti' } });
    await fireEvent.click(screen.getByTestId('decision-save'));
    expect((await screen.findByTestId('error-overrideReason')).textContent).toBe(
      'Kvorumo nėra: balsuoti gali tik 4 iš 21 nario, o reikia 11.',
    );
  });
});

describe('decision on the selection of a call', () => {
  it('shows what a passed decision will do, and which applications still wait for scores', async () => {
    const { calls } = renderForm({ get_selection: () => selection }, null, selectionItem);
    expect((await screen.findByTestId('selection-preview-selected')).textContent?.replace(/\s+/g, ' ').trim()).toBe('P-2, P-1 → Selected');
    expect(text('selection-preview-reserve').replace(/\s+/g, ' ')).toBe('P-5, P-3 → Reserve list');
    expect(text('selection-preview-rejected').replace(/\s+/g, ' ')).toBe('P-4 → Rejected');
    expect(text('selection-preview-waiting')).toContain(
      'P-7 has no score sheet yet: the decision cannot be recorded until every admissible application is scored.',
    );
    expect(calls.find((call) => call.command === 'get_selection')?.args).toEqual({ callId: 'c1' });
  });

  it('has members linked to any applicant of the call declare the conflict', async () => {
    renderForm({ get_selection: () => selection }, null, selectionItem);
    await screen.findByTestId('selection-preview-selected');
    expect((screen.getByTestId('recuse-b1') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('recuse-reason-b1') as HTMLInputElement).value).toBe('Linked to the applicant UAB Žalias slėnis');
    expect((screen.getByTestId('recuse-c1') as HTMLInputElement).checked).toBe(false);
  });

  it('shows why the backend refuses the selection next to the preview', async () => {
    setLocale('lt');
    const { onsaved } = renderForm(
      {
        get_selection: () => selection,
        record_decision: () => {
          throw refusal({ field: 'selection', code: 'applications-unscored', args: { projects: 'P-7', call: '2024/1' } });
        },
      },
      null,
      selectionItem,
    );
    await screen.findByTestId('selection-preview-waiting');
    expect(text('selection-preview-waiting')).toContain(
      'Paraiška P-7 dar neturi vertinimo lapo: sprendimo įrašyti negalima, kol neįvertintos visos priimtos vertinti paraiškos.',
    );
    await fireEvent.input(screen.getByTestId('decision-text'), { target: { value: 'Patvirtinti atrankos rezultatus' } });
    await fireEvent.click(screen.getByTestId('decision-save'));
    expect((await screen.findByTestId('error-selection')).textContent).toBe(
      'Prieš priimant atrankos sprendimą turi būti įvertintos visos priimtos vertinti kvietimo 2024/1 paraiškos. Vertinimo lapų dar neturi: P-7.',
    );
    expect(text('form-error')).toContain('Ištaisykite pažymėtus laukus.');
    expect(onsaved).not.toHaveBeenCalled();
  });
});
