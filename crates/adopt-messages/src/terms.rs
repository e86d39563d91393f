//! Names of fields and values that other messages take as parameters ("rationale is too
//! long"): the libraries name them in English, as their code does; this table gives each its
//! message, so the sentence around it is in one language.

use crate::{Arg, Message};

/// English name as the code writes it → message id.
const TERMS: &[(&str, &str)] = &[
    ("--by name", "term-by-name"),
    ("action", "term-action"),
    ("action owner", "term-action-owner"),
    ("agenda order", "term-agenda-order"),
    ("authority kind", "term-authority-kind"),
    ("authority name", "term-authority-name"),
    ("conditions", "term-conditions"),
    ("disposition", "term-disposition"),
    ("facilitator", "term-facilitator"),
    ("field", "term-field"),
    ("finding", "term-finding"),
    ("flag", "term-flag"),
    ("format", "term-format"),
    ("group", "term-group"),
    ("history", "term-history"),
    ("history line id", "term-history-line-id"),
    ("history field", "term-history-field"),
    ("history author", "term-history-author"),
    ("history value", "term-history-value"),
    ("device name", "term-device-name"),
    ("instrument", "term-instrument"),
    ("item id", "term-item-id"),
    ("jurisdiction", "term-jurisdiction"),
    ("language", "term-language"),
    ("minute note", "term-minute-note"),
    ("national wording", "term-national-wording"),
    ("organisation", "term-organisation"),
    ("participant name", "term-participant-name"),
    ("participant organisation", "term-participant-organisation"),
    ("participant role", "term-participant-role"),
    ("place", "term-place"),
    ("position note", "term-position-note"),
    ("priority", "term-priority"),
    ("property", "term-property"),
    ("rationale", "term-rationale"),
    ("reason", "term-reason"),
    ("reason for parking", "term-reason-for-parking"),
    ("record field", "term-record-field"),
    ("record id", "term-record-id"),
    ("record value", "term-record-value"),
    ("resolution", "term-resolution"),
    ("response", "term-response"),
    ("review entry kind", "term-review-entry-kind"),
    ("reviewer", "term-reviewer"),
    ("security dimension", "term-security-dimension"),
    ("selected", "term-selected"),
    ("session", "term-session"),
    ("stakeholder", "term-stakeholder"),
    ("stance", "term-stance"),
    ("status", "term-status"),
    ("survey", "term-survey"),
    ("survey format", "term-survey-format"),
    ("survey status", "term-survey-status"),
    ("template", "term-template"),
    ("threat category", "term-threat-category"),
    ("version label", "term-version-label"),
    ("version note", "term-version-note"),
    ("workspace id", "term-workspace-id"),
    ("workspace name", "term-workspace-name"),
    ("workspace property", "term-workspace-property"),
    ("wording", "term-wording"),
    ("lead", "term-lead"),
    ("support", "term-support"),
    ("due", "term-due"),
    ("name", "term-name"),
    ("doc_version", "term-doc-version"),
    ("reference", "term-reference"),
    ("prepared_by", "term-prepared-by"),
    ("event", "term-event"),
    ("accepted", "term-accepted"),
    ("partly-accepted", "term-partly-accepted"),
    ("rejected", "term-rejected"),
    ("noted", "term-noted"),
];

/// The name as a parameter: its message when it has one, the name itself otherwise.
pub fn term(name: &str) -> Arg {
    match TERMS.iter().find(|(english, _)| *english == name) {
        Some((_, id)) => Arg::from(Message::new(id)),
        None => Arg::from(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    #[test]
    fn every_term_has_its_words_in_both_languages() {
        for (english, id) in TERMS {
            let en = Message::new(id).render(Locale::En);
            let fr = Message::new(id).render(Locale::Fr);
            assert!(
                !en.starts_with("term-") && !fr.starts_with("term-"),
                "{english}: {id} is missing"
            );
        }
        assert_eq!(
            Message::new("test-outer")
                .with("count", 1_u8)
                .with("reason", term("rationale"))
                .render(Locale::Fr),
            "échec (1 fois)\u{a0}: justification"
        );
    }
}
