//! How a spreadsheet is taken in, as the coordinator sees it in the two import steps: how its
//! text is read (encoding, delimiter, number and date formats), which field each column fills,
//! and what a preview found row by row. Reading and writing live elsewhere (exchange, store);
//! these are the shapes and rules both sides share with the window.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::money::{Money, MoneyParseError};
use ts_rs::TS;

/// What a file brings in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ImportKind {
    Plan,
    Calls,
    Projects,
    Payments,
    Events,
}

impl ImportKind {
    pub const ALL: [ImportKind; 5] = [
        ImportKind::Plan,
        ImportKind::Calls,
        ImportKind::Projects,
        ImportKind::Payments,
        ImportKind::Events,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ImportKind::Plan => "plan",
            ImportKind::Calls => "calls",
            ImportKind::Projects => "projects",
            ImportKind::Payments => "payments",
            ImportKind::Events => "events",
        }
    }
}

/// The character set of a CSV file. Excel in the Baltic states still saves "CSV" in Windows-1257.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TextEncoding {
    Utf8,
    /// Excel's "Unicode text": UTF-16 with a byte-order mark.
    Utf16,
    Windows1257,
    Windows1252,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    pub const ALL: [Delimiter; 3] = [Delimiter::Semicolon, Delimiter::Comma, Delimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

/// How amounts are written: the thousands separator and the decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum NumberFormat {
    /// `1 234,56`: Lithuanian and Latvian.
    SpaceComma,
    /// `1.234,56`.
    DotComma,
    /// `1,234.56`: English.
    CommaDot,
}

impl NumberFormat {
    pub fn decimal_mark(self) -> char {
        match self {
            NumberFormat::SpaceComma | NumberFormat::DotComma => ',',
            NumberFormat::CommaDot => '.',
        }
    }

    /// The thousands separator besides spaces, which every format allows.
    pub fn group_mark(self) -> Option<char> {
        match self {
            NumberFormat::SpaceComma => None,
            NumberFormat::DotComma => Some('.'),
            NumberFormat::CommaDot => Some(','),
        }
    }

    /// `text` as a plain decimal (`-1234.56`) when it is a number written this way.
    pub fn normalise(self, text: &str) -> Option<String> {
        let cleaned: String = text
            .trim()
            .trim_end_matches("EUR")
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€' | '\''))
            .collect();
        let (sign, body) = match cleaned.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", cleaned.as_str()),
        };
        let (whole, fraction) = match body.split_once(self.decimal_mark()) {
            Some((w, f)) => (w, Some(f)),
            None => (body, None),
        };
        let grouped = match self.group_mark() {
            Some(mark) => {
                let mut groups = whole.split(mark);
                let first = groups.next().unwrap_or_default();
                let rest: Vec<&str> = groups.collect();
                let ok = rest.is_empty() || (first.len() <= 3 && rest.iter().all(|g| g.len() == 3));
                ok.then(|| whole.replace(mark, ""))?
            }
            None => whole.to_owned(),
        };
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && digits(f));
        (!grouped.is_empty() && digits(&grouped) && fraction_ok).then(|| match fraction {
            Some(f) => format!("{sign}{grouped}.{f}"),
            None => format!("{sign}{grouped}"),
        })
    }
}

impl NumberFormat {
    /// The amount `text` gives in this format. A number this format cannot read is still taken
    /// when no format could read it otherwise (`99999.99`, `1.234,56`), so a file that mixes
    /// habits goes in; an ambiguous one (`1.234`) is refused rather than guessed.
    pub fn amount(self, text: &str) -> Result<Money, MoneyParseError> {
        match self.normalise(text) {
            Some(plain) if plain.split_once('.').is_some_and(|(_, f)| f.len() > 2) => {
                Err(MoneyParseError::TooManyDecimals(text.trim().to_owned()))
            }
            Some(plain) => Money::parse(&plain),
            None if unambiguous(text) => Money::parse(text),
            None => Err(MoneyParseError::NotAnAmount(text.trim().to_owned())),
        }
    }
}

/// Both marks (the last is the decimal one), or a single mark with one or two digits after it.
fn unambiguous(text: &str) -> bool {
    let marks: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | '.'))
        .collect();
    let distinct = marks.iter().any(|(_, c)| *c == ',') && marks.iter().any(|(_, c)| *c == '.');
    let digits_after = |i: usize| {
        text[i + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count()
    };
    distinct || matches!(marks.as_slice(), [(i, _)] if matches!(digits_after(*i), 1 | 2))
}

/// How dates are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum DateFormat {
    /// `2024-05-31`.
    Iso,
    /// `31.05.2024` (Latvian, and with a closing dot `31.05.2024.`).
    DayMonthYear,
    /// `2024.05.31` (Lithuanian).
    YearMonthDay,
    /// `31/05/2024`.
    DaySlashMonth,
    /// `05/31/2024`.
    MonthSlashDay,
}

impl DateFormat {
    pub const ALL: [DateFormat; 5] = [
        DateFormat::Iso,
        DateFormat::DayMonthYear,
        DateFormat::YearMonthDay,
        DateFormat::DaySlashMonth,
        DateFormat::MonthSlashDay,
    ];

    fn pattern(self) -> &'static str {
        match self {
            DateFormat::Iso => "%Y-%m-%d",
            DateFormat::DayMonthYear => "%d.%m.%Y",
            DateFormat::YearMonthDay => "%Y.%m.%d",
            DateFormat::DaySlashMonth => "%d/%m/%Y",
            DateFormat::MonthSlashDay => "%m/%d/%Y",
        }
    }

    /// The date `text` gives in this format, or in any format that cannot be mistaken for
    /// another (ISO, `31.05.2024`, `2024.05.31`), so a file that mixes them goes in; only the
    /// slash formats, where day and month could swap, are read as chosen alone. A time after
    /// the date, as spreadsheets add to dates saved as text, is ignored.
    pub fn parse(self, text: &str) -> Option<NaiveDate> {
        self.parse_strict(text).or_else(|| {
            [
                DateFormat::Iso,
                DateFormat::DayMonthYear,
                DateFormat::YearMonthDay,
            ]
            .iter()
            .find_map(|f| f.parse_strict(text))
        })
    }

    /// The date `text` gives in exactly this format.
    pub fn parse_strict(self, text: &str) -> Option<NaiveDate> {
        let day = text.trim().split([' ', 'T']).next().unwrap_or_default();
        let day = day.strip_suffix('.').unwrap_or(day);
        // `01/02/03` would be the year 3: a year is written in full.
        NaiveDate::parse_from_str(day, self.pattern())
            .ok()
            .filter(|d| (1900..=2199).contains(&d.year()))
    }
}

/// How a file's text is read; detected from the file, then the user's to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReadSettings {
    /// `None` for a workbook, whose cells carry their own text.
    pub encoding: Option<TextEncoding>,
    /// `None` for a workbook.
    pub delimiter: Option<Delimiter>,
    pub number_format: NumberFormat,
    pub date_format: DateFormat,
}

/// One field a kind of import fills, and whether a file must have a column for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportField {
    /// `number`, `eligible_cost`, ... (the column name in LAG Desk's own exports).
    pub key: String,
    pub required: bool,
}

/// What the user chose in the first step: how to read the file and which field each of its
/// columns fills (`None` for a column left out), in the file's column order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportSetup {
    pub settings: ReadSettings,
    pub mapping: Vec<Option<String>>,
}

impl ImportSetup {
    /// What makes two files the same shape: their headers, ignoring case and spaces around.
    pub fn shape(headers: &[String]) -> String {
        headers
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect::<Vec<_>>()
            .join("\u{1f}")
    }
}

/// One problem at one place of a file: its row as a spreadsheet numbers it (the header is row 1)
/// and the field whose column it is in; both absent for a problem with the whole file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportProblem {
    pub row: Option<u32>,
    pub field: Option<String>,
    /// The file's own header of that column, when the field was mapped to one.
    pub column: Option<String>,
    /// `problem-<code>` in the catalogues.
    pub code: String,
    pub args: BTreeMap<String, String>,
    /// In English, for the command line.
    pub message: String,
}

impl ImportProblem {
    pub fn new(row: Option<usize>, field: Option<&str>, code: &str, message: String) -> Self {
        ImportProblem {
            row: row.and_then(|r| u32::try_from(r).ok()),
            field: field.map(str::to_owned),
            column: None,
            code: code.to_owned(),
            args: BTreeMap::new(),
            message,
        }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let column = self.column.as_ref().or(self.field.as_ref());
        match (self.row, column) {
            (Some(row), Some(column)) => write!(f, "row {row}, column {column}: {}", self.message),
            (Some(row), None) => write!(f, "row {row}: {}", self.message),
            (None, Some(column)) => write!(f, "column {column}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

/// What importing a row would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RowOutcome {
    /// A record that is not there yet.
    New,
    /// Changes a record that is there.
    Update,
    /// The record is there already, exactly so: the row changes nothing.
    Duplicate,
    /// The row has a problem: nothing is imported until it is fixed.
    Invalid,
}

/// One data row of the file in the preview, with its cells in the file's column order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PreviewRow {
    pub row: u32,
    pub outcome: RowOutcome,
    pub cells: Vec<String>,
}

/// The second step: every row's outcome and every problem. Nothing was written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub rows: Vec<PreviewRow>,
    pub problems: Vec<ImportProblem>,
    pub new: u32,
    pub update: u32,
    pub duplicate: u32,
    pub invalid: u32,
}

impl ImportPreview {
    /// The preview of `rows` given each row's outcome (rows without one are invalid).
    pub fn new(
        rows: Vec<(usize, Vec<String>)>,
        outcomes: &BTreeMap<usize, RowOutcome>,
        problems: Vec<ImportProblem>,
    ) -> Self {
        let mut preview = ImportPreview {
            problems,
            ..ImportPreview::default()
        };
        for (row, cells) in rows {
            let outcome = outcomes.get(&row).copied().unwrap_or(RowOutcome::Invalid);
            *match outcome {
                RowOutcome::New => &mut preview.new,
                RowOutcome::Update => &mut preview.update,
                RowOutcome::Duplicate => &mut preview.duplicate,
                RowOutcome::Invalid => &mut preview.invalid,
            } += 1;
            preview.rows.push(PreviewRow {
                row: u32::try_from(row).unwrap_or(u32::MAX),
                outcome,
                cells,
            });
        }
        preview
    }

    /// True when confirming would import every row.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.invalid == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_in_the_chosen_format() {
        use NumberFormat::*;
        assert_eq!(SpaceComma.normalise("1 234,56").as_deref(), Some("1234.56"));
        assert_eq!(
            SpaceComma.normalise("1\u{a0}234,5 €").as_deref(),
            Some("1234.5")
        );
        assert_eq!(
            DotComma.normalise("1.234.567,89").as_deref(),
            Some("1234567.89")
        );
        assert_eq!(CommaDot.normalise("1,234.56").as_deref(), Some("1234.56"));
        assert_eq!(CommaDot.normalise("-12").as_deref(), Some("-12"));
        // A dot in a comma format is not a decimal mark: refused, not misread.
        assert_eq!(SpaceComma.normalise("1234.56"), None);
        assert_eq!(DotComma.normalise("1234.56"), None);
        assert_eq!(CommaDot.normalise("1,23"), None);
        assert_eq!(SpaceComma.normalise("12,"), None);
        assert_eq!(SpaceComma.normalise("abc"), None);
        assert_eq!(SpaceComma.normalise(""), None);
    }

    #[test]
    fn other_habits_are_read_unless_ambiguous() {
        use NumberFormat::*;
        assert_eq!(SpaceComma.amount("99999.99"), Ok(Money(99_999_99)));
        assert_eq!(SpaceComma.amount("250.000,01"), Ok(Money(250_000_01)));
        assert_eq!(CommaDot.amount("1 234,5"), Ok(Money(1_234_50)));
        assert_eq!(CommaDot.amount("1,234"), Ok(Money(1_234_00)));
        assert!(SpaceComma.amount("1.234").is_err());
        assert!(SpaceComma.amount("1,234").is_err());
    }

    #[test]
    fn dates_are_read_in_the_chosen_format_or_iso() {
        let may31 = NaiveDate::from_ymd_opt(2024, 5, 31);
        assert_eq!(DateFormat::DayMonthYear.parse("31.05.2024."), may31);
        assert_eq!(DateFormat::YearMonthDay.parse("2024.05.31"), may31);
        assert_eq!(DateFormat::DaySlashMonth.parse("31/05/2024"), may31);
        assert_eq!(DateFormat::MonthSlashDay.parse("05/31/2024"), may31);
        assert_eq!(DateFormat::YearMonthDay.parse("2024-05-31 00:00:00"), may31);
        assert_eq!(DateFormat::MonthSlashDay.parse("31/05/2024"), None);
        assert_eq!(DateFormat::Iso.parse("31.05.2024"), may31);
        assert_eq!(DateFormat::Iso.parse("31/05/2024"), None);
        assert_eq!(DateFormat::Iso.parse("2024-02-30"), None);
        assert_eq!(DateFormat::DaySlashMonth.parse("01/02/03"), None);
    }
}
