//! IPC commands of project selection: a call's criteria and threshold, score sheets and the
//! ranking. The decision that applies a ranking is a meeting's (see `partnership`).

use lagdesk_domain::{ScoreSheetInput, Selection, SelectionRulesInput};
use tauri::State;

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

#[tauri::command]
pub async fn get_selection(state: State<'_, AppState>, call_id: String) -> Reply<Selection> {
    state.with_store(move |s| s.selection(&call_id)).await
}

#[tauri::command]
pub async fn save_selection_rules(
    state: State<'_, AppState>,
    call_id: String,
    input: SelectionRulesInput,
) -> Reply<Selection> {
    state
        .with_store(move |s| s.save_selection_rules(&call_id, &input))
        .await
}

#[tauri::command]
pub async fn save_score_sheet(
    state: State<'_, AppState>,
    project_id: String,
    input: ScoreSheetInput,
) -> Reply<Selection> {
    state
        .with_store(move |s| s.save_score_sheet(&project_id, &input))
        .await
}

#[tauri::command]
pub async fn delete_score_sheet(
    state: State<'_, AppState>,
    project_id: String,
    evaluator: String,
) -> Reply<Selection> {
    state
        .with_store(move |s| s.delete_score_sheet(&project_id, &evaluator))
        .await
}
