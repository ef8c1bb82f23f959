//! Moving a LAG to another laptop: one portable file with the whole database (records with
//! their ids, their history) and the attached documents; and what taking such a file in did —
//! per kind of record, how many were new here and how many were here already.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The file's kind, written into its manifest and checked when it is read.
pub const ARCHIVE_FORMAT: &str = "lagdesk-archive";

/// How many records of one kind an archive brought, and how many it held that were here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArchiveCount {
    /// The kind of record (`project`, `payment_claim`, ...).
    pub entity: String,
    #[ts(type = "number")]
    pub added: i64,
    /// Records with the same id already here: kept as they are here, not doubled.
    #[ts(type = "number")]
    pub already_here: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArchiveImport {
    /// The kinds of record the archive holds, each with its counts.
    pub counts: Vec<ArchiveCount>,
    #[ts(type = "number")]
    pub documents_added: i64,
    #[ts(type = "number")]
    pub documents_already_here: i64,
}

impl ArchiveImport {
    pub fn added(&self) -> i64 {
        self.counts.iter().map(|c| c.added).sum()
    }

    pub fn already_here(&self) -> i64 {
        self.counts.iter().map(|c| c.already_here).sum()
    }
}
