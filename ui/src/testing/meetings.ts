// Test data for meetings: a LAG of eleven members, nine of them on the board in 2024 (4 public,
// 3 business, 2 civil), one ordinary member and one who left in 2020; three meetings, one with a
// decision taken by the book and one taken without quorum for a recorded reason; and an agenda
// item whose passed decision applied the ranking of call 2024/1 (selection.ts).
import type { AgendaItem } from '../lib/bindings/AgendaItem';
import type { Decision } from '../lib/bindings/Decision';
import type { Meeting } from '../lib/bindings/Meeting';
import type { Member } from '../lib/bindings/Member';
import type { Sector } from '../lib/bindings/Sector';

const member = (id: string, name: string, sector: Sector, onBoard: boolean, fields: Partial<Member> = {}): Member => ({
  id,
  name,
  kind: 'organisation',
  sector,
  contact: '',
  joinedOn: '2015-01-01',
  leftOn: null,
  applicantIds: [],
  boardTerms: onBoard ? [{ startsOn: '2020-01-01', endsOn: null }] : [],
  ...fields,
});

export const members: Member[] = [
  member('p1', 'Molėtų r. savivaldybė', 'public', true),
  member('p2', 'Alantos seniūnija', 'public', true),
  member('p3', 'Molėtų gimnazija', 'public', true),
  member('p4', 'Kultūros centras', 'public', true),
  member('b1', 'UAB Žalias slėnis', 'business', true, { applicantIds: ['a2'] }),
  member('b2', 'Ūkininkė Ona', 'business', true),
  member('b3', 'UAB Medis', 'business', true),
  member('c1', 'Alantos bendruomenė', 'civil', true),
  member('c2', 'Jaunimo klubas', 'civil', true),
  member('g1', 'Senjorų draugija', 'civil', false),
  member('x1', 'Buvęs narys', 'civil', false, { leftOn: '2020-06-30' }),
];

export const boardIds = ['p1', 'p2', 'p3', 'p4', 'b1', 'b2', 'b3', 'c1', 'c2'];

/** b1 (linked to the applicant) recused; 5 of 9 could vote, 5 needed; public 2 of 5 voters. */
const funded: Decision = {
  text: 'Finansuoti projektą VP-2024-01',
  votes: [
    { memberId: 'p1', vote: 'for' },
    { memberId: 'p2', vote: 'against' },
    { memberId: 'b2', vote: 'for' },
    { memberId: 'c1', vote: 'for' },
    { memberId: 'c2', vote: 'abstain' },
  ],
  recusals: [{ memberId: 'b1', reason: 'Atstovauja pareiškėjui' }],
  overrideReason: '',
  moved: [],
  tally: {
    votesFor: 3,
    votesAgainst: 1,
    abstained: 1,
    passed: true,
    bodySize: 9,
    eligible: 5,
    quorumNeeded: 5,
    quorumMet: true,
    voters: {
      total: 5,
      sectors: [
        { sector: 'public', count: 2, share: 4000 },
        { sector: 'business', count: 1, share: 2000 },
        { sector: 'civil', count: 2, share: 4000 },
      ],
      publicOverLimit: false,
    },
  },
};

/** Taken by 4 of 9 without quorum, the reason recorded. */
const withoutQuorum: Decision = {
  text: 'Patvirtinti vertinimo rezultatus',
  votes: [
    { memberId: 'p1', vote: 'for' },
    { memberId: 'b2', vote: 'for' },
    { memberId: 'c1', vote: 'for' },
    { memberId: 'c2', vote: 'for' },
  ],
  recusals: [],
  overrideReason: 'Pakartotinis posėdis pagal įstatus',
  moved: [],
  tally: {
    votesFor: 4,
    votesAgainst: 0,
    abstained: 0,
    passed: true,
    bodySize: 9,
    eligible: 4,
    quorumNeeded: 5,
    quorumMet: false,
    voters: {
      total: 4,
      sectors: [
        { sector: 'public', count: 1, share: 2500 },
        { sector: 'business', count: 1, share: 2500 },
        { sector: 'civil', count: 2, share: 5000 },
      ],
      publicOverLimit: false,
    },
  },
};

export const boardMeeting: Meeting = {
  id: 'mt1',
  kind: 'board',
  number: '12',
  heldOn: '2024-05-15',
  place: 'Molėtai',
  online: false,
  attendeeIds: ['p1', 'p2', 'b1', 'b2', 'c1', 'c2', 'g1'],
  items: [
    { id: 'i1', meetingId: 'mt1', position: 0, title: 'Projekto finansavimas', projectId: 'pr1', projectNumber: 'VP-2024-01', callId: null, callNumber: null, decision: funded },
    { id: 'i2', meetingId: 'mt1', position: 1, title: 'Kiti klausimai', projectId: null, projectNumber: null, callId: null, callNumber: null, decision: null },
  ],
};

export const assembly: Meeting = {
  id: 'mt2',
  kind: 'general-assembly',
  number: '3',
  heldOn: '2024-03-20',
  place: '',
  online: true,
  attendeeIds: ['p1', 'b1', 'c1', 'g1'],
  items: [],
};

export const committee: Meeting = {
  id: 'mt3',
  kind: 'selection-committee',
  number: '7',
  heldOn: '2023-11-10',
  place: 'Alanta',
  online: false,
  attendeeIds: ['p1', 'b2', 'c1', 'c2'],
  items: [{ id: 'i3', meetingId: 'mt3', position: 0, title: 'Vertinimo rezultatai', projectId: null, projectNumber: null, callId: null, callNumber: null, decision: withoutQuorum }],
};

/** Latest first, as the backend lists them. */
export const meetings: Meeting[] = [boardMeeting, assembly, committee];

/** The selection of call 2024/1, decided by the board: P-2 and P-1 selected, P-5 and P-3 on the reserve list, P-4 rejected. */
export const selectionItem: AgendaItem = {
  id: 'i4',
  meetingId: 'mt1',
  position: 2,
  title: 'Kvietimo 2024/1 projektų atranka',
  projectId: null,
  projectNumber: null,
  callId: 'c1',
  callNumber: '2024/1',
  decision: {
    ...funded,
    text: 'Patvirtinti kvietimo 2024/1 projektų pirmumo eilę',
    recusals: [],
    moved: [
      { projectId: 'sp1', number: 'P-1', status: 'selected' },
      { projectId: 'sp2', number: 'P-2', status: 'selected' },
      { projectId: 'sp3', number: 'P-3', status: 'reserve' },
      { projectId: 'sp4', number: 'P-4', status: 'rejected' },
      { projectId: 'sp5', number: 'P-5', status: 'reserve' },
    ],
  },
};
