// Ctrl+S and Escape: which form they act on, and that a focus-only form (a project's status step)
// is left alone unless the user is in it. Ctrl+Z (Cmd+Z): undo, except while typing or in a dialog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleShortcut, typingIn } from './shortcuts';

const save = () => new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true });
const undoKey = (init: KeyboardEventInit = { ctrlKey: true }) => new KeyboardEvent('keydown', { key: 'z', cancelable: true, ...init });

function page(html: string): Record<string, ReturnType<typeof vi.fn>> {
  document.body.innerHTML = `<main>${html}</main>`;
  const submitted: Record<string, ReturnType<typeof vi.fn>> = {};
  for (const form of document.querySelectorAll('form')) {
    const spy = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', spy);
    submitted[form.id] = spy;
  }
  return submitted;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('shortcuts', () => {
  it('submits a focus-only form only while it holds the focus', () => {
    const submitted = page('<button id="back">Back</button><form id="status" data-focus-only><input id="note" /></form>');
    document.getElementById('back')?.focus();
    handleShortcut(save());
    expect(submitted.status).not.toHaveBeenCalled();
    document.getElementById('note')?.focus();
    handleShortcut(save());
    expect(submitted.status).toHaveBeenCalledOnce();
  });

  it('submits the page form when nothing is focused, skipping focus-only forms', () => {
    const submitted = page('<form id="status" data-focus-only></form><form id="project"><input /></form>');
    const event = save();
    handleShortcut(event);
    expect(event.defaultPrevented).toBe(true);
    expect(submitted.project).toHaveBeenCalledOnce();
    expect(submitted.status).not.toHaveBeenCalled();
  });

  it('undoes with Ctrl+Z or Cmd+Z where nothing is being typed', () => {
    page('<button id="back">Back</button><input id="done" type="checkbox" />');
    const undo = vi.fn();
    document.getElementById('back')?.focus();
    const ctrl = undoKey();
    handleShortcut(ctrl, { undo });
    expect(ctrl.defaultPrevented).toBe(true);
    document.getElementById('done')?.focus();
    handleShortcut(undoKey({ metaKey: true }), { undo });
    expect(undo).toHaveBeenCalledTimes(2);
    handleShortcut(undoKey({ ctrlKey: true, shiftKey: true }), { undo });
    handleShortcut(new KeyboardEvent('keydown', { key: 'z' }), { undo });
    expect(undo).toHaveBeenCalledTimes(2);
  });

  it('leaves Ctrl+Z to the field being typed in, and to an open dialog', () => {
    page('<input id="title" /><textarea id="note"></textarea><select id="kind"></select><div id="rich" contenteditable="true"><b id="bold">x</b></div>');
    const undo = vi.fn();
    for (const id of ['title', 'note', 'kind']) {
      document.getElementById(id)?.focus();
      const event = undoKey();
      handleShortcut(event, { undo });
      expect(event.defaultPrevented).toBe(false);
    }
    expect(typingIn(document.getElementById('bold'))).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><button id="ok">OK</button></div>');
    document.getElementById('ok')?.focus();
    handleShortcut(undoKey(), { undo });
    expect(undo).not.toHaveBeenCalled();
  });
});
