//! Meetings of the board, the general assembly and the selection committee: attendance, agenda
//! items and decisions with each member's vote, and the rules an auditor checks on every decision.
//!
//! - Quorum: more than half of the body (the board on the meeting's day, or every member for the
//!   general assembly) present and not recused on the item.
//! - Sector balance: the public sector holds at most 49 % of those who vote.
//! - Conflicts of interest: a member who declared one, or who is linked to the applicant of the
//!   item's project, does not vote on it.
//!
//! Votes by absent or recused members are errors. A missing quorum or a public sector above 49 %
//! refuses the decision unless the user records why (`override_reason`); the decision then keeps
//! that reason and shows the breach.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::partnership::{Sector, SectorBalance};
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::project::ProjectStatus;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum MeetingKind {
    #[default]
    Board,
    GeneralAssembly,
    SelectionCommittee,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 3] = [
        MeetingKind::Board,
        MeetingKind::GeneralAssembly,
        MeetingKind::SelectionCommittee,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeetingKind::Board => "board",
            MeetingKind::GeneralAssembly => "general-assembly",
            MeetingKind::SelectionCommittee => "selection-committee",
        }
    }

    pub fn from_code(code: &str) -> Option<MeetingKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingInput {
    pub kind: MeetingKind,
    pub number: String,
    pub held_on: String,
    pub place: String,
    pub online: bool,
    /// Members present.
    pub attendee_ids: Vec<String>,
}

impl MeetingInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("number", &self.number);
        problems.date("heldOn", &self.held_on);
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaItemInput {
    pub title: String,
    /// The project the item decides on, when there is one: its applicant's members must recuse.
    pub project_id: Option<String>,
    /// The call whose selection the item decides: a passed decision applies the call's ranking,
    /// and members linked to any of its applicants must recuse.
    pub call_id: Option<String>,
}

impl AgendaItemInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("title", &self.title);
        if self.project_id.is_some() && self.call_id.is_some() {
            problems.push(FieldProblem::new(
                "callId",
                "project-and-call",
                "an item decides on one project or on a call's selection, not both",
            ));
        }
        problems.into_result()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Vote {
    For,
    Against,
    Abstain,
}

impl Vote {
    pub fn code(self) -> &'static str {
        match self {
            Vote::For => "for",
            Vote::Against => "against",
            Vote::Abstain => "abstain",
        }
    }

    pub fn from_code(code: &str) -> Option<Vote> {
        [Vote::For, Vote::Against, Vote::Abstain]
            .into_iter()
            .find(|v| v.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MemberVote {
    pub member_id: String,
    pub vote: Vote,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Recusal {
    pub member_id: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionInput {
    pub text: String,
    pub votes: Vec<MemberVote>,
    pub recusals: Vec<Recusal>,
    /// Why the decision stands although quorum or sector balance fails; empty when it does not.
    pub override_reason: String,
}

/// Who could take part in a decision: the body on the meeting's day, who was present, and who is
/// linked to the applicant of the item's project.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecisionContext {
    /// Members of the body: id, name and sector.
    pub body: Vec<(String, String, Sector)>,
    pub present: Vec<String>,
    /// Members linked to the applicant of the item's project (with the applicant's name).
    pub linked: Vec<(String, String)>,
}

/// The count behind a decision, as the minutes state it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Tally {
    #[ts(type = "number")]
    pub votes_for: i64,
    #[ts(type = "number")]
    pub votes_against: i64,
    #[ts(type = "number")]
    pub abstained: i64,
    /// More votes for than against.
    pub passed: bool,
    #[ts(type = "number")]
    pub body_size: i64,
    /// Present and not recused.
    #[ts(type = "number")]
    pub eligible: i64,
    /// More than half of the body.
    #[ts(type = "number")]
    pub quorum_needed: i64,
    pub quorum_met: bool,
    /// The sectors of those who voted.
    pub voters: SectorBalance,
}

impl DecisionContext {
    fn name(&self, id: &str) -> String {
        self.body
            .iter()
            .find(|(m, _, _)| m == id)
            .map_or_else(|| id.to_owned(), |(_, name, _)| name.clone())
    }

    /// Checks the decision and counts it. Errors name the member; a breach of quorum or
    /// sector balance is an error only while no reason is recorded.
    pub fn tally(&self, input: &DecisionInput) -> Result<Tally, Invalid> {
        let mut problems = Problems::default();
        problems.require("text", &input.text);
        let recused: Vec<&str> = input
            .recusals
            .iter()
            .map(|r| r.member_id.as_str())
            .collect();
        let mut voted: Vec<&str> = Vec::new();
        for v in &input.votes {
            let id = v.member_id.as_str();
            let name = self.name(id);
            let problem = if voted.contains(&id) {
                Some(("voted-twice", format!("{name} voted twice")))
            } else if !self.body.iter().any(|(m, _, _)| m == id)
                || !self.present.iter().any(|p| p == id)
            {
                Some((
                    "voter-not-present",
                    format!("{name} is not a present member of this body"),
                ))
            } else if recused.contains(&id) {
                Some((
                    "recused-voted",
                    format!("{name} declared a conflict of interest and must not vote"),
                ))
            } else if self.linked.iter().any(|(m, _)| m == id) {
                Some((
                    "linked-voted",
                    format!("{name} is linked to the applicant and must recuse"),
                ))
            } else {
                None
            };
            if let Some((code, message)) = problem {
                problems.push(FieldProblem::new("votes", code, message).arg("member", &name));
            }
            voted.push(id);
        }
        if input.votes.is_empty() {
            problems.push(FieldProblem::new(
                "votes",
                "no-votes",
                "record at least one vote",
            ));
        }
        for (member, applicant) in &self.linked {
            let present = self.present.contains(member);
            if present && !recused.contains(&member.as_str()) && !voted.contains(&member.as_str()) {
                let name = self.name(member);
                problems.push(
                    FieldProblem::new(
                        "recusals",
                        "linked-not-recused",
                        format!("{name} is linked to the applicant {applicant} and must declare a conflict of interest"),
                    )
                    .arg("member", &name)
                    .arg("applicant", applicant),
                );
            }
        }
        let tally = self.count(input);
        let (eligible, body_size, quorum_needed) =
            (tally.eligible, tally.body_size, tally.quorum_needed);
        if input.override_reason.trim().is_empty() {
            if !tally.quorum_met {
                problems.push(
                    FieldProblem::new(
                        "overrideReason",
                        "no-quorum",
                        format!(
                            "only {eligible} of {body_size} members can vote; {quorum_needed} are needed (record why to save anyway)"
                        ),
                    )
                    .arg("eligible", eligible)
                    .arg("body", body_size)
                    .arg("needed", quorum_needed),
                );
            }
            if tally.voters.public_over_limit {
                let share = tally.voters.sectors[0].share;
                problems.push(
                    FieldProblem::new(
                        "overrideReason",
                        "public-over-limit",
                        format!(
                            "the public sector holds {share} % of the votes, more than 49 % (record why to save anyway)"
                        ),
                    )
                    .arg("share", share.to_percent_string()),
                );
            }
        }
        problems.into_result().map(|()| tally)
    }

    /// The tally of a decision as recorded, without judging it (for reading stored decisions).
    pub fn count(&self, input: &DecisionInput) -> Tally {
        let recused: Vec<&str> = input
            .recusals
            .iter()
            .map(|r| r.member_id.as_str())
            .collect();
        let votes_of = |vote: Vote| count(input.votes.iter().filter(|v| v.vote == vote));
        let body_size = count(self.body.iter());
        let eligible = count(
            self.present
                .iter()
                .filter(|p| self.body.iter().any(|(m, _, _)| m == *p))
                .filter(|p| !recused.contains(&p.as_str())),
        );
        let quorum_needed = body_size / 2 + 1;
        let voters = SectorBalance::of(input.votes.iter().filter_map(|v| {
            self.body
                .iter()
                .find(|(m, _, _)| *m == v.member_id)
                .map(|(_, _, sector)| *sector)
        }));
        Tally {
            votes_for: votes_of(Vote::For),
            votes_against: votes_of(Vote::Against),
            abstained: votes_of(Vote::Abstain),
            passed: votes_of(Vote::For) > votes_of(Vote::Against),
            body_size,
            eligible,
            quorum_needed,
            quorum_met: eligible >= quorum_needed,
            voters,
        }
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> i64 {
    i64::try_from(items.count()).unwrap_or(i64::MAX)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Decision {
    pub text: String,
    pub votes: Vec<MemberVote>,
    pub recusals: Vec<Recusal>,
    pub override_reason: String,
    pub tally: Tally,
    /// For a call's selection: where the decision moved each project.
    pub moved: Vec<MovedProject>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MovedProject {
    pub project_id: String,
    pub number: String,
    pub status: ProjectStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaItem {
    pub id: String,
    pub meeting_id: String,
    #[ts(type = "number")]
    pub position: i64,
    pub title: String,
    pub project_id: Option<String>,
    pub project_number: Option<String>,
    pub call_id: Option<String>,
    pub call_number: Option<String>,
    pub decision: Option<Decision>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Meeting {
    pub id: String,
    pub kind: MeetingKind,
    pub number: String,
    pub held_on: String,
    pub place: String,
    pub online: bool,
    pub attendee_ids: Vec<String>,
    pub items: Vec<AgendaItem>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A board of 9: 4 public (p1-p4), 3 business (b1-b3), 2 civil (c1, c2).
    fn context(present: &[&str]) -> DecisionContext {
        let body = ["p1", "p2", "p3", "p4", "b1", "b2", "b3", "c1", "c2"]
            .iter()
            .map(|id| {
                let sector = match &id[..1] {
                    "p" => Sector::Public,
                    "b" => Sector::Business,
                    _ => Sector::Civil,
                };
                ((*id).to_owned(), id.to_uppercase(), sector)
            })
            .collect();
        DecisionContext {
            body,
            present: present.iter().map(|p| (*p).to_owned()).collect(),
            linked: Vec::new(),
        }
    }

    fn decision(votes: &[(&str, Vote)], recused: &[&str]) -> DecisionInput {
        DecisionInput {
            text: "Finansuoti projektą".into(),
            votes: votes
                .iter()
                .map(|(m, v)| MemberVote {
                    member_id: (*m).into(),
                    vote: *v,
                })
                .collect(),
            recusals: recused
                .iter()
                .map(|m| Recusal {
                    member_id: (*m).into(),
                    reason: "Atstovauja pareiškėjui".into(),
                })
                .collect(),
            override_reason: String::new(),
        }
    }

    fn codes(result: Result<Tally, Invalid>) -> Vec<String> {
        result.unwrap_err().0.into_iter().map(|p| p.code).collect()
    }

    #[test]
    fn a_quorate_balanced_decision_is_counted() {
        let ctx = context(&["p1", "p2", "b1", "b2", "c1", "c2"]);
        let votes = [
            ("p1", Vote::For),
            ("p2", Vote::Against),
            ("b2", Vote::For),
            ("c1", Vote::For),
            ("c2", Vote::Abstain),
        ];
        // b1 recuses: 5 of 9 can vote, and 5 are needed.
        let tally = ctx.tally(&decision(&votes, &["b1"])).unwrap();
        assert_eq!(
            (
                tally.votes_for,
                tally.votes_against,
                tally.abstained,
                tally.passed
            ),
            (3, 1, 1, true)
        );
        assert_eq!(
            (tally.eligible, tally.quorum_needed, tally.quorum_met),
            (5, 5, true)
        );
        // Public: 2 of 5 voters, 40 %.
        assert!(!tally.voters.public_over_limit);
    }

    #[test]
    fn a_recusal_that_breaks_the_quorum_needs_a_reason() {
        let ctx = context(&["p1", "b1", "b2", "c1", "c2"]);
        let votes = [
            ("b2", Vote::For),
            ("c1", Vote::For),
            ("c2", Vote::For),
            ("p1", Vote::Against),
        ];
        let mut input = decision(&votes, &["b1"]);
        assert_eq!(codes(ctx.tally(&input)), ["no-quorum"]);
        input.override_reason = "Pakartotinis posėdis, kvorumas nereikalingas pagal įstatus".into();
        let tally = ctx.tally(&input).unwrap();
        assert!(!tally.quorum_met);
    }

    #[test]
    fn the_public_sector_above_49_percent_of_voters_needs_a_reason() {
        let ctx = context(&["p1", "p2", "p3", "b1", "c1"]);
        let votes = [
            ("p1", Vote::For),
            ("p2", Vote::For),
            ("p3", Vote::For),
            ("b1", Vote::For),
            ("c1", Vote::For),
        ];
        assert_eq!(
            codes(ctx.tally(&decision(&votes, &[]))),
            ["public-over-limit"]
        );
    }

    #[test]
    fn absent_recused_and_linked_members_must_not_vote() {
        let mut ctx = context(&["p1", "p2", "b1", "b2", "c1", "c2"]);
        ctx.linked = vec![("c2".into(), "Alantos bendruomenė".into())];
        let votes = [
            ("p4", Vote::For),
            ("b1", Vote::For),
            ("c2", Vote::For),
            ("c1", Vote::For),
            ("c1", Vote::Against),
        ];
        assert_eq!(
            codes(ctx.tally(&decision(&votes, &["b1"]))),
            [
                "voter-not-present",
                "recused-voted",
                "linked-voted",
                "voted-twice"
            ]
        );
        // Present, linked and silent is not enough: the conflict must be declared.
        let votes = [
            ("p1", Vote::For),
            ("p2", Vote::For),
            ("b1", Vote::For),
            ("b2", Vote::For),
            ("c1", Vote::For),
        ];
        assert_eq!(
            codes(ctx.tally(&decision(&votes, &[]))),
            ["linked-not-recused"]
        );
        assert!(ctx.tally(&decision(&votes, &["c2"])).is_ok());
    }
}
