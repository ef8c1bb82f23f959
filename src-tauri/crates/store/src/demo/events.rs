//! The demo LAG's animation work: a cooperation project with partners in Latvia and Estonia,
//! and 25 events of every kind from January 2025 to November 2026, with participants by group
//! and gender and their costs booked to the running or animation line.

use lagdesk_domain::{
    CooperationInput, EventInput, EventKind, GroupCount, Money, ParticipantGroup, Partner,
    PlannedResult, ResultStatus,
};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::cooperation::insert_cooperation;
use crate::error::Result;
use crate::events::insert_event;

use EventKind::*;
use ParticipantGroup::*;

fn cooperation() -> CooperationInput {
    let partner = |organisation: &str, country: &str, role: &str, lead: bool| Partner {
        organisation: organisation.into(),
        country: country.into(),
        role: role.into(),
        lead,
    };
    let result = |description: &str, status: ResultStatus| PlannedResult {
        description: description.into(),
        status,
    };
    CooperationInput {
        code: "COOP-2025-1".into(),
        title: "Ežerų kraštų amatų keliai".into(),
        starts_on: "2025-05-01".into(),
        ends_on: Some("2027-04-30".into()),
        budget: Money(68_000_00),
        goals: "Sukurti bendrą trijų šalių amatų ir vietos produktų maršrutą, pasikeisti \
                patirtimi ir parengti jaunuosius amatininkus."
            .into(),
        partners: vec![
            partner("Žaliųjų ežerų krašto VVG", "LT", "Koordinatorius", true),
            partner("Biedrība „Latgales partnerība“", "LV", "Partneris", false),
            partner("MTÜ Võrumaa Partnerluskogu", "EE", "Partneris", false),
        ],
        results: vec![
            result(
                "Bendras amatų maršrutas su 30 lankytinų vietų",
                ResultStatus::InProgress,
            ),
            result("Trys patirties mainų vizitai", ResultStatus::Achieved),
            result(
                "Jaunųjų amatininkų mokymai (20 dalyvių)",
                ResultStatus::Planned,
            ),
        ],
    }
}

/// (kind, title, start, end time, place, participants, groups, women, cost in cents, link)
type DemoEvent = (
    EventKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static [(ParticipantGroup, i64)],
    i64,
    i64,
    Link,
);

#[derive(Clone, Copy)]
enum Link {
    None,
    Measure(&'static str),
    Cooperation,
}

#[rustfmt::skip]
const EVENTS: [DemoEvent; 25] = [
    (Information, "Strategijos pristatymas Alantoje", "2025-01-22T17:00", "19:00", "Alantos bendruomenės namai", 34, &[(Communities, 20), (Seniors, 9)], 21, 180_00, Link::None),
    (BoardMeeting, "Valdybos posėdis: 2025 m. veiklos planas", "2025-02-12T15:00", "17:00", "Molėtai, Inturkės g. 4", 9, &[(Municipality, 3), (Businesses, 3), (Ngos, 3)], 4, 0, Link::None),
    (Training, "Verslo plano rengimo mokymai", "2025-02-26T10:00", "16:00", "Molėtų verslo centras", 22, &[(Businesses, 14), (Youth, 6)], 12, 950_00, Link::Measure("LEADER-SAVA-1.1")),
    (Consultation, "Konsultacijos pareiškėjams: kvietimas Nr. 3", "2025-03-18T09:00", "16:00", "VVG biuras", 15, &[(Communities, 6), (Businesses, 7)], 8, 0, Link::Measure("LEADER-SAVA-1.3")),
    (Seminar, "Kaimo turizmo kokybės seminaras", "2025-04-09T10:00", "15:00", "Sodyba „Pušynė“", 27, &[(Businesses, 19), (Other, 3)], 17, 1_240_00, Link::Measure("LEADER-SAVA-1.3")),
    (GeneralMeeting, "Visuotinis narių susirinkimas", "2025-04-24T14:00", "16:30", "Molėtų kultūros centras", 16, &[(Municipality, 5), (Businesses, 5), (Ngos, 6)], 9, 220_00, Link::None),
    (StudyVisit, "Patirties mainų vizitas į Latgalą", "2025-06-05T07:00", "21:00", "Rēzekne, Latvija", 18, &[(Communities, 8), (Businesses, 6), (Youth, 4)], 11, 2_380_00, Link::Cooperation),
    (Information, "Jaunimo verslumo diena", "2025-06-19T11:00", "15:00", "Molėtų gimnazija", 56, &[(Youth, 52), (Other, 4)], 30, 640_00, Link::Measure("LEADER-SAVA-3.1")),
    (Training, "Amatininkų mokymai: vilnos vėlimas", "2025-07-10T10:00", "16:00", "Dubingių amatų kiemas", 14, &[(Communities, 9), (Seniors, 5)], 12, 780_00, Link::Cooperation),
    (Conference, "Ežerų krašto vietos produktų konferencija", "2025-08-28T10:00", "16:00", "Molėtų kultūros centras", 84, &[(Municipality, 12), (Businesses, 38), (Ngos, 18), (Youth, 9)], 47, 3_150_00, Link::Measure("LEADER-SAVA-1.2")),
    (Consultation, "Konsultacijos pareiškėjams: kvietimas Nr. 4", "2025-09-16T09:00", "16:00", "VVG biuras", 19, &[(Businesses, 13), (Communities, 4)], 9, 0, Link::Measure("LEADER-SAVA-1.1")),
    (Seminar, "Bendruomeninių paslaugų seminaras", "2025-10-08T10:00", "14:00", "Giedraičių bendruomenės centras", 31, &[(Communities, 21), (Ngos, 7), (Seniors, 11)], 22, 560_00, Link::Measure("LEADER-SAVA-2.1")),
    (StudyVisit, "Partnerių vizitas Molėtuose", "2025-10-23T09:00", "18:00", "Molėtų kraštas", 26, &[(Other, 11), (Communities, 9), (Businesses, 6)], 15, 1_870_00, Link::Cooperation),
    (Information, "Informacinis renginys Balninkuose", "2025-11-13T17:00", "19:00", "Balninkų kaimo bendruomenė", 23, &[(Communities, 17), (Seniors, 8)], 15, 150_00, Link::None),
    (BoardMeeting, "Valdybos posėdis: metų rezultatai", "2025-12-15T15:00", "17:00", "Molėtai, Inturkės g. 4", 8, &[(Municipality, 3), (Businesses, 3), (Ngos, 2)], 4, 0, Link::None),
    (Training, "Viešųjų pirkimų mokymai projektų vykdytojams", "2026-01-28T10:00", "15:00", "Molėtų verslo centras", 29, &[(Communities, 12), (Businesses, 11), (Ngos, 6)], 16, 890_00, Link::None),
    (Seminar, "Mokėjimo prašymų rengimo seminaras", "2026-02-18T10:00", "13:00", "VVG biuras", 21, &[(Communities, 9), (Businesses, 10)], 11, 320_00, Link::None),
    (Information, "Kvietimo Nr. 5 pristatymas", "2026-03-11T17:00", "19:00", "Molėtų kultūros centras", 47, &[(Communities, 19), (Businesses, 16), (Youth, 7), (Municipality, 5)], 26, 260_00, Link::Measure("LEADER-SAVA-1.2")),
    (GeneralMeeting, "Visuotinis narių susirinkimas: 2025 m. ataskaita", "2026-04-15T14:00", "16:00", "Molėtų kultūros centras", 17, &[(Municipality, 5), (Businesses, 6), (Ngos, 6)], 10, 240_00, Link::None),
    (StudyVisit, "Patirties mainų vizitas į Võrumaa", "2026-05-20T06:30", "22:00", "Võru, Estija", 17, &[(Communities, 7), (Businesses, 6), (Youth, 4)], 10, 2_640_00, Link::Cooperation),
    (Consultation, "Konsultacijos jaunimo organizacijoms", "2026-06-09T13:00", "17:00", "Jaunimo erdvė „Ateitis“", 12, &[(Youth, 10), (Ngos, 2)], 7, 0, Link::Measure("LEADER-SAVA-3.1")),
    (Conference, "Trijų šalių amatų kelio konferencija", "2026-08-27T10:00", "17:00", "Molėtų kultūros centras", 96, &[(Other, 22), (Businesses, 31), (Communities, 28), (Youth, 12)], 55, 4_120_00, Link::Cooperation),
    (Training, "Skaitmeninės rinkodaros mokymai", "2026-09-17T10:00", "16:00", "Molėtų verslo centras", 24, &[(Businesses, 18), (Youth, 8)], 14, 1_020_00, Link::Measure("LEADER-SAVA-1.1")),
    (Information, "Senjorų iniciatyvų diena", "2026-10-14T11:00", "15:00", "Videniškių bendruomenė", 38, &[(Seniors, 33), (Communities, 25)], 27, 410_00, Link::Measure("LEADER-SAVA-2.1")),
    (Seminar, "Strategijos tarpinio vertinimo seminaras", "2026-11-05T10:00", "15:00", "Molėtų kultūros centras", 42, &[(Municipality, 9), (Businesses, 12), (Ngos, 14), (Communities, 7)], 23, 690_00, Link::None),
];

pub(super) fn load(tx: &Transaction<'_>, strategy_id: &str) -> Result<()> {
    let cooperation_id = insert_cooperation(tx, &cooperation())?;
    let measure = |code: &str| -> Result<Option<String>> {
        Ok(tx
            .query_row(
                "SELECT id FROM measure WHERE strategy_id = ?1 AND code = ?2",
                params![strategy_id, code],
                |r| r.get(0),
            )
            .optional()?)
    };
    let running = measure("LEADER-VEIK")?;
    let animation = measure("LEADER-AKT")?;
    for (kind, title, starts_at, end, place, participants, groups, women, cost, link) in EVENTS {
        // The LAG's own meetings and advice are running costs; the rest animates the territory.
        let line = match kind {
            BoardMeeting | GeneralMeeting | Consultation => &running,
            _ => &animation,
        };
        let input = EventInput {
            kind,
            title: title.into(),
            starts_at: starts_at.into(),
            ends_at: Some(format!("{}T{end}", &starts_at[..10])),
            place: place.into(),
            organiser: "Žaliųjų ežerų krašto VVG".into(),
            description: String::new(),
            participants,
            by_group: groups
                .iter()
                .map(|&(group, count)| GroupCount { group, count })
                .collect(),
            women: Some(women),
            men: Some(participants - women),
            cost: (cost > 0).then_some(Money(cost)),
            cost_measure_id: if cost > 0 { line.clone() } else { None },
            measure_id: match link {
                Link::Measure(code) => measure(code)?,
                _ => None,
            },
            project_id: None,
            cooperation_id: matches!(link, Link::Cooperation).then(|| cooperation_id.clone()),
        };
        insert_event(tx, &input)?;
    }
    Ok(())
}
