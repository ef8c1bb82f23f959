// The reports screen: each report asks for its own parameters and sends them; the preview prints
// the backend's model in the report's language (key figures, a table with its total, a chart, a
// long table cut short); saving asks where, writes, asks before replacing, and can be cancelled.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import type { Report } from '../../lib/bindings/Report';
import type { SavedReport } from '../../lib/bindings/SavedReport';
import { isoDate } from '../../lib/format';
import { setLocale, t } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures } from '../../testing/fixtures';
import { meetings } from '../../testing/meetings';
import { openCall, overSubscribed, projects } from '../../testing/records';
import { longRegister, summaryReport } from '../../testing/reports';
import ReportsPage from './ReportsPage.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (row: Element) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
const options = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('option')].map((o) => o.textContent?.trim());
const year = new Date().getFullYear();
const today = isoDate(new Date());
const none = { from: null, to: null, callId: null, projectId: null, meetingId: null, status: null, measureId: null };

function open(handlers: Handlers = {}) {
  const calls = mockBackend({
    list_calls: () => [overSubscribed, openCall],
    list_projects: () => projects,
    list_meetings: () => meetings,
    list_measures: () => measures,
    get_logo: () => null,
    preview_report: () => summaryReport,
    choose_report_path: () => '/home/ruta/suvestine.pdf',
    save_report: (args) => ({ path: args.path, size: 24_576 }),
    open_report: () => null,
    ...handlers,
  });
  render(ReportsPage, { strategyId: 's1' });
  return calls;
}

/** Opens the page once the calls, projects, meetings and measures to choose from are in. */
async function ready(handlers: Handlers = {}) {
  const calls = open(handlers);
  await fireEvent.click(screen.getByTestId('report-kind-project'));
  await vi.waitFor(() => expect(options('report-project')).toHaveLength(4));
  return calls;
}

const requestsOf = (calls: ReturnType<typeof open>) =>
  calls.filter((c) => c.command === 'preview_report').map((c) => c.args.request);

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('choosing a report', () => {
  it('shows the parameters of the report chosen', async () => {
    open();
    expect(screen.queryByTestId('report-lang')).toBeNull();
    await fireEvent.click(screen.getByTestId('report-kind-events'));
    expect((screen.getByTestId('report-lang') as HTMLSelectElement).value).toBe('en');
    expect((screen.getByTestId('report-from') as HTMLInputElement).value).toBe(`${year}-01-01`);
    expect((screen.getByTestId('report-to') as HTMLInputElement).value).toBe(`${year}-12-31`);
    expect(screen.queryByTestId('report-call')).toBeNull();

    await fireEvent.click(screen.getByTestId('report-kind-call'));
    expect(screen.queryByTestId('report-from')).toBeNull();
    await vi.waitFor(() => expect(options('report-call')).toEqual(['— choose —', '2024/1 – Verslo kūrimas', '2025/1 – Bendradarbiavimas']));

    await fireEvent.click(screen.getByTestId('report-kind-project'));
    expect(options('report-project')).toEqual([
      '— choose —', 'VP-2023-10 – Amatų dirbtuvės', 'VP-2024-01 – Kaimo turizmo sodyba', 'VP-2024-02 – Bendruomenės namai',
    ]);

    await fireEvent.click(screen.getByTestId('report-kind-minutes'));
    expect(options('report-meeting')[1]).toBe('Board meeting No. 12 · 15 May 2024');

    await fireEvent.click(screen.getByTestId('report-kind-register'));
    expect(options('report-status')).toContain('Contracted');
    expect(options('report-measure')).toEqual(['All', 'M1.1 – Priemonė M1.1', 'M1.2 – Priemonė M1.2', 'R1 – Priemonė R1']);

    await fireEvent.click(screen.getByTestId('report-kind-budget'));
    expect(screen.queryByTestId('report-status')).toBeNull();
    expect(screen.getByTestId('report-lang')).toBeTruthy();
  });

  it('starts in the language of the UI', async () => {
    setLocale('lt');
    open();
    await fireEvent.click(screen.getByTestId('report-kind-budget'));
    expect((screen.getByTestId('report-lang') as HTMLSelectElement).value).toBe('lt');
    expect(text('report-preview-button')).toBe('Peržiūrėti');
  });
});

describe('the request sent', () => {
  type Step = () => Promise<unknown>;
  const change = (testid: string, value: string) => fireEvent.change(screen.getByTestId(testid), { target: { value } });
  const cases: [string, Step, object][] = [
    ['summary', async () => {}, { from: `${year}-01-01`, to: `${year}-12-31` }],
    ['budget', async () => change('report-lang', 'lv'), { locale: 'lv' }],
    ['call', async () => change('report-call', 'c2'), { callId: 'c2' }],
    [
      'register',
      async () => {
        await change('report-status', 'contracted');
        await change('report-measure', 'm1');
      },
      { status: 'contracted', measureId: 'm1' },
    ],
    ['project', async () => change('report-project', 'pr2'), { projectId: 'pr2' }],
    ['minutes', async () => change('report-meeting', 'mt2'), { meetingId: 'mt2' }],
    [
      'events',
      async () => {
        await fireEvent.input(screen.getByTestId('report-from'), { target: { value: '2026-03-01' } });
        await fireEvent.input(screen.getByTestId('report-to'), { target: { value: '2026-03-31' } });
      },
      { from: '2026-03-01', to: '2026-03-31' },
    ],
  ];

  it.each(cases)('for the %s report has its fields', async (kind, step, fields) => {
    const calls = await ready();
    await fireEvent.click(screen.getByTestId(`report-kind-${kind}`));
    await step();
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    await screen.findByTestId('report-preview');
    expect(requestsOf(calls)).toEqual([{ kind, strategyId: 's1', locale: 'en', ...none, ...fields }]);
  });

  it('shows the parameter the backend misses next to it, and focuses it', async () => {
    const missing: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'callId', code: 'required', args: {}, message: 'choose a call', warning: false }],
    };
    open({
      preview_report: () => {
        throw missing;
      },
    });
    await fireEvent.click(screen.getByTestId('report-kind-call'));
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    expect(await screen.findByTestId('error-callId')).toHaveProperty('textContent', 'Required.');
    expect(document.activeElement).toBe(screen.getByTestId('report-call'));
    expect(text('report-error')).toContain('Please correct the marked fields.');
    expect(screen.queryByTestId('report-preview')).toBeNull();
  });
});

describe('the preview', () => {
  it('prints the model in the formats of the report language while the UI stays English', async () => {
    let answer: (report: Report) => void = () => undefined;
    const calls = open({ preview_report: () => new Promise<Report>((resolve) => (answer = resolve)) });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.change(screen.getByTestId('report-lang'), { target: { value: 'lt' } });
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    expect(text('report-progress')).toBe('Preparing the preview…');
    expect(requestsOf(calls)[0]).toMatchObject({ kind: 'summary', locale: 'lt' });
    answer(summaryReport);
    await screen.findByTestId('report-preview');
    expect(screen.queryByTestId('report-progress')).toBeNull();

    expect(text('report-preview-title')).toBe('Strategijos įgyvendinimo suvestinė');
    expect(text('report-preview')).toContain('Laikotarpis: 2026-01-01 – 2026-12-31');
    const figures = within(screen.getByTestId('report-preview-section-0'));
    expect(figures.getAllByRole('definition').map((d) => d.textContent)).toEqual(['1\u00a0234,56\u00a0€', '42,50\u00a0%']);

    const table = screen.getByTestId('report-preview-section-1').querySelector('table');
    const total = table?.querySelector('tr.total');
    expect(cells(total as Element)).toEqual(['', 'Iš viso', '1\u00a0204', '1\u00a0234,56\u00a0€']);
    expect([...(total?.querySelectorAll('td') ?? [])].map((cell) => cell.classList.contains('num'))).toEqual([false, false, true, true]);
    expect(table?.querySelector('tr.subtotal')).not.toBeNull();
    expect([...(table?.querySelectorAll('th') ?? [])].map((th) => th.textContent)).toEqual([
      'Kodas', 'Prioritetas arba priemonė', 'Projektai', 'Suplanuota',
    ]);

    const chart = screen.getByTestId('report-preview-section-2');
    expect([...chart.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['Suplanuota', 'Išmokėta']);
    expect([...chart.querySelectorAll('.paper-bar-value')].map((v) => v.textContent)).toEqual(['2\u00a0000,00\u00a0€', '500,00\u00a0€']);
    expect(chart.querySelectorAll('.paper-bar').length).toBe(2);
    expect(text('report-preview-section-2')).toContain('Veiklos ir aktyvinimo eilutės kartu sudaro 18,00 % strategijos.');
    expect(screen.getByTestId('report-preview').getAttribute('lang')).toBe('lt');
  });

  it("prints the LAG's logo beside its name, as the PDF does", async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const calls = open({ get_logo: () => logo });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    await screen.findByTestId('report-preview');
    await vi.waitFor(() => expect(screen.getByTestId('paper-logo').getAttribute('src')).toBe(logo));
    expect(screen.getByTestId('paper-logo').nextElementSibling?.textContent).toBe('Molėtų krašto VVG');
    expect(commandsOf(calls).filter((command) => command === 'get_logo')).toHaveLength(1);
  });

  const noLogo: [string, () => unknown][] = [
    ['none is set', () => null],
    [
      'the backend cannot give it',
      () => {
        throw { code: 'internal', message: 'database is locked', fields: [] } satisfies IpcError;
      },
    ],
  ];

  it.each(noLogo)('prints the name alone when %s, and says nothing is wrong', async (_, get_logo) => {
    const calls = open({ get_logo });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    await screen.findByTestId('report-preview');
    expect(commandsOf(calls)).toContain('get_logo');
    expect(screen.queryByTestId('paper-logo')).toBeNull();
    expect(text('report-preview')).toContain('Molėtų krašto VVG');
    expect(screen.queryByTestId('report-error')).toBeNull();
    expect(screen.queryByTestId('reports-records-error')).toBeNull();
  });

  it('says when the parameters have changed since, and forgets it for another report', async () => {
    open();
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    await screen.findByTestId('report-preview');
    expect(screen.queryByTestId('report-stale')).toBeNull();
    await fireEvent.change(screen.getByTestId('report-lang'), { target: { value: 'lv' } });
    expect(screen.getByTestId('report-stale')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('report-kind-budget'));
    expect(screen.queryByTestId('report-preview')).toBeNull();
  });

  it('shows the first 200 rows of a long table, how many more the PDF has, and the total', async () => {
    open({ preview_report: () => longRegister });
    await fireEvent.click(screen.getByTestId('report-kind-register'));
    await fireEvent.click(screen.getByTestId('report-preview-button'));
    const rows = (await screen.findByTestId('report-preview-section-0')).querySelectorAll('tbody tr');
    expect(rows.length).toBe(202);
    expect(cells(rows[199])).toEqual(['VP-200', '€1,000.00']);
    expect(text('report-preview-more')).toBe('… and 50 more rows in the PDF');
    expect(cells(rows[201])).toEqual(['Total', '€250,000.00']);
  });
});

describe('saving as PDF', () => {
  it('asks where, saves there, says so and opens the file', async () => {
    let written: (saved: SavedReport) => void = () => undefined;
    const calls = open({ save_report: () => new Promise<SavedReport>((resolve) => (written = resolve)) });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.change(screen.getByTestId('report-lang'), { target: { value: 'lt' } });
    await fireEvent.click(screen.getByTestId('report-save'));
    await vi.waitFor(() => expect(text('report-progress')).toBe('Writing the PDF…'));
    written({ path: '/home/ruta/suvestine.pdf', size: 24_576 });
    await screen.findByTestId('report-saved');
    expect(screen.queryByTestId('report-progress')).toBeNull();
    expect(text('report-saved')).toBe('Saved to /home/ruta/suvestine.pdf (24 kB). Open');
    expect(calls.find((c) => c.command === 'choose_report_path')?.args).toEqual({ suggestedName: `suvestine-${today}.pdf` });
    expect(calls.find((c) => c.command === 'save_report')?.args).toEqual({
      request: { kind: 'summary', strategyId: 's1', locale: 'lt', ...none, from: `${year}-01-01`, to: `${year}-12-31` },
      path: '/home/ruta/suvestine.pdf',
      replace: false,
    });
    await fireEvent.click(screen.getByTestId('report-open'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('open_report'));
    expect(calls.find((c) => c.command === 'open_report')?.args).toEqual({ path: '/home/ruta/suvestine.pdf' });
  });

  it('names the file after the call the report is about', async () => {
    const calls = await ready();
    await fireEvent.click(screen.getByTestId('report-kind-call'));
    await fireEvent.change(screen.getByTestId('report-call'), { target: { value: 'c1' } });
    await fireEvent.click(screen.getByTestId('report-save'));
    await screen.findByTestId('report-saved');
    expect(calls.find((c) => c.command === 'choose_report_path')?.args).toEqual({ suggestedName: `call-2024-1-${today}.pdf` });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const calls = open({ choose_report_path: () => null });
    await fireEvent.click(screen.getByTestId('report-kind-budget'));
    await fireEvent.click(screen.getByTestId('report-save'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('choose_report_path'));
    await vi.waitFor(() => expect(screen.getByTestId('report-save').getAttribute('aria-disabled')).toBe('false'));
    expect(commandsOf(calls)).not.toContain('save_report');
    expect(screen.queryByTestId('report-saved')).toBeNull();
    expect(screen.queryByTestId('report-error')).toBeNull();
  });

  it('asks before replacing an existing file, then replaces it', async () => {
    const exists: IpcError = { code: 'file-exists', message: '/home/ruta/suvestine.pdf exists', fields: [] };
    const calls = open({
      save_report: (args) => {
        if (!args.replace) throw exists;
        return { path: args.path, size: 512 };
      },
    });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.click(screen.getByTestId('report-save'));
    await screen.findByTestId('confirm-message');
    expect(text('confirm-message')).toBe(
      '/home/ruta/suvestine.pdf already exists. Replace it with this report?',
    );
    expect(screen.queryByTestId('report-saved')).toBeNull();
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await screen.findByTestId('report-saved');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(calls.filter((c) => c.command === 'save_report').map((c) => c.args.replace)).toEqual([false, true]);
    expect(text('report-saved')).toBe('Saved to /home/ruta/suvestine.pdf (512 bytes). Open');
  });

  it('keeps the file when the user does not want it replaced', async () => {
    const calls = open({
      save_report: () => {
        throw { code: 'file-exists', message: '', fields: [] } satisfies IpcError;
      },
    });
    await fireEvent.click(screen.getByTestId('report-kind-budget'));
    await fireEvent.click(screen.getByTestId('report-save'));
    await fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(calls.filter((c) => c.command === 'save_report')).toHaveLength(1);
  });

  it('says why the PDF could not be written', async () => {
    open({
      save_report: () => {
        throw { code: 'io', message: 'permission denied: /mnt/cdrom/suvestine.pdf', fields: [] } satisfies IpcError;
      },
    });
    await fireEvent.click(screen.getByTestId('report-kind-summary'));
    await fireEvent.click(screen.getByTestId('report-save'));
    await screen.findByTestId('report-error');
    expect(text('report-error')).toContain(t('reports-save-failed'));
    expect(text('report-error')).toContain('permission denied: /mnt/cdrom/suvestine.pdf');
  });
});

describe('plurals of the rows left out', () => {
  it('decline in Lithuanian and Latvian', () => {
    setLocale('lt');
    expect([1, 3, 12, 21].map((count) => t('reports-preview-more', { count }))).toEqual([
      '… ir dar 1 eilutė PDF faile',
      '… ir dar 3 eilutės PDF faile',
      '… ir dar 12 eilučių PDF faile',
      '… ir dar 21 eilutė PDF faile',
    ]);
    setLocale('lv');
    expect([1, 3, 11, 21].map((count) => t('reports-preview-more', { count }))).toEqual([
      '… un vēl 1 rinda PDF failā',
      '… un vēl 3 rindas PDF failā',
      '… un vēl 11 rindu PDF failā',
      '… un vēl 21 rinda PDF failā',
    ]);
  });
});
