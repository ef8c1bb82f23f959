//! `import plan|calls|projects|payments|events` and `export ...`: files in and out.

use std::path::Path;

use lagdesk_domain::import::ImportRecords;
use lagdesk_domain::{ImportKind, Locale, RowOutcome};
use lagdesk_exchange::{
    budget_sheet, calls_sheet, events_sheet, funds_sheet, indicators_sheet, meetings_sheet,
    members_sheet, payments_sheet, plan_sheet, projects_sheet, read_records, read_source,
    suggest_mapping, write_sheet, years_sheet, ExchangeError, ExportFormat, Sheet,
};
use lagdesk_store::Store;

use crate::args::{ExportArgs, ExportWhat, Format, ImportCommand};
use crate::error::CliError;

pub fn import(store: &mut Store, command: ImportCommand) -> Result<(), CliError> {
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let (kind, file, strategy) = match command {
        ImportCommand::Plan { file, strategy } => (ImportKind::Plan, file, Some(strategy)),
        ImportCommand::Calls { file, strategy } => (ImportKind::Calls, file, Some(strategy)),
        ImportCommand::Projects { file, strategy } => (ImportKind::Projects, file, Some(strategy)),
        ImportCommand::Payments { file } => (ImportKind::Payments, file, None),
        ImportCommand::Events { file, strategy } => (ImportKind::Events, file, strategy),
        ImportCommand::Archive { file } => return import_archive(store, &file),
    };
    let strategy = strategy
        .map(|code| store.strategy_by_code(&code))
        .transpose()?;
    let records = read(store, kind, &file)?;
    let staged = store.import(
        strategy.as_ref().map(|s| s.id.as_str()),
        &records,
        &today,
        &mut |_, _| {},
    )?;
    let into = strategy
        .as_ref()
        .map(|s| format!(" into {}", s.code))
        .unwrap_or_default();
    println!(
        "Imported {} rows{into}: {} new, {} updated, {} unchanged",
        staged.outcomes.len(),
        staged.count(RowOutcome::New),
        staged.count(RowOutcome::Update),
        staged.count(RowOutcome::Duplicate),
    );
    if let (ImportKind::Plan, Some(s)) = (kind, &strategy) {
        let plan = store.financial_plan(&s.id)?;
        println!("Plan total {}", plan.plan_total.format(Locale::En));
    }
    Ok(())
}

fn import_archive(store: &mut Store, file: &Path) -> Result<(), CliError> {
    let summary = store.import_archive(file)?;
    println!(
        "Took in {}: {} records added, {} already here (kept as they are here); {} documents added, {} already here",
        file.display(),
        summary.added(),
        summary.already_here(),
        summary.documents_added,
        summary.documents_already_here
    );
    for count in summary
        .counts
        .iter()
        .filter(|c| c.added + c.already_here > 0)
    {
        println!(
            "  {}: {} added, {} already here",
            count.entity, count.added, count.already_here
        );
    }
    Ok(())
}

/// The file's records, read as detected and mapped as last confirmed in the window for a file
/// of its shape (or as suggested); refused with every problem when it has any.
fn read(store: &Store, kind: ImportKind, file: &Path) -> Result<ImportRecords, CliError> {
    let detected = read_source(file, None)?;
    let remembered = store.remembered_setup(kind, &detected.headers)?;
    let (source, mapping) = match remembered {
        Some(setup) => (read_source(file, Some(&setup.settings))?, setup.mapping),
        None => {
            let mapping = suggest_mapping(kind, &detected.headers);
            (detected, mapping)
        }
    };
    let parsed = read_records(kind, &source, &mapping);
    if parsed.problems.is_empty() {
        Ok(parsed.records)
    } else {
        Err(ExchangeError::Invalid {
            path: file.to_owned(),
            problems: parsed.problems,
        }
        .into())
    }
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
        ExportWhat::Archive => {
            let documents = store.export_archive(&args.out, true)?;
            println!(
                "Wrote the whole database and {documents} documents to {}",
                args.out.display()
            );
            return Ok(());
        }
    };
    let format = args
        .format
        .ok_or_else(|| CliError::Input("--format: is required for this export".into()))?;
    write_file(&sheet, format, &args.out)
}

/// Writes `sheet` to `out` and says so.
pub(crate) fn write_file(sheet: &Sheet, format: Format, out: &Path) -> Result<(), CliError> {
    let format = match format {
        Format::Csv => ExportFormat::Csv,
        Format::Xlsx => ExportFormat::Xlsx,
        Format::Json => ExportFormat::Json,
    };
    write_sheet(sheet, format, out)?;
    println!("Wrote {} rows to {}", sheet.rows.len(), out.display());
    Ok(())
}

/// Today on this computer's calendar, as `YYYY-MM-DD`.
fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}
