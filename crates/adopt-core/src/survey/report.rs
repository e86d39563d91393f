//! What reading a survey reports: its columns, the bad rows, and the answers an import
//! changes. A base module: the readers, the verbs and the errors all use it.

use adopt_domain::{BaselineAnswer, Language};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The survey's columns, in order, with the contract's headers.
pub const SURVEY_COLUMNS: [&str; 8] = [
    "item_id",
    "item_title",
    "authority",
    "status",
    "instrument",
    "evidence",
    "gap",
    "comment",
];

/// The same columns with the French headers a French workspace's template writes (contract
/// §6); an import accepts either set.
pub const SURVEY_COLUMNS_FR: [&str; 8] = [
    "identifiant",
    "intitulé",
    "autorité",
    "statut",
    "instrument",
    "preuve",
    "écart",
    "commentaire",
];

/// The headers of the survey's columns in `language`.
pub fn survey_columns(language: Language) -> [&'static str; 8] {
    match language {
        Language::En => SURVEY_COLUMNS,
        Language::Fr => SURVEY_COLUMNS_FR,
    }
}

/// A bad row (or header) of a survey file: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowProblem {
    /// The line as a spreadsheet numbers rows: the header is line 1.
    pub line: u32,
    /// The column's header, e.g. "status".
    pub column: String,
    /// The spreadsheet column letter, e.g. "D".
    pub letter: String,
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {} ({}): {}",
            self.line, self.letter, self.column, self.message
        )
    }
}

/// One answer an import would write, with the answer it replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BaselineChange {
    pub item: String,
    pub authority: String,
    pub old: Option<BaselineAnswer>,
    pub new: BaselineAnswer,
}

/// What an import found and did (or, for a preview or dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SurveyImport {
    /// Answer rows read (blank rows are not counted).
    pub rows: u32,
    /// Answers that are new or differ from the current baseline.
    pub changes: Vec<BaselineChange>,
    /// Answers identical to the current baseline.
    pub unchanged: u32,
    /// Rows of other authorities left out because `authority` was given.
    pub skipped: u32,
    /// Bad rows; when there is any, nothing is imported.
    pub problems: Vec<RowProblem>,
    /// Whether the changes were written.
    pub applied: bool,
}
