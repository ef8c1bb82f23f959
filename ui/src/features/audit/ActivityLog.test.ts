// The activity log page: what it asks the backend as the filters change, the rows it shows (newest
// first, with the record's label or its id shortened) and the note when more than 500 exist.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../lib/bindings/AuditEntry';
import { setLocale } from '../../lib/i18n';
import { mockBackend, type Call } from '../../testing/backend';
import ActivityLogPage from './ActivityLogPage.svelte';

const at = new Date(2026, 10, 23, 14, 5, 0).toISOString();

const entries: AuditEntry[] = [
  {
    id: 2, batch: 2, at, who: 'Rasa Petraitienė', entity: 'project', recordId: 'a1b2c3d4-e5f6', action: 'update',
    changes: [{ field: 'awarded_cents', from: null, to: '3600000' }],
  },
  {
    id: 1, batch: 1, at, who: '', entity: 'call', recordId: 'c1', action: 'insert',
    changes: [{ field: 'number', from: null, to: 'K-2026-1' }, { field: 'status', from: null, to: 'planned' }],
  },
];

const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
const filters = (calls: Call[]) => calls.filter((call) => call.command === 'audit_log').map((call) => call.args.filter);

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('activity log', () => {
  it('shows the newest changes with their time, person, kind, record, action and values', async () => {
    const calls = mockBackend({ audit_log: () => entries });
    render(ActivityLogPage);
    const rows = await screen.findAllByTestId('log-row');
    expect(filters(calls)).toEqual([{ from: null, to: null, entity: null, who: null, text: null, limit: 501 }]);
    expect(rows.map(cells)).toEqual([
      ['23 November 2026, 14:05', 'Rasa Petraitienė', 'Project', 'a1b2c3d4…', 'Changed', 'Aid awarded — → €36,000.00'],
      ['23 November 2026, 14:05', '—', 'Call', 'K-2026-1', 'Created', 'Number “K-2026-1”; Status Planned'],
    ]);
    expect(screen.getByTestId('log-count').textContent).toBe('2 changes');
    expect(screen.queryByTestId('log-more')).toBeNull();
  });

  it('asks again with every filter the user sets', async () => {
    const calls = mockBackend({ audit_log: () => entries });
    render(ActivityLogPage);
    await screen.findAllByTestId('log-row');
    await fireEvent.input(screen.getByTestId('log-from'), { target: { value: '2026-11-01' } });
    await fireEvent.input(screen.getByTestId('log-to'), { target: { value: '2026-11-30' } });
    await fireEvent.change(screen.getByTestId('log-entity'), { target: { value: 'payment_claim' } });
    await fireEvent.input(screen.getByTestId('log-who'), { target: { value: ' Rasa Petraitienė ' } });
    await fireEvent.input(screen.getByTestId('log-text'), { target: { value: 'MOLE' } });
    await vi.waitFor(() => expect(filters(calls)).toHaveLength(6));
    expect(filters(calls).at(-1)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      entity: 'payment_claim',
      who: 'Rasa Petraitienė',
      text: 'MOLE',
      limit: 501,
    });
    const kinds = [...screen.getByTestId('log-entity').querySelectorAll('option')].map((option) => option.textContent);
    expect(kinds).toContain('Payment claim');
  });

  it('shows at most 500 and says that there are more', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ ...entries[0], id: 1000 - i }));
    mockBackend({ audit_log: () => many });
    setLocale('lt');
    render(ActivityLogPage);
    await screen.findByTestId('log-more');
    expect(screen.getAllByTestId('log-row')).toHaveLength(500);
    expect(screen.getByTestId('log-count').textContent).toBe('500 pakeitimų');
  });
});
