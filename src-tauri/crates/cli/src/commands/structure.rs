//! `priority add|edit|delete|move` and `measure add|edit|delete|move`, addressed by codes.

use lagdesk_domain::{MeasureInput, MeasureKind, MoveDirection, PriorityInput, YearAllocation};
use lagdesk_store::Store;

use super::{money, percent, with_options};
use crate::args::{Direction, MeasureCommand, MeasureFields, PriorityCommand};
use crate::error::CliError;

fn direction(d: Direction) -> MoveDirection {
    match d {
        Direction::Up => MoveDirection::Up,
        Direction::Down => MoveDirection::Down,
    }
}

pub fn priority(store: &mut Store, command: PriorityCommand) -> Result<(), CliError> {
    match command {
        PriorityCommand::Add {
            strategy,
            code,
            title,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let p = store
                .create_priority(&s.id, &PriorityInput { code, title })
                .map_err(with_options)?;
            println!("Added priority {} to {}", p.code, s.code);
        }
        PriorityCommand::Edit {
            strategy,
            code,
            new_code,
            title,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let current = store.priority_by_code(&s.id, &code)?;
            let input = PriorityInput {
                code: new_code.unwrap_or(current.code),
                title: title.unwrap_or(current.title),
            };
            let p = store
                .update_priority(&current.id, &input)
                .map_err(with_options)?;
            println!("Saved priority {}", p.code);
        }
        PriorityCommand::Delete { strategy, code } => {
            let s = store.strategy_by_code(&strategy)?;
            let p = store.priority_by_code(&s.id, &code)?;
            store.delete_priority(&p.id)?;
            println!("Deleted priority {code}");
        }
        PriorityCommand::Move {
            strategy,
            code,
            direction: d,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let p = store.priority_by_code(&s.id, &code)?;
            let order: Vec<String> = store
                .move_priority(&p.id, direction(d))?
                .into_iter()
                .map(|p| p.code)
                .collect();
            println!("Priorities: {}", order.join(", "));
        }
    }
    Ok(())
}

pub fn measure(store: &mut Store, command: MeasureCommand) -> Result<(), CliError> {
    match command {
        MeasureCommand::Add {
            strategy,
            code,
            fields,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let blank = MeasureInput {
                priority_id: None,
                code,
                title: String::new(),
                kind: MeasureKind::Project,
                allocation: lagdesk_domain::Money::ZERO,
                planned_projects: None,
                max_intensity: None,
                max_grant: None,
                yearly: Vec::new(),
            };
            if fields.allocation.is_none() {
                return Err(CliError::Input("--allocation: is required".into()));
            }
            let input = apply(store, &s.id, blank, fields)?;
            let m = store.create_measure(&s.id, &input).map_err(with_options)?;
            println!("Added measure {} to {}", m.code, s.code);
        }
        MeasureCommand::Edit {
            strategy,
            code,
            new_code,
            fields,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let current = store.measure_by_code(&s.id, &code)?;
            let mut input = apply(store, &s.id, current.to_input(), fields)?;
            if let Some(new_code) = new_code {
                input.code = new_code;
            }
            let m = store
                .update_measure(&current.id, &input)
                .map_err(with_options)?;
            println!("Saved measure {}", m.code);
        }
        MeasureCommand::Delete { strategy, code } => {
            let s = store.strategy_by_code(&strategy)?;
            let m = store.measure_by_code(&s.id, &code)?;
            store.delete_measure(&m.id)?;
            println!("Deleted measure {code}");
        }
        MeasureCommand::Move {
            strategy,
            code,
            direction: d,
        } => {
            let s = store.strategy_by_code(&strategy)?;
            let m = store.measure_by_code(&s.id, &code)?;
            let moved = store.move_measure(&m.id, direction(d))?;
            let order: Vec<String> = moved
                .into_iter()
                .filter(|x| x.priority_id == m.priority_id)
                .map(|x| x.code)
                .collect();
            println!("Measures: {}", order.join(", "));
        }
    }
    Ok(())
}

/// Applies the options given to `input`; an empty value clears an optional field.
fn apply(
    store: &Store,
    strategy_id: &str,
    mut input: MeasureInput,
    f: MeasureFields,
) -> Result<MeasureInput, CliError> {
    if let Some(code) = f.priority {
        input.priority_id = match code.trim() {
            "" => None,
            code => Some(store.priority_by_code(strategy_id, code)?.id),
        };
    }
    if let Some(title) = f.title {
        input.title = title;
    }
    if let Some(kind) = f.kind {
        input.kind = MeasureKind::from_code(kind.trim()).ok_or_else(|| {
            CliError::Input(format!(
                "--kind: '{kind}' is not a kind (project, cooperation, running, animation)"
            ))
        })?;
    }
    if let Some(text) = f.allocation {
        input.allocation = money("--allocation", &text)?;
    }
    if let Some(text) = f.planned_projects {
        input.planned_projects = optional(&text, |t| {
            t.parse().map_err(|_| {
                CliError::Input(format!("--planned-projects: '{t}' is not a whole number"))
            })
        })?;
    }
    if let Some(text) = f.max_intensity {
        input.max_intensity = optional(&text, |t| percent("--max-intensity", t))?;
    }
    if let Some(text) = f.max_grant {
        input.max_grant = optional(&text, |t| money("--max-grant", t))?;
    }
    if f.no_years {
        input.yearly.clear();
    }
    if !f.years.is_empty() {
        input.yearly = f.years.iter().map(|t| year(t)).collect::<Result<_, _>>()?;
    }
    Ok(input)
}

/// `2025=150 000` as a year's allocation.
fn year(text: &str) -> Result<YearAllocation, CliError> {
    let bad = || {
        CliError::Input(format!(
            "--year: '{text}' is not YEAR=AMOUNT, e.g. 2025=150000"
        ))
    };
    let (year, amount) = text.split_once('=').ok_or_else(bad)?;
    Ok(YearAllocation {
        year: year.trim().parse().map_err(|_| bad())?,
        amount: money("--year", amount)?,
    })
}

fn optional<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, CliError>,
) -> Result<Option<T>, CliError> {
    match text.trim() {
        "" => Ok(None),
        t => parse(t).map(Some),
    }
}
