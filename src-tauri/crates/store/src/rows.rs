//! Column lists and row mappers shared by the queries, so each table is read one way only.

use lagdesk_domain::{
    Bp, FundShare, Measure, MeasureKind, Money, Priority, StrategyStatus, YearAllocation,
};
use rusqlite::types::Type;
use rusqlite::Row;

pub(crate) const PRIORITY_COLUMNS: &str = "p.id, p.strategy_id, p.code, p.title, p.position";

/// The last column is the yearly spread as `[year, cents]` pairs (see [`pairs`]), put in order
/// of years by [`measure`]: an aggregate's own `ORDER BY` needs SQLite 3.44, and the money view's
/// SQL also runs in older `sqlite3` shells for the benchmark.
pub(crate) const MEASURE_COLUMNS: &str =
    "m.id, m.strategy_id, m.priority_id, m.code, m.title, m.kind, \
     m.allocation_cents, m.planned_projects, m.max_intensity_bp, m.max_grant_cents, m.position, \
     (SELECT json_group_array(json_array(y.year, y.allocation_cents)) \
      FROM measure_year y WHERE y.measure_id = m.id)";

pub(crate) fn priority(r: &Row<'_>) -> rusqlite::Result<Priority> {
    Ok(Priority {
        id: r.get(0)?,
        strategy_id: r.get(1)?,
        code: r.get(2)?,
        title: r.get(3)?,
        position: r.get(4)?,
    })
}

pub(crate) fn measure(r: &Row<'_>) -> rusqlite::Result<Measure> {
    let kind: String = r.get(5)?;
    let mut yearly = pairs::<i32>(r, 11)?;
    yearly.sort_unstable_by_key(|(year, _)| *year);
    Ok(Measure {
        id: r.get(0)?,
        strategy_id: r.get(1)?,
        priority_id: r.get(2)?,
        code: r.get(3)?,
        title: r.get(4)?,
        kind: MeasureKind::from_code(&kind).ok_or_else(|| bad_text(5, &kind))?,
        allocation: Money(r.get(6)?),
        planned_projects: r.get(7)?,
        max_intensity: r.get::<_, Option<i64>>(8)?.map(Bp),
        max_grant: r.get::<_, Option<i64>>(9)?.map(Money),
        position: r.get(10)?,
        yearly: yearly
            .into_iter()
            .map(|(year, cents)| YearAllocation {
                year,
                amount: Money(cents),
            })
            .collect(),
    })
}

/// A fund split read from a `json_group_array` of `[code, cents]` pairs.
pub(crate) fn fund_shares(r: &Row<'_>, index: usize) -> rusqlite::Result<Vec<FundShare>> {
    Ok(pairs::<String>(r, index)?
        .into_iter()
        .map(|(code, cents)| FundShare {
            code,
            amount: Money(cents),
        })
        .collect())
}

/// `[key, cents]` pairs as `json_group_array` builds them (`[]` when there are none).
fn pairs<K: serde::de::DeserializeOwned>(
    r: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Vec<(K, i64)>> {
    let text: String = r.get(index)?;
    serde_json::from_str(&text).map_err(|_| bad_text(index, &text))
}

pub(crate) fn status(r: &Row<'_>, index: usize) -> rusqlite::Result<StrategyStatus> {
    let code: String = r.get(index)?;
    StrategyStatus::from_code(&code).ok_or_else(|| bad_text(index, &code))
}

/// A value the schema's CHECK constraints should have kept out.
pub(crate) fn bad_text(index: usize, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        index,
        Type::Text,
        format!("unexpected value '{value}'").into(),
    )
}
