//! A measure's allocation spread over the calendar years of the strategy period.
//!
//! The spread is optional: a measure without one has only its total. Once any year is given the
//! years must add up to the total exactly, so the money view by year never invents or loses a cent.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::problem::{FieldProblem, Problems};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct YearAllocation {
    pub year: i32,
    pub amount: Money,
}

/// Problems with `yearly` as the spread of `allocation`, all on the field `yearly`.
pub(crate) fn check_yearly(problems: &mut Problems, allocation: Money, yearly: &[YearAllocation]) {
    let mut seen = Vec::new();
    for y in yearly {
        if y.amount.0 < 0 {
            problems.push(
                FieldProblem::new(
                    "yearly",
                    "year-negative",
                    format!("{}: must not be negative", y.year),
                )
                .arg("year", y.year.to_string()),
            );
        }
        if seen.contains(&y.year) {
            problems.push(
                FieldProblem::new("yearly", "year-twice", format!("{} is given twice", y.year))
                    .arg("year", y.year.to_string()),
            );
        }
        seen.push(y.year);
    }
    if yearly.is_empty() {
        return;
    }
    let sum = yearly.iter().fold(Money::ZERO, |acc, y| acc + y.amount);
    if sum != allocation {
        problems.push(
            FieldProblem::new(
                "yearly",
                "yearly-sum-mismatch",
                format!("the years add up to {sum}, not to the allocation of {allocation}"),
            )
            .arg("sum", sum.to_decimal_string())
            .arg("allocation", allocation.to_decimal_string())
            .arg("difference", (allocation - sum).to_decimal_string()),
        );
    }
}

/// The problem when a year lies outside the strategy period `start..=end`.
pub fn year_outside_period(year: i32, start: i32, end: i32) -> FieldProblem {
    FieldProblem::new(
        "yearly",
        "year-outside-period",
        format!("{year} is outside the strategy period {start}–{end}"),
    )
    .arg("year", year.to_string())
    .arg("start", start.to_string())
    .arg("end", end.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(year: i32, cents: i64) -> YearAllocation {
        YearAllocation {
            year,
            amount: Money(cents),
        }
    }

    fn codes(allocation: i64, yearly: &[YearAllocation]) -> Vec<String> {
        let mut problems = Problems::default();
        check_yearly(&mut problems, Money(allocation), yearly);
        match problems.into_result() {
            Ok(()) => Vec::new(),
            Err(invalid) => invalid.0.into_iter().map(|p| p.code).collect(),
        }
    }

    #[test]
    fn no_spread_is_fine() {
        assert!(codes(100, &[]).is_empty());
    }

    #[test]
    fn years_must_add_up_to_the_cent() {
        assert!(codes(100_001, &[year(2024, 50_000), year(2025, 50_001)]).is_empty());
        assert_eq!(
            codes(100_001, &[year(2024, 50_000), year(2025, 50_000)]),
            ["yearly-sum-mismatch"]
        );
    }

    #[test]
    fn negative_and_repeated_years_are_named() {
        assert_eq!(
            codes(0, &[year(2024, 10), year(2024, -10)]),
            ["year-negative", "year-twice"]
        );
    }
}
