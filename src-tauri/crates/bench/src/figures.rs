//! What a run measured: each figure is a named measurement at one scale with every run's value,
//! or the reason it could not be measured. Medians, extremes and growth between scales are
//! computed here, so the printed report and its checks of the targets agree.

use std::time::Duration;

use crate::system::stopped;

/// One measurement's runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Times(Vec<Duration>),
    /// Bytes, e.g. the memory of the app's processes.
    Bytes(Vec<u64>),
    /// Not measured, and why.
    Missing(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub what: &'static str,
    /// The generated LAG's scale; 0 for an empty database, `None` for what has no data.
    pub scale: Option<u32>,
    pub value: Value,
}

#[derive(Debug, Default)]
pub struct Results {
    pub figures: Vec<Figure>,
}

impl Results {
    pub fn add(&mut self, what: &'static str, scale: Option<u32>, value: Value) {
        self.figures.push(Figure { what, scale, value });
    }

    pub fn get(&self, what: &str, scale: Option<u32>) -> Option<&Value> {
        self.figures
            .iter()
            .find(|f| f.what == what && f.scale == scale)
            .map(|f| &f.value)
    }

    /// The median time of `what` at `scale`, when it was measured.
    pub fn median_time(&self, what: &str, scale: Option<u32>) -> Option<Duration> {
        match self.get(what, scale)? {
            Value::Times(times) => median(times),
            _ => None,
        }
    }

    pub fn median_bytes(&self, what: &str, scale: Option<u32>) -> Option<u64> {
        match self.get(what, scale)? {
            Value::Bytes(bytes) => median(bytes),
            _ => None,
        }
    }
}

/// `runs` timings from `one`: stops early on Ctrl+C; a failure leaves the figure missing with
/// its reason, and so does Ctrl+C before the first run ended.
pub fn repeat(runs: usize, mut one: impl FnMut() -> Result<Duration, String>) -> Value {
    let mut times = Vec::new();
    for _ in 0..runs {
        if stopped() {
            break;
        }
        match one() {
            Ok(time) => times.push(time),
            Err(why) => return Value::Missing(why),
        }
    }
    if times.is_empty() {
        Value::Missing("interrupted".into())
    } else {
        Value::Times(times)
    }
}

/// The middle value; of an even count, the lower of the two middle ones (a value that was
/// measured, not an average of two).
pub fn median<T: Copy + Ord>(values: &[T]) -> Option<T> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len().checked_sub(1)? / 2).copied()
}

/// How many times longer the larger scale took than the smaller.
pub fn growth(small: Duration, large: Duration) -> Option<f64> {
    (!small.is_zero()).then(|| large.as_secs_f64() / small.as_secs_f64())
}

/// Above this growth from scale 10 to 100, a figure grows faster than the data (10 is linear).
pub const SUPERLINEAR: f64 = 12.0;

/// A time as people read it: microseconds below a millisecond, seconds from ten seconds.
pub fn show_time(time: Duration) -> String {
    let ms = time.as_secs_f64() * 1000.0;
    if ms < 1.0 {
        format!("{:.0} µs", ms * 1000.0)
    } else if ms < 100.0 {
        format!("{ms:.1} ms")
    } else if ms < 10_000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}

pub fn show_bytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// "median (min–max)" of a figure, or why it is missing.
pub fn show(value: &Value) -> String {
    fn spread<T: Copy + Ord>(values: &[T], show: impl Fn(T) -> String) -> String {
        match (median(values), values.iter().min(), values.iter().max()) {
            (Some(m), Some(&lo), Some(&hi)) if values.len() > 1 => {
                format!("{} ({}–{})", show(m), show(lo), show(hi))
            }
            (Some(m), _, _) => show(m),
            _ => "no runs".into(),
        }
    }
    match value {
        Value::Times(times) => spread(times, show_time),
        Value::Bytes(bytes) => spread(bytes, show_bytes),
        Value::Missing(why) => format!("not measured: {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn the_median_is_a_measured_value() {
        assert_eq!(median(&[ms(5), ms(1), ms(3)]), Some(ms(3)));
        assert_eq!(median(&[ms(4), ms(1), ms(3), ms(2)]), Some(ms(2)));
        assert_eq!(median::<Duration>(&[]), None);
    }

    #[test]
    fn growth_is_the_ratio_of_the_medians() {
        assert_eq!(growth(ms(10), ms(100)), Some(10.0));
        assert_eq!(growth(ms(0), ms(100)), None);
    }

    #[test]
    fn figures_show_median_and_extremes() {
        assert_eq!(
            show(&Value::Times(vec![ms(12), ms(10), ms(250)])),
            "12.0 ms (10.0 ms–250 ms)"
        );
        assert_eq!(
            show(&Value::Times(vec![Duration::from_micros(420)])),
            "420 µs"
        );
        assert_eq!(show(&Value::Bytes(vec![150_000_000])), "150.0 MB");
        assert_eq!(
            show(&Value::Missing("Xvfb is not installed".into())),
            "not measured: Xvfb is not installed"
        );
        assert_eq!(show_time(Duration::from_secs(12)), "12.0 s");
    }

    #[test]
    fn results_find_a_figure_by_name_and_scale() {
        let mut results = Results::default();
        results.add("rollups", Some(1), Value::Times(vec![ms(3), ms(1), ms(2)]));
        results.add("rollups", Some(10), Value::Missing("interrupted".into()));
        assert_eq!(results.median_time("rollups", Some(1)), Some(ms(2)));
        assert_eq!(results.median_time("rollups", Some(10)), None);
        assert_eq!(results.median_time("dashboard", Some(1)), None);
    }
}
