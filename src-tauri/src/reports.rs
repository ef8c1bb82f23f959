//! IPC commands of the printed reports: a preview (the report's model, which the window shows as
//! it will print), saving the PDF to a path, the native save dialog that chooses one, and
//! opening the saved file with the system's viewer. Saving takes the path directly, so tests
//! bypass the dialog.

use std::path::PathBuf;

use lagdesk_report::{make, render, write_pdf, Report, ReportRequest};
use serde::Serialize;
use tauri::{State, WebviewWindow};
use ts_rs::TS;

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SavedReport {
    pub path: String,
    #[ts(type = "number")]
    pub size: u64,
}

pub(crate) fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

#[tauri::command]
pub async fn preview_report(state: State<'_, AppState>, request: ReportRequest) -> Reply<Report> {
    state.with_store(move |s| make(s, &request, &today())).await
}

/// Writes the report's PDF to `path`; an existing file is replaced only with `replace`.
#[tauri::command]
pub async fn save_report(
    state: State<'_, AppState>,
    request: ReportRequest,
    path: String,
    replace: bool,
) -> Reply<SavedReport> {
    let report = state
        .with_store(move |s| make(s, &request, &today()))
        .await?;
    // Laying out thousands of rows takes a moment: off the window's thread.
    tauri::async_runtime::spawn_blocking(move || {
        let path = PathBuf::from(path);
        let bytes = render(&report).map_err(|e| IpcError::io(e.to_string()))?;
        write_pdf(&path, &bytes, replace).map_err(|e| match e {
            lagdesk_report::ReportError::Exists { .. } => IpcError::exists(e.to_string()),
            other => IpcError::io(other.to_string()),
        })?;
        Ok(SavedReport {
            path: path.display().to_string(),
            size: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
        })
    })
    .await
    .map_err(|e| IpcError::internal(format!("the report could not be made: {e}")))?
}

/// The native save dialog, starting with `suggested_name`; `None` when the user cancels.
#[tauri::command]
pub async fn choose_report_path(
    window: WebviewWindow,
    suggested_name: String,
) -> Reply<Option<String>> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_file_name(&suggested_name)
        .add_filter("PDF", &["pdf"])
        .save_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}

/// Opens a saved report with the system's PDF viewer.
#[tauri::command]
pub async fn open_report(path: String) -> Reply<()> {
    open::that_detached(&path)
        .map_err(|e| IpcError::io(format!("no program could open {path}: {e}")))
}
