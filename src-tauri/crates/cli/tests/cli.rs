//! `lagdesk-cli` run as a user runs it: real processes on a database in a temporary folder,
//! checked by exit code, output and what is in the database afterwards.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PLAN: &str = include_str!("../../../../tests/fixtures/plan.csv");

struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Cli {
        Cli {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("lag.sqlite3")
    }

    fn file(&self, name: &str, content: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        path
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_lagdesk-cli"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_remove("LAGDESK_DB")
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command that must fail with exit code 2 and returns its error message.
    fn invalid(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    fn budget_csv(&self) -> String {
        let out = self.dir.path().join("budget.csv");
        self.ok(&[
            "export",
            "budget",
            "--strategy",
            "VPS",
            "--format",
            "csv",
            "--out",
            path(&out),
        ]);
        std::fs::read_to_string(out).unwrap()
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn every_command_has_help() {
    let cli = Cli::new();
    for args in [
        vec!["--help"],
        vec!["init", "--help"],
        vec!["demo", "--help"],
        vec!["strategy", "add", "--help"],
        vec!["strategy", "list", "--help"],
        vec!["import", "plan", "--help"],
        vec!["export", "--help"],
    ] {
        let out = cli.ok(&args);
        assert!(out.contains("Usage:"), "{args:?}: {out}");
    }
}

#[test]
fn strategy_add_list_import_and_export() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    let added = cli.ok(&[
        "strategy",
        "add",
        "--code",
        "VPS",
        "--title",
        "Pajūrio VPS",
        "--start",
        "2023",
        "--end",
        "2029",
        "--fund",
        "EAFRD=85",
        "--fund",
        "NAT=15",
    ]);
    assert!(added.contains("Added strategy VPS (2023-2029)"), "{added}");
    let list = cli.ok(&["strategy", "list"]);
    assert!(
        list.contains("VPS") && list.contains("Pajūrio VPS") && list.contains("2023-2029"),
        "{list}"
    );

    let plan = cli.file("plan.csv", PLAN);
    let imported = cli.ok(&["import", "plan", path(&plan), "--strategy", "VPS"]);
    assert!(
        imported.contains("Imported 9 rows into VPS: plan total €3,652,469.22"),
        "{imported}"
    );

    let budget = cli.budget_csv();
    let lines: Vec<&str> = budget.lines().collect();
    assert_eq!(
        lines[0],
        "level,code,title,allocated,committed,paid,available,share_pct"
    );
    assert_eq!(
        lines[1],
        "strategy,VPS,Pajūrio VPS,3652469.22,0.00,0.00,3652469.22,100.00"
    );
    assert_eq!(
        lines[2],
        "priority,P1,Vietos ekonomika,1817901.23,0.00,0.00,1817901.23,59.77"
    );
    assert_eq!(
        lines[6],
        "priority,P2,Bendruomenės,1223456.88,0.00,0.00,1223456.88,40.23"
    );
    assert_eq!(lines.len(), 13);

    let json_out = cli.dir.path().join("budget.json");
    cli.ok(&[
        "export",
        "budget",
        "--strategy",
        "VPS",
        "--format",
        "json",
        "--out",
        path(&json_out),
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_out).unwrap()).unwrap();
    assert_eq!(json[0]["allocated"], "3652469.22");
    assert_eq!(json[1]["share_pct"], "59.77");

    let xlsx_out = cli.dir.path().join("plan.xlsx");
    cli.ok(&[
        "export",
        "plan",
        "--strategy",
        "VPS",
        "--format",
        "xlsx",
        "--out",
        path(&xlsx_out),
    ]);
    // The exported plan imports back into another strategy with the same totals.
    cli.ok(&[
        "strategy", "add", "--code", "COPY", "--title", "Copy", "--start", "2023", "--end", "2029",
    ]);
    let again = cli.ok(&["import", "plan", path(&xlsx_out), "--strategy", "COPY"]);
    assert!(
        again.contains("Imported 9 rows into COPY: plan total €3,652,469.22"),
        "{again}"
    );
}

#[test]
fn a_bad_plan_file_exits_2_names_row_and_column_and_changes_nothing() {
    let cli = Cli::new();
    cli.ok(&[
        "strategy", "add", "--code", "VPS", "--title", "T", "--start", "2023", "--end", "2029",
    ]);
    let plan = cli.file("plan.csv", PLAN);
    cli.ok(&["import", "plan", path(&plan), "--strategy", "VPS"]);
    let before = cli.budget_csv();

    let bad = cli.file(
        "bad.csv",
        &PLAN
            .replace("1,000,000.10", "1,000,000.1O")
            .replace(";animation;", ";aktyvinimas;"),
    );
    let message = cli.invalid(&["import", "plan", path(&bad), "--strategy", "VPS"]);
    assert!(
        message.contains("row 5, column allocation: '1,000,000.1O' is not an amount"),
        "{message}"
    );
    assert!(
        message.contains("row 10, column kind: 'aktyvinimas' is not a kind"),
        "{message}"
    );
    assert_eq!(cli.budget_csv(), before);
}

#[test]
fn wrong_strategy_arguments_exit_2_and_name_the_option() {
    let cli = Cli::new();
    let base = [
        "strategy", "add", "--code", "VPS", "--title", "T", "--start", "2023",
    ];
    let message = cli.invalid(&[&base[..], &["--end", "2020"]].concat());
    assert!(
        message.contains("--end: must not be before the start year"),
        "{message}"
    );
    let message = cli.invalid(
        &[
            &base[..],
            &["--end", "2029", "--fund", "EAFRD=85", "--fund", "NAT=10"],
        ]
        .concat(),
    );
    assert!(
        message.contains("--fund: shares add up to 95.00 %, not 100 %"),
        "{message}"
    );
    let message = cli.invalid(&[&base[..], &["--end", "2029", "--envelope", "lots"]].concat());
    assert!(
        message.contains("--envelope: 'lots' is not an amount"),
        "{message}"
    );
    let message = cli.invalid(&["import", "plan", "nowhere.csv", "--strategy", "NONE"]);
    assert!(
        message.contains("strategy 'NONE' does not exist"),
        "{message}"
    );
    assert!(cli.ok(&["strategy", "list"]).contains("No strategies yet"));
}

#[test]
fn a_file_that_is_not_a_lagdesk_database_is_refused_untouched() {
    let cli = Cli::new();
    std::fs::write(cli.db(), "Vardas;Pavardė\nOna;Jonaitienė\n").unwrap();
    let message = cli.invalid(&["strategy", "list"]);
    assert!(
        message.contains("is not a LAG Desk database; it was left untouched"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(cli.db()).unwrap(),
        "Vardas;Pavardė\nOna;Jonaitienė\n"
    );
}

#[test]
fn the_demo_loads_from_the_cli() {
    let cli = Cli::new();
    let out = cli.ok(&["demo"]);
    assert!(out.contains("VPS-2023-2029"), "{out}");
    let list = cli.ok(&["strategy", "list"]);
    assert!(list.contains("€4,200,000.00"), "{list}");
}

#[test]
fn priorities_and_measures_are_edited_reordered_and_deleted() {
    let cli = Cli::new();
    cli.ok(&[
        "strategy",
        "add",
        "--code",
        "VPS",
        "--title",
        "T",
        "--start",
        "2023",
        "--end",
        "2029",
        "--envelope",
        "1000000",
    ]);
    cli.ok(&[
        "priority",
        "add",
        "--strategy",
        "VPS",
        "--code",
        "P1",
        "--title",
        "Ekonomika",
    ]);
    cli.ok(&[
        "priority",
        "add",
        "--strategy",
        "VPS",
        "--code",
        "P2",
        "--title",
        "Bendruomenės",
    ]);
    let s = ["--strategy", "VPS"];
    for (code, priority, amount) in [
        ("M1", "P1", "100 000"),
        ("M2", "P1", "50 000,50"),
        ("M3", "P2", "200000"),
    ] {
        cli.ok(&[
            &["measure", "add"][..],
            &s,
            &[
                "--code",
                code,
                "--title",
                code,
                "--priority",
                priority,
                "--allocation",
                amount,
            ],
        ]
        .concat());
    }
    cli.ok(&[
        &["measure", "add"][..],
        &s,
        &[
            "--code",
            "RUN",
            "--title",
            "VVG veikla",
            "--kind",
            "running",
            "--allocation",
            "90000",
        ],
    ]
    .concat());

    let moved = cli.ok(&[&["priority", "move"][..], &s, &["P2", "up"]].concat());
    assert_eq!(moved.trim(), "Priorities: P2, P1");
    let moved = cli.ok(&[&["measure", "move"][..], &s, &["M2", "up"]].concat());
    assert_eq!(moved.trim(), "Measures: M2, M1");
    cli.ok(&[
        &["measure", "edit"][..],
        &s,
        &[
            "M1",
            "--new-code",
            "M1.1",
            "--allocation",
            "150 000",
            "--max-grant",
            "20000",
        ],
    ]
    .concat());
    cli.ok(&[
        "priority",
        "edit",
        "--strategy",
        "VPS",
        "P1",
        "--title",
        "Vietos ekonomika",
    ]);
    cli.ok(&[
        "strategy",
        "edit",
        "VPS",
        "--title",
        "Pajūrio VPS",
        "--status",
        "approved",
    ]);

    let plan = cli.ok(&["plan", "--strategy", "VPS"]);
    let codes: Vec<&str> = plan
        .lines()
        .skip(3)
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .take(5)
        .collect();
    assert_eq!(codes, ["P2", "M3", "P1", "M2", "M1.1"], "{plan}");
    assert!(
        plan.contains("Vietos ekonomika") && plan.contains("€200,000.50"),
        "{plan}"
    );
    assert!(
        plan.contains("Plan total") && plan.contains("€490,000.50"),
        "{plan}"
    );
    assert!(cli.ok(&["strategy", "list"]).contains("approved"));

    let refused = cli.invalid(&[&["priority", "delete"][..], &s, &["P1"]].concat());
    assert!(
        refused.contains("priority 'P1' still has measures under it (2)"),
        "{refused}"
    );
    let refused = cli.invalid(
        &[
            &["measure", "edit"][..],
            &s,
            &["M2", "--max-grant", "60000"],
        ]
        .concat(),
    );
    assert!(
        refused.contains("--max-grant: is more than the measure's allocation"),
        "{refused}"
    );
    cli.ok(&[&["measure", "delete"][..], &s, &["M2"]].concat());
    cli.ok(&[&["measure", "delete"][..], &s, &["M1.1"]].concat());
    cli.ok(&[&["priority", "delete"][..], &s, &["P1"]].concat());
    assert!(!cli.ok(&["plan", "--strategy", "VPS"]).contains("P1"));
}

#[test]
fn deleting_a_strategy_needs_yes_and_says_what_goes_with_it() {
    let cli = Cli::new();
    cli.ok(&[
        "strategy", "add", "--code", "VPS", "--title", "T", "--start", "2023", "--end", "2029",
    ]);
    let plan = cli.file("plan.csv", PLAN);
    cli.ok(&["import", "plan", path(&plan), "--strategy", "VPS"]);
    let refused = cli.invalid(&["strategy", "delete", "VPS"]);
    assert!(
        refused.contains("also deletes its 2 priorities and 9 measures"),
        "{refused}"
    );
    assert!(cli.ok(&["strategy", "list"]).contains("VPS"));
    cli.ok(&["strategy", "delete", "VPS", "--yes"]);
    assert!(cli.ok(&["strategy", "list"]).contains("No strategies yet"));
}

#[test]
fn a_strategy_with_calls_and_projects_is_never_deleted() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let refused = cli.invalid(&["strategy", "delete", "VPS-2023-2029", "--yes"]);
    assert!(
        refused.contains("still has calls and projects under it"),
        "{refused}"
    );
    assert!(cli.ok(&["strategy", "list"]).contains("VPS-2023-2029"));
}
