// Exporting a list as shown: the table taken when the dialog opens, the format, where to save it
// (the native save dialog, or a path the user types), the backend writing it in the UI's language,
// and asking before an existing file is replaced. The dialog shows while `table` holds a list.
import type { IpcError } from './bindings/IpcError';
import type { ListFormat } from './bindings/ListFormat';
import type { ListTable } from './bindings/ListTable';
import { locale, t } from './i18n';
import { chooseExportPath, exportList } from './ipc';
import { asIpcError } from './problems';
import { slug } from './fileNames';

export const FORMATS: readonly ListFormat[] = ['xlsx', 'csv'];

/** The format a typed path asks for by its extension (in any case); null without `.xlsx` or `.csv`. */
export function formatOfPath(path: string): ListFormat | null {
  const match = /\.(xlsx|csv)$/i.exec(path.trim());
  return match ? (match[1].toLowerCase() as ListFormat) : null;
}

/**
 * The name the save dialog suggests, without its extension, in the UI's language: the list
 * (`export-file-{name}`), what it is of if it says (a project's number), and the day unless null:
 * `projektai-2026-11-23`, `mokejimo-prasymai-VP-2024-01-2026-11-23`.
 */
export function suggestedName(name: string, detail: string, day: string | null): string {
  return [t(`export-file-${name}`), detail, day ?? ''].map(slug).filter((part) => part !== '').join('-');
}

/** A file to write: the list, how, and where. */
type Target = { table: ListTable; format: ListFormat; path: string };

export class ListExport {
  /** The list to export, as it was shown when the dialog opened; null while the dialog is closed. */
  table = $state.raw<ListTable | null>(null);
  /** The native dialog is open, or the backend is writing. */
  busy = $state<'choose' | 'write' | null>(null);
  /** The file that exists already, to write once the user agrees to replace it. */
  replacing = $state.raw<Target | null>(null);
  failure = $state<IpcError | null>(null);
  /** The typed path ends in neither `.xlsx` nor `.csv`. */
  pathRefused = $state(false);
  /** What was written last, and where. */
  saved = $state<{ path: string; rows: number } | null>(null);

  /** Opens the dialog for `table`. */
  start(table: ListTable): void {
    this.table = table;
    this.failure = null;
    this.pathRefused = false;
  }

  close(): void {
    this.table = null;
    this.replacing = null;
  }

  /** Asks where to save with the native dialog suggesting `fileName`, then writes; nothing when cancelled. */
  async choose(format: ListFormat, fileName: string): Promise<void> {
    const table = this.table;
    if (table === null || this.busy !== null) return;
    this.busy = 'choose';
    this.failure = null;
    this.pathRefused = false;
    let path: string | null = null;
    try {
      path = await chooseExportPath(fileName, format);
    } catch (reason) {
      this.failure = asIpcError(reason);
    } finally {
      this.busy = null;
    }
    if (path !== null) await this.#write({ table, format, path }, false);
  }

  /** Writes at the typed path, in the format its extension names. */
  async saveAt(typed: string): Promise<void> {
    const table = this.table;
    if (table === null || this.busy !== null) return;
    const path = typed.trim();
    const format = formatOfPath(path);
    this.failure = null;
    this.pathRefused = format === null;
    if (format !== null) await this.#write({ table, format, path }, false);
  }

  /** Writes over the existing file the user agreed to replace. */
  async replace(): Promise<void> {
    const asked = this.replacing;
    this.replacing = null;
    if (asked !== null && this.busy === null) await this.#write(asked, true);
  }

  /** Writes `target`; an existing file is not replaced unless `replace`, but asked about. */
  async #write(target: Target, replace: boolean): Promise<void> {
    this.busy = 'write';
    this.saved = null;
    try {
      const path = await exportList(target.table, target.format, locale.current, target.path, replace);
      this.saved = { path, rows: target.table.rows.length };
      this.table = null;
    } catch (reason) {
      const error = asIpcError(reason);
      if (error.code === 'file-exists') this.replacing = target;
      else this.failure = error;
    } finally {
      this.busy = null;
    }
  }
}
