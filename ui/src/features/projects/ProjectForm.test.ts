// The project form: what it sends, the applicant picker and a new applicant, the measures a call
// offers, the figures shown while typing, and "Save anyway" after a refusal with warnings only.
import { clearMocks } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/bindings/IpcError';
import { setLocale } from '../../lib/i18n';
import { commandsOf, mockBackend, type Handlers } from '../../testing/backend';
import { measures } from '../../testing/fixtures';
import { applicants, openCall, overSubscribed, projects } from '../../testing/records';
import ProjectForm from './ProjectForm.svelte';

const text = (testid: string) => screen.getByTestId(testid).textContent?.trim() ?? '';

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

function renderForm(handlers: Handlers) {
  const calls = mockBackend({
    search_applicants: (args) => applicants.filter((a) => a.name.toLowerCase().includes(String(args.query).toLowerCase())),
    ...handlers,
  });
  const onsaved = vi.fn();
  render(ProjectForm, {
    strategyId: 's1',
    project: null,
    calls: [overSubscribed.call, openCall.call],
    measures,
    onsaved,
    oncancel: vi.fn(),
  });
  return { calls, onsaved };
}

/** Types into the applicant picker and takes the first match with the keyboard. */
async function pickApplicant(part: string) {
  await type('project-applicant', part);
  await screen.findByTestId('applicant-option-0');
  await fireEvent.keyDown(screen.getByTestId('project-applicant'), { key: 'Enter' });
}

async function fillProject() {
  await type('project-number', ' VP-2024-03 ');
  await type('project-title', 'Kaimo kavinė');
  await pickApplicant('alan');
  await fireEvent.change(screen.getByTestId('project-call'), { target: { value: 'c1' } });
  await type('project-submitted-on', '2024-04-15');
  await type('project-eligible', '40 000');
  await type('project-requested', '30000,00');
}

const intensityWarning: IpcError = {
  code: 'invalid',
  message: '',
  fields: [
    {
      field: 'requestedAid',
      code: 'intensity-above-max',
      args: { intensity: '80.00', max: '70.00' },
      message: '',
      warning: true,
    },
  ],
};

afterEach(() => {
  clearMocks();
  setLocale('en');
});

describe('project form', () => {
  it('sends the ProjectInput, with the applicant picked from the search', async () => {
    const { calls, onsaved } = renderForm({ create_project: () => projects[1] });
    await fillProject();
    await type('project-jobs', '2');
    await type('project-implementation-end', '2025-12-31');
    expect((screen.getByTestId('project-applicant') as HTMLInputElement).value).toBe('Alantos bendruomenė');
    expect(text('project-own-contribution')).toBe('€10,000.00');
    expect(text('project-intensity')).toBe('75.00%');
    await fireEvent.click(screen.getByTestId('project-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(projects[1]));
    expect(calls.find((call) => call.command === 'search_applicants')?.args).toEqual({ query: 'alan' });
    expect(calls.find((call) => call.command === 'create_project')?.args).toEqual({
      strategyId: 's1',
      input: {
        number: 'VP-2024-03',
        title: 'Kaimo kavinė',
        applicantId: 'a1',
        callId: 'c1',
        measureId: 'm1',
        submittedOn: '2024-04-15',
        eligibleCost: 4_000_000,
        requestedAid: 3_000_000,
        awardedAid: null,
        jobsCreated: 2,
        implementationEnd: '2025-12-31',
        confirmWarnings: false,
      },
    });
  });

  it('offers only the measures of the chosen call', async () => {
    renderForm({});
    const measure = screen.getByTestId('project-measure') as HTMLSelectElement;
    expect([...measure.options].map((o) => o.value)).toEqual(['m1', 'm2']);
    await fireEvent.change(screen.getByTestId('project-call'), { target: { value: 'c2' } });
    expect([...measure.options].map((o) => o.value)).toEqual(['m2']);
    expect(measure.value).toBe('m2');
  });

  it('offers "Save anyway" after a refusal with warnings only, and then confirms them', async () => {
    let refuse = true;
    const { calls, onsaved } = renderForm({
      create_project: () => {
        if (refuse) throw intensityWarning;
        return projects[1];
      },
    });
    await fillProject();
    await fireEvent.click(screen.getByTestId('project-save'));
    const warning = await screen.findByTestId('error-requestedAid');
    expect(warning.textContent?.trim()).toBe('Gives an aid intensity of 80.00%, above the maximum of 70.00%.');
    expect(warning.classList.contains('field-warning')).toBe(true);
    expect(screen.getByTestId('project-warnings').textContent).toContain('Save anyway');
    expect(screen.queryByTestId('form-error')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('project-confirm-warnings')));
    expect(onsaved).not.toHaveBeenCalled();

    refuse = false;
    await fireEvent.click(screen.getByTestId('project-confirm-warnings'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    const sent = calls.filter((call) => call.command === 'create_project').map((call) => call.args.input);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ confirmWarnings: false, requestedAid: 3_000_000 });
    expect(sent[1]).toEqual({ ...(sent[0] as object), confirmWarnings: true });
  });

  it('does not offer "Save anyway" when an error comes with the warnings', async () => {
    setLocale('lt');
    renderForm({
      create_project: () => {
        throw {
          ...intensityWarning,
          fields: [
            ...intensityWarning.fields,
            { field: 'awardedAid', code: 'aid-above-eligible', args: { eligible: '40000.00' }, message: '', warning: false },
          ],
        };
      },
    });
    await fillProject();
    await fireEvent.click(screen.getByTestId('project-save'));
    expect((await screen.findByTestId('error-awardedAid')).textContent?.trim()).toBe(
      'Negali viršyti tinkamų finansuoti išlaidų (40\u00a0000,00\u00a0€).',
    );
    expect(screen.queryByTestId('project-confirm-warnings')).toBeNull();
    expect(text('form-error')).toContain('Ištaisykite pažymėtus laukus.');
  });

  it('registers a new applicant in a dialog and takes it', async () => {
    const { calls } = renderForm({
      create_applicant: (args) => ({ id: 'a9', ...(args.input as object) }),
      create_project: () => projects[1],
    });
    await type('project-applicant', 'Naujas ūkis');
    await fireEvent.click(screen.getByTestId('project-applicant-new'));
    expect((screen.getByTestId('applicant-name') as HTMLInputElement).value).toBe('Naujas ūkis');
    await fireEvent.change(screen.getByTestId('applicant-kind'), { target: { value: 'farmer' } });
    await type('applicant-municipality', 'Utenos r.');
    await fireEvent.click(screen.getByTestId('applicant-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('applicant-dialog')).toBeNull());
    expect((screen.getByTestId('project-applicant') as HTMLInputElement).value).toBe('Naujas ūkis');
    expect(calls.find((call) => call.command === 'create_applicant')?.args).toEqual({
      input: { name: 'Naujas ūkis', kind: 'farmer', code: '', municipality: 'Utenos r.', eldership: '' },
    });
    await type('project-number', 'VP-9');
    await type('project-title', 'Ūkis');
    await type('project-eligible', '100');
    await type('project-requested', '50');
    await fireEvent.click(screen.getByTestId('project-save'));
    await vi.waitFor(() => expect(commandsOf(calls)).toContain('create_project'));
    expect(calls.find((call) => call.command === 'create_project')?.args).toMatchObject({ input: { applicantId: 'a9' } });
  });
});
