//! Writing a list as CSV, XLSX or JSON from one sheet model, so every export has the same columns
//! in every format.
//!
//! CSV: amounts as plain decimals with a dot and two decimals (`1240000.00`), percentages the
//! same way. XLSX: amounts and percentages as numbers with a display format. JSON: an array of
//! objects keyed by the column names, amounts as decimal strings so no cent is lost to a float.
//! Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is escaped with `'`.

use std::io::Write;
use std::path::Path;

use lagdesk_domain::{
    Bp, CallSummary, FinancialPlan, FundingSource, Indicator, Locale, Measure, Money, PaymentClaim,
    PlanLine, Priority, Project, Quantity,
};
use rust_xlsxwriter::{Format, Workbook};
use serde_json::{Map, Value};

use crate::error::ExchangeError;
use crate::plan::PLAN_COLUMNS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// For programs and for importing again: commas, amounts `1240000.00`.
    Csv,
    /// For a person opening it in a spreadsheet set to `Locale`: a byte-order mark (so Excel
    /// reads UTF-8), and in Lithuanian and Latvian semicolons with decimal commas, as Excel
    /// there expects.
    CsvFor(Locale),
    Xlsx,
    Json,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Money(Money),
    Percent(Bp),
    Quantity(Quantity),
    Int(i64),
    Empty,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The plan in the import's own columns, so an export can be edited and imported again; one
/// `allocation_<YEAR>` column per year of the strategy period.
pub fn plan_sheet(
    priorities: &[Priority],
    measures: &[Measure],
    years: std::ops::RangeInclusive<i32>,
) -> Sheet {
    let rows = measures
        .iter()
        .map(|m| {
            let priority = priorities
                .iter()
                .find(|p| Some(&p.id) == m.priority_id.as_ref());
            let mut row = vec![
                priority.map_or(Cell::Empty, |p| Cell::Text(p.code.clone())),
                priority.map_or(Cell::Empty, |p| Cell::Text(p.title.clone())),
                Cell::Text(m.code.clone()),
                Cell::Text(m.title.clone()),
                Cell::Text(m.kind.code().to_owned()),
                Cell::Money(m.allocation),
                m.planned_projects.map_or(Cell::Empty, Cell::Int),
                m.max_intensity.map_or(Cell::Empty, Cell::Percent),
                m.max_grant.map_or(Cell::Empty, Cell::Money),
            ];
            row.extend(years.clone().map(|year| {
                m.yearly
                    .iter()
                    .find(|y| y.year == year)
                    .map_or(Cell::Empty, |y| Cell::Money(y.amount))
            }));
            row
        })
        .collect();
    let mut names = headers(&PLAN_COLUMNS);
    names.extend(years.map(|year| format!("allocation_{year}")));
    Sheet {
        name: "plan".into(),
        headers: names,
        rows,
    }
}

/// The budget: the strategy, each priority followed by its measures, then running and
/// animation lines. `share_pct` is the share of the local-project budget for priorities and
/// their measures, of the whole strategy for running and animation lines, and 100 for the strategy.
pub fn budget_sheet(plan: &FinancialPlan) -> Sheet {
    let row = |l: &PlanLine| {
        vec![
            Cell::Text(l.level.code().to_owned()),
            Cell::Text(l.code.clone()),
            Cell::Text(l.title.clone()),
            Cell::Money(l.allocated),
            Cell::Money(l.committed),
            Cell::Money(l.paid),
            Cell::Money(l.available),
            Cell::Percent(l.share),
        ]
    };
    Sheet {
        name: "budget".into(),
        headers: headers(&[
            "level",
            "code",
            "title",
            "allocated",
            "committed",
            "paid",
            "available",
            "share_pct",
        ]),
        rows: plan.budget_lines().iter().map(row).collect(),
    }
}

/// The money view per calendar year; `year` is empty on the line of money not tied to a year.
pub fn years_sheet(plan: &FinancialPlan) -> Sheet {
    let rows = plan
        .years
        .iter()
        .map(|y| {
            vec![
                y.year
                    .map_or(Cell::Empty, |year| Cell::Int(i64::from(year))),
                Cell::Money(y.allocated),
                Cell::Money(y.committed),
                Cell::Money(y.paid),
                Cell::Money(y.available),
            ]
        })
        .collect();
    Sheet {
        name: "years".into(),
        headers: headers(&["year", "allocated", "committed", "paid", "available"]),
        rows,
    }
}

/// The money view per funding source.
pub fn funds_sheet(plan: &FinancialPlan) -> Sheet {
    let rows = plan
        .funding_parts
        .iter()
        .map(|f| {
            vec![
                Cell::Text(f.code.clone()),
                Cell::Text(f.name.clone()),
                Cell::Percent(f.share),
                Cell::Money(f.amount),
                Cell::Money(f.committed),
                Cell::Money(f.paid),
                Cell::Money(f.available),
            ]
        })
        .collect();
    Sheet {
        name: "funds".into(),
        headers: headers(&[
            "fund_code",
            "name",
            "share_pct",
            "allocated",
            "committed",
            "paid",
            "available",
        ]),
        rows,
    }
}

pub(crate) fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|h| (*h).to_owned()).collect()
}

/// Calls: per call and measure the money asked for against what is there, then a `total` row.
pub fn calls_sheet(calls: &[CallSummary]) -> Sheet {
    let mut rows = Vec::new();
    for c in calls {
        let row = |code: &str,
                   available: Money,
                   applications: i64,
                   requested: Money,
                   difference: Money| {
            vec![
                Cell::Text(c.call.number.clone()),
                Cell::Text(code.to_owned()),
                Cell::Money(available),
                Cell::Int(applications),
                Cell::Money(requested),
                Cell::Money(difference),
            ]
        };
        for m in &c.measures {
            rows.push(row(
                &m.measure_code,
                m.available,
                m.applications,
                m.requested,
                m.difference,
            ));
        }
        rows.push(row(
            "total",
            c.available,
            c.applications,
            c.requested,
            c.difference,
        ));
    }
    Sheet {
        name: "calls".into(),
        headers: headers(&[
            "call_number",
            "measure_code",
            "available",
            "applications",
            "requested",
            "difference",
        ]),
        rows,
    }
}

/// Projects with their money, and the awarded aid split over the funding sources
/// (`fund_<CODE>` columns whose parts add up to the awarded aid).
pub fn projects_sheet(projects: &[Project], sources: &[FundingSource]) -> Sheet {
    let mut names = headers(&[
        "number",
        "title",
        "applicant",
        "measure_code",
        "call_number",
        "status",
        "eligible_cost",
        "requested",
        "awarded",
        "intensity_pct",
        "paid",
    ]);
    names.extend(sources.iter().map(|s| format!("fund_{}", s.code)));
    let rows = projects
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::Text(p.number.clone()),
                Cell::Text(p.title.clone()),
                Cell::Text(p.applicant_name.clone()),
                Cell::Text(p.measure_code.clone()),
                p.call_number.clone().map_or(Cell::Empty, Cell::Text),
                Cell::Text(p.status.code().to_owned()),
                Cell::Money(p.eligible_cost),
                Cell::Money(p.requested_aid),
                p.awarded_aid.map_or(Cell::Empty, Cell::Money),
                Cell::Percent(p.intensity),
                Cell::Money(p.paid),
            ];
            row.extend(sources.iter().map(|source| {
                let part = p.fund_shares.iter().find(|f| f.code == source.code);
                Cell::Money(part.map_or(Money::ZERO, |f| f.amount))
            }));
            row
        })
        .collect();
    Sheet {
        name: "projects".into(),
        headers: names,
        rows,
    }
}

/// Indicators with target, achieved value and performance.
pub fn indicators_sheet(indicators: &[Indicator]) -> Sheet {
    let rows = indicators
        .iter()
        .map(|i| {
            vec![
                Cell::Text(i.code.clone()),
                Cell::Text(i.name.clone()),
                Cell::Text(i.unit.clone()),
                i.measure_code.clone().map_or(Cell::Empty, Cell::Text),
                Cell::Text(i.source.code().to_owned()),
                Cell::Quantity(i.baseline),
                Cell::Quantity(i.target),
                Cell::Quantity(i.achieved),
                Cell::Percent(i.performance),
            ]
        })
        .collect();
    Sheet {
        name: "indicators".into(),
        headers: headers(&[
            "code",
            "name",
            "unit",
            "measure_code",
            "source",
            "baseline",
            "target",
            "achieved",
            "performance_pct",
        ]),
        rows,
    }
}

/// Payment claims with the number of their project.
pub fn payments_sheet(claims: &[(String, PaymentClaim)]) -> Sheet {
    let rows = claims
        .iter()
        .map(|(project, c)| {
            vec![
                Cell::Text(project.clone()),
                Cell::Text(c.number.clone()),
                Cell::Text(c.submitted_on.clone()),
                Cell::Money(c.claimed),
                c.paid.map_or(Cell::Empty, Cell::Money),
                c.paid_on.clone().map_or(Cell::Empty, Cell::Text),
            ]
        })
        .collect();
    Sheet {
        name: "payments".into(),
        headers: headers(&[
            "project_number",
            "claim_number",
            "submitted_on",
            "claimed",
            "paid",
            "paid_on",
        ]),
        rows,
    }
}

/// Writes `sheet` to `path`: beside it first, then renamed over it, so a failed write leaves
/// neither a half file nor a lost earlier one.
pub fn write_sheet(sheet: &Sheet, format: ExportFormat, path: &Path) -> Result<(), ExchangeError> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    let written = match format {
        ExportFormat::Csv => write_csv(sheet, &partial, None),
        ExportFormat::CsvFor(locale) => write_csv(sheet, &partial, Some(locale)),
        ExportFormat::Xlsx => write_xlsx(sheet, &partial),
        ExportFormat::Json => write_json(sheet, &partial),
    }
    .and_then(|()| std::fs::rename(&partial, path).map_err(io_error(path)));
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

fn escape_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn plain(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => escape_formula(t),
        Cell::Money(m) => m.to_decimal_string(),
        Cell::Percent(p) => p.to_percent_string(),
        Cell::Quantity(q) => q.to_decimal_string(),
        Cell::Int(i) => i.to_string(),
        Cell::Empty => String::new(),
    }
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> ExchangeError + '_ {
    move |source| ExchangeError::Io {
        path: path.to_owned(),
        source,
    }
}

fn write_csv(sheet: &Sheet, path: &Path, locale: Option<Locale>) -> Result<(), ExchangeError> {
    let mut file = std::fs::File::create(path).map_err(io_error(path))?;
    let comma = matches!(locale, Some(Locale::Lt | Locale::Lv));
    if locale.is_some() {
        file.write_all(b"\xEF\xBB\xBF").map_err(io_error(path))?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(if comma { b';' } else { b',' })
        .from_writer(file);
    writer
        .write_record(&sheet.headers)
        .map_err(|e| write_error(path, &e))?;
    let shown = |cell: &Cell| match cell {
        Cell::Money(_) | Cell::Percent(_) | Cell::Quantity(_) if comma => {
            plain(cell).replace('.', ",")
        }
        _ => plain(cell),
    };
    for row in &sheet.rows {
        writer
            .write_record(row.iter().map(shown))
            .map_err(|e| write_error(path, &e))?;
    }
    writer.flush().map_err(io_error(path))
}

fn write_json(sheet: &Sheet, path: &Path) -> Result<(), ExchangeError> {
    let rows: Vec<Value> = sheet
        .rows
        .iter()
        .map(|row| {
            let object: Map<String, Value> = sheet
                .headers
                .iter()
                .zip(row)
                .map(|(h, cell)| {
                    let value = match cell {
                        Cell::Text(t) => Value::String(t.clone()),
                        Cell::Int(i) => Value::from(*i),
                        Cell::Empty => Value::Null,
                        other => Value::String(plain(other)),
                    };
                    (h.clone(), value)
                })
                .collect();
            Value::Object(object)
        })
        .collect();
    let text = serde_json::to_string_pretty(&rows).map_err(|e| write_error(path, &e))?;
    std::fs::write(path, text + "\n").map_err(io_error(path))
}

/// A spreadsheet number for display only: the decimal text of the cents, read as a double.
fn xlsx_number(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Money(m) => m.to_decimal_string().parse().ok(),
        Cell::Percent(p) => p.to_percent_string().parse::<f64>().ok().map(|v| v / 100.0),
        Cell::Quantity(q) => q.to_decimal_string().parse().ok(),
        Cell::Int(i) => i.to_string().parse().ok(),
        _ => None,
    }
}

fn write_xlsx(sheet: &Sheet, path: &Path) -> Result<(), ExchangeError> {
    let err = |e: rust_xlsxwriter::XlsxError| write_error(path, &e);
    let mut workbook = Workbook::new();
    let ws = workbook.add_worksheet();
    ws.set_name(&sheet.name).map_err(err)?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let percent = Format::new().set_num_format("0.00%");
    for (c, header) in sheet.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c), header, &bold)
            .map_err(err)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            let c = col(c);
            match (cell, xlsx_number(cell)) {
                (Cell::Text(t), _) => ws.write_string(r, c, escape_formula(t)).map(|_| ()),
                (Cell::Money(_), Some(n)) => {
                    ws.write_number_with_format(r, c, n, &money).map(|_| ())
                }
                (Cell::Percent(_), Some(n)) => {
                    ws.write_number_with_format(r, c, n, &percent).map(|_| ())
                }
                (_, Some(n)) => ws.write_number(r, c, n).map(|_| ()),
                (_, None) => Ok(()),
            }
            .map_err(err)?;
        }
    }
    ws.autofit();
    workbook.save(path).map_err(err)
}

fn col(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

fn write_error(path: &Path, e: &dyn std::fmt::Display) -> ExchangeError {
    ExchangeError::Write {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            name: "projects".into(),
            headers: vec!["Projektas".into(), "Skirta".into()],
            rows: vec![
                vec![
                    Cell::Text("Šventė".into()),
                    Cell::Money(Money(1_234_567_89)),
                ],
                vec![Cell::Text("=HYPERLINK(\"x\")".into()), Cell::Empty],
            ],
        }
    }

    fn written(format: ExportFormat) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_sheet(&sheet(), format, &path).unwrap();
        std::fs::read(path).unwrap()
    }

    #[test]
    fn a_csv_for_a_lithuanian_spreadsheet_has_semicolons_decimal_commas_and_a_bom() {
        let bytes = written(ExportFormat::CsvFor(Locale::Lt));
        let text = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(
            text,
            "\u{feff}Projektas;Skirta\nŠventė;1234567,89\n\"'=HYPERLINK(\"\"x\"\")\";\n"
        );
    }

    #[test]
    fn a_csv_for_programs_and_english_keeps_commas_and_decimal_points() {
        let plain = String::from_utf8(written(ExportFormat::Csv)).unwrap();
        assert_eq!(
            plain,
            "Projektas,Skirta\nŠventė,1234567.89\n\"'=HYPERLINK(\"\"x\"\")\",\n"
        );
        let english = String::from_utf8(written(ExportFormat::CsvFor(Locale::En))).unwrap();
        assert_eq!(english, format!("\u{feff}{plain}"));
    }
}
