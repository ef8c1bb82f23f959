// A list page's way to one record's detail and back: which record is open, and which row the focus
// goes back to.
import { describe, expect, it } from 'vitest';
import { ListDetail } from './listDetail.svelte';

/** A page whose reloads write down what was open when they ran. */
function page() {
  const reloads: string[] = [];
  const view: ListDetail = new ListDetail(async () => {
    reloads.push(`open=${view.openId ?? 'none'} creating=${view.creating}`);
  });
  return { view, reloads };
}

describe('ListDetail', () => {
  it('shows the list first, with no row to focus', () => {
    const { view } = page();
    expect([view.openId, view.creating, view.lastId]).toEqual([null, false, null]);
  });

  it('opens a record, and going back focuses its row', () => {
    const { view, reloads } = page();
    view.open({ id: 'm1' });
    expect(view.openId).toBe('m1');
    view.back();
    expect([view.openId, view.lastId]).toEqual([null, 'm1']);
    expect(reloads).toEqual([]);
  });

  it('opens a new record once it is saved, and loads the list again with it', async () => {
    const { view, reloads } = page();
    view.creating = true;
    await view.created({ id: 'm2' });
    expect([view.openId, view.creating]).toEqual(['m2', false]);
    expect(reloads).toEqual(['open=m2 creating=false']);
  });

  it('goes back to the list when the open record is deleted, with no row to focus', async () => {
    const { view, reloads } = page();
    view.open({ id: 'm1' });
    view.back();
    view.open({ id: 'm3' });
    await view.deleted();
    expect([view.openId, view.lastId]).toEqual([null, null]);
    expect(reloads).toEqual(['open=none creating=false']);
  });

  it('works as callbacks passed on without their object', () => {
    const { view } = page();
    const { open, back } = view;
    open({ id: 'm4' });
    back();
    expect(view.lastId).toBe('m4');
  });
});
