// A record's history panel: collapsed until opened, read from the audit trail only then, each entry
// saying when, who and what changed, the record's parts marked with their kind.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../lib/bindings/AuditEntry';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend } from '../../testing/backend';
import HistoryPanel from './HistoryPanel.svelte';

/** 23 November 2026 at `hour`:05 on this computer's clock. */
const at = (hour: number) => new Date(2026, 10, 23, hour, 5, 0).toISOString();

const history: AuditEntry[] = [
  {
    id: 1, batch: 1, at: at(9), who: 'Rasa Petraitienė', entity: 'project', recordId: 'p1', action: 'insert',
    changes: [{ field: 'title', from: null, to: 'A' }],
  },
  {
    id: 2, batch: 2, at: at(14), who: 'Rasa Petraitienė', entity: 'project', recordId: 'p1', action: 'update',
    changes: [
      { field: 'title', from: 'A', to: 'B' },
      { field: 'eligible_cents', from: '100000', to: '101000' },
      { field: 'updated_at', from: '2026-11-23T09:05:00Z', to: '2026-11-23T14:05:00Z' },
    ],
  },
  {
    id: 3, batch: 3, at: at(15), who: '', entity: 'measure_year', recordId: 'p1', action: 'insert',
    changes: [{ field: 'year', from: null, to: '2026' }],
  },
];

const text = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('history panel', () => {
  it('reads the history only once opened, and lists what changed', async () => {
    const calls = mockBackend({ record_history: () => history });
    render(HistoryPanel, { recordId: 'p1', entity: 'project' });
    const toggle = screen.getByTestId('history-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(commandsOf(calls)).toEqual([]);

    await fireEvent.click(toggle);
    const entries = await screen.findAllByTestId('history-entry');
    expect(calls).toEqual([{ command: 'record_history', args: { id: 'p1' } }]);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(entries.map(text)).toEqual([
      '23 November 2026, 09:05 — Rasa Petraitienė created',
      '23 November 2026, 14:05 — Rasa Petraitienė changed: Title “A” → “B”; Eligible cost €1,000.00 → €1,010.00',
      "23 November 2026, 15:05 — Measure's yearly amount Created: Year 2026",
    ]);

    await fireEvent.click(toggle);
    expect(screen.queryAllByTestId('history-entry')).toEqual([]);
  });

  it('says so when nothing was recorded', async () => {
    mockBackend({ record_history: () => [] });
    render(HistoryPanel, { recordId: 'm1', entity: 'member', inDialog: true });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    expect(text(await screen.findByTestId('history-empty'))).toBe('Nothing has been recorded about this record yet.');
  });
});
