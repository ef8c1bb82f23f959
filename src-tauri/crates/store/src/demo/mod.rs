//! The demo LAG: a realistic, fictional Lithuanian Local Action Group to explore on first start
//! and to test against: its strategy here, its calls and projects in `projects.rs`, its members
//! and meetings in `partnership.rs`.

mod events;
mod partnership;
mod projects;
pub mod scaled;
mod selection;

use lagdesk_domain::share::split;
use lagdesk_domain::{
    Bp, FundingSource, Logo, MeasureInput, MeasureKind, Money, Organisation, PriorityInput,
    StrategyInput, StrategyStatus, YearAllocation,
};

use crate::error::Result;
use crate::strategy::insert_strategy;
use crate::structure::{insert_measure, insert_priority, measures_of};
use crate::Store;

pub const DEMO_STRATEGY_CODE: &str = "VPS-2023-2029";

type DemoMeasure = (&'static str, &'static str, MeasureKind, i64, i64, i64, i64);

/// (code, title, kind, allocation in euros, planned projects, max intensity %, max grant in euros)
const PRIORITIES: [(&str, &str, &[DemoMeasure]); 3] = [
    (
        "1",
        "Vietos ekonomikos stiprinimas ir darbo vietų kūrimas",
        &[
            (
                "LEADER-SAVA-1.1",
                "Ūkio ir verslo plėtra",
                MeasureKind::Project,
                1_100_000,
                12,
                70,
                100_000,
            ),
            (
                "LEADER-SAVA-1.2",
                "Trumpųjų maisto tiekimo grandinių kūrimas",
                MeasureKind::Project,
                450_000,
                6,
                80,
                60_000,
            ),
            (
                "LEADER-SAVA-1.3",
                "Kaimo turizmo paslaugų plėtra",
                MeasureKind::Project,
                520_000,
                8,
                70,
                65_000,
            ),
        ],
    ),
    (
        "2",
        "Bendruomenių ir gyvenamosios aplinkos gerinimas",
        &[
            (
                "LEADER-SAVA-2.1",
                "Bendruomeninių paslaugų plėtra",
                MeasureKind::Project,
                600_000,
                10,
                95,
                60_000,
            ),
            (
                "LEADER-SAVA-2.2",
                "Kultūros paveldo ir tradicijų išsaugojimas",
                MeasureKind::Project,
                350_000,
                7,
                90,
                50_000,
            ),
        ],
    ),
    (
        "3",
        "Jaunimo įtrauktis ir bendradarbiavimas",
        &[
            (
                "LEADER-SAVA-3.1",
                "Jaunimo užimtumo ir verslumo skatinimas",
                MeasureKind::Project,
                250_000,
                6,
                90,
                40_000,
            ),
            (
                "LEADER-BEND-3.2",
                "Tarptautinis ir tarpteritorinis bendradarbiavimas",
                MeasureKind::Cooperation,
                100_000,
                2,
                100,
                50_000,
            ),
        ],
    ),
];

const RUNNING_LINES: [(&str, &str, MeasureKind, i64); 2] = [
    (
        "LEADER-VEIK",
        "VVG veiklos išlaidos",
        MeasureKind::Running,
        630_000,
    ),
    (
        "LEADER-AKT",
        "Teritorijos gyventojų aktyvinimas",
        MeasureKind::Animation,
        200_000,
    ),
];

/// How project measures are planned over 2024–2028: calls start a year in, peak mid-period.
const PROJECT_YEARS: [Bp; 5] = [Bp(1500), Bp(2500), Bp(2500), Bp(2000), Bp(1500)];

/// A running or animation line of `euros`, spread evenly over the strategy's seven years.
fn running_line(code: &str, title: &str, kind: MeasureKind, euros: i64) -> MeasureInput {
    MeasureInput {
        priority_id: None,
        code: code.into(),
        title: title.into(),
        kind,
        allocation: Money(euros * 100),
        planned_projects: None,
        max_intensity: None,
        max_grant: None,
        yearly: spread(euros, 2023, &[Bp(1); 7]),
    }
}

/// `euros` spread over consecutive years from `first` by `weights`, to the cent.
fn spread(euros: i64, first: i32, weights: &[Bp]) -> Vec<YearAllocation> {
    (first..)
        .zip(split(Money(euros * 100), weights))
        .map(|(year, amount)| YearAllocation { year, amount })
        .collect()
}

impl Store {
    /// Loads the demo LAG in one transaction and returns its strategy's id. The organisation
    /// profile is filled only when the user has none yet; a strategy with the demo's code is
    /// refused as a duplicate.
    pub fn load_demo(&mut self) -> Result<String> {
        let has_organisation = self.organisation()?.is_some();
        let id = self.write(|tx| {
            let id = insert_strategy(tx, &demo_strategy())?;
            for (code, title, measures) in PRIORITIES {
                let priority = PriorityInput {
                    code: code.into(),
                    title: title.into(),
                };
                let priority_id = insert_priority(tx, &id, &priority)?;
                for &(code, title, kind, euros, planned, intensity, grant) in measures {
                    let measure = MeasureInput {
                        priority_id: Some(priority_id.clone()),
                        code: code.into(),
                        title: title.into(),
                        kind,
                        allocation: Money(euros * 100),
                        planned_projects: Some(planned),
                        max_intensity: Some(Bp(intensity * 100)),
                        max_grant: Some(Money(grant * 100)),
                        yearly: spread(euros, 2024, &PROJECT_YEARS),
                    };
                    insert_measure(tx, &id, &measure)?;
                }
            }
            for (code, title, kind, euros) in RUNNING_LINES {
                insert_measure(tx, &id, &running_line(code, title, kind, euros))?;
            }
            projects::load(tx, &id, &measures_of(tx, &id)?)?;
            partnership::load(tx)?;
            selection::follow_up(tx)?;
            events::load(tx, &id)?;
            Ok(id)
        })?;
        if !has_organisation {
            self.save_organisation(&demo_organisation())?;
            self.save_logo(Logo::new(DEMO_LOGO.to_vec()).ok().as_ref())?;
        }
        Ok(id)
    }
}

fn demo_strategy() -> StrategyInput {
    StrategyInput {
        code: DEMO_STRATEGY_CODE.into(),
        title: "Žaliųjų ežerų krašto 2023–2029 m. vietos plėtros strategija".into(),
        start_year: 2023,
        end_year: 2029,
        status: StrategyStatus::Implementing,
        envelope: Money(4_200_000_00),
        running_cap: Bp(2000),
        funding_sources: funding_sources(),
    }
}

/// EAFRD 85 % and the national budget 15 %, as Lithuanian LEADER strategies are funded.
fn funding_sources() -> Vec<FundingSource> {
    vec![
        FundingSource {
            code: "EAFRD".into(),
            name: "EŽŪFKP".into(),
            share: Bp(8500),
        },
        FundingSource {
            code: "NAT".into(),
            name: "Valstybės biudžetas".into(),
            share: Bp(1500),
        },
    ]
}

/// Green lakes and hills, drawn for the demo LAG.
const DEMO_LOGO: &[u8] = include_bytes!("../../../../../assets/demo/logo.png");

fn demo_organisation() -> Organisation {
    Organisation {
        name: "Žaliųjų ežerų krašto vietos veiklos grupė".into(),
        legal_code: "302999417".into(),
        country: "Lietuva".into(),
        region: "Utenos apskritis".into(),
        address: "Ežerų g. 7, LT-33001 Žalioji".into(),
    }
}
