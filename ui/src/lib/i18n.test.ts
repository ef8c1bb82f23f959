// Tests of the Fluent catalogues: the same ids and variables in lt, lv and en, every message
// formats cleanly, and plurals follow Lithuanian and Latvian grammar.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from './bindings/Locale';
import { catalogues, LOCALES, setLocale, t } from './i18n';

const sources = (locale: Locale) => {
  const resource = new FluentResource(catalogues[locale]);
  return resource.body.filter((entry) => !entry.id.startsWith('-'));
};

/** Each message id with the names of the variables its source text uses. */
function variablesById(locale: Locale): Map<string, string[]> {
  const text = catalogues[locale];
  const blocks = text.split(/\n(?=[a-z][a-z0-9-]* =)/);
  const map = new Map<string, string[]>();
  for (const block of blocks) {
    const id = /^([a-z][a-z0-9-]*) =/.exec(block)?.[1];
    if (!id) continue;
    const names = [...block.matchAll(/\$([a-zA-Z][a-zA-Z0-9_-]*)/g)].map((m) => m[1]);
    map.set(id, [...new Set(names)].sort());
  }
  return map;
}

const SAMPLE = {
  entity: 'measure',
  version: '1.2.3',
  code: 'P1',
  title: 'Sample',
  name: 'Alantos bendruomenė',
  n: 2,
  start: '2023',
  end: '2029',
  date: '2024-05-20',
  priorities: 3,
  measures: 21,
  count: 4,
  page: 1,
  kind: 'Board',
  number: '2026-3',
  reason: 'Atstovauja pareiškėjui',
  pages: 3,
  total: '99,00 %',
  cap: '20,00 %',
  share: '25,00 %',
  difference: '1 000,00 €',
  envelope: '5 000,00 €',
  min: '2000',
  max: '2100',
  allocation: '1 234,56 €',
  amount: '50 000,00 €',
  eligible: '60 000,00 €',
  requested: '45 000,00 €',
  intensity: '75,00 %',
  paid: '10 000,00 €',
  awarded: '40 000,00 €',
  from: 'Submitted',
  to: 'Approved',
  last: '2024-05-20',
  year: '2025',
  sum: '1 235,56 €',
  measure: 'M1.1',
  member: 'Molėtų r. savivaldybė',
  applicant: 'Alantos bendruomenė',
  body: 9,
  needed: 5,
  votesFor: 5,
  votesAgainst: 1,
  abstained: 1,
  public: 5,
  business: 6,
  civil: 7,
  points: '7,50',
  criteria: 'Darbo vietos (60,00)',
  most: '100,00',
  given: '12,50',
  criterion: 'Naujos darbo vietos',
  project: 'P-1',
  projects: 'P-1, P-2',
  status: 'Selected',
  call: '2024/1',
  meeting: 'Selection committee meeting No. 7',
  path: '/home/ruta/suvestine-2026-11-23.pdf',
  size: '24 kB',
  value: '31-05-2024',
  example: '31.05.2024',
  first: '4',
  other: 'Pareiškėjas',
  participants: '40',
  priority: 'P1',
  fields: 'Project number, Applicant',
  summary: '3 new, 1 updated, 2 unchanged',
  done: 120,
  row: '5',
  column: 'Pareiškėjas',
  who: 'Rasa Petraitienė',
  field: 'Title',
  text: 'Kaimo turizmas',
  limit: 500,
  what: 'project MOLE-LEADER-2024-003',
  time: '14:05',
  keys: 'Ctrl+Z',
};

afterEach(() => setLocale('en'));

describe('catalogues', () => {
  it('has the same message ids in every locale', () => {
    const ids = (locale: Locale) => sources(locale).map((m) => m.id).sort();
    expect(ids('en').length).toBeGreaterThan(100);
    expect(ids('lt')).toEqual(ids('en'));
    expect(ids('lv')).toEqual(ids('en'));
  });

  it('uses the same variables in every locale', () => {
    const en = variablesById('en');
    for (const locale of ['lt', 'lv'] as const) {
      expect(Object.fromEntries(variablesById(locale))).toEqual(Object.fromEntries(en));
    }
  });

  it.each(LOCALES)('formats every %s message without errors', (locale) => {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    expect(bundle.addResource(new FluentResource(catalogues[locale]))).toEqual([]);
    for (const entry of sources(locale)) {
      const pattern = bundle.getMessage(entry.id)?.value;
      if (!pattern) throw new Error(`${entry.id} has no value`);
      const errors: Error[] = [];
      const text = bundle.formatPattern(pattern, SAMPLE, errors);
      expect(errors, entry.id).toEqual([]);
      expect(text.trim(), entry.id).not.toBe('');
    }
  });

  it('has a message for every problem and error code, kind, status and backup reason', () => {
    const problems = [
      'required', 'year-out-of-range', 'end-before-start', 'negative', 'percent-out-of-range',
      'funding-sources-required', 'duplicate-code', 'share-out-of-range', 'shares-not-100',
      'priority-required', 'not-positive', 'grant-above-allocation', 'too-long', 'not-an-amount',
      'too-many-decimals', 'too-large', 'year-negative', 'year-twice', 'yearly-sum-mismatch',
      'year-outside-period', 'period-leaves-out-year', 'logo-empty', 'logo-too-large', 'logo-not-image',
      'logo-unreadable', 'organisation-first',
    ].map((code) => `problem-${code}`);
    const errors = [
      'invalid', 'duplicate-code', 'not-found', 'still-referenced', 'database-newer', 'database-damaged',
      'not-a-lagdesk-database', 'io', 'internal', 'invalid-file',
    ].map((code) => `error-${code}`);
    const kinds = ['project', 'cooperation', 'running', 'animation'].map((kind) => `kind-${kind}`);
    const reasons = ['start', 'activity', 'import', 'manual', 'migration', 'restore'].map((r) => `backup-reason-${r}`);
    const statuses = ['draft', 'approved', 'implementing', 'closed'].map((s) => `status-${s}`);
    const ids = new Set(sources('en').map((m) => m.id));
    for (const id of [...problems, ...errors, ...kinds, ...statuses, ...reasons]) expect(ids.has(id), id).toBe(true);
  });
});

describe('t', () => {
  it('follows the current locale', () => {
    setLocale('lt');
    expect(t('nav-settings')).toBe('Nustatymai');
    setLocale('lv');
    expect(t('nav-settings')).toBe('Iestatījumi');
    setLocale('en');
    expect(t('nav-settings')).toBe('Settings');
  });

  it('returns the id of a missing message and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(t('no-such-message')).toBe('no-such-message');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('gives Lithuanian its plural forms: 1 and 21 alike, 3 and 10 each their own', () => {
    setLocale('lt');
    const forms = [1, 3, 10, 21].map((count) => t('error-still-referenced', { count }));
    expect(forms[0]).toContain('1 priemonė:');
    expect(forms[1]).toContain('3 priemonės:');
    expect(forms[2]).toContain('10 priemonių:');
    expect(forms[3]).toContain('21 priemonė:');
    const counts = [1, 3, 10, 21].map((n) => t('strategy-counts', { priorities: n, measures: n }));
    expect(counts).toEqual([
      '1 prioritetas, 1 priemonė',
      '3 prioritetai, 3 priemonės',
      '10 prioritetų, 10 priemonių',
      '21 prioritetas, 21 priemonė',
    ]);
  });

  it('gives Latvian its zero, one and other forms', () => {
    setLocale('lv');
    const counts = [0, 1, 3, 10, 21].map((n) => t('strategy-counts', { priorities: n, measures: n }));
    expect(counts).toEqual([
      '0 prioritāšu, 0 rīcību',
      '1 prioritāte, 1 rīcība',
      '3 prioritātes, 3 rīcības',
      '10 prioritāšu, 10 rīcību',
      '21 prioritāte, 21 rīcība',
    ]);
  });

  it('declines the nouns of the Lithuanian delete confirmation', () => {
    setLocale('lt');
    const text = t('strategy-delete-text', { code: 'VPS', title: 'X', priorities: 1, measures: 5 });
    expect(text).toContain('kartu su 1 prioritetu ir 5 priemonėmis.');
  });
});
