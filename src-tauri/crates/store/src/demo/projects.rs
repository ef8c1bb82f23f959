//! The demo LAG's calls, applicants, applications, payment claims and indicators: five calls from
//! 2024 to an open one in 2026, 61 applications in every status, about 30 funded projects with
//! claims, and five indicators with targets.
//! Generated from fixed tables and arithmetic, so every run gives the same figures.

use chrono::{Days, NaiveDate};
use lagdesk_domain::{
    ApplicantInput, ApplicantKind, CallInput, CallMeasure, CallStatus, IndicatorInput,
    IndicatorSource, IndicatorValue, Measure, Money, PaymentClaimInput, ProjectInput,
    ProjectStatus, Quantity,
};
use rusqlite::Transaction;

use crate::applicants::insert_applicant;
use crate::calls::insert_call;
use crate::error::Result;
use crate::indicators::{insert_indicator, insert_indicator_value};
use crate::projects::{insert_claim, insert_project, move_project};

use ProjectStatus::*;

struct DemoCall {
    number: &'static str,
    title: &'static str,
    opens_at: &'static str,
    closes_at: &'static str,
    status: CallStatus,
    /// (measure code, available euros, the final status of each application)
    measures: &'static [(&'static str, i64, &'static [ProjectStatus])],
}

#[rustfmt::skip]
const CALLS: [DemoCall; 5] = [
    DemoCall {
        number: "2024-1", title: "Kvietimas Nr. 1: ūkio ir verslo plėtra",
        opens_at: "2024-02-01T09:00", closes_at: "2024-03-29T16:00", status: CallStatus::Evaluated,
        measures: &[
            ("LEADER-SAVA-1.1", 600_000, &[Completed, Completed, Implementing, Implementing, Contracted, Rejected, Reserve, Withdrawn, Inadmissible]),
            ("LEADER-SAVA-1.2", 250_000, &[Completed, Implementing, Contracted, Rejected, Reserve, Terminated]),
        ],
    },
    DemoCall {
        number: "2024-2", title: "Kvietimas Nr. 2: bendruomenės ir paveldas",
        opens_at: "2024-05-06T09:00", closes_at: "2024-06-28T16:00", status: CallStatus::Evaluated,
        measures: &[
            ("LEADER-SAVA-2.1", 350_000, &[Completed, Implementing, Implementing, Contracted, Contracted, Rejected, Withdrawn, Inadmissible]),
            ("LEADER-SAVA-2.2", 200_000, &[Completed, Implementing, Contracted, Reserve, Rejected, Withdrawn]),
        ],
    },
    DemoCall {
        number: "2025-1", title: "Kvietimas Nr. 3: turizmas ir jaunimas",
        opens_at: "2025-03-03T09:00", closes_at: "2025-04-30T16:00", status: CallStatus::Evaluated,
        measures: &[
            ("LEADER-SAVA-1.3", 300_000, &[Implementing, Implementing, Contracted, Contracted, Reserve, Rejected, Inadmissible]),
            ("LEADER-SAVA-3.1", 150_000, &[Implementing, Contracted, Contracted, Rejected, Reserve, Withdrawn]),
        ],
    },
    DemoCall {
        number: "2025-2", title: "Kvietimas Nr. 4: verslas ir paslaugos",
        opens_at: "2025-09-01T09:00", closes_at: "2025-10-31T16:00", status: CallStatus::Evaluated,
        // Scored and decided by the selection committee (see `selection`).
        measures: &[
            ("LEADER-SAVA-1.1", 250_000, &[Admissible, Admissible, Admissible, Admissible, Admissible, Admissible]),
            ("LEADER-SAVA-2.1", 120_000, &[Admissible, Admissible, Admissible, Admissible, Inadmissible]),
        ],
    },
    DemoCall {
        number: "2026-1", title: "Kvietimas Nr. 5: trumposios grandinės, paveldas ir jaunimas",
        opens_at: "2026-11-02T09:00", closes_at: "2026-12-18T16:00", status: CallStatus::Open,
        measures: &[
            ("LEADER-SAVA-1.2", 150_000, &[Admissible, Submitted, Submitted]),
            ("LEADER-SAVA-2.2", 120_000, &[Admissible, Submitted, Submitted]),
            ("LEADER-SAVA-3.1", 80_000, &[Submitted, Submitted]),
        ],
    },
];

#[rustfmt::skip]
const APPLICANTS: [(&str, ApplicantKind, &str, &str); 24] = [
    ("Alantos bendruomenė", ApplicantKind::Community, "Molėtų r. sav.", "Alantos sen."),
    ("Balninkų kaimo bendruomenė", ApplicantKind::Community, "Molėtų r. sav.", "Balninkų sen."),
    ("Giedraičių bendruomenės centras", ApplicantKind::Community, "Molėtų r. sav.", "Giedraičių sen."),
    ("Joniškio kaimo bendruomenė", ApplicantKind::Community, "Molėtų r. sav.", "Joniškio sen."),
    ("Videniškių bendruomenė", ApplicantKind::Community, "Molėtų r. sav.", "Videniškių sen."),
    ("Ežerų krašto jaunimo klubas", ApplicantKind::Ngo, "Molėtų r. sav.", "Molėtų m. sen."),
    ("Asociacija „Žalioji kryptis“", ApplicantKind::Ngo, "Molėtų r. sav.", "Luokesos sen."),
    ("Kultūros paveldo draugija „Senoji Dubinga“", ApplicantKind::Ngo, "Molėtų r. sav.", "Dubingių sen."),
    ("Sporto klubas „Ežerėnai“", ApplicantKind::Ngo, "Molėtų r. sav.", "Molėtų m. sen."),
    ("UAB „Ežerų medis“", ApplicantKind::Business, "Molėtų r. sav.", "Alantos sen."),
    ("UAB „Kaimo skonis“", ApplicantKind::Business, "Molėtų r. sav.", "Suginčių sen."),
    ("MB „Sodybų ratas“", ApplicantKind::Business, "Molėtų r. sav.", "Dubingių sen."),
    ("UAB „Luokesos kepyklėlė“", ApplicantKind::Business, "Molėtų r. sav.", "Luokesos sen."),
    ("MB „Pirtis prie ežero“", ApplicantKind::Business, "Molėtų r. sav.", "Inturkės sen."),
    ("UAB „Žalioji dirbtuvė“", ApplicantKind::Business, "Molėtų r. sav.", "Molėtų m. sen."),
    ("Ūkininkas Jonas Petraitis", ApplicantKind::Farmer, "Molėtų r. sav.", "Joniškio sen."),
    ("Ūkininkė Rūta Kazlauskienė", ApplicantKind::Farmer, "Molėtų r. sav.", "Balninkų sen."),
    ("Ūkininkas Vytautas Žukauskas", ApplicantKind::Farmer, "Molėtų r. sav.", "Mindūnų sen."),
    ("Ūkininkė Aldona Stankevičienė", ApplicantKind::Farmer, "Molėtų r. sav.", "Čiulėnų sen."),
    ("Molėtų rajono savivaldybės administracija", ApplicantKind::Municipality, "Molėtų r. sav.", ""),
    ("Molėtų kultūros centras", ApplicantKind::Municipality, "Molėtų r. sav.", "Molėtų m. sen."),
    ("Laima Vaitkienė", ApplicantKind::Person, "Molėtų r. sav.", "Inturkės sen."),
    ("Tomas Urbonas", ApplicantKind::Person, "Molėtų r. sav.", "Alantos sen."),
    ("Jaunimo iniciatyvų centras „Ateitis“", ApplicantKind::Ngo, "Molėtų r. sav.", "Giedraičių sen."),
];

/// What applications under each measure are about; the n-th gets the n-th (cycling) title.
#[rustfmt::skip]
fn titles(measure: &str) -> &'static [&'static str] {
    match measure {
        "LEADER-SAVA-1.1" => &["Medienos dirbtuvės plėtra", "Kaimo turizmo sodybos įrangos atnaujinimas", "Mobilios lentpjūvės įsigijimas", "Amatų dirbtuvių įkūrimas", "Kavinės prie ežero įrengimas", "Automobilių remonto paslaugų plėtra"],
        "LEADER-SAVA-1.2" => &["Ūkio produktų perdirbimo cechas", "Vietos produktų turgelis", "Pieno produktų gamybos plėtra", "Uogų perdirbimo linija", "Trumposios grandinės e. parduotuvė"],
        "LEADER-SAVA-1.3" => &["Dviračių nuomos punktas", "Baidarių maršrutų infrastruktūra", "Pažintinis pėsčiųjų takas", "Sodybos pirties įrengimas", "Ežerų krašto gidų paslaugos"],
        "LEADER-SAVA-2.1" => &["Bendruomenės namų pritaikymas senjorams", "Vaikų dienos centro įrengimas", "Socialinių paslaugų teikimas kaime", "Bendruomenės sporto aikštelė", "Pavežėjimo paslauga senjorams"],
        "LEADER-SAVA-2.2" => &["Dvaro sodybos tradicijų šventė", "Senųjų amatų mokykla", "Etnografinės sodybos tvarkymas", "Tautodailės ekspozicija", "Krašto istorijos leidinys"],
        _ => &["Jaunimo verslumo stovykla", "Atvira jaunimo erdvė", "Jaunųjų ūkininkų mokymai", "Jaunimo savanorystės programa"],
    }
}

/// Target statuses from `submitted` on, with how many days after submission each is reached.
pub(super) fn path_to(target: ProjectStatus) -> Vec<(ProjectStatus, u64)> {
    let selection = [(Admissible, 10), (Evaluated, 35)];
    let funded = [
        (Selected, 50),
        (Approved, 90),
        (Contracted, 120),
        (Implementing, 150),
        (Completed, 480),
    ];
    match target {
        Submitted => vec![],
        Admissible => vec![(Admissible, 10)],
        Inadmissible => vec![(Inadmissible, 12)],
        Withdrawn => vec![(Withdrawn, 20)],
        Evaluated => selection.to_vec(),
        Reserve | Rejected => [&selection[..], &[(target, 50)]].concat(),
        Terminated => [&selection[..], &funded[..3], &[(Terminated, 300)]].concat(),
        _ => {
            let end = funded.iter().position(|(s, _)| *s == target).unwrap_or(0);
            [&selection[..], &funded[..=end]].concat()
        }
    }
}

/// Inserts the application submitted on `submitted` and moves it along its lifecycle to `target`,
/// each step dated as [`path_to`] says.
pub(super) fn insert_along(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &ProjectInput,
    target: ProjectStatus,
    submitted: NaiveDate,
) -> Result<String> {
    let id = insert_project(tx, strategy_id, input)?;
    for (status, days) in path_to(target) {
        move_project(tx, &id, status, &plus(submitted, days), "")?;
    }
    Ok(id)
}

pub(super) fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(&text[..10], "%Y-%m-%d").unwrap_or_default()
}

pub(super) fn plus(day: NaiveDate, days: u64) -> String {
    day.checked_add_days(Days::new(days))
        .unwrap_or(day)
        .format("%Y-%m-%d")
        .to_string()
}

/// Share `bp` of `cents`, rounded down to the cent.
pub(super) fn part(cents: i64, bp: i64) -> Money {
    Money(i64::try_from(i128::from(cents) * i128::from(bp) / 10_000).unwrap_or(0))
}

/// (code, name, unit, target, source, measure code)
type DemoIndicator = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    IndicatorSource,
    Option<&'static str>,
);

#[rustfmt::skip]
const INDICATORS: [DemoIndicator; 5] = [
    ("R1", "Sukurtos darbo vietos", "vnt.", 25, IndicatorSource::JobsCreated, None),
    ("R2", "Įgyvendinti vietos projektai", "vnt.", 51, IndicatorSource::ProjectsCompleted, None),
    ("R3", "Projektai, kuriems pasirašytos sutartys", "vnt.", 45, IndicatorSource::ProjectsContracted, None),
    ("R4", "Aktyvinimo renginių dalyviai", "asm.", 1500, IndicatorSource::Manual, None),
    ("R1.1", "Įkurtos ar išplėstos įmonės", "vnt.", 10, IndicatorSource::ProjectsContracted, Some("LEADER-SAVA-1.1")),
];

/// The achieved values of the manual indicator R4, by year end.
const PARTICIPANTS: [(&str, i64); 2] = [("2024-12-31", 420), ("2025-12-31", 910)];

pub(super) fn load(tx: &Transaction<'_>, strategy_id: &str, measures: &[Measure]) -> Result<()> {
    let applicants = APPLICANTS
        .iter()
        .map(|(name, kind, municipality, eldership)| {
            let code = if *kind == ApplicantKind::Person {
                String::new()
            } else {
                format!("30{:07}", name.len() * 7919 % 10_000_000)
            };
            insert_applicant(
                tx,
                &ApplicantInput {
                    name: (*name).into(),
                    kind: *kind,
                    code,
                    municipality: (*municipality).into(),
                    eldership: (*eldership).into(),
                },
            )
            .map(|id| (id, *kind))
        })
        .collect::<Result<Vec<_>>>()?;
    let measure = |code: &str| measures.iter().find(|m| m.code == code);
    for (code, name, unit, target, source, measure_code) in INDICATORS {
        let input = IndicatorInput {
            measure_id: measure_code.and_then(&measure).map(|m| m.id.clone()),
            code: code.into(),
            name: name.into(),
            unit: unit.into(),
            baseline: Quantity(0),
            target: Quantity::count(target),
            source,
        };
        let id = insert_indicator(tx, strategy_id, &input)?;
        if source == IndicatorSource::Manual {
            for (on, value) in PARTICIPANTS {
                let value = IndicatorValue {
                    value: Quantity::count(value),
                    measured_on: on.into(),
                    note: String::new(),
                };
                insert_indicator_value(tx, &id, &value)?;
            }
        }
    }
    let mut serial = 0usize;
    for call in &CALLS {
        let call_measures = call
            .measures
            .iter()
            .filter_map(|(code, euros, _)| {
                measure(code).map(|m| CallMeasure {
                    measure_id: m.id.clone(),
                    available: Money(euros * 100),
                    max_grant: None,
                    max_intensity: None,
                })
            })
            .collect();
        let input = CallInput {
            number: call.number.into(),
            title: call.title.into(),
            opens_at: call.opens_at.into(),
            closes_at: call.closes_at.into(),
            status: call.status,
            measures: call_measures,
        };
        let call_id = insert_call(tx, strategy_id, &input)?;
        let opened = date(call.opens_at);
        for (code, _, statuses) in call.measures {
            let Some(m) = measure(code) else { continue };
            for (i, &target) in statuses.iter().enumerate() {
                serial += 1;
                let (applicant_id, kind) = &applicants[(serial * 7) % applicants.len()];
                // The open call's applications arrived in its first days; older calls' over weeks.
                let spread = if call.status == CallStatus::Open {
                    1 + serial as u64 % 10
                } else {
                    5 + (serial as u64 * 3) % 40
                };
                let submitted = opened.checked_add_days(Days::new(spread)).unwrap_or(opened);
                let grant = m.max_grant.map_or(100_000_00, |g| g.0);
                let intensity = m.max_intensity.map_or(8000, |b| b.0);
                // Eligible cost between 45 % and about 140 % of what the maximum grant needs.
                let full = i64::try_from(i128::from(grant) * 10_000 / i128::from(intensity))
                    .unwrap_or(grant);
                let eligible = full * 45 / 100 + (serial as i64 * 1_234_567) % (full * 95 / 100);
                let requested = part(eligible, intensity).min(Money(grant));
                let funded = path_to(target).iter().any(|(s, _)| *s == Approved);
                let awarded = funded.then(|| {
                    if serial.is_multiple_of(3) {
                        part(requested.0, 9_600)
                    } else {
                        requested
                    }
                });
                let business = matches!(kind, ApplicantKind::Business | ApplicantKind::Farmer);
                let contracted_on = submitted
                    .checked_add_days(Days::new(120))
                    .unwrap_or(submitted);
                let input = ProjectInput {
                    number: format!("MOLE-LEADER-{}-{:03}", &call.number[..4], serial),
                    title: titles(code)[i % titles(code).len()].into(),
                    applicant_id: applicant_id.clone(),
                    call_id: Some(call_id.clone()),
                    measure_id: m.id.clone(),
                    submitted_on: submitted.format("%Y-%m-%d").to_string(),
                    eligible_cost: Money(eligible),
                    requested_aid: requested,
                    awarded_aid: awarded,
                    jobs_created: (funded && business).then_some(1 + (serial as i64 % 3)),
                    implementation_end: funded
                        .then(|| plus(contracted_on, 540 + (serial as u64 * 37) % 300)),
                    confirm_warnings: true,
                };
                let id = insert_along(tx, strategy_id, &input, target, submitted)?;
                if let Some(awarded) = awarded {
                    claims(tx, &id, target, awarded, contracted_on, serial)?;
                }
            }
        }
        if call.number == super::selection::SCORED_CALL {
            super::selection::score(tx, &call_id)?;
        }
    }
    Ok(())
}

/// Payment claims as a project at `status` would have them: completed projects fully paid in
/// two claims; implementing ones with a first claim paid and, for some, a second awaited;
/// contracted ones with, for some, a first claim awaited.
fn claims(
    tx: &Transaction<'_>,
    project_id: &str,
    status: ProjectStatus,
    awarded: Money,
    contracted: NaiveDate,
    serial: usize,
) -> Result<()> {
    let claim = |number: &str, after: u64, claimed: Money, paid: bool| PaymentClaimInput {
        number: number.into(),
        submitted_on: plus(contracted, after),
        claimed,
        paid: paid.then_some(claimed),
        paid_on: paid.then(|| plus(contracted, after + 45)),
    };
    let first = part(awarded.0, 4_000);
    let inputs = match status {
        Completed => vec![
            claim("MP-1", 150, first, true),
            claim("MP-2", 330, awarded - first, true),
        ],
        Implementing if serial.is_multiple_of(2) => vec![
            claim("MP-1", 150, first, true),
            claim("MP-2", 300, part(awarded.0, 3_000), false),
        ],
        Implementing => vec![claim("MP-1", 150, first, true)],
        Contracted if serial % 2 == 1 => vec![claim("MP-1", 60, part(awarded.0, 2_000), false)],
        _ => vec![],
    };
    for input in &inputs {
        insert_claim(tx, project_id, input)?;
    }
    Ok(())
}
