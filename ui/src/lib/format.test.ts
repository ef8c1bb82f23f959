// Tests of money, percent and date formatting and of parsing amounts and percentages.
import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatMoney, formatPercent, parseMoney, parsePercent, percentText } from './format';

const NBSP = '\u00a0';
const nb = (text: string) => text.replaceAll(' ', NBSP);

describe('formatMoney', () => {
  it('writes lt and lv amounts with no-break spaces and a trailing euro sign', () => {
    expect(formatMoney(123456789, 'lt')).toBe(nb('1 234 567,89 €'));
    expect(formatMoney(123456789, 'lv')).toBe(nb('1 234 567,89 €'));
  });

  it('writes en amounts with the euro sign first and comma groups', () => {
    expect(formatMoney(123456789, 'en')).toBe('€1,234,567.89');
  });

  it('puts U+2212 before everything for negative amounts', () => {
    expect(formatMoney(-5, 'en')).toBe('−€0.05');
    expect(formatMoney(-123400, 'lt')).toBe(nb('−1 234,00 €'));
  });

  it('handles zero, small and group-boundary amounts', () => {
    expect(formatMoney(0, 'en')).toBe('€0.00');
    expect(formatMoney(7, 'lt')).toBe(nb('0,07 €'));
    expect(formatMoney(99999, 'en')).toBe('€999.99');
    expect(formatMoney(100000, 'en')).toBe('€1,000.00');
    expect(formatMoney(100000000000, 'lv')).toBe(nb('1 000 000 000,00 €'));
  });

  it('is exact for the largest safe number of cents', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en')).toBe('€90,071,992,547,409.91');
  });

  it('formats amounts without currency for editing', () => {
    expect(formatAmount(123456, 'lt')).toBe(nb('1 234,56'));
    expect(formatAmount(123456, 'en')).toBe('1,234.56');
  });
});

describe('formatPercent', () => {
  it('writes lt / lv with a comma and a no-break space before %', () => {
    expect(formatPercent(1234, 'lt')).toBe(nb('12,34 %'));
    expect(formatPercent(1234, 'lv')).toBe(nb('12,34 %'));
  });

  it('writes en with a point and no space', () => {
    expect(formatPercent(1234, 'en')).toBe('12.34%');
    expect(formatPercent(8500, 'en')).toBe('85.00%');
    expect(formatPercent(5, 'en')).toBe('0.05%');
  });

  it('gives editable percent text without trailing zero decimals', () => {
    expect(percentText(8500, 'lt')).toBe('85');
    expect(percentText(1250, 'lt')).toBe('12,5');
    expect(percentText(1234, 'en')).toBe('12.34');
  });
});

describe('formatDate', () => {
  it('writes each locale its own way', () => {
    expect(formatDate('2024-05-20', 'lt')).toBe('2024-05-20');
    expect(formatDate('2024-05-20', 'lv')).toBe('20.05.2024.');
    expect(formatDate('2024-05-20', 'en')).toBe('20 May 2024');
  });

  it('drops the leading zero of the day in English and ignores a time part', () => {
    expect(formatDate('2024-01-05T10:00:00Z', 'en')).toBe('5 January 2024');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('yesterday', 'lv')).toBe('yesterday');
  });
});

describe('parseMoney', () => {
  it.each([
    ['1 234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['1234', 123400],
    ['1234,5', 123450],
    ['0,07', 7],
    ['1 234 567,89 €', 123456789],
    [nb('1 234 567,89 €'), 123456789],
    ['€1,234,567.89', 123456789],
    ['1234.56 EUR', 123456],
    ['EUR 1234', 123400],
    ['1.234.567', 123456700],
    ['1,234', 123400],
    ['1.234', 123400],
    ['12,5', 1250],
    ['-12,50', -1250],
    ['−€0.05', -5],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('reads back what formatMoney writes', () => {
    for (const cents of [0, 5, 99999, 123456789, -123400]) {
      for (const locale of ['lt', 'lv', 'en'] as const) {
        expect(parseMoney(formatMoney(cents, locale))).toBe(cents);
      }
    }
  });

  it.each([
    ['1.2345', 'too-many-decimals'],
    ['12,345678', 'too-many-decimals'],
    ['12a', 'not-an-amount'],
    ['1,2,3.4.5', 'not-an-amount'],
    ['1.23.4', 'not-an-amount'],
    ['12,34,56', 'not-an-amount'],
    ['1234.567,8', 'not-an-amount'],
    ['.', 'not-an-amount'],
    ['', 'required'],
    ['  €  ', 'required'],
    ['99999999999999999999', 'too-large'],
  ])('rejects %j with %s', (text, code) => {
    expect(parseMoney(text)).toBe(code);
  });
});

describe('parsePercent', () => {
  it.each([
    ['85', 8500],
    ['12,5', 1250],
    ['12.5 %', 1250],
    ['12,34%', 1234],
    ['0', 0],
    ['100', 10000],
  ])('reads %j as %i bp', (text, bp) => {
    expect(parsePercent(text)).toBe(bp);
  });

  it.each([
    ['', 'required'],
    ['abc', 'not-a-percent'],
    ['12,345', 'not-a-percent'],
    ['-5', 'not-a-percent'],
  ])('rejects %j with %s', (text, code) => {
    expect(parsePercent(text)).toBe(code);
  });
});
