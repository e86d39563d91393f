//! Checks on the text people type: trimmed, not empty, not too long; dates as `YYYY-MM-DD`.

use chrono::NaiveDate;

use crate::error::{InvalidInput, Result};

/// Trims a text field and refuses it when empty or longer than `max` characters.
pub fn validate_text(field: &'static str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(InvalidInput::Empty { field });
    }
    let len = value.chars().count();
    if len > max {
        return Err(InvalidInput::TooLong { field, len, max });
    }
    Ok(value.to_string())
}

/// Trims an optional text; an empty one counts as absent.
pub fn optional_text(field: &'static str, value: Option<String>, max: usize) -> Result<Option<String>> {
    match value {
        Some(text) if !text.trim().is_empty() => validate_text(field, &text, max).map(Some),
        _ => Ok(None),
    }
}

/// Reads a `YYYY-MM-DD` date, telling a malformed one from an impossible one (2026-02-30).
pub fn parse_date(input: &str) -> Result<NaiveDate, InvalidInput> {
    let text = input.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let well_formed = parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, p)| p.len() == *len && p.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return Err(InvalidInput::MalformedDate(input.to_string()));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| InvalidInput::ImpossibleDate(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_well_formed_and_exist() {
        assert_eq!(
            parse_date("2027-03-31"),
            Ok(NaiveDate::from_ymd_opt(2027, 3, 31).unwrap())
        );
        assert!(matches!(parse_date("2026-02-30"), Err(InvalidInput::ImpossibleDate(_))));
        assert!(parse_date("2024-02-29").is_ok(), "2024 is a leap year");
        for bad in ["31/03/2027", "2027-3-31", "tomorrow", "", "2027-03-31T00:00"] {
            assert!(
                matches!(parse_date(bad), Err(InvalidInput::MalformedDate(_))),
                "{bad} accepted"
            );
        }
    }
}
