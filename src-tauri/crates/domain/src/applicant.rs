//! Applicants: the organisations and people who apply for aid, reused across their projects.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::problem::{Invalid, Problems};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ApplicantKind {
    #[default]
    Ngo,
    Community,
    Municipality,
    Business,
    Farmer,
    Person,
}

impl ApplicantKind {
    pub const ALL: [ApplicantKind; 6] = [
        ApplicantKind::Ngo,
        ApplicantKind::Community,
        ApplicantKind::Municipality,
        ApplicantKind::Business,
        ApplicantKind::Farmer,
        ApplicantKind::Person,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ApplicantKind::Ngo => "ngo",
            ApplicantKind::Community => "community",
            ApplicantKind::Municipality => "municipality",
            ApplicantKind::Business => "business",
            ApplicantKind::Farmer => "farmer",
            ApplicantKind::Person => "person",
        }
    }

    pub fn from_code(code: &str) -> Option<ApplicantKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ApplicantInput {
    pub name: String,
    pub kind: ApplicantKind,
    /// Company or registration code; empty for a person.
    pub code: String,
    pub municipality: String,
    pub eldership: String,
}

impl ApplicantInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("name", &self.name);
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Applicant {
    pub id: String,
    pub name: String,
    pub kind: ApplicantKind,
    pub code: String,
    pub municipality: String,
    pub eldership: String,
    /// Applications of this applicant in any strategy; an applicant with none may be deleted.
    #[ts(type = "number")]
    pub project_count: i64,
}
