// Deleting one record of a list after the user confirms it.
import type { IpcError } from './bindings/IpcError';
import { asIpcError } from './problems';

/** What a list does around a delete. */
export type DeletionSteps<T> = {
  /** Asks the backend to delete the record. */
  remove: (record: T) => Promise<unknown>;
  /** Shows why the backend refused the delete; null as a delete starts. */
  onfailure: (failure: IpcError | null) => void;
  /** Loads the list again, once the record is deleted or the delete refused. */
  reload: () => Promise<unknown>;
  /** Once the list is loaded without the record: its row, and the button that had the focus, are gone. */
  ongone: () => void;
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

  /** Deletes the record asked about, closes the dialog and loads the list again. */
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
    await this.#steps.reload();
    if (gone) this.#steps.ongone();
  }
}
