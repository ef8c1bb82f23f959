//! Reading the audit trail: a record's history (with its parts, such as a measure's years) and
//! the whole log, filtered.

use lagdesk_domain::{AuditAction, AuditEntry, AuditFilter, FieldChange};
use rusqlite::types::Value;
use rusqlite::Row;

use crate::error::Result;
use crate::Store;

const COLUMNS: &str = "id, batch, at, who, entity, record_id, action, changes";

fn entry(r: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    let action: String = r.get(6)?;
    let changes: String = r.get(7)?;
    Ok(AuditEntry {
        id: r.get(0)?,
        batch: r.get(1)?,
        at: r.get(2)?,
        who: r.get(3)?,
        entity: r.get(4)?,
        record_id: r.get(5)?,
        action: AuditAction::from_code(&action).unwrap_or(AuditAction::Update),
        changes: field_changes(&changes),
    })
}

/// `{"title": ["old", "new"], ...}` as a list in the order stored.
fn field_changes(json: &str) -> Vec<FieldChange> {
    let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(json)
    else {
        return Vec::new();
    };
    let text = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    fields
        .into_iter()
        .map(|(field, pair)| FieldChange {
            from: text(pair.get(0)),
            to: text(pair.get(1)),
            field,
        })
        .collect()
}

impl Store {
    /// Everything written about the record `id` and its parts, oldest first.
    pub fn history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE record_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([id], entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The log as `filter` narrows it, newest first.
    pub fn audit_log(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut conditions = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut add = |condition: &str, value: String| {
            values.push(Value::Text(value));
            conditions.push(condition.replace('?', &format!("?{}", values.len())));
        };
        if let Some(from) = &filter.from {
            add("at >= ?", from.clone());
        }
        if let Some(to) = &filter.to {
            // The whole last day: every time on it sorts before the next day.
            add("at < ?", format!("{to}~"));
        }
        if let Some(entity) = &filter.entity {
            add("entity = ?", entity.clone());
        }
        if let Some(who) = &filter.who {
            add("who = ?", who.clone());
        }
        let condition = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let limit = usize::try_from(filter.limit.unwrap_or(1000)).unwrap_or(usize::MAX);
        // SQLite lowers only ASCII letters: text is matched here, so `Ž` finds `ž`.
        let text = filter
            .text
            .as_deref()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty());
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM audit_log {condition} ORDER BY id DESC"
        ))?;
        let mut found = Vec::new();
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        while found.len() < limit {
            let Some(row) = rows.next()? else { break };
            let entry = entry(row)?;
            let matches = text.as_deref().is_none_or(|text| {
                entry.changes.iter().any(|c| {
                    [&c.from, &c.to].iter().any(|v| {
                        v.as_deref()
                            .is_some_and(|v| v.to_lowercase().contains(text))
                    })
                })
            });
            if matches {
                found.push(entry);
            }
        }
        Ok(found)
    }
}
