//! Backups as the coordinator sees them: when and why each copy was made, and which copies are
//! kept. Regular copies (on start, after half an hour of work, before an import, by hand) are
//! thinned to the newest of each of the last 7 days and of each of the last 4 weeks. The safety
//! copies made before a migration or a restore are kept apart (the newest 3 of each), so the
//! step they guard can always be undone however many regular copies follow.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const DAILY_KEPT: usize = 7;
pub const WEEKLY_KEPT: usize = 4;
pub const SAFETY_KEPT: usize = 3;

const PREFIX: &str = "lagdesk-";
const SUFFIX: &str = ".sqlite3";
/// Milliseconds keep two copies made in the same second apart.
const STAMP: &str = "%Y-%m-%d-%H%M%S%.3f";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum BackupReason {
    /// The app started.
    Start,
    /// Half an hour of changes since the last copy.
    Activity,
    /// Just before an import.
    Import,
    /// The coordinator asked for it.
    Manual,
    /// Just before the database was upgraded to a new version's schema.
    Migration,
    /// The database as it was just before a restore replaced it.
    Restore,
}

impl BackupReason {
    pub const ALL: [BackupReason; 6] = [
        BackupReason::Start,
        BackupReason::Activity,
        BackupReason::Import,
        BackupReason::Manual,
        BackupReason::Migration,
        BackupReason::Restore,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BackupReason::Start => "start",
            BackupReason::Activity => "activity",
            BackupReason::Import => "import",
            BackupReason::Manual => "manual",
            BackupReason::Migration => "migration",
            BackupReason::Restore => "restore",
        }
    }

    pub fn from_code(code: &str) -> Option<BackupReason> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Copies that guard a step which must stay undoable; never thinned with the regular ones.
    pub fn is_safety_copy(self) -> bool {
        matches!(self, BackupReason::Migration | BackupReason::Restore)
    }
}

/// One copy in the backups folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Backup {
    pub path: String,
    /// Local time, `YYYY-MM-DDTHH:MM:SS`.
    pub made_at: String,
    pub reason: BackupReason,
    #[ts(type = "number")]
    pub size: u64,
}

/// `lagdesk-2026-11-23-093012.345-start.sqlite3`: sorts by time, says why.
pub fn backup_file_name(made_at: NaiveDateTime, reason: BackupReason) -> String {
    format!(
        "{PREFIX}{}-{}{SUFFIX}",
        made_at.format(STAMP),
        reason.code()
    )
}

/// When and why the copy named `name` was made; `None` for any other file.
pub fn parse_backup_file_name(name: &str) -> Option<(NaiveDateTime, BackupReason)> {
    let core = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    // The stamp has a fixed width: `YYYY-MM-DD-HHMMSS.mmm`.
    let (stamp, reason) = (core.get(..21)?, core.get(21..)?.strip_prefix('-')?);
    let made_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((made_at, BackupReason::from_code(reason)?))
}

/// Which copies to delete (indices into `copies`) so that what is kept is: the newest regular
/// copy of each of the last [`DAILY_KEPT`] days and of each of the last [`WEEKLY_KEPT`] ISO
/// weeks that have one, and the newest [`SAFETY_KEPT`] safety copies of each reason.
pub fn backups_to_remove(copies: &[(NaiveDateTime, BackupReason)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..copies.len()).collect();
    // Newest first, so the first copy seen of a day or week is the one kept.
    order.sort_by_key(|&i| std::cmp::Reverse(copies[i].0));
    let mut keep = BTreeSet::new();
    let (mut days, mut weeks) = (BTreeSet::new(), BTreeSet::new());
    let mut safety = std::collections::BTreeMap::<&str, usize>::new();
    for &i in &order {
        let (at, reason) = copies[i];
        if reason.is_safety_copy() {
            let seen = safety.entry(reason.code()).or_default();
            if *seen < SAFETY_KEPT {
                keep.insert(i);
            }
            *seen += 1;
            continue;
        }
        let day = at.date();
        let week = (day.iso_week().year(), day.iso_week().week());
        if days.len() < DAILY_KEPT && days.insert(day) {
            keep.insert(i);
        }
        if weeks.len() < WEEKLY_KEPT && weeks.insert(week) {
            keep.insert(i);
        }
    }
    (0..copies.len()).filter(|i| !keep.contains(i)).collect()
}

/// What a full check of the database found; `problems` is empty when it is sound.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct IntegrityReport {
    pub problems: Vec<String>,
}

impl IntegrityReport {
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .and_then(|d| d.and_hms_opt(hour, 0, 0))
            .unwrap_or_default()
    }

    #[test]
    fn names_say_when_and_why_and_read_back() {
        let made = at(23, 9) + Duration::milliseconds(345);
        let name = backup_file_name(made, BackupReason::Import);
        assert_eq!(name, "lagdesk-2026-11-23-090000.345-import.sqlite3");
        assert_eq!(
            parse_backup_file_name(&name),
            Some((made, BackupReason::Import))
        );
        assert_eq!(parse_backup_file_name("lagdesk.sqlite3"), None);
        assert_eq!(
            parse_backup_file_name("lagdesk-2026-11-23-090000.345-bogus.sqlite3"),
            None
        );
        assert_eq!(parse_backup_file_name("notes.txt"), None);
    }

    #[test]
    fn a_month_of_hourly_copies_thins_to_seven_days_and_four_weeks() {
        let start = at(1, 0);
        let copies: Vec<_> = (0..30 * 24)
            .map(|h| (start + Duration::hours(h), BackupReason::Activity))
            .collect();
        let removed = backups_to_remove(&copies);
        let kept: Vec<_> = (0..copies.len())
            .filter(|i| !removed.contains(i))
            .map(|i| copies[i].0)
            .collect();
        // The newest copy is always kept, then one per day for 7 days (the last hour of each),
        // and the weeks before reach back further.
        assert!(kept.contains(&copies[copies.len() - 1].0));
        let days: BTreeSet<_> = kept.iter().map(NaiveDateTime::date).collect();
        assert!(days.len() <= DAILY_KEPT + WEEKLY_KEPT);
        assert!(kept.len() >= DAILY_KEPT && kept.len() <= DAILY_KEPT + WEEKLY_KEPT);
        let oldest = kept.iter().min().copied().unwrap_or_default();
        assert!(oldest < at(23, 0), "weekly copies reach back: {oldest}");
    }

    #[test]
    fn safety_copies_survive_any_number_of_regular_ones() {
        let mut copies = vec![(at(1, 8), BackupReason::Restore)];
        copies.extend((0..100).map(|h| (at(2, 0) + Duration::hours(h), BackupReason::Start)));
        copies.extend((0..5).map(|d| (at(10 + d, 1), BackupReason::Migration)));
        let removed = backups_to_remove(&copies);
        assert!(
            !removed.contains(&0),
            "the copy made before a restore stays"
        );
        let migrations_kept = (101..106).filter(|i| !removed.contains(i)).count();
        assert_eq!(migrations_kept, SAFETY_KEPT);
        // The newest three migrations are the ones kept.
        assert!(removed.contains(&101) && removed.contains(&102));
    }

    #[test]
    fn few_copies_are_all_kept() {
        let copies = vec![
            (at(20, 9), BackupReason::Start),
            (at(21, 9), BackupReason::Manual),
        ];
        assert!(backups_to_remove(&copies).is_empty());
    }
}
