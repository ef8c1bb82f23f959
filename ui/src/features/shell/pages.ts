// The pages of the app the sidebar leads to, and which of them need an active strategy.

export type Page = 'dashboard' | 'strategy' | 'calls' | 'projects' | 'indicators' | 'settings';

/** In the sidebar's order. */
export const PAGES: readonly Page[] = ['dashboard', 'strategy', 'calls', 'projects', 'indicators', 'settings'];

/** Pages that show the active strategy's data: offered once a strategy exists. */
export const needsStrategy = (page: Page): boolean =>
  page === 'dashboard' || page === 'calls' || page === 'projects' || page === 'indicators';

/** Where to go: a page, and the call or project to open on it. */
export type Destination = { page: Page; id?: string };
