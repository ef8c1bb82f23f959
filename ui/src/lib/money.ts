// Integer arithmetic on money (EUR cents) the UI shows before the backend has computed it: sums,
// and shares in basis points by the same rule as the domain crate (`Bp::of`). BigInt inside, so no
// product of cents and basis points loses a cent. (How awarded aid splits over the funding sources
// is the backend's: it stores each project's `fundShares`.)
import type { Bp } from './bindings/Bp';
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
