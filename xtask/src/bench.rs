//! `cargo xtask bench [--quick] [-- BENCH OPTIONS]`: builds LAG Desk, an empty Tauri window and
//! the benchmark in release mode, then hands over to `lagdesk-bench`, which generates LAGs of
//! growing size and prints its report (also kept in `target/bench/latest.md`).
//!
//! It installs what building needs, and nothing the measurements compare against: without Xvfb,
//! `sqlite3` or LibreOffice the report names what it could not measure.

use std::process::Command;

use crate::cmd::cargo;
use crate::setup::{self, Purpose};
use crate::{target_dir, Result};

pub fn run(args: &[String]) -> Result {
    setup::machine(Purpose::Run)?;
    setup::ui_build()?;
    for package in ["lagdesk", "lagdesk-empty-window"] {
        cargo(&[
            "build",
            "--release",
            "-p",
            package,
            "--features",
            "tauri/custom-protocol",
        ])?;
    }
    cargo(&["build", "--release", "-p", "lagdesk-bench"])?;
    let release = target_dir().join("release");
    let work = target_dir().join("bench");
    let mut bench_args: Vec<String> = args.iter().filter(|a| *a != "--").cloned().collect();
    for (flag, path) in [
        ("--app", release.join("lagdesk")),
        ("--empty-window", release.join("empty-window")),
        ("--work", work.clone()),
        ("--out", work.join("latest.md")),
    ] {
        bench_args.push(flag.into());
        bench_args.push(path.display().to_string());
    }
    let bench = release.join("lagdesk-bench");
    eprintln!("$ {} {}", bench.display(), bench_args.join(" "));
    hand_over(Command::new(&bench).args(&bench_args))
}

/// Becomes the benchmark, so that Ctrl+C reaches it alone and it can still print its report.
#[cfg(unix)]
fn hand_over(command: &mut Command) -> Result {
    use std::os::unix::process::CommandExt;
    let e = command.exec();
    Err(format!("cannot start the benchmark: {e}"))
}

#[cfg(not(unix))]
fn hand_over(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|e| format!("cannot start the benchmark: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the benchmark failed ({status})"))
    }
}
