//! LAG Desk's window: a thin Tauri shell over the store. It opens the database named by `--db`,
//! `LAGDESK_DB` or the OS app-data folder, registers the IPC commands and starts the UI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backups;
mod commands;
mod events;
mod imports;
mod instance;
mod ipc_error;
mod lists;
mod logo;
mod partnership;
mod reports;
mod selection;
mod startup;
mod state;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use tauri::Manager;

fn main() {
    startup::mark_start();
    // WebKitGTK's DMA-BUF renderer paints blank windows on many GPUs and under Xvfb.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Set before Tauri starts any thread.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let path = lagdesk_store::resolve_db_path(db_argument());
    // One window per database: a second start on it shows the first window instead. The
    // guard holds the lock until the app exits.
    let window: Arc<OnceLock<tauri::AppHandle>> = Arc::default();
    let _guard = match &path {
        Ok(path) => match instance::claim(path) {
            instance::Claim::First(mut guard) => {
                let window = Arc::clone(&window);
                guard.on_knock(move || {
                    if let Some(main) = window.get().and_then(|h| h.get_webview_window("main")) {
                        let _ = main.unminimize();
                        let _ = main.show();
                        let _ = main.set_focus();
                    }
                });
                Some(guard)
            }
            instance::Claim::Shown => {
                println!(
                    "LAG Desk is already open with {}; its window was brought forward.",
                    path.display()
                );
                return;
            }
            instance::Claim::Busy => {
                eprintln!(
                    "LAG Desk is already open with {} and does not answer; close it first.",
                    path.display()
                );
                std::process::exit(1);
            }
        },
        Err(_) => None,
    };
    let state = state::AppState::open(path);
    let result = tauri::Builder::default()
        .manage(state)
        .setup(move |app| {
            let _ = window.set(app.handle().clone());
            Ok(())
        })
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
