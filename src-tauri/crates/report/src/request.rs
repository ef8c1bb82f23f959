//! One report, named with its parameters as the window and the CLI ask for it, gathered from the
//! store and built: the one way in for both shells, so both print the same figures.

use lagdesk_domain::{FieldProblem, Invalid, Locale, ProjectStatus};
use lagdesk_store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Cell, Report};
use crate::summary::SummaryData;
use crate::text::Texts;
use crate::{budget, call, events, minutes, project, register, summary, Frame};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ReportKind {
    Summary,
    Budget,
    Call,
    Register,
    Project,
    Minutes,
    Events,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportRequest {
    pub kind: Option<ReportKind>,
    pub strategy_id: String,
    pub locale: Locale,
    /// `YYYY-MM-DD`: the period of the events (summary, events report).
    pub from: Option<String>,
    pub to: Option<String>,
    pub call_id: Option<String>,
    pub project_id: Option<String>,
    pub meeting_id: Option<String>,
    /// The register's filter, as on the projects screen.
    pub status: Option<ProjectStatus>,
    pub measure_id: Option<String>,
}

fn missing(field: &str, message: &str) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(field, "required", message)]))
}

/// The report `request` names, with today's date (`YYYY-MM-DD`) in its footer.
pub fn make(store: &Store, request: &ReportRequest, today: &str) -> Result<Report, StoreError> {
    let kind = request
        .kind
        .ok_or_else(|| missing("kind", "choose a report"))?;
    let strategy = store.strategy(&request.strategy_id)?;
    let locale = request.locale;
    let texts = Texts::new(locale);
    let mut frame = Frame {
        locale,
        organisation: store.organisation()?.map(|o| o.name).unwrap_or_default(),
        logo: store.logo()?,
        strategy_code: strategy.code.clone(),
        strategy_title: strategy.title.clone(),
        printed_on: today.to_owned(),
        parameters: Vec::new(),
    };
    let period = match (&request.from, &request.to) {
        (Some(from), Some(to)) if !from.is_empty() && !to.is_empty() => {
            let shown = format!(
                "{} – {}",
                Cell::Date(from.clone()).text(locale),
                Cell::Date(to.clone()).text(locale)
            );
            frame
                .parameters
                .push((texts.t("report-param-period"), shown));
            Some((from.clone(), to.clone()))
        }
        _ => None,
    };
    let id = |value: &Option<String>, field: &str, message: &str| {
        value
            .clone()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| missing(field, message))
    };
    Ok(match kind {
        ReportKind::Summary => {
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
            summary(
                &frame,
                &SummaryData {
                    plan: &plan,
                    calls: &calls,
                    projects: &projects,
                    indicators: &indicators,
                    events: events.as_ref(),
                },
            )
        }
        ReportKind::Budget => budget(
            &frame,
            &store.financial_plan(&strategy.id)?,
            &store.money_by_measure_and_year(&strategy.id)?,
        ),
        ReportKind::Register => {
            let projects: Vec<_> = store
                .projects(&strategy.id)?
                .into_iter()
                .filter(|p| request.status.is_none_or(|s| p.status == s))
                .filter(|p| {
                    request
                        .measure_id
                        .as_ref()
                        .is_none_or(|m| &p.measure_id == m)
                })
                .filter(|p| {
                    request
                        .call_id
                        .as_ref()
                        .is_none_or(|c| p.call_id.as_ref() == Some(c))
                })
                .collect();
            if request.status.is_some() || request.measure_id.is_some() || request.call_id.is_some()
            {
                frame
                    .parameters
                    .push((texts.t("report-param-filter"), texts.t("report-filtered")));
            }
            register(&frame, &projects)
        }
        ReportKind::Call => {
            let call_id = id(&request.call_id, "callId", "choose a call")?;
            call(
                &frame,
                &store.call_summary(&call_id)?,
                &store.selection(&call_id)?,
            )
        }
        ReportKind::Project => {
            let project_id = id(&request.project_id, "projectId", "choose a project")?;
            project(
                &frame,
                &store.project(&project_id)?,
                &store.project_history(&project_id)?,
                &store.payment_claims(&project_id)?,
                &store.indicators(&strategy.id)?,
            )
        }
        ReportKind::Minutes => {
            let meeting_id = id(&request.meeting_id, "meetingId", "choose a meeting")?;
            minutes(&frame, &store.meeting(&meeting_id)?, &store.members()?)
        }
        ReportKind::Events => {
            let (from, to) =
                period.ok_or_else(|| missing("from", "choose the period's first and last day"))?;
            let totals = store.event_totals(&from, &to)?;
            events(&frame, &store.events(Some(&from), Some(&to))?, &totals)
        }
    })
}
