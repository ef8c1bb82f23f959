//! `log`: the audit trail, printed newest first (a record's history oldest first) or written to
//! a file with one row per changed field.

use lagdesk_domain::{AuditEntry, AuditFilter};
use lagdesk_exchange::audit_sheet;
use lagdesk_store::Store;

use crate::args::LogArgs;
use crate::commands::files::write_file;
use crate::error::CliError;

pub fn show(store: &Store, args: LogArgs) -> Result<(), CliError> {
    let entries = match &args.record {
        Some(id) => store.history(id)?,
        None => store.audit_log(&AuditFilter {
            from: args.from,
            to: args.to,
            entity: args.kind,
            who: args.who,
            text: args.text,
            limit: Some(args.limit),
        })?,
    };
    if let (Some(out), Some(format)) = (&args.out, args.format) {
        return write_file(&audit_sheet(&entries), format, out);
    }
    if entries.is_empty() {
        println!("No changes found");
    }
    for entry in &entries {
        println!("{}", line(entry));
    }
    Ok(())
}

/// `2026-11-23 14:05 Rasa Petraitienė: update project 8f3c…: title "A" → "B"`.
fn line(e: &AuditEntry) -> String {
    let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
    let who = if e.who.is_empty() {
        "(no name)"
    } else {
        &e.who
    };
    let show = |v: &Option<String>| v.as_ref().map_or("—".to_owned(), |v| format!("\"{v}\""));
    let changes: Vec<String> = e
        .changes
        .iter()
        .map(|c| format!("{} {} → {}", c.field, show(&c.from), show(&c.to)))
        .collect();
    format!(
        "{when} {who}: {} {} {}: {}",
        e.action.code(),
        e.entity,
        e.record_id,
        changes.join("; ")
    )
}
