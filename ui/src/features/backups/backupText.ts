// Where the backups are and what went wrong with one, in words.
import type { Backup } from '../../lib/bindings/Backup';
import type { IpcError } from '../../lib/bindings/IpcError';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/problems';

/** The folder holding the file at `path` (`/` and `\` both separate folders); `path` itself when it names no folder. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return path;
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

/**
 * The backups folder: `backups` beside the database file at `dbPath`, written with the path's own
 * separator; else the folder of the copies listed; null when neither is known.
 */
export function backupsFolder(dbPath: string | null, backups: readonly Backup[]): string | null {
  if (dbPath) {
    const separator = dbPath.includes('\\') && !dbPath.includes('/') ? '\\' : '/';
    return `${folderOf(dbPath).replace(/[\\/]$/, '')}${separator}backups`;
  }
  return backups.length > 0 ? folderOf(backups[0].path) : null;
}

/** Why a copy could not be restored; `database-damaged` then means the copy chosen is damaged, not the database. */
export function restoreErrorText(error: IpcError): string {
  return error.code === 'database-damaged' ? t('backup-copy-damaged') : errorText(error);
}
