//! The gap-analysis survey: before the clinic each authority says, per recommendation, whether it
//! is in place today, through which instrument, and what is missing. The answers are the
//! baseline the discussion starts from; they suggest decisions but never make them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::InvalidInput;
use crate::language::fold_for_search;
use crate::values::{Instrument, Language, SurveyStatus};

/// One authority's answer on one recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BaselineAnswer {
    pub item: String,
    pub authority: String,
    pub status: SurveyStatus,
    pub instrument: Option<Instrument>,
    /// The instrument or practice that shows it, e.g. "SIM Registration Regulations 2021, s. 12".
    pub evidence: Option<String>,
    /// What is missing.
    pub gap: Option<String>,
    pub comment: Option<String>,
    pub at: DateTime<Utc>,
    pub by: String,
}

impl BaselineAnswer {
    /// The answer's content, without who recorded it and when (what an import compares).
    pub fn same_answer(&self, other: &BaselineAnswer) -> bool {
        (&self.status, &self.instrument, &self.evidence, &self.gap, &self.comment)
            == (
                &other.status,
                &other.instrument,
                &other.evidence,
                &other.gap,
                &other.comment,
            )
    }
}

/// Folds a word for lenient matching: lower case, no spaces, hyphens, underscores or
/// apostrophes, and œ written oe.
fn fold(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .replace('œ', "oe")
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\'' | '\u{2019}' | '\u{a0}'))
        .collect()
}

impl SurveyStatus {
    /// Whether an answer (or its absence) leaves nothing to close: the measure is in place, or
    /// does not apply to that authority.
    pub fn closes_gap(answer: Option<SurveyStatus>) -> bool {
        matches!(answer, Some(SurveyStatus::Implemented | SurveyStatus::NotApplicable))
    }

    /// Reads a status as people type it in a spreadsheet: case, spaces and hyphens do not
    /// matter ("Partially implemented"), and the French words of the contract are accepted.
    pub fn parse_answer(text: &str) -> Result<SurveyStatus, InvalidInput> {
        let folded = fold(text);
        let french = [
            ("misenoeuvre", SurveyStatus::Implemented),
            ("partiellementmisenoeuvre", SurveyStatus::PartiallyImplemented),
            ("prévu", SurveyStatus::Planned),
            ("prevu", SurveyStatus::Planned),
            ("nonmisenoeuvre", SurveyStatus::NotImplemented),
            ("sansobjet", SurveyStatus::NotApplicable),
            ("nonapplicable", SurveyStatus::NotApplicable),
            ("inconnu", SurveyStatus::Unknown),
        ];
        SurveyStatus::ALL
            .iter()
            .copied()
            .find(|s| fold(s.code()) == folded)
            .or_else(|| french.iter().find(|(word, _)| *word == folded).map(|(_, s)| *s))
            .ok_or_else(|| InvalidInput::UnknownValue {
                what: SurveyStatus::WHAT,
                value: text.trim().to_string(),
                allowed: SurveyStatus::allowed(),
            })
    }
}

impl Instrument {
    /// Reads an instrument leniently: case, spaces and hyphens do not matter ("Licence condition",
    /// "MOU"); "license" is read as "licence". The French words of the contract are accepted
    /// too, accents ignored ("Règlement", "reglement", "protocole d'accord").
    pub fn parse_answer(text: &str) -> Result<Instrument, InvalidInput> {
        let folded = fold(text).replace("license", "licence");
        let french = |i: Instrument| fold(&fold_for_search(i.label_in(Language::Fr)));
        let folded_fr = fold(&fold_for_search(text));
        Instrument::ALL
            .iter()
            .copied()
            .find(|i| fold(i.code()) == folded)
            .or_else(|| Instrument::ALL.iter().copied().find(|i| french(*i) == folded_fr))
            .ok_or_else(|| InvalidInput::UnknownValue {
                what: Instrument::WHAT,
                value: text.trim().to_string(),
                allowed: Instrument::allowed(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survey_statuses_are_read_as_people_write_them_in_english_or_french() {
        let cases = [
            ("implemented", SurveyStatus::Implemented),
            (" Partially implemented ", SurveyStatus::PartiallyImplemented),
            ("NOT-IMPLEMENTED", SurveyStatus::NotImplemented),
            ("not_applicable", SurveyStatus::NotApplicable),
            ("Mis en œuvre", SurveyStatus::Implemented),
            ("mis en oeuvre", SurveyStatus::Implemented),
            ("Partiellement mis en œuvre", SurveyStatus::PartiallyImplemented),
            ("prévu", SurveyStatus::Planned),
            ("Non mis en œuvre", SurveyStatus::NotImplemented),
            ("sans objet", SurveyStatus::NotApplicable),
            ("Non applicable", SurveyStatus::NotApplicable),
            ("inconnu", SurveyStatus::Unknown),
        ];
        for (text, expected) in cases {
            assert_eq!(SurveyStatus::parse_answer(text), Ok(expected), "{text}");
        }
        let err = SurveyStatus::parse_answer("done").unwrap_err().to_string();
        assert!(err.contains("implemented, partially-implemented, planned"), "{err}");
    }

    #[test]
    fn instruments_are_read_leniently() {
        assert_eq!(
            Instrument::parse_answer("Licence condition"),
            Ok(Instrument::LicenceCondition)
        );
        assert_eq!(
            Instrument::parse_answer("license-condition"),
            Ok(Instrument::LicenceCondition)
        );
        assert_eq!(Instrument::parse_answer("MOU"), Ok(Instrument::Mou));
        assert!(Instrument::parse_answer("decree").is_err());
        let french = [
            ("Loi", Instrument::Law),
            ("reglement", Instrument::Regulation),
            ("Règlement", Instrument::Regulation),
            ("directive", Instrument::Directive),
            ("Ligne-directrice", Instrument::Guideline),
            ("condition de licence", Instrument::LicenceCondition),
            ("Protocole d’accord", Instrument::Mou),
            ("protocole d'accord", Instrument::Mou),
            ("AUCUN", Instrument::None),
        ];
        for (word, instrument) in french {
            assert_eq!(Instrument::parse_answer(word), Ok(instrument), "{word}");
        }
        assert!(Instrument::parse_answer("décret").is_err());
    }
}
