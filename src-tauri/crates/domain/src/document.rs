//! Documents attached to a record: minutes, attendance sheets, photos, contracts. The file is
//! copied into the app's data folder when attached, so it survives the original being moved.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum DocumentOwner {
    Meeting,
    Event,
    Project,
    Call,
    Cooperation,
}

impl DocumentOwner {
    pub const ALL: [DocumentOwner; 5] = [
        DocumentOwner::Meeting,
        DocumentOwner::Event,
        DocumentOwner::Project,
        DocumentOwner::Call,
        DocumentOwner::Cooperation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DocumentOwner::Meeting => "meeting",
            DocumentOwner::Event => "event",
            DocumentOwner::Project => "project",
            DocumentOwner::Call => "call",
            DocumentOwner::Cooperation => "cooperation",
        }
    }

    pub fn from_code(code: &str) -> Option<DocumentOwner> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The table whose row owns the document.
    pub fn table(self) -> &'static str {
        match self {
            DocumentOwner::Meeting => "meeting",
            DocumentOwner::Event => "event",
            DocumentOwner::Project => "project",
            DocumentOwner::Call => "call",
            DocumentOwner::Cooperation => "cooperation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Document {
    pub id: String,
    pub owner: DocumentOwner,
    pub owner_id: String,
    /// The name the file had when attached.
    pub file_name: String,
    #[ts(type = "number")]
    pub size: i64,
    pub added_at: String,
}
