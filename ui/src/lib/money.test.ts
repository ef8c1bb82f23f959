// Tests of the UI's money arithmetic: sums, and shares rounded like the domain's `Bp::of` (the same
// examples as the domain crate).
import { describe, expect, it } from 'vitest';
import { shareOf, sumOf } from './money';

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

describe('sumOf', () => {
  it('adds amounts to the cent, and nothing to zero', () => {
    expect(sumOf([4_249_999, 750_000, -1])).toBe(4_999_998);
    expect(sumOf([])).toBe(0);
  });
});
