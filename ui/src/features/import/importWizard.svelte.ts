// The import's steps and what moves between them: choosing the kind and the file, how the file
// reads and which field each column fills, the preview of every row (nothing written), and the
// import done. Previews and imports report their progress; the plan, calls and projects go into
// the session's active strategy.
import type { ImportDone } from '../../lib/bindings/ImportDone';
import type { ImportFile } from '../../lib/bindings/ImportFile';
import type { ImportKind } from '../../lib/bindings/ImportKind';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import type { ImportProgress } from '../../lib/bindings/ImportProgress';
import type { ImportSetup } from '../../lib/bindings/ImportSetup';
import type { IpcError } from '../../lib/bindings/IpcError';
import type { ReadSettings } from '../../lib/bindings/ReadSettings';
import { chooseImportFile, commitImport, onImportProgress, openImport, previewImport } from '../../lib/ipc';
import { Latest } from '../../lib/latest';
import { asIpcError } from '../../lib/problems';
import { session } from '../../lib/session.svelte';
import { kindNeedsStrategy, mappingGaps } from './importFields';

type Step = 'choose' | 'setup' | 'preview' | 'done';

/** Rows that importing would add or change. */
export const changing = (preview: ImportPreview): number => preview.new + preview.update;

/** A preview can be imported once no row has a problem, the file has none, and a row changes something. */
export const importable = (preview: ImportPreview): boolean =>
  preview.invalid === 0 && preview.problems.length === 0 && changing(preview) > 0;

export class ImportWizard {
  kind = $state<ImportKind>('projects');
  file = $state<ImportFile | null>(null);
  /** How the file reads and which field each of its columns fills (null: left out), as the user sets it. */
  setup = $state<ImportSetup | null>(null);
  preview = $state<ImportPreview | null>(null);
  done = $state<ImportDone | null>(null);
  /** What is under way: the native dialog is open, or the backend opens, checks or imports the file. */
  busy = $state<'choose' | 'open' | 'preview' | 'commit' | null>(null);
  /** How many readings of the file with other settings are awaited. */
  reading = $state(0);
  /** Rows worked through; null until the backend first says (the bar is indeterminate until then). */
  progress = $state<ImportProgress | null>(null);
  /** What went wrong, with the file it went wrong with. */
  failure = $state<{ error: IpcError; path: string | null } | null>(null);

  step = $derived<Step>(this.done ? 'done' : this.preview ? 'preview' : this.file ? 'setup' : 'choose');
  /** The kind needs the active strategy and there is none. */
  blocked = $derived(kindNeedsStrategy(this.kind) && session.strategyId === null);
  gaps = $derived(this.file && this.setup ? mappingGaps(this.file.fields, this.setup.mapping) : { missing: [], twice: [] });
  /** The rows can be checked: every required field has a column, none has two, and the file reads as set. */
  ready = $derived(this.setup !== null && this.gaps.missing.length === 0 && this.gaps.twice.length === 0 && this.reading === 0);

  #latest = new Latest();

  /** Asks for the file with the native dialog, then opens it; nothing when the dialog is cancelled. */
  async chooseFile(): Promise<void> {
    if (this.blocked || !this.#start('choose')) return;
    let path: string | null = null;
    try {
      path = await chooseImportFile();
      if (path !== null) this.#opened(await openImport(this.kind, path, null, null));
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path };
    } finally {
      this.busy = null;
    }
  }

  /** Opens the file at the path the user typed. */
  async openPath(typed: string): Promise<void> {
    const path = typed.trim();
    if (path === '' || this.blocked || !this.#start('open')) return;
    try {
      this.#opened(await openImport(this.kind, path, null, null));
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path };
    } finally {
      this.busy = null;
    }
  }

  /** Reads the file again as `settings` say, keeping the mapping while the columns stay; the latest choice wins. */
  async reread(settings: ReadSettings): Promise<void> {
    const { file, setup } = this;
    if (file === null || setup === null || this.busy !== null) return;
    this.setup = { settings, mapping: setup.mapping };
    this.failure = null;
    this.reading += 1;
    await this.#latest.ask(
      () => openImport(this.kind, file.path, settings, $state.snapshot(setup.mapping)),
      (opened) => this.#opened(opened),
      (reason) => (this.failure = { error: asIpcError(reason), path: file.path }),
    );
    this.reading -= 1;
  }

  /** Lets column `column` fill the field `key` ('' leaves it out). */
  map(column: number, key: string): void {
    if (this.setup) this.setup.mapping[column] = key === '' ? null : key;
  }

  /** Previews every row as the file is set up; writes nothing. */
  async check(): Promise<void> {
    const { file, setup } = this;
    if (file === null || setup === null || !this.ready || !this.#start('preview')) return;
    const stop = await this.#follow();
    try {
      this.preview = await previewImport(this.kind, file.path, $state.snapshot(setup), session.strategyId);
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: file.path };
    } finally {
      stop();
      this.busy = null;
    }
  }

  /** Imports the rows previewed: all of them or none. */
  async commit(): Promise<void> {
    const { file, setup, preview } = this;
    if (file === null || setup === null || preview === null || !importable(preview) || !this.#start('commit')) return;
    const stop = await this.#follow();
    try {
      this.done = await commitImport(this.kind, file.path, $state.snapshot(setup), session.strategyId);
    } catch (reason) {
      this.failure = { error: asIpcError(reason), path: file.path };
    } finally {
      stop();
      this.busy = null;
    }
  }

  /** Back from the preview to the setup, as it was. */
  back(): void {
    if (this.busy !== null) return;
    this.preview = null;
    this.failure = null;
  }

  /** Starts over with another file (of the same kind). */
  again(): void {
    if (this.busy !== null) return;
    this.file = null;
    this.setup = null;
    this.preview = null;
    this.done = null;
    this.failure = null;
  }

  #opened(file: ImportFile): void {
    this.file = file;
    this.setup = { settings: { ...file.setup.settings }, mapping: [...file.setup.mapping] };
    this.preview = null;
  }

  /** Follows the backend's progress until the function returned is called; should listening fail, the bar stays indeterminate. */
  async #follow(): Promise<() => void> {
    this.progress = null;
    try {
      const stop = await onImportProgress((progress) => (this.progress = progress));
      return () => {
        stop();
        this.progress = null;
      };
    } catch {
      return () => undefined;
    }
  }

  /** Starts `busy` unless something is under way already; forgets what went wrong last. */
  #start(busy: NonNullable<ImportWizard['busy']>): boolean {
    if (this.busy !== null) return false;
    this.busy = busy;
    this.failure = null;
    return true;
  }
}
