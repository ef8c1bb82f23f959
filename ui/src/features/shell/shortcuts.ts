// App-wide keyboard shortcuts: Ctrl+S (Cmd+S) submits the open form; Escape cancels it; Ctrl+Z
// (Cmd+Z) undoes the latest saved change, except while typing, where the field's own undo applies,
// and while a dialog is open. Dialogs handle their own Escape first. A form marked `data-focus-only`
// (a small action form on a record's page, such as changing a project's status) takes the shortcuts
// only while it has the focus.

/** What the shortcuts do beyond the open form. */
export type ShortcutActions = { undo?: () => void };

/** Inputs without text of their own to undo. */
const UNTYPED = ['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit'];

/** Whether `element` is where the browser's own undo applies: a text input, a textarea, a select or editable content. */
export function typingIn(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !UNTYPED.includes(element.type);
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** The open form: the one holding the focus, else the one in a dialog, else the page's. */
function openForm(): HTMLFormElement | null {
  const active = document.activeElement;
  const focused = active instanceof HTMLElement ? active.closest('form') : null;
  return (
    focused ??
    document.querySelector('[role="dialog"] form') ??
    document.querySelector('main form:not([data-focus-only])')
  );
}

export function handleShortcut(event: KeyboardEvent, actions: ShortcutActions = {}): void {
  const command = (event.ctrlKey || event.metaKey) && !event.altKey;
  if (command && event.key.toLowerCase() === 's') {
    event.preventDefault();
    openForm()?.requestSubmit();
  } else if (command && !event.shiftKey && event.key.toLowerCase() === 'z' && actions.undo) {
    if (typingIn(document.activeElement) || document.querySelector('[role="dialog"]')) return;
    event.preventDefault();
    actions.undo();
  } else if (event.key === 'Escape' && !event.defaultPrevented) {
    const cancel = openForm()?.querySelector<HTMLButtonElement>('button[data-cancel]');
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  }
}
