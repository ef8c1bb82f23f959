//! Running other programs, echoing each command so a log shows what was done.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::{root, Result};

pub fn run(program: &str, args: &[&str], dir: Option<&Path>) -> Result {
    run_with_env(program, args, dir, &[])
}

pub fn run_with_env(
    program: &str,
    args: &[&str],
    dir: Option<&Path>,
    env: &[(&str, &str)],
) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir.map_or_else(root, Path::to_path_buf));
    for (key, value) in env {
        command.env(key, value);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

pub fn cargo(args: &[&str]) -> Result {
    run(&cargo_program(), args, None)
}

pub fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// True when `program args` runs and exits 0; its output is discarded.
pub fn succeeds(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The trimmed standard output of `program args`, when it runs and exits 0.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}
