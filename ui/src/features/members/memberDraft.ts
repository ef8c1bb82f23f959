// The member form's fields, and their conversion to and from the MemberInput the backend takes.
// Dates come from date inputs as `YYYY-MM-DD` or empty; the backend checks them and their order.
import type { Member } from '../../lib/bindings/Member';
import type { MemberInput } from '../../lib/bindings/MemberInput';
import type { MemberKind } from '../../lib/bindings/MemberKind';
import type { Sector } from '../../lib/bindings/Sector';
import type { Parsed } from '../../lib/submission.svelte';

/** An applicant the member is linked to, with the name its chip shows. */
export type LinkedApplicant = { id: string; name: string };

/** A board term as its two date inputs hold it; an empty end means the term lasts. */
export type TermDraft = { startsOn: string; endsOn: string };

export type MemberDraft = {
  name: string;
  kind: MemberKind;
  sector: Sector;
  contact: string;
  joinedOn: string;
  /** Empty while the member has not left. */
  leftOn: string;
  boardTerms: TermDraft[];
  applicants: LinkedApplicant[];
};

const FIELDS = ['name', 'kind', 'sector', 'contact', 'joinedOn', 'leftOn'];

/** Whether the member form shows problems with `field` next to one of its controls. */
export const isMemberField = (field: string): boolean =>
  FIELDS.includes(field) || /^boardTerms\.\d+\.(startsOn|endsOn)$/.test(field) || /^applicantIds\.\d+$/.test(field);

/** A new member that joined on `today` and is not on the board. */
export function newMemberDraft(today: string): MemberDraft {
  return { name: '', kind: 'organisation', sector: 'public', contact: '', joinedOn: today, leftOn: '', boardTerms: [], applicants: [] };
}

/** The member's fields; `applicantName` names each linked applicant for its chip. */
export function memberDraftOf(member: Member, applicantName: (id: string) => string): MemberDraft {
  return {
    name: member.name,
    kind: member.kind,
    sector: member.sector,
    contact: member.contact,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn ?? '',
    boardTerms: member.boardTerms.map((term) => ({ startsOn: term.startsOn, endsOn: term.endsOn ?? '' })),
    applicants: member.applicantIds.map((id) => ({ id, name: applicantName(id) })),
  };
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The input to send: nothing here can fail to read, so problems come from the backend only. */
export function toMemberInput(draft: MemberDraft): Parsed<MemberInput> {
  return {
    input: {
      name: draft.name.trim(),
      kind: draft.kind,
      sector: draft.sector,
      contact: draft.contact.trim(),
      joinedOn: draft.joinedOn.trim(),
      leftOn: optional(draft.leftOn),
      applicantIds: draft.applicants.map((applicant) => applicant.id),
      boardTerms: draft.boardTerms.map((term) => ({ startsOn: term.startsOn.trim(), endsOn: optional(term.endsOn) })),
    },
  };
}
