//! The benchmark run as a person runs it, on the smallest data: every operation is measured and
//! shown in the report, and what cannot be measured here (the app, which this test does not
//! build) is named as missing while the rest is printed all the same.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// The report's row that starts with `label`.
fn row<'a>(report: &'a str, label: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.starts_with(&format!("| {label} |")))
        .unwrap_or_else(|| panic!("no row “{label}” in\n{report}"))
}

#[test]
fn a_small_run_measures_every_operation_and_names_what_it_could_not() {
    let work = tempfile::tempdir().unwrap();
    let saved = work.path().join("report.md");
    let out = Command::new(env!("CARGO_BIN_EXE_lagdesk-bench"))
        .args([
            "--scales",
            "1",
            "--runs",
            "1",
            "--payment-rows",
            "300",
            "--work",
        ])
        .arg(work.path())
        .arg("--out")
        .arg(&saved)
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&saved).unwrap().trim(),
        report.trim()
    );

    assert!(row(&report, "applications").contains("| 600 |"), "{report}");
    assert!(report.contains("The payments file imported into each has 300 rows."));
    for label in [
        "Generate the LAG (once; not a user's operation)",
        "Open the database (vetting, SQLite quick check)",
        "Full integrity and foreign-key check",
        "Money view rollups (the financial plan)",
        "Dashboard",
        "Project list: every project loaded as JSON for the window",
        "Search applicants by name",
        "Import the payments file (backup, check, write)",
        "Export the project register to XLSX",
        "Strategy summary PDF",
        "Project register PDF",
        "Backup (SQLite backup API)",
    ] {
        let line = row(&report, label);
        assert!(!line.contains("not measured"), "{line}");
        assert!(
            line.contains(" ms") || line.contains(" µs") || line.contains(" s"),
            "{line}"
        );
    }
    for label in ["An empty Tauri window", "LAG Desk, empty database"] {
        assert!(row(&report, label).contains("not measured"), "{report}");
    }
    assert!(
        row(&report, "Summary PDF of a scale-1 LAG under 300 ms").contains("met")
            || row(&report, "Summary PDF of a scale-1 LAG under 300 ms").contains("missed"),
        "{report}"
    );
    assert!(
        report.contains("not measured: the file had 300 rows"),
        "{report}"
    );
    assert!(report.contains("Not measured in this run:"), "{report}");
}
