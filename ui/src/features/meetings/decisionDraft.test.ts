// The applicants an agenda item decides on, whose members must declare a conflict of interest:
// the project's, or every applicant of the call still in the running, each once and by name.
import { describe, expect, it } from 'vitest';
import type { Project } from '../../lib/bindings/Project';
import { projects } from '../../testing/records';
import { applicantsDecided } from './decisionDraft';

const withdrawn: Project = { ...projects[1], id: 'pr4', applicantId: 'a3', applicantName: 'Ūkininkas Jonas Petraitis', status: 'withdrawn' };
const again: Project = { ...projects[1], id: 'pr5', status: 'admissible' };
const all = [...projects, withdrawn, again];

describe('applicants decided', () => {
  it("names the project's applicant, whatever its status", () => {
    expect(applicantsDecided({ projectId: 'pr4', callId: null }, all)).toEqual([{ id: 'a3', name: 'Ūkininkas Jonas Petraitis' }]);
  });

  it('names every applicant of the call still in the running, each once', () => {
    expect(applicantsDecided({ projectId: null, callId: 'c1' }, all)).toEqual([
      { id: 'a1', name: 'Alantos bendruomenė' },
      { id: 'a2', name: 'UAB Žalias slėnis' },
    ]);
  });

  it('names nobody for an item on neither', () => {
    expect(applicantsDecided({ projectId: null, callId: null }, all)).toEqual([]);
  });
});
