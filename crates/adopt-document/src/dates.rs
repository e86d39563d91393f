//! How documents write a date.

use chrono::NaiveDate;

/// "6 June 2025".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}
