// Submitting a form: reading its draft, saving it, and showing what went wrong next to its fields.
import { tick } from 'svelte';
import type { IpcError } from './bindings/IpcError';
import { asIpcError, onlyWarnings, splitFailure, type Problems } from './problems';

/** A form's draft as read before saving: the input to send, or the problems found on the way. */
export type Parsed<Input> = { input: Input } | { problems: Problems };

/** The submit event of a `<form onsubmit>` handler. */
export type FormSubmitEvent = SubmitEvent & { currentTarget: HTMLFormElement };

/** One form's problems, general error and saving flag, and the submit handling they come from. */
export class Submission {
  problems = $state<Problems>({});
  general = $state<IpcError | null>(null);
  saving = $state(false);
  /** The last save was refused only with warnings: the form may offer to save anyway. */
  confirmable = $state(false);
  readonly #isField: (field: string) => boolean;

  /** `isField` tells which of the backend's problems the form shows next to one of its controls. */
  constructor(isField: (field: string) => boolean) {
    this.#isField = isField;
  }

  /**
   * Handles the form's submit event: reads the draft with `parse` and, if it reads, saves it with
   * `save`. Problems are shown and the first invalid control focused. True once saved.
   */
  async submit<Input>(
    event: FormSubmitEvent,
    parse: () => Parsed<Input>,
    save: (input: Input) => Promise<void>,
  ): Promise<boolean> {
    event.preventDefault();
    const form = event.currentTarget;
    if (this.saving) return false;
    this.confirmable = false;
    const parsed = parse();
    if ('problems' in parsed) {
      this.problems = parsed.problems;
      this.general = { code: 'invalid', message: '', fields: [] };
      await focusFirstInvalid(form);
      return false;
    }
    this.saving = true;
    try {
      await save(parsed.input);
      return true;
    } catch (reason) {
      ({ problems: this.problems, general: this.general } = splitFailure(reason, this.#isField));
      this.confirmable = onlyWarnings(asIpcError(reason));
      await focusFirstInvalid(form);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Forgets the last attempt's problems (for a form that stays open once saved). */
  clear(): void {
    this.problems = {};
    this.general = null;
    this.confirmable = false;
  }
}

/** After problems were rendered, focuses the first control marked invalid inside `form`. */
async function focusFirstInvalid(form: HTMLFormElement): Promise<void> {
  await tick();
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
