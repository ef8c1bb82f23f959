//! Events the LAG organises to animate its territory: trainings, seminars, information days,
//! study visits and the like, with who came (in total, by group and by gender), what they cost
//! (booked to the running or animation budget, so the money view counts it), and what they
//! serve (a measure, a project or a cooperation project).
//!
//! Participant groups overlap (a young farmer is youth and business), so the groups are not
//! required to add up to the total; the women and men counted are.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum EventKind {
    BoardMeeting,
    GeneralMeeting,
    Training,
    Seminar,
    #[default]
    Information,
    StudyVisit,
    Consultation,
    Conference,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::BoardMeeting,
        EventKind::GeneralMeeting,
        EventKind::Training,
        EventKind::Seminar,
        EventKind::Information,
        EventKind::StudyVisit,
        EventKind::Consultation,
        EventKind::Conference,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::BoardMeeting => "board-meeting",
            EventKind::GeneralMeeting => "general-meeting",
            EventKind::Training => "training",
            EventKind::Seminar => "seminar",
            EventKind::Information => "information",
            EventKind::StudyVisit => "study-visit",
            EventKind::Consultation => "consultation",
            EventKind::Conference => "conference",
        }
    }

    pub fn from_code(code: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ParticipantGroup {
    Municipality,
    Communities,
    Ngos,
    Businesses,
    Youth,
    Seniors,
    Other,
}

impl ParticipantGroup {
    pub const ALL: [ParticipantGroup; 7] = [
        ParticipantGroup::Municipality,
        ParticipantGroup::Communities,
        ParticipantGroup::Ngos,
        ParticipantGroup::Businesses,
        ParticipantGroup::Youth,
        ParticipantGroup::Seniors,
        ParticipantGroup::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ParticipantGroup::Municipality => "municipality",
            ParticipantGroup::Communities => "communities",
            ParticipantGroup::Ngos => "ngos",
            ParticipantGroup::Businesses => "businesses",
            ParticipantGroup::Youth => "youth",
            ParticipantGroup::Seniors => "seniors",
            ParticipantGroup::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<ParticipantGroup> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GroupCount {
    pub group: ParticipantGroup,
    #[ts(type = "number")]
    pub count: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EventInput {
    pub kind: EventKind,
    pub title: String,
    /// `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub ends_at: Option<String>,
    pub place: String,
    pub organiser: String,
    pub description: String,
    #[ts(type = "number")]
    pub participants: i64,
    pub by_group: Vec<GroupCount>,
    #[ts(type = "number | null")]
    pub women: Option<i64>,
    #[ts(type = "number | null")]
    pub men: Option<i64>,
    pub cost: Option<Money>,
    /// The running or animation line the cost is booked to.
    pub cost_measure_id: Option<String>,
    pub measure_id: Option<String>,
    pub project_id: Option<String>,
    pub cooperation_id: Option<String>,
}

impl EventInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("title", &self.title);
        let starts = problems.date_time("startsAt", &self.starts_at);
        if let Some(ends_at) = &self.ends_at {
            let ends = problems.date_time("endsAt", ends_at);
            if let (Some(starts), Some(ends)) = (starts, ends) {
                if ends < starts {
                    problems.push(FieldProblem::new(
                        "endsAt",
                        "ends-before-start",
                        "must not be before the start",
                    ));
                }
            }
        }
        let negative = |field: String| FieldProblem::new(field, "negative", "must not be negative");
        if self.participants < 0 {
            problems.push(negative("participants".into()));
        }
        for (i, g) in self.by_group.iter().enumerate() {
            if self.by_group[..i].iter().any(|e| e.group == g.group) {
                problems.push(FieldProblem::new(
                    format!("byGroup.{i}.group"),
                    "group-twice",
                    "is counted twice",
                ));
            }
            if g.count < 0 {
                problems.push(negative(format!("byGroup.{i}.count")));
            } else if self.participants >= 0 && g.count > self.participants {
                problems.push(
                    FieldProblem::new(
                        format!("byGroup.{i}.count"),
                        "group-above-total",
                        format!("is more than the {} participants", self.participants),
                    )
                    .arg("total", self.participants),
                );
            }
        }
        for (field, count) in [("women", self.women), ("men", self.men)] {
            if count.is_some_and(|c| c < 0) {
                problems.push(negative(field.into()));
            }
        }
        let counted = self.women.unwrap_or(0).max(0) + self.men.unwrap_or(0).max(0);
        if self.participants >= 0 && counted > self.participants {
            problems.push(
                FieldProblem::new(
                    "women",
                    "gender-above-total",
                    format!(
                        "women and men together ({counted}) are more than the {} participants",
                        self.participants
                    ),
                )
                .arg("counted", counted)
                .arg("total", self.participants),
            );
        }
        match (self.cost, &self.cost_measure_id) {
            (Some(cost), _) if cost.0 < 0 => problems.push(negative("cost".into())),
            (Some(cost), None) if cost.0 > 0 => problems.push(FieldProblem::new(
                "costMeasureId",
                "budget-line-required",
                "choose the running or animation line the cost is booked to",
            )),
            _ => {}
        }
        problems.into_result()
    }

    /// `YYYY-MM-DD` of the start, once valid.
    pub fn day(&self) -> &str {
        self.starts_at.get(..10).unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Event {
    pub id: String,
    #[serde(flatten)]
    pub input: EventInput,
    pub cost_measure_code: Option<String>,
    pub measure_code: Option<String>,
    pub project_number: Option<String>,
    pub cooperation_code: Option<String>,
    #[ts(type = "number")]
    pub documents: i64,
}

/// Events and participants of one kind in a period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EventKindTotal {
    pub kind: EventKind,
    #[ts(type = "number")]
    pub events: i64,
    #[ts(type = "number")]
    pub participants: i64,
    pub cost: Money,
}

/// The totals of the events between two days (both included): by kind, by group and by gender.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EventTotals {
    pub from: String,
    pub to: String,
    pub by_kind: Vec<EventKindTotal>,
    pub by_group: Vec<GroupCount>,
    #[ts(type = "number")]
    pub events: i64,
    #[ts(type = "number")]
    pub participants: i64,
    #[ts(type = "number")]
    pub women: i64,
    #[ts(type = "number")]
    pub men: i64,
    pub cost: Money,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seminar() -> EventInput {
        EventInput {
            kind: EventKind::Seminar,
            title: "Vietos produktų ženklinimo seminaras".into(),
            starts_at: "2026-03-12T10:00".into(),
            ends_at: Some("2026-03-12T15:00".into()),
            place: "Alantos bendruomenės namai".into(),
            organiser: "VVG".into(),
            participants: 30,
            by_group: vec![
                GroupCount {
                    group: ParticipantGroup::Businesses,
                    count: 12,
                },
                GroupCount {
                    group: ParticipantGroup::Youth,
                    count: 8,
                },
            ],
            women: Some(18),
            men: Some(12),
            ..EventInput::default()
        }
    }

    fn fields(input: &EventInput) -> Vec<(String, String)> {
        input
            .validate()
            .map_or_else(|e| e.0, |()| Vec::new())
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect()
    }

    #[test]
    fn a_full_event_is_valid_and_groups_may_overlap() {
        assert!(fields(&seminar()).is_empty());
    }

    #[test]
    fn an_event_that_ends_before_it_starts_or_counts_badly_is_refused() {
        let mut e = seminar();
        e.ends_at = Some("2026-03-12T09:00".into());
        e.by_group[1].count = -1;
        e.by_group.push(GroupCount {
            group: ParticipantGroup::Businesses,
            count: 31,
        });
        e.men = Some(13);
        e.cost = Some(Money(120_00));
        let seen = fields(&e);
        let expected: Vec<(String, String)> = [
            ("endsAt", "ends-before-start"),
            ("byGroup.1.count", "negative"),
            ("byGroup.2.group", "group-twice"),
            ("byGroup.2.count", "group-above-total"),
            ("women", "gender-above-total"),
            ("costMeasureId", "budget-line-required"),
        ]
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn a_negative_participant_count_is_refused() {
        let mut e = seminar();
        e.participants = -5;
        e.by_group.clear();
        e.women = None;
        e.men = None;
        assert_eq!(
            fields(&e),
            [("participants".to_owned(), "negative".to_owned())]
        );
    }
}
