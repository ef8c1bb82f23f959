//! Closing and reopening years, and the one check every money write makes: a change dated in a
//! closed year is refused with the field it came from and the year.

use lagdesk_domain::{year_closed, ClosedYear, Invalid};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Result, StoreError};
use crate::{now, Store};

impl Store {
    /// The closed years, latest first.
    pub fn closed_years(&self) -> Result<Vec<ClosedYear>> {
        let mut stmt = self
            .conn
            .prepare("SELECT year, closed_at, closed_by FROM closed_year ORDER BY year DESC")?;
        let rows = stmt.query_map([], |r| {
            Ok(ClosedYear {
                year: r.get(0)?,
                closed_at: r.get(1)?,
                closed_by: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Closes `year` in the name of the coordinator set in the settings; closing it again
    /// changes nothing.
    pub fn close_year(&mut self, year: i32) -> Result<Vec<ClosedYear>> {
        if !(1900..=2199).contains(&year) {
            return Err(StoreError::Invalid(Invalid(vec![
                lagdesk_domain::FieldProblem::new("year", "year-out-of-range", "is not a year")
                    .arg("min", 1900)
                    .arg("max", 2199),
            ])));
        }
        let by = self.settings()?.coordinator_name;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO closed_year (year, closed_at, closed_by) VALUES (?1, ?2, ?3)
                 ON CONFLICT (year) DO NOTHING",
                params![year, now(), by],
            )?;
            Ok(())
        })?;
        self.closed_years()
    }

    pub fn reopen_year(&mut self, year: i32) -> Result<Vec<ClosedYear>> {
        self.write(|tx| {
            tx.execute("DELETE FROM closed_year WHERE year = ?1", [year])?;
            Ok(())
        })?;
        self.closed_years()
    }
}

/// Refuses the change to `field` when any of `dates` (ISO dates, or years) falls in a closed
/// year.
pub(crate) fn ensure_open(conn: &Connection, field: &str, dates: &[&str]) -> Result<()> {
    for date in dates {
        let Some(year) = date.get(..4).and_then(|y| y.parse::<i32>().ok()) else {
            continue;
        };
        let closed: Option<i32> = conn
            .prepare_cached("SELECT year FROM closed_year WHERE year = ?1")?
            .query_row([year], |r| r.get(0))
            .optional()?;
        if let Some(year) = closed {
            return Err(StoreError::Invalid(Invalid(vec![year_closed(field, year)])));
        }
    }
    Ok(())
}
