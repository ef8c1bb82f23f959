//! The coordinator's preferences, kept in the database so the window and the CLI agree.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::locale::Locale;
use crate::problem::{FieldProblem, Invalid, Problems};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Settings {
    pub language: Locale,
    /// Written into the audit trail and onto printed summaries.
    pub coordinator_name: String,
}

impl Settings {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        if self.coordinator_name.chars().count() > 200 {
            problems.push(
                FieldProblem::new(
                    "coordinatorName",
                    "too-long",
                    "is longer than 200 characters",
                )
                .arg("max", 200),
            );
        }
        problems.into_result()
    }
}

/// Which way a priority or measure moves in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum MoveDirection {
    Up,
    Down,
}
