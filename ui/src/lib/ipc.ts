// The typed wrapper over the Rust commands: one async function per command. Nothing else in the
// UI calls `invoke` or listens to the backend's events. A rejected command becomes a thrown
// `IpcFailure` carrying the `IpcError`.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { ListFormat } from './bindings/ListFormat';
import type { ListTable } from './bindings/ListTable';
import type { AuditEntry } from './bindings/AuditEntry';
import type { AuditFilter } from './bindings/AuditFilter';
import type { Undone } from './bindings/Undone';
import type { Locale } from './bindings/Locale';
import type { AgendaItemInput } from './bindings/AgendaItemInput';
import type { Applicant } from './bindings/Applicant';
import type { ApplicantInput } from './bindings/ApplicantInput';
import type { AppInfo } from './bindings/AppInfo';
import type { Backup } from './bindings/Backup';
import type { BoardComposition } from './bindings/BoardComposition';
import type { Call } from './bindings/Call';
import type { CallInput } from './bindings/CallInput';
import type { CallSummary } from './bindings/CallSummary';
import type { ClosedYear } from './bindings/ClosedYear';
import type { Cooperation } from './bindings/Cooperation';
import type { CooperationInput } from './bindings/CooperationInput';
import type { Dashboard } from './bindings/Dashboard';
import type { DecisionInput } from './bindings/DecisionInput';
import type { Document } from './bindings/Document';
import type { DocumentOwner } from './bindings/DocumentOwner';
import type { Event } from './bindings/Event';
import type { EventInput } from './bindings/EventInput';
import type { EventTotals } from './bindings/EventTotals';
import type { FinancialPlan } from './bindings/FinancialPlan';
import type { ImportDone } from './bindings/ImportDone';
import type { ImportFile } from './bindings/ImportFile';
import type { ImportKind } from './bindings/ImportKind';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportProgress } from './bindings/ImportProgress';
import type { ImportSetup } from './bindings/ImportSetup';
import type { Indicator } from './bindings/Indicator';
import type { IndicatorInput } from './bindings/IndicatorInput';
import type { IndicatorValue } from './bindings/IndicatorValue';
import type { IntegrityReport } from './bindings/IntegrityReport';
import type { IpcError } from './bindings/IpcError';
import type { Measure } from './bindings/Measure';
import type { MeasureInput } from './bindings/MeasureInput';
import type { Meeting } from './bindings/Meeting';
import type { MeetingInput } from './bindings/MeetingInput';
import type { Member } from './bindings/Member';
import type { MemberInput } from './bindings/MemberInput';
import type { MoveDirection } from './bindings/MoveDirection';
import type { Organisation } from './bindings/Organisation';
import type { PaymentClaim } from './bindings/PaymentClaim';
import type { PaymentClaimInput } from './bindings/PaymentClaimInput';
import type { Performance } from './bindings/Performance';
import type { Priority } from './bindings/Priority';
import type { PriorityInput } from './bindings/PriorityInput';
import type { Project } from './bindings/Project';
import type { ProjectInput } from './bindings/ProjectInput';
import type { ProjectStatus } from './bindings/ProjectStatus';
import type { ReadSettings } from './bindings/ReadSettings';
import type { Report } from './bindings/Report';
import type { ReportRequest } from './bindings/ReportRequest';
import type { Restored } from './bindings/Restored';
import type { SavedReport } from './bindings/SavedReport';
import type { ScoreSheetInput } from './bindings/ScoreSheetInput';
import type { Selection } from './bindings/Selection';
import type { SelectionRulesInput } from './bindings/SelectionRulesInput';
import type { Settings } from './bindings/Settings';
import type { StatusChange } from './bindings/StatusChange';
import type { Strategy } from './bindings/Strategy';
import type { StrategyInput } from './bindings/StrategyInput';
import type { StrategySummary } from './bindings/StrategySummary';

export class IpcFailure extends Error {
  readonly error: IpcError;

  constructor(error: IpcError) {
    super(error.message || error.code);
    this.name = 'IpcFailure';
    this.error = error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whatever the command rejected with, as an `IpcError`. */
function toIpcError(reason: unknown): IpcError {
  if (isRecord(reason) && typeof reason.code === 'string') {
    return {
      code: reason.code,
      message: typeof reason.message === 'string' ? reason.message : '',
      fields: Array.isArray(reason.fields) ? (reason.fields as IpcError['fields']) : [],
    };
  }
  return { code: 'internal', message: String(reason), fields: [] };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw new IpcFailure(toIpcError(reason));
  }
}

export const getAppInfo = () => call<AppInfo>('get_app_info');
export const markFirstScreen = () => call<void>('mark_first_screen');

export const getSettings = () => call<Settings>('get_settings');
export const saveSettings = (settings: Settings) => call<Settings>('save_settings', { settings });

export const getOrganisation = () => call<Organisation | null>('get_organisation');
export const saveOrganisation = (organisation: Organisation) =>
  call<Organisation>('save_organisation', { organisation });

export const listStrategies = () => call<StrategySummary[]>('list_strategies');
export const getStrategy = (id: string) => call<Strategy>('get_strategy', { id });
export const createStrategy = (input: StrategyInput) => call<Strategy>('create_strategy', { input });
export const updateStrategy = (id: string, input: StrategyInput) =>
  call<Strategy>('update_strategy', { id, input });
export const deleteStrategy = (id: string) => call<null>('delete_strategy', { id });

export const listPriorities = (strategyId: string) => call<Priority[]>('list_priorities', { strategyId });
export const createPriority = (strategyId: string, input: PriorityInput) =>
  call<Priority>('create_priority', { strategyId, input });
export const updatePriority = (id: string, input: PriorityInput) =>
  call<Priority>('update_priority', { id, input });
export const deletePriority = (id: string) => call<null>('delete_priority', { id });
export const movePriority = (id: string, direction: MoveDirection) =>
  call<Priority[]>('move_priority', { id, direction });

export const listMeasures = (strategyId: string) => call<Measure[]>('list_measures', { strategyId });
export const createMeasure = (strategyId: string, input: MeasureInput) =>
  call<Measure>('create_measure', { strategyId, input });
export const updateMeasure = (id: string, input: MeasureInput) =>
  call<Measure>('update_measure', { id, input });
export const deleteMeasure = (id: string) => call<null>('delete_measure', { id });
export const moveMeasure = (id: string, direction: MoveDirection) =>
  call<Measure[]>('move_measure', { id, direction });

export const getFinancialPlan = (strategyId: string) =>
  call<FinancialPlan>('get_financial_plan', { strategyId });

export const loadDemo = () => call<StrategySummary>('load_demo');

export const getDashboard = (strategyId: string) => call<Dashboard>('get_dashboard', { strategyId });

export const listCalls = (strategyId: string) => call<CallSummary[]>('list_calls', { strategyId });
export const createCall = (strategyId: string, input: CallInput) => call<Call>('create_call', { strategyId, input });
export const updateCall = (id: string, input: CallInput) => call<Call>('update_call', { id, input });
export const deleteCall = (id: string) => call<null>('delete_call', { id });

/** A call's selection criteria and threshold, the ranking per measure and what it cannot rank yet. */
export const getSelection = (callId: string) => call<Selection>('get_selection', { callId });
/** Refused once applications are scored if it removes a scored criterion, adds one or lowers a maximum below a score. */
export const saveSelectionRules = (callId: string, input: SelectionRulesInput) =>
  call<Selection>('save_selection_rules', { callId, input });
/** Records one evaluator's sheet for a project, replacing that evaluator's earlier one (names match in any case). */
export const saveScoreSheet = (projectId: string, input: ScoreSheetInput) =>
  call<Selection>('save_score_sheet', { projectId, input });
export const deleteScoreSheet = (projectId: string, evaluator: string) =>
  call<Selection>('delete_score_sheet', { projectId, evaluator });

/** Applicants whose name or code contains `query`; all of them for an empty query. */
export const searchApplicants = (query: string) => call<Applicant[]>('search_applicants', { query });
export const getApplicant = (id: string) => call<Applicant>('get_applicant', { id });
export const createApplicant = (input: ApplicantInput) => call<Applicant>('create_applicant', { input });
/** Corrects an applicant; every application of it shows the change. */
export const updateApplicant = (id: string, input: ApplicantInput) =>
  call<Applicant>('update_applicant', { id, input });
/** Refused as `still-referenced` while any application names the applicant. */
export const deleteApplicant = (id: string) => call<null>('delete_applicant', { id });

export const listProjects = (strategyId: string) => call<Project[]>('list_projects', { strategyId });
export const getProject = (id: string) => call<Project>('get_project', { id });
export const createProject = (strategyId: string, input: ProjectInput) =>
  call<Project>('create_project', { strategyId, input });
export const updateProject = (id: string, input: ProjectInput) => call<Project>('update_project', { id, input });
/** Deletes a project with its status history; refused as `still-referenced` while it has payment claims. */
export const deleteProject = (id: string) => call<null>('delete_project', { id });
/** Moves a project to `status` on `on` (`YYYY-MM-DD`) with a note (may be empty). */
export const changeProjectStatus = (id: string, status: ProjectStatus, on: string, note: string) =>
  call<Project>('change_project_status', { id, status, on, note });
export const getProjectHistory = (id: string) => call<StatusChange[]>('get_project_history', { id });

export const listPaymentClaims = (projectId: string) => call<PaymentClaim[]>('list_payment_claims', { projectId });
export const createPaymentClaim = (projectId: string, input: PaymentClaimInput) =>
  call<PaymentClaim>('create_payment_claim', { projectId, input });
export const updatePaymentClaim = (id: string, input: PaymentClaimInput) =>
  call<PaymentClaim>('update_payment_claim', { id, input });
export const deletePaymentClaim = (id: string) => call<null>('delete_payment_claim', { id });

export const listIndicators = (strategyId: string) => call<Indicator[]>('list_indicators', { strategyId });
export const createIndicator = (strategyId: string, input: IndicatorInput) =>
  call<Indicator>('create_indicator', { strategyId, input });
export const updateIndicator = (id: string, input: IndicatorInput) => call<Indicator>('update_indicator', { id, input });
export const deleteIndicator = (id: string) => call<null>('delete_indicator', { id });
/** Enters a measured value of a manual indicator (refused as `derived-indicator` for the others). */
export const addIndicatorValue = (id: string, value: IndicatorValue) =>
  call<Indicator>('add_indicator_value', { id, value });
export const listIndicatorValues = (id: string) => call<IndicatorValue[]>('list_indicator_values', { id });
/** The mid-term review figures of the strategy. */
export const getPerformance = (strategyId: string) => call<Performance>('get_performance', { strategyId });

/** The LAG's members (shared by all strategies), by name. */
export const listMembers = () => call<Member[]>('list_members');
export const createMember = (input: MemberInput) => call<Member>('create_member', { input });
export const updateMember = (id: string, input: MemberInput) => call<Member>('update_member', { id, input });
/** Refused as `still-referenced` once the member attended a meeting. */
export const deleteMember = (id: string) => call<null>('delete_member', { id });
/** The board on `on` (`YYYY-MM-DD`): who sits on it and its sector balance. */
export const getBoard = (on: string) => call<BoardComposition>('get_board', { on });

/** Every meeting, the latest first, with its attendance, agenda and decisions. */
export const listMeetings = () => call<Meeting[]>('list_meetings');
export const getMeeting = (id: string) => call<Meeting>('get_meeting', { id });
export const createMeeting = (input: MeetingInput) => call<Meeting>('create_meeting', { input });
export const updateMeeting = (id: string, input: MeetingInput) => call<Meeting>('update_meeting', { id, input });
/** Refused as `still-referenced` while decisions are recorded at the meeting: they are the minutes. */
export const deleteMeeting = (id: string) => call<null>('delete_meeting', { id });
/** Adds an item at the end of the meeting's agenda; it decides on a project or on a call's selection, not both. */
export const addAgendaItem = (meetingId: string, input: AgendaItemInput) =>
  call<Meeting>('add_agenda_item', { meetingId, input });
/** Refused as `still-referenced` while the item has a decision. */
export const deleteAgendaItem = (id: string) => call<null>('delete_agenda_item', { id });
/**
 * Records or replaces the decision on an agenda item; refused with the rule it breaks. A passed
 * decision on a call's selection moves the call's scored applications as the ranking proposes.
 */
export const recordDecision = (itemId: string, input: DecisionInput) =>
  call<Meeting>('record_decision', { itemId, input });
/** Also takes back a selection decision's moves; refused as `moved-on` once a moved project went further. */
export const deleteDecision = (itemId: string) => call<null>('delete_decision', { itemId });

/** Events starting between `from` and `to` (`YYYY-MM-DD`, both included; null leaves that end open), earliest first. */
export const listEvents = (from: string | null, to: string | null) => call<Event[]>('list_events', { from, to });
export const getEvent = (id: string) => call<Event>('get_event', { id });
export const createEvent = (input: EventInput) => call<Event>('create_event', { input });
export const updateEvent = (id: string, input: EventInput) => call<Event>('update_event', { id, input });
/** Refused as `still-referenced` while documents are attached: they are the event's evidence. */
export const deleteEvent = (id: string) => call<null>('delete_event', { id });
/** Events, participants and costs between two days (both included) by kind, by group and by gender. */
export const getEventTotals = (from: string, to: string) => call<EventTotals>('get_event_totals', { from, to });

/** The cooperation projects (shared by all strategies), the latest start first. */
export const listCooperations = () => call<Cooperation[]>('list_cooperations');
export const getCooperation = (id: string) => call<Cooperation>('get_cooperation', { id });
export const createCooperation = (input: CooperationInput) => call<Cooperation>('create_cooperation', { input });
export const updateCooperation = (id: string, input: CooperationInput) =>
  call<Cooperation>('update_cooperation', { id, input });
/** Refused as `still-referenced` while events are linked or documents attached. */
export const deleteCooperation = (id: string) => call<null>('delete_cooperation', { id });

export const listDocuments = (owner: DocumentOwner, ownerId: string) =>
  call<Document[]>('list_documents', { owner, ownerId });
/** Opens the native file dialog: the path of the file chosen, or null when the user cancels. */
export const chooseDocument = () => call<string | null>('choose_document');
/** Copies the file at `path` into the app's data folder and attaches the copy to the record. */
export const attachDocument = (owner: DocumentOwner, ownerId: string, path: string) =>
  call<Document>('attach_document', { owner, ownerId, path });
/** Opens the document's copy with the system's viewer; fails as `io` when it cannot. */
export const openDocument = (id: string) => call<null>('open_document', { id });
/** Deletes the copy in the data folder; the original file stays where it was. */
export const deleteDocument = (id: string) => call<null>('delete_document', { id });

/** The LAG's logo as a `data:` URL for an `<img>`, or null when none is set. */
export const getLogo = () => call<string | null>('get_logo');
/** Opens the native file dialog for a PNG or JPEG image: the path chosen, or null when the user cancels. */
export const chooseLogo = () => call<string | null>('choose_logo');
/**
 * Makes the image at `path` the logo printed on every report: its `data:` URL. Refused on the field
 * `logo` (`logo-empty`, `logo-too-large`, `logo-not-image`, `logo-unreadable`), on `name`
 * (`organisation-first`) before the organisation is saved, as `io` when the file cannot be read.
 */
export const setLogo = (path: string) => call<string>('set_logo', { path });
export const removeLogo = () => call<null>('remove_logo');

/** The closed years, the latest first. Money dated in a closed year is refused (`year-closed`) until it is reopened. */
export const listClosedYears = () => call<ClosedYear[]>('list_closed_years');
/** Closes `year`: the closed years after it. A year outside 1900–2199 is refused on `year` (`year-out-of-range`). */
export const closeYear = (year: number) => call<ClosedYear[]>('close_year', { year });
/** Reopens `year`, so money dated in it can change again: the closed years after it. */
export const reopenYear = (year: number) => call<ClosedYear[]>('reopen_year', { year });

/** The report's model, exactly what its PDF prints; refused as `invalid` naming the parameter missing. */
export const previewReport = (request: ReportRequest) => call<Report>('preview_report', { request });
/** Writes the report's PDF to `path`; refused as `file-exists` unless `replace`, as `io` when it cannot write. */
export const saveReport = (request: ReportRequest, path: string, replace: boolean) =>
  call<SavedReport>('save_report', { request, path, replace });
/** Opens the native save dialog at `suggestedName`: the path chosen, or null when the user cancels. */
export const chooseReportPath = (suggestedName: string) => call<string | null>('choose_report_path', { suggestedName });
/** Opens a saved report with the system's PDF viewer; fails as `io` when it cannot. */
export const openReport = (path: string) => call<null>('open_report', { path });

/** The copies in the backups folder beside the database, the newest first; also when the database could not be opened. */
export const listBackups = () => call<Backup[]>('list_backups');
/** Makes a copy of the database in the backups folder now. */
export const backUpNow = () => call<Backup>('back_up_now');
/** Writes a copy of the database to `path`; refused as `file-exists` unless `replace`, as `io` when it cannot write. */
export const saveBackupCopy = (path: string, replace: boolean) => call<null>('save_backup_copy', { path, replace });
/** Opens the native save dialog for a copy: the path chosen, or null when the user cancels. */
export const chooseBackupCopyPath = () => call<string | null>('choose_backup_copy_path');
/** Opens the native file dialog for a copy to restore: the path chosen, or null when the user cancels. */
export const chooseBackupFile = () => call<string | null>('choose_backup_file');
/**
 * Replaces the database with the copy at `path`, keeping the database as it was as a safety copy
 * (restoring that undoes it), or, when it was damaged, renamed beside it. Refused as
 * `not-a-lagdesk-database`, `database-newer`, `database-damaged` (the copy is) or `io`.
 */
export const restoreBackup = (path: string) => call<Restored>('restore_backup', { path });
/** Checks every page, index and reference of the database: the problems found, none when it is sound. */
export const checkDatabase = () => call<IntegrityReport>('check_database');

/** Opens the native file dialog for a CSV file or a workbook to import: the path chosen, or null when the user cancels. */
export const chooseImportFile = () => call<string | null>('choose_import_file');
/**
 * Reads the file at `path` for a `kind` import: its columns, first rows and the setup offered.
 * Without `settings` the file reads as detected, or as the last file of its shape was imported;
 * with them as they say, keeping `mapping` while the column count stays. A file that cannot be
 * read is refused as `invalid-file`, its problems on the field `file` or `row-N`.
 */
export const openImport = (
  kind: ImportKind,
  path: string,
  settings: ReadSettings | null,
  mapping: (string | null)[] | null,
) => call<ImportFile>('open_import', { kind, path, settings, mapping });
/** What importing every row would do, and every problem by row and column; writes nothing. */
export const previewImport = (kind: ImportKind, path: string, setup: ImportSetup, strategyId: string | null) =>
  call<ImportPreview>('preview_import', { kind, path, setup, strategyId });
/** Backs up, then imports all rows or none, and remembers the setup for the next file of this shape. */
export const commitImport = (kind: ImportKind, path: string, setup: ImportSetup, strategyId: string | null) =>
  call<ImportDone>('commit_import', { kind, path, setup, strategyId });
/** Calls `onprogress` with each `import-progress` event of a preview or an import until the returned function stops it. */
export const onImportProgress = (onprogress: (progress: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>('import-progress', (event) => onprogress(event.payload));

// A list as shown, to a file: the native save dialog only chooses the path.
/** The save dialog suggesting `<name>.csv` or `<name>.xlsx`; null when cancelled. */
export const chooseExportPath = (name: string, format: ListFormat) =>
  call<string | null>('choose_export_path', { name, format });
/** Writes the table (a CSV as a spreadsheet in `locale` reads it); an existing file only with `replace`. */
export const exportList = (table: ListTable, format: ListFormat, locale: Locale, path: string, replace: boolean) =>
  call<string>('export_list', { table, format, locale, path, replace });

// The audit trail and undo.
/** Everything written about a record and its parts, oldest first. */
export const recordHistory = (id: string) => call<AuditEntry[]>('record_history', { id });
/** The log as the filter narrows it, newest first. */
export const auditLog = (filter: AuditFilter) => call<AuditEntry[]>('audit_log', { filter });
/** Takes back the latest change; null when none is left. */
export const undoLast = () => call<Undone | null>('undo_last');
