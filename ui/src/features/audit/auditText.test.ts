// The audit trail in words: amounts in cents as money, ISO dates as the locale writes them, status
// codes translated, unknown fields as the database names them, the noisy fields left out, the
// record's label, the local time of an entry and the sentence after an undo.
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../lib/bindings/AuditEntry';
import { setLocale } from '../../lib/i18n';
import { detailsText, didText, entityName, fieldName, recordLabel, shownChanges, valueText, whenText } from './auditText';
import { undoKeys, undoneText } from './undoText';

/** A UTC moment that is 23 November 2026, 14:05 on this computer's clock, whatever its time zone. */
const at = new Date(2026, 10, 23, 14, 5, 9).toISOString();

const entry = (changes: AuditEntry['changes'], action: AuditEntry['action'] = 'update'): AuditEntry => ({
  id: 1,
  batch: 1,
  at,
  who: 'Rasa Petraitienė',
  entity: 'project',
  recordId: '0b6f7c7e-5f3a-4d55-a1d2-0f0c1c2d3e4f',
  action,
  changes,
});

afterEach(() => setLocale('en'));

describe('values', () => {
  it('writes amounts in cents as money in the locale', () => {
    expect(valueText('project', 'eligible_cents', '3600000')).toBe('€36,000.00');
    setLocale('lt');
    expect(valueText('project', 'eligible_cents', '101000')).toBe('1\u00a0010,00\u00a0€');
  });

  it('writes ISO dates and local date-times as the locale does', () => {
    expect(valueText('project', 'submitted_on', '2024-05-20')).toBe('20 May 2024');
    expect(valueText('event', 'starts_at', '2024-05-20T16:00')).toBe('20 May 2024, 16:00');
    setLocale('lv');
    expect(valueText('project', 'submitted_on', '2024-05-20')).toBe('20.05.2024.');
  });

  it('translates status codes, and leaves an unknown code as stored', () => {
    expect(valueText('project', 'status', 'contracted')).toBe('Contracted');
    expect(valueText('call', 'status', 'open')).toBe('Open');
    setLocale('lt');
    expect(valueText('project', 'status', 'contracted')).toBe('Pasirašyta sutartis');
    expect(valueText('project', 'status', 'archived')).toBe('„archived“');
  });

  it('quotes text, keeps whole numbers and writes null as a dash', () => {
    expect(valueText('project', 'title', 'Kaimo turizmas')).toBe('“Kaimo turizmas”');
    expect(valueText('event', 'participants', '42')).toBe('42');
    expect(valueText('project', 'awarded_cents', null)).toBe('—');
    expect(valueText('meeting', 'online', '1')).toBe('yes');
    expect(valueText('measure', 'max_intensity_bp', '8000')).toBe('80.00%');
  });
});

describe('fields and kinds', () => {
  it('names known fields and kinds, and falls back to the database name', () => {
    expect(fieldName('eligible_cents')).toBe('Eligible cost');
    expect(fieldName('colour_of_sky')).toBe('colour_of_sky');
    expect(entityName('measure_year')).toBe("Measure's yearly amount");
    expect(entityName('mystery')).toBe('mystery');
    setLocale('lv');
    expect(fieldName('eligible_cents')).toBe('Attiecināmās izmaksas');
    expect(entityName('call')).toBe('Kārta');
  });

  it('leaves out keys, references, order and timestamps unless nothing else changed', () => {
    const changes = [
      { field: 'title', from: 'A', to: 'B' },
      { field: 'measure_id', from: 'm1', to: 'm2' },
      { field: 'updated_at', from: 'x', to: 'y' },
      { field: 'position', from: '1', to: '2' },
    ];
    expect(shownChanges(changes).map((change) => change.field)).toEqual(['title']);
    expect(shownChanges(changes.slice(1)).map((change) => change.field)).toEqual(['measure_id', 'updated_at', 'position']);
  });
});

describe('entries', () => {
  it('says what an update changed, field by field', () => {
    const update = entry([
      { field: 'title', from: 'A', to: 'B' },
      { field: 'eligible_cents', from: '100000', to: '101000' },
      { field: 'my_new_column', from: null, to: 'x' },
    ]);
    expect(detailsText(update)).toBe('Title “A” → “B”; Eligible cost €1,000.00 → €1,010.00; my_new_column — → “x”');
    expect(didText(update)).toBe('Rasa Petraitienė changed');
    expect(didText({ ...update, who: '' })).toBe('Changed');
  });

  it('lists the values an insert wrote and a delete removed', () => {
    const year = [{ field: 'measure_id', from: null, to: 'm1' }, { field: 'year', from: null, to: '2026' }, { field: 'allocation_cents', from: null, to: '50000' }];
    expect(detailsText({ ...entry(year, 'insert'), entity: 'measure_year' })).toBe('Year 2026; Allocation €500.00');
    const gone = year.map((change) => ({ ...change, from: change.to, to: null }));
    expect(detailsText({ ...entry(gone, 'delete'), entity: 'measure_year' })).toBe('Year 2026; Allocation €500.00');
  });

  it('names the record by its number, code, name or title, else by its id shortened', () => {
    expect(recordLabel(entry([{ field: 'number', from: 'MOLE-1', to: 'MOLE-2' }]))).toEqual({ text: 'MOLE-2', isId: false });
    expect(recordLabel(entry([{ field: 'title', from: 'Old', to: null }], 'delete'))).toEqual({ text: 'Old', isId: false });
    expect(recordLabel(entry([{ field: 'eligible_cents', from: '1', to: '2' }]))).toEqual({ text: '0b6f7c7e…', isId: true });
  });

  it('gives the time on this computer’s clock as the locale writes it', () => {
    expect(whenText(at)).toBe('23 November 2026, 14:05');
    setLocale('lt');
    expect(whenText(at)).toBe('2026-11-23 14:05');
  });
});

describe('undo', () => {
  const undone = { at, entity: 'project', action: 'update' as const, label: 'MOLE-LEADER-2024-003', records: 1 };
  const sameDay = new Date(2026, 10, 23, 18, 0);

  it('says which change was taken back, with the time alone when it was made today', () => {
    expect(undoneText(undone, sameDay)).toBe('Undone: the change to project MOLE-LEADER-2024-003 (edited at 14:05).');
    expect(undoneText({ ...undone, action: 'insert' }, sameDay)).toBe('Undone: project MOLE-LEADER-2024-003 added at 14:05 is removed again.');
    expect(undoneText({ ...undone, action: 'delete' }, new Date(2026, 10, 24, 9, 0))).toBe(
      'Undone: project MOLE-LEADER-2024-003 deleted at 23 November 2026, 14:05 is back.',
    );
    setLocale('lt');
    expect(undoneText(undone, sameDay)).toBe('Atšauktas 14:05 padarytas pakeitimas: projektas MOLE-LEADER-2024-003.');
  });

  it('shows the shortcut as the computer writes it', () => {
    expect(undoKeys('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('⌘Z');
    expect(undoKeys('Mozilla/5.0 (X11; Linux x86_64)')).toBe('Ctrl+Z');
  });
});
