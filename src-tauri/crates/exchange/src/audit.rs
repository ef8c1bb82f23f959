//! The audit trail as a sheet: one row per changed field, so a spreadsheet can filter it.

use lagdesk_domain::AuditEntry;

use crate::export::{headers, Cell, Sheet};

pub fn audit_sheet(entries: &[AuditEntry]) -> Sheet {
    let text = |v: &Option<String>| v.clone().map_or(Cell::Empty, Cell::Text);
    let rows = entries
        .iter()
        .flat_map(|e| {
            e.changes.iter().map(move |c| {
                vec![
                    Cell::Text(e.at.clone()),
                    Cell::Text(e.who.clone()),
                    Cell::Text(e.entity.clone()),
                    Cell::Text(e.record_id.clone()),
                    Cell::Text(e.action.code().to_owned()),
                    Cell::Text(c.field.clone()),
                    text(&c.from),
                    text(&c.to),
                ]
            })
        })
        .collect();
    Sheet {
        name: "log".into(),
        headers: headers(&[
            "at", "who", "kind", "record", "action", "field", "from", "to",
        ]),
        rows,
    }
}
