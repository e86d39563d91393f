use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::authority::{Authority, normalize_authority_code};
use crate::catalog::{Recommendation, SourceRef};
use crate::decision::Decision;
use crate::discussion::Discussion;
use crate::error::{InvalidInput, Result};
use crate::survey::BaselineAnswer;
use crate::text::validate_text;
use crate::values::{CatalogGroup, Flag, Language, Stakeholder, ThreatCategory};

/// One jurisdiction's adoption work: who decides, and the properties of the draft document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Workspace {
    /// Short stable id printed by `workspace create`.
    pub id: String,
    pub name: String,
    pub jurisdiction: String,
    /// The document template used for export.
    pub template: String,
    pub doc_version: Option<String>,
    pub reference: Option<String>,
    pub prepared_by: Option<String>,
    pub event: Option<String>,
    /// The language of the workspace's documents (draft, minutes, survey template), whatever
    /// the interface language. Files written before it existed are English.
    #[serde(default)]
    pub language: Language,
    pub authorities: Vec<Authority>,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
}

/// A workspace as listed: its identity and how far its decisions have come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceSummary {
    pub id: String,
    pub name: String,
    pub jurisdiction: String,
    pub authorities: Vec<String>,
    pub selected: u32,
    /// Selected items whose status is no longer `open`.
    pub decided: u32,
    pub created_at: DateTime<Utc>,
    /// Archived workspaces are kept but left out of the recent list.
    pub archived: bool,
}

/// What `workspace create` needs; checked by [`NewWorkspace::validate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewWorkspace {
    pub name: String,
    pub jurisdiction: String,
    pub authorities: Vec<Authority>,
    pub template: String,
}

impl NewWorkspace {
    /// Trims every field, upper-cases authority codes and refuses empty or duplicate values.
    pub fn validate(mut self) -> Result<Self> {
        self.name = validate_text("workspace name", &self.name, 200)?;
        self.jurisdiction = validate_text("jurisdiction", &self.jurisdiction, 200)?;
        self.template = validate_text("template", &self.template, 200)?;
        if self.authorities.is_empty() {
            return Err(InvalidInput::NoAuthority);
        }
        let mut seen: Vec<String> = Vec::new();
        for authority in &mut self.authorities {
            authority.code = normalize_authority_code(&authority.code)?;
            authority.name = validate_text("authority name", &authority.name, 300)?;
            if seen.contains(&authority.code) {
                return Err(InvalidInput::DuplicateAuthority(authority.code.clone()));
            }
            seen.push(authority.code.clone());
        }
        Ok(self)
    }
}

/// The document properties `workspace set` changes, with the names the templates use (and
/// the JSON carries: `doc_version`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PropertyField {
    Name,
    DocVersion,
    Reference,
    PreparedBy,
    Event,
    Template,
    Language,
}

impl PropertyField {
    /// The field's name in the history and in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::DocVersion => "doc_version",
            Self::Reference => "reference",
            Self::PreparedBy => "prepared_by",
            Self::Event => "event",
            Self::Template => "template",
            Self::Language => "language",
        }
    }
}

/// A recommendation selected into a workspace, with the catalog text frozen as it was when
/// selected (so a catalog update never silently changes a draft) and its decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SelectedItem {
    pub id: String,
    pub title: String,
    pub group: CatalogGroup,
    pub topic: String,
    pub threat: ThreatCategory,
    pub stakeholders: Vec<Stakeholder>,
    pub statement: String,
    /// The French title and statement, frozen with the English ones; absent for items frozen
    /// before the catalog was in French and not known to it any more. Left out of JSON when
    /// absent, so records circulated before keep their fingerprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub title_fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub statement_fr: Option<String>,
    pub flag: Flag,
    pub sources: Vec<SourceRef>,
    pub selected_at: DateTime<Utc>,
    pub selected_by: String,
    pub decision: Decision,
}

impl SelectedItem {
    /// Freezes the catalog text of `item` into a new selection with an open decision.
    pub fn from_catalog(item: &Recommendation, at: DateTime<Utc>, by: &str) -> Self {
        Self {
            id: item.id.clone(),
            title: item.title.clone(),
            group: item.group,
            topic: item.topic.clone(),
            threat: item.threat,
            stakeholders: item.stakeholders.clone(),
            statement: item.statement.clone(),
            title_fr: Some(item.title_fr.clone()),
            statement_fr: Some(item.statement_fr.clone()),
            flag: item.flag,
            sources: item.sources.clone(),
            selected_at: at,
            selected_by: by.to_string(),
            decision: Decision::default(),
        }
    }

    /// The frozen title in `language`; the English one when no French text was frozen.
    pub fn title_in(&self, language: Language) -> &str {
        match (language, &self.title_fr) {
            (Language::Fr, Some(title)) => title,
            _ => &self.title,
        }
    }

    /// The frozen statement in `language`; the English one when no French text was frozen.
    pub fn statement_in(&self, language: Language) -> &str {
        match (language, &self.statement_fr) {
            (Language::Fr, Some(statement)) => statement,
            _ => &self.statement,
        }
    }
}

/// A workspace with everything it holds, as `workspace export` writes it and `import` reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceRecord {
    pub workspace: Workspace,
    pub items: Vec<SelectedItem>,
    pub history: Vec<HistoryEntry>,
    /// The open discussion; absent from files written before discussions existed.
    #[serde(default)]
    pub discussion: Discussion,
    /// The gap-analysis answers; absent from files written before the survey existed.
    #[serde(default)]
    pub baseline: Vec<BaselineAnswer>,
}

/// One line of the append-only change log: who changed which field of what, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HistoryEntry {
    /// 32 hex digits, random: the same line on every laptop that has it. Files written before
    /// lines had ids leave it empty, and the store gives the line a new one.
    #[serde(default)]
    pub id: String,
    /// The name of the device that wrote the line; `null` for lines written before devices
    /// were recorded.
    #[serde(default)]
    pub device: Option<String>,
    pub at: DateTime<Utc>,
    pub by: String,
    /// The catalog item, or `null` for a change to the workspace itself.
    pub item: Option<String>,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::AuthorityKind;

    fn authority(code: &str) -> Authority {
        Authority {
            code: code.into(),
            name: format!("{code} full name"),
            kind: AuthorityKind::Other,
        }
    }

    #[test]
    fn a_new_workspace_is_trimmed_and_its_codes_upper_cased() {
        let ws = NewWorkspace {
            name: "  Lesotho 2025 ".into(),
            jurisdiction: "Lesotho".into(),
            authorities: vec![authority("lca"), authority(" Cbl ")],
            template: "joint-directive".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(ws.name, "Lesotho 2025");
        assert_eq!(
            ws.authorities.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(),
            ["LCA", "CBL"]
        );
    }

    #[test]
    fn a_french_draft_reads_the_frozen_french_text_and_english_where_none_was_frozen() {
        let item = SelectedItem {
            id: "SIM-08".into(),
            title: "Recycled numbers".into(),
            group: CatalogGroup::Sim,
            topic: "SIM recycling".into(),
            threat: ThreatCategory::ALL[0],
            stakeholders: vec![],
            statement: "Notify DFS providers.".into(),
            title_fr: Some("Numéros réattribués".into()),
            statement_fr: Some("Aviser les fournisseurs de SFN.".into()),
            flag: Flag::Verified,
            sources: vec![],
            selected_at: DateTime::default(),
            selected_by: "a".into(),
            decision: Decision::default(),
        };
        assert_eq!(item.title_in(Language::Fr), "Numéros réattribués");
        assert_eq!(item.statement_in(Language::Fr), "Aviser les fournisseurs de SFN.");
        assert_eq!(item.title_in(Language::En), "Recycled numbers");
        let older = SelectedItem {
            title_fr: None,
            statement_fr: None,
            ..item
        };
        assert_eq!(older.title_in(Language::Fr), "Recycled numbers");
        // Absent French text stays out of JSON, so records circulated before keep their bytes.
        let json = serde_json::to_string(&older).unwrap();
        assert!(!json.contains("title_fr"), "{json}");
    }

    #[test]
    fn a_new_workspace_needs_a_name_and_distinct_valid_authorities() {
        let base = NewWorkspace {
            name: "X".into(),
            jurisdiction: "Y".into(),
            authorities: vec![authority("LCA")],
            template: "joint-directive".into(),
        };
        let no_name = NewWorkspace {
            name: " ".into(),
            ..base.clone()
        };
        assert_eq!(
            no_name.validate(),
            Err(InvalidInput::Empty {
                field: "workspace name"
            })
        );
        let none = NewWorkspace {
            authorities: vec![],
            ..base.clone()
        };
        assert_eq!(none.validate(), Err(InvalidInput::NoAuthority));
        let twice = NewWorkspace {
            authorities: vec![authority("LCA"), authority("lca")],
            ..base.clone()
        };
        assert_eq!(twice.validate(), Err(InvalidInput::DuplicateAuthority("LCA".into())));
        let bad = NewWorkspace {
            authorities: vec![authority("L C A")],
            ..base
        };
        assert!(matches!(bad.validate(), Err(InvalidInput::AuthorityCode(_))));
    }
}
