// The decision form: one row per member present with a vote and a conflict of interest, the
// DecisionInput it becomes, and the count shown while the user fills it in (for guidance only:
// the backend checks quorum, balance and conflicts when the decision is saved).
import type { AgendaItem } from '../../lib/bindings/AgendaItem';
import type { Decision } from '../../lib/bindings/Decision';
import type { DecisionInput } from '../../lib/bindings/DecisionInput';
import type { Member } from '../../lib/bindings/Member';
import type { Project } from '../../lib/bindings/Project';
import type { ProjectStatus } from '../../lib/bindings/ProjectStatus';
import type { Sector } from '../../lib/bindings/Sector';
import type { SectorBalance } from '../../lib/bindings/SectorBalance';
import type { Vote } from '../../lib/bindings/Vote';
import type { Parsed } from '../../lib/submission.svelte';
import { balanceOf, quorumNeeded } from './body';

/** '' is "did not vote". */
export type VoteChoice = Vote | '';

export const VOTE_CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain', ''];

export type VoteRow = {
  memberId: string;
  name: string;
  sector: Sector;
  /** In the body that decides: only they are counted, and only they may vote. */
  inBody: boolean;
  /** The applicant the item decides on that the member is linked to; null when not linked. */
  linkedTo: string | null;
  vote: VoteChoice;
  recused: boolean;
  reason: string;
};

export type DecisionDraft = { text: string; rows: VoteRow[]; overrideReason: string };

export type ApplicantRef = { id: string; name: string };

/** What the form knows about the people present and the applicants the item decides on. */
export type DecisionContext = {
  present: readonly Member[];
  bodyIds: readonly string[];
  /** The applicants of the item's project or call; none for an item that decides on neither. */
  applicants: readonly ApplicantRef[];
  /** The reason filled in for a member linked to an applicant, in the user's language. */
  linkedReason: (applicant: string) => string;
};

/** Applications of a call that are out of the running: their applicants' members may vote. */
const OUT_OF_RUNNING: readonly ProjectStatus[] = ['inadmissible', 'withdrawn'];

/**
 * The applicants an agenda item decides on, by name, as the backend finds them: its project's, or
 * those of its call's applications still in the running.
 */
export function applicantsDecided(item: Pick<AgendaItem, 'projectId' | 'callId'>, projects: readonly Project[]): ApplicantRef[] {
  const decided = projects.filter(
    (p) => p.id === item.projectId || (item.callId !== null && p.callId === item.callId && !OUT_OF_RUNNING.includes(p.status)),
  );
  const byId = new Map(decided.map((p) => [p.applicantId, { id: p.applicantId, name: p.applicantName }]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The rows of a new decision: everyone in the body votes for, those present but outside it do
 * not vote, and a member linked to an applicant declares the conflict the rules require. An
 * existing decision comes back as recorded.
 */
export function decisionDraftOf(context: DecisionContext, decision: Decision | null): DecisionDraft {
  const { present, bodyIds, applicants } = context;
  const rows = present.map((member): VoteRow => {
    const inBody = bodyIds.includes(member.id);
    const linkedTo = applicants.find((a) => member.applicantIds.includes(a.id))?.name ?? null;
    const base = { memberId: member.id, name: member.name, sector: member.sector, inBody, linkedTo };
    if (decision) {
      const recusal = decision.recusals.find((r) => r.memberId === member.id);
      const vote = decision.votes.find((v) => v.memberId === member.id)?.vote ?? '';
      return { ...base, vote, recused: !!recusal, reason: recusal?.reason ?? '' };
    }
    if (linkedTo !== null) return { ...base, vote: '', recused: true, reason: context.linkedReason(linkedTo) };
    return { ...base, vote: inBody ? 'for' : '', recused: false, reason: '' };
  });
  return { text: decision?.text ?? '', rows, overrideReason: decision?.overrideReason ?? '' };
}

/** A recused member does not vote: declaring the conflict clears the vote. */
export function setRecused(row: VoteRow, recused: boolean): void {
  row.recused = recused;
  if (recused) row.vote = '';
}

/** The decision as the form stands: those who did not vote or declared a conflict cast no vote. */
export const toDecisionInput = (draft: DecisionDraft): Parsed<DecisionInput> => ({
  input: {
    text: draft.text.trim(),
    votes: draft.rows.flatMap((row) => (row.recused || row.vote === '' ? [] : [{ memberId: row.memberId, vote: row.vote }])),
    recusals: draft.rows.filter((row) => row.recused).map((row) => ({ memberId: row.memberId, reason: row.reason.trim() })),
    overrideReason: draft.overrideReason.trim(),
  },
});

export type LiveTally = {
  votesFor: number;
  votesAgainst: number;
  abstained: number;
  bodySize: number;
  /** Present, in the body and not recused. */
  eligible: number;
  quorumNeeded: number;
  quorumMet: boolean;
  /** The sectors of the body's members who vote. */
  voters: SectorBalance;
};

export function liveTally(draft: DecisionDraft, bodySize: number): LiveTally {
  const voting = draft.rows.filter((row) => !row.recused && row.vote !== '');
  const votes = (vote: VoteChoice) => voting.filter((row) => row.vote === vote).length;
  const eligible = draft.rows.filter((row) => row.inBody && !row.recused).length;
  const needed = quorumNeeded(bodySize);
  return {
    votesFor: votes('for'),
    votesAgainst: votes('against'),
    abstained: votes('abstain'),
    bodySize,
    eligible,
    quorumNeeded: needed,
    quorumMet: eligible >= needed,
    voters: balanceOf(voting.filter((row) => row.inBody).map((row) => row.sector)),
  };
}
