//! Shares and rates in basis points (1 % = 100 bp), and the two pieces of arithmetic every money
//! screen relies on: a share of a total rounded half up, and a split of an amount over weights
//! whose parts add up to the amount to the cent.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::locale::{local_hundredths, parse_hundredths, plain_hundredths, Locale};
use crate::money::Money;

/// A share or rate in basis points: `8500` is 85 %.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(transparent)]
#[ts(export, type = "number")]
pub struct Bp(pub i64);

impl Bp {
    pub const HUNDRED_PERCENT: Bp = Bp(10_000);

    /// Parses a percentage as people type it: `85`, `85 %`, `12,5`, `12.50%`.
    pub fn parse_percent(text: &str) -> Option<Bp> {
        parse_hundredths(text.trim().trim_end_matches('%')).map(Bp)
    }

    /// `share` of `total`, rounded half up to a basis point; zero when the total is zero.
    pub fn of(share: Money, total: Money) -> Bp {
        Bp::ratio(share.0, total.0)
    }

    /// `part / whole` of any two counts in the same unit, rounded half up to a basis point;
    /// zero when the whole is zero.
    pub fn ratio(part: i64, whole: i64) -> Bp {
        if whole == 0 {
            return Bp(0);
        }
        let numerator = i128::from(part) * 10_000;
        let denominator = i128::from(whole);
        let (q, r) = (numerator / denominator, numerator % denominator);
        let rounded = if 2 * r.abs() >= denominator.abs() {
            q + numerator.signum() * denominator.signum()
        } else {
            q
        };
        Bp(i64::try_from(rounded).unwrap_or(i64::MAX))
    }

    /// `85.00`: two decimals and a dot, as in CSV exports.
    pub fn to_percent_string(self) -> String {
        plain_hundredths(self.0)
    }

    /// lt / lv `12,34 %`, en `12.34%`.
    pub fn format(self, locale: Locale) -> String {
        let (sign, number) = local_hundredths(self.0, locale);
        match locale {
            Locale::Lt | Locale::Lv => format!("{sign}{number}\u{a0}%"),
            Locale::En => format!("{sign}{number}%"),
        }
    }
}

impl fmt::Display for Bp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_percent_string())
    }
}

/// Splits `amount` over `weights` so that the parts add up to `amount` exactly.
///
/// Each part gets the floor of its exact share; the cents left over go one each to the parts with
/// the largest remainders, earlier parts first on ties. This is the largest-remainder rule, fixed
/// so the same input always gives the same split.
pub fn split(amount: Money, weights: &[Bp]) -> Vec<Money> {
    let total_weight: i128 = weights.iter().map(|w| i128::from(w.0.max(0))).sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if total_weight == 0 {
        let mut parts = vec![Money::ZERO; weights.len()];
        parts[0] = amount;
        return parts;
    }
    let amount_abs = i128::from(amount.0.unsigned_abs());
    let sign: i64 = if amount.0 < 0 { -1 } else { 1 };
    let mut parts: Vec<(i128, i128, usize)> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let exact = amount_abs * i128::from(w.0.max(0));
            (exact / total_weight, exact % total_weight, i)
        })
        .collect();
    let assigned: i128 = parts.iter().map(|p| p.0).sum();
    let mut left = amount_abs - assigned;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| parts[b].1.cmp(&parts[a].1).then(a.cmp(&b)));
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        parts[i].0 += 1;
        left -= 1;
    }
    parts
        .into_iter()
        .map(|(cents, _, _)| Money(sign * i64::try_from(cents).unwrap_or(i64::MAX)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shares_round_half_up() {
        assert_eq!(Bp::of(Money(1), Money(3)), Bp(3333));
        assert_eq!(Bp::of(Money(2), Money(3)), Bp(6667));
        assert_eq!(Bp::of(Money(1), Money(8)), Bp(1250));
        assert_eq!(Bp::of(Money(1), Money(20_000)), Bp(1));
        assert_eq!(Bp::of(Money(1), Money(20_001)), Bp(0));
        assert_eq!(Bp::of(Money(5), Money(0)), Bp(0));
    }

    #[test]
    fn percent_text() {
        assert_eq!(Bp::parse_percent("85"), Some(Bp(8500)));
        assert_eq!(Bp::parse_percent("12,5 %"), Some(Bp(1250)));
        assert_eq!(Bp::parse_percent("12.05%"), Some(Bp(1205)));
        assert_eq!(Bp::parse_percent("1.234"), None);
        assert_eq!(Bp::parse_percent("abc"), None);
        assert_eq!(Bp(1234).format(Locale::Lt), "12,34\u{a0}%");
        assert_eq!(Bp(1234).format(Locale::En), "12.34%");
        assert_eq!(Bp(10_000).to_percent_string(), "100.00");
    }

    #[test]
    fn splits_eafrd_and_national_to_the_cent() {
        let parts = split(Money(100_001), &[Bp(8500), Bp(1500)]);
        assert_eq!(parts, vec![Money(85_001), Money(15_000)]);
    }

    proptest! {
        #[test]
        fn split_parts_always_sum_to_the_whole(
            cents in -1_000_000_000_000i64..1_000_000_000_000,
            weights in proptest::collection::vec(0i64..10_000, 1..6),
        ) {
            let weights: Vec<Bp> = weights.into_iter().map(Bp).collect();
            let parts = split(Money(cents), &weights);
            prop_assert_eq!(parts.len(), weights.len());
            prop_assert_eq!(parts.iter().copied().sum::<Money>(), Money(cents));
        }

        #[test]
        fn split_parts_are_within_a_cent_of_the_exact_share(
            cents in 0i64..1_000_000_000_000,
            weights in proptest::collection::vec(1i64..10_000, 1..6),
        ) {
            let total: i128 = weights.iter().map(|&w| i128::from(w)).sum();
            let parts = split(Money(cents), &weights.iter().copied().map(Bp).collect::<Vec<_>>());
            for (part, w) in parts.iter().zip(&weights) {
                let exact_floor = i128::from(cents) * i128::from(*w) / total;
                prop_assert!(i128::from(part.0) - exact_floor <= 1 && i128::from(part.0) >= exact_floor);
            }
        }
    }
}
