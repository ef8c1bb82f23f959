//! IPC commands of the partnership: members and their board terms, the board on a day, and
//! meetings with agenda items and decisions. Each is one store call.

use lagdesk_domain::{
    AgendaItemInput, BoardComposition, DecisionInput, Meeting, MeetingInput, Member, MemberInput,
};
use tauri::State;

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

#[tauri::command]
pub async fn list_members(state: State<'_, AppState>) -> Reply<Vec<Member>> {
    state.with_store(|s| s.members()).await
}

#[tauri::command]
pub async fn create_member(state: State<'_, AppState>, input: MemberInput) -> Reply<Member> {
    state.with_store(move |s| s.create_member(&input)).await
}

#[tauri::command]
pub async fn update_member(
    state: State<'_, AppState>,
    id: String,
    input: MemberInput,
) -> Reply<Member> {
    state
        .with_store(move |s| s.update_member(&id, &input))
        .await
}

#[tauri::command]
pub async fn delete_member(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_member(&id)).await
}

/// The board on `on` (`YYYY-MM-DD`) with its sector balance.
#[tauri::command]
pub async fn get_board(state: State<'_, AppState>, on: String) -> Reply<BoardComposition> {
    state.with_store(move |s| s.board_on(&on)).await
}

#[tauri::command]
pub async fn list_meetings(state: State<'_, AppState>) -> Reply<Vec<Meeting>> {
    state.with_store(|s| s.meetings()).await
}

#[tauri::command]
pub async fn get_meeting(state: State<'_, AppState>, id: String) -> Reply<Meeting> {
    state.with_store(move |s| s.meeting(&id)).await
}

#[tauri::command]
pub async fn create_meeting(state: State<'_, AppState>, input: MeetingInput) -> Reply<Meeting> {
    state.with_store(move |s| s.create_meeting(&input)).await
}

#[tauri::command]
pub async fn update_meeting(
    state: State<'_, AppState>,
    id: String,
    input: MeetingInput,
) -> Reply<Meeting> {
    state
        .with_store(move |s| s.update_meeting(&id, &input))
        .await
}

#[tauri::command]
pub async fn delete_meeting(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_meeting(&id)).await
}

#[tauri::command]
pub async fn add_agenda_item(
    state: State<'_, AppState>,
    meeting_id: String,
    input: AgendaItemInput,
) -> Reply<Meeting> {
    state
        .with_store(move |s| s.add_agenda_item(&meeting_id, &input))
        .await
}

#[tauri::command]
pub async fn delete_agenda_item(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_agenda_item(&id)).await
}

/// Records or replaces the decision on an agenda item; refused with the rule it breaks.
#[tauri::command]
pub async fn record_decision(
    state: State<'_, AppState>,
    item_id: String,
    input: DecisionInput,
) -> Reply<Meeting> {
    state
        .with_store(move |s| s.record_decision(&item_id, &input))
        .await
}

#[tauri::command]
pub async fn delete_decision(state: State<'_, AppState>, item_id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_decision(&item_id)).await
}
