//! Reading calls, projects and payment claims from spreadsheets (CSV or XLSX). Every problem is
//! reported with its row and column; rows come back only when there is none. Codes are resolved
//! by the store, which names the row of an unknown one.

use std::collections::HashMap;
use std::path::Path;

use lagdesk_domain::import::{CallImport, CallMeasureImport, PaymentImport, ProjectImport};
use lagdesk_domain::{ApplicantKind, ProjectStatus};

use crate::cells::RowReader;
use crate::error::ExchangeError;
use crate::table::read_table;

/// `call_number, title, opens_on, closes_on, measure_code, available` and optionally
/// `max_grant, max_intensity`; one row per call and measure.
pub fn read_calls(path: &Path) -> Result<Vec<CallImport>, ExchangeError> {
    let table = read_table(path)?;
    let required = [
        "call_number",
        "title",
        "opens_on",
        "closes_on",
        "measure_code",
        "available",
    ];
    let mut r = RowReader::new(path, &table, &required)?;
    let mut calls: Vec<CallImport> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
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
        if !opens.is_empty() && !closes.is_empty() && closes < opens {
            r.problem(
                row,
                "closes_on",
                format!("{closes} is before the opening ({opens})"),
            );
        }
        if let Some(first) = seen.insert((number.clone(), measure_code.clone()), row) {
            r.problem(
                row,
                "measure_code",
                format!("'{measure_code}' is already in call '{number}' in row {first}"),
            );
        }
        // A call opens at the start of its first day and closes at the end of its last.
        let (opens_at, closes_at) = (format!("{opens}T00:00"), format!("{closes}T23:59"));
        match calls.iter_mut().find(|c| c.number == number) {
            Some(call)
                if call.title != title
                    || call.opens_at != opens_at
                    || call.closes_at != closes_at =>
            {
                r.problem(
                    row,
                    "title",
                    format!(
                        "call '{number}' has another title or other dates in row {}",
                        call.row
                    ),
                )
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
    r.finish(path)?;
    Ok(calls)
}

/// `number, title, applicant, applicant_type, measure_code, call_number, status, eligible_cost,
/// requested, awarded, submitted_on, status_on` and optionally `jobs_created`.
pub fn read_projects(path: &Path) -> Result<Vec<ProjectImport>, ExchangeError> {
    let table = read_table(path)?;
    let required = [
        "number",
        "title",
        "applicant",
        "applicant_type",
        "measure_code",
        "call_number",
        "status",
        "eligible_cost",
        "requested",
        "awarded",
        "submitted_on",
        "status_on",
    ];
    let mut r = RowReader::new(path, &table, &required)?;
    let mut projects = Vec::new();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    for (row, cells) in &table.rows {
        let row = *row;
        let number = r.required(row, cells, "number");
        if let Some(first) = numbers.insert(number.clone(), row) {
            r.problem(
                row,
                "number",
                format!("'{number}' is already used in row {first}"),
            );
        }
        let kind_text = r.text(cells, "applicant_type").to_lowercase();
        let applicant_kind = ApplicantKind::from_code(&kind_text).unwrap_or_else(|| {
            r.problem(
                row,
                "applicant_type",
                format!("'{kind_text}' is not an applicant type (ngo, community, municipality, business, farmer, person)"),
            );
            ApplicantKind::default()
        });
        let status_text = r.text(cells, "status").to_lowercase();
        let status = ProjectStatus::from_code(&status_text).unwrap_or_else(|| {
            r.problem(
                row,
                "status",
                format!("'{status_text}' is not a project status"),
            );
            ProjectStatus::default()
        });
        let call_number = r.text(cells, "call_number");
        let project = ProjectImport {
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
            submitted_on: r.required_date(row, cells, "submitted_on"),
            status_on: r.required_date(row, cells, "status_on"),
            jobs_created: r.whole_number(row, cells, "jobs_created"),
            number,
        };
        if !project.status_on.is_empty() && project.status_on < project.submitted_on {
            r.problem(
                row,
                "status_on",
                format!("{} is before the submission", project.status_on),
            );
        }
        projects.push(project);
    }
    r.finish(path)?;
    Ok(projects)
}

/// `project_number, claim_number, claimed, paid, paid_on` and optionally `submitted_on`.
pub fn read_payments(path: &Path) -> Result<Vec<PaymentImport>, ExchangeError> {
    let table = read_table(path)?;
    let required = [
        "project_number",
        "claim_number",
        "claimed",
        "paid",
        "paid_on",
    ];
    let mut r = RowReader::new(path, &table, &required)?;
    let mut payments = Vec::new();
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
        if payment.paid.is_some() != payment.paid_on.is_some() {
            r.problem(
                row,
                "paid_on",
                "an amount paid needs its date, and a date its amount".into(),
            );
        }
        payments.push(payment);
    }
    r.finish(path)?;
    Ok(payments)
}
