//! The IPC commands: `verb_noun`, async, a DTO in and a DTO out. Each is one call into the
//! store; the rules live in the domain and store crates, never here.

use lagdesk_domain::{
    Applicant, ApplicantInput, AuditEntry, AuditFilter, Call, CallInput, CallSummary, ClosedYear,
    Dashboard, FinancialPlan, Indicator, IndicatorInput, IndicatorValue, Measure, MeasureInput,
    MoveDirection, Organisation, PaymentClaim, PaymentClaimInput, Performance, Priority,
    PriorityInput, Project, ProjectInput, ProjectStatus, Settings, StatusChange, Strategy,
    StrategyInput, StrategySummary, Undone,
};
use lagdesk_store::StoreError;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::backups;
use crate::events;
use crate::imports;
use crate::ipc_error::IpcError;
use crate::lists;
use crate::logo;
use crate::partnership;
use crate::reports;
use crate::selection;
use crate::startup;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    /// No strategy yet: the window shows the first-start screen.
    pub is_empty: bool,
}

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        get_app_info,
        startup::mark_first_screen,
        get_settings,
        save_settings,
        undo_last,
        record_history,
        audit_log,
        list_closed_years,
        close_year,
        reopen_year,
        get_organisation,
        save_organisation,
        list_strategies,
        get_strategy,
        create_strategy,
        update_strategy,
        delete_strategy,
        list_priorities,
        create_priority,
        update_priority,
        delete_priority,
        move_priority,
        list_measures,
        create_measure,
        update_measure,
        delete_measure,
        move_measure,
        get_financial_plan,
        load_demo,
        list_calls,
        create_call,
        update_call,
        delete_call,
        search_applicants,
        get_applicant,
        create_applicant,
        update_applicant,
        delete_applicant,
        list_projects,
        get_project,
        create_project,
        update_project,
        delete_project,
        change_project_status,
        get_project_history,
        list_payment_claims,
        create_payment_claim,
        update_payment_claim,
        delete_payment_claim,
        get_dashboard,
        list_indicators,
        create_indicator,
        update_indicator,
        delete_indicator,
        add_indicator_value,
        list_indicator_values,
        get_performance,
        partnership::list_members,
        partnership::create_member,
        partnership::update_member,
        partnership::delete_member,
        partnership::get_board,
        partnership::list_meetings,
        partnership::get_meeting,
        partnership::create_meeting,
        partnership::update_meeting,
        partnership::delete_meeting,
        partnership::add_agenda_item,
        partnership::delete_agenda_item,
        partnership::record_decision,
        partnership::delete_decision,
        selection::get_selection,
        selection::save_selection_rules,
        selection::save_score_sheet,
        selection::delete_score_sheet,
        events::list_events,
        events::get_event,
        events::create_event,
        events::update_event,
        events::delete_event,
        events::get_event_totals,
        events::list_cooperations,
        events::get_cooperation,
        events::create_cooperation,
        events::update_cooperation,
        events::delete_cooperation,
        events::list_documents,
        events::attach_document,
        events::choose_document,
        events::open_document,
        events::delete_document,
        backups::list_backups,
        backups::back_up_now,
        backups::save_backup_copy,
        backups::restore_backup,
        backups::check_database,
        backups::choose_backup_copy_path,
        backups::choose_backup_file,
        lists::export_list,
        lists::choose_export_path,
        imports::open_import,
        imports::preview_import,
        imports::commit_import,
        imports::choose_import_file,
        logo::get_logo,
        logo::set_logo,
        logo::remove_logo,
        logo::choose_logo,
        reports::preview_report,
        reports::save_report,
        reports::choose_report_path,
        reports::open_report,
    ]
}

#[tauri::command]
async fn get_app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    let db_path = state
        .path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    state
        .with_store(move |s| {
            Ok(AppInfo {
                version: env!("CARGO_PKG_VERSION").into(),
                db_path,
                is_empty: s.is_empty()?,
            })
        })
        .await
}

#[tauri::command]
async fn get_settings(state: State<'_, AppState>) -> Reply<Settings> {
    state.with_store(|s| s.settings()).await
}

#[tauri::command]
async fn save_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    state.with_store(move |s| s.save_settings(&settings)).await
}

/// Everything written about a record and its parts, oldest first.
#[tauri::command]
async fn record_history(state: State<'_, AppState>, id: String) -> Reply<Vec<AuditEntry>> {
    state.with_store(move |s| s.history(&id)).await
}

/// The audit trail as `filter` narrows it, newest first.
#[tauri::command]
async fn audit_log(state: State<'_, AppState>, filter: AuditFilter) -> Reply<Vec<AuditEntry>> {
    state.with_store(move |s| s.audit_log(&filter)).await
}

/// Takes back the latest change (Ctrl+Z); `None` when there is none left.
#[tauri::command]
async fn undo_last(state: State<'_, AppState>) -> Reply<Option<Undone>> {
    state.with_store(|s| s.undo()).await
}

#[tauri::command]
async fn list_closed_years(state: State<'_, AppState>) -> Reply<Vec<ClosedYear>> {
    state.with_store(|s| s.closed_years()).await
}

#[tauri::command]
async fn close_year(state: State<'_, AppState>, year: i32) -> Reply<Vec<ClosedYear>> {
    state.with_store(move |s| s.close_year(year)).await
}

#[tauri::command]
async fn reopen_year(state: State<'_, AppState>, year: i32) -> Reply<Vec<ClosedYear>> {
    state.with_store(move |s| s.reopen_year(year)).await
}

#[tauri::command]
async fn get_organisation(state: State<'_, AppState>) -> Reply<Option<Organisation>> {
    state.with_store(|s| s.organisation()).await
}

#[tauri::command]
async fn save_organisation(
    state: State<'_, AppState>,
    organisation: Organisation,
) -> Reply<Organisation> {
    state
        .with_store(move |s| s.save_organisation(&organisation))
        .await
}

#[tauri::command]
async fn list_strategies(state: State<'_, AppState>) -> Reply<Vec<StrategySummary>> {
    state.with_store(|s| s.strategies()).await
}

#[tauri::command]
async fn get_strategy(state: State<'_, AppState>, id: String) -> Reply<Strategy> {
    state.with_store(move |s| s.strategy(&id)).await
}

#[tauri::command]
async fn create_strategy(state: State<'_, AppState>, input: StrategyInput) -> Reply<Strategy> {
    state.with_store(move |s| s.create_strategy(&input)).await
}

#[tauri::command]
async fn update_strategy(
    state: State<'_, AppState>,
    id: String,
    input: StrategyInput,
) -> Reply<Strategy> {
    state
        .with_store(move |s| s.update_strategy(&id, &input))
        .await
}

#[tauri::command]
async fn delete_strategy(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_strategy(&id)).await
}

#[tauri::command]
async fn list_priorities(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<Priority>> {
    state.with_store(move |s| s.priorities(&strategy_id)).await
}

#[tauri::command]
async fn create_priority(
    state: State<'_, AppState>,
    strategy_id: String,
    input: PriorityInput,
) -> Reply<Priority> {
    state
        .with_store(move |s| s.create_priority(&strategy_id, &input))
        .await
}

#[tauri::command]
async fn update_priority(
    state: State<'_, AppState>,
    id: String,
    input: PriorityInput,
) -> Reply<Priority> {
    state
        .with_store(move |s| s.update_priority(&id, &input))
        .await
}

#[tauri::command]
async fn delete_priority(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_priority(&id)).await
}

#[tauri::command]
async fn move_priority(
    state: State<'_, AppState>,
    id: String,
    direction: MoveDirection,
) -> Reply<Vec<Priority>> {
    state
        .with_store(move |s| s.move_priority(&id, direction))
        .await
}

#[tauri::command]
async fn list_measures(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<Measure>> {
    state.with_store(move |s| s.measures(&strategy_id)).await
}

#[tauri::command]
async fn create_measure(
    state: State<'_, AppState>,
    strategy_id: String,
    input: MeasureInput,
) -> Reply<Measure> {
    state
        .with_store(move |s| s.create_measure(&strategy_id, &input))
        .await
}

#[tauri::command]
async fn update_measure(
    state: State<'_, AppState>,
    id: String,
    input: MeasureInput,
) -> Reply<Measure> {
    state
        .with_store(move |s| s.update_measure(&id, &input))
        .await
}

#[tauri::command]
async fn delete_measure(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_measure(&id)).await
}

#[tauri::command]
async fn move_measure(
    state: State<'_, AppState>,
    id: String,
    direction: MoveDirection,
) -> Reply<Vec<Measure>> {
    state
        .with_store(move |s| s.move_measure(&id, direction))
        .await
}

#[tauri::command]
async fn get_financial_plan(
    state: State<'_, AppState>,
    strategy_id: String,
) -> Reply<FinancialPlan> {
    state
        .with_store(move |s| s.financial_plan(&strategy_id))
        .await
}

/// Loads the demo LAG and returns its strategy as the strategy list shows it.
#[tauri::command]
async fn load_demo(state: State<'_, AppState>) -> Reply<StrategySummary> {
    state
        .with_store(|s| {
            let id = s.load_demo()?;
            s.strategies()?
                .into_iter()
                .find(|summary| summary.id == id)
                .ok_or(StoreError::NotFound {
                    entity: "strategy",
                    id,
                })
        })
        .await
}

#[tauri::command]
async fn list_calls(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<CallSummary>> {
    state
        .with_store(move |s| {
            s.calls(&strategy_id)?
                .iter()
                .map(|c| s.call_summary(&c.id))
                .collect()
        })
        .await
}

#[tauri::command]
async fn create_call(
    state: State<'_, AppState>,
    strategy_id: String,
    input: CallInput,
) -> Reply<Call> {
    state
        .with_store(move |s| s.create_call(&strategy_id, &input))
        .await
}

#[tauri::command]
async fn update_call(state: State<'_, AppState>, id: String, input: CallInput) -> Reply<Call> {
    state.with_store(move |s| s.update_call(&id, &input)).await
}

#[tauri::command]
async fn delete_call(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_call(&id)).await
}

/// Applicants whose name or code contains `query`; all of them for an empty query.
#[tauri::command]
async fn search_applicants(state: State<'_, AppState>, query: String) -> Reply<Vec<Applicant>> {
    state.with_store(move |s| s.applicants(&query)).await
}

#[tauri::command]
async fn get_applicant(state: State<'_, AppState>, id: String) -> Reply<Applicant> {
    state.with_store(move |s| s.applicant(&id)).await
}

#[tauri::command]
async fn create_applicant(state: State<'_, AppState>, input: ApplicantInput) -> Reply<Applicant> {
    state.with_store(move |s| s.create_applicant(&input)).await
}

#[tauri::command]
async fn update_applicant(
    state: State<'_, AppState>,
    id: String,
    input: ApplicantInput,
) -> Reply<Applicant> {
    state
        .with_store(move |s| s.update_applicant(&id, &input))
        .await
}

#[tauri::command]
async fn delete_applicant(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_applicant(&id)).await
}

#[tauri::command]
async fn list_projects(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<Project>> {
    state.with_store(move |s| s.projects(&strategy_id)).await
}

#[tauri::command]
async fn get_project(state: State<'_, AppState>, id: String) -> Reply<Project> {
    state.with_store(move |s| s.project(&id)).await
}

#[tauri::command]
async fn create_project(
    state: State<'_, AppState>,
    strategy_id: String,
    input: ProjectInput,
) -> Reply<Project> {
    state
        .with_store(move |s| s.create_project(&strategy_id, &input))
        .await
}

#[tauri::command]
async fn update_project(
    state: State<'_, AppState>,
    id: String,
    input: ProjectInput,
) -> Reply<Project> {
    state
        .with_store(move |s| s.update_project(&id, &input))
        .await
}

#[tauri::command]
async fn delete_project(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_project(&id)).await
}

/// Moves a project to `status` on `on` (`YYYY-MM-DD`) with an optional note.
#[tauri::command]
async fn change_project_status(
    state: State<'_, AppState>,
    id: String,
    status: ProjectStatus,
    on: String,
    note: String,
) -> Reply<Project> {
    state
        .with_store(move |s| s.change_project_status(&id, status, &on, &note))
        .await
}

#[tauri::command]
async fn get_project_history(state: State<'_, AppState>, id: String) -> Reply<Vec<StatusChange>> {
    state.with_store(move |s| s.project_history(&id)).await
}

#[tauri::command]
async fn list_payment_claims(
    state: State<'_, AppState>,
    project_id: String,
) -> Reply<Vec<PaymentClaim>> {
    state
        .with_store(move |s| s.payment_claims(&project_id))
        .await
}

#[tauri::command]
async fn create_payment_claim(
    state: State<'_, AppState>,
    project_id: String,
    input: PaymentClaimInput,
) -> Reply<PaymentClaim> {
    state
        .with_store(move |s| s.create_payment_claim(&project_id, &input))
        .await
}

#[tauri::command]
async fn update_payment_claim(
    state: State<'_, AppState>,
    id: String,
    input: PaymentClaimInput,
) -> Reply<PaymentClaim> {
    state
        .with_store(move |s| s.update_payment_claim(&id, &input))
        .await
}

#[tauri::command]
async fn delete_payment_claim(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_payment_claim(&id)).await
}

/// The dashboard as of today on this computer's calendar.
#[tauri::command]
async fn get_dashboard(state: State<'_, AppState>, strategy_id: String) -> Reply<Dashboard> {
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    state
        .with_store(move |s| s.dashboard(&strategy_id, &today))
        .await
}

#[tauri::command]
async fn list_indicators(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<Indicator>> {
    state.with_store(move |s| s.indicators(&strategy_id)).await
}

#[tauri::command]
async fn create_indicator(
    state: State<'_, AppState>,
    strategy_id: String,
    input: IndicatorInput,
) -> Reply<Indicator> {
    state
        .with_store(move |s| s.create_indicator(&strategy_id, &input))
        .await
}

#[tauri::command]
async fn update_indicator(
    state: State<'_, AppState>,
    id: String,
    input: IndicatorInput,
) -> Reply<Indicator> {
    state
        .with_store(move |s| s.update_indicator(&id, &input))
        .await
}

#[tauri::command]
async fn delete_indicator(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_indicator(&id)).await
}

#[tauri::command]
async fn add_indicator_value(
    state: State<'_, AppState>,
    id: String,
    value: IndicatorValue,
) -> Reply<Indicator> {
    state
        .with_store(move |s| s.add_indicator_value(&id, &value))
        .await
}

#[tauri::command]
async fn list_indicator_values(
    state: State<'_, AppState>,
    id: String,
) -> Reply<Vec<IndicatorValue>> {
    state.with_store(move |s| s.indicator_values(&id)).await
}

#[tauri::command]
async fn get_performance(state: State<'_, AppState>, strategy_id: String) -> Reply<Performance> {
    state.with_store(move |s| s.performance(&strategy_id)).await
}
