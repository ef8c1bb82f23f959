//! `cargo xtask test`: every check CI runs, in the order that fails fastest. Ends non-zero at
//! the first failure.

use std::collections::BTreeSet;
use std::path::Path;

use crate::cmd::{self, cargo};
use crate::setup::{self, Purpose};
use crate::{root, target_dir, Result};

const BINDINGS: &str = "ui/src/lib/bindings";

pub fn all() -> Result {
    setup::machine(Purpose::Test)?;
    setup::ui_build()?;
    cargo(&["fmt", "--all", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        "lagdesk-tests/e2e",
        "--",
        "-D",
        "warnings",
    ])?;
    rust_tests_and_bindings()?;
    let ui = root().join("ui");
    cmd::run("npm", &["run", "check"], Some(&ui))?;
    cmd::run("npm", &["test"], Some(&ui))?;
    end_to_end()
}

/// Runs the workspace's tests with the bindings exported to a scratch folder, then compares
/// that folder with the committed bindings.
fn rust_tests_and_bindings() -> Result {
    let fresh = target_dir().join("bindings-check");
    let _ = std::fs::remove_dir_all(&fresh);
    let fresh_str = fresh.display().to_string();
    cmd::run_with_env(
        &cmd::cargo_program(),
        &["test", "--workspace"],
        None,
        &[("TS_RS_EXPORT_DIR", &fresh_str)],
    )?;
    let committed = root().join(BINDINGS);
    let differing = differing_files(&fresh, &committed);
    if differing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the TypeScript bindings in {BINDINGS} are out of date ({}); run `cargo xtask bindings` and commit them",
        differing.join(", ")
    ))
}

/// Regenerates the committed bindings from the Rust types.
pub fn write_bindings() -> Result {
    let dir = root().join(BINDINGS);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
        {
            std::fs::remove_file(entry.path())
                .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    let dir_str = dir.display().to_string();
    cmd::run_with_env(
        &cmd::cargo_program(),
        &[
            "test",
            "-p",
            "lagdesk-domain",
            "-p",
            "lagdesk-report",
            "-p",
            "lagdesk",
            "export_bindings",
        ],
        None,
        &[("TS_RS_EXPORT_DIR", &dir_str)],
    )
}

fn differing_files(a: &Path, b: &Path) -> Vec<String> {
    let names = |dir: &Path| -> BTreeSet<String> {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let all: BTreeSet<String> = names(a).union(&names(b)).cloned().collect();
    all.into_iter()
        .filter(|name| std::fs::read(a.join(name)).ok() != std::fs::read(b.join(name)).ok())
        .collect()
}

/// Builds the app and drives it through tauri-driver and WebKitWebDriver on a virtual display.
fn end_to_end() -> Result {
    cargo(&["build", "-p", "lagdesk"])?;
    let app = target_dir().join("debug").join("lagdesk");
    let driver = setup::tauri_driver_path().ok_or("tauri-driver is not installed")?;
    let screenshots = target_dir().join("e2e-screenshots");
    let (app, driver, screenshots) = (
        app.display().to_string(),
        driver.display().to_string(),
        screenshots.display().to_string(),
    );
    let cargo_program = cmd::cargo_program();
    let args = [
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        cargo_program.as_str(),
        "test",
        "-p",
        "lagdesk-tests",
        "--features",
        "e2e",
        "--test",
        "e2e",
        "--",
        "--test-threads=1",
    ];
    let env = [
        ("LAGDESK_E2E_APP", app.as_str()),
        ("LAGDESK_E2E_DRIVER", driver.as_str()),
        ("LAGDESK_E2E_SCREENSHOTS", screenshots.as_str()),
    ];
    cmd::run_with_env("xvfb-run", &args, None, &env)
}
