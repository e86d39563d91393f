//! The authorities that decide a workspace: who they are, and the checks on their codes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{InvalidInput, Result};
use crate::values::AuthorityKind;

/// An authority taking part in the adoption, e.g. `LCA` (telecom regulator) or `CBL` (central bank).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Authority {
    /// Short upper-case code, unique within a workspace.
    pub code: String,
    /// Full name as it appears in the document.
    pub name: String,
    pub kind: AuthorityKind,
}

/// Upper-cases an authority code and checks it is 2 to 16 letters, digits or hyphens.
pub fn normalize_authority_code(code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    let valid = (2..=16).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if valid {
        Ok(code)
    } else {
        Err(InvalidInput::AuthorityCode(code))
    }
}

/// Upper-cases a code and checks it names one of `authorities`.
pub fn known_authority(code: &str, authorities: &[Authority]) -> Result<String> {
    let code = normalize_authority_code(code)?;
    if authorities.iter().any(|a| a.code == code) {
        Ok(code)
    } else {
        let list = authorities
            .iter()
            .map(|a| a.code.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        Err(InvalidInput::UnknownAuthority(code, list))
    }
}

/// Authorities named by their codes, for tests across the crate.
#[cfg(test)]
pub(crate) fn test_authorities(codes: &[&str]) -> Vec<Authority> {
    codes
        .iter()
        .map(|c| Authority {
            code: c.to_string(),
            name: c.to_string(),
            kind: AuthorityKind::Other,
        })
        .collect()
}
