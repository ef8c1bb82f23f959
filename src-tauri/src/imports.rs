//! IPC commands of the two-step import. Step one opens a file: how it reads (detected, or as
//! last confirmed for a file of its shape) and which field each column fills. Step two previews
//! every row against the database without writing. Confirming imports all rows or none and
//! remembers the setup. Each step reads the file again, so what is imported is what was shown;
//! the native dialog only chooses the path.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lagdesk_domain::import::ImportRecords;
use lagdesk_domain::{
    FieldProblem, ImportField, ImportKind, ImportPreview, ImportProblem, ImportSetup, ReadSettings,
    RowOutcome,
};
use lagdesk_exchange::{fields, read_records, read_source, suggest_mapping, ExchangeError, Source};
use lagdesk_store::Staged;
use serde::Serialize;
use tauri::{AppHandle, Emitter, State, WebviewWindow};
use ts_rs::TS;

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

/// How many rows of a file step one shows.
const SAMPLE_ROWS: usize = 8;

/// Step one: the file as it reads, and the setup offered for it.
#[derive(Clone, Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportFile {
    pub path: String,
    pub file_name: String,
    /// A workbook has no encoding or delimiter to choose.
    pub workbook: bool,
    pub headers: Vec<String>,
    pub sample: Vec<Vec<String>>,
    pub row_count: u32,
    pub setup: ImportSetup,
    /// The setup is the one confirmed for the last file of this shape.
    pub remembered: bool,
    /// The fields the file's columns can fill.
    pub fields: Vec<ImportField>,
}

/// How many rows an import added, changed and left as they were.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ImportDone {
    pub new: u32,
    pub update: u32,
    pub duplicate: u32,
}

/// Sent while a preview or an import works through the rows.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

fn file_error(error: ExchangeError) -> IpcError {
    match error {
        ExchangeError::Invalid { path, problems } => IpcError {
            code: "invalid-file".into(),
            message: format!(
                "{}: {}",
                path.display(),
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            fields: problems.into_iter().map(field_problem).collect(),
        },
        other => IpcError::io(other.to_string()),
    }
}

fn field_problem(p: ImportProblem) -> FieldProblem {
    FieldProblem {
        field: p
            .row
            .map_or_else(|| "file".to_owned(), |row| format!("row-{row}")),
        code: p.code,
        args: p.args,
        message: p.message,
        warning: false,
    }
}

/// Opens `path` for a `kind` import. Without `settings` the file is read as it was for the last
/// file of its shape, or as detected; with them (the user changed one), as they say, keeping
/// `mapping` when the columns stayed the same.
#[tauri::command]
pub async fn open_import(
    state: State<'_, AppState>,
    kind: ImportKind,
    path: String,
    settings: Option<ReadSettings>,
    mapping: Option<Vec<Option<String>>>,
) -> Reply<ImportFile> {
    state
        .with_store_reply(move |store| {
            let path = PathBuf::from(path);
            let source = read_source(&path, settings.as_ref()).map_err(file_error)?;
            let remembered = match settings {
                Some(_) => None,
                None => store.remembered_setup(kind, &source.headers)?,
            };
            let (source, setup, remembered) = match remembered {
                Some(setup) => {
                    let source = read_source(&path, Some(&setup.settings)).map_err(file_error)?;
                    (source, setup, true)
                }
                None => {
                    let mapping = mapping
                        .filter(|m| m.len() == source.headers.len())
                        .unwrap_or_else(|| suggest_mapping(kind, &source.headers));
                    let setup = ImportSetup {
                        settings: source.settings,
                        mapping,
                    };
                    (source, setup, false)
                }
            };
            Ok(ImportFile {
                file_name: file_name(&path),
                path: path.display().to_string(),
                workbook: source.settings.encoding.is_none(),
                sample: source
                    .rows
                    .iter()
                    .take(SAMPLE_ROWS)
                    .map(|(_, cells)| cells.clone())
                    .collect(),
                row_count: u32::try_from(source.rows.len()).unwrap_or(u32::MAX),
                headers: source.headers,
                setup,
                remembered,
                fields: fields(kind),
            })
        })
        .await
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Step two: every row of the file, what importing it would do, and every problem, by row and
/// column. Nothing is written.
#[tauri::command]
pub async fn preview_import(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: ImportKind,
    path: String,
    setup: ImportSetup,
    strategy_id: Option<String>,
) -> Reply<ImportPreview> {
    state
        .with_store_reply(move |store| {
            let (source, records, mut problems) = read(kind, &path, &setup)?;
            let staged = store.preview_import(
                strategy_id.as_deref(),
                &records,
                &crate::reports::today(),
                &mut progress(&app),
            )?;
            problems.extend(placed(&source, &setup, staged.problems));
            problems.sort_by_key(|p| p.row.unwrap_or(0));
            Ok(ImportPreview::new(source.rows, &staged.outcomes, problems))
        })
        .await
}

/// Imports the file as previewed: a backup first, then all rows or none. The setup is
/// remembered for the next file of this shape.
#[tauri::command]
pub async fn commit_import(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: ImportKind,
    path: String,
    setup: ImportSetup,
    strategy_id: Option<String>,
) -> Reply<ImportDone> {
    state
        .with_store_reply(move |store| {
            let (source, records, problems) = read(kind, &path, &setup)?;
            if !problems.is_empty() {
                return Err(file_error(ExchangeError::Invalid {
                    path: PathBuf::from(&path),
                    problems,
                }));
            }
            let staged: Staged = store.import(
                strategy_id.as_deref(),
                &records,
                &crate::reports::today(),
                &mut progress(&app),
            )?;
            store.remember_setup(kind, &source.headers, &setup)?;
            let count = |o| u32::try_from(staged.count(o)).unwrap_or(u32::MAX);
            Ok(ImportDone {
                new: count(RowOutcome::New),
                update: count(RowOutcome::Update),
                duplicate: count(RowOutcome::Duplicate),
            })
        })
        .await
}

/// The native dialog to choose a spreadsheet; `None` when the user cancels.
#[tauri::command]
pub async fn choose_import_file(window: WebviewWindow) -> Reply<Option<String>> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .add_filter(
            "CSV, Excel, OpenDocument",
            &[
                "csv", "txt", "xlsx", "xlsm", "xls", "ods", "CSV", "XLSX", "XLS",
            ],
        )
        .pick_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}

type Read = (Source, ImportRecords, Vec<ImportProblem>);

fn read(kind: ImportKind, path: &str, setup: &ImportSetup) -> Result<Read, IpcError> {
    let source = read_source(Path::new(path), Some(&setup.settings)).map_err(file_error)?;
    let parsed = read_records(kind, &source, &setup.mapping);
    Ok((source, parsed.records, parsed.problems))
}

/// The store's problems, which name fields, given the file's header of each field's column.
fn placed(
    source: &Source,
    setup: &ImportSetup,
    problems: Vec<ImportProblem>,
) -> Vec<ImportProblem> {
    problems
        .into_iter()
        .map(|mut p| {
            let column = setup
                .mapping
                .iter()
                .position(|m| m.is_some() && m.as_deref() == p.field.as_deref());
            p.column = column.and_then(|i| source.headers.get(i).cloned());
            p
        })
        .collect()
}

/// Reports progress to the window at most ten times a second, and at the end.
fn progress(app: &AppHandle) -> impl FnMut(usize, usize) + '_ {
    let mut last = Instant::now();
    move |done, total| {
        if done == total || last.elapsed() > Duration::from_millis(100) {
            last = Instant::now();
            let _ = app.emit(
                "import-progress",
                ImportProgress {
                    done: u32::try_from(done).unwrap_or(u32::MAX),
                    total: u32::try_from(total).unwrap_or(u32::MAX),
                },
            );
        }
    }
}
