// Test data for events, cooperation projects and documents: three events of 2026 over two months
// (one booked to the running line R1 of fixtures.ts, one linked to the cooperation project), their
// totals, a Lithuanian–Latvian–Estonian cooperation project and two attached documents.
import type { Cooperation } from '../lib/bindings/Cooperation';
import type { Document } from '../lib/bindings/Document';
import type { Event as LagEvent } from '../lib/bindings/Event';
import type { EventTotals } from '../lib/bindings/EventTotals';

const event = (id: string, fields: Partial<LagEvent>): LagEvent => ({
  id,
  kind: 'information',
  title: '',
  startsAt: '2026-03-12T10:00',
  endsAt: null,
  place: '',
  organiser: 'VVG',
  description: '',
  participants: 0,
  byGroup: [],
  women: null,
  men: null,
  cost: null,
  costMeasureId: null,
  measureId: null,
  projectId: null,
  cooperationId: null,
  costMeasureCode: null,
  measureCode: null,
  projectNumber: null,
  cooperationCode: null,
  documents: 0,
  ...fields,
});

export const seminar = event('e1', {
  kind: 'seminar',
  title: 'Vietos produktų seminaras',
  startsAt: '2026-03-12T10:00',
  endsAt: '2026-03-12T15:00',
  place: 'Alantos bendruomenės namai',
  participants: 30,
  byGroup: [
    { group: 'businesses', count: 12 },
    { group: 'youth', count: 8 },
  ],
  women: 18,
  men: 12,
  cost: 45_000,
  costMeasureId: 'r1',
  costMeasureCode: 'R1',
});

export const studyVisit = event('e2', {
  kind: 'study-visit',
  title: 'Pažintinis vizitas į Latgalą',
  startsAt: '2026-03-26T07:30',
  endsAt: '2026-03-27T20:00',
  place: 'Rēzekne',
  participants: 18,
  cooperationId: 'co1',
  cooperationCode: 'COOP-1',
});

export const training = event('e3', {
  kind: 'training',
  title: 'Paraiškų rengimo mokymai',
  startsAt: '2026-05-05T13:00',
  place: 'Molėtai',
  participants: 25,
  documents: 2,
});

export const events: LagEvent[] = [seminar, studyVisit, training];

export const totals: EventTotals = {
  from: '2026-01-01',
  to: '2026-12-31',
  byKind: [
    { kind: 'board-meeting', events: 0, participants: 0, cost: 0 },
    { kind: 'general-meeting', events: 0, participants: 0, cost: 0 },
    { kind: 'training', events: 1, participants: 25, cost: 0 },
    { kind: 'seminar', events: 1, participants: 30, cost: 45_000 },
    { kind: 'information', events: 0, participants: 0, cost: 0 },
    { kind: 'study-visit', events: 1, participants: 18, cost: 0 },
    { kind: 'consultation', events: 0, participants: 0, cost: 0 },
    { kind: 'conference', events: 0, participants: 0, cost: 0 },
  ],
  byGroup: [
    { group: 'municipality', count: 0 },
    { group: 'communities', count: 0 },
    { group: 'ngos', count: 0 },
    { group: 'businesses', count: 12 },
    { group: 'youth', count: 8 },
    { group: 'seniors', count: 0 },
    { group: 'other', count: 0 },
  ],
  events: 3,
  participants: 73,
  women: 18,
  men: 12,
  cost: 45_000,
};

export const cooperation: Cooperation = {
  id: 'co1',
  code: 'COOP-1',
  title: 'Ežerų krašto amatų keliai',
  startsOn: '2025-05-01',
  endsOn: '2027-04-30',
  budget: 6_000_000,
  goals: 'Bendras amatų maršrutas',
  partners: [
    { organisation: 'Žaliųjų ežerų krašto VVG', country: 'LT', role: 'Koordinatorius', lead: true },
    { organisation: 'Biedrība „Latgales partnerība”', country: 'LV', role: 'Partneris', lead: false },
    { organisation: 'Võrumaa Partnerluskogu', country: 'EE', role: 'Partneris', lead: false },
  ],
  results: [{ description: 'Amatų maršruto žemėlapis', status: 'in-progress' }],
  events: 1,
  participants: 18,
  eventCost: 0,
  documents: 0,
};

export const documents: Document[] = [
  { id: 'd1', owner: 'event', ownerId: 'e3', fileName: 'dalyviai.pdf', size: 1_258_291, addedAt: '2026-05-06T09:15:00Z' },
  { id: 'd2', owner: 'event', ownerId: 'e3', fileName: 'nuotrauka.jpg', size: 512, addedAt: '2026-05-06T09:16:00Z' },
];
