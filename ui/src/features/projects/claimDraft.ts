// The payment claim form's text fields, and their conversion to and from PaymentClaimInput.
import type { Locale } from '../../lib/bindings/Locale';
import type { PaymentClaim } from '../../lib/bindings/PaymentClaim';
import type { PaymentClaimInput } from '../../lib/bindings/PaymentClaimInput';
import { readOptional, valueOf } from '../../lib/draftFields';
import { formatAmount, isoDate, parseMoney } from '../../lib/format';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export type ClaimDraft = { number: string; submittedOn: string; claimed: string; paid: string; paidOn: string };

const FIELDS = ['number', 'submittedOn', 'claimed', 'paid', 'paidOn'];

export const isClaimField = (field: string): boolean => FIELDS.includes(field);

/** A claim submitted today; the next number after the claims so far. */
export const newClaimDraft = (count: number): ClaimDraft => ({
  number: String(count + 1),
  submittedOn: isoDate(new Date()),
  claimed: '',
  paid: '',
  paidOn: '',
});

export const claimDraftOf = (claim: PaymentClaim, locale: Locale): ClaimDraft => ({
  number: claim.number,
  submittedOn: claim.submittedOn,
  claimed: formatAmount(claim.claimed, locale),
  paid: claim.paid === null ? '' : formatAmount(claim.paid, locale),
  paidOn: claim.paidOn ?? '',
});

export function toClaimInput(draft: ClaimDraft): Parsed<PaymentClaimInput> {
  const problems: Problems = {};
  const claimed = parseMoney(draft.claimed);
  if (typeof claimed !== 'number') problems.claimed = problem(claimed);
  const paid = readOptional(draft.paid, parseMoney);
  if (!paid.ok) problems.paid = problem(paid.problem);
  if (typeof claimed !== 'number' || Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      number: draft.number.trim(),
      submittedOn: draft.submittedOn.trim(),
      claimed,
      paid: valueOf(paid),
      paidOn: draft.paidOn.trim() === '' ? null : draft.paidOn.trim(),
    },
  };
}
