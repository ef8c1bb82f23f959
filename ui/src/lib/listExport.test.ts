// Exporting a list: the name suggested in the UI's language, the format a typed path asks for, and
// what the backend is asked to write (the table, the format, the UI's language), asking before a
// file is replaced.
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError } from './bindings/IpcError';
import type { ListTable } from './bindings/ListTable';
import { setLocale } from './i18n';
import { formatOfPath, ListExport, suggestedName } from './listExport.svelte';
import { commandsOf, mockBackend, type Handlers } from '../testing/backend';

const table: ListTable = {
  name: 'projects',
  headers: ['No.', 'Eligible'],
  rows: [
    [{ kind: 'text', value: '=VP-1' }, { kind: 'money', value: 123_456 }],
    [{ kind: 'text', value: 'VP-2' }, { kind: 'empty' }],
  ],
};
const exists: IpcError = { code: 'file-exists', message: '/home/ruta/projektai.xlsx already exists', fields: [] };

function started(handlers: Handlers) {
  const calls = mockBackend({ export_list: (args) => args.path, ...handlers });
  const run = new ListExport();
  run.start(table);
  return { calls, run };
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('suggestedName', () => {
  it('names the list in the UI language, then what it is of, then the day', () => {
    expect(suggestedName('projects', '', '2026-11-23')).toBe('projects-2026-11-23');
    setLocale('lt');
    expect(suggestedName('projects', '', '2026-11-23')).toBe('projektai-2026-11-23');
    expect(suggestedName('claims', 'VP-2024/01', '2026-11-23')).toBe('mokejimo-prasymai-VP-2024-01-2026-11-23');
    setLocale('lv');
    expect(suggestedName('projects', '', '2026-11-23')).toBe('projekti-2026-11-23');
    expect(suggestedName('events', '2026-01-01-2026-12-31', null)).toBe('pasakumi-2026-01-01-2026-12-31');
  });
});

describe('formatOfPath', () => {
  it('reads the format from the extension, in any case', () => {
    expect(formatOfPath(' /home/ruta/projektai.XLSX ')).toBe('xlsx');
    expect(formatOfPath('C:\\Users\\ruta\\projektai.csv')).toBe('csv');
    expect(formatOfPath('/home/ruta/projektai')).toBeNull();
    expect(formatOfPath('/home/ruta/projektai.xls')).toBeNull();
  });
});

describe('ListExport', () => {
  it('asks where with the suggested name, then writes the table in the UI language there', async () => {
    setLocale('lv');
    const { calls, run } = started({ choose_export_path: () => '/home/ruta/projekti.xlsx' });
    await run.choose('xlsx', 'projekti-2026-11-23');
    expect(calls.map((c) => [c.command, c.args])).toEqual([
      ['choose_export_path', { name: 'projekti-2026-11-23', format: 'xlsx' }],
      ['export_list', { table, format: 'xlsx', locale: 'lv', path: '/home/ruta/projekti.xlsx', replace: false }],
    ]);
    expect(run.saved).toEqual({ path: '/home/ruta/projekti.xlsx', rows: 2 });
    expect(run.table).toBeNull();
    expect(run.busy).toBeNull();
  });

  it('writes nothing when the save dialog is cancelled, and stays open', async () => {
    const { calls, run } = started({ choose_export_path: () => null });
    await run.choose('csv', 'projects');
    expect(commandsOf(calls)).toEqual(['choose_export_path']);
    expect(run.table).toBe(table);
    expect(run.saved).toBeNull();
  });

  it('asks before replacing a file, then writes over it', async () => {
    const { calls, run } = started({
      choose_export_path: () => '/home/ruta/projektai.xlsx',
      export_list: (args) => {
        if (!args.replace) throw exists;
        return args.path;
      },
    });
    await run.choose('xlsx', 'projektai');
    expect(run.replacing).toEqual({ table, format: 'xlsx', path: '/home/ruta/projektai.xlsx' });
    expect(run.failure).toBeNull();
    expect(run.saved).toBeNull();
    await run.replace();
    expect(calls.filter((c) => c.command === 'export_list').map((c) => c.args.replace)).toEqual([false, true]);
    expect(run.replacing).toBeNull();
    expect(run.saved).toEqual({ path: '/home/ruta/projektai.xlsx', rows: 2 });
  });

  it('writes a typed path in the format of its extension, and refuses one without', async () => {
    const { calls, run } = started({});
    await run.saveAt('/home/ruta/projektai');
    expect(run.pathRefused).toBe(true);
    expect(calls).toEqual([]);
    await run.saveAt(' /home/ruta/projektai.csv ');
    expect(run.pathRefused).toBe(false);
    expect(calls.map((c) => c.args)).toEqual([{ table, format: 'csv', locale: 'en', path: '/home/ruta/projektai.csv', replace: false }]);
  });

  it('keeps what went wrong, and the dialog open to try elsewhere', async () => {
    const denied: IpcError = { code: 'io', message: 'permission denied: /mnt/cdrom/projects.csv', fields: [] };
    const { run } = started({
      export_list: () => {
        throw denied;
      },
    });
    await run.saveAt('/mnt/cdrom/projects.csv');
    expect(run.failure).toEqual(denied);
    expect(run.table).toBe(table);
    expect(run.saved).toBeNull();
  });
});
