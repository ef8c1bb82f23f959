// The cooperation form's fields, their conversion to and from the CooperationInput the backend
// takes, and the partner list's one rule the form keeps by itself: exactly one partner leads.
import type { Cooperation } from '../../lib/bindings/Cooperation';
import type { CooperationInput } from '../../lib/bindings/CooperationInput';
import type { Locale } from '../../lib/bindings/Locale';
import type { Partner } from '../../lib/bindings/Partner';
import type { PlannedResult } from '../../lib/bindings/PlannedResult';
import type { ResultStatus } from '../../lib/bindings/ResultStatus';
import { formatAmount, parseMoney } from '../../lib/format';
import { problem } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export const RESULT_STATUSES: readonly ResultStatus[] = ['planned', 'in-progress', 'achieved', 'dropped'];

export type CooperationDraft = {
  code: string;
  title: string;
  /** `YYYY-MM-DD` as date inputs hold them; an empty end: not known yet. */
  startsOn: string;
  endsOn: string;
  budget: string;
  goals: string;
  partners: Partner[];
  results: PlannedResult[];
};

const FIELDS = ['code', 'title', 'startsOn', 'endsOn', 'budget', 'goals', 'partners'];

export const isCooperationField = (field: string): boolean =>
  FIELDS.includes(field) ||
  /^partners\.\d+\.(organisation|country|role)$/.test(field) ||
  /^results\.\d+\.(description|status)$/.test(field);

export function newCooperationDraft(today: string): CooperationDraft {
  return { code: '', title: '', startsOn: today, endsOn: '', budget: '', goals: '', partners: [], results: [] };
}

export function cooperationDraftOf(cooperation: Cooperation, locale: Locale): CooperationDraft {
  return {
    code: cooperation.code,
    title: cooperation.title,
    startsOn: cooperation.startsOn,
    endsOn: cooperation.endsOn ?? '',
    budget: formatAmount(cooperation.budget, locale),
    goals: cooperation.goals,
    partners: cooperation.partners.map((partner) => ({ ...partner })),
    results: cooperation.results.map((result) => ({ ...result })),
  };
}

/** A new partner; the first one leads. */
export const newPartner = (partners: readonly Partner[]): Partner => ({ organisation: '', country: '', role: '', lead: partners.length === 0 });

/** Makes the partner at `index` the lead, and no other. */
export function setLead(partners: Partner[], index: number): void {
  partners.forEach((partner, i) => (partner.lead = i === index));
}

/** Removes the partner at `index`; when it led, the first of the others leads instead. */
export function removePartner(partners: Partner[], index: number): void {
  const [gone] = partners.splice(index, 1);
  if (gone?.lead && partners.length > 0) setLead(partners, 0);
}

/** The input to send, countries in upper case; or the budget's problem. */
export function toCooperationInput(draft: CooperationDraft): Parsed<CooperationInput> {
  const budget = parseMoney(draft.budget);
  if (typeof budget !== 'number') return { problems: { budget: problem(budget) } };
  return {
    input: {
      code: draft.code.trim(),
      title: draft.title.trim(),
      startsOn: draft.startsOn.trim(),
      endsOn: draft.endsOn.trim() === '' ? null : draft.endsOn.trim(),
      budget,
      goals: draft.goals.trim(),
      partners: draft.partners.map((partner) => ({
        organisation: partner.organisation.trim(),
        country: partner.country.trim().toUpperCase(),
        role: partner.role.trim(),
        lead: partner.lead,
      })),
      results: draft.results.map((result) => ({ description: result.description.trim(), status: result.status })),
    },
  };
}
