// Tests of the local date-time of calls (opening and closing) per locale, and of today's ISO date.
import { describe, expect, it } from 'vitest';
import { formatDateTime, isoDate } from './format';

describe('formatDateTime', () => {
  it('writes a call’s closing time the way each language does', () => {
    expect(formatDateTime('2024-05-20T16:00', 'lt')).toBe('2024-05-20 16:00');
    expect(formatDateTime('2024-05-20T16:00', 'lv')).toBe('20.05.2024. 16:00');
    expect(formatDateTime('2024-05-20T16:00', 'en')).toBe('20 May 2024, 16:00');
  });

  it('drops seconds, formats a bare date as a date and leaves other text alone', () => {
    expect(formatDateTime('2024-01-02T09:05:30', 'en')).toBe('2 January 2024, 09:05');
    expect(formatDateTime('2024-01-02', 'lv')).toBe('02.01.2024.');
    expect(formatDateTime('soon', 'lt')).toBe('soon');
  });
});

describe('isoDate', () => {
  it('gives the calendar date on this computer, zero-padded', () => {
    expect(isoDate(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
    expect(isoDate(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
});
