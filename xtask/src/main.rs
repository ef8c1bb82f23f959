//! `cargo xtask run|test|bench|bindings`: the project's two commands, its benchmark and one
//! helper.
//!
//! Both commands first make the machine ready (Debian packages, Node packages, tauri-driver,
//! the UI build) and are quick when it already is. Only std is used so that xtask itself builds
//! in seconds on a fresh machine.

mod bench;
mod cmd;
mod setup;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cargo xtask run [-- APP ARGS]   set up the machine, build LAG Desk and start it
                                  (on its default database; pass --db PATH to use another)
  cargo xtask test                set up the machine and run every check and test
  cargo xtask bench [--quick]     measure speed and memory on generated LAGs of scale 1, 10
                                  and 100 (--quick: 1 and 10); options after -- go to
                                  lagdesk-bench (see its --help)
  cargo xtask bindings            regenerate the TypeScript bindings in ui/src/lib/bindings";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test::all(),
        Some("bench") => bench::run(&args[1..]),
        Some("bindings") => test::write_bindings(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T = ()> = std::result::Result<T, String>;

fn run(app_args: &[String]) -> Result {
    setup::machine(setup::Purpose::Run)?;
    setup::ui_build()?;
    cmd::cargo(&["build", "-p", "lagdesk"])?;
    let app = target_dir().join("debug").join("lagdesk");
    let app_args: Vec<&str> = app_args
        .iter()
        .map(String::as_str)
        .skip_while(|a| *a == "--")
        .collect();
    cmd::run(&app.display().to_string(), &app_args, None)
}

/// The repository root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}
