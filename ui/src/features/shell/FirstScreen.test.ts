// The start-up signal: the backend hears once that the first screen is drawn, after its figures.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, expect, it } from 'vitest';
import { commandsOf, mockBackend } from '../../testing/backend';
import { appInfo, settings, strategyHandlers } from '../../testing/fixtures';
import { dashboard } from '../../testing/records';
import Shell from './Shell.svelte';

afterEach(() => clearMocks());

it('tells the backend once, after the dashboard shows its figures', async () => {
  const calls = mockBackend({
    get_settings: () => settings('en'),
    get_app_info: () => appInfo(false),
    get_organisation: () => null,
    ...strategyHandlers,
    get_dashboard: () => dashboard,
    mark_first_screen: () => null,
  });
  render(Shell);
  expect(await screen.findByTestId('dash-allocated')).toBeTruthy();
  await waitFor(() => expect(commandsOf(calls)).toContain('mark_first_screen'));
  const order = commandsOf(calls);
  expect(order.indexOf('mark_first_screen')).toBeGreaterThan(order.indexOf('get_dashboard'));

  await fireEvent.click(screen.getByTestId('nav-strategy'));
  await fireEvent.click(screen.getByTestId('nav-dashboard'));
  expect(await screen.findByTestId('dash-allocated')).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(commandsOf(calls).filter((command) => command === 'mark_first_screen')).toHaveLength(1);
});
