//! The start-up signal: when the UI has drawn its first screen with data it says so once, and
//! the app writes one line to standard error with the time since the process started. Tools
//! outside the app (`cargo xtask bench`) read that line to measure start-up; nothing else
//! depends on it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();
static TOLD: AtomicBool = AtomicBool::new(false);

/// The line's fixed words, which the benchmark looks for.
pub const FIRST_SCREEN: &str = "LAG Desk: first screen drawn";

/// Notes the moment the process started; called first thing in `main`.
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// The UI has drawn its first screen with data: says so on standard error, the first time only.
#[tauri::command]
pub async fn mark_first_screen() {
    if TOLD.swap(true, Ordering::SeqCst) {
        return;
    }
    let elapsed = STARTED.get().map_or(0, |s| s.elapsed().as_millis());
    eprintln!("{FIRST_SCREEN} {elapsed} ms after start");
}
