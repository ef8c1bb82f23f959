//! `report summary|budget|register|events|minutes`: gathers the strategy's figures from the store, builds the report
//! in the chosen language and writes the PDF (never half a file, never over an existing one
//! unless asked).

use lagdesk_domain::Locale;
use lagdesk_report::{
    budget, events, minutes, register, render, summary, write_pdf, Frame, SummaryData,
};
use lagdesk_store::Store;

use crate::args::{Lang, ReportArgs, ReportWhat};
use crate::error::CliError;

pub fn print(store: &Store, args: ReportArgs) -> Result<(), CliError> {
    let strategy = store.strategy_by_code(&args.strategy)?;
    let locale = match args.lang {
        Lang::Lt => Locale::Lt,
        Lang::Lv => Locale::Lv,
        Lang::En => Locale::En,
    };
    let mut frame = Frame {
        locale,
        organisation: store.organisation()?.map(|o| o.name).unwrap_or_default(),
        strategy_code: strategy.code.clone(),
        strategy_title: strategy.title.clone(),
        printed_on: chrono::Local::now().date_naive().to_string(),
        parameters: Vec::new(),
    };
    let period = match (&args.from, &args.to) {
        (Some(from), Some(to)) => {
            let texts = lagdesk_report::Texts::new(locale);
            let shown = format!(
                "{} – {}",
                lagdesk_report::Cell::Date(from.clone()).text(locale),
                lagdesk_report::Cell::Date(to.clone()).text(locale)
            );
            frame
                .parameters
                .push((texts.t("report-param-period"), shown));
            Some((from.clone(), to.clone()))
        }
        _ => None,
    };
    let report = match args.what {
        ReportWhat::Register => register(&frame, &store.projects(&strategy.id)?),
        ReportWhat::Budget => budget(&frame, &store.financial_plan(&strategy.id)?),
        ReportWhat::Events => {
            let (from, to) = period.ok_or_else(|| {
                CliError::Input("--from, --to: the events report needs a period".into())
            })?;
            let totals = store.event_totals(&from, &to)?;
            events(&frame, &store.events(Some(&from), Some(&to))?, &totals)
        }
        ReportWhat::Minutes => {
            let number = args.meeting.as_deref().ok_or_else(|| {
                CliError::Input("--meeting: the minutes need the meeting's number".into())
            })?;
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
            minutes(&frame, meeting, &store.members()?)
        }
        ReportWhat::Summary => {
            let plan = store.financial_plan(&strategy.id)?;
            let calls = store
                .calls(&strategy.id)?
                .iter()
                .map(|c| store.call_summary(&c.id))
                .collect::<Result<Vec<_>, _>>()?;
            let projects = store.projects(&strategy.id)?;
            let indicators = store.indicators(&strategy.id)?;
            let events = match &period {
                Some((from, to)) => Some(store.event_totals(from, to)?),
                None => None,
            };
            let data = SummaryData {
                plan: &plan,
                calls: &calls,
                projects: &projects,
                indicators: &indicators,
                events: events.as_ref(),
            };
            summary(&frame, &data)
        }
    };
    let bytes = render(&report)?;
    write_pdf(&args.out, &bytes, args.replace)?;
    println!("Wrote {} ({} KB)", args.out.display(), bytes.len() / 1024);
    Ok(())
}
