//! Money as whole euro cents in an `i64`. There is no floating point on the money path: amounts
//! are parsed from text straight into cents and printed from cents.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::locale::{local_hundredths, plain_hundredths, Locale};

/// An amount in EUR cents. Crosses IPC as a plain number of cents.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(transparent)]
#[ts(export, type = "number")]
pub struct Money(pub i64);

/// Why a text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyParseError {
    #[error("is empty")]
    Empty,
    #[error("'{0}' is not an amount (use e.g. 1 234,56 or 1234.56)")]
    NotAnAmount(String),
    #[error("'{0}' has more than two decimals")]
    TooManyDecimals(String),
    #[error("'{0}' is too large")]
    TooLarge(String),
}

impl MoneyParseError {
    /// The stable problem code the UI translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "required",
            Self::NotAnAmount(_) => "not-an-amount",
            Self::TooManyDecimals(_) => "too-many-decimals",
            Self::TooLarge(_) => "too-large",
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn cents(self) -> i64 {
        self.0
    }

    /// Parses an amount in euros as people write it in LT, LV and EN spreadsheets:
    /// `1 234,56`, `1.234,56`, `1,234.56`, `1234.56`, `1234`, with an optional `€` or `EUR`.
    ///
    /// With both `,` and `.` present the last one is the decimal mark. With only one of them,
    /// a mark that appears more than once or is followed by exactly three digits groups
    /// thousands (money has at most two decimals), otherwise it is the decimal mark.
    pub fn parse(text: &str) -> Result<Money, MoneyParseError> {
        let cleaned: String = text
            .trim()
            .trim_end_matches("EUR")
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€' | '\''))
            .collect();
        if cleaned.is_empty() {
            return Err(MoneyParseError::Empty);
        }
        let not_amount = || MoneyParseError::NotAnAmount(text.trim().to_owned());
        let (negative, body) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        if body.is_empty()
            || !body
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return Err(not_amount());
        }
        let decimal_mark = decimal_mark(body);
        let (whole, fraction) = match decimal_mark {
            Some(mark) => match body.rsplit_once(mark) {
                Some((w, f)) => (w, f),
                None => (body, ""),
            },
            None => (body, ""),
        };
        if !groups_are_thousands(whole) {
            return Err(not_amount());
        }
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        if whole.is_empty() && fraction.is_empty() {
            return Err(not_amount());
        }
        if fraction.contains([',', '.']) {
            return Err(not_amount());
        }
        if fraction.len() > 2 {
            return Err(MoneyParseError::TooManyDecimals(text.trim().to_owned()));
        }
        let too_large = || MoneyParseError::TooLarge(text.trim().to_owned());
        let euros: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let mut cents: i64 = fraction.parse::<i64>().unwrap_or(0);
        if fraction.len() == 1 {
            cents *= 10;
        }
        let total = euros
            .checked_mul(100)
            .and_then(|c| c.checked_add(cents))
            .ok_or_else(too_large)?;
        Ok(Money(if negative { -total } else { total }))
    }

    /// `1240000.00`: the plain decimal form used in CSV and JSON exports.
    pub fn to_decimal_string(self) -> String {
        plain_hundredths(self.0)
    }

    /// The amount as a reader of `locale` expects it: lt and lv `1 234 567,89 €`,
    /// en `€1,234,567.89`. Spaces are no-break spaces so an amount never wraps.
    pub fn format(self, locale: Locale) -> String {
        let (sign, number) = local_hundredths(self.0, locale);
        match locale {
            Locale::Lt | Locale::Lv => format!("{sign}{number}\u{a0}€"),
            Locale::En => format!("{sign}€{number}"),
        }
    }
}

fn decimal_mark(body: &str) -> Option<char> {
    let last_comma = body.rfind(',');
    let last_dot = body.rfind('.');
    match (last_comma, last_dot) {
        (Some(c), Some(d)) => Some(if c > d { ',' } else { '.' }),
        (Some(_), None) => single_mark_is_decimal(body, ',').then_some(','),
        (None, Some(_)) => single_mark_is_decimal(body, '.').then_some('.'),
        (None, None) => None,
    }
}

/// `1.234.567` groups thousands; `1.23.4` does not.
fn groups_are_thousands(whole: &str) -> bool {
    let mut groups = whole.split([',', '.']);
    let first_ok = groups
        .next()
        .is_some_and(|g| g.len() <= 3 || !whole.contains([',', '.']));
    first_ok && groups.all(|g| g.len() == 3)
}

fn single_mark_is_decimal(body: &str, mark: char) -> bool {
    let count = body.matches(mark).count();
    let digits_after = body.rsplit(mark).next().map_or(0, str::len);
    count == 1 && digits_after != 3
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal_string())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_formats_lags_write() {
        for (text, cents) in [
            ("1 234,56", 123_456),
            ("1.234,56", 123_456),
            ("1,234.56", 123_456),
            ("1234.56", 123_456),
            ("1234,5", 123_450),
            ("1234", 123_400),
            ("1\u{a0}240\u{a0}000,00\u{a0}€", 124_000_000),
            ("€1,240,000.00", 124_000_000),
            ("1.240.000", 124_000_000),
            ("1,240,000", 124_000_000),
            ("12 000 EUR", 1_200_000),
            ("0,07", 7),
            ("-15,00", -1500),
        ] {
            assert_eq!(Money::parse(text), Ok(Money(cents)), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        assert_eq!(Money::parse("  "), Err(MoneyParseError::Empty));
        assert!(matches!(
            Money::parse("12a"),
            Err(MoneyParseError::NotAnAmount(_))
        ));
        assert!(matches!(
            Money::parse("1,2,3.4.5"),
            Err(MoneyParseError::NotAnAmount(_))
        ));
        assert!(matches!(
            Money::parse("1.2345"),
            Err(MoneyParseError::TooManyDecimals(_))
        ));
        assert!(matches!(
            Money::parse("99999999999999999999"),
            Err(MoneyParseError::TooLarge(_))
        ));
    }

    #[test]
    fn formats_per_locale() {
        let m = Money(123_456_789);
        assert_eq!(m.format(Locale::Lt), "1\u{a0}234\u{a0}567,89\u{a0}€");
        assert_eq!(m.format(Locale::Lv), "1\u{a0}234\u{a0}567,89\u{a0}€");
        assert_eq!(m.format(Locale::En), "€1,234,567.89");
        assert_eq!(Money(-5).format(Locale::En), "−€0.05");
        assert_eq!(Money(124_000_000).to_decimal_string(), "1240000.00");
        assert_eq!(Money(-7).to_decimal_string(), "-0.07");
    }

    proptest! {
        #[test]
        fn decimal_string_round_trips(cents in -10_000_000_000_000i64..10_000_000_000_000) {
            prop_assert_eq!(Money::parse(&Money(cents).to_decimal_string()), Ok(Money(cents)));
        }

        #[test]
        fn every_locale_format_round_trips(cents in 0i64..10_000_000_000_000) {
            for locale in [Locale::Lt, Locale::Lv, Locale::En] {
                prop_assert_eq!(Money::parse(&Money(cents).format(locale)), Ok(Money(cents)));
            }
        }
    }
}
