// Tests of the UI's money arithmetic: shares round like the domain's `Bp::of`, and a split over
// funding sources always adds up to the cent (the same examples and properties as the domain crate).
import { describe, expect, it } from 'vitest';
import { fundShares, shareOf, splitAmount, sumOf } from './money';

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('shareOf', () => {
  it('rounds half up to a basis point, and is zero of nothing', () => {
    expect(shareOf(1, 3)).toBe(3333);
    expect(shareOf(2, 3)).toBe(6667);
    expect(shareOf(1, 8)).toBe(1250);
    expect(shareOf(1, 20_000)).toBe(1);
    expect(shareOf(1, 20_001)).toBe(0);
    expect(shareOf(5, 0)).toBe(0);
    expect(shareOf(-2, 3)).toBe(-6667);
  });

  it('stays exact for the largest amounts', () => {
    expect(shareOf(900_000_000_000_000, 900_000_000_000_000)).toBe(10_000);
    expect(shareOf(450_000_000_000_001, 900_000_000_000_000)).toBe(5000);
  });
});

describe('splitAmount', () => {
  it('splits EAFRD 85 % and national 15 % to the cent', () => {
    expect(splitAmount(100_001, [8500, 1500])).toEqual([85_001, 15_000]);
    expect(splitAmount(1_234_567, [8500, 1500])).toEqual([1_049_382, 185_185]);
  });

  it('gives leftover cents to the largest remainders, earlier parts first on ties', () => {
    expect(splitAmount(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitAmount(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(splitAmount(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('handles no sources, zero weights and negative weights', () => {
    expect(splitAmount(500, [])).toEqual([]);
    expect(splitAmount(500, [0, 0])).toEqual([500, 0]);
    expect(splitAmount(500, [-100, 100])).toEqual([0, 500]);
  });

  it('always adds the parts up to the whole, each within a cent of its exact share', () => {
    const next = random(20240520);
    for (let round = 0; round < 2000; round += 1) {
      const cents = Math.floor((next() * 2 - 1) * 1_000_000_000_000);
      const weights = Array.from({ length: 1 + Math.floor(next() * 5) }, () => Math.floor(next() * 10_000));
      const parts = splitAmount(cents, weights);
      expect(parts).toHaveLength(weights.length);
      expect(sumOf(parts), `${cents} over ${weights.join('/')}`).toBe(cents);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      if (total === 0 || cents < 0) continue;
      weights.forEach((weight, i) => {
        const floor = (BigInt(cents) * BigInt(weight)) / BigInt(total);
        expect(BigInt(parts[i]) - floor >= 0n && BigInt(parts[i]) - floor <= 1n).toBe(true);
      });
    }
  });
});

describe('fundShares', () => {
  it('names each funding source with its part of the aid', () => {
    const sources = [
      { code: 'EAFRD', name: 'EŽŪFKP', share: 8500 },
      { code: 'NAT', name: 'Valstybės biudžetas', share: 1500 },
    ];
    expect(fundShares(4_999_999, sources)).toEqual([
      { code: 'EAFRD', amount: 4_249_999 },
      { code: 'NAT', amount: 750_000 },
    ]);
  });
});
