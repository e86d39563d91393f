use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::{CatalogGroup, Flag, Language, SecurityDimension, Stakeholder, ThreatCategory};

/// A published document the catalog cites: an ITU report, recommendation, GitBook or web page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceDocument {
    /// Stable id such as `S9`.
    pub id: String,
    /// The title as the document gives it (English).
    pub title: String,
    /// This project's French translation of the title: no official French title exists.
    /// Empty in records frozen before the catalog had French.
    #[serde(default)]
    pub title_fr: String,
    pub publisher: String,
    /// As the document gives it: "2021", "undated", "2023–2025".
    pub year: String,
    pub url: String,
}

impl SourceDocument {
    /// The title in `language`; the French one is this project's translation.
    pub fn title_in(&self, language: Language) -> &str {
        match language {
            Language::Fr if !self.title_fr.is_empty() => &self.title_fr,
            _ => &self.title,
        }
    }
}

/// Where in a source document an item comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceRef {
    /// A source document id such as `S9`.
    pub document: String,
    /// The section or control number as printed in that document, e.g. `§12.5` or `C53`.
    pub reference: String,
}

/// One recommendation of the catalog. The statement summarises the source in the project's own
/// words, in English and in French: the source document is always the authoritative text, and
/// neither statement is ITU text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Recommendation {
    /// Stable id such as `SIM-08`; never reused for another measure.
    pub id: String,
    pub title: String,
    /// The French title, a paraphrase written for this project.
    pub title_fr: String,
    pub group: CatalogGroup,
    /// The finer topic inside the group, e.g. "SIM recycling".
    pub topic: String,
    /// The topic in French.
    pub topic_fr: String,
    /// The weakness the measure addresses.
    pub vulnerability: String,
    /// The weakness in French.
    pub vulnerability_fr: String,
    pub threat: ThreatCategory,
    pub stakeholders: Vec<Stakeholder>,
    pub statement: String,
    /// The French statement, a paraphrase of the source written for this project.
    pub statement_fr: String,
    pub flag: Flag,
    pub sources: Vec<SourceRef>,
    /// X.805 dimensions, only where a source tags the item with them.
    pub dimensions: Vec<SecurityDimension>,
    /// An editorial remark, e.g. that the source text was truncated.
    pub note: Option<String>,
    /// The editorial remark in French, present exactly when `note` is.
    pub note_fr: Option<String>,
}

impl Recommendation {
    /// The title in `language`.
    pub fn title_in(&self, language: Language) -> &str {
        match language {
            Language::En => &self.title,
            Language::Fr => &self.title_fr,
        }
    }

    /// The statement in `language`.
    pub fn statement_in(&self, language: Language) -> &str {
        match language {
            Language::En => &self.statement,
            Language::Fr => &self.statement_fr,
        }
    }

    /// The topic in `language`.
    pub fn topic_in(&self, language: Language) -> &str {
        match language {
            Language::En => &self.topic,
            Language::Fr => &self.topic_fr,
        }
    }

    /// The weakness addressed, in `language`.
    pub fn vulnerability_in(&self, language: Language) -> &str {
        match language {
            Language::En => &self.vulnerability,
            Language::Fr => &self.vulnerability_fr,
        }
    }

    /// The editorial remark in `language`, if the item has one.
    pub fn note_in(&self, language: Language) -> Option<&str> {
        match language {
            Language::En => self.note.as_deref(),
            Language::Fr => self.note_fr.as_deref(),
        }
    }
}
