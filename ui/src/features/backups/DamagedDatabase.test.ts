// A database found damaged at start: LAG Desk leaves it alone and offers its copies, the latest
// first; once one is restored it says where the damaged file was kept and "Continue" opens the app
// as at start. Without copies it says what else can be done.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { backups } from '../../testing/backups';
import { appInfo, settings, strategyHandlers } from '../../testing/fixtures';
import { dashboard } from '../../testing/records';
import Shell from '../shell/Shell.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';

const damaged: IpcError = {
  code: 'database-damaged',
  message: '/tmp/lagdesk.sqlite3 is damaged (file is not a database); it was left untouched. Restore a backup to go on working.',
  fields: [],
};
const keptAt = '/tmp/lagdesk.damaged-2026-05-07-081500.sqlite3';

/** A database damaged until a copy is restored. */
function start(handlers: Handlers = {}) {
  let broken = true;
  const calls = mockBackend({
    get_settings: () => {
      if (broken) throw damaged;
      return settings('en');
    },
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    list_backups: () => backups,
    restore_backup: () => {
      broken = false;
      return { safetyCopy: null, damagedKeptAt: keptAt };
    },
    get_dashboard: () => dashboard,
    ...strategyHandlers,
    ...handlers,
  });
  render(Shell);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.info = null;
  session.strategyId = null;
});

describe('a damaged database at start', () => {
  it('lists the copies, the latest first, and explains what happens', async () => {
    start();
    await screen.findByTestId('damaged-row-2');
    expect(text('startup-error')).toContain('The database file is damaged, so LAG Desk cannot open it.');
    expect(text('damaged-explanation')).toBe(
      'The database file is damaged. It will not be changed. Restore the latest good copy to go on; the damaged file is kept beside it under a new name.',
    );
    expect(text('damaged-row-0')).toContain('6 May 2026, 10:30');
    expect(text('damaged-row-0')).toContain('Latest');
    expect(screen.getByTestId('damaged-restore-0').className).toContain('btn-primary');
    expect(screen.getByTestId('damaged-restore-1').className).not.toContain('btn-primary');
    expect(text('damaged-restore-0')).toBe('Restore this copy');
    expect(screen.queryByTestId('damaged-latest')).not.toBeNull();
    expect(screen.queryAllByTestId('damaged-latest')).toHaveLength(1);
    expect(screen.queryByTestId('nav-backups')).toBeNull();
  });

  it('restores the copy once confirmed, says where the damaged file is, and continues into the app', async () => {
    const calls = start();
    await fireEvent.click(await screen.findByTestId('damaged-restore-0'));
    expect(text('confirm-message')).toBe(
      'Restore the copy of 6 May 2026, 10:30? The damaged database is not deleted: it is kept beside it under a new name.',
    );
    expect(commandsOf(calls)).not.toContain('restore_backup');
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    expect((await screen.findByTestId('damaged-kept')).textContent).toBe(`The damaged file was kept as ${keptAt}.`);
    expect(text('damaged-restored')).toContain('Restored the copy of 6 May 2026, 10:30.');
    expect(calls.find((call) => call.command === 'restore_backup')?.args).toEqual({ path: backups[0].path });

    await fireEvent.click(screen.getByTestId('damaged-continue'));
    await screen.findByTestId('dash-allocated');
    expect(screen.queryByTestId('startup-error')).toBeNull();
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
    const after = commandsOf(calls).slice(commandsOf(calls).indexOf('restore_backup') + 1);
    expect(after).toEqual(expect.arrayContaining(['get_settings', 'get_app_info', 'get_organisation', 'list_strategies']));
  });

  it('keeps the list when a copy is damaged too, and says so', async () => {
    start({
      restore_backup: (args) => {
        throw { code: 'database-damaged', message: `${args.path} is damaged`, fields: [] } satisfies IpcError;
      },
    });
    await fireEvent.click(await screen.findByTestId('damaged-restore-1'));
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await screen.findByTestId('damaged-error');
    expect(text('damaged-error')).toContain('This copy is damaged: choose another one.');
    expect(text('damaged-error')).toContain(backups[1].path);
    expect(screen.queryByTestId('damaged-continue')).toBeNull();
    expect(screen.getByTestId('damaged-row-0')).toBeTruthy();
  });

  it('says so when there are no copies, and that the file can be sent to be repaired', async () => {
    setLocale('lt');
    start({ list_backups: () => [] });
    expect((await screen.findByTestId('damaged-none')).textContent).toBe(
      'Šios duomenų bazės atsarginių kopijų nėra. LAG Desk sugadinto failo nepakeitė: galite jį nusiųsti tam, kas gali jį pataisyti.',
    );
    expect(screen.queryByTestId('damaged-row-0')).toBeNull();
  });

  it('restores a copy saved elsewhere, chosen in the dialog', async () => {
    const calls = start({ list_backups: () => [], choose_backup_file: () => '/media/usb/lagdesk.sqlite3' });
    await screen.findByTestId('damaged-none');
    await fireEvent.click(screen.getByTestId('damaged-restore-file'));
    expect((await screen.findByTestId('confirm-message')).textContent).toBe(
      'Restore the copy /media/usb/lagdesk.sqlite3? The damaged database is not deleted: it is kept beside it under a new name.',
    );
    await fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await screen.findByTestId('damaged-kept');
    expect(calls.find((call) => call.command === 'restore_backup')?.args).toEqual({ path: '/media/usb/lagdesk.sqlite3' });
  });

  it('is not offered for other startup failures', async () => {
    mockBackend({
      get_settings: () => {
        throw { code: 'database-newer', message: '', fields: [] } satisfies IpcError;
      },
    });
    render(Shell);
    await screen.findByTestId('startup-error');
    await vi.waitFor(() => expect(text('startup-error')).toContain('newer version'));
    expect(screen.queryByTestId('damaged-database')).toBeNull();
  });
});
