// Making a report: previewing its model, saving its PDF where the user chooses (asking before an
// existing file is replaced) and opening the saved file. Problems with a parameter are kept by
// field for the form; anything else is the failure the page shows.
import type { IpcError } from '../../lib/bindings/IpcError';
import type { Report } from '../../lib/bindings/Report';
import type { ReportRequest } from '../../lib/bindings/ReportRequest';
import type { SavedReport } from '../../lib/bindings/SavedReport';
import { chooseReportPath, openReport, previewReport, saveReport } from '../../lib/ipc';
import { asIpcError, splitFailure, withStart, type Problems } from '../../lib/problems';

/** The parameters the backend may name in a refusal, all of them controls of the form. */
const FIELDS = ['kind', 'from', 'to', 'callId', 'projectId', 'meetingId'];

/** A file to write that exists already, and the request to write it with once the user agrees. */
type Replacing = { request: ReportRequest; path: string };

export class ReportRun {
  /** What is under way: the native dialog is open, or the backend is making the preview or the PDF. */
  busy = $state<'preview' | 'choose' | 'save' | null>(null);
  report = $state<Report | null>(null);
  /** The request the preview shows, to tell when the parameters have changed since. */
  previewed = $state<ReportRequest | null>(null);
  problems = $state<Problems>({});
  /** What went wrong; `writing` when the PDF could not be written where the user chose. */
  failure = $state<{ error: IpcError; writing: boolean } | null>(null);
  saved = $state<SavedReport | null>(null);
  replacing = $state<Replacing | null>(null);

  /** Forgets the preview, the file saved and what went wrong: they were of another report. */
  forget(): void {
    this.report = null;
    this.previewed = null;
    this.saved = null;
    this.problems = {};
    this.failure = null;
  }

  async preview(request: ReportRequest): Promise<void> {
    this.#start('preview');
    try {
      this.report = await previewReport(request);
      this.previewed = request;
    } catch (reason) {
      this.#fail(reason, request);
    } finally {
      this.busy = null;
    }
  }

  /** Asks where to save with the native dialog, then saves there; nothing when the dialog is cancelled. */
  async save(request: ReportRequest, suggestedName: string): Promise<void> {
    this.busy = 'choose';
    try {
      const path = await chooseReportPath(suggestedName);
      if (path === null) return;
      this.#start('save');
      this.saved = null;
      await this.#write({ request, path }, false);
    } catch (reason) {
      this.#fail(reason, request);
    } finally {
      this.busy = null;
    }
  }

  /** Writes over the existing file the user agreed to replace. */
  async replace(): Promise<void> {
    const asked = this.replacing;
    this.replacing = null;
    if (asked === null) return;
    this.#start('save');
    try {
      await this.#write(asked, true);
    } catch (reason) {
      this.#fail(reason, asked.request);
    } finally {
      this.busy = null;
    }
  }

  async open(): Promise<void> {
    if (this.saved === null) return;
    this.failure = null;
    try {
      await openReport(this.saved.path);
    } catch (reason) {
      this.failure = { error: asIpcError(reason), writing: false };
    }
  }

  /** Saves at `path`; an existing file is not replaced unless `replace`, but asked about. */
  async #write(target: Replacing, replace: boolean): Promise<void> {
    try {
      this.saved = await saveReport(target.request, target.path, replace);
    } catch (reason) {
      const error = asIpcError(reason);
      if (error.code === 'file-exists') this.replacing = target;
      else if (error.code === 'io') this.failure = { error, writing: true };
      else throw reason;
    }
  }

  #start(busy: 'preview' | 'save'): void {
    this.busy = busy;
    this.problems = {};
    this.failure = null;
  }

  /** The backend does not say where a period it refuses for ending before its start begins: the request does. */
  #fail(reason: unknown, request: ReportRequest): void {
    const { problems, general } = splitFailure(withStart(reason, request.from ?? ''), (field) => FIELDS.includes(field));
    this.problems = problems;
    this.failure = { error: general, writing: false };
  }
}
