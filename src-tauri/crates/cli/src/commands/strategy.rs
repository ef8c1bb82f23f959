//! `strategy add|edit|delete|list`.

use lagdesk_domain::strategy::DEFAULT_RUNNING_CAP;
use lagdesk_domain::{Bp, FundingSource, Locale, Money, StrategyInput, StrategyStatus};
use lagdesk_store::Store;

use super::{money, percent, with_options};
use crate::args::{StrategyAddArgs, StrategyCommand, StrategyEditArgs};
use crate::error::CliError;

pub fn run(store: &mut Store, command: StrategyCommand) -> Result<(), CliError> {
    match command {
        StrategyCommand::Add(args) => add(store, args),
        StrategyCommand::Edit(args) => edit(store, args),
        StrategyCommand::Delete { code, yes } => delete(store, &code, yes),
        StrategyCommand::List => list(store),
    }
}

fn add(store: &mut Store, args: StrategyAddArgs) -> Result<(), CliError> {
    let funding_sources = if args.funds.is_empty() {
        vec![fund("EAFRD", Bp(8500)), fund("NAT", Bp(1500))]
    } else {
        funds(&args.funds)?
    };
    let input = StrategyInput {
        code: args.code,
        title: args.title,
        start_year: args.start,
        end_year: args.end,
        status: StrategyStatus::Draft,
        envelope: args
            .envelope
            .as_deref()
            .map(|t| money("--envelope", t))
            .transpose()?
            .unwrap_or(Money::ZERO),
        running_cap: args
            .running_cap
            .as_deref()
            .map(|t| percent("--running-cap", t))
            .transpose()?
            .unwrap_or(DEFAULT_RUNNING_CAP),
        funding_sources,
    };
    let strategy = store.create_strategy(&input).map_err(with_options)?;
    println!(
        "Added strategy {} ({}-{})",
        strategy.code, strategy.start_year, strategy.end_year
    );
    Ok(())
}

fn edit(store: &mut Store, args: StrategyEditArgs) -> Result<(), CliError> {
    let current = store.strategy_by_code(&args.code)?;
    let status = match args.status.as_deref() {
        Some(text) => StrategyStatus::from_code(text).ok_or_else(|| {
            CliError::Input(format!(
                "--status: '{text}' is not a status (draft, approved, implementing, closed)"
            ))
        })?,
        None => current.status,
    };
    let input = StrategyInput {
        code: args.new_code.unwrap_or(current.code),
        title: args.title.unwrap_or(current.title),
        start_year: args.start.unwrap_or(current.start_year),
        end_year: args.end.unwrap_or(current.end_year),
        status,
        envelope: args
            .envelope
            .as_deref()
            .map(|t| money("--envelope", t))
            .transpose()?
            .unwrap_or(current.envelope),
        running_cap: args
            .running_cap
            .as_deref()
            .map(|t| percent("--running-cap", t))
            .transpose()?
            .unwrap_or(current.running_cap),
        funding_sources: if args.funds.is_empty() {
            current.funding_sources
        } else {
            funds(&args.funds)?
        },
    };
    let strategy = store
        .update_strategy(&current.id, &input)
        .map_err(with_options)?;
    println!("Saved strategy {}", strategy.code);
    Ok(())
}

fn delete(store: &mut Store, code: &str, yes: bool) -> Result<(), CliError> {
    let strategy = store.strategy_by_code(code)?;
    let summary = store
        .strategies()?
        .into_iter()
        .find(|s| s.id == strategy.id);
    let (priorities, measures) = summary.map_or((0, 0), |s| (s.priority_count, s.measure_count));
    if !yes {
        return Err(CliError::Input(format!(
            "deleting strategy {code} also deletes its {priorities} priorities and {measures} measures; \
             run again with --yes to delete"
        )));
    }
    store.delete_strategy(&strategy.id)?;
    println!("Deleted strategy {code} with {priorities} priorities and {measures} measures");
    Ok(())
}

fn list(store: &Store) -> Result<(), CliError> {
    let strategies = store.strategies()?;
    if strategies.is_empty() {
        println!("No strategies yet. Add one with `lagdesk-cli strategy add` or load the demo with `lagdesk-cli demo`.");
        return Ok(());
    }
    println!(
        "{:<18} {:<9} {:<12} {:>18} {:>10} {:>8}  title",
        "code", "period", "status", "envelope", "priorities", "measures"
    );
    for s in strategies {
        println!(
            "{:<18} {:<9} {:<12} {:>18} {:>10} {:>8}  {}",
            s.code,
            format!("{}-{}", s.start_year, s.end_year),
            s.status.code(),
            s.envelope.format(Locale::En),
            s.priority_count,
            s.measure_count,
            s.title
        );
    }
    Ok(())
}

fn fund(code: &str, share: Bp) -> FundingSource {
    FundingSource {
        code: code.into(),
        name: code.into(),
        share,
    }
}

fn funds(texts: &[String]) -> Result<Vec<FundingSource>, CliError> {
    texts
        .iter()
        .map(|text| {
            let bad = || {
                CliError::Input(format!(
                    "--fund: '{text}' is not CODE=PERCENT (e.g. EAFRD=85)"
                ))
            };
            let (code, share) = text.split_once('=').ok_or_else(bad)?;
            Ok(fund(code.trim(), Bp::parse_percent(share).ok_or_else(bad)?))
        })
        .collect()
}
