// The app frame: which pages the sidebar offers, and one active strategy shared by every page.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { session } from '../../lib/session.svelte';
import { mockBackend } from '../../testing/backend';
import { appInfo, settings, strategy, strategyHandlers, summary } from '../../testing/fixtures';
import { dashboard } from '../../testing/records';
import Shell from './Shell.svelte';

const second = { ...summary, id: 's2', code: 'VPS-2016', title: 'Ankstesnė strategija' };

afterEach(() => {
  clearMocks();
  setLocale('en');
  session.strategyId = null;
});

const navItems = () => screen.getAllByTestId(/^nav-/).map((item) => item.dataset.testid);

describe('shell', () => {
  it('offers the strategy pages only once a strategy exists', async () => {
    mockBackend({
      get_settings: () => settings('en'),
      get_app_info: () => appInfo(true),
      get_organisation: () => null,
      ...strategyHandlers,
      load_demo: () => summary,
      search_applicants: () => [],
    });
    render(Shell);
    await screen.findByTestId('welcome');
    expect(navItems()).toEqual(['nav-strategy', 'nav-members', 'nav-cooperation', 'nav-import', 'nav-log', 'nav-backups', 'nav-settings']);
    await fireEvent.click(screen.getByTestId('welcome-load-demo'));
    await screen.findByTestId('strategy-header-code');
    expect(navItems()).toEqual([
      'nav-dashboard', 'nav-strategy', 'nav-calls', 'nav-projects', 'nav-applicants', 'nav-members', 'nav-meetings', 'nav-events',
      'nav-cooperation', 'nav-indicators', 'nav-import', 'nav-reports', 'nav-log', 'nav-backups', 'nav-settings',
    ]);
    await fireEvent.click(screen.getByTestId('nav-applicants'));
    await screen.findByTestId('applicants-empty');
  });

  it('keeps the strategy chosen on the Strategy page for the dashboard, calls and projects', async () => {
    const calls = mockBackend({
      get_settings: () => settings('en'),
      get_app_info: () => appInfo(false),
      get_organisation: () => null,
      ...strategyHandlers,
      list_strategies: () => [summary, second],
      get_strategy: (args) => ({ ...strategy, id: args.id, code: args.id === 's2' ? 'VPS-2016' : strategy.code }),
      get_dashboard: (args) => ({ ...dashboard, strategyId: args.id }),
      list_calls: () => [],
    });
    render(Shell);
    await screen.findByTestId('dash-allocated');
    await fireEvent.click(screen.getByTestId('nav-strategy'));
    await fireEvent.change(await screen.findByTestId('strategy-select'), { target: { value: 's2' } });
    await vi.waitFor(() => expect(screen.getByTestId('strategy-header-code').textContent).toBe('VPS-2016'));
    await fireEvent.click(screen.getByTestId('nav-dashboard'));
    await screen.findByTestId('dash-allocated');
    await fireEvent.click(screen.getByTestId('nav-calls'));
    await screen.findByTestId('calls-empty');
    const strategyIds = (command: string) =>
      calls.filter((call) => call.command === command).map((call) => call.args.strategyId);
    expect(strategyIds('get_dashboard')).toEqual(['s1', 's2']);
    expect(strategyIds('list_calls')).toEqual(['s2']);
  });
});
