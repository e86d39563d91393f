//! How documents write a date.

use adopt_domain::Language;
use chrono::{Datelike, NaiveDate};

/// "6 June 2025".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The date written out in `language`: "6 June 2025", « 1er juin 2025 », « 5 juin 2025 ».
pub fn long_date_in(date: NaiveDate, language: Language) -> String {
    match language {
        Language::En => long_date(date),
        Language::Fr => {
            let day = match date.day() {
                1 => "1er".to_string(),
                d => d.to_string(),
            };
            let month = FRENCH_MONTHS[date.month0() as usize];
            format!("{day} {month} {}", date.year())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn french_dates_write_the_first_of_the_month_as_premier() {
        assert_eq!(long_date_in(day(2025, 6, 1), Language::Fr), "1er juin 2025");
        assert_eq!(long_date_in(day(2025, 6, 5), Language::Fr), "5 juin 2025");
        assert_eq!(long_date_in(day(2026, 2, 28), Language::Fr), "28 février 2026");
        assert_eq!(long_date_in(day(2025, 8, 11), Language::Fr), "11 août 2025");
        assert_eq!(long_date_in(day(2025, 6, 1), Language::En), "1 June 2025");
    }
}
