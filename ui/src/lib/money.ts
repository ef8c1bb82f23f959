// Integer arithmetic on money (EUR cents) the UI shows before the backend has computed it: shares
// in basis points and the split of an amount over funding sources, by the same rules as the
// domain crate (`Bp::of`, `split`). BigInt inside, so no product of cents and basis points loses a cent.
import type { Bp } from './bindings/Bp';
import type { FundingSource } from './bindings/FundingSource';
import type { FundShare } from './bindings/FundShare';
import type { Money } from './bindings/Money';

/** The sum of `amounts`. */
export const sumOf = (amounts: readonly Money[]): Money => amounts.reduce((total, amount) => total + amount, 0);

/** `part` as a share of `whole`, rounded half up (away from zero) to a basis point; 0 when `whole` is 0. */
export function shareOf(part: Money, whole: Money): Bp {
  if (whole === 0) return 0;
  const numerator = BigInt(part) * 10_000n;
  const denominator = BigInt(whole);
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const abs = (n: bigint) => (n < 0n ? -n : n);
  const away = (numerator < 0n) === (denominator < 0n) ? 1n : -1n;
  return Number(2n * abs(remainder) >= abs(denominator) ? quotient + away : quotient);
}

/**
 * Splits `amount` over `weights` so that the parts add up to `amount` exactly (largest remainder):
 * each part gets the floor of its exact share, and the cents left over go one each to the parts
 * with the largest remainders, earlier parts first on ties. Negative weights count as zero; with
 * no weight at all, the first part takes the whole amount.
 */
export function splitAmount(amount: Money, weights: readonly Bp[]): Money[] {
  if (weights.length === 0) return [];
  const clamped = weights.map((weight) => BigInt(Math.max(weight, 0)));
  const totalWeight = clamped.reduce((total, weight) => total + weight, 0n);
  if (totalWeight === 0n) return weights.map((_, i) => (i === 0 ? amount : 0));
  const sign = amount < 0 ? -1n : 1n;
  const whole = BigInt(amount) * sign;
  const parts = clamped.map((weight, index) => {
    const exact = whole * weight;
    return { cents: exact / totalWeight, remainder: exact % totalWeight, index };
  });
  let left = whole - parts.reduce((total, part) => total + part.cents, 0n);
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (let i = 0; left > 0n; i = (i + 1) % order.length, left -= 1n) order[i].cents += 1n;
  return parts.map((part) => Number(part.cents * sign));
}

/** `aid` split over the strategy's funding sources by their shares; the parts sum to `aid`. */
export function fundShares(aid: Money, sources: readonly FundingSource[]): FundShare[] {
  const parts = splitAmount(
    aid,
    sources.map((source) => source.share),
  );
  return sources.map((source, i) => ({ code: source.code, amount: parts[i] }));
}
