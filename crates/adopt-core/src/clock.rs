//! The one place dfs-adopt reads the time. Every history line, backup name and default
//! document date comes from the [`Clock`] a [`crate::Workbench`] owns, so both shells agree on
//! "today" and tests can fix it. `clippy.toml` refuses `Utc::now`, `Local::now` and
//! `SystemTime::now` everywhere else.

use chrono::{DateTime, Local, NaiveDate, SubsecRound, TimeZone, Utc};

/// Gives the current instant, to the second.
pub struct Clock {
    now: Box<dyn Fn() -> DateTime<Utc> + Send>,
}

impl Clock {
    /// The computer's own clock.
    pub fn system() -> Clock {
        #[allow(
            clippy::disallowed_methods,
            reason = "the system clock is read here and nowhere else"
        )]
        Clock::from_fn(Utc::now)
    }

    /// A clock that always says `at` (tests, reproducible demos).
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock::from_fn(move || at)
    }

    /// A clock that asks `now` each time (tests that move time on).
    pub fn from_fn(now: impl Fn() -> DateTime<Utc> + Send + 'static) -> Clock {
        Clock { now: Box::new(now) }
    }

    /// The current instant, to the second, as the store records it.
    pub fn now(&self) -> DateTime<Utc> {
        (self.now)().trunc_subsecs(0)
    }

    /// Today's date where the user is: the instant in the local time zone, so a draft exported
    /// at 00:30 local time is dated that day, not the UTC day before.
    pub fn today(&self) -> NaiveDate {
        self.today_in(&Local)
    }

    /// Today's date in the time zone `zone`.
    pub fn today_in<Z: TimeZone>(&self, zone: &Z) -> NaiveDate {
        self.now().with_timezone(zone).date_naive()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Timelike;

    use super::*;

    #[test]
    fn now_is_to_the_second_and_today_is_the_local_date_of_that_instant() {
        let at = Utc.with_ymd_and_hms(2025, 6, 5, 23, 30, 15).unwrap() + chrono::Duration::milliseconds(700);
        let clock = Clock::fixed(at);
        assert_eq!(clock.now().nanosecond(), 0);
        assert_eq!(clock.now().second(), 15);
        assert_eq!(clock.today(), at.with_timezone(&Local).date_naive());
    }

    #[test]
    fn today_follows_the_local_time_zone_not_utc() {
        // Just after midnight in a zone east of UTC, the UTC date is still yesterday.
        let offset = chrono::FixedOffset::east_opt(2 * 3600).unwrap();
        let local_midnight = offset.with_ymd_and_hms(2025, 6, 6, 0, 30, 0).unwrap();
        let utc = local_midnight.with_timezone(&Utc);
        assert_eq!(utc.date_naive(), NaiveDate::from_ymd_opt(2025, 6, 5).unwrap());
        assert_eq!(
            Clock::fixed(utc).today_in(&offset),
            NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
        );
    }
}
