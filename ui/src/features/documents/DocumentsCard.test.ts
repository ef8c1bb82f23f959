// The documents card: the files attached with their sizes in the UI's language, attaching one
// through the system's file dialog (or not, when the dialog is cancelled), a file that cannot be
// read, a copy no program opens, and removing one after confirmation.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../lib/bindings/Document';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { documents } from '../../testing/events';
import DocumentsCard from './DocumentsCard.svelte';
import { fileSize } from './fileSize';

const text = (testid: string) => screen.getByTestId(testid).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent?.trim());

const protocol: Document = {
  id: 'd3',
  owner: 'event',
  ownerId: 'e3',
  fileName: 'protokolas.pdf',
  size: 20_480,
  addedAt: '2026-05-07T10:00:00Z',
};

function renderCard(handlers: Handlers = {}) {
  let stored = [...documents];
  const calls = mockBackend({
    list_documents: () => stored,
    choose_document: () => '/home/ruta/protokolas.pdf',
    attach_document: () => {
      stored = [...stored, protocol];
      return protocol;
    },
    delete_document: (args) => {
      stored = stored.filter((d) => d.id !== args.id);
      return null;
    },
    ...handlers,
  });
  render(DocumentsCard, { owner: 'event', ownerId: 'e3' });
  return calls;
}

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('file sizes', () => {
  it('are said in the units and number format of the language', () => {
    expect(fileSize(1_258_291, 'lt')).toBe('1,2 MB');
    expect(fileSize(1_258_291, 'en')).toBe('1.2 MB');
    expect(fileSize(20_480, 'lv')).toBe('20 kB');
    expect(fileSize(512, 'lt')).toBe('512 baitų');
    expect(fileSize(512, 'en')).toBe('512 bytes');
  });
});

describe('documents card', () => {
  it('lists the documents with their size and the day they were added', async () => {
    setLocale('lt');
    renderCard();
    await screen.findByTestId('document-row-1');
    expect(cells('document-row-0')).toEqual(['dalyviai.pdf', '1,2 MB', '2026-05-06']);
    expect(text('documents-count')).toBe('2 dokumentai');
  });

  it('attaches the file chosen in the dialog and lists it', async () => {
    const calls = renderCard();
    await screen.findByTestId('document-row-1');
    await fireEvent.click(screen.getByTestId('documents-attach'));
    await screen.findByTestId('document-row-2');
    expect(cells('document-row-2')).toEqual(['protokolas.pdf', '20 kB', '7 May 2026']);
    expect(text('documents-count')).toBe('3 documents');
    expect(commandsOf(calls)).toEqual(['list_documents', 'choose_document', 'attach_document', 'list_documents']);
    expect(calls[2].args).toEqual({ owner: 'event', ownerId: 'e3', path: '/home/ruta/protokolas.pdf' });
  });

  it('attaches nothing when the dialog is cancelled', async () => {
    const calls = renderCard({ choose_document: () => null });
    await screen.findByTestId('document-row-1');
    await fireEvent.click(screen.getByTestId('documents-attach'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('choose_document'));
    await vi.waitFor(() => expect((screen.getByTestId('documents-attach') as HTMLButtonElement).disabled).toBe(false));
    expect(commandsOf(calls)).toEqual(['list_documents', 'choose_document']);
    expect(screen.queryByTestId('documents-refused')).toBeNull();
  });

  it('says which file could not be read, and why a copy could not be opened', async () => {
    const unreadable: IpcError = {
      code: 'invalid',
      message: '',
      fields: [{ field: 'file', code: 'unreadable', args: { path: '/home/ruta/protokolas.pdf' }, message: '', warning: false }],
    };
    const noViewer: IpcError = { code: 'io', message: 'no program could open /data/documents/d1.pdf', fields: [] };
    renderCard({
      attach_document: () => {
        throw unreadable;
      },
      open_document: () => {
        throw noViewer;
      },
    });
    await screen.findByTestId('document-row-1');
    await fireEvent.click(screen.getByTestId('documents-attach'));
    expect((await screen.findByTestId('documents-refused')).textContent).toContain(
      'The file could not be read. It may have been moved, or LAG Desk may not be allowed to read it.',
    );
    expect(text('documents-refused')).toContain('/home/ruta/protokolas.pdf');
    await fireEvent.click(screen.getByTestId('document-open-0'));
    expect((await screen.findByTestId('documents-error')).textContent).toContain(
      'LAG Desk could not use the file: it may be missing, or no program on this computer can open it.',
    );
    expect(text('documents-error')).toContain('no program could open /data/documents/d1.pdf');
  });

  it('removes a document once confirmed, and goes on from "Attach file…"', async () => {
    const calls = renderCard();
    await screen.findByTestId('document-row-1');
    await fireEvent.click(screen.getByTestId('document-remove-0'));
    expect(text('confirm-message')).toBe(
      "“dalyviai.pdf” will be removed and its copy in LAG Desk's data folder deleted. The original file stays where it was.",
    );
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await vi.waitFor(() => expect(screen.queryByTestId('document-row-1')).toBeNull());
    expect(calls.find((call) => call.command === 'delete_document')?.args).toEqual({ id: 'd1' });
    expect(cells('document-row-0')[0]).toBe('nuotrauka.jpg');
    expect(document.activeElement).toBe(screen.getByTestId('documents-attach'));
  });
});
