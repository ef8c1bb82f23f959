//! One function per command; each opens the store, does its work and prints a short report.
//! The parsing helpers here turn option text into domain values and name the option on failure.

mod backup;
mod files;
mod log;
mod plan;
mod report;
mod strategy;
mod structure;

use lagdesk_domain::{Bp, Money};
use lagdesk_store::{resolve_db_path, Store, StoreError};

use crate::args::{Cli, Command, YearCommand};
use crate::error::CliError;

pub fn run(cli: Cli) -> Result<(), CliError> {
    let path = resolve_db_path(cli.db)?;
    if let Command::Restore { file } = &cli.command {
        return backup::restore(&path, file);
    }
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
        Command::Demo {
            scale: Some(scale),
            seed,
        } => {
            let generated = store.load_scaled(scale, seed)?;
            let codes: Vec<&str> = generated
                .strategies
                .iter()
                .map(|(_, code)| code.as_str())
                .collect();
            println!(
                "Generated {scale} LAGs (seed {seed}), strategies {}",
                codes.join(", ")
            );
            for (what, count) in store.record_counts()? {
                println!("  {what}: {count}");
            }
            Ok(())
        }
        Command::Demo { scale: None, .. } => {
            let id = store.load_demo()?;
            let strategy = store.strategy(&id)?;
            println!(
                "Loaded the demo LAG: strategy {} ({})",
                strategy.code, strategy.title
            );
            Ok(())
        }
        Command::Strategy(command) => strategy::run(&mut store, command),
        Command::Priority(command) => structure::priority(&mut store, command),
        Command::Measure(command) => structure::measure(&mut store, command),
        Command::Plan { strategy } => plan::show(&store, &strategy),
        Command::Import(command) => files::import(&mut store, command),
        Command::Export(args) => files::export(&store, args),
        Command::Report(args) => report::print(&store, args),
        Command::Backup { out, replace } => backup::back_up(&store, out.as_deref(), replace),
        Command::Backups => backup::list(&store),
        Command::Check => backup::check(&store),
        Command::Year(command) => years(&mut store, command),
        Command::Log(args) => log::show(&store, args),
        Command::Restore { .. } => Ok(()),
    }
}

fn years(store: &mut Store, command: YearCommand) -> Result<(), CliError> {
    let closed = match command {
        YearCommand::List => store.closed_years()?,
        YearCommand::Close { year } => store.close_year(year)?,
        YearCommand::Reopen { year } => store.reopen_year(year)?,
    };
    if closed.is_empty() {
        println!("No year is closed");
    }
    for y in closed {
        let by = if y.closed_by.is_empty() {
            String::new()
        } else {
            format!(" by {}", y.closed_by)
        };
        println!(
            "{} closed on {}{by}",
            y.year,
            y.closed_at.get(..10).unwrap_or_default()
        );
    }
    Ok(())
}

pub(crate) fn money(option: &str, text: &str) -> Result<Money, CliError> {
    Money::parse(text).map_err(|e| CliError::Input(format!("{option}: {e}")))
}

pub(crate) fn percent(option: &str, text: &str) -> Result<Bp, CliError> {
    Bp::parse_percent(text)
        .ok_or_else(|| CliError::Input(format!("{option}: '{text}' is not a percentage")))
}

/// Names the command-line option behind each invalid field.
pub(crate) fn with_options(error: StoreError) -> CliError {
    let StoreError::Invalid(invalid) = error else {
        return error.into();
    };
    let lines: Vec<String> = invalid
        .0
        .iter()
        .map(|p| {
            let option = match p.field.as_str() {
                "startYear" => "--start".to_owned(),
                "endYear" => "--end".to_owned(),
                "priorityId" => "--priority".to_owned(),
                "yearly" => "--year".to_owned(),
                f if f.starts_with("fundingSources") => "--fund".to_owned(),
                f => format!("--{}", kebab(f)),
            };
            format!("{option}: {}", p.message)
        })
        .collect();
    CliError::Input(lines.join("; "))
}

/// `maxGrant` → `max-grant`.
fn kebab(field: &str) -> String {
    field.chars().fold(String::new(), |mut out, c| {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
        out
    })
}
