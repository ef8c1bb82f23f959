// The closed-years card: the closed years with who closed them and when, in each language; closing
// the year typed in and reopening one, each only once the dialog is confirmed; the backend's refusal
// of the year shown next to the input.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClosedYear } from '../../lib/bindings/ClosedYear';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import ClosedYearsCard from './ClosedYearsCard.svelte';

const Y2024: ClosedYear = { year: 2024, closedAt: '2026-01-31T09:00:00Z', closedBy: 'Rasa Petraitienė' };
const Y2023: ClosedYear = { year: 2023, closedAt: '2025-02-14T10:30:00Z', closedBy: '' };

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const yearInput = () => screen.getByTestId('closed-year-input') as HTMLInputElement;

const outOfRange: IpcError = {
  code: 'invalid',
  message: 'year: out of range',
  fields: [{ field: 'year', code: 'year-out-of-range', args: { min: '1900', max: '2199' }, message: '', warning: false }],
};

/** A backend holding the closed years, which close_year and reopen_year change. */
function renderCard(initial: ClosedYear[] = [Y2024, Y2023], handlers: Handlers = {}) {
  let closed = [...initial];
  const calls = mockBackend({
    list_closed_years: () => closed,
    close_year: ({ year }) => {
      closed = [{ year: year as number, closedAt: '2026-03-02T08:00:00Z', closedBy: 'Rūta' }, ...closed];
      return closed;
    },
    reopen_year: ({ year }) => (closed = closed.filter((found) => found.year !== year)),
    ...handlers,
  });
  render(ClosedYearsCard);
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('closed years card', () => {
  it('lists the closed years with the day they were closed and by whom, and offers last year', async () => {
    renderCard();
    await screen.findByTestId('closed-year-2024');
    expect(text('closed-year-2024')).toBe('2024 — closed on 31 January 2026 by Rasa Petraitienė Reopen');
    expect(text('closed-year-2023')).toBe('2023 — closed on 14 February 2025 Reopen');
    expect(screen.getByTestId('closed-year-reopen-2024').getAttribute('aria-label')).toBe('Reopen 2024');
    expect(screen.queryByTestId('closed-years-none')).toBeNull();
    expect(text('closed-years-card')).toContain('money dated in it can no longer change');
    expect(yearInput().value).toBe(String(new Date().getFullYear() - 1));
    expect(screen.getByLabelText('Year to close')).toBe(yearInput());
    expect(text('closed-year-close')).toBe('Close year…');
  });

  it('says the same in Lithuanian and Latvian', async () => {
    setLocale('lt');
    renderCard();
    await screen.findByTestId('closed-year-2024');
    expect(text('closed-year-2024')).toBe('2024 m. — uždaryti 2026-01-31, uždarė Rasa Petraitienė Atidaryti iš naujo');
    expect(text('closed-year-2023')).toBe('2023 m. — uždaryti 2025-02-14 Atidaryti iš naujo');
    setLocale('lv');
    await vi.waitFor(() =>
      expect(text('closed-year-2024')).toBe('2024. gads — slēgts 31.01.2026., slēdza Rasa Petraitienė Atvērt no jauna'),
    );
  });

  it('says when no year is closed', async () => {
    renderCard([]);
    expect(await screen.findByTestId('closed-years-none')).toBeTruthy();
    expect(text('closed-years-none')).toBe('No year is closed.');
  });

  it('asks before closing a year, then closes it and lists it', async () => {
    const calls = renderCard([Y2023]);
    await screen.findByTestId('closed-year-2023');
    await fireEvent.input(yearInput(), { target: { value: '2024' } });
    await fireEvent.click(screen.getByTestId('closed-year-close'));
    expect(text('confirm-message')).toContain('Once 2024 is closed, money dated in it can no longer change');
    expect(text('confirm-message')).toContain('Titles, descriptions and other details can still be edited.');
    expect(text('closed-year-close-confirm')).toBe('Close 2024');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));
    expect(commandsOf(calls)).toEqual(['list_closed_years']);

    await fireEvent.click(screen.getByTestId('closed-year-close-confirm'));
    await screen.findByTestId('closed-year-status');
    expect(text('closed-year-status')).toBe('✓ 2024 is closed.');
    expect(commandsOf(calls)).toEqual(['list_closed_years', 'close_year']);
    expect(calls[1].args).toEqual({ year: 2024 });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(text('closed-year-2024')).toBe('2024 — closed on 2 March 2026 by Rūta Reopen');
  });

  it('closes nothing when the dialog is cancelled, or the year is no number', async () => {
    const calls = renderCard();
    await screen.findByTestId('closed-year-2024');
    await fireEvent.click(screen.getByTestId('closed-year-close'));
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();

    await fireEvent.input(yearInput(), { target: { value: '20x4' } });
    await fireEvent.submit(yearInput().form as HTMLFormElement);
    expect(text('error-year')).toBe('Enter a whole number, e.g. 12.');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(yearInput()));
    expect(commandsOf(calls)).toEqual(['list_closed_years']);
  });

  it('asks before reopening a year, then reopens it', async () => {
    setLocale('lt');
    const calls = renderCard();
    await screen.findByTestId('closed-year-2024');
    await fireEvent.click(screen.getByTestId('closed-year-reopen-2024'));
    expect(text('confirm-message')).toContain('Tada 2024 m. datos pinigų įrašus vėl bus galima keisti');
    expect(commandsOf(calls)).toEqual(['list_closed_years']);

    await fireEvent.click(screen.getByTestId('closed-year-reopen-confirm'));
    await screen.findByTestId('closed-year-status');
    expect(text('closed-year-status')).toBe('✓ 2024 m. vėl atidaryti.');
    expect(commandsOf(calls)).toEqual(['list_closed_years', 'reopen_year']);
    expect(calls[1].args).toEqual({ year: 2024 });
    expect(screen.queryByTestId('closed-year-2024')).toBeNull();
    expect(screen.getByTestId('closed-year-2023')).toBeTruthy();
    // The row's button is gone: the keyboard goes on from the year to close.
    await vi.waitFor(() => expect(document.activeElement).toBe(yearInput()));
  });

  it('shows the refusal of a year out of range next to the input', async () => {
    const calls = renderCard([], {
      close_year: () => {
        throw outOfRange;
      },
    });
    await screen.findByTestId('closed-years-none');
    await fireEvent.input(yearInput(), { target: { value: '1800' } });
    await fireEvent.click(screen.getByTestId('closed-year-close'));
    await fireEvent.click(screen.getByTestId('closed-year-close-confirm'));
    await screen.findByTestId('error-year');
    expect(text('error-year')).toBe('Enter a year from 1900 to 2199.');
    expect(calls[1].args).toEqual({ year: 1800 });
    expect(yearInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('closed-year-status')).toBeNull();
    expect(screen.queryByTestId('closed-years-error')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(yearInput()));
  });

  it('says why the list could not be loaded', async () => {
    renderCard([], {
      list_closed_years: () => {
        throw { code: 'internal', message: 'boom', fields: [] } satisfies IpcError;
      },
    });
    expect(await screen.findByTestId('closed-years-error')).toBeTruthy();
    expect(screen.queryByTestId('closed-years-none')).toBeNull();
  });
});
