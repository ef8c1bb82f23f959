//! LAG Desk's window: a thin Tauri shell over the store. It opens the database named by `--db`,
//! `LAGDESK_DB` or the OS app-data folder, registers the IPC commands and starts the UI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backups;
mod commands;
mod events;
mod ipc_error;
mod logo;
mod partnership;
mod reports;
mod selection;
mod state;

use std::path::PathBuf;

fn main() {
    // WebKitGTK's DMA-BUF renderer paints blank windows on many GPUs and under Xvfb.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Set before Tauri starts any thread.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let state = state::AppState::open(db_argument());
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("LAG Desk could not start: {e}");
        std::process::exit(1);
    }
}

/// `--db PATH` or `--db=PATH` from the command line.
fn db_argument() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--db=")) {
            return Some(PathBuf::from(path));
        }
    }
    None
}
