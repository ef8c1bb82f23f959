// What an undo did, in words: "Undone: the change to project MOLE-LEADER-2024-003 (edited at 14:05)."
// The time of a change made today is the time alone; an earlier one has its date too.
import type { Undone } from '../../lib/bindings/Undone';
import { isoDate } from '../../lib/format';
import { dateTime, locale, t } from '../../lib/i18n';
import { entityName, localMinute } from './auditText';

/** The shortcut as this computer writes it: ⌘Z on a Mac, Ctrl+Z elsewhere. */
export const undoKeys = (agent: string = navigator.userAgent): string => (/mac os|macintosh/i.test(agent) ? '⌘Z' : 'Ctrl+Z');

/** The record taken back, inside a sentence: "project MOLE-LEADER-2024-003". */
function what(undone: Undone): string {
  const kind = entityName(undone.entity);
  const lower = kind.charAt(0).toLocaleLowerCase(locale.current) + kind.slice(1);
  return undone.label.trim() === '' ? lower : `${lower} ${undone.label.trim()}`;
}

/** The sentence that says what `undone` took back; `now` tells whether it was made today. */
export function undoneText(undone: Undone, now: Date = new Date()): string {
  const local = localMinute(undone.at);
  const time = local.slice(0, 10) === isoDate(now) ? local.slice(11) : dateTime(local);
  return t(`undo-done-${undone.action}`, { what: what(undone), time });
}
