//! IPC commands that export a list as the window shows it: its columns, under the headers on
//! screen, and its rows as filtered there. The window sends the table with typed cells (money
//! stays cents, so XLSX gets numbers); the exchange crate writes CSV or XLSX and escapes text a
//! spreadsheet would run as a formula. The save dialog only chooses the path.

use std::path::PathBuf;

use lagdesk_domain::{Bp, Locale, Money, Quantity};
use lagdesk_exchange::{write_sheet, Cell, ExportFormat, Sheet};
use serde::Deserialize;
use tauri::WebviewWindow;
use ts_rs::TS;

use crate::ipc_error::IpcError;

type Reply<T> = Result<T, IpcError>;

/// One cell of a list on screen.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
#[ts(export)]
pub enum ListCell {
    Text(String),
    Money(Money),
    Percent(Bp),
    /// Hundredths of a unit: an indicator's quantity, a score's points.
    Quantity(Quantity),
    Count(#[ts(type = "number")] i64),
    /// `YYYY-MM-DD`, written as text so every spreadsheet sorts it.
    Date(String),
    Empty,
}

/// A list as the window shows it.
#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct ListTable {
    /// What the list is (`projects`), for the sheet's name.
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<ListCell>>,
}

#[derive(Clone, Copy, Debug, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ListFormat {
    Csv,
    Xlsx,
}

impl ListFormat {
    fn extension(self) -> &'static str {
        match self {
            ListFormat::Csv => "csv",
            ListFormat::Xlsx => "xlsx",
        }
    }
}

fn sheet(table: ListTable) -> Sheet {
    let cell = |c: ListCell| match c {
        ListCell::Text(t) | ListCell::Date(t) => Cell::Text(t),
        ListCell::Money(m) => Cell::Money(m),
        ListCell::Percent(p) => Cell::Percent(p),
        ListCell::Quantity(q) => Cell::Quantity(q),
        ListCell::Count(n) => Cell::Int(n),
        ListCell::Empty => Cell::Empty,
    };
    Sheet {
        name: table.name,
        headers: table.headers,
        rows: table
            .rows
            .into_iter()
            .map(|row| row.into_iter().map(cell).collect())
            .collect(),
    }
}

/// Writes `table` to `path` (a CSV as a spreadsheet in `locale` reads it); an existing file is
/// replaced only with `replace`, and only once the new one is written whole (see `write_sheet`).
#[tauri::command]
pub async fn export_list(
    table: ListTable,
    format: ListFormat,
    locale: Locale,
    path: String,
    replace: bool,
) -> Reply<String> {
    let target = PathBuf::from(&path);
    if target.exists() && !replace {
        return Err(IpcError::exists(format!("{path} already exists")));
    }
    let format = match format {
        ListFormat::Csv => ExportFormat::CsvFor(locale),
        ListFormat::Xlsx => ExportFormat::Xlsx,
    };
    tauri::async_runtime::spawn_blocking(move || {
        write_sheet(&sheet(table), format, &target).map_err(|e| IpcError::io(e.to_string()))
    })
    .await
    .map_err(|e| IpcError::internal(e.to_string()))??;
    Ok(path)
}

/// The native save dialog, suggesting `<name>.csv` or `<name>.xlsx`; `None` when cancelled.
#[tauri::command]
pub async fn choose_export_path(
    window: WebviewWindow,
    name: String,
    format: ListFormat,
) -> Reply<Option<String>> {
    let extension = format.extension();
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_file_name(format!("{name}.{extension}"))
        .add_filter(extension.to_uppercase(), &[extension])
        .save_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}
