//! IPC commands of the backups screen: the copies beside the database, a copy now, a copy saved
//! elsewhere, restoring a copy (which can be undone) and the full integrity check. Listing and
//! restoring also work when the database could not be opened, so a damaged database can be
//! replaced by its latest good copy without ever being overwritten. Dialogs only choose paths;
//! the commands that act take the path, so tests bypass the dialogs.

use std::path::PathBuf;

use lagdesk_domain::{Backup, BackupReason, IntegrityReport};
use lagdesk_store::{backup_dir_for, replace_damaged, Store};
use serde::Serialize;
use tauri::{State, WebviewWindow};
use ts_rs::TS;

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

/// What a restore did, so the window can offer to undo it.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Restored {
    /// The database as it was before; restoring it undoes the restore.
    pub safety_copy: Option<Backup>,
    /// Where a damaged database was kept, unchanged, when it was replaced.
    pub damaged_kept_at: Option<String>,
}

fn database_path(state: &AppState) -> Reply<PathBuf> {
    state
        .path
        .clone()
        .ok_or_else(|| IpcError::io("the database's folder is not known"))
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<Backup>> {
    let dir = backup_dir_for(&database_path(&state)?);
    lagdesk_store::list_backups(&dir).map_err(IpcError::from)
}

#[tauri::command]
pub async fn back_up_now(state: State<'_, AppState>) -> Reply<Backup> {
    state.with_store(|s| s.back_up(BackupReason::Manual)).await
}

/// Writes a copy to `path`; an existing file is replaced only with `replace`.
#[tauri::command]
pub async fn save_backup_copy(
    state: State<'_, AppState>,
    path: String,
    replace: bool,
) -> Reply<()> {
    let target = PathBuf::from(path);
    state
        .with_store(move |s| s.back_up_to(&target, replace))
        .await
}

/// Replaces the database with the copy at `path`. An open database is kept as a safety copy
/// first; one that could not be opened because it is damaged is kept beside it, renamed.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, path: String) -> Reply<Restored> {
    let db = database_path(&state)?;
    state
        .with_slot(move |slot| {
            let source = PathBuf::from(path);
            match slot {
                Ok(store) => {
                    let safety = store.restore_from(&source)?;
                    Ok(Restored {
                        safety_copy: Some(safety),
                        damaged_kept_at: None,
                    })
                }
                Err(open_error) if open_error.code == "database-damaged" => {
                    let (store, kept): (Store, PathBuf) = replace_damaged(&db, &source)?;
                    *slot = Ok(store);
                    Ok(Restored {
                        safety_copy: None,
                        damaged_kept_at: Some(kept.display().to_string()),
                    })
                }
                Err(open_error) => Err(open_error.clone()),
            }
        })
        .await
}

#[tauri::command]
pub async fn check_database(state: State<'_, AppState>) -> Reply<IntegrityReport> {
    state.with_store(|s| s.check()).await
}

/// The native dialog to choose where a copy goes; `None` when the user cancels.
#[tauri::command]
pub async fn choose_backup_copy_path(window: WebviewWindow) -> Reply<Option<String>> {
    let name = format!("lagdesk-{}.sqlite3", chrono::Local::now().date_naive());
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_file_name(name)
        .add_filter("LAG Desk", &["sqlite3"])
        .save_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}

/// The native dialog to choose a copy to restore; `None` when the user cancels.
#[tauri::command]
pub async fn choose_backup_file(window: WebviewWindow) -> Reply<Option<String>> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .add_filter("LAG Desk", &["sqlite3"])
        .pick_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}
