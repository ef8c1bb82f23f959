//! The audit trail's triggers. Every table a user's records live in gets three triggers that
//! write one `audit_log` row per insert, update and delete: the record's key, and each field's
//! value before and after (an update lists only the fields that changed, and one that changes
//! nothing but its timestamps is not logged). They are generated from the schema after every
//! migration, so a column added later is followed without writing triggers by hand. Tables
//! computed from others (the fund splits) and the app's own bookkeeping are left out.

use rusqlite::Transaction;

use crate::error::Result;

/// Tables that are not the user's records: derived, bookkeeping, or the log itself.
const UNLOGGED: &[&str] = &[
    "project_fund_share",
    "claim_fund_share",
    "event_fund_share",
    "import_setup",
    "audit_log",
    "audit_batch",
    "audit_undo",
];

/// Columns whose change alone is not a change.
const TIMESTAMPS: &[&str] = &["created_at", "updated_at"];

struct Column {
    name: String,
    blob: bool,
    key: bool,
}

/// Starts a new batch: the audit rows written until the next one are one saved change.
pub(crate) fn next_batch(tx: &Transaction<'_>) -> Result<()> {
    tx.execute("UPDATE audit_batch SET id = id + 1", [])?;
    Ok(())
}

/// Drops and recreates the audit triggers of every logged table.
pub(crate) fn install_triggers(tx: &Transaction<'_>) -> Result<()> {
    let tables: Vec<String> = tx
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables.iter().filter(|t| !UNLOGGED.contains(&t.as_str())) {
        let mut columns: Vec<(i64, Column)> = tx
            .prepare(&format!("PRAGMA table_info({table})"))?
            .query_map([], |r| {
                let kind: String = r.get(2)?;
                Ok((
                    r.get::<_, i64>(5)?,
                    Column {
                        name: r.get(1)?,
                        blob: kind.eq_ignore_ascii_case("BLOB"),
                        key: r.get::<_, i64>(5)? > 0,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        // Key columns in the key's order come first.
        columns.sort_by_key(|(pk, _)| if *pk > 0 { *pk } else { i64::MAX });
        let columns: Vec<Column> = columns.into_iter().map(|(_, c)| c).collect();
        tx.execute_batch(&triggers(table, &columns))?;
    }
    Ok(())
}

/// A column's value as JSON can hold it: a BLOB (the logo) as hex.
fn value(row: &str, c: &Column) -> String {
    if c.blob {
        format!("hex({row}.\"{}\")", c.name)
    } else {
        format!("{row}.\"{}\"", c.name)
    }
}

fn triggers(table: &str, columns: &[Column]) -> String {
    let keys: Vec<&Column> = columns.iter().filter(|c| c.key).collect();
    let record = |row: &str| match keys.first() {
        Some(first) => format!("CAST({} AS TEXT)", value(row, first)),
        None => format!("CAST({row}.rowid AS TEXT)"),
    };
    let key = |row: &str| {
        let pairs: Vec<String> = keys
            .iter()
            .map(|c| format!("'{}', {}", c.name, value(row, c)))
            .collect();
        format!("json_object({})", pairs.join(", "))
    };
    let all = |row: &str, before: bool| {
        let pairs: Vec<String> = columns
            .iter()
            .map(|c| {
                let v = value(row, c);
                let pair = if before {
                    format!("{v}, NULL")
                } else {
                    format!("NULL, {v}")
                };
                format!("'{}', json_array({pair})", c.name)
            })
            .collect();
        format!("json_object({})", pairs.join(", "))
    };
    let watched: Vec<&Column> = columns
        .iter()
        .filter(|c| !TIMESTAMPS.contains(&c.name.as_str()))
        .collect();
    let changed: Vec<String> = watched
        .iter()
        .map(|c| format!("OLD.\"{0}\" IS NOT NEW.\"{0}\"", c.name))
        .collect();
    let diffs: Vec<String> = watched
        .iter()
        .map(|c| {
            format!(
                "SELECT '{}' AS k, {} AS o, {} AS n",
                c.name,
                value("OLD", c),
                value("NEW", c)
            )
        })
        .collect();
    let insert = |action: &str, row: &str, changes: String| {
        format!(
            "INSERT INTO audit_log (batch, at, who, entity, record_id, key, action, changes)
             VALUES ((SELECT id FROM audit_batch),
                     strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                     coalesce((SELECT value FROM setting WHERE key = 'coordinator_name'), ''),
                     '{table}', {}, {}, '{action}', {changes});",
            record(row),
            key(row)
        )
    };
    format!(
        "DROP TRIGGER IF EXISTS audit_{table}_insert;
         DROP TRIGGER IF EXISTS audit_{table}_update;
         DROP TRIGGER IF EXISTS audit_{table}_delete;
         CREATE TRIGGER audit_{table}_insert AFTER INSERT ON \"{table}\" BEGIN {} END;
         CREATE TRIGGER audit_{table}_update AFTER UPDATE ON \"{table}\" WHEN {} BEGIN {} END;
         CREATE TRIGGER audit_{table}_delete AFTER DELETE ON \"{table}\" BEGIN {} END;",
        insert("insert", "NEW", all("NEW", false)),
        if changed.is_empty() {
            "0".to_owned()
        } else {
            changed.join(" OR ")
        },
        insert(
            "update",
            "NEW",
            format!(
                "(SELECT json_group_object(k, json_array(o, n)) FROM ({}) WHERE o IS NOT n)",
                diffs.join(" UNION ALL ")
            )
        ),
        insert("delete", "OLD", all("OLD", true)),
    )
}
