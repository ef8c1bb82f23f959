//! Pulling the plug: `lagdesk-cli` is killed with SIGKILL at random moments while it imports
//! batches of projects and events and adds strategies, until it has been killed 200 times. After every kill the
//! database is opened again (as the next start would) and must pass `integrity_check`, hold
//! every write the CLI acknowledged, and hold each interrupted import wholly or not at all.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

const KILLS: usize = 200;
/// Runs that finish before their kill are writes too; this many runs at most.
const MOST_RUNS: usize = 800;
const PROJECTS: usize = 120;
const EVENTS: usize = 60;
const STRATEGY: &str = "VPS-2023-2029";

/// A small xorshift generator: the same kills on every run, so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

enum Write {
    Projects,
    Events,
    Strategy,
}

impl Write {
    fn of(run: usize) -> Write {
        match run % 3 {
            0 => Write::Projects,
            1 => Write::Events,
            _ => Write::Strategy,
        }
    }

    /// The records this write adds, found by the run's mark.
    fn expected(&self) -> i64 {
        match self {
            Write::Projects => PROJECTS as i64,
            Write::Events => EVENTS as i64,
            Write::Strategy => 1,
        }
    }

    fn args(&self, run: usize, dir: &Path) -> Vec<String> {
        let file = dir.join(format!("run-{run}.csv"));
        let text = match self {
            Write::Projects => {
                let mut text =
                    "number;title;applicant;measure_code;eligible_cost;requested;submitted_on\n"
                        .to_owned();
                for k in 0..PROJECTS {
                    text.push_str(&format!(
                        "CR-{run}-{k};Projektas {k};Pareiškėjas {run}-{k};LEADER-SAVA-1.1;10 000,00;7 000,00;2025-01-10\n"
                    ));
                }
                text
            }
            Write::Events => {
                let mut text = "date;title;type;place;participants\n".to_owned();
                for k in 0..EVENTS {
                    text.push_str(&format!(
                        "2025-02-{:02};Crash {run}-{k};seminar;Molėtai;12\n",
                        1 + k % 28
                    ));
                }
                text
            }
            Write::Strategy => {
                return [
                    "strategy",
                    "add",
                    "--code",
                    &format!("CR{run}"),
                    "--title",
                    "Crash",
                    "--start",
                    "2023",
                    "--end",
                    "2029",
                    "--fund",
                    "EAFRD=100",
                ]
                .map(str::to_owned)
                .to_vec()
            }
        };
        std::fs::write(&file, text).unwrap();
        let kind = if matches!(self, Write::Projects) {
            "projects"
        } else {
            "events"
        };
        let mut args = vec![
            "import".to_owned(),
            kind.to_owned(),
            file.display().to_string(),
        ];
        args.extend(["--strategy".to_owned(), STRATEGY.to_owned()]);
        args
    }

    /// How many of the run's records the database holds.
    fn found(&self, conn: &Connection, run: usize) -> i64 {
        let (sql, mark) = match self {
            Write::Projects => (
                "SELECT count(*) FROM project WHERE number LIKE ?1",
                format!("CR-{run}-%"),
            ),
            Write::Events => (
                "SELECT count(*) FROM event WHERE title LIKE ?1",
                format!("Crash {run}-%"),
            ),
            Write::Strategy => (
                "SELECT count(*) FROM strategy WHERE code = ?1",
                format!("CR{run}"),
            ),
        };
        conn.query_row(sql, [mark], |r| r.get(0)).unwrap()
    }
}

fn cli(db: &Path, args: &[String]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lagdesk-cli"));
    command
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LAGDESK_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// Opens the database as the next start would (recovering its write-ahead log) and checks it.
fn check(db: &Path, writes: &BTreeMap<usize, Option<i64>>) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let mut wrong = Vec::new();
    if integrity != "ok" {
        wrong.push(format!("integrity_check: {integrity}"));
    }
    for (&run, acknowledged) in writes {
        let write = Write::of(run);
        let found = write.found(&conn, run);
        match acknowledged {
            Some(count) if found != *count => {
                wrong.push(format!("run {run}: acknowledged {count}, found {found}"))
            }
            None if found != 0 && found != write.expected() => wrong.push(format!(
                "run {run}: interrupted, and {found} of {} are there",
                write.expected()
            )),
            _ => {}
        }
    }
    wrong
}

#[test]
fn killed_at_random_moments_the_database_keeps_every_acknowledged_write_and_no_partial_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite3");
    let demo = cli(&db, &["demo".to_owned()]).status().unwrap();
    assert!(demo.success());

    // How long each write takes here, so the kills fall before, during and after it.
    let spans: Vec<u64> = (0..3)
        .map(|kind| {
            // A run's kind is its number modulo 3: these are kinds 0, 1 and 2.
            let run = 3 * MOST_RUNS + kind;
            let started = Instant::now();
            let done = cli(&db, &Write::of(run).args(run, dir.path()))
                .status()
                .unwrap();
            assert!(done.success());
            u64::try_from(started.elapsed().as_millis()).unwrap_or(1000) * 3 / 2
        })
        .collect();

    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let mut writes: BTreeMap<usize, Option<i64>> = BTreeMap::new();
    let mut kills = 0;
    let mut run = 0;
    while kills < KILLS {
        assert!(run < MOST_RUNS, "only {kills} kills in {run} runs");
        let write = Write::of(run);
        let mut child = cli(&db, &write.args(run, dir.path())).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(dice.below(spans[run % 3])));
        let acknowledged = match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "run {run} failed on its own: {status}");
                Some(write.expected())
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                kills += 1;
                None
            }
        };
        writes.insert(run, acknowledged);
        let wrong = check(&db, &writes);
        assert!(wrong.is_empty(), "after run {run}:\n{}", wrong.join("\n"));
        // An interrupted write is settled now: whatever the check found must stay so.
        if acknowledged.is_none() {
            let found = write.found(&Connection::open(&db).unwrap(), run);
            writes.insert(run, Some(found));
        }
        run += 1;
    }
    let finished = writes.len() - kills;
    assert!(
        finished > 0,
        "no run ever finished: the kills never fell after a write"
    );
}
