// Undo in the app frame: Ctrl+Z and the sidebar's Undo take back the latest saved change, say what
// was undone (or that nothing is left) and start the page shown afresh; typing keeps Ctrl+Z.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Undone } from '../../lib/bindings/Undone';
import { setLocale } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { mockBackend, type Handlers } from '../../testing/backend';
import { appInfo, settings, strategyHandlers } from '../../testing/fixtures';
import { dashboard } from '../../testing/records';
import Shell from './Shell.svelte';

/** Today at 14:05 on this computer's clock. */
const today = new Date();
today.setHours(14, 5, 0, 0);
const undone: Undone = { at: today.toISOString(), entity: 'project', action: 'update', label: 'MOLE-LEADER-2024-003', records: 1 };

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim();

/** The app on the activity log, with `undo_last` answering `undo`. */
async function onLogPage(undo: Handlers[string]) {
  const calls = mockBackend({
    get_settings: () => settings('en'),
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    ...strategyHandlers,
    get_dashboard: () => dashboard,
    audit_log: () => [],
    undo_last: undo,
  });
  render(Shell);
  await screen.findByTestId('dash-allocated');
  await fireEvent.click(screen.getByTestId('nav-log'));
  await screen.findByTestId('log-empty');
  const count = (command: string) => calls.filter((call) => call.command === command).length;
  return count;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.strategyId = null;
});

describe('undo', () => {
  it('takes back the latest change on Ctrl+Z, says what it was and shows the page afresh', async () => {
    const count = await onLogPage(() => undone);
    expect(count('audit_log')).toBe(1);
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await screen.findByTestId('undo-status');
    expect(text('undo-status')).toContain('Undone: the change to project MOLE-LEADER-2024-003 (edited at 14:05).');
    expect(count('undo_last')).toBe(1);
    await vi.waitFor(() => expect(count('audit_log')).toBe(2));
    expect(count('get_settings')).toBe(2);
    expect(screen.getByTestId('log-page')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('undo-status-close'));
    expect(screen.queryByTestId('undo-status')).toBeNull();
  });

  it('leaves Ctrl+Z to a field being typed in', async () => {
    const count = await onLogPage(() => undone);
    const input = screen.getByTestId('log-text');
    input.focus();
    await fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(count('undo_last')).toBe(0);
    expect(screen.queryByTestId('undo-status')).toBeNull();
  });

  it('says so when nothing is left to undo, from the sidebar button too', async () => {
    const count = await onLogPage(() => null);
    const button = screen.getByTestId('undo-button');
    expect(button.getAttribute('title')).toBe('Undo the latest saved change (Ctrl+Z)');
    await fireEvent.click(button);
    await screen.findByTestId('undo-status');
    expect(text('undo-status')).toContain('There is nothing more to undo.');
    expect(count('undo_last')).toBe(1);
    expect(count('audit_log')).toBe(1);
  });
});
