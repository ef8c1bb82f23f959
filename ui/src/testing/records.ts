// Test data beyond the strategy: calls with what they received, applicants (one without
// applications), projects at several steps of their lifecycle, payment claims and the dashboard of
// the strategy in fixtures.ts.
import type { Applicant } from '../lib/bindings/Applicant';
import type { CallSummary } from '../lib/bindings/CallSummary';
import type { Dashboard } from '../lib/bindings/Dashboard';
import type { PaymentClaim } from '../lib/bindings/PaymentClaim';
import type { Project } from '../lib/bindings/Project';
import { plan } from './fixtures';

/** Call 2024/1 offers M1.1 and M1.2; M1.1 is over-subscribed by 150 000,00 €. */
export const overSubscribed: CallSummary = {
  call: {
    id: 'c1',
    strategyId: 's1',
    number: '2024/1',
    title: 'Verslo kūrimas',
    opensAt: '2024-03-01T09:00',
    closesAt: '2024-04-30T16:00',
    status: 'evaluated',
    measures: [
      { measureId: 'm1', available: 50_000_000, maxGrant: 5_000_000, maxIntensity: 7000 },
      { measureId: 'm2', available: 20_000_000, maxGrant: null, maxIntensity: null },
    ],
  },
  measures: [
    { measureId: 'm1', measureCode: 'M1.1', measureTitle: 'Priemonė M1.1', applications: 14, requested: 65_000_000, available: 50_000_000, difference: -15_000_000 },
    { measureId: 'm2', measureCode: 'M1.2', measureTitle: 'Priemonė M1.2', applications: 3, requested: 12_000_000, available: 20_000_000, difference: 8_000_000 },
  ],
  applications: 17,
  requested: 77_000_000,
  available: 70_000_000,
  difference: -7_000_000,
};

/** Call 2025/1 offers only M1.2 and has no applications yet. */
export const openCall: CallSummary = {
  call: {
    id: 'c2',
    strategyId: 's1',
    number: '2025/1',
    title: 'Bendradarbiavimas',
    opensAt: '2025-02-03T08:00',
    closesAt: '2025-03-31T15:30',
    status: 'open',
    measures: [{ measureId: 'm2', available: 10_000_000, maxGrant: null, maxIntensity: null }],
  },
  measures: [
    { measureId: 'm2', measureCode: 'M1.2', measureTitle: 'Priemonė M1.2', applications: 0, requested: 0, available: 10_000_000, difference: 10_000_000 },
  ],
  applications: 0,
  requested: 0,
  available: 10_000_000,
  difference: 10_000_000,
};

export const applicants: Applicant[] = [
  { id: 'a1', name: 'Alantos bendruomenė', kind: 'community', code: '300123456', municipality: 'Molėtų r.', eldership: 'Alantos', projectCount: 2 },
  { id: 'a2', name: 'UAB Žalias slėnis', kind: 'business', code: '302222222', municipality: 'Molėtų r.', eldership: '', projectCount: 1 },
  { id: 'a3', name: 'Ūkininkas Jonas Petraitis', kind: 'farmer', code: '', municipality: 'Utenos r.', eldership: 'Daugailių', projectCount: 0 },
];

const project = (fields: Partial<Project> & Pick<Project, 'id' | 'number' | 'title'>): Project => ({
  strategyId: 's1',
  applicantId: 'a1',
  applicantName: 'Alantos bendruomenė',
  callId: 'c1',
  callNumber: '2024/1',
  measureId: 'm1',
  measureCode: 'M1.1',
  submittedOn: '2024-04-15',
  eligibleCost: 4_000_000,
  requestedAid: 3_000_000,
  awardedAid: null,
  ownContribution: 1_000_000,
  intensity: 7500,
  jobsCreated: null,
  implementationEnd: null,
  status: 'submitted',
  statusOn: '2024-04-15',
  paid: 0,
  fundShares: [],
  ...fields,
});

/** Three projects: one contracted and partly paid, one evaluated, one from 2023 under M1.2. */
export const projects: Project[] = [
  project({
    id: 'pr1',
    number: 'VP-2024-01',
    title: 'Kaimo turizmo sodyba',
    applicantId: 'a2',
    applicantName: 'UAB Žalias slėnis',
    eligibleCost: 6_000_000,
    requestedAid: 4_200_000,
    awardedAid: 4_000_001,
    ownContribution: 1_999_999,
    intensity: 6667,
    status: 'contracted',
    statusOn: '2024-09-01',
    paid: 1_500_000,
    fundShares: [
      { code: 'EAFRD', amount: 3_400_001 },
      { code: 'NAT', amount: 600_000 },
    ],
    jobsCreated: 2,
    implementationEnd: '2025-12-31',
  }),
  project({ id: 'pr2', number: 'VP-2024-02', title: 'Bendruomenės namai', status: 'evaluated', statusOn: '2024-06-10' }),
  project({
    id: 'pr3',
    number: 'VP-2023-10',
    title: 'Amatų dirbtuvės',
    callId: null,
    callNumber: null,
    measureId: 'm2',
    measureCode: 'M1.2',
    submittedOn: '2023-11-20',
    eligibleCost: 1_000_000,
    requestedAid: 800_000,
    ownContribution: 200_000,
    intensity: 8000,
    status: 'rejected',
    statusOn: '2024-01-10',
  }),
];

export const claims: PaymentClaim[] = [
  { id: 'pc1', projectId: 'pr1', number: '1', submittedOn: '2024-11-02', claimed: 1_500_000, paid: 1_500_000, paidOn: '2024-12-01' },
  { id: 'pc2', projectId: 'pr1', number: '2', submittedOn: '2025-03-15', claimed: 1_000_000, paid: null, paidOn: null },
];

/** The dashboard of the strategy in fixtures.ts with the contracted project and its claims. */
export const dashboard: Dashboard = {
  strategyId: 's1',
  allocated: 333_456_789,
  committed: 4_000_001,
  paid: 1_500_000,
  available: 329_456_788,
  committedShare: 120,
  paidShare: 45,
  measures: [
    { ...plan.projectLines[1], committed: 4_000_001, paid: 1_500_000, available: 145_999_999 },
    plan.projectLines[2],
    plan.runningLines[0],
  ],
  projectsByStatus: [
    { status: 'evaluated', projects: 1, aid: 3_000_000 },
    { status: 'rejected', projects: 1, aid: 800_000 },
    { status: 'contracted', projects: 1, aid: 4_000_001 },
  ],
  callsClosing: [{ id: 'c2', number: '2025/1', title: 'Bendradarbiavimas', closesAt: '2099-03-31T15:30' }],
  projectsEnding: [],
  claimsAwaited: [{ projectId: 'pr1', projectNumber: 'VP-2024-01', claimNumber: '2', submittedOn: '2025-03-15', claimed: 1_000_000 }],
  recentChanges: [
    { projectId: 'pr1', projectNumber: 'VP-2024-01', projectTitle: 'Kaimo turizmo sodyba', status: 'contracted', changedOn: '2024-09-01' },
  ],
};
