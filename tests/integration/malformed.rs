//! Bad files, many of them: a corpus of more than a hundred malformed CSV and XLSX files
//! (empty, truncated, binary garbage, the wrong encoding, huge cells, formulas, columns that do
//! not match, impossible values), each of which must be refused with problems that name the row
//! and column or the whole file, without a panic and without changing the database. Property
//! tests then throw arbitrary bytes and arbitrary cells at the same path.

use std::path::{Path, PathBuf};

use lagdesk_domain::{ImportKind, ImportProblem};
use lagdesk_exchange::{read_records, read_source, suggest_mapping, ExchangeError};
use lagdesk_store::Store;
use lagdesk_tests::TestDb;
use proptest::prelude::*;
use rust_xlsxwriter::{Formula, Workbook};

const TODAY: &str = "2026-11-23";

const HEADER: &str = "number;title;applicant;measure_code;eligible_cost;requested;submitted_on";
const ROW: &str = "VVG-1;Šventė;Alantos bendruomenė;LEADER-SAVA-1.1;10 000,00;7 000,00;2024-03-01";

/// Every problem a file gave, or a description of how it got through.
fn refusal(store: &mut Store, strategy: &str, path: &Path) -> Result<Vec<ImportProblem>, String> {
    let source = match read_source(path, None) {
        Err(ExchangeError::Invalid { problems, .. }) => return Ok(problems),
        Err(other) => return Err(format!("not a problem list: {other}")),
        Ok(source) => source,
    };
    let mapping = suggest_mapping(ImportKind::Projects, &source.headers);
    let parsed = read_records(ImportKind::Projects, &source, &mapping);
    if !parsed.problems.is_empty() {
        return Ok(parsed.problems);
    }
    match store.preview_import(Some(strategy), &parsed.records, TODAY, &mut |_, _| {}) {
        Ok(staged) if !staged.problems.is_empty() => Ok(staged.problems),
        Ok(staged) => Err(format!("accepted: {:?}", staged.outcomes)),
        Err(e) => Err(format!("not a row problem: {e}")),
    }
}

/// Row counts of the tables an import writes, read beside the store's own connection.
fn fingerprint(db: &TestDb) -> Vec<i64> {
    let conn = rusqlite::Connection::open(db.path()).unwrap();
    [
        "project",
        "applicant",
        "project_status_change",
        "payment_claim",
        "call",
        "event",
        "measure",
    ]
    .iter()
    .map(|t| {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    })
    .collect()
}

struct Corpus {
    dir: PathBuf,
    files: Vec<PathBuf>,
}

impl Corpus {
    fn add(&mut self, name: &str, bytes: &[u8]) {
        let path = self.dir.join(format!("{:03}-{name}", self.files.len()));
        std::fs::write(&path, bytes).unwrap();
        self.files.push(path);
    }

    fn csv(&mut self, name: &str, lines: &[&str]) {
        self.add(&format!("{name}.csv"), lines.join("\n").as_bytes());
    }

    fn xlsx(&mut self, name: &str, rows: &[Vec<Cell>]) {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                match cell {
                    Cell::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Formula(f) => sheet.write_formula(r, c, Formula::new(f)).map(|_| ()),
                }
                .unwrap();
            }
        }
        let path = self
            .dir
            .join(format!("{:03}-{name}.xlsx", self.files.len()));
        book.save(&path).unwrap();
        self.files.push(path);
    }
}

enum Cell {
    Text(String),
    Number(f64),
    Formula(String),
}

fn text_row(line: &str) -> Vec<Cell> {
    line.split(';').map(|c| Cell::Text(c.to_owned())).collect()
}

/// A small pseudo-random byte stream, the same on every run.
fn garbage(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn build(dir: &Path) -> Corpus {
    let mut c = Corpus {
        dir: dir.to_owned(),
        files: Vec::new(),
    };
    let good = format!("{HEADER}\n{ROW}\n");
    // Empty, or nothing but a BOM, blank lines, a header.
    c.add("empty.csv", b"");
    c.add("empty.xlsx", b"");
    c.add("bom-only.csv", b"\xEF\xBB\xBF");
    c.add("blank-lines.csv", b"\n\n  \n;;;\n");
    c.csv("header-only", &[HEADER]);
    c.xlsx("header-only", &[text_row(HEADER)]);
    c.xlsx("no-cells", &[]);
    // Truncated: the good file cut short at every few bytes, and a workbook cut short.
    for cut in (HEADER.len() + 3..good.len() - 2).step_by(7) {
        c.add(&format!("truncated-{cut}.csv"), &good.as_bytes()[..cut]);
    }
    let mut whole = Corpus {
        dir: dir.to_owned(),
        files: Vec::new(),
    };
    whole.xlsx("whole", &[text_row(HEADER), text_row(ROW)]);
    let book = std::fs::read(&whole.files[0]).unwrap();
    for cut in [10, 100, 500, book.len() / 2, book.len() - 20] {
        c.add(&format!("truncated-{cut}.xlsx"), &book[..cut]);
    }
    // Binary garbage under both names, and a PNG and a PDF taken for spreadsheets.
    for seed in 0..12 {
        c.add(
            &format!("garbage-{seed}.csv"),
            &garbage(seed, 64 + 97 * seed as usize),
        );
        c.add(&format!("garbage-{seed}.xlsx"), &garbage(seed + 100, 300));
    }
    c.add("picture.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    c.add("document.xlsx", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    // The wrong encoding: UTF-16 without its mark, and a quote that never closes.
    let utf16: Vec<u8> = good.encode_utf16().flat_map(u16::to_be_bytes).collect();
    c.add("utf16-no-bom.csv", &utf16);
    c.csv(
        "open-quote",
        &[
            HEADER,
            "VVG-1;\"Šventė;Alantos;LEADER-SAVA-1.1;1;1;2024-03-01",
        ],
    );
    // Huge cells.
    let huge = "Š".repeat(20_000);
    c.csv("huge-title", &[HEADER, &ROW.replace("Šventė", &huge)]);
    c.csv(
        "huge-amount",
        &[HEADER, &ROW.replace("10 000,00", &"9".repeat(400))],
    );
    c.xlsx(
        "huge-title",
        &[text_row(HEADER), text_row(&ROW.replace("Šventė", &huge))],
    );
    // Formulas where amounts and dates belong.
    for (i, formula) in ["=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"x\")"]
        .iter()
        .enumerate()
    {
        c.csv(
            &format!("formula-amount-{i}"),
            &[HEADER, &ROW.replace("10 000,00", formula)],
        );
        c.csv(
            &format!("formula-date-{i}"),
            &[HEADER, &ROW.replace("2024-03-01", formula)],
        );
    }
    let mut with_formula = text_row(ROW);
    with_formula[4] = Cell::Formula("=1/0".into());
    c.xlsx("formula-cell", &[text_row(HEADER), with_formula]);
    let mut with_error_text = text_row(ROW);
    with_error_text[5] = Cell::Text("#DIV/0!".into());
    c.xlsx("error-text", &[text_row(HEADER), with_error_text]);
    // Columns that do not match: missing, extra, unknown headers, short and long rows.
    c.csv("no-required-columns", &["a;b;c", "1;2;3"]);
    c.csv(
        "missing-amounts",
        &[
            "number;title;applicant;measure_code;submitted_on",
            "1;x;y;LEADER-SAVA-1.1;2024-03-01",
        ],
    );
    c.csv("short-row", &[HEADER, "VVG-1;Šventė;Alantos bendruomenė"]);
    c.csv("long-row", &[HEADER, &format!("{ROW};extra;cells;here")]);
    c.csv("only-delimiters", &[HEADER, ";;;;;;"]);
    c.csv("one-column", &["number", "VVG-1"]);
    c.xlsx("short-row", &[text_row(HEADER), text_row("VVG-1;Šventė")]);
    c.xlsx(
        "numbers-as-headers",
        &[
            vec![Cell::Number(1.0), Cell::Number(2.0)],
            vec![Cell::Number(3.0)],
        ],
    );
    // Impossible values, one per file.
    let bad_values = [
        ("10 000,00", "-5,00"),
        ("10 000,00", "1,2345"),
        ("10 000,00", "12x"),
        ("10 000,00", "1.234"),
        ("10 000,00", "99999999999999999"),
        ("10 000,00", "NaN"),
        ("10 000,00", "∞"),
        ("7 000,00", "70 000,00"),
        ("2024-03-01", "2024-02-30"),
        ("2024-03-01", "2024-13-01"),
        ("2024-03-01", "01/02/03"),
        ("2024-03-01", "vakar"),
        ("2024-03-01", "0000-00-00"),
        ("LEADER-SAVA-1.1", "NĖRA-TOKIOS"),
        ("LEADER-SAVA-1.1", ""),
        ("VVG-1", ""),
        ("Alantos bendruomenė", ""),
        ("Šventė", ""),
        ("10 000,00", "\u{0}"),
        ("10 000,00", "100 000 000 000 000 000,00"),
    ];
    for (i, (old, new)) in bad_values.iter().enumerate() {
        c.csv(&format!("bad-value-{i}"), &[HEADER, &ROW.replace(old, new)]);
    }
    for (i, (old, new)) in bad_values.iter().take(8).enumerate() {
        c.xlsx(
            &format!("bad-value-{i}"),
            &[text_row(HEADER), text_row(&ROW.replace(old, new))],
        );
    }
    let mut negative = text_row(ROW);
    negative[4] = Cell::Number(-10.0);
    c.xlsx("negative-number", &[text_row(HEADER), negative]);
    let mut fraction = text_row(ROW);
    fraction[4] = Cell::Number(0.001);
    c.xlsx("tenth-of-a-cent", &[text_row(HEADER), fraction]);
    // The same number twice in one file.
    c.csv(
        "number-twice",
        &[HEADER, ROW, &ROW.replace("Šventė", "Kita")],
    );
    c
}

#[test]
fn every_malformed_file_is_refused_by_row_and_column_and_changes_nothing() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let strategy = db.store.strategies().unwrap()[0].id.clone();
    let corpus = build(db.dir.path());
    assert!(corpus.files.len() >= 100, "{} files", corpus.files.len());
    let before = fingerprint(&db);
    let mut failures = Vec::new();
    for file in &corpus.files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            refusal(&mut db.store, &strategy, file)
        }));
        match outcome {
            Err(_) => failures.push(format!("{name}: panicked")),
            Ok(Err(how)) => failures.push(format!("{name}: {how}")),
            Ok(Ok(problems)) if problems.is_empty() => failures.push(format!("{name}: no problem")),
            Ok(Ok(problems)) => {
                for p in problems {
                    // A problem in a row names its column; one without a row is the file's.
                    if p.row.is_some_and(|r| r > 1) && p.field.is_none() && p.column.is_none() {
                        failures.push(format!("{name}: row {:?} without a column: {p}", p.row));
                    }
                    if p.code.is_empty() || p.message.is_empty() {
                        failures.push(format!("{name}: a problem without words: {p:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(fingerprint(&db), before);
}

fn write_csv(dir: &Path, bytes: &[u8]) -> PathBuf {
    let path = dir.join("arbitrary.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Any bytes at all: read or refused, never a panic, and every row named is in the file.
    #[test]
    fn arbitrary_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let dir = tempfile::tempdir().unwrap();
        let path = write_csv(dir.path(), &bytes);
        if let Ok(source) = read_source(&path, None) {
            for kind in ImportKind::ALL {
                let mapping = suggest_mapping(kind, &source.headers);
                let parsed = read_records(kind, &source, &mapping);
                let last = source.rows.last().map_or(1, |(r, _)| *r);
                for p in parsed.problems {
                    prop_assert!(p.row.is_none_or(|r| (r as usize) <= last), "{p}");
                }
            }
        }
    }

    /// Any cells under a good header: each row is a record or has a problem in its own row.
    #[test]
    fn arbitrary_cells_give_records_or_problems_in_their_rows(
        rows in proptest::collection::vec(proptest::collection::vec("[ -~ąčęėįšųūž]{0,12}", 7), 1..6)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut text = format!("{HEADER}\n");
        for row in &rows {
            let cells: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
            text.push_str(&cells.join(";"));
            text.push('\n');
        }
        let path = write_csv(dir.path(), text.as_bytes());
        let source = read_source(&path, None).unwrap();
        let mapping = suggest_mapping(ImportKind::Projects, &source.headers);
        let parsed = read_records(ImportKind::Projects, &source, &mapping);
        let lagdesk_domain::import::ImportRecords::Projects(projects) = parsed.records else {
            return Err(TestCaseError::fail("a projects file gives projects"));
        };
        for (row, _) in &source.rows {
            let recorded = projects.iter().any(|p| p.row == *row);
            let refused = parsed.problems.iter().any(|p| p.row == u32::try_from(*row).ok());
            prop_assert!(recorded != refused, "row {row}: recorded {recorded}, refused {refused}");
        }
    }
}
