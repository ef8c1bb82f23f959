//! The machine and its processes: what the report says the figures were measured on, finding
//! programs, waiting for a child with a time limit, and the Ctrl+C flag that ends a run early
//! (what was measured by then is still printed).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

static STOPPED: AtomicBool = AtomicBool::new(false);

/// Ctrl+C stops measuring: the figures measured so far are printed, the rest named as missing.
pub fn stop_on_interrupt() {
    let installed = ctrlc::set_handler(|| {
        eprintln!("bench: interrupted; printing what was measured");
        STOPPED.store(true, Ordering::SeqCst);
    });
    if let Err(e) = installed {
        eprintln!("bench: Ctrl+C will end the run without a report ({e})");
    }
}

pub fn stopped() -> bool {
    STOPPED.load(Ordering::SeqCst)
}

/// `program` found on PATH.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// The first line of `program --version` (or of `args`), when it runs.
pub fn version(program: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().next().map(|l| l.trim().to_owned())
}

/// Waits for `child` at most `limit`; past it (or on Ctrl+C) the child is killed.
pub fn wait_for(child: &mut Child, limit: Duration) -> Result<ExitStatus, String> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if stopped() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("interrupted".into());
            }
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("gave up after {} s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("cannot wait for the process: {e}")),
        }
    }
}

/// What the figures were measured on, one line per fact.
pub fn describe() -> Vec<String> {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map_or("unknown processor".to_owned(), |s| s.trim().to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory_kb: u64 = read("/proc/meminfo")
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let os = read("/etc/os-release")
        .lines()
        .find(|l| l.starts_with("PRETTY_NAME="))
        .map_or("unknown system".to_owned(), |l| {
            l.trim_start_matches("PRETTY_NAME=")
                .trim_matches('"')
                .to_owned()
        });
    vec![
        format!("{cores} cores ({cpu})"),
        format!("{:.1} GiB of memory", memory_kb as f64 / 1024.0 / 1024.0),
        os,
    ]
}
