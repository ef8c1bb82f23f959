//! The audit trail as the coordinator reads it: who changed which record when, and each field
//! from what to what. Entries are written by the database itself (see the store), so no change
//! can skip them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum AuditAction {
    Insert,
    Update,
    Delete,
}

impl AuditAction {
    pub fn from_code(code: &str) -> Option<AuditAction> {
        match code {
            "insert" => Some(AuditAction::Insert),
            "update" => Some(AuditAction::Update),
            "delete" => Some(AuditAction::Delete),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::Insert => "insert",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
        }
    }
}

/// One field of a record: its value before and after, as stored (amounts in cents, dates as
/// ISO text); `None` where there was no value or no record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// The entries of one saved change share it.
    #[ts(type = "number")]
    pub batch: i64,
    /// `2026-11-23T14:05:09.123Z`.
    pub at: String,
    /// The coordinator named in the settings at the time; empty when none was.
    pub who: String,
    /// What kind of record (`project`, `payment_claim`, `measure_year`, ...).
    pub entity: String,
    /// The record, or for a part of one (a measure's year, an event's group) the record it is
    /// part of.
    pub record_id: String,
    pub action: AuditAction,
    pub changes: Vec<FieldChange>,
}

/// Which entries to show: each part narrows the log; all empty is the whole log, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditFilter {
    /// From this day (`YYYY-MM-DD`), included.
    pub from: Option<String>,
    /// To this day, included.
    pub to: Option<String>,
    pub entity: Option<String>,
    pub who: Option<String>,
    /// Text found in any value before or after.
    pub text: Option<String>,
    /// At most this many entries (the newest); 1,000 when not given.
    pub limit: Option<u32>,
}
