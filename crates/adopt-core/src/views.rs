//! What the operations return when a plain domain type is not enough.

use adopt_catalog::Catalog;
use adopt_domain::{
    CatalogGroup, Flag, Language, Recommendation, SecurityDimension, SelectedItem, Stakeholder, ThreatCategory,
    Workspace,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A workspace with its selected items, in catalog order.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct WorkspaceDetail {
    pub workspace: Workspace,
    pub items: Vec<SelectedItem>,
}

/// A source reference with the document it points into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CitedSource {
    pub document: String,
    pub reference: String,
    pub title: String,
    pub publisher: String,
    pub year: String,
    pub url: String,
}

/// A catalog item with its sources resolved: what a detail pane or `catalog show` presents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecommendationDetail {
    pub id: String,
    pub title: String,
    pub group: CatalogGroup,
    pub topic: String,
    pub vulnerability: String,
    pub threat: ThreatCategory,
    pub stakeholders: Vec<Stakeholder>,
    pub statement: String,
    pub flag: Flag,
    pub sources: Vec<CitedSource>,
    pub dimensions: Vec<SecurityDimension>,
    pub note: Option<String>,
}

impl RecommendationDetail {
    pub(crate) fn new(item: &Recommendation, catalog: &Catalog) -> Self {
        Self::new_in(item, catalog, Language::En)
    }

    /// The item with its texts (title, topic, vulnerability, statement, note, source titles)
    /// in `language`; codes stay as they are.
    pub(crate) fn new_in(item: &Recommendation, catalog: &Catalog, language: Language) -> Self {
        let sources = item
            .sources
            .iter()
            .map(|s| {
                let doc = catalog
                    .source(&s.document)
                    .expect("the catalog's rules guarantee every source resolves");
                CitedSource {
                    document: s.document.clone(),
                    reference: s.reference.clone(),
                    title: doc.title_in(language).to_string(),
                    publisher: doc.publisher.clone(),
                    year: doc.year.clone(),
                    url: doc.url.clone(),
                }
            })
            .collect();
        RecommendationDetail {
            id: item.id.clone(),
            title: item.title_in(language).to_string(),
            group: item.group,
            topic: item.topic_in(language).to_string(),
            vulnerability: item.vulnerability_in(language).to_string(),
            threat: item.threat,
            stakeholders: item.stakeholders.clone(),
            statement: item.statement_in(language).to_string(),
            flag: item.flag,
            sources,
            dimensions: item.dimensions.clone(),
            note: item.note_in(language).map(str::to_string),
        }
    }
}

/// What `select` did: the ids newly selected and those that were selected already.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SelectionOutcome {
    pub added: Vec<String>,
    pub already: Vec<String>,
}

/// Document properties to change; `None` leaves a property as it is, an empty text clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkspaceProperties {
    pub name: Option<String>,
    pub doc_version: Option<String>,
    pub reference: Option<String>,
    pub prepared_by: Option<String>,
    pub event: Option<String>,
    pub template: Option<String>,
    /// The language of the workspace's documents; a built-in template follows it to its
    /// counterpart (joint-directive ↔ directive-conjointe, guideline ↔ ligne-directrice).
    #[serde(default)]
    pub language: Option<Language>,
}
