// Every list screen has its Export… button: it exports the list shown there, under a file name in
// the UI's language (the project, call or strategy it is of, the period of the events shown).
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListTable } from '../lib/bindings/ListTable';
import type { Performance } from '../lib/bindings/Performance';
import { isoDate } from '../lib/format';
import { setLocale } from '../lib/i18n';
import { mockBackend, type Handlers } from '../testing/backend';
import { cooperation, events, totals } from '../testing/events';
import { measures, plan, strategy } from '../testing/fixtures';
import { meetings } from '../testing/meetings';
import { balancedBoard, members } from '../testing/members';
import { applicants, claims, dashboard, openCall, overSubscribed, projects } from '../testing/records';
import { selection } from '../testing/selection';
import ApplicantsPage from './applicants/ApplicantsPage.svelte';
import CallsPage from './calls/CallsPage.svelte';
import CooperationPage from './cooperation/CooperationPage.svelte';
import EventsPage from './events/EventsPage.svelte';
import IndicatorsPage from './indicators/IndicatorsPage.svelte';
import MeetingsPage from './meetings/MeetingsPage.svelte';
import MembersPage from './members/MembersPage.svelte';
import PaymentClaims from './projects/PaymentClaims.svelte';
import RankingCard from './selection/RankingCard.svelte';
import FinancialPlanView from './strategy/FinancialPlanView.svelte';

const today = isoDate(new Date());
const year = new Date().getFullYear();

const performance: Performance = {
  financial: 45, committed: 120, physical: 2500, projectsCompleted: 3, projectsPlanned: 12, jobs: 2000, jobsCreated: 200, jobsTarget: 1000,
};

const handlers: Handlers = {
  list_calls: () => [overSubscribed, openCall],
  list_measures: () => measures,
  get_strategy: () => strategy,
  search_applicants: () => applicants,
  list_members: () => members,
  get_board: (args) => balancedBoard(String(args.on)),
  list_meetings: () => meetings,
  list_events: () => events,
  get_event_totals: () => totals,
  list_projects: () => projects,
  list_cooperations: () => [cooperation],
  list_indicators: () => [],
  get_performance: () => performance,
  get_dashboard: () => dashboard,
  choose_export_path: (args) => `/home/ruta/${String(args.name)}.${String(args.format)}`,
  export_list: (args) => args.path,
};

/** A list screen: its list's name, how it is shown, the file name suggested and how many rows it exports. */
type Screen = { name: string; show: () => void; file: string; rows: number };

const screens: Screen[] = [
  { name: 'calls', show: () => render(CallsPage, { strategyId: 's1', openId: null }), file: `calls-${today}`, rows: 2 },
  { name: 'applicants', show: () => render(ApplicantsPage), file: `applicants-${today}`, rows: 3 },
  { name: 'members', show: () => render(MembersPage), file: `members-${today}`, rows: members.length },
  { name: 'meetings', show: () => render(MeetingsPage, { strategyId: 's1' }), file: `meetings-${today}`, rows: 3 },
  { name: 'events', show: () => render(EventsPage, { strategyId: 's1' }), file: `events-${year}-01-01-${year}-12-31`, rows: events.length },
  { name: 'cooperation', show: () => render(CooperationPage), file: `cooperation-projects-${today}`, rows: 1 },
  { name: 'indicators', show: () => render(IndicatorsPage, { strategyId: 's1' }), file: `indicators-${today}`, rows: 0 },
  { name: 'plan', show: () => render(FinancialPlanView, { plan }), file: `financial-plan-VPS-2023-${today}`, rows: 7 },
  {
    name: 'claims',
    show: () => render(PaymentClaims, { project: projects[0], claims, onchange: async () => undefined }),
    file: `payment-claims-VP-2024-01-${today}`,
    rows: 2,
  },
  {
    name: 'ranking',
    show: () => render(RankingCard, { selection, measures: overSubscribed.measures }),
    file: `ranking-2024-1-${today}`,
    rows: 5,
  },
];

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('the Export… button of every list', () => {
  it.each(screens)('exports the $name list as shown', async ({ name, show, file, rows }) => {
    const calls = mockBackend(handlers);
    show();
    const button = await screen.findByTestId(`export-${name}`);
    await vi.waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    await fireEvent.click(button);
    await fireEvent.click(screen.getByTestId(`export-${name}-csv`));
    await screen.findByTestId('export-status');
    expect(calls.find((c) => c.command === 'choose_export_path')?.args).toEqual({ name: file, format: 'csv' });
    const table = calls.find((c) => c.command === 'export_list')?.args.table as ListTable;
    expect(table.name).toBe(name);
    expect(table.rows).toHaveLength(rows);
  });
});
