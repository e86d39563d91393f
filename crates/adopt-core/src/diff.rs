//! What changed between two states of a workspace (two circulated versions, or a version and
//! now): per item the selection, the decision fields, each authority's position per session,
//! the resolution and its conditions; per workspace its properties and authorities. Values are
//! written as the history writes them. The same changes, in words, become the rows of the
//! annex "Changes since version LABEL".

use std::collections::{BTreeMap, BTreeSet};

use adopt_document::ChangeRow;
use adopt_domain::{
    CatalogGroup, DecisionField, DecisionStatus, Discussion, Position, Priority, ReasonCode, Resolution, SelectedItem,
    Stance, Workspace,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::frozen::FrozenRecord;
use crate::workbench::Workbench;

/// One difference (contract §7): `item` is `null` for the workspace itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Change {
    pub item: Option<String>,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// `diff FROM [TO]`: `to` is `null` for the workspace as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VersionDiff {
    pub from: String,
    pub to: Option<String>,
    pub changes: Vec<Change>,
}

/// The workspace-level fields, named as `workspace show --json` names them.
fn workspace_fields(w: &Workspace) -> [(&'static str, Option<String>); 8] {
    [
        ("name", Some(w.name.clone())),
        ("jurisdiction", Some(w.jurisdiction.clone())),
        ("template", Some(w.template.clone())),
        ("doc_version", w.doc_version.clone()),
        ("reference", w.reference.clone()),
        ("prepared_by", w.prepared_by.clone()),
        ("event", w.event.clone()),
        (
            "authorities",
            Some(
                w.authorities
                    .iter()
                    .map(|a| format!("{}={}", a.code, a.name))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ),
    ]
}

/// A position as the history writes it: "oppose" or "oppose: the note".
fn position_text(p: &Position) -> String {
    match &p.note {
        Some(note) => format!("{}: {note}", p.stance.code()),
        None => p.stance.code().to_string(),
    }
}

/// Every position of a discussion by (item, session, authority).
fn positions(discussion: &Discussion) -> BTreeMap<(&str, &str, &str), String> {
    discussion
        .positions
        .iter()
        .map(|p| {
            (
                (p.item.as_str(), p.session.as_str(), p.authority.as_str()),
                position_text(p),
            )
        })
        .collect()
}

/// A session as the diff names it ("s2") and where it sorts, from the newer record (or the
/// older, for a session since taken out); an id the records lack sorts last, by itself.
fn session_shown(old: &Discussion, new: &Discussion, id: &str) -> (u32, String) {
    new.session(id)
        .or_else(|| old.session(id))
        .map_or((u32::MAX, id.to_string()), |s| (s.number, s.label()))
}

fn group_rank(group: CatalogGroup) -> usize {
    CatalogGroup::ALL.iter().position(|g| *g == group).unwrap_or(usize::MAX)
}

/// Every change from `old` to `new`: the workspace's first, then each item's in clause order
/// (catalog group, then id).
pub(crate) fn diff_records(old: &FrozenRecord, new: &FrozenRecord) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |item: Option<&str>, field: String, old: Option<String>, new: Option<String>| {
        if old != new {
            changes.push(Change {
                item: item.map(str::to_string),
                field,
                old,
                new,
            });
        }
    };
    for ((field, before), (_, after)) in workspace_fields(&old.workspace)
        .into_iter()
        .zip(workspace_fields(&new.workspace))
    {
        push(None, field.to_string(), before, after);
    }

    let find = |items: &'_ [SelectedItem], id: &str| items.iter().find(|i| i.id == id).cloned();
    let (old_positions, new_positions) = (positions(&old.discussion), positions(&new.discussion));
    let mut ids: BTreeSet<&str> = old.items.iter().chain(&new.items).map(|i| i.id.as_str()).collect();
    ids.extend(old_positions.keys().chain(new_positions.keys()).map(|k| k.0));
    ids.extend(
        old.discussion
            .resolutions
            .iter()
            .chain(&new.discussion.resolutions)
            .map(|r| r.item.as_str()),
    );
    let rank = |id: &str| {
        find(&new.items, id)
            .or_else(|| find(&old.items, id))
            .map_or(usize::MAX, |i| group_rank(i.group))
    };
    let mut ids: Vec<&str> = ids.into_iter().collect();
    ids.sort_by_key(|id| (rank(id), *id));

    for id in ids {
        let (before, after) = (find(&old.items, id), find(&new.items, id));
        let selected = |i: &Option<SelectedItem>| Some(if i.is_some() { "yes" } else { "no" }.to_string());
        push(Some(id), "selected".into(), selected(&before), selected(&after));
        for field in DecisionField::ALL {
            let value = |i: &Option<SelectedItem>| i.as_ref().and_then(|i| i.decision.field_text(*field));
            push(Some(id), field.code().into(), value(&before), value(&after));
        }
        let mut keys: Vec<(&str, &str)> = old_positions
            .keys()
            .chain(new_positions.keys())
            .filter(|k| k.0 == id)
            .map(|k| (k.1, k.2))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        keys.sort_by_key(|(session, authority)| (session_shown(&old.discussion, &new.discussion, session), *authority));
        for (session, authority) in keys {
            let key = (id, session, authority);
            let (_, label) = session_shown(&old.discussion, &new.discussion, session);
            push(
                Some(id),
                format!("position.{authority}.{label}"),
                old_positions.get(&key).cloned(),
                new_positions.get(&key).cloned(),
            );
        }
        let (r_old, r_new) = (old.discussion.resolution(id), new.discussion.resolution(id));
        push(
            Some(id),
            "resolution".into(),
            r_old.map(|r| r.resolution.code().to_string()),
            r_new.map(|r| r.resolution.code().to_string()),
        );
        push(
            Some(id),
            "conditions".into(),
            r_old.and_then(|r| r.conditions.clone()),
            r_new.and_then(|r| r.conditions.clone()),
        );
    }
    changes
}

/// What a field is called in the annex on changes.
fn field_words(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("position.")
        && let Some((authority, session)) = rest.split_once('.')
    {
        return format!("Position of {authority}, session {session}");
    }
    match field {
        "name" => "Workspace name",
        "jurisdiction" => "Jurisdiction",
        "template" => "Template",
        "doc_version" => "Document version",
        "reference" => "Reference",
        "prepared_by" => "Prepared by",
        "event" => "Event",
        "authorities" => "Authorities",
        "selected" => "Selection",
        "status" => "Decision status",
        "reason" => "Reason",
        "rationale" => "Rationale",
        "wording" => "National wording",
        "lead" => "Lead authority",
        "support" => "Supporting authorities",
        "priority" => "Priority",
        "due" => "Target date",
        "resolution" => "Resolution",
        "conditions" => "Conditions",
        other => other,
    }
    .to_string()
}

/// A value in words: value-set codes become their labels, lists are separated by commas.
fn value_words(field: &str, value: &str) -> String {
    fn label<T: std::str::FromStr>(code: &str, label: fn(T) -> &'static str) -> Option<String> {
        code.parse::<T>().ok().map(|v| label(v).to_string())
    }
    let words = match field {
        "selected" => Some(if value == "yes" { "Selected" } else { "Not selected" }.to_string()),
        "status" => label::<DecisionStatus>(value, DecisionStatus::label),
        "reason" => label::<ReasonCode>(value, ReasonCode::label),
        "priority" => label::<Priority>(value, Priority::label),
        "resolution" => label::<Resolution>(value, Resolution::label),
        "support" | "authorities" => Some(value.split(',').collect::<Vec<_>>().join(", ")),
        "due" => adopt_domain::parse_date(value).ok().map(adopt_document::long_date),
        _ if field.starts_with("position.") => {
            let (stance, note) = match value.split_once(": ") {
                Some((stance, note)) => (stance, Some(note)),
                None => (value, None),
            };
            label::<Stance>(stance, Stance::label).map(|stance| match note {
                Some(note) => format!("{stance}: {note}"),
                None => stance,
            })
        }
        _ => None,
    };
    words.unwrap_or_else(|| value.to_string())
}

/// The rows of the annex "Changes since version LABEL".
pub(crate) fn change_rows(changes: &[Change]) -> Vec<ChangeRow> {
    changes
        .iter()
        .map(|c| ChangeRow {
            item: c.item.clone(),
            what: field_words(&c.field),
            old: c.old.as_deref().map(|v| value_words(&c.field, v)),
            new: c.new.as_deref().map(|v| value_words(&c.field, v)),
        })
        .collect()
}

impl Workbench {
    /// Every change from the circulated version `from` to the version `to`, or to the
    /// workspace as it stands when `to` is `None`.
    pub fn diff(&self, key: &str, from: &str, to: Option<&str>) -> Result<VersionDiff> {
        let workspace = self.store.find_workspace(key)?;
        let (from_version, old) = self.version_record(&workspace.id, from)?;
        let (to_label, new) = match to {
            Some(label) => {
                let (version, record) = self.version_record(&workspace.id, label)?;
                (Some(version.label), record)
            }
            None => (None, self.frozen_record(&workspace, None)?),
        };
        Ok(VersionDiff {
            from: from_version.label,
            to: to_label,
            changes: diff_records(&old, &new),
        })
    }
}
