// The strategy form: what it sends, and problems shown next to their fields.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend } from '../../testing/backend';
import { strategy } from '../../testing/fixtures';
import StrategyForm from './StrategyForm.svelte';

const endBeforeStart: IpcError = {
  code: 'invalid',
  message: 'endYear: must not be before the start year',
  fields: [{ field: 'endYear', code: 'end-before-start', args: { start: '2023' }, message: 'must not be before the start year', warning: false }],
};

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('strategy form', () => {
  it('shows the backend problem next to the end year', async () => {
    const calls = mockBackend({
      create_strategy: () => {
        throw endBeforeStart;
      },
    });
    const onsaved = vi.fn();
    render(StrategyForm, { strategy: null, onsaved, oncancel: vi.fn() });
    await type('strategy-code', 'VPS-2023');
    await type('strategy-title', 'Kaimo plėtra');
    await type('strategy-end-year', '2020');
    await type('strategy-envelope', '1 234 567,89');
    await fireEvent.click(screen.getByTestId('strategy-save'));

    const problem = await screen.findByTestId('error-endYear');
    expect(problem.textContent).toBe('Must not be before the start year 2023.');
    expect(screen.getByTestId('strategy-end-year').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('form-error').textContent).toContain('Please correct the marked fields.');
    expect(onsaved).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('strategy-end-year')));
    expect(calls[0].args).toEqual({
      input: {
        code: 'VPS-2023',
        title: 'Kaimo plėtra',
        startYear: 2023,
        endYear: 2020,
        status: 'draft',
        envelope: 123456789,
        runningCap: 2000,
        fundingSources: [
          { code: 'EAFRD', name: 'EAFRD', share: 8500 },
          { code: 'NAT', name: 'National budget', share: 1500 },
        ],
      },
    });
  });

  it('translates the problem into Lithuanian', async () => {
    setLocale('lt');
    mockBackend({
      create_strategy: () => {
        throw endBeforeStart;
      },
    });
    render(StrategyForm, { strategy: null, onsaved: vi.fn(), oncancel: vi.fn() });
    expect((screen.getByTestId('funding-name-0') as HTMLInputElement).value).toBe('EŽŪFKP');
    await fireEvent.click(screen.getByTestId('strategy-save'));
    expect((await screen.findByTestId('error-endYear')).textContent).toBe(
      'Negali būti ankstesni nei pradžios metai (2023).',
    );
  });

  it('stops bad amounts and percentages before sending anything', async () => {
    const calls = mockBackend({});
    render(StrategyForm, { strategy: null, onsaved: vi.fn(), oncancel: vi.fn() });
    await type('strategy-envelope', '12,3456');
    await type('funding-share-1', 'fifteen');
    await fireEvent.click(screen.getByTestId('strategy-save'));
    expect((await screen.findByTestId('error-envelope')).textContent).toContain('at most two decimals');
    expect(screen.getByTestId('error-fundingSources-1-share').textContent).toContain('Not a percentage');
    expect(commandsOf(calls)).toEqual([]);
    expect(screen.getByTestId('form-error').textContent).toContain('Please correct the marked fields.');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('strategy-envelope')));
  });

  it('keeps a live sum of the funding shares', async () => {
    render(StrategyForm, { strategy: null, onsaved: vi.fn(), oncancel: vi.fn() });
    expect(screen.getByTestId('funding-sum').textContent).toContain('100.00%');
    await fireEvent.click(screen.getByTestId('funding-add'));
    await type('funding-share-2', '5');
    expect(screen.getByTestId('funding-sum').textContent).toContain('105.00%');
    await fireEvent.click(screen.getByTestId('funding-remove-0'));
    expect(screen.getByTestId('funding-sum').textContent).toContain('20.00%');
  });

  it('says which measure has money in a year the new period would leave out', async () => {
    setLocale('lv');
    mockBackend({
      update_strategy: () => {
        throw {
          code: 'invalid',
          message: '',
          fields: [{ field: 'startYear', code: 'period-leaves-out-year', args: { measure: 'M1.1', year: '2023' }, message: '', warning: false }],
        };
      },
    });
    render(StrategyForm, { strategy, onsaved: vi.fn(), oncancel: vi.fn() });
    await type('strategy-start-year', '2024');
    await fireEvent.click(screen.getByTestId('strategy-save'));
    expect((await screen.findByTestId('error-startYear')).textContent).toBe(
      'Rīcībai M1.1 ir plānots finansējums 2023. gadā, kas šajā periodā vairs neietilptu.',
    );
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('strategy-start-year')));
  });

  it('edits an existing strategy with its amounts in the current locale', async () => {
    setLocale('lt');
    const calls = mockBackend({ update_strategy: () => strategy });
    const onsaved = vi.fn();
    render(StrategyForm, { strategy, onsaved, oncancel: vi.fn() });
    expect((screen.getByTestId('strategy-envelope') as HTMLInputElement).value).toBe('3\u00a0000\u00a0000,00');
    await fireEvent.click(screen.getByTestId('strategy-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(strategy));
    expect(calls[0].args).toMatchObject({ id: 's1', input: { envelope: 300_000_000, runningCap: 2000 } });
  });
});
