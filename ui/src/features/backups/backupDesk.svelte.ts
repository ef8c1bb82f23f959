// What the backups page does: lists the copies, makes one now, saves one where the user chooses
// (asking before a file is replaced), restores one once the user confirms (and undoes that), and
// checks the database. After a restore the whole session is read again, so that every page shows
// the data restored.
import type { Backup } from '../../lib/bindings/Backup';
import type { IntegrityReport } from '../../lib/bindings/IntegrityReport';
import type { IpcError } from '../../lib/bindings/IpcError';
import {
  backUpNow,
  checkDatabase,
  chooseBackupCopyPath,
  chooseBackupFile,
  listBackups,
  restoreBackup,
  saveBackupCopy,
} from '../../lib/ipc';
import { asIpcError } from '../../lib/problems';
import { reloadSession } from '../../lib/session.svelte';

/** A copy to restore: one of the list (made at `madeAt`) or a file the user chose (`madeAt` null). */
export type RestoreTarget = { path: string; madeAt: string | null };

/** What the page says went well: a copy made or saved. */
export type Status = { kind: 'made'; madeAt: string } | { kind: 'saved'; path: string };

/** A restore done (with the copy that undoes it, when there is one), or undone. */
export type Outcome = { kind: 'restored'; target: RestoreTarget; safetyCopy: Backup | null } | { kind: 'undone' };

export class BackupDesk {
  backups = $state<Backup[]>([]);
  /** The list could not be read. */
  listFailure = $state<IpcError | null>(null);
  /** What is under way: a native dialog is open or the backend is working. */
  busy = $state<'backup' | 'choose' | 'save' | 'check' | 'restore' | null>(null);
  status = $state<Status | null>(null);
  /** What went wrong, with the file it went wrong with when there was one. */
  failure = $state<{ error: IpcError; path: string | null } | null>(null);
  check = $state<IntegrityReport | null>(null);
  /** A file to save the copy to that exists already, until the user says whether to replace it. */
  replacing = $state<string | null>(null);
  /** The copy to restore, until the user confirms. */
  asking = $state<RestoreTarget | null>(null);
  outcome = $state<Outcome | null>(null);

  async load(): Promise<void> {
    try {
      this.backups = await listBackups();
      this.listFailure = null;
    } catch (reason) {
      this.listFailure = asIpcError(reason);
    }
  }

  async backUp(): Promise<void> {
    if (!this.#start('backup')) return;
    try {
      const made = await backUpNow();
      this.status = { kind: 'made', madeAt: made.madeAt };
      await this.load();
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: null };
    } finally {
      this.busy = null;
    }
  }

  /** Asks where with the native dialog, then saves the copy there; nothing when the dialog is cancelled. */
  async saveCopy(): Promise<void> {
    if (!this.#start('choose')) return;
    let path: string | null = null;
    try {
      path = await chooseBackupCopyPath();
      if (path === null) return;
      this.busy = 'save';
      await this.#write(path, false);
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path };
    } finally {
      this.busy = null;
    }
  }

  /** Writes over the existing file the user agreed to replace. */
  async replace(): Promise<void> {
    const path = this.replacing;
    this.replacing = null;
    if (path === null || !this.#start('save')) return;
    try {
      await this.#write(path, true);
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path };
    } finally {
      this.busy = null;
    }
  }

  /** Asks to confirm restoring a copy of the list, unless something is under way. */
  ask(backup: Backup): void {
    if (this.busy === null) this.asking = { path: backup.path, madeAt: backup.madeAt };
  }

  /** Asks which file to restore with the native dialog, then asks to confirm; nothing when cancelled. */
  async chooseFile(): Promise<void> {
    if (!this.#start('choose')) return;
    try {
      const path = await chooseBackupFile();
      if (path !== null) this.asking = { path, madeAt: null };
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: null };
    } finally {
      this.busy = null;
    }
  }

  /** Restores the copy the user confirmed; a refusal changes nothing. */
  async restore(): Promise<void> {
    const target = this.asking;
    this.asking = null;
    if (target === null || !this.#start('restore')) return;
    try {
      const restored = await restoreBackup(target.path);
      await this.#reload();
      this.outcome = { kind: 'restored', target, safetyCopy: restored.safetyCopy };
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: target.path };
    } finally {
      this.busy = null;
    }
  }

  /** Restores the database as it was before the last restore: no second question. */
  async undo(): Promise<void> {
    const outcome = this.outcome;
    if (outcome?.kind !== 'restored' || outcome.safetyCopy === null) return;
    const path = outcome.safetyCopy.path;
    if (!this.#start('restore')) return;
    try {
      await restoreBackup(path);
      await this.#reload();
      this.outcome = { kind: 'undone' };
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path };
    } finally {
      this.busy = null;
    }
  }

  async checkNow(): Promise<void> {
    if (!this.#start('check')) return;
    try {
      this.check = await checkDatabase();
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: null };
    } finally {
      this.busy = null;
    }
  }

  /** Saves at `path`; an existing file is not replaced unless `replace`, but asked about. */
  async #write(path: string, replace: boolean): Promise<void> {
    try {
      await saveBackupCopy(path, replace);
      this.status = { kind: 'saved', path };
    } catch (reason) {
      if (!replace && asIpcError(reason).code === 'file-exists') this.replacing = path;
      else throw reason;
    }
  }

  /** The database is another one now: its copies, its check and the session the pages read, before the page says so. */
  async #reload(): Promise<void> {
    this.check = null;
    await this.load();
    try {
      await reloadSession();
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: null };
    }
  }

  /** Starts `busy` unless something is under way already; forgets what the last action said. */
  #start(busy: NonNullable<BackupDesk['busy']>): boolean {
    if (this.busy !== null) return false;
    this.busy = busy;
    this.failure = null;
    this.status = null;
    return true;
  }
}
