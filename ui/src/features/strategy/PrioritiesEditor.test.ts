// The priorities and measures editor: deleting with confirmation, reordering, the measure form.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { mockBackend } from '../../testing/backend';
import { measures, priorities, strategy } from '../../testing/fixtures';
import PrioritiesEditor from './PrioritiesEditor.svelte';

const secondPriority = { id: 'p2', strategyId: 's1', code: 'P2', title: 'Bendruomenės', position: 1 };

function renderEditor() {
  const onchange = vi.fn(async () => undefined);
  render(PrioritiesEditor, { strategy, priorities: [...priorities, secondPriority], measures, onchange });
  return onchange;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('priorities and measures editor', () => {
  it('asks before deleting and explains a priority that still has measures', async () => {
    const calls = mockBackend({
      delete_priority: () => {
        throw { code: 'still-referenced', message: '', fields: [{ field: 'id', code: 'still-referenced', args: { count: '2' }, message: '' }] };
      },
    });
    const onchange = renderEditor();
    await fireEvent.click(screen.getByTestId('priority-delete-P1'));
    expect(screen.getByTestId('confirm-message').textContent).toContain('P1');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('editor-error')).textContent).toContain(
      'This priority still has 2 measures: move or delete them first.',
    );
    expect(calls.map((call) => call.args)).toEqual([{ id: 'p1' }]);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(onchange).not.toHaveBeenCalled();
  });

  it('cancels a deletion with Escape', async () => {
    const calls = mockBackend({});
    renderEditor();
    await fireEvent.click(screen.getByTestId('measure-delete-M1.1'));
    await fireEvent.keyDown(screen.getByTestId('confirm-cancel'), { key: 'Escape' });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('moves priorities with the buttons and with Alt+Arrow on the row, then reloads', async () => {
    const calls = mockBackend({ move_priority: () => [] });
    const onchange = renderEditor();
    expect((screen.getByTestId('priority-up-P1') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('priority-down-P1'));
    await fireEvent.keyDown(screen.getByTestId('priority-row-P2'), { key: 'ArrowUp', altKey: true });
    await vi.waitFor(() => expect(onchange).toHaveBeenCalledTimes(2));
    expect(calls.map((call) => call.args)).toEqual([
      { id: 'p1', direction: 'down' },
      { id: 'p2', direction: 'up' },
    ]);
  });

  it('puts running and animation lines outside the priorities in the measure form', async () => {
    const calls = mockBackend({ create_measure: (args) => args.input });
    const onchange = renderEditor();
    await fireEvent.click(screen.getByTestId('measure-add'));
    const priority = screen.getByTestId('measure-priority') as HTMLSelectElement;
    expect(priority.value).toBe('p1');
    await fireEvent.change(screen.getByTestId('measure-kind'), { target: { value: 'animation' } });
    expect(priority.value).toBe('');
    await fireEvent.input(screen.getByTestId('measure-code'), { target: { value: 'A1' } });
    await fireEvent.input(screen.getByTestId('measure-title'), { target: { value: 'Aktyvinimas' } });
    await fireEvent.input(screen.getByTestId('measure-allocation'), { target: { value: '150 000' } });
    await fireEvent.input(screen.getByTestId('measure-max-intensity'), { target: { value: '80' } });
    await fireEvent.click(screen.getByTestId('measure-save'));
    await vi.waitFor(() => expect(onchange).toHaveBeenCalledOnce());
    expect(calls[0].args).toEqual({
      strategyId: 's1',
      input: {
        priorityId: null,
        code: 'A1',
        title: 'Aktyvinimas',
        kind: 'animation',
        allocation: 15_000_000,
        plannedProjects: null,
        maxIntensity: 8000,
        maxGrant: null,
        yearly: [],
      },
    });
    expect(screen.queryByTestId('measure-dialog')).toBeNull();
  });

  it('keeps the priority dialog open with the backend problem next to the code', async () => {
    const calls = mockBackend({
      create_priority: () => {
        throw { code: 'invalid', message: '', fields: [{ field: 'code', code: 'duplicate-code', args: { code: 'P1' }, message: '' }] };
      },
    });
    const onchange = renderEditor();
    await fireEvent.click(screen.getByTestId('priority-add'));
    await fireEvent.input(screen.getByTestId('priority-code'), { target: { value: ' P1 ' } });
    await fireEvent.input(screen.getByTestId('priority-title'), { target: { value: 'Darbo vietos' } });
    await fireEvent.click(screen.getByTestId('priority-save'));
    expect((await screen.findByTestId('error-code')).textContent).toBe('The code P1 is already used.');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('priority-code')));
    expect(calls[0].args).toEqual({ strategyId: 's1', input: { code: 'P1', title: 'Darbo vietos' } });
    expect(screen.getByTestId('priority-dialog')).toBeTruthy();
    expect(onchange).not.toHaveBeenCalled();
  });

  it('stops a measure without an allocation before sending anything', async () => {
    const calls = mockBackend({});
    renderEditor();
    await fireEvent.click(screen.getByTestId('measure-add'));
    await fireEvent.input(screen.getByTestId('measure-code'), { target: { value: 'M1.3' } });
    await fireEvent.click(screen.getByTestId('measure-save'));
    expect((await screen.findByTestId('error-allocation')).textContent).toBe('Required.');
    expect(screen.getByTestId('form-error').textContent).toContain('Please correct the marked fields.');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('measure-allocation')));
    expect(calls).toEqual([]);
  });
});
