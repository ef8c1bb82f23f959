//! The generated LAGs the figures are measured on, kept in the bench's work folder between runs
//! (a file is named by its scale, seed and schema version, and used only once it was finished),
//! and the file of payment rows (100,000 unless told otherwise) imported into each.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lagdesk_domain::Money;
use lagdesk_store::{Store, LATEST_VERSION};

use crate::figures::{Results, Value};

/// Rows in the payments file, whatever the scale, unless `--payment-rows` says otherwise.
pub const PAYMENT_ROWS: usize = 100_000;

/// The generated LAGs of one scale, ready to be measured: the window's operations work on one
/// strategy, the first LAG's, among all the others.
pub struct Lag {
    pub scale: u32,
    pub path: PathBuf,
    pub strategy_id: String,
    pub counts: Vec<(&'static str, i64)>,
    pub file_bytes: u64,
}

/// The LAG of `scale` made from `seed`: generated (and timed) unless an earlier run left it.
pub fn lag(work: &Path, scale: u32, seed: u64, results: &mut Results) -> Result<Lag, String> {
    let path = work.join(format!("lag-x{scale}-seed{seed}-v{LATEST_VERSION}.sqlite3"));
    let finished = path.with_extension("done");
    if !finished.exists() {
        for stale in [
            path.clone(),
            path.with_extension("sqlite3-wal"),
            path.with_extension("sqlite3-shm"),
        ] {
            let _ = std::fs::remove_file(stale);
        }
        eprintln!("bench: generating the LAG of scale {scale}");
        let start = Instant::now();
        let mut store = Store::open(&path).map_err(|e| e.to_string())?;
        store
            .load_scaled(scale, seed)
            .map_err(|e| format!("generating scale {scale}: {e}"))?;
        // Closed, so the WAL is folded into the file whose size the report shows.
        drop(store);
        results.add("generate", Some(scale), Value::Times(vec![start.elapsed()]));
        std::fs::write(&finished, b"").map_err(|e| e.to_string())?;
    } else {
        results.add(
            "generate",
            Some(scale),
            Value::Missing("kept from an earlier run".into()),
        );
    }
    let store = Store::open(&path).map_err(|e| e.to_string())?;
    let strategy_id = store
        .strategies()
        .map_err(|e| e.to_string())?
        .first()
        .map(|s| s.id.clone())
        .ok_or("the generated database holds no strategy")?;
    let counts = store.record_counts().map_err(|e| e.to_string())?;
    let file_bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
    Ok(Lag {
        scale,
        path,
        strategy_id,
        counts,
        file_bytes,
    })
}

/// A CSV of `rows` payment claims over the funded projects of every generated LAG, as
/// a paying agency's export for the network would list them: every row claimed, every other one paid, never past a project's award.
pub fn payments_file(work: &Path, lag: &Lag, rows: usize) -> Result<PathBuf, String> {
    let path = work.join(format!("payments-x{}-{rows}.csv", lag.scale));
    let store = Store::open(&lag.path).map_err(|e| e.to_string())?;
    let mut funded: Vec<(String, Money)> = Vec::new();
    for strategy in store.strategies().map_err(|e| e.to_string())? {
        let projects = store.projects(&strategy.id).map_err(|e| e.to_string())?;
        funded.extend(
            projects
                .into_iter()
                .filter_map(|p| p.awarded_aid.map(|a| (p.number, a - p.paid))),
        );
    }
    if funded.is_empty() {
        return Err("the generated LAG has no funded project".into());
    }
    let projects = funded.len();
    let per_project = rows.div_ceil(projects);
    let mut csv = String::from("project_number,claim_number,claimed,submitted_on,paid,paid_on\n");
    for row in 0..rows {
        let (number, room) = &mut funded[row % projects];
        let share = i64::try_from(per_project).unwrap_or(1).max(1) * 2;
        let claimed = Money((room.0 / share).max(100));
        let day = row % 28 + 1;
        let month = row % 9 + 1;
        let paid = row % 2 == 0 && claimed <= *room;
        let _ = write!(
            csv,
            "{number},IMP-{row},{},2026-{month:02}-{day:02},",
            claimed.to_decimal_string()
        );
        if paid {
            *room = *room - claimed;
            let _ = writeln!(
                csv,
                "{},2026-{:02}-{day:02}",
                claimed.to_decimal_string(),
                month + 1
            );
        } else {
            csv.push_str(",\n");
        }
    }
    std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}
