//! The frozen record: everything a draft is made from (the workspace and its properties, the
//! selected items with their frozen catalog text and decisions, the discussion, the baseline,
//! the source documents the items cite) and the template with the text of every file. A
//! circulated version stores it as JSON, so the version can be rendered again (names removed)
//! or compared with later, whatever the catalog, the templates or the program become.
//!
//! Its fingerprint is the SHA-256 of its canonical JSON with participants' names, the
//! facilitator's name and action owners blanked, so removing names later leaves it unchanged.

use std::collections::HashSet;

use adopt_document::{Circulation, Document, DraftInput, ItemFrench, Template, VersionRow};
use adopt_domain::{BaselineAnswer, Discussion, Finding, ReviewComment, SelectedItem, SourceDocument, Workspace};
use adopt_store::StoredVersion;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::workbench::Workbench;

/// The version of the record's layout: a later program reads older records by it.
const RECORD_FORMAT: u32 = 1;

/// What the facilitator is called once names are removed (as the store writes it).
const FACILITATOR: &str = "Facilitator";

/// A workspace as a draft is made from it, with its template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FrozenRecord {
    pub format: u32,
    pub workspace: Workspace,
    pub items: Vec<SelectedItem>,
    pub discussion: Discussion,
    pub baseline: Vec<BaselineAnswer>,
    /// The catalog's source documents the selected items cite, in catalog order.
    pub sources: Vec<SourceDocument>,
    pub template: FrozenTemplate,
    /// The reviewers' comments and their answers. Left out when there are none, so records
    /// made before comments existed keep their JSON and fingerprint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<ReviewComment>,
    /// The ids of conflicts between laptops not yet settled; left out when there are none,
    /// so earlier records keep their JSON and fingerprint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
    /// The French title and statement of each item as frozen in `items`, in the shape the
    /// draft input takes; derived, never stored.
    #[serde(skip)]
    french: Vec<ItemFrench>,
}

/// A template by the name it was chosen by, and the text of each of its files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FrozenTemplate {
    pub name: String,
    pub files: Vec<TemplateFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TemplateFile {
    pub name: String,
    pub text: String,
}

impl FrozenTemplate {
    fn new(name: &str, template: &Template) -> Self {
        FrozenTemplate {
            name: name.to_string(),
            files: template
                .files()
                .into_iter()
                .map(|(name, text)| TemplateFile { name, text })
                .collect(),
        }
    }

    pub fn load(&self) -> Result<Template> {
        let files: Vec<(String, String)> = self.files.iter().map(|f| (f.name.clone(), f.text.clone())).collect();
        Ok(Template::from_files(&self.name, &files)?)
    }
}

impl FrozenRecord {
    /// Reads a stored record back.
    pub fn from_json(text: &str) -> Result<FrozenRecord> {
        let mut record: FrozenRecord = serde_json::from_str(text).map_err(|e| Error::StoredRecord(e.to_string()))?;
        record.french = item_french(&record.items);
        Ok(record)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record is plain data and always serialises")
    }

    /// SHA-256 of the canonical serialisation (keys sorted, no spaces) of the record with
    /// participants' names, the facilitator and action owners blanked: 64 hex digits.
    pub fn fingerprint(&self) -> String {
        let mut blank = self.clone();
        for session in &mut blank.discussion.sessions {
            session.facilitator.clear();
            session.anonymised = false;
            for p in &mut session.participants {
                p.name.clear();
            }
        }
        for action in &mut blank.discussion.actions {
            action.owner.clear();
        }
        let value = serde_json::to_value(&blank).expect("a record is plain data and always serialises");
        let mut text = String::new();
        canonical(&value, &mut text);
        Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The record with names removed as the store removes them from the live rows: each
    /// participant's name becomes their organisation, the facilitator "Facilitator", an action
    /// owner named after a participant of its session that participant's organisation.
    /// `None` when there was no name to remove.
    pub fn without_names(&self) -> Option<FrozenRecord> {
        let mut record = self.clone();
        let discussion = &mut record.discussion;
        for session in &mut discussion.sessions {
            for action in discussion.actions.iter_mut().filter(|a| a.session == session.id) {
                if let Some(p) = session.participants.iter().find(|p| p.name == action.owner) {
                    action.owner = p.organisation.clone();
                }
            }
            for p in &mut session.participants {
                p.name = p.organisation.clone();
            }
            session.facilitator = FACILITATOR.to_string();
            session.anonymised = true;
        }
        (record != *self).then_some(record)
    }

    /// What the completeness check finds in this record on `date` (the draft's marking).
    pub fn findings(&self, date: NaiveDate) -> Vec<Finding> {
        adopt_domain::check(
            &self.workspace,
            &self.items,
            &self.discussion,
            &self.comments,
            &self.conflicts,
            date,
        )
    }

    /// The input a draft is composed from: this record with its `findings` on `date`, as the
    /// version `circulation` says.
    pub fn input<'a>(
        &'a self,
        findings: &'a [Finding],
        date: NaiveDate,
        circulation: &'a Circulation,
    ) -> DraftInput<'a> {
        DraftInput {
            workspace: &self.workspace,
            items: &self.items,
            sources: &self.sources,
            discussion: &self.discussion,
            baseline: &self.baseline,
            findings,
            comments: &self.comments,
            date,
            circulation,
            rationale_comments: false,
            french: &self.french,
        }
    }

    /// The draft made from this record, dated `date`, as the version `circulation` says.
    pub fn compose(&self, date: NaiveDate, circulation: &Circulation) -> Result<Document> {
        let template = self.template.load()?;
        let findings = self.findings(date);
        Ok(adopt_document::compose(
            &self.input(&findings, date, circulation),
            &template,
        )?)
    }
}

/// The lines of the document control table for these versions.
pub(crate) fn version_rows(versions: &[StoredVersion]) -> Vec<VersionRow> {
    versions
        .iter()
        .map(|v| VersionRow {
            label: v.label.clone(),
            date: v.date,
            prepared_by: v.prepared_by.clone(),
            note: v.note.clone(),
        })
        .collect()
}

/// Canonical JSON: object keys in byte order, no whitespace, strings escaped as serde_json does.
fn canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (n, key) in keys.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                canonical(&map[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The French text frozen with each item, for a French draft: it never reads the live catalog.
fn item_french(items: &[SelectedItem]) -> Vec<ItemFrench> {
    items
        .iter()
        .map(|i| ItemFrench {
            item: i.id.clone(),
            title: i.title_fr.clone(),
            statement: i.statement_fr.clone(),
        })
        .collect()
}

impl Workbench {
    /// The workspace's record as it stands, with `template` (a built-in name or a folder; by
    /// default the workspace's own).
    pub(crate) fn frozen_record(&self, workspace: &Workspace, template: Option<&str>) -> Result<FrozenRecord> {
        let items = self.store.selected_items(&workspace.id)?;
        let discussion = self.store.discussion(&workspace.id)?;
        let baseline = self.store.baseline(&workspace.id)?;
        let comments = self.store.review_comments(&workspace.id, None, false)?;
        let name = template.unwrap_or(&workspace.template);
        let template = Template::resolve(name)?;
        let cited: HashSet<&str> = items
            .iter()
            .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
            .collect();
        let sources = self
            .catalog_sources()
            .iter()
            .filter(|s| cited.contains(s.id.as_str()))
            .cloned()
            .collect();
        Ok(FrozenRecord {
            format: RECORD_FORMAT,
            workspace: workspace.clone(),
            discussion,
            baseline,
            sources,
            template: FrozenTemplate::new(name, &template),
            comments,
            conflicts: self.store.conflict_ids(&workspace.id)?,
            french: item_french(&items),
            items,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn canonical_json_sorts_keys_at_every_level_and_has_no_spaces() {
        let value = json!({"b": [1, {"z": "é\"", "a": null}], "a": true});
        let mut text = String::new();
        canonical(&value, &mut text);
        assert_eq!(text, r#"{"a":true,"b":[1,{"a":null,"z":"é\""}]}"#);
    }
}
