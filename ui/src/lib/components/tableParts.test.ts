// The pieces of a register's table: the sortable heading row, the edit and delete buttons of a row,
// the table or the line saying the list is empty, and the list's search field.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sort } from '../sorting';
import ListTable from './ListTable.svelte';
import RowActionsCell from './RowActionsCell.svelte';
import SearchBox from './SearchBox.svelte';
import SortHeaders from './SortHeaders.svelte';

type Key = 'name' | 'count';
const columns = [
  { key: 'name', label: 'col-number', testid: 'name' },
  { key: 'count', label: 'col-applications', testid: 'count', numeric: true },
] as const;

/** A snippet of fixed markup (one element). */
const markup = (html: string) => createRawSnippet(() => ({ render: () => html }));

/** A table part to render a row into. */
function inTable(part: 'thead' | 'tbody'): HTMLElement {
  const table = document.body.appendChild(document.createElement('table'));
  return table.appendChild(document.createElement(part));
}

afterEach(() => document.querySelectorAll('body > table').forEach((table) => table.remove()));

describe('SortHeaders', () => {
  it('marks the sorted column, and sorts by a column ascending first, then the other way', async () => {
    const onsort = vi.fn<(sort: Sort<Key>) => void>();
    const view = render(SortHeaders<Key>, {
      target: inTable('thead'),
      props: { columns, testid: 'things-sort', sort: { key: 'count', direction: 'ascending' }, onsort },
    });
    const heading = (testid: string) => screen.getByTestId(testid).closest('th');
    expect(heading('things-sort-count')?.getAttribute('aria-sort')).toBe('ascending');
    expect(heading('things-sort-count')?.classList.contains('num')).toBe(true);
    expect(heading('things-sort-name')?.getAttribute('aria-sort')).toBe('none');
    expect(heading('things-sort-name')?.classList.contains('num')).toBe(false);
    expect(screen.getByTestId('things-sort-name').textContent).toContain('No.');
    // The last heading is the actions column's, for screen readers.
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);

    await fireEvent.click(screen.getByTestId('things-sort-count'));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'count', direction: 'descending' });
    await fireEvent.click(screen.getByTestId('things-sort-name'));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'name', direction: 'ascending' });
    await view.rerender({ sort: { key: 'count', direction: 'descending' } });
    expect(heading('things-sort-count')?.getAttribute('aria-sort')).toBe('descending');
  });
});

describe('RowActionsCell', () => {
  const row = () => inTable('tbody').appendChild(document.createElement('tr'));

  it("edits and deletes the row, labelled with the row's name", async () => {
    const onedit = vi.fn();
    const ondelete = vi.fn();
    render(RowActionsCell, { target: row(), props: { name: 'Alantos', testid: 'thing', onedit, ondelete } });
    const remove = screen.getByTestId('delete-thing') as HTMLButtonElement;
    expect(screen.getByTestId('edit-thing').getAttribute('aria-label')).toContain('Alantos');
    expect(remove.getAttribute('aria-label')).toContain('Alantos');
    expect(remove.disabled).toBe(false);
    expect(remove.title).toBe('Delete');
    await fireEvent.click(screen.getByTestId('edit-thing'));
    await fireEvent.click(remove);
    expect(onedit).toHaveBeenCalledOnce();
    expect(ondelete).toHaveBeenCalledOnce();
  });

  it('turns the delete button off, saying why, while the row cannot be deleted', () => {
    render(RowActionsCell, {
      target: row(),
      props: { name: 'Alantos', testid: 'thing', blocked: 'Still used.', onedit: () => undefined, ondelete: () => undefined },
    });
    const remove = screen.getByTestId('delete-thing') as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    expect(remove.title).toBe('Still used.');
  });

  it("takes the table's own test ids and labels, and puts the row's other actions first", async () => {
    const onedit = vi.fn();
    render(RowActionsCell, {
      target: row(),
      props: {
        name: 'Jonas',
        testid: { edit: 'sheet-edit-0', delete: 'sheet-delete-0' },
        labels: { edit: 'Correct the sheet of Jonas', delete: 'Delete the sheet of Jonas' },
        onedit,
        ondelete: () => undefined,
        children: markup('<button type="button" data-testid="sheet-values-0">☰</button>'),
      },
    });
    const buttons = screen.getAllByRole('button').map((button) => button.dataset.testid);
    expect(buttons).toEqual(['sheet-values-0', 'sheet-edit-0', 'sheet-delete-0']);
    expect(screen.getByTestId('sheet-edit-0').getAttribute('aria-label')).toBe('Correct the sheet of Jonas');
    expect(screen.getByTestId('sheet-delete-0').getAttribute('aria-label')).toBe('Delete the sheet of Jonas');
    expect((screen.getByTestId('sheet-delete-0') as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(screen.getByTestId('sheet-edit-0'));
    expect(onedit).toHaveBeenCalledOnce();
  });
});

describe('ListTable', () => {
  const parts = {
    empty: 'Nothing yet.',
    emptyTestid: 'things-empty',
    testid: 'things',
    head: markup('<tr><th>Name</th></tr>'),
    children: markup('<tr data-testid="thing-0"><td>Alanta</td></tr>'),
  };

  it('says the list is empty instead of showing a table', () => {
    render(ListTable, { props: { ...parts, count: 0 } });
    expect(screen.getByTestId('things-empty').textContent).toBe('Nothing yet.');
    expect(screen.getByTestId('things-empty').classList.contains('list-empty')).toBe(true);
    expect(screen.queryByTestId('things')).toBeNull();
  });

  it('shows the rows in a table with its heading, caption and totals', () => {
    render(ListTable, {
      props: { ...parts, count: 1, class: 'money-table', caption: 'Things', foot: markup('<tr><td>Total</td></tr>') },
    });
    const table = screen.getByTestId('things');
    expect(table.className).toBe('data money-table');
    expect(table.parentElement?.classList.contains('table-wrap')).toBe(true);
    expect(table.querySelector('caption.sr-only')?.textContent).toBe('Things');
    expect(table.querySelector('thead th')?.textContent).toBe('Name');
    expect(table.querySelector('tbody [data-testid="thing-0"]')).not.toBeNull();
    expect(table.querySelector('tfoot td')?.textContent).toBe('Total');
    expect(screen.queryByTestId('things-empty')).toBeNull();
  });

  it('leaves out the caption and the totals when there are none', () => {
    render(ListTable, { props: { ...parts, count: 1 } });
    const table = screen.getByTestId('things');
    expect(table.className).toBe('data');
    expect(table.querySelector('caption')).toBeNull();
    expect(table.querySelector('tfoot')).toBeNull();
  });
});

describe('SearchBox', () => {
  it('is a labelled search field that takes the focus when asked', async () => {
    const view = render(SearchBox, { id: 'thing-search', label: 'Search', placeholder: 'Name', value: '' });
    const input = screen.getByLabelText('Search') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(input.dataset.testid).toBe('thing-search');
    expect(input.placeholder).toBe('Name');
    view.component.focus();
    expect(document.activeElement).toBe(input);
  });
});
