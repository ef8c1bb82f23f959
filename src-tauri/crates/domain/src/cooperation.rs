//! Cooperation projects: the LAG working with other LAGs at home and abroad on shared goals.
//! Partners are organisations with a country (ISO 3166 alpha-2, `LT`, `LV`, `EE`, ...) and a
//! role; exactly one leads. Planned results carry their own status; events link to the project.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Partner {
    pub organisation: String,
    /// ISO 3166 alpha-2, upper case.
    pub country: String,
    pub role: String,
    pub lead: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ResultStatus {
    #[default]
    Planned,
    InProgress,
    Achieved,
    Dropped,
}

impl ResultStatus {
    pub const ALL: [ResultStatus; 4] = [
        ResultStatus::Planned,
        ResultStatus::InProgress,
        ResultStatus::Achieved,
        ResultStatus::Dropped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ResultStatus::Planned => "planned",
            ResultStatus::InProgress => "in-progress",
            ResultStatus::Achieved => "achieved",
            ResultStatus::Dropped => "dropped",
        }
    }

    pub fn from_code(code: &str) -> Option<ResultStatus> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlannedResult {
    pub description: String,
    pub status: ResultStatus,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CooperationInput {
    pub code: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub budget: Money,
    pub goals: String,
    pub partners: Vec<Partner>,
    pub results: Vec<PlannedResult>,
}

impl CooperationInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("code", &self.code);
        problems.require("title", &self.title);
        let starts = problems.date("startsOn", &self.starts_on);
        if let Some(ends_on) = &self.ends_on {
            let ends = problems.date("endsOn", ends_on);
            if let (Some(starts), Some(ends)) = (starts, ends) {
                if ends < starts {
                    problems.push(FieldProblem::new(
                        "endsOn",
                        "ends-before-start",
                        "must not be before the start",
                    ));
                }
            }
        }
        if self.budget.0 < 0 {
            problems.push(FieldProblem::new(
                "budget",
                "negative",
                "must not be negative",
            ));
        }
        for (i, p) in self.partners.iter().enumerate() {
            problems.require(&format!("partners.{i}.organisation"), &p.organisation);
            let country = p.country.trim();
            if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
                problems.push(
                    FieldProblem::new(
                        format!("partners.{i}.country"),
                        "not-a-country",
                        format!("'{country}' is not a two-letter country code (LT, LV, EE, ...)"),
                    )
                    .arg("value", country),
                );
            }
        }
        let leads = self.partners.iter().filter(|p| p.lead).count();
        if !self.partners.is_empty() && leads != 1 {
            problems.push(
                FieldProblem::new(
                    "partners",
                    "one-lead",
                    format!("exactly one partner leads the project ({leads} marked)"),
                )
                .arg("leads", leads),
            );
        }
        for (i, r) in self.results.iter().enumerate() {
            problems.require(&format!("results.{i}.description"), &r.description);
        }
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Cooperation {
    pub id: String,
    #[serde(flatten)]
    pub input: CooperationInput,
    #[ts(type = "number")]
    pub events: i64,
    #[ts(type = "number")]
    pub participants: i64,
    /// What the linked events cost.
    pub event_cost: Money,
    #[ts(type = "number")]
    pub documents: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> CooperationInput {
        CooperationInput {
            code: "COOP-1".into(),
            title: "Ežerų krašto amatų keliai".into(),
            starts_on: "2025-05-01".into(),
            ends_on: Some("2027-04-30".into()),
            budget: Money(60_000_00),
            goals: "Bendras amatų maršrutas".into(),
            partners: vec![
                Partner {
                    organisation: "Žaliųjų ežerų krašto VVG".into(),
                    country: "LT".into(),
                    role: "Koordinatorius".into(),
                    lead: true,
                },
                Partner {
                    organisation: "Biedrība „Latgales partnerība“".into(),
                    country: "LV".into(),
                    role: "Partneris".into(),
                    lead: false,
                },
            ],
            results: vec![PlannedResult {
                description: "Amatų maršruto žemėlapis".into(),
                status: ResultStatus::InProgress,
            }],
        }
    }

    #[test]
    fn a_project_with_one_lead_partner_is_valid() {
        assert!(project().validate().is_ok());
    }

    #[test]
    fn two_leads_a_bad_country_and_a_reversed_period_are_refused() {
        let mut p = project();
        p.partners[1].lead = true;
        p.partners[1].country = "Latvia".into();
        p.ends_on = Some("2025-04-30".into());
        let seen: Vec<(String, String)> = p
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        let expected: Vec<(String, String)> = [
            ("endsOn", "ends-before-start"),
            ("partners.1.country", "not-a-country"),
            ("partners", "one-lead"),
        ]
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect();
        assert_eq!(seen, expected);
    }
}
