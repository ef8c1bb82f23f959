// Settings: saving the coordinator and the LAG profile, and the language switching the whole UI.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { mockBackend } from '../../testing/backend';
import { appInfo, settings, strategyHandlers } from '../../testing/fixtures';
import Shell from '../shell/Shell.svelte';

afterEach(() => {
  clearMocks();
  setLocale('en');
});

const tooLong: IpcError = {
  code: 'invalid',
  message: 'coordinatorName: too long',
  fields: [{ field: 'coordinatorName', code: 'too-long', args: { max: '200' }, message: 'too long', warning: false }],
};

async function openSettings(saveSettings: (args: Record<string, unknown>) => unknown = (args) => args.settings) {
  const calls = mockBackend({
    get_settings: () => settings('en'),
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    save_settings: saveSettings,
    save_organisation: (args) => args.organisation,
    get_logo: () => null,
    list_closed_years: () => [],
    ...strategyHandlers,
  });
  render(Shell);
  await fireEvent.click(await screen.findByTestId('nav-settings'));
  return calls;
}

describe('settings', () => {
  it('saves the coordinator and the organisation, and shows the LAG in the sidebar', async () => {
    const calls = await openSettings();
    await fireEvent.input(screen.getByTestId('settings-coordinator'), { target: { value: 'Jonas Jonaitis' } });
    await fireEvent.input(screen.getByTestId('org-name'), { target: { value: 'Molėtų VVG' } });
    await fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('settings-saved')).textContent).toContain('Saved');
    expect(screen.getByTestId('sidebar-organisation').textContent).toBe('Molėtų VVG');
    const sent = calls.filter((call) => call.command.startsWith('save_')).map((call) => call.args);
    expect(sent).toEqual([
      { settings: { language: 'en', coordinatorName: 'Jonas Jonaitis' } },
      { organisation: { name: 'Molėtų VVG', legalCode: '', country: '', region: '', address: '' } },
    ]);
  });

  it('shows the backend problem next to the coordinator, and drops it once saved', async () => {
    let refuse = true;
    const calls = await openSettings((args) => {
      if (refuse) throw tooLong;
      return args.settings;
    });
    await fireEvent.input(screen.getByTestId('settings-coordinator'), { target: { value: 'J'.repeat(201) } });
    await fireEvent.input(screen.getByTestId('org-name'), { target: { value: 'Molėtų VVG' } });
    await fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('error-coordinatorName')).textContent).toBe('Too long: at most 200 characters.');
    expect(screen.getByTestId('form-error').textContent).toContain('Please correct the marked fields.');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('settings-coordinator')));
    expect(screen.queryByTestId('settings-saved')).toBeNull();
    expect(calls.some((call) => call.command === 'save_organisation')).toBe(false);

    refuse = false;
    await fireEvent.input(screen.getByTestId('settings-coordinator'), { target: { value: 'Jonas' } });
    await fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('settings-saved')).textContent).toContain('Saved');
    expect(screen.queryByTestId('error-coordinatorName')).toBeNull();
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(calls.filter((call) => call.command === 'save_organisation')).toHaveLength(1);
  });

  it('shows the logo card after the LAG profile, usable once the LAG is saved', async () => {
    await openSettings();
    const card = await screen.findByTestId('logo-card');
    const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(screen.getByTestId('settings-save'), card)).toBe(true);
    expect(follows(card, screen.getByRole('heading', { name: 'About this copy' }))).toBe(true);
    await screen.findByTestId('logo-empty');
    expect((screen.getByTestId('logo-choose') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(screen.getByTestId('org-name'), { target: { value: 'Molėtų VVG' } });
    await fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByTestId('settings-saved');
    expect((screen.getByTestId('logo-choose') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('logo-needs-organisation')).toBeNull();
  });

  it('re-renders the whole UI in the chosen language at once', async () => {
    await openSettings();
    await fireEvent.change(screen.getByTestId('settings-language'), { target: { value: 'lv' } });
    expect((await screen.findByTestId('page-title')).textContent).toBe('Iestatījumi');
    expect(screen.getByTestId('nav-strategy').textContent).toContain('Stratēģija');
    expect(screen.getByTestId('settings-save').textContent).toContain('Saglabāt');
  });
});
