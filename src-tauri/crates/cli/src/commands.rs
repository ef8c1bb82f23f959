//! One function per command; each opens the store, does its work and prints a short report.

use std::path::Path;

use lagdesk_domain::strategy::DEFAULT_RUNNING_CAP;
use lagdesk_domain::{Bp, FundingSource, Locale, Money, StrategyInput, StrategyStatus};
use lagdesk_exchange::{budget_sheet, plan_sheet, read_plan, write_sheet, ExportFormat};
use lagdesk_store::{resolve_db_path, Store};

use crate::args::{
    Cli, Command, ExportArgs, ExportWhat, Format, ImportCommand, StrategyAddArgs, StrategyCommand,
};
use crate::error::CliError;

pub fn run(cli: Cli) -> Result<(), CliError> {
    let path = resolve_db_path(cli.db)?;
    let mut store = Store::open(&path)?;
    match cli.command {
        Command::Init => {
            println!(
                "{}: ready (schema version {})",
                path.display(),
                lagdesk_store::LATEST_VERSION
            );
            Ok(())
        }
        Command::Demo => {
            let id = store.load_demo()?;
            let strategy = store.strategy(&id)?;
            println!(
                "Loaded the demo LAG: strategy {} ({})",
                strategy.code, strategy.title
            );
            Ok(())
        }
        Command::Strategy(StrategyCommand::Add(args)) => add_strategy(&mut store, args),
        Command::Strategy(StrategyCommand::List) => list_strategies(&store),
        Command::Import(ImportCommand::Plan { file, strategy }) => {
            import_plan(&mut store, &file, &strategy)
        }
        Command::Export(args) => export(&store, args),
    }
}

fn add_strategy(store: &mut Store, args: StrategyAddArgs) -> Result<(), CliError> {
    let envelope = match &args.envelope {
        Some(text) => {
            Money::parse(text).map_err(|e| CliError::Input(format!("--envelope: {e}")))?
        }
        None => Money::ZERO,
    };
    let running_cap = match &args.running_cap {
        Some(text) => Bp::parse_percent(text).ok_or_else(|| {
            CliError::Input(format!("--running-cap: '{text}' is not a percentage"))
        })?,
        None => DEFAULT_RUNNING_CAP,
    };
    let funding_sources = if args.funds.is_empty() {
        vec![fund("EAFRD", Bp(8500)), fund("NAT", Bp(1500))]
    } else {
        args.funds
            .iter()
            .map(|f| parse_fund(f))
            .collect::<Result<_, _>>()?
    };
    let input = StrategyInput {
        code: args.code,
        title: args.title,
        start_year: args.start,
        end_year: args.end,
        status: StrategyStatus::Draft,
        envelope,
        running_cap,
        funding_sources,
    };
    let strategy = store.create_strategy(&input).map_err(with_cli_fields)?;
    println!(
        "Added strategy {} ({}-{})",
        strategy.code, strategy.start_year, strategy.end_year
    );
    Ok(())
}

fn fund(code: &str, share: Bp) -> FundingSource {
    FundingSource {
        code: code.into(),
        name: code.into(),
        share,
    }
}

fn parse_fund(text: &str) -> Result<FundingSource, CliError> {
    let bad = || {
        CliError::Input(format!(
            "--fund: '{text}' is not CODE=PERCENT (e.g. EAFRD=85)"
        ))
    };
    let (code, percent) = text.split_once('=').ok_or_else(bad)?;
    let share = Bp::parse_percent(percent).ok_or_else(bad)?;
    Ok(fund(code.trim(), share))
}

/// Names the command-line option behind each invalid field of a strategy.
fn with_cli_fields(error: lagdesk_store::StoreError) -> CliError {
    let lagdesk_store::StoreError::Invalid(invalid) = error else {
        return error.into();
    };
    let lines: Vec<String> = invalid
        .0
        .iter()
        .map(|p| {
            let option = match p.field.as_str() {
                "startYear" => "--start".to_owned(),
                "endYear" => "--end".to_owned(),
                "runningCap" => "--running-cap".to_owned(),
                f if f.starts_with("fundingSources") => "--fund".to_owned(),
                f => format!("--{f}"),
            };
            format!("{option}: {}", p.message)
        })
        .collect();
    CliError::Input(lines.join("; "))
}

fn list_strategies(store: &Store) -> Result<(), CliError> {
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

fn import_plan(store: &mut Store, file: &Path, code: &str) -> Result<(), CliError> {
    let strategy = store.strategy_by_code(code)?;
    let entries = read_plan(file)?;
    store.import_plan(&strategy.id, &entries)?;
    let plan = store.financial_plan(&strategy.id)?;
    println!(
        "Imported {} rows into {}: plan total {}",
        entries.len(),
        strategy.code,
        plan.plan_total.format(Locale::En)
    );
    Ok(())
}

fn export(store: &Store, args: ExportArgs) -> Result<(), CliError> {
    let strategy = store.strategy_by_code(&args.strategy)?;
    let sheet = match args.what {
        ExportWhat::Plan => plan_sheet(
            &store.priorities(&strategy.id)?,
            &store.measures(&strategy.id)?,
        ),
        ExportWhat::Budget => budget_sheet(&store.financial_plan(&strategy.id)?),
    };
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Xlsx => ExportFormat::Xlsx,
        Format::Json => ExportFormat::Json,
    };
    // Written beside the target and renamed over it, so a failed export leaves no half file.
    let mut partial = args.out.clone().into_os_string();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    if let Err(e) = write_sheet(&sheet, format, &partial) {
        let _ = std::fs::remove_file(&partial);
        return Err(e.into());
    }
    std::fs::rename(&partial, &args.out).map_err(|source| {
        CliError::Exchange(lagdesk_exchange::ExchangeError::Io {
            path: args.out.clone(),
            source,
        })
    })?;
    println!("Wrote {} rows to {}", sheet.rows.len(), args.out.display());
    Ok(())
}
