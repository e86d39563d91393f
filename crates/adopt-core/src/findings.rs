//! The completeness check's findings as the shells show them: each message said in the
//! person's language.

use adopt_domain::{Finding, FindingKind, PropertyField};
use adopt_messages::Locale;
use serde::Serialize;
use ts_rs::TS;

/// One finding, its message in a language (contract §5 JSON: `kind`, `item`, `field`,
/// `message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "Finding")]
pub struct FindingView {
    pub kind: FindingKind,
    /// The catalog item, or `null` for the workspace as a whole.
    pub item: Option<String>,
    /// The empty document property, for `missing-property`.
    pub field: Option<PropertyField>,
    pub message: String,
}

impl FindingView {
    pub fn of(finding: &Finding, locale: Locale) -> FindingView {
        FindingView {
            kind: finding.kind,
            item: finding.item.clone(),
            field: finding.field,
            message: finding.message.render(locale),
        }
    }

    /// Every finding of a check, said in `locale`.
    pub fn all(findings: &[Finding], locale: Locale) -> Vec<FindingView> {
        findings.iter().map(|f| FindingView::of(f, locale)).collect()
    }
}
