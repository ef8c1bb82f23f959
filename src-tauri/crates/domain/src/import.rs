//! Records read from a spreadsheet, each with the row it came from, on their way to the store.
//! The store resolves codes (measures, calls, projects) and names the row when one is unknown.

use crate::applicant::ApplicantKind;
use crate::money::Money;
use crate::project::ProjectStatus;
use crate::share::Bp;

/// A call: the file's rows with the same call number, one per measure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallImport {
    pub row: usize,
    pub number: String,
    pub title: String,
    /// `YYYY-MM-DDTHH:MM`.
    pub opens_at: String,
    pub closes_at: String,
    pub measures: Vec<CallMeasureImport>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallMeasureImport {
    pub row: usize,
    pub measure_code: String,
    pub available: Money,
    pub max_grant: Option<Money>,
    pub max_intensity: Option<Bp>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectImport {
    pub row: usize,
    pub number: String,
    pub title: String,
    /// Found by name (ignoring case), or created with `applicant_kind`.
    pub applicant: String,
    pub applicant_kind: ApplicantKind,
    pub measure_code: String,
    pub call_number: Option<String>,
    pub status: ProjectStatus,
    pub eligible_cost: Money,
    pub requested_aid: Money,
    pub awarded_aid: Option<Money>,
    pub submitted_on: String,
    pub status_on: String,
    pub jobs_created: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentImport {
    pub row: usize,
    pub project_number: String,
    pub claim_number: String,
    pub submitted_on: Option<String>,
    pub claimed: Money,
    pub paid: Option<Money>,
    pub paid_on: Option<String>,
}

/// An event, with the codes of the measure it serves and the line its cost is booked to (a
/// running or animation line given as `measure_code` books the cost there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventImport {
    pub row: usize,
    pub input: crate::event::EventInput,
    pub measure_code: Option<String>,
    pub budget_code: Option<String>,
}

/// A plan row: the priority and measure it sets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanImport {
    pub row: usize,
    pub entry: crate::strategy::PlanEntry,
}

/// What a file brought in, by kind, each record with the row (or rows) it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportRecords {
    Plan(Vec<PlanImport>),
    Calls(Vec<CallImport>),
    Projects(Vec<ProjectImport>),
    Payments(Vec<PaymentImport>),
    Events(Vec<EventImport>),
}
