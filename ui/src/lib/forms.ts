// Small helpers shared by the forms: moving the focus to the first field with a problem.
import { tick } from 'svelte';

/** After problems were rendered, focuses the first control marked invalid inside `form`. */
export async function focusFirstInvalid(form: HTMLElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
