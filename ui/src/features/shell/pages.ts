// The pages of the app the sidebar leads to, and which of them need an active strategy.

export type Page =
  | 'dashboard' | 'strategy' | 'calls' | 'projects' | 'applicants' | 'members' | 'meetings' | 'events' | 'cooperation'
  | 'indicators' | 'import' | 'reports' | 'log' | 'backups' | 'settings';

/** In the sidebar's order. */
export const PAGES: readonly Page[] = [
  'dashboard', 'strategy', 'calls', 'projects', 'applicants', 'members', 'meetings', 'events', 'cooperation', 'indicators',
  'import', 'reports', 'log', 'backups', 'settings',
];

/**
 * Pages offered once a strategy exists: those that show the active strategy's data, and the
 * applicants (shared by all strategies, but registered only with a strategy's applications) and the
 * events (their costs are booked to the strategy's running or animation lines). The members and
 * the cooperation projects are offered always: both exist before the LAG adopts a strategy. So are
 * the activity log, the backups and the settings, which are about the database and the app, not a
 * strategy, and the import, whose payment claims and events need none (it says which kinds do).
 */
export const needsStrategy = (page: Page): boolean =>
  !['strategy', 'members', 'cooperation', 'import', 'log', 'backups', 'settings'].includes(page);

/** Where to go: a page, and the call or project to open on it. */
export type Destination = { page: Page; id?: string };
