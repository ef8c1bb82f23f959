// The logo card: the LAG's logo as the backend holds it, choosing another through the system's file
// dialog (or not, when the dialog is cancelled), a file the backend refuses, removing the logo, and
// no logo before the LAG's name is saved.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import LogoCard from './LogoCard.svelte';

const OLD = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const NEW = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQ==';
const PATH = '/home/ruta/logotipas.jpg';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const chooseButton = () => screen.getByTestId('logo-choose') as HTMLButtonElement;
const image = () => screen.getByTestId('logo-image') as HTMLImageElement;

const refusal = (field: string, code: string, args: Record<string, string> = {}): IpcError => ({
  code: 'invalid',
  message: '',
  fields: [{ field, code, args, message: '', warning: false }],
});

function renderCard(handlers: Handlers = {}) {
  let stored: string | null = OLD;
  const calls = mockBackend({
    get_logo: () => stored,
    choose_logo: () => PATH,
    set_logo: () => (stored = NEW),
    remove_logo: () => {
      stored = null;
      return null;
    },
    ...handlers,
  });
  render(LogoCard);
  return calls;
}

beforeEach(() => {
  session.organisation = { name: 'Molėtų krašto VVG', legalCode: '', country: 'LT', region: '', address: '' };
});

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.organisation = null;
});

describe('logo card', () => {
  it('shows the logo the backend holds, or says there is none', async () => {
    renderCard();
    expect((await screen.findByTestId('logo-image')).getAttribute('src')).toBe(OLD);
    expect(image().alt).toBe("The LAG's logo");
    expect(screen.queryByTestId('logo-empty')).toBeNull();
    expect(screen.getByTestId('logo-remove').textContent?.trim()).toBe('Remove');
    expect(screen.getByTestId('logo-remove').getAttribute('aria-label')).toBe('Remove the logo');
    expect(screen.getByTestId('logo-card').textContent).toContain(
      "Printed beside the LAG's name at the top of every report. PNG or JPEG, up to 1 MB.",
    );
  });

  it('says so when there is no logo, and offers nothing to remove', async () => {
    setLocale('lt');
    renderCard({ get_logo: () => null });
    await screen.findByTestId('logo-empty');
    expect(text('logo-empty')).toBe('Logotipo nėra');
    expect(screen.queryByTestId('logo-image')).toBeNull();
    expect(screen.queryByTestId('logo-remove')).toBeNull();
    expect(text('logo-choose')).toBe('Pasirinkti paveikslėlį…');
    expect(chooseButton().disabled).toBe(false);
  });

  it('saves the image chosen in the dialog and shows it', async () => {
    let chosen: (path: string) => void = () => undefined;
    const calls = renderCard({ choose_logo: () => new Promise<string>((resolve) => (chosen = resolve)) });
    await screen.findByTestId('logo-image');
    await fireEvent.click(chooseButton());
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('choose_logo'));
    // While the dialog is open the button stays where the keyboard is, but does nothing.
    expect(chooseButton().getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(chooseButton());
    chosen(PATH);
    await vi.waitFor(() => expect(image().getAttribute('src')).toBe(NEW));
    expect(commandsOf(calls)).toEqual(['get_logo', 'choose_logo', 'set_logo']);
    expect(calls[2].args).toEqual({ path: PATH });
    expect(chooseButton().getAttribute('aria-disabled')).toBe('false');
    expect(screen.queryByTestId('logo-error')).toBeNull();
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const calls = renderCard({ choose_logo: () => null });
    await screen.findByTestId('logo-image');
    await fireEvent.click(chooseButton());
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('choose_logo'));
    await vi.waitFor(() => expect(chooseButton().getAttribute('aria-disabled')).toBe('false'));
    expect(commandsOf(calls)).toEqual(['get_logo', 'choose_logo']);
    expect(image().getAttribute('src')).toBe(OLD);
    expect(screen.queryByTestId('logo-error')).toBeNull();
  });

  it('says why an image is refused and which file it was, and keeps the old logo', async () => {
    let refused = refusal('logo', 'logo-not-image');
    renderCard({
      set_logo: () => {
        throw refused;
      },
    });
    await screen.findByTestId('logo-image');
    await fireEvent.click(chooseButton());
    await screen.findByTestId('logo-error');
    expect(text('logo-error')).toBe(`× This is not a PNG or JPEG image. ${PATH}`);
    expect(image().getAttribute('src')).toBe(OLD);

    setLocale('lt');
    refused = refusal('logo', 'logo-too-large', { max: '1 MB' });
    await fireEvent.click(chooseButton());
    await vi.waitFor(() => expect(text('logo-error')).toContain('Paveikslėlis didesnis nei 1 MB: pasirinkite mažesnį failą.'));
    expect(image().getAttribute('src')).toBe(OLD);

    setLocale('lv');
    refused = refusal('logo', 'logo-unreadable');
    await fireEvent.click(chooseButton());
    await vi.waitFor(() => expect(text('logo-error')).toContain('Attēls ir bojāts vai to nevar izdrukāt'));
  });

  it('names the file it could not read, and drops the error once an image is saved', async () => {
    let fail = true;
    renderCard({
      set_logo: () => {
        if (fail) throw { code: 'io', message: `cannot read ${PATH}: permission denied`, fields: [] } satisfies IpcError;
        return NEW;
      },
    });
    await screen.findByTestId('logo-image');
    await fireEvent.click(chooseButton());
    await screen.findByTestId('logo-error');
    expect(text('logo-error')).toContain('LAG Desk could not use the file');
    expect(text('logo-error')).toContain(`cannot read ${PATH}: permission denied`);

    fail = false;
    await fireEvent.click(chooseButton());
    await vi.waitFor(() => expect(image().getAttribute('src')).toBe(NEW));
    expect(screen.queryByTestId('logo-error')).toBeNull();
  });

  it('says the LAG must be saved first when the backend refuses for that', async () => {
    renderCard({
      set_logo: () => {
        throw refusal('name', 'organisation-first');
      },
    });
    await screen.findByTestId('logo-image');
    await fireEvent.click(chooseButton());
    expect((await screen.findByTestId('logo-error')).textContent).toContain(
      "Save the LAG's name first: the logo is printed beside it.",
    );
  });

  it('removes the logo, says there is none and goes on from "Choose image…"', async () => {
    const calls = renderCard();
    await screen.findByTestId('logo-image');
    await fireEvent.click(screen.getByTestId('logo-remove'));
    await screen.findByTestId('logo-empty');
    expect(text('logo-empty')).toBe('No logo');
    expect(screen.queryByTestId('logo-image')).toBeNull();
    expect(screen.queryByTestId('logo-remove')).toBeNull();
    expect(commandsOf(calls)).toEqual(['get_logo', 'remove_logo']);
    await vi.waitFor(() => expect(document.activeElement).toBe(chooseButton()));
  });

  it('cannot choose a logo before the LAG is saved, and says why', async () => {
    session.organisation = null;
    const calls = renderCard({ get_logo: () => null });
    await screen.findByTestId('logo-empty');
    expect(chooseButton().disabled).toBe(true);
    expect(text('logo-needs-organisation')).toBe("Save the LAG's name above first: the logo is printed beside it.");
    expect(chooseButton().getAttribute('aria-describedby')).toBe('logo-needs-organisation');
    await fireEvent.click(chooseButton());
    expect(commandsOf(calls)).toEqual(['get_logo']);

    // Once the LAG's name is saved on the same page, the button can be used.
    session.organisation = { name: 'Molėtų krašto VVG', legalCode: '', country: '', region: '', address: '' };
    await vi.waitFor(() => expect(chooseButton().disabled).toBe(false));
    expect(screen.queryByTestId('logo-needs-organisation')).toBeNull();
  });
});
