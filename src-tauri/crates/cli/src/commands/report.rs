//! `report summary|budget|call|register|project|events|minutes`: names the report by the codes
//! and numbers a user knows, builds it through the same request as the window and writes the PDF
//! (never half a file, never over an existing one unless asked).

use lagdesk_domain::{Locale, Strategy};
use lagdesk_report::{make, render, write_pdf, ReportKind, ReportRequest};
use lagdesk_store::Store;

use crate::args::{Lang, ReportArgs, ReportWhat};
use crate::error::CliError;

pub fn print(store: &Store, args: ReportArgs) -> Result<(), CliError> {
    let strategy = match &args.strategy {
        Some(code) => store.strategy_by_code(code)?,
        None => the_only_strategy(store)?,
    };
    let kind = match args.what {
        ReportWhat::Summary => ReportKind::Summary,
        ReportWhat::Budget => ReportKind::Budget,
        ReportWhat::Call => ReportKind::Call,
        ReportWhat::Register => ReportKind::Register,
        ReportWhat::Project => ReportKind::Project,
        ReportWhat::Events => ReportKind::Events,
        ReportWhat::Minutes => ReportKind::Minutes,
    };
    let required = |value: &Option<String>, option: &str| {
        value
            .clone()
            .ok_or_else(|| CliError::Input(format!("{option}: is required for this report")))
    };
    let mut request = ReportRequest {
        kind: Some(kind),
        strategy_id: strategy.id.clone(),
        locale: match args.lang {
            Lang::Lt => Locale::Lt,
            Lang::Lv => Locale::Lv,
            Lang::En => Locale::En,
        },
        from: args.from.clone(),
        to: args.to.clone(),
        ..ReportRequest::default()
    };
    match kind {
        ReportKind::Events if args.from.is_none() => {
            return Err(CliError::Input(
                "--from, --to: the events report needs a period".into(),
            ));
        }
        ReportKind::Call => {
            let number = required(&args.call, "--call")?;
            request.call_id = Some(store.call_by_number(&strategy.id, &number)?.id);
        }
        ReportKind::Project => {
            let number = required(&args.project, "--project")?;
            let found = store
                .projects(&strategy.id)?
                .into_iter()
                .find(|p| p.number == number)
                .ok_or_else(|| {
                    CliError::Input(format!("--project: '{number}' is not a project"))
                })?;
            request.project_id = Some(found.id);
        }
        ReportKind::Minutes => {
            let number = required(&args.meeting, "--meeting")?;
            let found: Vec<_> = store
                .meetings()?
                .into_iter()
                .filter(|m| m.number == number)
                .collect();
            let [meeting] = found.as_slice() else {
                return Err(CliError::Input(format!(
                    "--meeting: {} meetings have the number '{number}'",
                    found.len()
                )));
            };
            request.meeting_id = Some(meeting.id.clone());
        }
        _ => {}
    }
    let today = chrono::Local::now().date_naive().to_string();
    let report = make(store, &request, &today)?;
    let bytes = render(&report)?;
    write_pdf(&args.out, &bytes, args.replace)?;
    println!("Wrote {} ({} KB)", args.out.display(), bytes.len() / 1024);
    Ok(())
}

/// The strategy a report is about when `--strategy` is left out: the only one there is.
fn the_only_strategy(store: &Store) -> Result<Strategy, CliError> {
    let strategies = store.strategies()?;
    match strategies.as_slice() {
        [one] => Ok(store.strategy(&one.id)?),
        [] => Err(CliError::Input(
            "--strategy: the database holds no strategy yet".into(),
        )),
        several => {
            let codes: Vec<&str> = several.iter().map(|s| s.code.as_str()).collect();
            Err(CliError::Input(format!(
                "--strategy: the database holds several strategies ({}); name one",
                codes.join(", ")
            )))
        }
    }
}
