// A project's lifecycle as the backend enforces it: the statuses in their order, the steps allowed
// from each, and from which status on the aid must be awarded. The UI offers only allowed steps.
import type { ProjectStatus } from '../../lib/bindings/ProjectStatus';
import { IpcFailure } from '../../lib/ipc';
import { asIpcError } from '../../lib/problems';

export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'submitted', 'admissible', 'inadmissible', 'evaluated', 'selected', 'reserve', 'rejected',
  'approved', 'contracted', 'implementing', 'completed', 'withdrawn', 'terminated',
];

const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  submitted: ['admissible', 'inadmissible', 'withdrawn'],
  admissible: ['evaluated', 'withdrawn'],
  evaluated: ['selected', 'reserve', 'rejected', 'withdrawn'],
  reserve: ['selected', 'rejected', 'withdrawn'],
  selected: ['approved', 'rejected', 'withdrawn'],
  approved: ['contracted', 'withdrawn'],
  contracted: ['implementing', 'terminated', 'withdrawn'],
  implementing: ['completed', 'terminated'],
  inadmissible: [],
  rejected: [],
  completed: [],
  withdrawn: [],
  terminated: [],
};

/** The statuses a project may move to next; none once its status is final. */
export const nextStatuses = (status: ProjectStatus): readonly ProjectStatus[] => NEXT[status];

/** Approved and later: the awarded aid counts as committed and must be entered. */
export const isCommitted = (status: ProjectStatus): boolean =>
  status === 'approved' || status === 'contracted' || status === 'implementing' || status === 'completed';

/**
 * A refused status change as the status form shows it: "the awarded aid is missing" (reported on
 * the project's `awardedAid`) next to the status chosen.
 */
export function statusFailure(reason: unknown): unknown {
  const error = asIpcError(reason);
  if (!error.fields.some((found) => found.field === 'awardedAid')) return reason;
  const fields = error.fields.map((found) =>
    found.field === 'awardedAid' ? { ...found, field: 'status', code: 'award-required' } : found,
  );
  return new IpcFailure({ ...error, fields });
}
