//! The report of a run, as Markdown (readable in a terminal, pasted into BENCHMARKS.md): the
//! data measured on, every figure per scale with its growth, the side-by-side ratios, the app's
//! start-up and memory, and which targets were met.

use std::fmt::Write as _;
use std::time::Duration;

use crate::data::{Lag, PAYMENT_ROWS};
use crate::figures::{growth, show, show_bytes, show_time, Results, Value, SUPERLINEAR};

/// The in-process figures, in the order printed, with what each measures.
pub const STORE_FIGURES: [(&str, &str); 12] = [
    (
        "generate",
        "Generate the LAG (once; not a user's operation)",
    ),
    ("open", "Open the database (vetting, SQLite quick check)"),
    ("check", "Full integrity and foreign-key check"),
    ("rollups", "Money view rollups (the financial plan)"),
    ("dashboard", "Dashboard"),
    (
        "project-list",
        "Project list: every project loaded as JSON for the window",
    ),
    ("search", "Search applicants by name"),
    ("import", "Import the payments file (backup, check, write)"),
    ("export-xlsx", "Export the project register to XLSX"),
    ("summary-pdf", "Strategy summary PDF"),
    ("register-pdf", "Project register PDF"),
    ("backup", "Backup (SQLite backup API)"),
];

/// The queries a coordinator waits for at every click.
const INTERACTIVE: [&str; 4] = ["rollups", "dashboard", "project-list", "search"];

pub struct Run<'a> {
    pub machine: Vec<String>,
    pub versions: Vec<String>,
    pub command: String,
    pub scales: Vec<u32>,
    pub payment_rows: usize,
    pub lags: &'a [Lag],
    pub results: &'a Results,
}

pub fn markdown(run: &Run<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Measured with `{}` on:\n", run.command);
    for line in run.machine.iter().chain(&run.versions) {
        let _ = writeln!(out, "- {line}");
    }
    data(&mut out, run);
    figures(&mut out, run);
    rivals(&mut out, run);
    app(&mut out, run.results);
    targets(&mut out, run);
    out
}

fn header(out: &mut String, first: &str, scales: &[u32], last: Option<&str>) {
    let mut columns = vec![first.to_owned()];
    columns.extend(scales.iter().map(|s| format!("×{s}")));
    columns.extend(last.map(str::to_owned));
    let _ = writeln!(out, "| {} |", columns.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(columns.len()));
}

fn data(out: &mut String, run: &Run<'_>) {
    let _ = writeln!(out, "\n### The generated LAGs\n");
    header(out, "Records", &run.scales, None);
    let labels: Vec<&str> = run
        .lags
        .first()
        .map(|l| l.counts.iter().map(|(label, _)| *label).collect())
        .unwrap_or_default();
    let cell = |scale: u32, f: &dyn Fn(&Lag) -> String| {
        run.lags
            .iter()
            .find(|l| l.scale == scale)
            .map_or("–".to_owned(), f)
    };
    for label in labels {
        let cells: Vec<String> = run
            .scales
            .iter()
            .map(|&s| {
                cell(s, &|lag| {
                    lag.counts
                        .iter()
                        .find(|(l, _)| *l == label)
                        .map_or("–".into(), |(_, n)| n.to_string())
                })
            })
            .collect();
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    }
    let sizes: Vec<String> = run
        .scales
        .iter()
        .map(|&s| cell(s, &|lag| show_bytes(lag.file_bytes)))
        .collect();
    let _ = writeln!(out, "| database file | {} |", sizes.join(" | "));
    let _ = writeln!(
        out,
        "\nThe payments file imported into each has {} rows.",
        run.payment_rows
    );
}

fn figures(out: &mut String, run: &Run<'_>) {
    let _ = writeln!(
        out,
        "\n### Operations (median of the runs, min–max in brackets)\n"
    );
    header(out, "Operation", &run.scales, Some("growth ×10→×100"));
    for (what, label) in STORE_FIGURES {
        let cells: Vec<String> = run
            .scales
            .iter()
            .map(|&s| run.results.get(what, Some(s)).map_or("–".into(), show))
            .collect();
        let _ = writeln!(
            out,
            "| {label} | {} | {} |",
            cells.join(" | "),
            growth_cell(run.results, what)
        );
    }
}

fn growth_cell(results: &Results, what: &str) -> String {
    let (Some(ten), Some(hundred)) = (
        results.median_time(what, Some(10)),
        results.median_time(what, Some(100)),
    ) else {
        return "–".into();
    };
    match growth(ten, hundred) {
        Some(g) if g > SUPERLINEAR => format!("{g:.1} (superlinear)"),
        Some(g) => format!("{g:.1}"),
        None => "–".into(),
    }
}

fn ratio(ours: Option<Duration>, theirs: Option<Duration>) -> String {
    match (ours, theirs) {
        (Some(ours), Some(theirs)) if !ours.is_zero() => {
            format!("{:.1}×", theirs.as_secs_f64() / ours.as_secs_f64())
        }
        _ => "–".into(),
    }
}

fn rivals(out: &mut String, run: &Run<'_>) {
    let _ = writeln!(out, "\n### Side by side (same data, same run)\n");
    let _ = writeln!(
        out,
        "| Scale | Rollups: LAG Desk | the same SQL in `sqlite3` | sqlite3 ÷ LAG Desk | Register PDF: LAG Desk | LibreOffice XLSX → PDF | LibreOffice ÷ LAG Desk |"
    );
    let _ = writeln!(out, "|{}", " --- |".repeat(7));
    let r = run.results;
    for &s in &run.scales {
        let cell = |what| r.get(what, Some(s)).map_or("–".into(), show);
        let _ = writeln!(
            out,
            "| ×{s} | {} | {} | {} | {} | {} | {} |",
            cell("rollups"),
            cell("sqlite3-rollups"),
            ratio(
                r.median_time("rollups", Some(s)),
                r.median_time("sqlite3-rollups", Some(s))
            ),
            cell("register-pdf"),
            cell("libreoffice-register"),
            ratio(
                r.median_time("register-pdf", Some(s)),
                r.median_time("libreoffice-register", Some(s))
            ),
        );
    }
}

fn app(out: &mut String, r: &Results) {
    let _ = writeln!(out, "\n### The app (release build, under Xvfb)\n");
    let _ = writeln!(
        out,
        "| Started | Start to first screen | Memory (PSS of the app and its WebKit processes) | Memory above the empty window |"
    );
    let _ = writeln!(out, "|{}", " --- |".repeat(4));
    let floor = r.median_bytes("window-memory", None);
    let show_of = |what, scale| r.get(what, scale).map_or("–".into(), show);
    let _ = writeln!(
        out,
        "| An empty Tauri window | {} | {} | – |",
        show_of("window-startup", None),
        show_of("window-memory", None)
    );
    for (label, scale) in [
        ("LAG Desk, empty database", 0),
        ("LAG Desk, the LAG of scale 10", 10),
    ] {
        let above = match (r.median_bytes("memory", Some(scale)), floor) {
            (Some(m), Some(f)) => show_signed_bytes(m, f),
            _ => "–".into(),
        };
        let _ = writeln!(
            out,
            "| {label} | {} | {} | {above} |",
            show_of("startup", Some(scale)),
            show_of("memory", Some(scale))
        );
    }
}

fn show_signed_bytes(value: u64, floor: u64) -> String {
    if value >= floor {
        format!("+{}", show_bytes(value - floor))
    } else {
        format!("−{}", show_bytes(floor - value))
    }
}

/// One target's verdict: met, missed (by how much) or not measured.
fn verdict(figure: Option<Duration>, limit: Duration) -> String {
    match figure {
        Some(t) if t <= limit => format!("met ({})", show_time(t)),
        Some(t) => format!("**missed** by {} ({})", show_time(t - limit), show_time(t)),
        None => "not measured".into(),
    }
}

fn targets(out: &mut String, run: &Run<'_>) {
    let r = run.results;
    let largest = run.scales.iter().copied().max().unwrap_or(1);
    let _ = writeln!(out, "\n### Targets\n");
    let _ = writeln!(out, "| Target | Verdict |");
    let _ = writeln!(out, "| --- | --- |");
    let mut line = |target: String, verdict: String| {
        let _ = writeln!(out, "| {target} | {verdict} |");
    };
    let ms = Duration::from_millis;
    for what in INTERACTIVE {
        let label = STORE_FIGURES
            .iter()
            .find(|(w, _)| *w == what)
            .map_or(what, |(_, l)| *l);
        line(
            format!("{label} under 50 ms at scale 100"),
            verdict(r.median_time(what, Some(100)), ms(50)),
        );
    }
    line(
        "Summary PDF of a scale-1 LAG under 300 ms".into(),
        verdict(r.median_time("summary-pdf", Some(1)), ms(300)),
    );
    let register = r.median_time("register-pdf", Some(100));
    let linear = match (r.median_time("register-pdf", Some(10)), register) {
        (Some(ten), Some(hundred)) => growth(ten, hundred).map_or("–".into(), |g| {
            if g > SUPERLINEAR {
                format!("; grows {g:.1}× from ×10 to ×100: **superlinear**")
            } else {
                format!("; grows {g:.1}× from ×10 to ×100: no faster than the data")
            }
        }),
        _ => String::new(),
    };
    line(
        "Register PDF at scale 100 under 5 s, growing linearly".into(),
        verdict(register, ms(5000)) + &linear,
    );
    let import = if run.payment_rows == PAYMENT_ROWS {
        verdict(r.median_time("import", Some(largest)), ms(3000))
    } else {
        format!("not measured: the file had {} rows", run.payment_rows)
    };
    line(
        format!("100,000 payment rows imported in under 3 s (into the LAGs of scale {largest})"),
        import,
    );
    for (label, scale) in [("an empty database", 0), ("the LAG of scale 10", 10)] {
        line(
            format!("Start-up to the first screen under 1.5 s, {label}"),
            verdict(r.median_time("startup", Some(scale)), ms(1500)),
        );
    }
    let floor = r.median_bytes("window-memory", None);
    for (label, scale) in [("an empty database", 0), ("the LAG of scale 10", 10)] {
        let verdict = match (r.median_bytes("memory", Some(scale)), floor) {
            (Some(m), Some(f)) if m <= f + 100_000_000 => {
                format!("met ({} above the empty window)", show_signed_bytes(m, f))
            }
            (Some(m), Some(f)) => format!(
                "**missed** by {} ({} above the empty window)",
                show_bytes(m - f - 100_000_000),
                show_signed_bytes(m, f)
            ),
            _ => "not measured".into(),
        };
        line(
            format!("Memory within 100 MB of an empty Tauri window's, {label}"),
            verdict,
        );
    }
    let missing: Vec<String> = r
        .figures
        .iter()
        .filter_map(|f| match &f.value {
            Value::Missing(why) if f.what != "generate" => Some(format!(
                "{}{}: {why}",
                f.what,
                f.scale.map_or(String::new(), |s| format!(" ×{s}"))
            )),
            _ => None,
        })
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(out, "\nNot measured in this run:\n");
        for m in missing {
            let _ = writeln!(out, "- {m}");
        }
    }
}
