//! A spreadsheet file read into text cells, whatever its format: CSV with a comma, semicolon or
//! tab, UTF-8 with or without BOM; or the first sheet of an XLSX workbook.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use crate::error::{ExchangeError, FileProblem};

pub(crate) struct Table {
    /// Lower-cased, trimmed header names.
    pub headers: Vec<String>,
    /// Data rows with their spreadsheet row number (the header is row 1).
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }
}

pub(crate) fn read_table(path: &Path) -> Result<Table, ExchangeError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let mut rows = match extension.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook(path)?,
        _ => read_csv(path)?,
    };
    // Trailing empty rows are what spreadsheets leave behind, not data.
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    if rows.is_empty() {
        return Err(ExchangeError::invalid(
            path,
            FileProblem {
                row: None,
                column: None,
                message: "the file is empty; it needs a header row".into(),
            },
        ));
    }
    let headers = rows
        .remove(0)
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i + 2, r))
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Ok(Table { headers, rows })
}

fn read_csv(path: &Path) -> Result<Vec<Vec<String>>, ExchangeError> {
    let bytes = std::fs::read(path).map_err(|source| ExchangeError::Io {
        path: path.to_owned(),
        source,
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        ExchangeError::invalid(
            path,
            FileProblem {
                row: Some(line),
                column: None,
                message: "is not UTF-8 text; save the file as CSV UTF-8".into(),
            },
        )
    })?;
    let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            ExchangeError::invalid(
                path,
                FileProblem {
                    row: Some(i + 1),
                    column: None,
                    message: e.to_string(),
                },
            )
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

/// The separator that splits the header line into the most columns.
fn detect_delimiter(header: &str) -> u8 {
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|&d| header.bytes().filter(|&b| b == d).count())
        .unwrap_or(b',')
}

fn read_workbook(path: &Path) -> Result<Vec<Vec<String>>, ExchangeError> {
    let unreadable = |message: String| {
        ExchangeError::invalid(
            path,
            FileProblem {
                row: None,
                column: None,
                message,
            },
        )
    };
    let mut workbook = open_workbook_auto(path)
        .map_err(|e| unreadable(format!("is not a readable workbook: {e}")))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("has no worksheet".into()))?
        .map_err(|e| unreadable(format!("cannot read its first sheet: {e}")))?;
    Ok(range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect())
}

/// A workbook cell as the text a person would type. Numbers come as the shortest decimal that
/// reads back as the same double, so `1234.56` stays `1234.56` and is parsed from text into cents.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|d| d.date().to_string())
            .unwrap_or_default(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_delimiter_of_the_header() {
        assert_eq!(detect_delimiter("a;b;c"), b';');
        assert_eq!(detect_delimiter("a,b,c"), b',');
        assert_eq!(detect_delimiter("a\tb"), b'\t');
        assert_eq!(detect_delimiter("a;b,c;d"), b';');
    }
}
