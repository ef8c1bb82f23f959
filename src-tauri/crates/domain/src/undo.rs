//! What an undo took back, so the window can say it: the kind of record, what had been done to
//! it, its name, and when that was.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit::AuditAction;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Undone {
    /// When the change that was taken back had been saved.
    pub at: String,
    /// The main record of that change (`project`, `payment_claim`, ...).
    pub entity: String,
    pub action: AuditAction,
    /// The record's number, code, name or title, as it was.
    pub label: String,
    /// How many records the change had written (its parts included).
    #[ts(type = "number")]
    pub records: i64,
}
