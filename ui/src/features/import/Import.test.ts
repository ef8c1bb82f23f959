// The import page: opening a file by its path, the mapping that must give every required field
// once, reading the file again with other settings, the preview's counts, problems and marked
// cells, the import confirmed with its progress, and the projects page showing what came in.
import { clearMocks } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale, t } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { mockBackend, type Handlers } from '../../testing/backend';
import { appInfo, measures, settings, strategy, strategyHandlers } from '../../testing/fixtures';
import { cleanPreview, faultyPreview, fullMapping, projectsFile } from '../../testing/imports';
import { dashboard, openCall, overSubscribed, projects } from '../../testing/records';
import Shell from '../shell/Shell.svelte';
import ImportPage from './ImportPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (testid: string) => screen.getByTestId(testid) as HTMLButtonElement;
const argsOf = (calls: { command: string; args: Record<string, unknown> }[], command: string) =>
  calls.filter((call) => call.command === command).map((call) => call.args);

function renderPage(handlers: Handlers = {}) {
  session.strategyId = 's1';
  const calls = mockBackend({ open_import: () => projectsFile, ...handlers });
  render(ImportPage);
  return calls;
}

/** Opens the projects file by its path, as a user who types it. */
async function openFile() {
  await fireEvent.input(screen.getByTestId('import-path'), { target: { value: ' /home/ruta/projektai.csv ' } });
  await fireEvent.click(screen.getByTestId('import-open-path'));
  await screen.findByTestId('import-mapping');
}

async function mapApplicant() {
  await fireEvent.change(screen.getByTestId('import-map-2'), { target: { value: 'applicant' } });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.strategyId = null;
});

describe('choosing the file', () => {
  it('asks for a strategy before a kind that goes into one', async () => {
    mockBackend({});
    render(ImportPage);
    expect(screen.getByTestId('import-needs-strategy')).toBeTruthy();
    expect(button('import-choose-file').disabled).toBe(true);
    await fireEvent.change(screen.getByTestId('import-kind'), { target: { value: 'events' } });
    expect(screen.queryByTestId('import-needs-strategy')).toBeNull();
    expect(button('import-choose-file').disabled).toBe(false);
    expect(text('import-kind-text')).toBe(t('import-kind-events-text'));
  });

  it('names a file that cannot be read and why, row by row', async () => {
    const refused: IpcError = {
      code: 'invalid-file',
      message: '/home/ruta/projektai.csv: row 3: not text',
      fields: [{ field: 'row-3', code: 'wrong-encoding', args: {}, message: 'not text', warning: false }],
    };
    renderPage({
      open_import: () => {
        throw refused;
      },
    });
    await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '/home/ruta/projektai.csv' } });
    await fireEvent.click(screen.getByTestId('import-open-path'));
    expect((await screen.findByTestId('import-error')).textContent).toContain(
      'This file cannot be read. Row 3: The text is not in the chosen encoding: try Windows-1257, or save the file as CSV UTF-8.',
    );
    expect(text('import-error')).toContain('/home/ruta/projektai.csv');
    expect(screen.queryByTestId('import-mapping')).toBeNull();
  });
});

describe('mapping the columns', () => {
  it('opens the typed path and checks the rows only once every required field has one column', async () => {
    const calls = renderPage({ preview_import: () => cleanPreview });
    await openFile();
    expect(argsOf(calls, 'open_import')).toEqual([
      { kind: 'projects', path: '/home/ruta/projektai.csv', settings: null, mapping: null },
    ]);
    expect(text('import-file-name')).toBe('projektai.csv');
    expect(text('import-row-count')).toBe('3 rows');
    expect(screen.queryByTestId('import-remembered')).toBeNull();
    expect(text('import-header-2')).toBe('Pareiškėjas');
    expect((screen.getByTestId('import-map-0') as HTMLSelectElement).value).toBe('number');
    expect(text('import-missing')).toBe('No column gives these required fields yet: Applicant.');
    expect(button('import-preview').disabled).toBe(true);

    await mapApplicant();
    expect(screen.queryByTestId('import-missing')).toBeNull();
    expect(button('import-preview').disabled).toBe(false);

    await fireEvent.change(screen.getByTestId('import-map-6'), { target: { value: 'title' } });
    expect(text('import-twice')).toContain('Title');
    expect(screen.getByTestId('import-map-1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('import-map-6').getAttribute('aria-invalid')).toBe('true');
    expect(button('import-preview').disabled).toBe(true);

    await fireEvent.change(screen.getByTestId('import-map-6'), { target: { value: '' } });
    expect(button('import-preview').disabled).toBe(false);
    await fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-rows');
    expect(argsOf(calls, 'preview_import')).toEqual([
      { kind: 'projects', path: projectsFile.path, setup: { settings: projectsFile.setup.settings, mapping: fullMapping }, strategyId: 's1' },
    ]);
  });

  it('reads the file again with the encoding chosen, keeping the mapping', async () => {
    const calls = renderPage({
      open_import: (args) => (args.settings ? { ...projectsFile, setup: { settings: args.settings, mapping: args.mapping } } : projectsFile),
    });
    await openFile();
    await mapApplicant();
    await fireEvent.change(screen.getByTestId('import-encoding'), { target: { value: 'utf8' } });
    await vi.waitFor(() => expect(argsOf(calls, 'open_import')).toHaveLength(2));
    expect(argsOf(calls, 'open_import')[1]).toEqual({
      kind: 'projects',
      path: projectsFile.path,
      settings: { ...projectsFile.setup.settings, encoding: 'utf8' },
      mapping: fullMapping,
    });
    await vi.waitFor(() => expect(button('import-preview').disabled).toBe(false));
    expect((screen.getByTestId('import-map-2') as HTMLSelectElement).value).toBe('applicant');
  });
});

describe('the preview', () => {
  it('offers no import when every row is already there as it is', async () => {
    const unchanged: ImportPreview = {
      ...cleanPreview,
      rows: cleanPreview.rows.map((row) => ({ ...row, outcome: 'duplicate' })),
      new: 0,
      update: 0,
      duplicate: 3,
    };
    renderPage({ preview_import: () => unchanged });
    await openFile();
    await mapApplicant();
    await fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-rows');
    expect(text('import-count-duplicate')).toBe('3 unchanged');
    expect(button('import-confirm').disabled).toBe(true);
    expect(text('import-blocked')).toBe(t('import-blocked-nothing'));
  });

  async function preview(result: ImportPreview) {
    const calls = renderPage({ preview_import: () => result });
    await openFile();
    await mapApplicant();
    await fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-rows');
    return calls;
  }

  it('counts the outcomes, names each problem by row and column, and offers no import', async () => {
    await preview(faultyPreview);
    expect(text('import-count-new')).toBe('1 new');
    expect(text('import-count-update')).toBe('1 update');
    expect(text('import-count-duplicate')).toBe('0 unchanged');
    expect(text('import-count-invalid')).toBe('1 row with problems');
    expect(screen.getAllByTestId('import-problem').map((item) => item.textContent?.trim())).toEqual([
      'Row 4, column “Tinkamos išlaidos”: Not an amount: write e.g. 1 234,56 or 1234.56.',
      'Row 4, column “Pateikta”: “31-05-2024” is not a date: write it as 2024-05-31.',
      'Row 4, column “Measure code”: There is no measure “M1.2” in this strategy.',
    ]);
    expect(screen.getByTestId('import-outcome-4').dataset.outcome).toBe('invalid');
    expect(text('import-outcome-2')).toBe('New');
    const faulty = [...screen.getByTestId('import-row-4').querySelectorAll('td[aria-invalid="true"]')];
    expect(faulty.map((cell) => cell.textContent?.trim())).toEqual(['M1.2', 'apie 5000', '31-05-2024']);
    expect(faulty[1].getAttribute('title')).toBe(t('problem-not-an-amount'));
    // The column left out is not shown.
    expect(screen.getByTestId('import-rows').textContent).not.toContain('Pastabos');
    expect(button('import-confirm').disabled).toBe(true);
    expect(text('import-blocked')).toBe(t('import-blocked-invalid'));
  });

  it('goes back to the columns as they were', async () => {
    await preview(faultyPreview);
    await fireEvent.click(screen.getByTestId('import-back'));
    expect((screen.getByTestId('import-map-2') as HTMLSelectElement).value).toBe('applicant');
  });

  it('counts in Lithuanian and Latvian grammar', () => {
    setLocale('lt');
    expect([1, 3, 10, 21].map((count) => t('import-count-new', { count }))).toEqual([
      '1 naujas įrašas',
      '3 nauji įrašai',
      '10 naujų įrašų',
      '21 naujas įrašas',
    ]);
    expect(t('import-confirm', { count: 12 })).toBe('Importuoti 12 eilučių');
    setLocale('lv');
    expect([0, 1, 3, 11].map((count) => t('import-count-invalid', { count }))).toEqual([
      '0 rindu ar kļūdām',
      '1 rinda ar kļūdām',
      '3 rindas ar kļūdām',
      '11 rindu ar kļūdām',
    ]);
  });
});

describe('importing', () => {
  it('imports the setup previewed with its progress, then the projects page lists what came in', async () => {
    const imported = { ...projects[0], id: 'p9', number: 'VP-2024-03', title: 'Kaimo turizmas' };
    let stored = projects;
    let finish: () => void = () => undefined;
    const calls = mockBackend({
      get_settings: () => settings('en'),
      get_app_info: () => appInfo(false),
      get_organisation: () => null,
      ...strategyHandlers,
      get_dashboard: () => dashboard,
      open_import: () => projectsFile,
      preview_import: () => cleanPreview,
      commit_import: () =>
        new Promise((resolve) => {
          finish = () => {
            stored = [...projects, imported];
            resolve({ new: 1, update: 1, duplicate: 1 });
          };
        }),
      list_projects: () => stored,
      list_calls: () => [overSubscribed, openCall],
      list_measures: () => measures,
      get_strategy: () => strategy,
    });
    render(Shell);
    await screen.findByTestId('dash-allocated');
    await fireEvent.click(screen.getByTestId('nav-import'));
    await openFile();
    await mapApplicant();
    await fireEvent.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-rows');
    expect(screen.queryByTestId('import-problems')).toBeNull();
    expect(text('import-confirm')).toBe('Import 2 rows');

    await fireEvent.click(screen.getByTestId('import-confirm'));
    const bar = await screen.findByTestId('import-progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    await emit('import-progress', { done: 2, total: 3 });
    await vi.waitFor(() => expect(screen.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('2'));
    finish();

    await screen.findByTestId('import-done');
    expect(text('import-done')).toBe('Imported: 1 new, 1 updated, 1 unchanged.');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(argsOf(calls, 'commit_import')).toEqual([
      { kind: 'projects', path: projectsFile.path, setup: { settings: projectsFile.setup.settings, mapping: fullMapping }, strategyId: 's1' },
    ]);

    await fireEvent.click(screen.getByTestId('nav-projects'));
    expect(await screen.findByTestId('project-row-VP-2024-03')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('nav-import'));
    expect(screen.getByTestId('import-path')).toBeTruthy();
  });

  it('starts over with another file once done', async () => {
    renderPage({ preview_import: () => cleanPreview, commit_import: () => ({ new: 1, update: 1, duplicate: 1 }) });
    await openFile();
    await mapApplicant();
    await fireEvent.click(screen.getByTestId('import-preview'));
    await fireEvent.click(await screen.findByTestId('import-confirm'));
    await fireEvent.click(await screen.findByTestId('import-again'));
    expect(screen.getByTestId('import-kind')).toBeTruthy();
    expect(screen.queryByTestId('import-done')).toBeNull();
  });
});
