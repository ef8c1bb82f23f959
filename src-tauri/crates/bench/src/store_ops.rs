//! The coordinator's operations, timed in this process through the same crates the window and
//! the CLI call: opening a database, the money view, the dashboard, the project list, search,
//! an import, an export, two PDFs and a backup.

use std::path::{Path, PathBuf};
use std::time::Instant;

use lagdesk_domain::{ImportKind, Locale};
use lagdesk_exchange::{
    projects_sheet, read_records, read_source, suggest_mapping, write_sheet, ExportFormat,
};
use lagdesk_report::{make, render, write_pdf, ReportKind, ReportRequest};
use lagdesk_store::demo::scaled::TODAY;
use lagdesk_store::Store;

use crate::data::{payments_file, Lag};
use crate::figures::{repeat, Results, Value};
use crate::system::stopped;

/// How many times each operation runs (quick ones more often than those that take seconds), and
/// how many rows the payments file has.
#[derive(Clone, Copy)]
pub struct Runs {
    pub quick: usize,
    pub heavy: usize,
    pub payment_rows: usize,
}

/// Runs `f` once to warm the caches when `warm`, then `runs` timed times.
pub fn time_runs(runs: usize, warm: bool, mut f: impl FnMut() -> Result<(), String>) -> Value {
    if stopped() {
        return Value::Missing("interrupted".into());
    }
    if warm {
        if let Err(e) = f() {
            return Value::Missing(e);
        }
    }
    repeat(runs, || {
        let start = Instant::now();
        f()?;
        Ok(start.elapsed())
    })
}

fn text<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

/// Measures every operation on `lag`, adding one figure each.
pub fn measure(lag: &Lag, work: &Path, runs: Runs, results: &mut Results) {
    let scale = Some(lag.scale);
    let mut add = |what, value| results.add(what, scale, value);
    add(
        "open",
        time_runs(runs.quick, true, || {
            Store::open(&lag.path).map(drop).map_err(text)
        }),
    );
    let store = match Store::open(&lag.path) {
        Ok(store) => store,
        Err(e) => {
            add("rollups", Value::Missing(e.to_string()));
            return;
        }
    };
    let id = lag.strategy_id.as_str();
    add(
        "check",
        time_runs(runs.quick, false, || store.check().map(drop).map_err(text)),
    );
    add(
        "rollups",
        time_runs(runs.quick, true, || {
            store.financial_plan(id).map(drop).map_err(text)
        }),
    );
    add(
        "dashboard",
        time_runs(runs.quick, true, || {
            store.dashboard(id, TODAY).map(drop).map_err(text)
        }),
    );
    add(
        "project-list",
        time_runs(runs.quick, true, || {
            let projects = store.projects(id).map_err(text)?;
            serde_json::to_string(&projects).map(drop).map_err(text)
        }),
    );
    add(
        "search",
        time_runs(runs.quick, true, || {
            store.applicants("bendruomen").map(drop).map_err(text)
        }),
    );
    let xlsx = work.join(format!("register-x{}.xlsx", lag.scale));
    add(
        "export-xlsx",
        time_runs(runs.heavy, false, || {
            let strategy = store.strategy(id).map_err(text)?;
            let sheet = projects_sheet(
                &store.projects(id).map_err(text)?,
                &strategy.funding_sources,
            );
            write_sheet(&sheet, ExportFormat::Xlsx, &xlsx).map_err(text)
        }),
    );
    let summary = ReportRequest {
        kind: Some(ReportKind::Summary),
        strategy_id: id.to_owned(),
        locale: Locale::Lt,
        from: Some("2026-01-01".into()),
        to: Some("2026-12-31".into()),
        ..ReportRequest::default()
    };
    add(
        "summary-pdf",
        time_runs(runs.heavy, true, || {
            pdf(
                &store,
                &summary,
                &work.join(format!("summary-x{}.pdf", lag.scale)),
            )
        }),
    );
    let register = ReportRequest {
        kind: Some(ReportKind::Register),
        ..summary.clone()
    };
    add(
        "register-pdf",
        time_runs(runs.heavy, false, || {
            pdf(
                &store,
                &register,
                &work.join(format!("register-x{}.pdf", lag.scale)),
            )
        }),
    );
    let copy = work.join(format!("backup-x{}.sqlite3", lag.scale));
    add(
        "backup",
        time_runs(runs.heavy, false, || {
            store.back_up_to(&copy, true).map_err(text)
        }),
    );
    drop(store);
    add("import", import(lag, work, runs));
}

fn pdf(store: &Store, request: &ReportRequest, out: &Path) -> Result<(), String> {
    let report = make(store, request, TODAY).map_err(text)?;
    let bytes = render(&report).map_err(text)?;
    write_pdf(out, &bytes, true).map_err(text)
}

/// Imports the payments file into a fresh copy of the LAG each run, as the CLI does: read and
/// detect the file, map its columns, check every row, back up, write all rows. The copy is made
/// outside the timing.
fn import(lag: &Lag, work: &Path, runs: Runs) -> Value {
    let file = match payments_file(work, lag, runs.payment_rows) {
        Ok(file) => file,
        Err(e) => return Value::Missing(e),
    };
    let folder = work.join("import");
    let value = repeat(runs.heavy, || {
        let db = fresh_copy(&lag.path, &folder)?;
        let start = Instant::now();
        import_once(&db, &file)?;
        Ok(start.elapsed())
    });
    let _ = std::fs::remove_dir_all(&folder);
    value
}

fn import_once(db: &Path, file: &Path) -> Result<(), String> {
    let mut store = Store::open(db).map_err(text)?;
    let source = read_source(file, None).map_err(text)?;
    let mapping = suggest_mapping(ImportKind::Payments, &source.headers);
    let parsed = read_records(ImportKind::Payments, &source, &mapping);
    if let Some(problem) = parsed.problems.first() {
        return Err(format!(
            "the payments file was refused ({} problems; the first: {problem:?})",
            parsed.problems.len()
        ));
    }
    store
        .import(None, &parsed.records, TODAY, &mut |_, _| {})
        .map(drop)
        .map_err(text)
}

/// `db` copied alone into an emptied `folder`.
pub fn fresh_copy(db: &Path, folder: &Path) -> Result<PathBuf, String> {
    let _ = std::fs::remove_dir_all(folder);
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let target = folder.join("lag.sqlite3");
    std::fs::copy(db, &target).map_err(|e| format!("{}: {e}", db.display()))?;
    Ok(target)
}
