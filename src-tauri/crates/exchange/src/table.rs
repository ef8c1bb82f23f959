//! A file's rows with each column given its field: the mapping the user confirmed (or the one
//! suggested) applied to a source. Problems name the file's own header of a column.

use std::collections::HashMap;

use lagdesk_domain::{ImportKind, ImportProblem};

use crate::fields::{fields, is_field};
use crate::source::Source;

pub(crate) struct Table {
    /// The field each column fills, by key.
    columns: HashMap<String, usize>,
    /// The file's headers, to name a column in a problem.
    headers: Vec<String>,
    /// Data rows with their spreadsheet row number (the header is row 1).
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// `source`'s rows under `mapping` (one entry per column), or what is wrong with the
    /// mapping: a field that does not exist, one given twice, or a required one left out.
    pub fn new(
        kind: ImportKind,
        source: &Source,
        mapping: &[Option<String>],
    ) -> Result<Table, Vec<ImportProblem>> {
        let mut problems = Vec::new();
        let mut columns: HashMap<String, usize> = HashMap::new();
        for (i, key) in mapping.iter().enumerate() {
            let Some(key) = key else { continue };
            let header = source.headers.get(i).cloned().unwrap_or_default();
            let problem = |code: &str, message: String| {
                let mut p = ImportProblem::new(Some(1), Some(key), code, message);
                p.column = Some(header.clone());
                p
            };
            if i >= source.headers.len() {
                problems.push(problem(
                    "no-such-column",
                    format!("the file has no column {}", i + 1),
                ));
            } else if !is_field(kind, key) {
                problems.push(problem(
                    "unknown-field",
                    format!("'{key}' is not a field of this import"),
                ));
            } else if let Some(first) = columns.insert(key.clone(), i) {
                columns.insert(key.clone(), first);
                let first_header = source.headers[first].clone();
                problems.push(
                    problem(
                        "mapped-twice",
                        format!("'{key}' is also given by the column '{first_header}'"),
                    )
                    .arg("other", first_header),
                );
            }
        }
        for field in fields(kind).iter().filter(|f| f.required) {
            if !columns.contains_key(&field.key) {
                problems.push(ImportProblem::new(
                    Some(1),
                    Some(&field.key),
                    "column-missing",
                    "no column of the file gives this field".into(),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Table {
            columns,
            headers: source.headers.clone(),
            rows: source.rows.clone(),
        })
    }

    pub fn column(&self, key: &str) -> Option<usize> {
        self.columns.get(key).copied()
    }

    /// The file's header of the column that gives `key`.
    pub fn header(&self, key: &str) -> Option<&str> {
        self.column(key)
            .and_then(|i| self.headers.get(i))
            .map(String::as_str)
    }

    /// The keys given by the file, e.g. for a plan's `allocation_<YEAR>` columns.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.columns.keys().map(String::as_str)
    }
}
