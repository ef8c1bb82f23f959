// The first start on an empty database: the welcome screen, the demo LAG and the language switcher.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend } from '../../testing/backend';
import { appInfo, settings, strategyHandlers, summary } from '../../testing/fixtures';
import Shell from '../shell/Shell.svelte';

const emptyDatabase = {
  get_settings: () => settings('en'),
  get_app_info: () => appInfo(true),
  get_organisation: () => null,
};

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('welcome screen', () => {
  it('offers both ways in on an empty database', async () => {
    mockBackend(emptyDatabase);
    render(Shell);
    expect(await screen.findByTestId('welcome-create-strategy')).toBeTruthy();
    expect(screen.getByTestId('welcome-load-demo')).toBeTruthy();
    expect(screen.getByTestId('nav-strategy').textContent).toContain('Strategy');
    expect(screen.getByTestId('nav-settings').textContent).toContain('Settings');
  });

  it('loads the demo LAG and then shows its strategy', async () => {
    const calls = mockBackend({ ...emptyDatabase, ...strategyHandlers, load_demo: () => summary });
    render(Shell);
    await fireEvent.click(await screen.findByTestId('welcome-load-demo'));
    expect((await screen.findByTestId('strategy-header-code')).textContent).toBe('VPS-2023');
    expect(commandsOf(calls)).toContain('load_demo');
    expect(calls.find((call) => call.command === 'get_strategy')?.args).toEqual({ id: 's1' });
    expect(screen.queryByTestId('welcome')).toBeNull();
  });

  it('opens the strategy form from "Create a strategy"', async () => {
    mockBackend({ ...emptyDatabase, list_strategies: () => [] });
    render(Shell);
    await fireEvent.click(await screen.findByTestId('welcome-create-strategy'));
    expect(await screen.findByTestId('strategy-form')).toBeTruthy();
    expect((screen.getByTestId('funding-code-0') as HTMLInputElement).value).toBe('EAFRD');
  });

  it('switches the language at once and saves it', async () => {
    const calls = mockBackend({ ...emptyDatabase, save_settings: (args) => args.settings });
    render(Shell);
    const select = (await screen.findByTestId('welcome-language')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Lietuvių', 'Latviešu', 'English']);
    await fireEvent.change(select, { target: { value: 'lt' } });
    expect(await screen.findByText('Sveiki atvykę į LAG Desk')).toBeTruthy();
    expect(screen.getByTestId('nav-settings').textContent).toContain('Nustatymai');
    const saved = calls.find((call) => call.command === 'save_settings');
    expect(saved?.args).toEqual({ settings: { language: 'lt', coordinatorName: 'Rūta' } });
  });
});
