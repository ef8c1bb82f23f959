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

/// `1234567` → `1 234 567` with the given separator.
pub(crate) fn group_digits(value: u64, separator: char) -> String {
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
