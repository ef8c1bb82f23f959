//! `lagdesk-cli` run as a user runs it: real processes on a database in a temporary folder,
//! checked by exit code, output and what is in the database afterwards.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod crash;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PLAN: &str = include_str!("../../../../../tests/fixtures/plan.csv");

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
        vec!["import", "events", "--help"],
        vec!["export", "--help"],
        vec!["report", "--help"],
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
        imported.contains(
            "Imported 9 rows into VPS: 9 new, 0 updated, 0 unchanged\nPlan total €3,652,469.22"
        ),
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
        again.contains(
            "Imported 9 rows into COPY: 9 new, 0 updated, 0 unchanged\nPlan total €3,652,469.22"
        ),
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
fn a_generated_lag_of_any_scale_loads_from_the_cli() {
    let cli = Cli::new();
    let out = cli.ok(&["demo", "--scale", "2", "--seed", "4"]);
    assert!(out.contains("strategies GEN-4-1, GEN-4-2"), "{out}");
    assert!(out.contains("applications: 1200"), "{out}");
    assert!(out.contains("calls: 60"), "{out}");
    let plan = cli.ok(&["plan", "--strategy", "GEN-4-2"]);
    assert!(plan.contains("LEADER-3.2"), "{plan}");

    assert!(cli.invalid(&["demo", "--scale", "0"]).contains("--scale"));
    assert!(cli.invalid(&["demo", "--seed", "4"]).contains("--scale"));
    let list = cli.ok(&["strategy", "list"]);
    assert_eq!(list.matches("GEN-").count(), 2, "{list}");
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

const CALLS: &str = include_str!("../../../../../tests/fixtures/calls.csv");
const PROJECTS: &str = include_str!("../../../../../tests/fixtures/projects.csv");
const PAYMENTS: &str = include_str!("../../../../../tests/fixtures/payments.csv");

/// A strategy with the plan fixture, its calls and its projects imported.
fn with_projects() -> Cli {
    let cli = Cli::new();
    cli.ok(&[
        "strategy", "add", "--code", "VPS", "--title", "T", "--start", "2023", "--end", "2029",
    ]);
    for (what, name, content) in [
        ("plan", "plan.csv", PLAN),
        ("calls", "calls.csv", CALLS),
        ("projects", "projects.csv", PROJECTS),
    ] {
        let file = cli.file(name, content);
        cli.ok(&["import", what, path(&file), "--strategy", "VPS"]);
    }
    cli
}

fn export(cli: &Cli, what: &str) -> Vec<String> {
    let out = cli.dir.path().join(format!("{what}.csv"));
    cli.ok(&[
        "export",
        what,
        "--strategy",
        "VPS",
        "--format",
        "csv",
        "--out",
        path(&out),
    ]);
    std::fs::read_to_string(out)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn calls_projects_and_payments_from_files_give_the_hand_computed_money_view() {
    let cli = with_projects();
    let payments = cli.file("payments.csv", PAYMENTS);
    assert!(cli
        .ok(&["import", "payments", path(&payments)])
        .contains("Imported 3 rows: 3 new, 0 updated, 0 unchanged"));

    // 2024-1: M1.1 asked 70 000 + 56 000 of 600 000; M1.2 48 000 + 72 000 of 100 000.
    assert_eq!(
        export(&cli, "calls"),
        [
            "call_number,measure_code,available,applications,requested,difference",
            "2024-1,M1.1,600000.00,2,126000.00,474000.00",
            "2024-1,M1.2,100000.00,2,120000.00,-20000.00",
            "2024-1,total,700000.00,4,246000.00,454000.00",
            "2024-2,M2.1,200000.00,1,49999.99,150000.01",
            "2024-2,total,200000.00,1,49999.99,150000.01",
        ]
    );
    // Committed: P-1 69 500,50 (contracted), P-3 48 000,00 (approved), P-5 49 999,99 (completed);
    // P-2 is only selected and P-4 rejected. Paid: 29 750,25 on P-1 and 49 999,99 on P-5.
    let budget = export(&cli, "budget");
    assert_eq!(
        budget[1],
        "strategy,VPS,T,3652469.22,167500.49,79750.24,3484968.73,100.00"
    );
    assert_eq!(
        budget[2],
        "priority,P1,Vietos ekonomika,1817901.23,117500.50,29750.25,1700400.73,59.77"
    );
    assert_eq!(
        budget[3],
        "measure,M1.1,Ūkio ir verslo plėtra,1234567.89,69500.50,29750.25,1165067.39,40.59"
    );
    assert_eq!(
        budget[7],
        "measure,M2.1,Bendruomeninės paslaugos,1000000.10,49999.99,49999.99,950000.11,32.88"
    );

    // 69 500,50 split 85/15 is 59 075,425 and 10 425,075: the tied half cent goes to the first.
    let projects = export(&cli, "projects");
    assert_eq!(projects[0], "number,title,applicant,measure_code,call_number,status,eligible_cost,requested,awarded,intensity_pct,paid,fund_EAFRD,fund_NAT");
    assert_eq!(projects[1], "P-1,Medienos dirbtuvės,UAB „Ežerų medis“,M1.1,2024-1,contracted,100000.00,70000.00,69500.50,69.50,29750.25,59075.43,10425.07");
    assert_eq!(projects[4], "P-4,Uogų perdirbimas,Alantos bendruomenė,M1.2,2024-1,rejected,90000.00,72000.00,,80.00,0.00,0.00,0.00");
    assert_eq!(export(&cli, "payments").len(), 4);
}

#[test]
fn bad_rows_in_record_files_are_named_and_change_nothing() {
    let cli = with_projects();
    let before = export(&cli, "projects");
    let header = PROJECTS.lines().next().unwrap();
    let bad = format!(
        "{header}\nP-6;A;X;ngo;M1.1;2024-1;funded;-5,00;1;;2024-02-30;2024-03-01;\nP-6;B;X;ngo;M1.1;;submitted;10;5;;2024-03-01;2024-03-01;\n"
    );
    let message = cli.invalid(&[
        "import",
        "projects",
        path(&cli.file("bad.csv", &bad)),
        "--strategy",
        "VPS",
    ]);
    for expected in [
        "row 2, column status: 'funded' is not a project status",
        "row 2, column eligible_cost: '-5,00' is negative",
        "row 2, column submitted_on: '2024-02-30' is not a date",
        "row 3, column number: 'P-6' is already used in row 2",
    ] {
        assert!(message.contains(expected), "{expected} in {message}");
    }
    // Rows that read well but break the store's rules, found on the fourth row of the file.
    let late = format!(
        "{header}\nP-7;A;X;ngo;M1.1;2024-1;submitted;10;5;;2024-03-01;2024-03-01;\nP-8;B;X;ngo;M1.1;;submitted;10;5;;2024-03-01;2024-03-01;\nP-9;C;X;ngo;M9;;submitted;10;5;;2024-03-01;2024-03-01;\n"
    );
    let message = cli.invalid(&[
        "import",
        "projects",
        path(&cli.file("late.csv", &late)),
        "--strategy",
        "VPS",
    ]);
    assert!(
        message.contains("row 4, column measure_code: 'M9' is not a measure of this strategy"),
        "{message}"
    );
    let over = format!("{header}\nP-1;Again;X;ngo;M1.1;;approved;10;5;11;2024-03-01;2024-03-01;\n");
    let message = cli.invalid(&[
        "import",
        "projects",
        path(&cli.file("over.csv", &over)),
        "--strategy",
        "VPS",
    ]);
    assert!(
        message.contains("row 2, column awarded: is more than the eligible cost"),
        "{message}"
    );
    let unknown = "project_number;claim_number;claimed;paid;paid_on\nP-404;MP-1;10;10;2024-10-01\n";
    let message = cli.invalid(&["import", "payments", path(&cli.file("pay.csv", unknown))]);
    assert!(
        message.contains("row 2, column project_number: 'P-404' is not a project"),
        "{message}"
    );
    let too_much = "project_number;claim_number;claimed;paid;paid_on\nP-3;MP-1;48 000,01;48 000,01;2024-10-01\n";
    let message = cli.invalid(&["import", "payments", path(&cli.file("much.csv", too_much))]);
    assert!(message.contains("row 2, column paid: brings the project's payments to 48000.01, more than the 48000.00 awarded"), "{message}");
    assert_eq!(export(&cli, "projects"), before);
}

#[test]
fn the_money_view_by_year_and_by_fund_is_exported() {
    let cli = with_projects();
    let payments = cli.file("payments.csv", PAYMENTS);
    cli.ok(&["import", "payments", path(&payments)]);
    let before = export(&cli, "plan");
    let err = cli.invalid(&[
        "measure",
        "edit",
        "M1.1",
        "--strategy",
        "VPS",
        "--year",
        "2024=600000",
        "--year",
        "2025=1",
    ]);
    assert!(err.contains("--year: the years add up to"), "{err}");
    assert_eq!(export(&cli, "plan"), before);
    cli.ok(&[
        "measure",
        "edit",
        "M1.1",
        "--strategy",
        "VPS",
        "--year",
        "2024=600000",
        "--year",
        "2025=634 567,89",
    ]);

    // Committed by the year of the committing status: P-1 (2024-07-15) 69 500,50 and P-3
    // (2024-06-30) 48 000,00 in 2024; P-5 (2025-10-01) 49 999,99 in 2025. Paid on 2024-10-01
    // and 2025-11-15. The rest of the plan, 3 652 469,22 − 1 234 567,89, is not spread.
    let years = export(&cli, "years");
    assert_eq!(
        years,
        [
            "year,allocated,committed,paid,available",
            "2023,0.00,0.00,0.00,0.00",
            "2024,600000.00,117500.50,29750.25,482499.50",
            "2025,634567.89,49999.99,49999.99,584567.90",
            "2026,0.00,0.00,0.00,0.00",
            "2027,0.00,0.00,0.00,0.00",
            "2028,0.00,0.00,0.00,0.00",
            "2029,0.00,0.00,0.00,0.00",
            ",2417901.33,0.00,0.00,2417901.33",
        ]
    );

    // 85 / 15 of each amount, the odd cent to the larger remainder: committed 59 075,43 +
    // 40 800,00 + 42 499,99 and 10 425,07 + 7 200,00 + 7 500,00; paid 25 287,71 + 42 499,99
    // and 4 462,54 + 7 500,00.
    let funds = export(&cli, "funds");
    assert_eq!(
        funds[0],
        "fund_code,name,share_pct,allocated,committed,paid,available"
    );
    assert!(
        funds[1].starts_with("EAFRD,")
            && funds[1].ends_with(",85.00,3104598.84,142375.42,67787.70,2962223.42"),
        "{}",
        funds[1]
    );
    assert!(
        funds[2].starts_with("NAT,")
            && funds[2].ends_with(",15.00,547870.38,25125.07,11962.54,522745.31"),
        "{}",
        funds[2]
    );

    // The plan export carries the spread, and importing it again changes nothing.
    let plan = export(&cli, "plan");
    assert!(plan[0].ends_with(",allocation_2023,allocation_2024,allocation_2025,allocation_2026,allocation_2027,allocation_2028,allocation_2029"));
    let plan_file = cli.file("again.csv", &plan.join("\n"));
    let again = cli.ok(&["import", "plan", path(&plan_file), "--strategy", "VPS"]);
    assert!(again.contains(": 0 new, 0 updated, "), "{again}");
    assert_eq!(export(&cli, "years"), years);
}

#[test]
fn members_and_meetings_are_exported_without_a_strategy() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let export = |what: &str| -> Vec<String> {
        let out = cli.dir.path().join(format!("{what}.csv"));
        cli.ok(&["export", what, "--format", "csv", "--out", path(&out)]);
        std::fs::read_to_string(out)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let members = export("members");
    assert_eq!(
        members[0],
        "name,kind,sector,joined_on,left_on,board_terms,on_board"
    );
    assert_eq!(members.len(), 19);
    assert!(members.iter().any(|r| r.starts_with(
        "Molėtų krašto muziejus,organisation,public,2015-03-12,,2023-01-01..2025-06-30,no"
    )));

    // The selection committee of January 2026 decided call 2025-2: the two members who applied
    // recused, and the ranking moved ten applications.
    let meetings = export("meetings");
    assert_eq!(meetings.len(), 13);
    assert!(meetings[0].contains(",project_number,call_number,decision,"));
    let selection = meetings
        .iter()
        .find(|r| r.starts_with("2026-1,selection-committee,2026-01-15,8,"))
        .unwrap();
    assert!(
        selection.contains(
            ",2025-2,Patvirtinti kvietimo 2025-2 projektų atrankos rezultatus ir rezervinį sąrašą,\
             5,0,1,yes,6,9,yes,16.67,Alantos bendruomenė (Atstovauja pareiškėjui); \
             Molėtų kultūros centras (Atstovauja pareiškėjui),,"
        ),
        "{selection}"
    );
    assert!(
        selection.contains("MOLE-LEADER-2025-046 reserve; MOLE-LEADER-2025-047 reserve;"),
        "{selection}"
    );

    let err = cli.invalid(&["export", "budget", "--format", "csv", "--out", "x.csv"]);
    assert!(err.contains("--strategy: is required"), "{err}");
}

const EVENTS: &str = include_str!("../../../../../tests/fixtures/events.csv");

#[test]
fn events_are_imported_with_their_costs_and_exported_with_participants_by_group() {
    let cli = with_projects();
    let before = export(&cli, "budget");
    // Every bad cell of the file is named by row and column, and nothing is imported.
    let bad = "date;title;type;place;participants;participants_youth;end_time;time\n\
               2024-13-01;Seminaras;party;Molėtai;-4;;;\n\
               2024-05-02;Mokymai;training;Molėtai;10;11;09:00;10:00\n";
    let message = cli.invalid(&["import", "events", path(&cli.file("bad.csv", bad))]);
    for expected in [
        "row 2, column date: '2024-13-01' is not a date",
        "row 2, column type: 'party' is not an event type (board-meeting, general-meeting",
        "row 2, column participants: '-4' is not a whole number",
        "row 3, column participants_youth: 11 is more than the 10 participants",
        "row 3, column end_time: is before the start",
    ] {
        assert!(message.contains(expected), "{expected}\n{message}");
    }
    let file = cli.file("events.csv", EVENTS);
    let message = cli.invalid(&["import", "events", path(&file)]);
    assert!(
        message.contains("row 2, column measure_code: 'M1.1' needs the strategy it belongs to"),
        "{message}"
    );
    assert_eq!(export(&cli, "budget"), before);

    let out = cli.ok(&["import", "events", path(&file), "--strategy", "VPS"]);
    assert!(out.contains("Imported 4 rows into VPS: 4 new"), "{out}");
    // Importing the same file again updates the events instead of doubling them.
    cli.ok(&["import", "events", path(&file), "--strategy", "VPS"]);
    let events = export(&cli, "events");
    assert_eq!(events.len(), 5);
    assert_eq!(
        events[0],
        "date,time,end_time,type,title,place,organiser,participants,women,men,\
         participants_municipality,participants_communities,participants_ngos,\
         participants_businesses,participants_youth,participants_seniors,participants_other,\
         cost,budget_code,measure_code,project_number,cooperation_code,description"
    );
    assert_eq!(
        events[1],
        "2024-03-05,10:00,15:00,training,Verslo plano rengimo mokymai,Molėtų verslo centras,VVG,\
         22,12,10,,,,14,6,,,950.00,AKT,M1.1,,,"
    );
    assert_eq!(
        events[3],
        "2024-06-12,00:00,,general-meeting,Visuotinis narių susirinkimas,Molėtų kultūros centras,\
         VVG,16,,,,,,,,,,220.00,VEIK,,,,"
    );
    // The training serves M1.1 and its cost is booked to AKT (budget_code), like the
    // presentation's (a running or animation line in measure_code carries the cost): AKT
    // 950,00 + 180,50, VEIK 220,00, committed and spent.
    let budget = export(&cli, "budget");
    let line = |code: &str| {
        budget
            .iter()
            .find(|r| r.contains(&format!(",{code},")))
            .unwrap()
            .clone()
    };
    assert!(
        line("AKT").contains(",111111.11,1130.50,1130.50,"),
        "{}",
        line("AKT")
    );
    assert!(
        line("VEIK").contains(",500000.00,220.00,220.00,"),
        "{}",
        line("VEIK")
    );
}

#[test]
fn reports_are_printed_as_pdf_and_an_existing_file_is_kept() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let out = cli.dir.path().join("suvestine.pdf");
    let args = [
        "report",
        "summary",
        "--strategy",
        "VPS-2023-2029",
        "--lang",
        "lt",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        path(&out),
    ];
    let printed = cli.ok(&args);
    assert!(printed.contains("suvestine.pdf"), "{printed}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let before = std::fs::read(&out).unwrap();
    let err = cli.invalid(&args);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), before);

    let err = cli.invalid(&[
        "report",
        "register",
        "--strategy",
        "NOPE",
        "--lang",
        "en",
        "--out",
        "x.pdf",
    ]);
    assert!(err.contains("'NOPE' does not exist"), "{err}");
    // With one strategy in the database, --strategy may be left out.
    let register = cli.dir.path().join("register.pdf");
    cli.ok(&[
        "report",
        "register",
        "--lang",
        "en",
        "--out",
        path(&register),
    ]);
    assert!(std::fs::read(&register).unwrap().starts_with(b"%PDF-"));

    let err = cli.invalid(&[
        "report",
        "events",
        "--strategy",
        "VPS-2023-2029",
        "--lang",
        "lv",
        "--out",
        "e.pdf",
    ]);
    assert!(err.contains("--from, --to"), "{err}");
    let err = cli.invalid(&[
        "report",
        "minutes",
        "--strategy",
        "VPS-2023-2029",
        "--lang",
        "lt",
        "--meeting",
        "1999-1",
        "--out",
        "m.pdf",
    ]);
    assert!(err.contains("--meeting: 0 meetings"), "{err}");
    for (what, extra) in [
        ("budget", vec![]),
        ("events", vec!["--from", "2025-01-01", "--to", "2025-12-31"]),
        ("minutes", vec!["--meeting", "2026-1"]),
        ("call", vec!["--call", "2025-2"]),
        ("project", vec!["--project", "MOLE-LEADER-2025-043"]),
    ] {
        let out = cli.dir.path().join(format!("{what}.pdf"));
        let mut args = vec![
            "report",
            what,
            "--strategy",
            "VPS-2023-2029",
            "--lang",
            "lt",
            "--out",
            path(&out),
        ];
        args.extend(extra);
        cli.ok(&args);
        assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"), "{what}");
    }
}

#[test]
fn a_report_without_strategy_names_the_choice_when_there_are_several() {
    let cli = Cli::new();
    let out = cli.dir.path().join("r.pdf");
    let args = ["report", "budget", "--lang", "en", "--out", path(&out)];
    let err = cli.invalid(&args);
    assert!(
        err.contains("--strategy: the database holds no strategy"),
        "{err}"
    );
    cli.ok(&["demo"]);
    cli.ok(&[
        "strategy", "add", "--code", "VPS-2030", "--title", "Kita", "--start", "2030", "--end",
        "2036",
    ]);
    let err = cli.invalid(&args);
    assert!(err.contains("several strategies"), "{err}");
    assert!(
        err.contains("VPS-2023-2029") && err.contains("VPS-2030"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn a_backup_is_restored_and_the_restore_is_undone_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let stick = cli.dir.path().join("usb").join("kopija.sqlite3");
    let printed = cli.ok(&["backup", "--out", path(&stick)]);
    assert!(printed.contains("kopija.sqlite3"), "{printed}");
    // An existing copy is kept unless --replace is given.
    let out = cli.run(&["backup", "--out", path(&stick)]);
    assert!(!out.status.success());
    cli.ok(&["backup", "--out", path(&stick), "--replace"]);

    cli.ok(&[
        "strategy", "add", "--code", "VPS-2030", "--title", "Kita", "--start", "2030", "--end",
        "2036",
    ]);
    let printed = cli.ok(&["restore", path(&stick)]);
    assert!(printed.contains("undoes this"), "{printed}");
    let list = cli.ok(&["strategy", "list"]);
    assert!(!list.contains("VPS-2030"), "{list}");
    let listed = cli.ok(&["backups"]);
    assert!(listed.contains("restore"), "{listed}");
    let check = cli.ok(&["check"]);
    assert!(check.contains("sound"), "{check}");

    // The line the restore printed undoes it.
    let safety = printed
        .split('`')
        .nth(1)
        .and_then(|c| c.strip_prefix("lagdesk-cli restore "))
        .unwrap()
        .to_owned();
    cli.ok(&["restore", &safety]);
    assert!(cli.ok(&["strategy", "list"]).contains("VPS-2030"));

    let not_a_copy = cli.file("pastabos.sqlite3", "ne kopija");
    let out = cli.run(&["restore", path(&not_a_copy)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a LAG Desk database"));
    assert!(cli.ok(&["strategy", "list"]).contains("VPS-2030"));
}

#[test]
fn a_closed_year_refuses_payments_dated_in_it_until_it_is_reopened() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    assert!(cli
        .ok(&["year", "close", "2024"])
        .contains("2024 closed on"));
    let claim = cli.file(
        "late.csv",
        "project_number;claim_number;claimed;paid;paid_on\nMOLE-LEADER-2024-003;MP-9;100,00;100,00;2024-12-30\n",
    );
    let message = cli.invalid(&["import", "payments", path(&claim)]);
    assert!(
        message.contains("row 2, column paid_on: 2024 is closed; reopen it"),
        "{message}"
    );
    assert!(cli
        .ok(&["year", "reopen", "2024"])
        .contains("No year is closed"));
    cli.ok(&["import", "payments", path(&claim)]);
}

#[test]
fn the_log_shows_who_changed_what_and_exports_one_row_per_field() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&[
        "strategy",
        "edit",
        "VPS-2023-2029",
        "--title",
        "Pakeistas pavadinimas",
    ]);
    let log = cli.ok(&["log", "--kind", "strategy", "--limit", "1"]);
    assert!(log.contains(": update strategy "), "{log}");
    assert!(log.contains("→ \"Pakeistas pavadinimas\""), "{log}");
    assert_eq!(log.lines().count(), 1);

    let out = cli.dir.path().join("log.csv");
    cli.ok(&[
        "log",
        "--text",
        "Pakeistas",
        "--out",
        path(&out),
        "--format",
        "csv",
    ]);
    let csv = std::fs::read_to_string(out).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "at,who,kind,record,action,field,from,to");
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[1].contains(",strategy,") && rows[1].ends_with(",Pakeistas pavadinimas"),
        "{csv}"
    );
}

#[test]
fn an_archive_moves_the_lag_to_another_database_and_twice_adds_nothing() {
    let home = Cli::new();
    home.ok(&["demo"]);
    let archive = home.dir.path().join("vvg.lagdesk");
    let wrote = home.ok(&["export", "archive", "--out", path(&archive)]);
    assert!(
        wrote.contains("Wrote the whole database and 0 documents"),
        "{wrote}"
    );

    let laptop = Cli::new();
    let first = laptop.ok(&["import", "archive", path(&archive)]);
    assert!(first.contains(" records added, 0 already here"), "{first}");
    let again = laptop.ok(&["import", "archive", path(&archive)]);
    assert!(again.contains(": 0 records added,"), "{again}");
    let list = laptop.ok(&["strategy", "list"]);
    assert_eq!(list.matches("VPS-2023-2029").count(), 1, "{list}");

    let message = laptop.invalid(&["export", "members", "--out", path(&archive)]);
    assert!(message.contains("--format: is required"), "{message}");
}
