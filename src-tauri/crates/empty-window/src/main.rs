//! An empty Tauri window of LAG Desk's size showing an empty page: the yardstick that
//! `cargo xtask bench` measures LAG Desk's start-up time and memory against. Once its page has
//! loaded it writes the same start-up line as the app.
//!
//! A crate of its own rather than an example of the app's: the two `generate_context!` calls
//! would otherwise share one folder of compressed assets and could race while building.

use std::time::Instant;

use tauri::webview::PageLoadEvent;

fn main() {
    let started = Instant::now();
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let result = tauri::Builder::default()
        .on_page_load(move |_, payload| {
            if payload.event() == PageLoadEvent::Finished {
                eprintln!(
                    "LAG Desk: first screen drawn {} ms after start",
                    started.elapsed().as_millis()
                );
            }
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("the empty window could not start: {e}");
        std::process::exit(1);
    }
}
