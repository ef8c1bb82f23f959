// The project form's text fields, their conversion to and from the ProjectInput the backend takes,
// and the figures it shows while typing (own contribution and aid intensity).
import type { Bp } from '../../lib/bindings/Bp';
import type { Locale } from '../../lib/bindings/Locale';
import type { Money } from '../../lib/bindings/Money';
import type { Project } from '../../lib/bindings/Project';
import type { ProjectInput } from '../../lib/bindings/ProjectInput';
import { parseCount, readOptional, valueOf } from '../../lib/draftFields';
import { formatAmount, isoDate, parseMoney } from '../../lib/format';
import { shareOf } from '../../lib/money';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

/** The applicant chosen in the picker. */
export type ChosenApplicant = { id: string; name: string };

export type ProjectDraft = {
  number: string;
  title: string;
  applicant: ChosenApplicant | null;
  /** '' for a project outside any call. */
  callId: string;
  measureId: string;
  /** `YYYY-MM-DD`, as a date input holds it. */
  submittedOn: string;
  eligibleCost: string;
  requestedAid: string;
  awardedAid: string;
  jobsCreated: string;
  implementationEnd: string;
};

const FIELDS = [
  'number', 'title', 'applicantId', 'callId', 'measureId', 'submittedOn', 'eligibleCost', 'requestedAid',
  'awardedAid', 'jobsCreated', 'implementationEnd',
];

export const isProjectField = (field: string): boolean => FIELDS.includes(field);

/** A new application submitted today. */
export function newProjectDraft(callId: string, measureId: string): ProjectDraft {
  return {
    number: '',
    title: '',
    applicant: null,
    callId,
    measureId,
    submittedOn: isoDate(new Date()),
    eligibleCost: '',
    requestedAid: '',
    awardedAid: '',
    jobsCreated: '',
    implementationEnd: '',
  };
}

export function projectDraftOf(project: Project, locale: Locale): ProjectDraft {
  return {
    number: project.number,
    title: project.title,
    applicant: { id: project.applicantId, name: project.applicantName },
    callId: project.callId ?? '',
    measureId: project.measureId,
    submittedOn: project.submittedOn,
    eligibleCost: formatAmount(project.eligibleCost, locale),
    requestedAid: formatAmount(project.requestedAid, locale),
    awardedAid: project.awardedAid === null ? '' : formatAmount(project.awardedAid, locale),
    jobsCreated: project.jobsCreated === null ? '' : String(project.jobsCreated),
    implementationEnd: project.implementationEnd ?? '',
  };
}

/** The own contribution and the aid intensity of the amounts typed so far, once they read. */
export function liveFigures(draft: ProjectDraft): { own: Money; intensity: Bp } | null {
  const eligible = parseMoney(draft.eligibleCost);
  const awarded = readOptional(draft.awardedAid, parseMoney);
  const aid = awarded.ok && awarded.value !== null ? awarded.value : parseMoney(draft.requestedAid);
  if (typeof eligible !== 'number' || typeof aid !== 'number') return null;
  return { own: eligible - aid, intensity: shareOf(aid, eligible) };
}

/** The input to send (with the user's confirmation of warnings, if given), or the problems found. */
export function toProjectInput(draft: ProjectDraft, confirmWarnings: boolean): Parsed<ProjectInput> {
  const problems: Problems = {};
  const eligibleCost = parseMoney(draft.eligibleCost);
  if (typeof eligibleCost !== 'number') problems.eligibleCost = problem(eligibleCost);
  const requestedAid = parseMoney(draft.requestedAid);
  if (typeof requestedAid !== 'number') problems.requestedAid = problem(requestedAid);
  const optionals = {
    awardedAid: readOptional(draft.awardedAid, parseMoney),
    jobsCreated: readOptional(draft.jobsCreated, parseCount),
  };
  for (const [field, read] of Object.entries(optionals)) {
    if (!read.ok) problems[field] = problem(read.problem);
  }
  if (typeof eligibleCost !== 'number' || typeof requestedAid !== 'number' || Object.keys(problems).length > 0) {
    return { problems };
  }
  return {
    input: {
      number: draft.number.trim(),
      title: draft.title.trim(),
      applicantId: draft.applicant?.id ?? '',
      callId: draft.callId === '' ? null : draft.callId,
      measureId: draft.measureId,
      submittedOn: draft.submittedOn.trim(),
      eligibleCost,
      requestedAid,
      awardedAid: valueOf(optionals.awardedAid),
      jobsCreated: valueOf(optionals.jobsCreated),
      implementationEnd: draft.implementationEnd.trim() === '' ? null : draft.implementationEnd.trim(),
      confirmWarnings,
    },
  };
}
