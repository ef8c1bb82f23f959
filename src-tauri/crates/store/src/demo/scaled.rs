//! Generated LAGs of any number, for benchmarks: `scale` typical LAGs. Scale 1 is one
//! strategy with 3 priorities, 8 measures (6 project measures, a running and an animation line),
//! 30 calls, 600 applications of which about 150 are funded, about 500 payment claims, 300
//! events, 100 meetings, 30 members and 200 applicants; scale N has N such strategies with
//! their records in one database, as a national network's would be kept together (scale 100 is
//! about 50 large LAGs). Project numbers are unique in the whole database, so a paying agency's
//! file of payments for the network names each project once.
//!
//! Every record goes through the same transaction-level functions as the window's, so every
//! check, fund split and audit row is there as if typed in. The figures come from a seeded
//! generator: the same scale and seed always give the same records (their ids and timestamps
//! aside). Dates are set against a fixed "today", [`TODAY`], so that no record lies in the
//! future of another run.

use chrono::{NaiveDate, TimeDelta};
use lagdesk_domain::{
    AgendaItemInput, ApplicantInput, ApplicantKind, BoardTerm, Bp, CallInput, CallMeasure,
    CallStatus, EventInput, EventKind, GroupCount, IndicatorInput, IndicatorSource, MeasureInput,
    MeasureKind, MeetingInput, MeetingKind, MemberInput, MemberKind, Money, ParticipantGroup,
    PaymentClaimInput, PriorityInput, ProjectInput, ProjectStatus, Quantity, Sector, StrategyInput,
    StrategyStatus,
};
use rusqlite::Transaction;

use super::projects::{date, insert_along, part, path_to, plus};
use super::{running_line, spread, PROJECT_YEARS};
use crate::applicants::insert_applicant;
use crate::calls::insert_call;
use crate::error::{Result, StoreError};
use crate::events::insert_event;
use crate::indicators::insert_indicator;
use crate::meetings::{insert_agenda_item, insert_meeting};
use crate::members::insert_member;
use crate::projects::insert_claim;
use crate::strategy::insert_strategy;
use crate::structure::{insert_measure, insert_priority};
use crate::Store;

use ProjectStatus::*;

/// The day the generated LAG is seen from: calls after it are still open, nothing happens after.
pub const TODAY: &str = "2026-12-01";
/// The largest scale generated: a few hundred LAGs, far beyond any national network.
pub const MAX_SCALE: u32 = 1000;

const CALLS: u64 = 30;
const APPLICATIONS_PER_CALL: u64 = 20;
const APPLICANTS: usize = 200;
const EVENTS: u64 = 300;
const MEETINGS: u64 = 100;
const MEMBERS: usize = 30;
const BOARD: usize = 9;

/// A small, fast generator (SplitMix64): the same seed gives the same numbers everywhere.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = u64::try_from(high - low + 1).unwrap_or(1).max(1);
        low + i64::try_from(self.next() % span).unwrap_or(0)
    }

    /// True with the chance `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let len = u64::try_from(items.len()).unwrap_or(1).max(1);
        &items[usize::try_from(self.next() % len).unwrap_or(0)]
    }
}

#[rustfmt::skip]
const PLACES: [&str; 24] = [
    "Alanta", "Balninkai", "Giedraičiai", "Joniškis", "Videniškiai", "Luokesa", "Dubingiai",
    "Inturkė", "Suginčiai", "Mindūnai", "Čiulėnai", "Kirdeikiai", "Daugailiai", "Tauragnai",
    "Salakas", "Kazitiškis", "Rimšė", "Dūkštas", "Ceikiniai", "Vidiškiai", "Dusetos", "Antalieptė",
    "Zarasai", "Stelmužė",
];
#[rustfmt::skip]
const SURNAMES: [&str; 12] = [
    "Petraitis", "Kazlauskas", "Žukauskas", "Stankevičius", "Vaitkus", "Urbonas", "Jankauskas",
    "Butkus", "Paulauskas", "Balčiūnas", "Navickas", "Rimkus",
];
#[rustfmt::skip]
const PRIORITY_TITLES: [&str; 3] = [
    "Vietos ekonomikos stiprinimas ir darbo vietų kūrimas",
    "Bendruomenių ir gyvenamosios aplinkos gerinimas",
    "Jaunimo įtrauktis ir kultūros paveldas",
];
#[rustfmt::skip]
const MEASURE_TITLES: [&str; 6] = [
    "Ūkio ir verslo plėtra", "Trumpųjų maisto tiekimo grandinių kūrimas",
    "Bendruomeninių paslaugų plėtra", "Viešosios infrastruktūros sutvarkymas",
    "Jaunimo užimtumo ir verslumo skatinimas", "Kultūros paveldo ir tradicijų išsaugojimas",
];
#[rustfmt::skip]
const PROJECT_TITLES: [&str; 16] = [
    "Medienos dirbtuvės plėtra", "Kaimo turizmo sodybos atnaujinimas", "Amatų dirbtuvių įkūrimas",
    "Ūkio produktų perdirbimo cechas", "Vietos produktų turgelis", "Uogų perdirbimo linija",
    "Bendruomenės namų pritaikymas senjorams", "Vaikų dienos centro įrengimas",
    "Bendruomenės sporto aikštelė", "Pažintinis pėsčiųjų takas", "Baidarių maršrutų infrastruktūra",
    "Jaunimo verslumo stovykla", "Atvira jaunimo erdvė", "Senųjų amatų mokykla",
    "Etnografinės sodybos tvarkymas", "Krašto istorijos leidinys",
];
#[rustfmt::skip]
const EVENT_TITLES: [(EventKind, &str); 8] = [
    (EventKind::BoardMeeting, "Valdybos posėdis"),
    (EventKind::GeneralMeeting, "Visuotinis narių susirinkimas"),
    (EventKind::Training, "Mokymai pareiškėjams"),
    (EventKind::Seminar, "Seminaras apie vietos produktus"),
    (EventKind::Information, "Kvietimo pristatymas"),
    (EventKind::StudyVisit, "Pažintinis vizitas pas kaimynus"),
    (EventKind::Consultation, "Konsultacijų diena"),
    (EventKind::Conference, "Krašto konferencija"),
];

/// What [`Store::load_scaled`] made: its strategies' ids and codes, one per typical LAG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub strategies: Vec<(String, String)>,
}

/// One group of records the size of a typical LAG: its plan, applicants, members and boards.
struct Unit {
    number: u32,
    project_measures: Vec<(String, i64, i64, i64)>,
    running_id: String,
    animation_id: String,
}

impl Store {
    /// Writes a generated network of `scale` typical LAGs' strategies (see the module's doc) in
    /// one transaction and returns them. `seed` picks the figures; the same scale and seed
    /// give the same records. The organisation profile is filled when there is none.
    pub fn load_scaled(&mut self, scale: u32, seed: u64) -> Result<Generated> {
        if !(1..=MAX_SCALE).contains(&scale) {
            return Err(StoreError::Invalid(lagdesk_domain::Invalid(vec![
                lagdesk_domain::FieldProblem::new(
                    "scale",
                    "out-of-range",
                    format!("must be between 1 and {MAX_SCALE}"),
                ),
            ])));
        }
        let has_organisation = self.organisation()?.is_some();
        let mut dice = Dice(seed);
        let generated = self.write(|tx| {
            let mut strategies = Vec::new();
            for u in 1..=scale {
                let plan: Vec<i64> = (0..6).map(|_| dice.between(50, 120) * 10_000).collect();
                let code = format!("GEN-{seed}-{u}");
                let strategy_id = insert_strategy(tx, &strategy(&code, u, &plan))?;
                let unit = plan_unit(tx, &strategy_id, u, &plan, &mut dice)?;
                fill_unit(tx, &strategy_id, &unit, &mut dice)?;
                strategies.push((strategy_id, code));
            }
            Ok(Generated { strategies })
        })?;
        if !has_organisation {
            self.save_organisation(&lagdesk_domain::Organisation {
                name: format!("Generated LAG network ×{scale}"),
                legal_code: "300000000".into(),
                country: "Lietuva".into(),
                region: "Utenos apskritis".into(),
                address: "Ežerų g. 7, Žalioji".into(),
            })?;
        }
        Ok(generated)
    }
}

/// The strategy of LAG `unit`, its envelope the plan's measures and running lines (see
/// [`plan_unit`]).
fn strategy(code: &str, unit: u32, plan: &[i64]) -> StrategyInput {
    let envelope_euros = plan.iter().sum::<i64>() * 99 / 80;
    StrategyInput {
        code: code.into(),
        title: format!("Generated LAG {unit}: local development strategy 2023–2029"),
        start_year: 2023,
        end_year: 2029,
        status: StrategyStatus::Implementing,
        envelope: Money(envelope_euros * 100),
        running_cap: Bp(2000),
        funding_sources: super::funding_sources(),
    }
}

/// Writes the unit's priorities and measures: 6 project measures of `plan` euros each, and
/// running and animation lines of 15 % and 4 % of the whole (under the 20 % cap).
fn plan_unit(
    tx: &Transaction<'_>,
    strategy_id: &str,
    number: u32,
    plan: &[i64],
    dice: &mut Dice,
) -> Result<Unit> {
    let mut project_measures = Vec::new();
    for (p, title) in (1..).zip(PRIORITY_TITLES) {
        let priority_id = insert_priority(
            tx,
            strategy_id,
            &PriorityInput {
                code: p.to_string(),
                title: title.into(),
            },
        )?;
        for m in 0..2 {
            let index = (p - 1) * 2 + m;
            let euros = plan[index];
            let grant = dice.between(2, 8) * 5_000;
            let intensity = dice.between(50, 95) * 100;
            let input = MeasureInput {
                priority_id: Some(priority_id.clone()),
                code: format!("LEADER-{p}.{}", m + 1),
                title: MEASURE_TITLES[index].into(),
                kind: MeasureKind::Project,
                allocation: Money(euros * 100),
                planned_projects: Some((euros / grant).max(1)),
                max_intensity: Some(Bp(intensity)),
                max_grant: Some(Money(grant * 100)),
                yearly: spread(euros, 2024, &PROJECT_YEARS),
            };
            let id = insert_measure(tx, strategy_id, &input)?;
            project_measures.push((id, euros, grant * 100, intensity));
        }
    }
    let total: i64 = plan.iter().sum();
    let running = running_line(
        "LEADER-VEIK",
        "VVG veiklos išlaidos",
        MeasureKind::Running,
        total * 15 / 80,
    );
    let animation = running_line(
        "LEADER-AKT",
        "Teritorijos gyventojų aktyvinimas",
        MeasureKind::Animation,
        total * 4 / 80,
    );
    Ok(Unit {
        number,
        project_measures,
        running_id: insert_measure(tx, strategy_id, &running)?,
        animation_id: insert_measure(tx, strategy_id, &animation)?,
    })
}

/// `days` after `start` (before it when negative).
fn after(start: NaiveDate, days: i64) -> NaiveDate {
    start
        .checked_add_signed(TimeDelta::days(days))
        .unwrap_or(start)
}

fn fill_unit(tx: &Transaction<'_>, strategy_id: &str, unit: &Unit, dice: &mut Dice) -> Result<()> {
    indicators(tx, strategy_id)?;
    let applicants = applicants(tx, unit, dice)?;
    let mut calls = Vec::new();
    for k in 0..CALLS {
        calls.push(call(tx, strategy_id, unit, k, &applicants, dice)?);
    }
    events(tx, unit, dice)?;
    meetings(tx, unit, &calls, dice)
}

fn indicators(tx: &Transaction<'_>, strategy_id: &str) -> Result<()> {
    let list = [
        (
            "R1",
            "Sukurtos darbo vietos",
            "vnt.",
            25,
            IndicatorSource::JobsCreated,
        ),
        (
            "R2",
            "Įgyvendinti vietos projektai",
            "vnt.",
            110,
            IndicatorSource::ProjectsCompleted,
        ),
        (
            "R3",
            "Pasirašytos projektų sutartys",
            "vnt.",
            150,
            IndicatorSource::ProjectsContracted,
        ),
        (
            "R4",
            "Aktyvinimo renginių dalyviai",
            "asm.",
            4000,
            IndicatorSource::Manual,
        ),
    ];
    for (code, name, unit_name, target, source) in list {
        let input = IndicatorInput {
            measure_id: None,
            code: code.into(),
            name: name.into(),
            unit: unit_name.into(),
            baseline: Quantity(0),
            target: Quantity::count(target),
            source,
        };
        insert_indicator(tx, strategy_id, &input)?;
    }
    Ok(())
}

fn applicants(
    tx: &Transaction<'_>,
    unit: &Unit,
    dice: &mut Dice,
) -> Result<Vec<(String, ApplicantKind)>> {
    (0..APPLICANTS)
        .map(|i| {
            let place = *dice.pick(&PLACES);
            let surname = *dice.pick(&SURNAMES);
            let kind = ApplicantKind::ALL[i % ApplicantKind::ALL.len()];
            let name = match kind {
                ApplicantKind::Ngo => format!("Asociacija „{place} {i}“"),
                ApplicantKind::Community => format!("{place} bendruomenė Nr. {i}"),
                ApplicantKind::Municipality => format!("{place} seniūnija {i}"),
                ApplicantKind::Business => format!("UAB „{surname} ir partneriai {i}“"),
                ApplicantKind::Farmer => format!("Ūkininkas {i} {surname}"),
                ApplicantKind::Person => format!("Asmuo {i} {surname}"),
            };
            let input = ApplicantInput {
                name: format!("{name} ({})", unit.number),
                kind,
                code: if kind == ApplicantKind::Person {
                    String::new()
                } else {
                    format!("30{:07}", dice.between(0, 9_999_999))
                },
                municipality: format!("{place} sav."),
                eldership: format!("{place} sen."),
            };
            insert_applicant(tx, &input).map(|id| (id, kind))
        })
        .collect()
}

/// Call `k` of the unit, every 45 days from May 2023 (the last still open on [`TODAY`]), with
/// its 20 applications and what became of them; returns the call's id.
fn call(
    tx: &Transaction<'_>,
    strategy_id: &str,
    unit: &Unit,
    k: u64,
    applicants: &[(String, ApplicantKind)],
    dice: &mut Dice,
) -> Result<String> {
    let today = date(TODAY);
    let opens = after(
        date("2023-05-01"),
        i64::try_from(k * 45 + u64::from(unit.number % 5)).unwrap_or(0),
    );
    let closes = after(opens, 42);
    let status = if closes >= today {
        CallStatus::Open
    } else if closes >= after(today, -60) {
        CallStatus::Closed
    } else {
        CallStatus::Evaluated
    };
    let first = usize::try_from(k % 6).unwrap_or(0);
    let count = 1 + usize::try_from(k % 3).unwrap_or(0);
    let measures: Vec<_> = (0..count)
        .map(|i| &unit.project_measures[(first + i) % 6])
        .collect();
    let year = opens.format("%Y");
    let input = CallInput {
        number: format!("{year}-{}", k + 1),
        title: format!("Kvietimas Nr. {}: {}", k + 1, MEASURE_TITLES[first]),
        opens_at: format!("{}T09:00", opens.format("%Y-%m-%d")),
        closes_at: format!("{}T16:00", closes.format("%Y-%m-%d")),
        status,
        measures: measures
            .iter()
            .map(|(id, euros, _, _)| CallMeasure {
                measure_id: id.clone(),
                available: Money(euros * 100 / 5),
                max_grant: None,
                max_intensity: None,
            })
            .collect(),
    };
    let call_id = insert_call(tx, strategy_id, &input)?;
    for a in 0..APPLICATIONS_PER_CALL {
        let (measure_id, _, grant, intensity) = measures[usize::try_from(a).unwrap_or(0) % count];
        let submitted = after(opens, dice.between(1, 41)).min(after(today, -1));
        let target = fate(status, (today - submitted).num_days(), dice);
        let (applicant_id, kind) = dice.pick(applicants);
        let full = grant * 10_000 / intensity;
        let eligible = dice.between(full * 40 / 100, full * 130 / 100);
        let requested = part(eligible, *intensity).min(Money(*grant));
        let funded = path_to(target).iter().any(|(s, _)| *s == Approved);
        let awarded = funded.then(|| {
            if dice.chance(30) {
                part(requested.0, 9_500)
            } else {
                requested
            }
        });
        let contracted = after(submitted, 120);
        let business = matches!(kind, ApplicantKind::Business | ApplicantKind::Farmer);
        let project = ProjectInput {
            // Unique in the database, not only in the strategy: payment files name no strategy.
            number: format!(
                "VVG{:02}-LEADER-{year}-{:03}",
                unit.number,
                k * APPLICATIONS_PER_CALL + a + 1
            ),
            title: format!("{} ({})", dice.pick(&PROJECT_TITLES), dice.pick(&PLACES)),
            applicant_id: applicant_id.clone(),
            call_id: Some(call_id.clone()),
            measure_id: measure_id.clone(),
            submitted_on: submitted.format("%Y-%m-%d").to_string(),
            eligible_cost: Money(eligible),
            requested_aid: requested,
            awarded_aid: awarded,
            jobs_created: (funded && business).then(|| dice.between(1, 3)),
            implementation_end: funded.then(|| plus(contracted, 540)),
            confirm_warnings: true,
        };
        let id = insert_along(tx, strategy_id, &project, target, submitted)?;
        if let Some(awarded) = awarded {
            claims(tx, &id, target, awarded, contracted, dice)?;
        }
    }
    Ok(call_id)
}

/// What became of an application `age` days old in a call at `status`: about 28 % of the
/// decided ones are funded, and the older a funded project the further along it is.
fn fate(status: CallStatus, age: i64, dice: &mut Dice) -> ProjectStatus {
    match status {
        CallStatus::Open => {
            if dice.chance(30) {
                Admissible
            } else {
                Submitted
            }
        }
        CallStatus::Evaluated if dice.chance(28) => {
            let reached: Vec<ProjectStatus> = [Approved, Contracted, Implementing, Completed]
                .into_iter()
                .filter(|s| path_to(*s).last().is_some_and(|(_, d)| *d as i64 <= age))
                .collect();
            if age > 300 && dice.chance(6) {
                Terminated
            } else if reached.len() == 4 && dice.chance(50) {
                Completed
            } else {
                reached
                    .iter()
                    .rev()
                    .find(|s| **s != Completed)
                    .copied()
                    .unwrap_or(Selected)
            }
        }
        CallStatus::Evaluated => *dice.pick(&[
            Rejected,
            Rejected,
            Rejected,
            Reserve,
            Reserve,
            Inadmissible,
            Withdrawn,
        ]),
        _ => *dice.pick(&[Admissible, Admissible, Inadmissible, Evaluated]),
    }
}

/// Payment claims as a project at `status` has them by [`TODAY`]: completed projects paid in
/// full in four claims, implementing ones three paid and a fourth awaited, contracted ones
/// sometimes a first one awaited.
fn claims(
    tx: &Transaction<'_>,
    project_id: &str,
    status: ProjectStatus,
    awarded: Money,
    contracted: NaiveDate,
    dice: &mut Dice,
) -> Result<()> {
    let quarter = part(awarded.0, 2_500);
    let plan: Vec<(Money, bool)> = match status {
        Completed => vec![
            (quarter, true),
            (quarter, true),
            (quarter, true),
            (awarded - quarter - quarter - quarter, true),
        ],
        Implementing => vec![
            (quarter, true),
            (quarter, true),
            (quarter, true),
            (quarter, false),
        ],
        Contracted if dice.chance(50) => vec![(quarter, false)],
        Terminated => vec![(quarter, true)],
        _ => vec![],
    };
    let today = date(TODAY);
    for (n, (claimed, paid)) in (1..).zip(plan) {
        let submitted = after(contracted, 30 + n * dice.between(60, 100));
        let paid_on = after(submitted, dice.between(20, 60));
        if submitted >= today {
            break;
        }
        let paid = paid && paid_on < today;
        let input = PaymentClaimInput {
            number: format!("MP-{n}"),
            submitted_on: submitted.format("%Y-%m-%d").to_string(),
            claimed,
            paid: paid.then_some(claimed),
            paid_on: paid.then(|| paid_on.format("%Y-%m-%d").to_string()),
        };
        insert_claim(tx, project_id, &input)?;
    }
    Ok(())
}

/// 300 events from January 2023 to November 2026, two in three with a cost on the running
/// (the LAG's own meetings) or animation line.
fn events(tx: &Transaction<'_>, unit: &Unit, dice: &mut Dice) -> Result<()> {
    let start = date("2023-01-10");
    for i in 0..EVENTS {
        let on = after(
            start,
            i64::try_from(i * 1420 / EVENTS).unwrap_or(0) + i64::from(unit.number % 3),
        );
        let (kind, title) = *dice.pick(&EVENT_TITLES);
        let place = *dice.pick(&PLACES);
        let participants = dice.between(8, 120);
        let women = dice.between(0, participants);
        let groups = [
            ParticipantGroup::Communities,
            ParticipantGroup::Businesses,
            ParticipantGroup::Youth,
            ParticipantGroup::Seniors,
        ];
        let by_group = vec![GroupCount {
            group: *dice.pick(&groups),
            count: dice.between(0, participants),
        }];
        let own = matches!(kind, EventKind::BoardMeeting | EventKind::GeneralMeeting);
        let costed = dice.chance(66);
        let input = EventInput {
            kind,
            title: format!("{title}: {place}"),
            starts_at: format!("{}T{:02}:00", on.format("%Y-%m-%d"), dice.between(9, 17)),
            ends_at: None,
            place: format!("{place}, bendruomenės namai"),
            organiser: String::new(),
            description: String::new(),
            participants,
            by_group,
            women: Some(women),
            men: Some(participants - women),
            cost: costed.then(|| Money(dice.between(50, 1500) * 100)),
            cost_measure_id: costed.then(|| {
                if own {
                    unit.running_id.clone()
                } else {
                    unit.animation_id.clone()
                }
            }),
            measure_id: None,
            project_id: None,
            cooperation_id: None,
        };
        insert_event(tx, &input)?;
    }
    Ok(())
}

/// 30 members (a board of nine, three from each sector) and 100 meetings from January 2023,
/// every fortnight: boards, a selection committee on the calls and a yearly general assembly.
fn meetings(tx: &Transaction<'_>, unit: &Unit, calls: &[String], dice: &mut Dice) -> Result<()> {
    let mut members = Vec::new();
    for i in 0..MEMBERS {
        let sector = Sector::ALL[i % 3];
        let input = MemberInput {
            name: format!("{} narys {i} ({})", dice.pick(&PLACES), unit.number),
            kind: if i % 4 == 3 {
                MemberKind::Person
            } else {
                MemberKind::Organisation
            },
            sector,
            contact: String::new(),
            joined_on: "2015-03-12".into(),
            left_on: None,
            applicant_ids: vec![],
            board_terms: if i < BOARD {
                vec![BoardTerm {
                    starts_on: "2023-01-01".into(),
                    ends_on: None,
                }]
            } else {
                vec![]
            },
        };
        members.push(insert_member(tx, &input)?);
    }
    let start = date("2023-01-15");
    for i in 0..MEETINGS {
        let held = after(start, i64::try_from(i * 14).unwrap_or(0));
        let kind = if i % 26 == 7 {
            MeetingKind::GeneralAssembly
        } else if i % 5 == 2 {
            MeetingKind::SelectionCommittee
        } else {
            MeetingKind::Board
        };
        let body = if kind == MeetingKind::GeneralAssembly {
            &members[..]
        } else {
            &members[..BOARD]
        };
        let absent = usize::try_from(dice.next() % 3).unwrap_or(0);
        let input = MeetingInput {
            kind,
            number: format!("{}-{}-{}", unit.number, held.format("%Y"), i + 1),
            held_on: held.format("%Y-%m-%d").to_string(),
            place: format!("{}, VVG biuras", dice.pick(&PLACES)),
            online: dice.chance(10),
            attendee_ids: body[absent..].to_vec(),
        };
        let meeting = insert_meeting(tx, &input)?;
        let call_id = (kind == MeetingKind::SelectionCommittee)
            .then(|| calls[usize::try_from(i / 5).unwrap_or(0) % calls.len()].clone());
        let titles: [(&str, Option<String>); 2] = [
            ("Dėl kvietimo vietos projektų atrankos", call_id),
            ("Dėl VVG veiklos ataskaitos", None),
        ];
        for (title, call_id) in titles {
            let item = AgendaItemInput {
                title: title.into(),
                project_id: None,
                call_id,
            };
            insert_agenda_item(tx, &meeting, &item)?;
        }
    }
    Ok(())
}

/// The kinds of records a LAG keeps, as `(table, label)`, in the order [`Store::record_counts`]
/// gives them.
const COUNTED: [(&str, &str); 10] = [
    ("strategy", "strategies"),
    ("measure", "measures"),
    ("call", "calls"),
    ("applicant", "applicants"),
    ("project", "applications"),
    ("payment_claim", "payment claims"),
    ("event", "events"),
    ("meeting", "meetings"),
    ("member", "members"),
    ("audit_log", "audit entries"),
];

impl Store {
    /// How many records of each kind the database holds, with the funded projects (approved or
    /// further) after the applications.
    pub fn record_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        let mut counts = Vec::new();
        for (table, label) in COUNTED {
            let count: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            counts.push((label, count));
            if table == "project" {
                // Funded: committed now, or terminated after its award.
                let funded: Vec<String> = ProjectStatus::COMMITTED
                    .iter()
                    .chain(&[Terminated])
                    .map(|s| format!("'{}'", s.code()))
                    .collect();
                let funded: i64 = self.conn.query_row(
                    &format!(
                        "SELECT count(*) FROM project
                         WHERE awarded_cents IS NOT NULL AND status IN ({})",
                        funded.join(", ")
                    ),
                    [],
                    |r| r.get(0),
                )?;
                counts.push(("funded projects", funded));
            }
        }
        Ok(counts)
    }
}
