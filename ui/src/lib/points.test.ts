// Tests of selection points: reading them as people type them (the domain's examples) and writing
// them per locale with two decimals, or as editable text.
import { describe, expect, it } from 'vitest';
import { formatPoints, parsePoints, pointsText } from './points';

describe('parsePoints', () => {
  it.each([
    ['12', 1200],
    ['7,5', 750],
    ['7.5', 750],
    ['7.25', 725],
    [' 0,05 ', 5],
    ['0', 0],
    ['10.', 1000],
    ['1234567,89', 123456789],
  ])('reads %j as %i hundredths', (text, points) => {
    expect(parsePoints(text)).toBe(points);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['-1', 'negative'],
    ['\u22127,5', 'negative'],
    ['7,555', 'points-too-many-decimals'],
    ['7.125', 'points-too-many-decimals'],
    ['7,5,1', 'not-points'],
    [',5', 'not-points'],
    ['7 5', 'not-points'],
    ['abc', 'not-points'],
    ['1e3', 'not-points'],
    ['123456789', 'points-too-large'],
  ])('rejects %j with %s', (text, code) => {
    expect(parsePoints(text)).toBe(code);
  });

  it('reads back what it writes for editing', () => {
    for (const points of [0, 5, 50, 750, 1200, 9050]) {
      for (const locale of ['lt', 'lv', 'en'] as const) expect(parsePoints(pointsText(points, locale))).toBe(points);
    }
  });
});

describe('formatPoints', () => {
  it('writes two decimals with the locale mark', () => {
    expect(formatPoints(750, 'lt')).toBe('7,50');
    expect(formatPoints(750, 'lv')).toBe('7,50');
    expect(formatPoints(750, 'en')).toBe('7.50');
    expect(formatPoints(1250, 'en')).toBe('12.50');
    expect(formatPoints(0, 'lt')).toBe('0,00');
  });

  it('drops trailing zero decimals in editable text', () => {
    expect(pointsText(1200, 'lt')).toBe('12');
    expect(pointsText(750, 'lt')).toBe('7,5');
    expect(pointsText(725, 'en')).toBe('7.25');
    expect(pointsText(5, 'lv')).toBe('0,05');
  });
});
