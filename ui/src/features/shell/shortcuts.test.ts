// Ctrl+S and Escape: which form they act on, and that a focus-only form (a project's status step)
// is left alone unless the user is in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleShortcut } from './shortcuts';

const save = () => new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true });

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
});
