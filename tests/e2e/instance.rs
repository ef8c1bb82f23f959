//! One window per database: starting LAG Desk again on a database it already has open brings the
//! first window forward and opens nothing; on another database it starts as usual.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::App;

/// Starts the app binary directly and waits up to `within` for it to exit.
fn start_again(db: &std::path::Path, within: Duration) -> Option<(i32, String)> {
    let mut child = Command::new(std::env::var_os("LAGDESK_E2E_APP").unwrap())
        .arg("--db")
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < within {
        if let Some(status) = child.try_wait().unwrap() {
            let output = child.wait_with_output().unwrap();
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            return Some((status.code().unwrap_or(-1), text));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[tokio::test]
async fn a_second_start_on_the_same_database_shows_the_first_window() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("vienas.sqlite3");
    let app = App::start(&db).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;

    let (code, said) = start_again(&db, Duration::from_secs(20)).expect("the second start exits");
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("already open"), "{said}");
    // The first window still works on its database.
    let info = app.invoke("get_app_info", serde_json::json!({})).await;
    assert_eq!(info["isEmpty"], false);

    // Another database is not held: that start opens its own window (and is stopped here).
    let other = dir.path().join("kitas.sqlite3");
    assert!(
        start_again(&other, Duration::from_secs(3)).is_none(),
        "a start on another database keeps running"
    );
    app.stop().await;
}
