// What the window derives from a call's Selection: the applications the evaluators can score,
// the names they scored under, where a ranking draws its funding and threshold lines, and what a
// passed selection decision would do. The ranking itself is the backend's.
import type { Proposal } from '../../lib/bindings/Proposal';
import type { ProjectStatus } from '../../lib/bindings/ProjectStatus';
import type { RankingLine } from '../../lib/bindings/RankingLine';
import type { ScoreSheet } from '../../lib/bindings/ScoreSheet';
import type { Selection } from '../../lib/bindings/Selection';

/** The statuses in which an application is scored, and placed by a selection decision. */
const SCORABLE: readonly ProjectStatus[] = ['admissible', 'evaluated', 'reserve'];

const isScorable = (status: ProjectStatus): boolean => SCORABLE.includes(status);

/** The status a passed selection decision gives a project the ranking proposes this way. */
const PROPOSED_STATUS: Record<Proposal, ProjectStatus> = {
  selected: 'selected',
  reserve: 'reserve',
  'below-threshold': 'rejected',
};

export type Scorable = { projectId: string; number: string; title: string; applicantName: string; sheets: ScoreSheet[] };

const byNumber = (a: { number: string }, b: { number: string }) =>
  a.number.localeCompare(b.number, undefined, { numeric: true });

/** The applications the evaluators can score now, by number: those waiting for a sheet and those ranked already. */
export function scorableProjects(selection: Selection): Scorable[] {
  const waiting = selection.unscored.filter((u) => isScorable(u.status)).map((u) => ({ ...u, sheets: [] }));
  const ranked = selection.measures.flatMap((m) => m.lines).filter((line) => isScorable(line.status));
  return [...waiting, ...ranked]
    .map(({ projectId, number, title, applicantName, sheets }) => ({ projectId, number, title, applicantName, sheets }))
    .sort(byNumber);
}

/** Everyone who scored an application of the call, each once: the backend matches names in any case. */
export function evaluatorsOf(selection: Selection): string[] {
  const names = new Map<string, string>();
  for (const line of selection.measures.flatMap((m) => m.lines)) {
    for (const sheet of line.sheets) {
      const key = sheet.evaluator.toLocaleLowerCase();
      if (!names.has(key)) names.set(key, sheet.evaluator);
    }
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}

/** Whether any application of the call is scored: the criteria can then change only in part. */
export const isScored = (selection: Selection): boolean =>
  selection.measures.some((m) => m.lines.some((line) => line.sheets.length > 0));

/**
 * The line a ranking draws above `lines[index]`: the funding line above the first project the
 * money no longer covers, the threshold line above the first one below the threshold.
 */
export function dividerBefore(lines: readonly RankingLine[], index: number): 'funding' | 'threshold' | null {
  const proposal = lines[index].ranked.proposal;
  if (proposal === lines[index - 1]?.ranked.proposal) return null;
  if (proposal === 'reserve') return 'funding';
  return proposal === 'below-threshold' ? 'threshold' : null;
}

type PreviewGroup = { status: ProjectStatus; numbers: string[] };

/** What a passed decision would do (projects by the status they get) and the applications that stop it. */
export type Preview = { groups: PreviewGroup[]; waiting: string[] };

/**
 * What a passed selection decision on the call would do: each scorable ranked application goes
 * where the ranking proposes, in ranking order. `decided` are the projects the item's recorded
 * decision moved: recording it again takes those moves back first, so they count as scorable.
 * `waiting` are admissible applications without a score sheet, which the backend refuses to pass over.
 */
export function selectionPreview(selection: Selection, decided: readonly string[]): Preview {
  const lines = selection.measures
    .flatMap((m) => m.lines)
    .filter((line) => isScorable(line.status) || decided.includes(line.projectId));
  const statuses: ProjectStatus[] = ['selected', 'reserve', 'rejected'];
  const groups = statuses
    .map((status) => ({
      status,
      numbers: lines.filter((line) => PROPOSED_STATUS[line.ranked.proposal] === status).map((line) => line.number),
    }))
    .filter((group) => group.numbers.length > 0);
  const waiting = selection.unscored.filter((u) => u.status !== 'submitted').map((u) => u.number);
  return { groups, waiting };
}
