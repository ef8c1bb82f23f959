// Undo from anywhere in the app: takes back the latest saved change not yet undone, keeps what came
// of it for the status message, and lets the shell show the restored state.
import type { IpcError } from '../../lib/bindings/IpcError';
import type { Undone } from '../../lib/bindings/Undone';
import { undoLast } from '../../lib/ipc';
import { asIpcError } from '../../lib/problems';

export type UndoOutcome = { kind: 'undone'; undone: Undone } | { kind: 'nothing' } | { kind: 'failed'; error: IpcError };

export class UndoDesk {
  /** What the latest undo did; null until one ran or once the message is closed. */
  outcome = $state<UndoOutcome | null>(null);
  busy = $state(false);
  #onundone: () => Promise<void> | void;

  /** `onundone` runs after a change was taken back, so the pages read the data again. */
  constructor(onundone: () => Promise<void> | void) {
    this.#onundone = onundone;
  }

  /** Takes back the latest change; does nothing while an undo is still running. */
  async undo(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const undone = await undoLast();
      this.outcome = undone ? { kind: 'undone', undone } : { kind: 'nothing' };
      if (undone) await this.#onundone();
    } catch (reason) {
      this.outcome = { kind: 'failed', error: asIpcError(reason) };
    } finally {
      this.busy = false;
    }
  }
}
