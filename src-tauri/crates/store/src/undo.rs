//! Undo from the audit trail: the latest saved change that is not yet undone (and not itself an
//! undo) is taken back by applying each of its logged writes in reverse — an insert deleted,
//! a delete inserted again with every field, an update set back — in one transaction whose own
//! writes are logged like any other. Changes are undone newest first, as far back as the log
//! goes, so a year closed after a change must be reopened (undone) before it.

use lagdesk_domain::{AuditAction, Undone};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Transaction};
use serde_json::{Map, Value as Json};

use crate::error::Result;
use crate::splits::{split_claim, split_event, split_project};
use crate::Store;

struct Logged {
    entity: String,
    record_id: String,
    key: Map<String, Json>,
    action: AuditAction,
    changes: Map<String, Json>,
    at: String,
}

impl Store {
    /// Takes back the latest change; `None` when there is nothing left to undo.
    pub fn undo(&mut self) -> Result<Option<Undone>> {
        self.write(|tx| {
            let latest: Option<i64> = tx
                .query_row(
                    "SELECT max(batch) FROM audit_log WHERE batch > 0 AND batch NOT IN
                     (SELECT batch FROM audit_undo UNION SELECT undo_batch FROM audit_undo)",
                    [],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            let Some(batch) = latest else {
                return Ok(None);
            };
            // Parents come back after their parts: references are checked at commit.
            tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
            let logged = logged(tx, batch)?;
            for entry in logged.iter().rev() {
                revert(tx, entry)?;
            }
            resplit(tx, &logged)?;
            tx.execute(
                "INSERT INTO audit_undo (batch, undo_batch) SELECT ?1, id FROM audit_batch",
                [batch],
            )?;
            let Some(first) = logged.first() else {
                return Ok(None);
            };
            Ok(Some(Undone {
                at: first.at.clone(),
                entity: first.entity.clone(),
                action: first.action,
                label: label(tx, first)?,
                records: i64::try_from(logged.len()).unwrap_or(i64::MAX),
            }))
        })
    }
}

fn object(json: &str) -> Map<String, Json> {
    match serde_json::from_str(json) {
        Ok(Json::Object(map)) => map,
        _ => Map::new(),
    }
}

fn logged(tx: &Transaction<'_>, batch: i64) -> Result<Vec<Logged>> {
    let mut stmt = tx.prepare(
        "SELECT entity, record_id, key, action, changes, at FROM audit_log
         WHERE batch = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([batch], |r| {
        let key: String = r.get(2)?;
        let action: String = r.get(3)?;
        let changes: String = r.get(4)?;
        Ok(Logged {
            entity: r.get(0)?,
            record_id: r.get(1)?,
            key: object(&key),
            action: AuditAction::from_code(&action).unwrap_or(AuditAction::Update),
            changes: object(&changes),
            at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A logged JSON value as SQLite takes it.
fn sql(value: &Json) -> Value {
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => n
            .as_i64()
            .map(Value::Integer)
            .or_else(|| n.as_f64().map(Value::Real))
            .unwrap_or(Value::Null),
        Json::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

/// The table's BLOB columns, logged as hex.
fn blobs(tx: &Transaction<'_>, table: &str) -> Result<Vec<String>> {
    let columns: Vec<(String, String)> = tx
        .prepare(&format!("PRAGMA table_info(\"{table}\")"))?
        .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(columns
        .into_iter()
        .filter(|(_, kind)| kind.eq_ignore_ascii_case("BLOB"))
        .map(|(name, _)| name)
        .collect())
}

fn revert(tx: &Transaction<'_>, e: &Logged) -> Result<()> {
    let blobs = blobs(tx, &e.entity)?;
    let placeholder = |column: &str, n: usize| {
        if blobs.iter().any(|b| b == column) {
            format!("unhex(?{n})")
        } else {
            format!("?{n}")
        }
    };
    // The value a column had before the change: the first of its [from, to] pair.
    let before = |pair: &Json| pair.get(0).map(sql).unwrap_or(Value::Null);
    let mut values: Vec<Value> = Vec::new();
    let statement = match e.action {
        AuditAction::Insert => {
            let keys: Vec<String> = e
                .key
                .iter()
                .map(|(column, value)| {
                    values.push(sql(value));
                    format!("\"{column}\" IS {}", placeholder(column, values.len()))
                })
                .collect();
            format!("DELETE FROM \"{}\" WHERE {}", e.entity, keys.join(" AND "))
        }
        AuditAction::Delete => {
            let (columns, slots): (Vec<String>, Vec<String>) = e
                .changes
                .iter()
                .map(|(column, pair)| {
                    values.push(before(pair));
                    (format!("\"{column}\""), placeholder(column, values.len()))
                })
                .unzip();
            format!(
                "INSERT INTO \"{}\" ({}) VALUES ({})",
                e.entity,
                columns.join(", "),
                slots.join(", ")
            )
        }
        AuditAction::Update => {
            let sets: Vec<String> = e
                .changes
                .iter()
                .map(|(column, pair)| {
                    values.push(before(pair));
                    format!("\"{column}\" = {}", placeholder(column, values.len()))
                })
                .collect();
            // The row is found by its key as it is now, after the change.
            let keys: Vec<String> = e
                .key
                .iter()
                .map(|(column, value)| {
                    let now = e
                        .changes
                        .get(column)
                        .and_then(|pair| pair.get(1))
                        .unwrap_or(value);
                    values.push(sql(now));
                    format!("\"{column}\" IS {}", placeholder(column, values.len()))
                })
                .collect();
            format!(
                "UPDATE \"{}\" SET {} WHERE {}",
                e.entity,
                sets.join(", "),
                keys.join(" AND ")
            )
        }
    };
    tx.execute(&statement, params_from_iter(values))?;
    Ok(())
}

/// The fund splits of the projects, claims and events the change touched, computed again.
fn resplit(tx: &Transaction<'_>, logged: &[Logged]) -> Result<()> {
    for e in logged {
        let exists = |table: &str| -> Result<bool> {
            Ok(tx.query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
                [&e.record_id],
                |r| r.get(0),
            )?)
        };
        match e.entity.as_str() {
            "project" if exists("project")? => split_project(tx, &e.record_id)?,
            "payment_claim" if exists("payment_claim")? => split_claim(tx, &e.record_id)?,
            "event" if exists("event")? => split_event(tx, &e.record_id)?,
            _ => {}
        }
    }
    Ok(())
}

/// The record's number, code, name or title: from the log, or from the row as it is now.
fn label(tx: &Transaction<'_>, e: &Logged) -> Result<String> {
    for column in ["number", "code", "name", "title", "key", "year"] {
        if let Some(pair) = e.changes.get(column) {
            let value = pair.get(0).filter(|v| !v.is_null()).or_else(|| pair.get(1));
            if let Some(v) = value.filter(|v| !v.is_null()) {
                return Ok(v.as_str().map_or_else(|| v.to_string(), str::to_owned));
            }
        }
        let found: Option<Value> = tx
            .query_row(
                &format!("SELECT \"{column}\" FROM \"{}\" WHERE id = ?1", e.entity),
                [&e.record_id],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        match found {
            Some(Value::Text(text)) => return Ok(text),
            Some(Value::Integer(n)) => return Ok(n.to_string()),
            _ => {}
        }
    }
    Ok(String::new())
}
