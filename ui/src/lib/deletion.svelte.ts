// Deleting one record (of a list, or the one a page shows) after the user confirms it.
import type { IpcError } from './bindings/IpcError';
import { asIpcError } from './problems';

/** What a list, or a record's page, does around a delete. */
export type DeletionSteps<T> = {
  /** Asks the backend to delete the record. */
  remove: (record: T) => Promise<unknown>;
  /** Shows why the backend refused the delete; null as a delete starts. */
  onfailure: (failure: IpcError | null) => void;
  /**
   * Loads the list again, once the record is deleted or the delete refused. A record's own page has
   * nothing to reload: it is left once the record is gone, and shows it as it was when refused.
   */
  reload?: () => Promise<unknown>;
  /**
   * Once the record is gone (and the list loaded without it): its row, and the button that had the
   * focus, are gone; a record's page leaves for its list.
   */
  ongone?: () => void;
};

/**
 * The record a confirmation dialog asks about, and its delete once confirmed. The dialog shows while
 * `asking` holds a record; `busy` holds while the backend deletes it.
 */
export class Deletion<T> {
  asking = $state<T | null>(null);
  busy = $state(false);
  readonly #steps: DeletionSteps<T>;

  constructor(steps: DeletionSteps<T>) {
    this.#steps = steps;
  }

  /** Deletes the record asked about, closes the dialog and loads the list again (if there is one). */
  async confirm(): Promise<void> {
    const record = this.asking;
    if (record === null) return;
    this.busy = true;
    this.#steps.onfailure(null);
    let gone = false;
    try {
      await this.#steps.remove(record);
      gone = true;
    } catch (reason) {
      this.#steps.onfailure(asIpcError(reason));
    } finally {
      this.busy = false;
      this.asking = null;
    }
    await this.#steps.reload?.();
    if (gone) this.#steps.ongone?.();
  }
}
