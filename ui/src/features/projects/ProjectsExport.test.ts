// Exporting the projects list from its page: the dialog, the native save dialog suggesting the
// list's name in the UI's language, the table of exactly what is shown sent with the format and the
// language, the line saying where it went, a typed path, and asking before a file is replaced.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import type { ListTable } from '../../lib/bindings/ListTable';
import { isoDate } from '../../lib/format';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures, strategy } from '../../testing/fixtures';
import { openCall, overSubscribed, projects } from '../../testing/records';
import ProjectsPage from './ProjectsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const today = isoDate(new Date());

async function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_projects: () => projects,
    list_calls: () => [overSubscribed, openCall],
    list_measures: () => measures,
    get_strategy: () => strategy,
    choose_export_path: () => '/home/ruta/projektai.xlsx',
    export_list: (args) => args.path,
    ...handlers,
  });
  render(ProjectsPage, { strategyId: 's1', openId: null });
  await screen.findByTestId('projects-table');
  return calls;
}

const exportArgs = (calls: Awaited<ReturnType<typeof open>>) => calls.filter((c) => c.command === 'export_list').map((c) => c.args);

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('exporting the projects list', () => {
  it('saves the rows shown as XLSX where the user chooses, in the UI language', async () => {
    setLocale('lt');
    const calls = await open();
    await fireEvent.change(screen.getByTestId('projects-filter-call'), { target: { value: 'c1' } });
    await fireEvent.click(screen.getByTestId('projects-sort-eligible'));
    await fireEvent.click(screen.getByTestId('export-projects'));
    expect(text('export-rows')).toMatch(/^2 eilutės kaip ekrane/);
    await fireEvent.click(screen.getByTestId('export-projects-xlsx'));
    await screen.findByTestId('export-status');
    expect(calls.find((c) => c.command === 'choose_export_path')?.args).toEqual({ name: `projektai-${today}`, format: 'xlsx' });
    const [args] = exportArgs(calls);
    expect(args).toMatchObject({ format: 'xlsx', locale: 'lt', path: '/home/ruta/projektai.xlsx', replace: false });
    const table = args.table as ListTable;
    expect(table.name).toBe('projects');
    expect(table.headers.slice(0, 3)).toEqual(['Nr.', 'Pavadinimas', 'Būsena']);
    expect(table.rows.map((row) => row[0])).toEqual([
      { kind: 'text', value: 'VP-2024-02' },
      { kind: 'text', value: 'VP-2024-01' },
    ]);
    expect(table.rows[1][7]).toEqual({ kind: 'money', value: 6_000_000 });
    expect(text('export-status')).toBe('Išsaugotos 2 eilutės: /home/ruta/projektai.xlsx.');
    expect(screen.queryByTestId('export-dialog')).toBeNull();
  });

  it('saves CSV in English with the English name', async () => {
    const calls = await open({ choose_export_path: () => '/home/ruta/projects.csv' });
    await fireEvent.click(screen.getByTestId('export-projects'));
    await fireEvent.click(screen.getByTestId('export-projects-csv'));
    await screen.findByTestId('export-status');
    expect(calls.find((c) => c.command === 'choose_export_path')?.args).toEqual({ name: `projects-${today}`, format: 'csv' });
    expect(exportArgs(calls)[0]).toMatchObject({ format: 'csv', locale: 'en' });
    expect((exportArgs(calls)[0].table as ListTable).rows).toHaveLength(3);
    expect(text('export-status')).toBe('Saved 3 rows to /home/ruta/projects.csv.');
  });

  it('asks before replacing an existing file, then replaces it', async () => {
    const exists: IpcError = { code: 'file-exists', message: '/home/ruta/projektai.xlsx already exists', fields: [] };
    const calls = await open({
      export_list: (args) => {
        if (!args.replace) throw exists;
        return args.path;
      },
    });
    await fireEvent.click(screen.getByTestId('export-projects'));
    await fireEvent.click(screen.getByTestId('export-projects-xlsx'));
    await screen.findByTestId('confirm-dialog');
    expect(text('confirm-message')).toBe('/home/ruta/projektai.xlsx already exists. Replace it with this list?');
    expect(screen.queryByTestId('export-status')).toBeNull();
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('export-status');
    expect(exportArgs(calls).map((args) => args.replace)).toEqual([false, true]);
    expect(exportArgs(calls)[1].table).toEqual(exportArgs(calls)[0].table);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(screen.queryByTestId('export-dialog')).toBeNull();
  });

  it('goes back to the dialog when the user keeps the file', async () => {
    const calls = await open({
      export_list: () => {
        throw { code: 'file-exists', message: '', fields: [] } satisfies IpcError;
      },
    });
    await fireEvent.click(screen.getByTestId('export-projects'));
    await fireEvent.click(screen.getByTestId('export-projects-xlsx'));
    await fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(screen.getByTestId('export-dialog')).toBeTruthy();
    expect(exportArgs(calls)).toHaveLength(1);
  });

  it('saves at a typed path in the format of its extension', async () => {
    const calls = await open();
    await fireEvent.click(screen.getByTestId('export-projects'));
    await fireEvent.input(screen.getByTestId('export-path'), { target: { value: '/home/ruta/projects' } });
    await fireEvent.click(screen.getByTestId('export-save-path'));
    expect(text('error-export-path')).toBe('End the file name with .xlsx or .csv.');
    expect(screen.getByTestId('export-path').getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(screen.getByTestId('export-path'), { target: { value: '/home/ruta/projects.csv' } });
    await fireEvent.submit(screen.getByTestId('export-path'));
    await screen.findByTestId('export-status');
    expect(commandsOf(calls)).not.toContain('choose_export_path');
    expect(exportArgs(calls)).toHaveLength(1);
    expect(exportArgs(calls)[0]).toMatchObject({ format: 'csv', locale: 'en', path: '/home/ruta/projects.csv', replace: false });
  });

  it('says why the file could not be written, and keeps the dialog open', async () => {
    await open({
      export_list: () => {
        throw { code: 'io', message: 'permission denied: /mnt/cdrom/projects.xlsx', fields: [] } satisfies IpcError;
      },
    });
    await fireEvent.click(screen.getByTestId('export-projects'));
    await fireEvent.input(screen.getByTestId('export-path'), { target: { value: '/mnt/cdrom/projects.xlsx' } });
    await fireEvent.click(screen.getByTestId('export-save-path'));
    await screen.findByTestId('export-error');
    expect(text('export-error')).toContain('The file could not be written there');
    expect(text('export-error')).toContain('permission denied: /mnt/cdrom/projects.xlsx');
    expect(screen.getByTestId('export-dialog')).toBeTruthy();
    expect(screen.queryByTestId('export-status')).toBeNull();
  });

  it('closes on Escape without writing, and gives the focus back to the button', async () => {
    const calls = await open();
    const button = screen.getByTestId('export-projects');
    button.focus();
    await fireEvent.click(button);
    expect(document.activeElement).toBe(screen.getByTestId('export-projects-xlsx'));
    await fireEvent.keyDown(screen.getByTestId('export-dialog'), { key: 'Escape' });
    await vi.waitFor(() => expect(screen.queryByTestId('export-dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(commandsOf(calls)).not.toContain('export_list');
  });
});
