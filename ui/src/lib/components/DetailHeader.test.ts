// The header of one record's page: loading, then the record's title with edit and delete, and the
// delete asked about before it runs.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { Deletion } from '../deletion.svelte';
import { t } from '../i18n';
import DetailHeader from './DetailHeader.svelte';

type Thing = { id: string; code: string; title: string };
const thing: Thing = { id: 'co1', code: 'COOP-1', title: 'Amatų keliai' };

/** The header of a cooperation project's page, with a delete that removes nothing but says it did. */
function header(record: Thing | null, extra: { deleteTestid?: string } = {}) {
  const remove = vi.fn(async (_: Thing) => null);
  const ongone = vi.fn();
  const onedit = vi.fn();
  const onback = vi.fn();
  const deletion = new Deletion<Thing>({ remove, onfailure: () => undefined, ongone });
  const view = render(DetailHeader<Thing>, {
    props: {
      record,
      title: (shown) => shown.title,
      overline: 'Overline',
      meta: createRawSnippet((shown: () => Thing) => ({ render: () => `<span data-testid="meta">${shown().code}</span>` })),
      name: 'coop',
      onback,
      onedit,
      deletion,
      deleteText: (shown) => `Delete ${shown.code}?`,
      ...extra,
    },
  });
  return { view, remove, ongone, onedit, onback };
}

describe('DetailHeader', () => {
  it('offers only the way back while the record loads', async () => {
    const { onback } = header(null);
    expect(screen.getByTestId('page-title').textContent).toBe(t('loading'));
    expect(screen.queryByTestId('meta')).toBeNull();
    expect(screen.queryByTestId('coop-edit')).toBeNull();
    expect(screen.queryByTestId('coop-delete')).toBeNull();
    expect(screen.getByTestId('coop-back').textContent).toContain(t('coop-back'));
    await fireEvent.click(screen.getByTestId('coop-back'));
    expect(onback).toHaveBeenCalledOnce();
  });

  it("shows the record's title and what the page says about it, and edits the record", async () => {
    const { onedit } = header(thing);
    expect(screen.getByTestId('page-title').textContent).toBe('Amatų keliai');
    expect(screen.getByText('Overline')).toBeTruthy();
    expect(screen.getByTestId('meta').textContent).toBe('COOP-1');
    expect(screen.getByTestId('coop-edit').textContent?.trim()).toBe(t('coop-edit'));
    await fireEvent.click(screen.getByTestId('coop-edit'));
    expect(onedit).toHaveBeenCalledWith(thing);
  });

  it('asks before deleting, and deletes the record once confirmed', async () => {
    const { remove, ongone } = header(thing);
    await fireEvent.click(screen.getByTestId('coop-delete'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain(t('coop-delete-title'));
    expect(screen.getByTestId('confirm-message').textContent).toBe('Delete COOP-1?');
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe(t('coop-delete-confirm'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(ongone).toHaveBeenCalledOnce());
    expect(remove).toHaveBeenCalledWith(thing);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('deletes nothing when the user cancels', async () => {
    const { remove } = header(thing);
    await fireEvent.click(screen.getByTestId('coop-delete'));
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(remove).not.toHaveBeenCalled();
  });

  it('names the delete button otherwise where the page asks it to', () => {
    header(thing, { deleteTestid: 'delete-project' });
    expect(screen.getByTestId('delete-project').textContent?.trim()).toBe(t('coop-delete'));
    expect(screen.queryByTestId('coop-delete')).toBeNull();
  });
});
