// The backups page: the copies with their dates, reasons and sizes in the UI's language, a copy
// made now, a copy saved elsewhere (asking before a file is replaced), restoring a copy once
// confirmed and undoing it, a copy that cannot be restored, and the database check.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale, t } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { backups, madeNow, restored, safetyCopy } from '../../testing/backups';
import { appInfo, settings, strategyHandlers } from '../../testing/fixtures';
import Shell from '../shell/Shell.svelte';
import BackupsPage from './BackupsPage.svelte';
import { backupsFolder, folderOf } from './backupText';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent?.trim());
const restoreCalls = (calls: { command: string; args: Record<string, unknown> }[]) =>
  calls.filter((call) => call.command === 'restore_backup').map((call) => call.args);

/** The session a restore reads again, and the copies. */
function renderPage(handlers: Handlers = {}) {
  session.info = appInfo(false);
  const calls = mockBackend({
    list_backups: () => backups,
    get_settings: () => settings('en'),
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    ...strategyHandlers,
    ...handlers,
  });
  render(BackupsPage);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.info = null;
  session.organisation = null;
  session.strategyId = null;
});

describe('backups folder', () => {
  it('is beside the database, written as the database path is', () => {
    expect(backupsFolder('/tmp/lagdesk.sqlite3', [])).toBe('/tmp/backups');
    expect(backupsFolder('C:\\Users\\Ruta\\LAG Desk\\lagdesk.sqlite3', [])).toBe('C:\\Users\\Ruta\\LAG Desk\\backups');
    expect(backupsFolder(null, backups)).toBe('/tmp/backups');
    expect(backupsFolder(null, [])).toBeNull();
    expect(folderOf('/lagdesk.sqlite3')).toBe('/');
  });
});

describe('backups page', () => {
  it('lists the copies with the day, time, reason and size in the language of the UI', async () => {
    setLocale('lt');
    renderPage();
    await screen.findByTestId('backup-row-2');
    expect(cells('backup-row-0')).toEqual(['2026-05-06 10:30', 'Padaryta rankiniu būdu', '1,2 MB']);
    expect(cells('backup-row-1')).toEqual(['2026-05-06 09:00', 'Po pusvalandžio darbo', '1,1 MB']);
    expect(cells('backup-row-2')).toEqual(['2026-05-05 08:15', 'Paleista programa', '20 kB']);
    expect(text('backups-count')).toBe('3 kopijos');
    expect(text('backup-folder')).toBe('/tmp/backups');
    expect(text('backup-restore-0')).toBe('Atkurti');
    setLocale('lv');
    await tick();
    expect(cells('backup-row-0')).toEqual(['06.05.2026. 10:30', 'Izveidota manuāli', '1,2 MB']);
    setLocale('en');
    await tick();
    expect(cells('backup-row-2')).toEqual(['5 May 2026, 08:15', 'The app started', '20 kB']);
    expect(screen.getByTestId('backup-restore-0').getAttribute('aria-label')).toBe('Restore the copy of 6 May 2026, 10:30');
  });

  it('says so when there are no copies yet', async () => {
    renderPage({ list_backups: () => [] });
    expect((await screen.findByTestId('backups-empty')).textContent).toBe(t('backups-empty'));
    expect(text('backups-count')).toBe('0 copies');
  });

  it('backs up now, lists the new copy first and says so', async () => {
    let stored = [...backups];
    const calls = renderPage({
      list_backups: () => stored,
      back_up_now: () => {
        stored = [madeNow, ...stored];
        return madeNow;
      },
    });
    await screen.findByTestId('backup-row-2');
    await fireEvent.click(screen.getByTestId('backup-now'));
    expect(await screen.findByTestId('backup-status')).toBeTruthy();
    expect(text('backup-status')).toBe('A copy was made (7 May 2026, 08:00); it is at the top of the list.');
    await vi.waitFor(() => expect(screen.queryByTestId('backup-row-3')).not.toBeNull());
    expect(cells('backup-row-0')).toEqual(['7 May 2026, 08:00', 'Made by hand', '1.2 MB']);
    expect(commandsOf(calls)).toEqual(['list_backups', 'back_up_now', 'list_backups']);
  });

  it('asks before replacing an existing file with a copy, then replaces it', async () => {
    const exists: IpcError = { code: 'file-exists', message: '/home/ruta/lagdesk.sqlite3 already exists', fields: [] };
    const calls = renderPage({
      choose_backup_copy_path: () => '/home/ruta/lagdesk.sqlite3',
      save_backup_copy: (args) => {
        if (!args.replace) throw exists;
        return null;
      },
    });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-save-copy'));
    expect((await screen.findByTestId('confirm-message')).textContent).toBe(
      '/home/ruta/lagdesk.sqlite3 already exists. Replace it with this copy?',
    );
    expect(screen.queryByTestId('backup-status')).toBeNull();
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('backup-status')).textContent?.trim()).toBe('A copy was saved to /home/ruta/lagdesk.sqlite3.');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(calls.filter((call) => call.command === 'save_backup_copy').map((call) => call.args)).toEqual([
      { path: '/home/ruta/lagdesk.sqlite3', replace: false },
      { path: '/home/ruta/lagdesk.sqlite3', replace: true },
    ]);
  });

  it('keeps the file when the user does not want it replaced, and saves nothing when the dialog is cancelled', async () => {
    let chosen: string | null = '/home/ruta/lagdesk.sqlite3';
    const calls = renderPage({
      choose_backup_copy_path: () => chosen,
      save_backup_copy: () => {
        throw { code: 'file-exists', message: '', fields: [] } satisfies IpcError;
      },
    });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-save-copy'));
    await fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    chosen = null;
    await fireEvent.click(screen.getByTestId('backup-save-copy'));
    await vi.waitFor(() => expect(commandsOf(calls).filter((c) => c === 'choose_backup_copy_path')).toHaveLength(2));
    expect(calls.filter((call) => call.command === 'save_backup_copy')).toHaveLength(1);
    expect(screen.queryByTestId('backup-status')).toBeNull();
    expect(screen.queryByTestId('backup-error')).toBeNull();
  });

  it('restores a copy once confirmed, and undoes it without asking again', async () => {
    const calls = renderPage({ restore_backup: () => restored });
    await screen.findByTestId('backup-row-1');
    await fireEvent.click(screen.getByTestId('backup-restore-1'));
    expect(text('confirm-message')).toBe(
      'Restore the copy of 6 May 2026, 09:00? The database as it is now is kept as a backup first, so you can undo this.',
    );
    expect(restoreCalls(calls)).toEqual([]);
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    expect((await screen.findByTestId('backup-restored')).textContent).toContain('Restored the copy of 6 May 2026, 09:00.');
    expect(restoreCalls(calls)).toEqual([{ path: backups[1].path }]);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();

    await fireEvent.click(screen.getByTestId('backup-undo'));
    expect(await screen.findByTestId('backup-undone')).toBeTruthy();
    expect(text('backup-undone')).toBe('✓ The restore was undone.');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(screen.queryByTestId('backup-restored')).toBeNull();
    expect(restoreCalls(calls)).toEqual([{ path: backups[1].path }, { path: safetyCopy.path }]);
  });

  it('reads the session again after a restore, as at start', async () => {
    const calls = renderPage({ restore_backup: () => restored });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-restore-0'));
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await screen.findByTestId('backup-restored');
    await vi.waitFor(() => expect(session.strategyId).toBe('s1'));
    const after = commandsOf(calls).slice(commandsOf(calls).indexOf('restore_backup') + 1);
    expect(after).toEqual(expect.arrayContaining(['list_backups', 'get_settings', 'get_app_info', 'get_organisation', 'list_strategies']));
  });

  it('restores a file chosen in the dialog once confirmed, and nothing when the dialog is cancelled', async () => {
    let chosen: string | null = null;
    const calls = renderPage({ choose_backup_file: () => chosen, restore_backup: () => restored });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-restore-file'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('choose_backup_file'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();

    chosen = '/media/usb/lagdesk-copy.sqlite3';
    await fireEvent.click(screen.getByTestId('backup-restore-file'));
    expect((await screen.findByTestId('confirm-message')).textContent).toBe(
      'Restore the copy /media/usb/lagdesk-copy.sqlite3? The database as it is now is kept as a backup first, so you can undo this.',
    );
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    expect((await screen.findByTestId('backup-restored')).textContent).toContain('Restored the copy /media/usb/lagdesk-copy.sqlite3.');
    expect(restoreCalls(calls)).toEqual([{ path: '/media/usb/lagdesk-copy.sqlite3' }]);
  });

  it('says why a copy could not be restored, naming it, and changes nothing', async () => {
    let refusal: IpcError = {
      code: 'not-a-lagdesk-database',
      message: '/tmp/backups/x.sqlite3 is not a LAG Desk database; it was left untouched',
      fields: [],
    };
    const calls = renderPage({
      restore_backup: () => {
        throw refusal;
      },
    });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-restore-0'));
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await screen.findByTestId('backup-error');
    expect(text('backup-error')).toBe(`× This file is not a LAG Desk database. ${backups[0].path}`);
    expect(screen.queryByTestId('backup-restored')).toBeNull();
    expect(commandsOf(calls)).not.toContain('get_settings');

    refusal = { code: 'database-damaged', message: `${backups[2].path} is damaged`, fields: [] };
    await fireEvent.click(screen.getByTestId('backup-restore-2'));
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await vi.waitFor(() => expect(text('backup-error')).toBe(`× This copy is damaged: choose another one. ${backups[2].path}`));
    expect(screen.queryByTestId('backup-restored')).toBeNull();
  });

  it('says when the database is sound', async () => {
    renderPage({ check_database: () => ({ problems: [] }) });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-check'));
    expect((await screen.findByTestId('backup-check-result')).textContent).toContain(
      'The database is sound: every page, index and reference was checked.',
    );
  });

  it('lists the problems the check found', async () => {
    setLocale('lt');
    const problems = ['Page 12: btreeInitPage() returns error code 11', 'row 3 missing from index idx_projects_strategy'];
    renderPage({ check_database: () => ({ problems }) });
    await screen.findByTestId('backup-row-0');
    await fireEvent.click(screen.getByTestId('backup-check'));
    const result = await screen.findByTestId('backup-check-result');
    expect(result.getAttribute('role')).toBe('alert');
    expect(text('backup-check-result')).toContain('Tikrinant rasta 2 problemos:');
    expect([...result.querySelectorAll('li')].map((item) => item.textContent)).toEqual(problems);
  });
});

describe('plurals of the backups', () => {
  it('decline in Lithuanian and Latvian', () => {
    setLocale('lt');
    expect([1, 3, 10, 21].map((count) => t('backups-count', { count }))).toEqual(['1 kopija', '3 kopijos', '10 kopijų', '21 kopija']);
    expect(t('backup-check-problems', { count: 1 })).toBe('Tikrinant rasta 1 problema:');
    expect(t('backup-check-problems', { count: 12 })).toBe('Tikrinant rasta 12 problemų:');
    setLocale('lv');
    expect([0, 1, 3, 21].map((count) => t('backups-count', { count }))).toEqual(['0 kopiju', '1 kopija', '3 kopijas', '21 kopija']);
    expect(t('backup-check-problems', { count: 2 })).toBe('Pārbaudes rezultāts – 2 problēmas:');
  });
});

describe('backups in the app', () => {
  it('are offered without a strategy, above the settings, and show the restored data', async () => {
    let organisation: { name: string } | null = null;
    mockBackend({
      get_settings: () => settings('en'),
      get_app_info: () => appInfo(true),
      get_organisation: () => (organisation ? { ...organisation, legalCode: '', country: '', region: '', address: '' } : null),
      list_backups: () => backups,
      restore_backup: () => {
        organisation = { name: 'Molėtų krašto VVG' };
        return restored;
      },
      ...strategyHandlers,
      list_strategies: () => [],
    });
    render(Shell);
    await screen.findByTestId('welcome');
    const items = screen.getAllByTestId(/^nav-/).map((item) => item.dataset.testid);
    expect(items.slice(-2)).toEqual(['nav-backups', 'nav-settings']);
    await fireEvent.click(screen.getByTestId('nav-backups'));
    expect(screen.getByTestId('nav-backups').getAttribute('aria-current')).toBe('page');
    await fireEvent.click(await screen.findByTestId('backup-restore-0'));
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await screen.findByTestId('backup-restored');
    await vi.waitFor(() => expect(screen.getByTestId('sidebar-organisation').textContent).toBe('Molėtų krašto VVG'));
    expect(screen.getByTestId('backups-page')).toBeTruthy();
    expect(screen.getByTestId('backup-undo')).toBeTruthy();
  });
});
