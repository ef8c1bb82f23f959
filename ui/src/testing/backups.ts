// Test data for the backups: three copies in the backups folder beside /tmp/lagdesk.sqlite3 (the
// database of fixtures.ts), the newest first, and what a restore of one of them answers.
import type { Backup } from '../lib/bindings/Backup';
import type { Restored } from '../lib/bindings/Restored';

export const backups: Backup[] = [
  { path: '/tmp/backups/lagdesk-2026-05-06-103000-manual.sqlite3', madeAt: '2026-05-06T10:30:00', reason: 'manual', size: 1_258_291 },
  { path: '/tmp/backups/lagdesk-2026-05-06-090000-activity.sqlite3', madeAt: '2026-05-06T09:00:00', reason: 'activity', size: 1_153_434 },
  { path: '/tmp/backups/lagdesk-2026-05-05-081542-start.sqlite3', madeAt: '2026-05-05T08:15:42', reason: 'start', size: 20_480 },
];

/** The copy "Back up now" makes. */
export const madeNow: Backup = {
  path: '/tmp/backups/lagdesk-2026-05-07-080000-manual.sqlite3',
  madeAt: '2026-05-07T08:00:00',
  reason: 'manual',
  size: 1_260_000,
};

/** The database as it was before a restore: restoring it undoes the restore. */
export const safetyCopy: Backup = {
  path: '/tmp/backups/lagdesk-2026-05-07-081500-restore.sqlite3',
  madeAt: '2026-05-07T08:15:00',
  reason: 'restore',
  size: 1_262_000,
};

export const restored: Restored = { safetyCopy, damagedKeptAt: null };
