//! The three languages LAG Desk speaks and how each writes dates and numbers. The UI mirrors these
//! rules in `ui/src/lib/format.ts`; both are tested against the same examples.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language of the UI and of printed summaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Locale {
    Lt,
    Lv,
    #[default]
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Lt, Locale::Lv, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Lt => "lt",
            Locale::Lv => "lv",
            Locale::En => "en",
        }
    }

    /// lt `2024-05-20`, lv `20.05.2024.`, en `20 May 2024`.
    pub fn format_date(self, date: NaiveDate) -> String {
        match self {
            Locale::Lt => date.format("%Y-%m-%d").to_string(),
            Locale::Lv => date.format("%d.%m.%Y.").to_string(),
            Locale::En => format!("{} {} {}", date.day(), date.format("%B"), date.year()),
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "lt" => Ok(Locale::Lt),
            "lv" => Ok(Locale::Lv),
            "en" => Ok(Locale::En),
            other => Err(format!("'{other}' is not a language (use lt, lv or en)")),
        }
    }
}

/// Hundredths as plain text with a dot and two decimals: `-123456` → `-1234.56`. Money in cents
/// and shares in basis points both print this way in exports.
pub(crate) fn plain_hundredths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let abs = value.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Reads a non-negative number with at most two decimals (`12`, `12,5`, `12.50`) as hundredths.
pub(crate) fn parse_hundredths(text: &str) -> Option<i64> {
    let cleaned = text.trim().replace(',', ".");
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || fraction.len() > 2 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let mut hundredths: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().ok()?
    };
    if fraction.len() == 1 {
        hundredths *= 10;
    }
    whole
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(hundredths)
}

/// The unsigned size of `value` hundredths as a reader of `locale` writes it: lt / lv
/// `1 234,56` (no-break spaces), en `1,234.56`; and the sign to put before it, if any.
pub(crate) fn local_hundredths(value: i64, locale: Locale) -> (&'static str, String) {
    let sign = if value < 0 { "−" } else { "" };
    let abs = value.unsigned_abs();
    let text = match locale {
        Locale::Lt | Locale::Lv => {
            format!("{},{:02}", group_digits(abs / 100, '\u{a0}'), abs % 100)
        }
        Locale::En => format!("{}.{:02}", group_digits(abs / 100, ','), abs % 100),
    };
    (sign, text)
}

/// `1234567` → `1 234 567` with the given separator.
fn group_digits(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_locale() {
        let d = NaiveDate::from_ymd_opt(2024, 5, 20).expect("valid date");
        assert_eq!(Locale::Lt.format_date(d), "2024-05-20");
        assert_eq!(Locale::Lv.format_date(d), "20.05.2024.");
        assert_eq!(Locale::En.format_date(d), "20 May 2024");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_digits(0, ','), "0");
        assert_eq!(group_digits(999, ','), "999");
        assert_eq!(group_digits(1000, ','), "1,000");
        assert_eq!(group_digits(1_234_567, ' '), "1 234 567");
    }
}
