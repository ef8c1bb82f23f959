//! Remembered import setups: the reading settings and column mapping a coordinator confirmed
//! for a file of one shape, offered again for the next file with the same headers.

use lagdesk_domain::{ImportKind, ImportSetup};
use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::{now, Store};

impl Store {
    /// The setup last confirmed for a `kind` file with these headers. One that no longer fits
    /// (written by another version, or for another number of columns) is not offered.
    pub fn remembered_setup(
        &self,
        kind: ImportKind,
        headers: &[String],
    ) -> Result<Option<ImportSetup>> {
        let saved: Option<String> = self
            .conn
            .query_row(
                "SELECT setup FROM import_setup WHERE kind = ?1 AND shape = ?2",
                params![kind.code(), ImportSetup::shape(headers)],
                |r| r.get(0),
            )
            .optional()?;
        Ok(saved
            .and_then(|json| serde_json::from_str::<ImportSetup>(&json).ok())
            .filter(|setup| setup.mapping.len() == headers.len()))
    }

    /// Keeps `setup` for the next `kind` file with these headers.
    pub fn remember_setup(
        &mut self,
        kind: ImportKind,
        headers: &[String],
        setup: &ImportSetup,
    ) -> Result<()> {
        let json = serde_json::to_string(setup).unwrap_or_default();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO import_setup (kind, shape, setup, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (kind, shape) DO UPDATE SET setup = excluded.setup, saved_at = excluded.saved_at",
                params![kind.code(), ImportSetup::shape(headers), json, now()],
            )?;
            Ok(())
        })
    }
}
