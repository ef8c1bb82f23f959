//! Side by side with other programs on the same data, in the same run: the money view's SQL in
//! the `sqlite3` shell (the floor: SQLite alone, nothing of ours around it), and LibreOffice
//! printing the register exported to XLSX, which is how coordinators print today. A program
//! that is not installed is named as missing; the bench installs nothing.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lagdesk_store::MoneyViewSql;

use crate::data::Lag;
use crate::figures::{repeat, Value};
use crate::system::{wait_for, which};

/// The money view's five queries in `sqlite3`, `runs` times. The shell's own timer rounds each
/// statement to a millisecond, so a run times the shell's whole process: one untimed set (to warm
/// the page cache, as the app's figure had a warm-up run) and then `sets` more, less the same
/// process with the untimed set alone, divided by `sets`.
pub fn sqlite(lag: &Lag, runs: usize) -> Value {
    let Some(sqlite3) = which("sqlite3") else {
        return Value::Missing("the sqlite3 shell is not installed".into());
    };
    let quoted = format!("'{}'", lag.strategy_id.replace('\'', "''"));
    let sql = MoneyViewSql::new();
    let mut one_set = String::new();
    for query in sql.all() {
        let _ = writeln!(one_set, "{};", query.replace("?1", &quoted));
    }
    let sets = (200 / lag.scale).max(2);
    let script = |sets: u32| format!(".output /dev/null\n{}", one_set.repeat(1 + sets as usize));
    let (base, timed) = (script(0), script(sets));
    let shell = |script: &str| -> Result<Duration, String> {
        let start = Instant::now();
        let mut child = Command::new(&sqlite3)
            .args(["-batch", "-readonly"])
            .arg(&lag.path)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("sqlite3 could not run: {e}"))?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(script.as_bytes())
                .map_err(|e| format!("sqlite3 took no script: {e}"))?;
        }
        // The script is whole on stdin: the shell runs it to the end or fails (Ctrl+C ends it too).
        let output = child
            .wait_with_output()
            .map_err(|e| format!("sqlite3 did not finish: {e}"))?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(format!(
                "sqlite3 failed: {}",
                stderr.lines().next().unwrap_or_default().trim()
            ));
        }
        Ok(start.elapsed())
    };
    repeat(runs, || {
        Ok(shell(&timed)?.saturating_sub(shell(&base)?) / sets)
    })
}

/// LibreOffice's converter, found as `soffice` or `libreoffice`.
pub fn libreoffice() -> Option<std::path::PathBuf> {
    which("soffice").or_else(|| which("libreoffice"))
}

/// LibreOffice converting `xlsx` to PDF from the command line, `runs` times, with a profile of
/// its own in `work` (made by an untimed first conversion, as on a coordinator's computer where
/// LibreOffice has been used before).
pub fn libreoffice_pdf(xlsx: &Path, work: &Path, runs: usize, warm: bool) -> Value {
    let Some(office) = libreoffice() else {
        return Value::Missing("LibreOffice is not installed".into());
    };
    if !xlsx.exists() {
        return Value::Missing("the register was not exported".into());
    }
    let profile = work.join("libreoffice-profile");
    let out = work.join("libreoffice-out");
    let convert = || -> Result<Duration, String> {
        let start = Instant::now();
        let mut child = Command::new(&office)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(&out)
            .arg(xlsx)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("LibreOffice could not start: {e}"))?;
        let status = wait_for(&mut child, Duration::from_secs(1800))?;
        let elapsed = start.elapsed();
        let pdf = out.join(xlsx.with_extension("pdf").file_name().unwrap_or_default());
        if !status.success() || !pdf.exists() {
            return Err(format!(
                "LibreOffice did not convert the register ({status})"
            ));
        }
        let _ = std::fs::remove_file(pdf);
        Ok(elapsed)
    };
    if warm {
        if let Err(e) = convert() {
            return Value::Missing(e);
        }
    }
    repeat(runs, convert)
}
