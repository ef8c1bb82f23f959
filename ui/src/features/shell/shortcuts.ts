// App-wide keyboard shortcuts: Ctrl+S (Cmd+S) submits the open form; Escape cancels it.
// Dialogs handle their own Escape first. A form marked `data-focus-only` (a small action form on a
// record's page, such as changing a project's status) takes the shortcuts only while it has the focus.

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

export function handleShortcut(event: KeyboardEvent): void {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
    event.preventDefault();
    openForm()?.requestSubmit();
  } else if (event.key === 'Escape' && !event.defaultPrevented) {
    const cancel = openForm()?.querySelector<HTMLButtonElement>('button[data-cancel]');
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  }
}
