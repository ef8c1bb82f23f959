//! A spreadsheet file read into text cells, whatever its format: CSV in UTF-8 (with or without
//! BOM), UTF-16 or a Windows code page, split by a comma, semicolon or tab; or the first sheet of
//! a workbook. How the text is read is detected from the file unless the user has said.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, WINDOWS_1257};
use lagdesk_domain::{ImportProblem, NumberFormat, ReadSettings, TextEncoding};

use crate::detect;
use crate::error::ExchangeError;

/// A file's header and data rows as text.
pub struct Source {
    /// The header row as written (trimmed).
    pub headers: Vec<String>,
    /// Data rows with their spreadsheet row number (the header is row 1); empty rows left out.
    pub rows: Vec<(usize, Vec<String>)>,
    /// How the file was read.
    pub settings: ReadSettings,
}

/// Reads `path` as `chosen` says, or as detected from the file.
pub fn read_source(path: &Path, chosen: Option<&ReadSettings>) -> Result<Source, ExchangeError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let workbook = matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods");
    let (mut rows, settings) = if workbook {
        read_workbook(path, chosen)?
    } else {
        read_csv(path, chosen)?
    };
    // Trailing empty rows are what spreadsheets leave behind, not data.
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    if rows.is_empty() {
        return Err(file_problem(
            path,
            "file-empty",
            "the file is empty; it needs a header row".into(),
        ));
    }
    let headers = rows.remove(0).iter().map(|h| h.trim().to_owned()).collect();
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i + 2, r))
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Ok(Source {
        headers,
        rows,
        settings,
    })
}

fn file_problem(path: &Path, code: &str, message: String) -> ExchangeError {
    ExchangeError::invalid(path, ImportProblem::new(None, None, code, message))
}

fn read_csv(
    path: &Path,
    chosen: Option<&ReadSettings>,
) -> Result<(Vec<Vec<String>>, ReadSettings), ExchangeError> {
    let bytes = std::fs::read(path).map_err(|source| ExchangeError::Io {
        path: path.to_owned(),
        source,
    })?;
    if bytes.contains(&0) && !is_utf16(&bytes) {
        return Err(file_problem(
            path,
            "not-a-spreadsheet",
            "is not a CSV file or a workbook".into(),
        ));
    }
    let encoding = chosen
        .and_then(|s| s.encoding)
        .unwrap_or_else(|| detect::encoding(&bytes));
    let text = decode(path, &bytes, encoding)?;
    let delimiter = chosen
        .and_then(|s| s.delimiter)
        .unwrap_or_else(|| detect::delimiter(&text));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            ExchangeError::invalid(
                path,
                ImportProblem::new(Some(i + 1), None, "unreadable-row", e.to_string()),
            )
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    let settings = ReadSettings {
        encoding: Some(encoding),
        delimiter: Some(delimiter),
        number_format: chosen.map_or_else(|| detect::number_format(&rows), |s| s.number_format),
        date_format: chosen.map_or_else(|| detect::date_format(&rows), |s| s.date_format),
    };
    Ok((rows, settings))
}

fn is_utf16(bytes: &[u8]) -> bool {
    Encoding::for_bom(bytes).is_some_and(|(e, _)| e == UTF_16LE || e == UTF_16BE)
}

/// The file's text in `encoding`. Text that is not UTF-8 when UTF-8 was chosen is refused with
/// the line it breaks on; the single-byte code pages read any byte.
fn decode(path: &Path, bytes: &[u8], encoding: TextEncoding) -> Result<String, ExchangeError> {
    let chosen: &'static Encoding = match encoding {
        TextEncoding::Utf8 => UTF_8,
        TextEncoding::Utf16 => UTF_16LE,
        TextEncoding::Windows1257 => WINDOWS_1257,
        TextEncoding::Windows1252 => WINDOWS_1252,
    };
    // A byte-order mark outranks the choice, as in every editor.
    let (text, _, malformed) = chosen.decode(bytes);
    if !malformed {
        return Ok(text.into_owned());
    }
    let valid = match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    };
    let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
    Err(ExchangeError::invalid(
        path,
        ImportProblem::new(
            Some(line),
            None,
            "wrong-encoding",
            "is not text in the chosen encoding; try Windows-1257 or save the file as CSV UTF-8"
                .into(),
        ),
    ))
}

fn read_workbook(
    path: &Path,
    chosen: Option<&ReadSettings>,
) -> Result<(Vec<Vec<String>>, ReadSettings), ExchangeError> {
    let unreadable = |code: &str, message: String| file_problem(path, code, message);
    let mut workbook = open_workbook_auto(path).map_err(|e| {
        unreadable(
            "unreadable-workbook",
            format!("is not a readable workbook: {e}"),
        )
    })?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("no-sheet", "has no worksheet".into()))?
        .map_err(|e| {
            unreadable(
                "unreadable-workbook",
                format!("cannot read its first sheet: {e}"),
            )
        })?;
    // Typed numbers carry no format: only text cells say how the user writes numbers and dates.
    let text_cells: Vec<Vec<String>> = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    _ => String::new(),
                })
                .collect()
        })
        .collect();
    let settings = ReadSettings {
        encoding: None,
        delimiter: None,
        number_format: chosen
            .map_or_else(|| detect::number_format(&text_cells), |s| s.number_format),
        date_format: chosen.map_or_else(|| detect::date_format(&text_cells), |s| s.date_format),
    };
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| cell_text(c, settings.number_format))
                .collect()
        })
        .collect();
    Ok((rows, settings))
}

/// A workbook cell as the text a person would type in `format`. Numbers come as the shortest
/// decimal that reads back as the same double, so `1234.56` stays `1234.56` (written `1234,56`
/// where the comma is the decimal mark) and is parsed from text into cents; dates as ISO.
fn cell_text(cell: &Data, format: NumberFormat) -> String {
    let number = |text: String| text.replace('.', &format.decimal_mark().to_string());
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => number(f.to_string()),
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
