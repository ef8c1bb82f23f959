//! `lagdesk-bench`: LAG Desk's speed and memory on generated LAGs of growing size, printed as a
//! Markdown report. `cargo xtask bench` builds it, the app and an empty Tauri window in release
//! mode and runs it; it can also be run by hand (`--help`).
//!
//! Each scale's LAG is generated once (and kept in the work folder); then every operation a
//! coordinator waits for is timed in this process through the same crates as the window, the
//! rivals (the `sqlite3` shell, LibreOffice) on the same data, and the app started under a
//! virtual display. Whatever cannot be measured (no Xvfb, no LibreOffice, Ctrl+C) is named in
//! the report, and the rest is printed all the same.

mod app;
mod data;
mod figures;
mod print;
mod rivals;
mod store_ops;
mod system;

use std::path::PathBuf;
use std::process::ExitCode;

use figures::{Results, Value};
use store_ops::Runs;

const USAGE: &str = "usage: lagdesk-bench [--quick] [--scales 1,10,100] [--seed N] [--runs N]
                     [--payment-rows N] [--work DIR] [--app PATH] [--empty-window PATH]
                     [--out FILE]
  --quick            scales 1 and 10 only (unless --scales is given), fewer runs
  --scales LIST      the scales to generate and measure (1 = a typical LAG)
  --seed N           the generator's seed (default 1)
  --runs N           timed runs of each quick operation (default 7, quick 5); the slow ones
                     (PDFs, import, export, backup, LibreOffice, app start) run 3 times, or
                     N times when N is less
  --payment-rows N   rows in the payments file to import (default 100,000)
  --work DIR         where generated LAGs and outputs are kept (default target/bench)
  --app PATH         the release build of LAG Desk, to measure start-up and memory
  --empty-window PATH  the release build of the empty Tauri window, the yardstick
  --out FILE         also write the report to FILE";

struct Options {
    scales: Vec<u32>,
    seed: u64,
    runs: Runs,
    work: PathBuf,
    programs: app::Programs,
    out: Option<PathBuf>,
    command: String,
}

fn options(args: &[String]) -> Result<Options, String> {
    let quick = args.iter().any(|a| a == "--quick");
    let mut options = Options {
        scales: if quick { vec![1, 10] } else { vec![1, 10, 100] },
        seed: 1,
        runs: Runs {
            quick: if quick { 5 } else { 7 },
            heavy: 3,
            payment_rows: data::PAYMENT_ROWS,
        },
        work: PathBuf::from("target/bench"),
        programs: app::Programs {
            app: None,
            empty_window: None,
        },
        out: None,
        command: if quick {
            "cargo xtask bench --quick".into()
        } else {
            "cargo xtask bench".into()
        },
    };
    let mut rest = args.iter().filter(|a| *a != "--quick");
    while let Some(flag) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{flag}: needs a value"))
        };
        match flag.as_str() {
            "--scales" => {
                options.scales = value()?
                    .split(',')
                    .map(|s| {
                        s.trim()
                            .parse::<u32>()
                            .ok()
                            .filter(|n| (1..=lagdesk_store::demo::scaled::MAX_SCALE).contains(n))
                            .ok_or_else(|| format!("--scales: “{s}” is not a scale from 1 to 1000"))
                    })
                    .collect::<Result<_, _>>()?;
            }
            "--seed" => {
                options.seed = value()?
                    .parse()
                    .map_err(|_| "--seed: must be a whole number".to_owned())?;
            }
            "--runs" => {
                options.runs.quick = count(flag, &value()?)?;
                options.runs.heavy = options.runs.quick.min(3);
            }
            "--payment-rows" => options.runs.payment_rows = count(flag, &value()?)?,
            "--work" => options.work = value()?.into(),
            "--app" => options.programs.app = Some(value()?.into()),
            "--empty-window" => options.programs.empty_window = Some(value()?.into()),
            "--out" => options.out = Some(value()?.into()),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    options.scales.sort_unstable();
    options.scales.dedup();
    Ok(options)
}

/// A count above 0 given to `flag`.
fn count(flag: &str, text: &str) -> Result<usize, String> {
    text.parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{flag}: must be a whole number above 0"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match options(&args) {
        Ok(options) => options,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("lagdesk-bench: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&options.work) {
        eprintln!("lagdesk-bench: {}: {e}", options.work.display());
        return ExitCode::FAILURE;
    }
    system::stop_on_interrupt();
    let mut results = Results::default();
    let mut lags = Vec::new();
    for &scale in &options.scales {
        if system::stopped() {
            results.add(
                "generate",
                Some(scale),
                Value::Missing("interrupted".into()),
            );
            continue;
        }
        match data::lag(&options.work, scale, options.seed, &mut results) {
            Ok(lag) => {
                eprintln!("bench: measuring scale {scale}");
                store_ops::measure(&lag, &options.work, options.runs, &mut results);
                results.add(
                    "sqlite3-rollups",
                    Some(scale),
                    rivals::sqlite(&lag, options.runs.quick),
                );
                let xlsx = options.work.join(format!("register-x{scale}.xlsx"));
                let warm = lags.is_empty();
                results.add(
                    "libreoffice-register",
                    Some(scale),
                    rivals::libreoffice_pdf(&xlsx, &options.work, options.runs.heavy, warm),
                );
                lags.push(lag);
            }
            Err(e) => results.add("generate", Some(scale), Value::Missing(e)),
        }
    }
    eprintln!("bench: starting the app");
    app::measure(
        &options.programs,
        &options.work,
        &lags,
        options.runs.heavy,
        &mut results,
    );
    let report = print::markdown(&print::Run {
        machine: system::describe(),
        versions: versions(),
        command: options.command.clone(),
        scales: options.scales.clone(),
        payment_rows: options.runs.payment_rows,
        lags: &lags,
        results: &results,
    });
    println!("{report}");
    if let Some(out) = &options.out {
        if let Err(e) = std::fs::write(out, &report) {
            eprintln!("lagdesk-bench: {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// The rivals' versions, as far as they are installed.
fn versions() -> Vec<String> {
    let mut lines = Vec::new();
    match system::which("sqlite3") {
        Some(sqlite3) => lines.push(format!(
            "sqlite3 shell {}",
            system::version(&sqlite3, &["--version"])
                .and_then(|v| v.split_whitespace().next().map(str::to_owned))
                .unwrap_or_default()
        )),
        None => lines.push("sqlite3 shell: not installed".into()),
    }
    match rivals::libreoffice() {
        Some(office) => lines.push(system::version(&office, &["--version"]).unwrap_or_default()),
        None => lines.push("LibreOffice: not installed".into()),
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn quick_measures_scales_1_and_10() {
        let o = options(&args("--quick")).unwrap();
        assert_eq!(o.scales, vec![1, 10]);
        assert_eq!(o.runs.quick, 5);
        assert_eq!(options(&[]).unwrap().scales, vec![1, 10, 100]);
    }

    #[test]
    fn options_are_read_and_wrong_ones_named() {
        let o = options(&args("--scales 10,1,10 --seed 7 --runs 3 --app /x/lagdesk")).unwrap();
        assert_eq!(o.scales, vec![1, 10]);
        assert_eq!(o.seed, 7);
        assert_eq!(o.runs.quick, 3);
        assert_eq!(o.runs.heavy, 3);
        assert_eq!(options(&args("--runs 1")).unwrap().runs.heavy, 1);
        assert_eq!(
            options(&args("--payment-rows 500"))
                .unwrap()
                .runs
                .payment_rows,
            500
        );
        assert_eq!(o.programs.app, Some(PathBuf::from("/x/lagdesk")));
        let refused = |text: &str| options(&args(text)).err().unwrap_or_default();
        assert!(refused("--scales 1,0").contains("--scales"));
        assert!(refused("--scales 1,x").contains("“x”"));
        assert!(refused("--runs 0").contains("--runs"));
        assert!(refused("--seed").contains("needs a value"));
        assert!(refused("--fast").contains("--fast"));
    }
}
