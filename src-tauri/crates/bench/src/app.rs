//! The app itself under a virtual display: the time from starting the process to the first
//! screen drawn with data (the app writes a line when its UI says so), and the memory of the app
//! and its WebKit processes once started (the sum of their PSS). Measured beside an empty Tauri
//! window, the floor any Tauri app starts from.

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use lagdesk_store::Store;

use crate::data::Lag;
use crate::figures::{Results, Value};
use crate::store_ops::fresh_copy;
use crate::system::{stopped, wait_for, which};

/// The words of the line the app (and the empty window) writes once the first screen is drawn:
/// `startup::FIRST_SCREEN` in the app crate, which this crate cannot depend on.
const FIRST_SCREEN: &str = "LAG Desk: first screen drawn";
/// How long after the first screen memory is read: WebKit settles in the meantime.
const SETTLE: Duration = Duration::from_secs(3);
const START_LIMIT: Duration = Duration::from_secs(60);

/// The programs to start, as built by `cargo xtask bench`.
pub struct Programs {
    pub app: Option<PathBuf>,
    pub empty_window: Option<PathBuf>,
}

/// An X display: the user's, or an Xvfb started for the bench and stopped with it.
struct Display {
    name: String,
    server: Option<Child>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(server) = &mut self.server {
            let _ = server.kill();
            let _ = server.wait();
        }
    }
}

fn display() -> Result<Display, String> {
    if let Some(name) = std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
        return Ok(Display { name, server: None });
    }
    let xvfb = which("Xvfb").ok_or("Xvfb is not installed (and no DISPLAY is set)")?;
    let number = (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .ok_or("no free display number for Xvfb")?;
    let server = Command::new(xvfb)
        .arg(format!(":{number}"))
        .args(["-screen", "0", "1400x900x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("Xvfb could not start: {e}"))?;
    let display = Display {
        name: format!(":{number}"),
        server: Some(server),
    };
    let socket = format!("/tmp/.X11-unix/X{number}");
    let start = Instant::now();
    while !Path::new(&socket).exists() {
        if start.elapsed() > Duration::from_secs(10) {
            return Err("Xvfb did not open its display".into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(display)
}

/// Measures the empty window, the app on an empty database, and the app on the scale-10 LAG
/// when it was generated.
pub fn measure(programs: &Programs, work: &Path, lags: &[Lag], runs: usize, results: &mut Results) {
    let missing = |results: &mut Results, why: &str| {
        for (what, scale) in [
            ("window-startup", None),
            ("window-memory", None),
            ("startup", Some(0)),
            ("memory", Some(0)),
            ("startup", Some(10)),
            ("memory", Some(10)),
        ] {
            results.add(what, scale, Value::Missing(why.to_owned()));
        }
    };
    let display = match display() {
        Ok(display) => display,
        Err(why) => return missing(results, &why),
    };
    let home = work.join("app-home");
    let (startup, memory) = match &programs.empty_window {
        Some(window) => starts(window, None, &display, &home, runs),
        None => both_missing("the empty window was not built"),
    };
    results.add("window-startup", None, startup);
    results.add("window-memory", None, memory);
    let Some(app) = &programs.app else {
        for scale in [0, 10] {
            results.add(
                "startup",
                Some(scale),
                Value::Missing("the app was not built".into()),
            );
            results.add(
                "memory",
                Some(scale),
                Value::Missing("the app was not built".into()),
            );
        }
        return;
    };
    let empty = work.join("empty.sqlite3");
    let (startup, memory) = match Store::open(&empty) {
        Ok(_) => starts(app, Some(&empty), &display, &home, runs),
        Err(e) => both_missing(&e.to_string()),
    };
    results.add("startup", Some(0), startup);
    results.add("memory", Some(0), memory);
    let (startup, memory) = match lags.iter().find(|l| l.scale == 10) {
        Some(lag) => starts(app, Some(&lag.path), &display, &home, runs),
        None => both_missing("no LAG of scale 10 was generated in this run"),
    };
    results.add("startup", Some(10), startup);
    results.add("memory", Some(10), memory);
}

fn both_missing(why: &str) -> (Value, Value) {
    (Value::Missing(why.into()), Value::Missing(why.into()))
}

/// Starts `program` `runs` times, each on a fresh copy of `db`.
fn starts(
    program: &Path,
    db: Option<&Path>,
    display: &Display,
    home: &Path,
    runs: usize,
) -> (Value, Value) {
    let mut times = Vec::new();
    let mut memory = Vec::new();
    for _ in 0..runs {
        if stopped() {
            break;
        }
        let copy = match db.map(|db| fresh_copy(db, &home.join("db"))).transpose() {
            Ok(copy) => copy,
            Err(e) => return both_missing(&e),
        };
        match start_once(program, copy.as_deref(), display, home) {
            Ok((time, bytes)) => {
                times.push(time);
                memory.push(bytes);
            }
            Err(e) => return both_missing(&e),
        }
    }
    if times.is_empty() {
        return both_missing("interrupted");
    }
    (Value::Times(times), Value::Bytes(memory))
}

/// One start: the time to the first screen, and the memory of the process tree after it.
fn start_once(
    program: &Path,
    db: Option<&Path>,
    display: &Display,
    home: &Path,
) -> Result<(Duration, u64), String> {
    let mut command = Command::new(program);
    if let Some(db) = db {
        command.arg("--db").arg(db);
    }
    // WebKit's caches and settings stay in the bench's folder, the same for every run.
    command
        .env("DISPLAY", &display.name)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("{} could not start: {e}", program.display()))?;
    let (tx, rx) = mpsc::channel();
    if let Some(stderr) = child.stderr.take() {
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.contains(FIRST_SCREEN) {
                    let _ = tx.send(Instant::now());
                }
            }
        });
    }
    let drawn = rx.recv_timeout(START_LIMIT);
    let outcome = match drawn {
        Ok(at) => {
            std::thread::sleep(SETTLE);
            Ok((at - start, pss_of_tree(child.id())))
        }
        Err(_) => Err(format!(
            "{} drew no first screen within {} s",
            program.display(),
            START_LIMIT.as_secs()
        )),
    };
    stop(&mut child);
    outcome
}

/// Ends the app as a window manager would (SIGTERM), then anything of its tree left behind.
fn stop(child: &mut Child) {
    let tree = tree_of(child.id());
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = wait_for(child, Duration::from_secs(10));
    for pid in tree.into_iter().skip(1) {
        if Path::new(&format!("/proc/{pid}")).exists() {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    }
}

/// `root` and every process below it.
fn tree_of(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // The name in parentheses may hold spaces: the fields after it are split safely.
        let parent = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(parent) = parent {
            children.entry(parent).or_default().push(pid);
        }
    }
    let mut tree = vec![root];
    let mut queue = VecDeque::from([root]);
    while let Some(pid) = queue.pop_front() {
        for &child in children.get(&pid).into_iter().flatten() {
            tree.push(child);
            queue.push_back(child);
        }
    }
    tree
}

/// The proportional set size of `root` and its descendants, in bytes: memory shared between
/// them (WebKit's libraries) counted once in all.
fn pss_of_tree(root: u32) -> u64 {
    tree_of(root)
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok())
        .filter_map(|rollup| {
            rollup
                .lines()
                .find(|l| l.starts_with("Pss:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .sum::<u64>()
        * 1024
}
