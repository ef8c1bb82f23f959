//! IPC commands of events, cooperation projects and documents. Choosing a file to attach uses
//! the native dialog in `choose_document`; `attach_document` takes the path directly, so tests
//! and the dialog share one way in.

use std::path::PathBuf;

use lagdesk_domain::{
    Cooperation, CooperationInput, Document, DocumentOwner, Event, EventInput, EventTotals,
};
use tauri::{State, WebviewWindow};

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

/// Events starting between `from` and `to` (days, both included; either may be open).
#[tauri::command]
pub async fn list_events(
    state: State<'_, AppState>,
    from: Option<String>,
    to: Option<String>,
) -> Reply<Vec<Event>> {
    state
        .with_store(move |s| s.events(from.as_deref(), to.as_deref()))
        .await
}

#[tauri::command]
pub async fn get_event(state: State<'_, AppState>, id: String) -> Reply<Event> {
    state.with_store(move |s| s.event(&id)).await
}

#[tauri::command]
pub async fn create_event(state: State<'_, AppState>, input: EventInput) -> Reply<Event> {
    state.with_store(move |s| s.create_event(&input)).await
}

#[tauri::command]
pub async fn update_event(
    state: State<'_, AppState>,
    id: String,
    input: EventInput,
) -> Reply<Event> {
    state.with_store(move |s| s.update_event(&id, &input)).await
}

#[tauri::command]
pub async fn delete_event(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_event(&id)).await
}

#[tauri::command]
pub async fn get_event_totals(
    state: State<'_, AppState>,
    from: String,
    to: String,
) -> Reply<EventTotals> {
    state.with_store(move |s| s.event_totals(&from, &to)).await
}

#[tauri::command]
pub async fn list_cooperations(state: State<'_, AppState>) -> Reply<Vec<Cooperation>> {
    state.with_store(|s| s.cooperations()).await
}

#[tauri::command]
pub async fn get_cooperation(state: State<'_, AppState>, id: String) -> Reply<Cooperation> {
    state.with_store(move |s| s.cooperation(&id)).await
}

#[tauri::command]
pub async fn create_cooperation(
    state: State<'_, AppState>,
    input: CooperationInput,
) -> Reply<Cooperation> {
    state
        .with_store(move |s| s.create_cooperation(&input))
        .await
}

#[tauri::command]
pub async fn update_cooperation(
    state: State<'_, AppState>,
    id: String,
    input: CooperationInput,
) -> Reply<Cooperation> {
    state
        .with_store(move |s| s.update_cooperation(&id, &input))
        .await
}

#[tauri::command]
pub async fn delete_cooperation(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_cooperation(&id)).await
}

#[tauri::command]
pub async fn list_documents(
    state: State<'_, AppState>,
    owner: DocumentOwner,
    owner_id: String,
) -> Reply<Vec<Document>> {
    state
        .with_store(move |s| s.documents(owner, &owner_id))
        .await
}

/// Copies the file at `path` into the data folder and attaches it.
#[tauri::command]
pub async fn attach_document(
    state: State<'_, AppState>,
    owner: DocumentOwner,
    owner_id: String,
    path: String,
) -> Reply<Document> {
    state
        .with_store(move |s| s.attach_document(owner, &owner_id, &PathBuf::from(path)))
        .await
}

/// The native dialog to choose a file; `None` when the user cancels.
#[tauri::command]
pub async fn choose_document(window: WebviewWindow) -> Reply<Option<String>> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .pick_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}

/// Opens the document's copy with the system's viewer.
#[tauri::command]
pub async fn open_document(state: State<'_, AppState>, id: String) -> Reply<()> {
    let path = state.with_store(move |s| s.document_path(&id)).await?;
    if !path.is_file() {
        return Err(IpcError::io(format!(
            "the copy of this document is missing from {}",
            path.display()
        )));
    }
    open::that_detached(&path)
        .map_err(|e| IpcError::io(format!("no program could open {}: {e}", path.display())))
}

#[tauri::command]
pub async fn delete_document(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_store(move |s| s.delete_document(&id)).await
}
