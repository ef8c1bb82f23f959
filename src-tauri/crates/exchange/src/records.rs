//! Reading calls, projects and payment claims out of a mapped table. Every problem is reported
//! with its row and column. Codes of measures, calls and projects are resolved by the store,
//! which names the row of an unknown one.

use std::collections::HashMap;

use lagdesk_domain::import::{CallImport, CallMeasureImport, PaymentImport, ProjectImport};
use lagdesk_domain::{ApplicantKind, ProjectStatus};

use crate::cells::RowReader;

/// One row per call and measure: `call_number, title, opens_on, closes_on, measure_code,
/// available` and optionally `max_grant, max_intensity`. A call's rows must agree on its title
/// and dates.
pub(crate) fn parse_calls(r: &mut RowReader<'_>) -> Vec<CallImport> {
    let mut calls: Vec<CallImport> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let table = r.table;
    for (row, cells) in &table.rows {
        let row = *row;
        let number = r.required(row, cells, "call_number");
        let title = r.required(row, cells, "title");
        let opens = r.required_date(row, cells, "opens_on");
        let closes = r.required_date(row, cells, "closes_on");
        let measure_code = r.required(row, cells, "measure_code");
        let measure = CallMeasureImport {
            row,
            available: r.required_money(row, cells, "available"),
            max_grant: r.money(row, cells, "max_grant"),
            max_intensity: r.percent(row, cells, "max_intensity"),
            measure_code: measure_code.clone(),
        };
        r.not_before(row, "closes_on", &closes, &opens);
        if let Some(first) = seen.insert((number.clone(), measure_code.clone()), row) {
            let problem = r
                .at(
                    row,
                    "measure_code",
                    "used-in-row",
                    format!("'{measure_code}' is already in call '{number}' in row {first}"),
                )
                .arg("value", &measure_code)
                .arg("first", first);
            r.push(problem);
        }
        // A call opens at the start of its first day and closes at the end of its last.
        let (opens_at, closes_at) = (format!("{opens}T00:00"), format!("{closes}T23:59"));
        match calls.iter_mut().find(|c| c.number == number) {
            Some(call)
                if call.title != title
                    || call.opens_at != opens_at
                    || call.closes_at != closes_at =>
            {
                let problem = r
                    .at(
                        row,
                        "title",
                        "call-differs",
                        format!(
                            "call '{number}' has another title or other dates in row {}",
                            call.row
                        ),
                    )
                    .arg("call", &number)
                    .arg("first", call.row);
                r.push(problem);
            }
            Some(call) => call.measures.push(measure),
            None => calls.push(CallImport {
                row,
                number,
                title,
                opens_at,
                closes_at,
                measures: vec![measure],
            }),
        }
    }
    calls
}

/// `number, title, applicant, measure_code, eligible_cost, requested, submitted_on` and
/// optionally `applicant_type, call_number, status, awarded, status_on, jobs_created`. A project
/// without a status is submitted; its status date is then its submission.
pub(crate) fn parse_projects(r: &mut RowReader<'_>) -> Vec<ProjectImport> {
    let kinds: Vec<&str> = ApplicantKind::ALL.iter().map(|k| k.code()).collect();
    let statuses: Vec<&str> = ProjectStatus::ALL.iter().map(|s| s.code()).collect();
    let mut projects = Vec::new();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let table = r.table;
    for (row, cells) in &table.rows {
        let row = *row;
        let number = r.required(row, cells, "number");
        if let Some(first) = numbers.insert(number.clone(), row) {
            let problem = r
                .at(
                    row,
                    "number",
                    "used-in-row",
                    format!("'{number}' is already used in row {first}"),
                )
                .arg("value", &number)
                .arg("first", first);
            r.push(problem);
        }
        let applicant_kind = r
            .choice(
                (row, cells, "applicant_type"),
                ("an applicant type", "applicant-kind"),
                &kinds,
            )
            .and_then(ApplicantKind::from_code)
            .unwrap_or_default();
        let status = r
            .choice(
                (row, cells, "status"),
                ("a project status", "project-status"),
                &statuses,
            )
            .and_then(ProjectStatus::from_code)
            .unwrap_or_default();
        let submitted_on = r.required_date(row, cells, "submitted_on");
        let status_on = if status == ProjectStatus::Submitted {
            r.date(row, cells, "status_on")
                .unwrap_or_else(|| submitted_on.clone())
        } else {
            r.required_date(row, cells, "status_on")
        };
        r.not_before(row, "status_on", &status_on, &submitted_on);
        let call_number = r.text(cells, "call_number");
        projects.push(ProjectImport {
            row,
            title: r.required(row, cells, "title"),
            applicant: r.required(row, cells, "applicant"),
            applicant_kind,
            measure_code: r.required(row, cells, "measure_code"),
            call_number: (!call_number.is_empty()).then_some(call_number),
            status,
            eligible_cost: r.required_money(row, cells, "eligible_cost"),
            requested_aid: r.required_money(row, cells, "requested"),
            awarded_aid: r.money(row, cells, "awarded"),
            submitted_on,
            status_on,
            jobs_created: r.whole_number(row, cells, "jobs_created"),
            number,
        });
    }
    projects
}

/// `project_number, claim_number, claimed` and optionally `submitted_on, paid, paid_on`.
pub(crate) fn parse_payments(r: &mut RowReader<'_>) -> Vec<PaymentImport> {
    let mut payments = Vec::new();
    let table = r.table;
    for (row, cells) in &table.rows {
        let row = *row;
        let payment = PaymentImport {
            row,
            project_number: r.required(row, cells, "project_number"),
            claim_number: r.required(row, cells, "claim_number"),
            submitted_on: r.date(row, cells, "submitted_on"),
            claimed: r.required_money(row, cells, "claimed"),
            paid: r.money(row, cells, "paid"),
            paid_on: r.date(row, cells, "paid_on"),
        };
        let (paid, paid_on) = (r.text(cells, "paid"), r.text(cells, "paid_on"));
        if paid.is_empty() != paid_on.is_empty() {
            r.problem(
                row,
                if paid.is_empty() { "paid" } else { "paid_on" },
                "paid-needs-date",
                "an amount paid needs its date, and a date its amount".into(),
            );
        }
        payments.push(payment);
    }
    payments
}
