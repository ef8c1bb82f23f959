//! The LAG as a partnership: its members by sector, their board terms, and the board's
//! composition on a given day, checked against the rule that no interest group, and in practice
//! the public sector, holds more than 49 % of the votes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::problem::{FieldProblem, Invalid, Problems};
use crate::share::Bp;

/// The most of the votes the public sector may hold.
pub const PUBLIC_SECTOR_LIMIT: Bp = Bp(4900);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Sector {
    Public,
    Business,
    #[default]
    Civil,
}

impl Sector {
    pub const ALL: [Sector; 3] = [Sector::Public, Sector::Business, Sector::Civil];

    pub fn code(self) -> &'static str {
        match self {
            Sector::Public => "public",
            Sector::Business => "business",
            Sector::Civil => "civil",
        }
    }

    pub fn from_code(code: &str) -> Option<Sector> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum MemberKind {
    #[default]
    Organisation,
    Person,
}

impl MemberKind {
    pub fn code(self) -> &'static str {
        match self {
            MemberKind::Organisation => "organisation",
            MemberKind::Person => "person",
        }
    }

    pub fn from_code(code: &str) -> Option<MemberKind> {
        [MemberKind::Organisation, MemberKind::Person]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// A period on the board; `ends_on` is `None` while it lasts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BoardTerm {
    pub starts_on: String,
    pub ends_on: Option<String>,
}

impl BoardTerm {
    /// True when `on` (`YYYY-MM-DD`) falls in the term. ISO dates compare as text.
    pub fn covers(&self, on: &str) -> bool {
        self.starts_on.as_str() <= on && self.ends_on.as_deref().is_none_or(|end| on <= end)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MemberInput {
    pub name: String,
    pub kind: MemberKind,
    pub sector: Sector,
    /// Contact person, e-mail or phone, as the coordinator keeps it.
    pub contact: String,
    pub joined_on: String,
    pub left_on: Option<String>,
    /// Applicants the member represents or is linked to: on their projects it must not vote.
    pub applicant_ids: Vec<String>,
    pub board_terms: Vec<BoardTerm>,
}

impl MemberInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("name", &self.name);
        let joined = problems.date("joinedOn", &self.joined_on);
        if let Some(left) = &self.left_on {
            if problems.date("leftOn", left).is_some() && joined.is_some() {
                ends_after_start(&mut problems, "leftOn", &self.joined_on, left);
            }
        }
        let mut terms: Vec<&BoardTerm> = Vec::new();
        for (i, term) in self.board_terms.iter().enumerate() {
            let field = format!("boardTerms.{i}");
            let start = problems.date(&format!("{field}.startsOn"), &term.starts_on);
            let end = match &term.ends_on {
                Some(end) => problems.date(&format!("{field}.endsOn"), end).map(Some),
                None => Some(None),
            };
            if start.is_none() || end.is_none() {
                continue;
            }
            if let Some(end) = &term.ends_on {
                ends_after_start(
                    &mut problems,
                    &format!("{field}.endsOn"),
                    &term.starts_on,
                    end,
                );
            }
            if terms.iter().any(|t| overlaps(t, term)) {
                problems.push(FieldProblem::new(
                    format!("{field}.startsOn"),
                    "terms-overlap",
                    "overlaps another board term of this member",
                ));
            }
            terms.push(term);
        }
        problems.into_result()
    }
}

fn ends_after_start(problems: &mut Problems, field: &str, start: &str, end: &str) {
    if end.trim() < start.trim() {
        problems.push(
            FieldProblem::new(
                field,
                "ends-before-start",
                format!("is before {}", start.trim()),
            )
            .arg("start", start.trim()),
        );
    }
}

fn overlaps(a: &BoardTerm, b: &BoardTerm) -> bool {
    let a_end = a.ends_on.as_deref().unwrap_or("9999-12-31");
    let b_end = b.ends_on.as_deref().unwrap_or("9999-12-31");
    a.starts_on.as_str() <= b_end && b.starts_on.as_str() <= a_end
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub kind: MemberKind,
    pub sector: Sector,
    pub contact: String,
    pub joined_on: String,
    pub left_on: Option<String>,
    pub applicant_ids: Vec<String>,
    pub board_terms: Vec<BoardTerm>,
}

impl Member {
    /// A member of the partnership on `on`.
    pub fn is_member_on(&self, on: &str) -> bool {
        self.joined_on.as_str() <= on && self.left_on.as_deref().is_none_or(|left| on <= left)
    }

    /// On the board on `on`.
    pub fn is_on_board(&self, on: &str) -> bool {
        self.is_member_on(on) && self.board_terms.iter().any(|t| t.covers(on))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SectorCount {
    pub sector: Sector,
    #[ts(type = "number")]
    pub count: i64,
    pub share: Bp,
}

/// How a group of people (the board, or those who voted) splits by sector.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SectorBalance {
    #[ts(type = "number")]
    pub total: i64,
    /// Every sector, in the order public, business, civil.
    pub sectors: Vec<SectorCount>,
    /// True when the public sector holds more than [`PUBLIC_SECTOR_LIMIT`].
    pub public_over_limit: bool,
}

impl SectorBalance {
    pub fn of(sectors: impl IntoIterator<Item = Sector>) -> SectorBalance {
        let all: Vec<Sector> = sectors.into_iter().collect();
        let total = i64::try_from(all.len()).unwrap_or(i64::MAX);
        let sectors: Vec<SectorCount> = Sector::ALL
            .into_iter()
            .map(|sector| {
                let count =
                    i64::try_from(all.iter().filter(|s| **s == sector).count()).unwrap_or(i64::MAX);
                SectorCount {
                    sector,
                    count,
                    share: Bp::ratio(count, total),
                }
            })
            .collect();
        // Compared as counts, not rounded shares: 49 of 100 is allowed, 491 of 1000 is not.
        let public = sectors[0].count;
        SectorBalance {
            total,
            public_over_limit: i128::from(public) * 10_000
                > i128::from(total) * i128::from(PUBLIC_SECTOR_LIMIT.0),
            sectors,
        }
    }
}

/// The board on a day: who sits on it and its sector balance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BoardComposition {
    pub on: String,
    pub member_ids: Vec<String>,
    pub balance: SectorBalance,
}

impl BoardComposition {
    pub fn on(members: &[Member], on: &str) -> BoardComposition {
        let board: Vec<&Member> = members.iter().filter(|m| m.is_on_board(on)).collect();
        BoardComposition {
            on: on.to_owned(),
            member_ids: board.iter().map(|m| m.id.clone()).collect(),
            balance: SectorBalance::of(board.iter().map(|m| m.sector)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(start: &str, end: Option<&str>) -> BoardTerm {
        BoardTerm {
            starts_on: start.into(),
            ends_on: end.map(Into::into),
        }
    }

    fn input(terms: Vec<BoardTerm>) -> MemberInput {
        MemberInput {
            name: "Molėtų r. savivaldybė".into(),
            kind: MemberKind::Organisation,
            sector: Sector::Public,
            contact: String::new(),
            joined_on: "2015-01-01".into(),
            left_on: None,
            applicant_ids: Vec::new(),
            board_terms: terms,
        }
    }

    fn codes(input: &MemberInput) -> Vec<(String, String)> {
        match input.validate() {
            Ok(()) => Vec::new(),
            Err(e) => e.0.into_iter().map(|p| (p.field, p.code)).collect(),
        }
    }

    #[test]
    fn board_terms_must_not_overlap_or_end_before_they_start() {
        let ok = input(vec![
            term("2020-01-01", Some("2023-12-31")),
            term("2024-01-01", None),
        ]);
        assert!(codes(&ok).is_empty());
        let bad = input(vec![
            term("2020-01-01", Some("2019-12-31")),
            term("2020-06-01", None),
            term("2021-01-01", Some("2021-02-01")),
        ]);
        assert_eq!(
            codes(&bad),
            vec![
                ("boardTerms.0.endsOn".into(), "ends-before-start".into()),
                ("boardTerms.2.startsOn".into(), "terms-overlap".into()),
            ]
        );
    }

    #[test]
    fn the_public_sector_may_hold_49_percent_and_not_a_vote_more() {
        let of = |public: usize, others: usize| {
            SectorBalance::of(
                std::iter::repeat_n(Sector::Public, public)
                    .chain(std::iter::repeat_n(Sector::Civil, others)),
            )
        };
        assert!(!of(49, 51).public_over_limit);
        assert!(of(50, 50).public_over_limit);
        // 4 of 9 is 44.44 %; 5 of 9 is 55.56 %.
        assert!(!of(4, 5).public_over_limit);
        assert_eq!(of(4, 5).sectors[0].share, Bp(4444));
        assert!(of(5, 4).public_over_limit);
        assert!(!of(0, 0).public_over_limit);
    }

    #[test]
    fn the_board_on_a_day_counts_only_current_terms_of_current_members() {
        let member = |id: &str, sector: Sector, terms: Vec<BoardTerm>, left: Option<&str>| Member {
            id: id.into(),
            name: id.into(),
            kind: MemberKind::Person,
            sector,
            contact: String::new(),
            joined_on: "2015-01-01".into(),
            left_on: left.map(Into::into),
            applicant_ids: Vec::new(),
            board_terms: terms,
        };
        let members = vec![
            member("a", Sector::Public, vec![term("2020-01-01", None)], None),
            member(
                "b",
                Sector::Business,
                vec![term("2020-01-01", Some("2024-06-30"))],
                None,
            ),
            member(
                "c",
                Sector::Civil,
                vec![term("2020-01-01", None)],
                Some("2024-03-01"),
            ),
            member("d", Sector::Civil, vec![term("2024-07-01", None)], None),
        ];
        let board = BoardComposition::on(&members, "2024-05-15");
        assert_eq!(board.member_ids, vec!["a", "b"]);
        let board = BoardComposition::on(&members, "2024-07-01");
        assert_eq!(board.member_ids, vec!["a", "d"]);
        assert!(board.balance.public_over_limit);
    }
}
