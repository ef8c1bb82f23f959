//! `import plan|calls|projects|payments|events` and `export ...`: files in and out.

use std::path::{Path, PathBuf};

use lagdesk_domain::Locale;
use lagdesk_exchange::{
    budget_sheet, calls_sheet, events_sheet, funds_sheet, indicators_sheet, meetings_sheet,
    members_sheet, payments_sheet, plan_sheet, projects_sheet, read_calls, read_events,
    read_payments, read_plan, read_projects, write_sheet, years_sheet, ExchangeError, ExportFormat,
};
use lagdesk_store::Store;

use crate::args::{ExportArgs, ExportWhat, Format, ImportCommand};
use crate::error::CliError;

pub fn import(store: &mut Store, command: ImportCommand) -> Result<(), CliError> {
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    match command {
        ImportCommand::Plan { file, strategy } => import_plan(store, &file, &strategy),
        ImportCommand::Calls { file, strategy } => {
            let s = store.strategy_by_code(&strategy)?;
            let count = store.import_calls(&s.id, &read_calls(&file)?, &today)?;
            println!("Imported {count} calls into {}", s.code);
            Ok(())
        }
        ImportCommand::Projects { file, strategy } => {
            let s = store.strategy_by_code(&strategy)?;
            let count = store.import_projects(&s.id, &read_projects(&file)?)?;
            println!("Imported {count} projects into {}", s.code);
            Ok(())
        }
        ImportCommand::Payments { file } => {
            let count = store.import_payments(&read_payments(&file)?, &today)?;
            println!("Imported {count} payment claims");
            Ok(())
        }
        ImportCommand::Events { file, strategy } => {
            let strategy = strategy
                .map(|code| store.strategy_by_code(&code))
                .transpose()?;
            let events = read_events(&file)?;
            let count = store.import_events(strategy.as_ref().map(|s| s.id.as_str()), &events)?;
            println!("Imported {count} events");
            Ok(())
        }
    }
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

pub fn export(store: &Store, args: ExportArgs) -> Result<(), CliError> {
    // Members, meetings and events are the LAG's, whatever the strategy; the rest need one.
    let strategy = || -> Result<lagdesk_domain::Strategy, CliError> {
        let code = args
            .strategy
            .as_deref()
            .ok_or_else(|| CliError::Input("--strategy: is required for this export".into()))?;
        Ok(store.strategy_by_code(code)?)
    };
    let sheet = match args.what {
        ExportWhat::Plan => {
            let s = strategy()?;
            plan_sheet(
                &store.priorities(&s.id)?,
                &store.measures(&s.id)?,
                s.start_year..=s.end_year,
            )
        }
        ExportWhat::Budget => budget_sheet(&store.financial_plan(&strategy()?.id)?),
        ExportWhat::Years => years_sheet(&store.financial_plan(&strategy()?.id)?),
        ExportWhat::Funds => funds_sheet(&store.financial_plan(&strategy()?.id)?),
        ExportWhat::Calls => {
            // Oldest first, as a register is read.
            let mut calls = store.calls(&strategy()?.id)?;
            calls.sort_by(|a, b| (&a.opens_at, &a.number).cmp(&(&b.opens_at, &b.number)));
            let summaries = calls
                .iter()
                .map(|c| store.call_summary(&c.id))
                .collect::<Result<Vec<_>, _>>()?;
            calls_sheet(&summaries)
        }
        ExportWhat::Projects => {
            let s = strategy()?;
            projects_sheet(&store.projects(&s.id)?, &s.funding_sources)
        }
        ExportWhat::Payments => payments_sheet(&store.strategy_payment_claims(&strategy()?.id)?),
        ExportWhat::Indicators => indicators_sheet(&store.indicators(&strategy()?.id)?),
        ExportWhat::Members => members_sheet(&store.members()?, &today()),
        ExportWhat::Meetings => meetings_sheet(&store.meetings()?, &store.members()?),
        ExportWhat::Events => events_sheet(&store.events(None, None)?),
    };
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Xlsx => ExportFormat::Xlsx,
        Format::Json => ExportFormat::Json,
    };
    // Written beside the target and renamed over it, so a failed export leaves no half file.
    let mut partial = args.out.clone().into_os_string();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    if let Err(e) = write_sheet(&sheet, format, &partial) {
        let _ = std::fs::remove_file(&partial);
        return Err(e.into());
    }
    std::fs::rename(&partial, &args.out).map_err(|source| {
        CliError::Exchange(ExchangeError::Io {
            path: args.out.clone(),
            source,
        })
    })?;
    println!("Wrote {} rows to {}", sheet.rows.len(), args.out.display());
    Ok(())
}

/// Today on this computer's calendar, as `YYYY-MM-DD`.
fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}
