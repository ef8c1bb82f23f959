// Tests of the new catalogues' plurals: calls, projects, the dashboard and project selection say
// their counts in Lithuanian and Latvian grammar.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from './i18n';

afterEach(() => setLocale('en'));

describe('plurals of calls and projects', () => {
  it('declines Lithuanian counts: 1 and 21 alike, 2–9 their own, 10–20 genitive', () => {
    setLocale('lt');
    expect([1, 3, 10, 21].map((count) => t('projects-total', { count }))).toEqual([
      'Iš viso (1 projektas)',
      'Iš viso (3 projektai)',
      'Iš viso (10 projektų)',
      'Iš viso (21 projektas)',
    ]);
    expect(t('call-delete-referenced', { count: 3 })).toBe('Kvietimo ištrinti negalima: pagal jį užregistruotos 3 paraiškos.');
    expect(t('call-delete-referenced', { count: 11 })).toBe('Kvietimo ištrinti negalima: pagal jį užregistruota 11 paraiškų.');
    expect(t('projects-shown', { count: 2, n: 21 })).toBe('Rodoma 2 iš 21 projekto');
    expect(t('projects-shown', { count: 2, n: 5 })).toBe('Rodoma 2 iš 5 projektų');
  });

  it('declines Latvian counts: zero, one and other', () => {
    setLocale('lv');
    expect([0, 1, 3, 10, 21].map((count) => t('projects-total', { count }))).toEqual([
      'Kopā (0 projektu)',
      'Kopā (1 projekts)',
      'Kopā (3 projekti)',
      'Kopā (10 projektu)',
      'Kopā (21 projekts)',
    ]);
    expect(t('call-delete-referenced', { count: 1 })).toBe('Kārtu nevar dzēst: tajā reģistrēts 1 projekta iesniegums.');
    expect(t('call-delete-referenced', { count: 4 })).toBe('Kārtu nevar dzēst: tajā reģistrēti 4 projektu iesniegumi.');
  });

  it('says English counts in one and other', () => {
    expect(t('projects-shown', { count: 1, n: 1 })).toBe('Showing 1 of 1 project');
    expect(t('call-delete-referenced', { count: 1 })).toBe('The call cannot be deleted: 1 application is registered under it.');
  });
});

describe('plurals of project selection', () => {
  it('declines the Lithuanian applications waiting for scores', () => {
    setLocale('lt');
    expect([1, 3, 10, 21].map((count) => t('unscored-title', { count }))).toEqual([
      'Laukia vertinimo: 1 paraiška',
      'Laukia vertinimo: 3 paraiškos',
      'Laukia vertinimo: 10 paraiškų',
      'Laukia vertinimo: 21 paraiška',
    ]);
    expect(t('selection-preview-waiting', { count: 2, projects: 'P-1, P-2' })).toMatch(/^Paraiškos P-1, P-2 dar neturi vertinimo lapų:/);
  });

  it('declines the Latvian ones: zero, one and other', () => {
    setLocale('lv');
    expect([0, 1, 3, 11, 21].map((count) => t('unscored-title', { count }))).toEqual([
      'Gaida vērtēšanu: 0 projektu iesniegumu',
      'Gaida vērtēšanu: 1 projekta iesniegums',
      'Gaida vērtēšanu: 3 projektu iesniegumi',
      'Gaida vērtēšanu: 11 projektu iesniegumu',
      'Gaida vērtēšanu: 21 projekta iesniegums',
    ]);
    expect(t('selection-preview-waiting', { count: 1, projects: 'P-7' })).toMatch(/^Projekta iesniegumam P-7 vēl nav vērtēšanas lapas:/);
  });
});
