//! The replicated part of a workspace as plain values: what goes into the document
//! (`Edit`) and what comes out (`WorkspaceState`). No engine type crosses this boundary.

use std::collections::BTreeMap;

use adopt_domain::{AuthorityKind, Decision, DecisionField, DecisionStatus, Priority, ReasonCode};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::records::RecordField;

/// Where and when a write was made, and by whom: kept with every value it writes, so a
/// conflict shows each side's device, author and time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The writing device's name (`--device`), as the history shows it.
    pub device: String,
    /// The user who made the edit, as the history's `by`.
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A workspace as every peer that has the same changes sees it: for each field, the engine's
/// deterministic pick among concurrent values (a conflicting selection counts as selected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceState {
    pub workspace_id: String,
    /// The workspace's document properties by key (`name`, `jurisdiction`, `template`,
    /// `doc_version`, `reference`, `prepared_by`, `event`...); a cleared property is absent.
    pub properties: BTreeMap<String, String>,
    /// The authorities by code.
    pub authorities: BTreeMap<String, AuthorityState>,
    /// Every item ever selected or decided, by catalog id; a deselected item keeps its decision.
    pub items: BTreeMap<String, ItemState>,
    /// Every device's history lines of the replicated fields, ordered by (`at`, `id`).
    pub history: Vec<HistoryLine>,
    /// Every field of the records beyond the decision (baseline, discussion, comments,
    /// versions) that holds a value, with who wrote it; a cleared field is absent.
    pub records: BTreeMap<RecordField, RecordValue>,
}

/// The value a record field shows, with the origin of its write: a position's time and author
/// are its stance's, the same on every laptop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordValue {
    pub value: String,
    /// The name of the device that wrote it.
    pub device: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// One line of the history, as the store writes it for a replicated field. Appended once under
/// its id and never changed, so the history every peer shows is the union of every device's
/// lines. Only lines of replicated fields go in: never a participant's name or an action
/// owner, which a sent document could not forget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    /// 32 hex digits from the OS random source, the same on every laptop that has the line.
    pub id: String,
    /// The catalog item, or none for a workspace-level field.
    pub item: Option<String>,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The user who made the change.
    pub by: String,
    pub at: DateTime<Utc>,
    /// The name of the device that wrote it; none for lines from before devices existed.
    pub device: Option<String>,
}

/// One authority's replicated fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorityState {
    pub name: String,
    pub kind: AuthorityKind,
}

/// One item of the workspace: whether it is selected, and its decision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemState {
    pub selected: bool,
    pub decision: DecisionState,
}

/// The replicated fields of a decision. Revision and "last changed" stay local to each laptop.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionState {
    pub status: DecisionStatus,
    pub reason: Option<ReasonCode>,
    pub rationale: Option<String>,
    pub wording: Option<String>,
    pub lead: Option<String>,
    pub support: Vec<String>,
    pub priority: Option<Priority>,
    pub due: Option<NaiveDate>,
}

/// One user edit to the replicated part. `ReplicatedWorkspace::apply_all` writes several as
/// one change, as one `decide` with several fields is one edit for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Sets a workspace property; `None` clears it.
    SetProperty {
        key: String,
        value: Option<String>,
    },
    /// Adds an authority or changes its name and kind.
    SetAuthority {
        code: String,
        name: String,
        kind: AuthorityKind,
    },
    Select {
        item: String,
    },
    Deselect {
        item: String,
    },
    /// Sets one decision field; the item is selected in the same change, so a concurrent
    /// deselect becomes a conflict instead of silently dropping the decision.
    SetDecision {
        item: String,
        value: DecisionValue,
    },
    /// Empties one decision field (any but the status).
    ClearDecision {
        item: String,
        field: DecisionField,
    },
    /// Adds a history line; a line whose id is already there is left as it is.
    AppendHistory(HistoryLine),
    /// Sets one field of a record beyond the decision; `None` clears it.
    SetRecord {
        field: RecordField,
        value: Option<String>,
    },
}

/// A value for one decision field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionValue {
    Status(DecisionStatus),
    Reason(ReasonCode),
    Rationale(String),
    Wording(String),
    Lead(String),
    /// Replaces the whole list of supporting authorities; an empty list clears it.
    Support(Vec<String>),
    Priority(Priority),
    Due(NaiveDate),
}

impl DecisionValue {
    /// The decision field this value is for.
    pub fn field(&self) -> DecisionField {
        match self {
            Self::Status(_) => DecisionField::Status,
            Self::Reason(_) => DecisionField::Reason,
            Self::Rationale(_) => DecisionField::Rationale,
            Self::Wording(_) => DecisionField::Wording,
            Self::Lead(_) => DecisionField::Lead,
            Self::Support(_) => DecisionField::Support,
            Self::Priority(_) => DecisionField::Priority,
            Self::Due(_) => DecisionField::Due,
        }
    }
}

/// What a merge (or any later state) changed, as `sync import` reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StateChanges {
    /// How many property, authority and decision fields changed: `changed.len()`.
    pub fields_changed: usize,
    /// Items selected now that were not before, by id.
    pub items_added: Vec<String>,
    /// Items selected before that are not now, by id.
    pub items_removed: Vec<String>,
    /// Each changed field: workspace fields first (properties, then authorities), then items
    /// by id, each item's fields in decision order.
    pub changed: Vec<FieldChange>,
}

/// The keys of both maps, each once, in order.
fn keys<T>(a: &BTreeMap<String, T>, b: &BTreeMap<String, T>) -> Vec<String> {
    let mut keys: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    keys
}

/// One field with its text form before and after (`None` when empty or absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The item, or none for a workspace field.
    pub item: Option<String>,
    /// The field as conflict ids name it: `rationale`, `doc_version`, `authority.TR.name`.
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl DecisionState {
    /// The decision these fields make, with what is local to a device (revision, who and
    /// when) left empty.
    pub fn to_decision(&self) -> Decision {
        Decision {
            status: self.status,
            reason: self.reason,
            rationale: self.rationale.clone(),
            wording: self.wording.clone(),
            lead: self.lead.clone(),
            support: self.support.clone(),
            priority: self.priority,
            due: self.due,
            ..Decision::default()
        }
    }

    /// A field's text form as the history writes it; `None` when empty.
    pub fn field_text(&self, field: DecisionField) -> Option<String> {
        self.to_decision().field_text(field)
    }
}

impl WorkspaceState {
    /// What changed from `before` to this state: the selection as items added and removed,
    /// and every property, authority and decision field whose text form differs. An item
    /// absent from one side has no fields there. History lines are not counted.
    pub fn changes_since(&self, before: &WorkspaceState) -> StateChanges {
        let mut changed = Vec::new();
        let mut push = |item: Option<&str>, field: String, old: Option<String>, new: Option<String>| {
            if old != new {
                changed.push(FieldChange {
                    item: item.map(str::to_string),
                    field,
                    old,
                    new,
                });
            }
        };
        for key in keys(&before.properties, &self.properties) {
            let (old, new) = (before.properties.get(&key), self.properties.get(&key));
            push(None, key.clone(), old.cloned(), new.cloned());
        }
        for code in keys(&before.authorities, &self.authorities) {
            let (old, new) = (before.authorities.get(&code), self.authorities.get(&code));
            let name = |a: Option<&AuthorityState>| a.map(|a| a.name.clone());
            let kind = |a: Option<&AuthorityState>| a.map(|a| a.kind.code().to_string());
            push(None, format!("authority.{code}.name"), name(old), name(new));
            push(None, format!("authority.{code}.kind"), kind(old), kind(new));
        }
        let mut items_added = Vec::new();
        let mut items_removed = Vec::new();
        for item in keys(&before.items, &self.items) {
            let (old, new) = (before.items.get(&item), self.items.get(&item));
            let selected = |state: Option<&ItemState>| state.is_some_and(|s| s.selected);
            match (selected(old), selected(new)) {
                (false, true) => items_added.push(item.clone()),
                (true, false) => items_removed.push(item.clone()),
                _ => {}
            }
            for field in DecisionField::ALL {
                let text = |state: Option<&ItemState>| state.and_then(|s| s.decision.field_text(*field));
                push(Some(&item), field.code().to_string(), text(old), text(new));
            }
        }
        let mut fields: Vec<&RecordField> = before.records.keys().chain(self.records.keys()).collect();
        fields.sort();
        fields.dedup();
        for field in fields {
            let text = |state: &WorkspaceState| state.records.get(field).map(|v| v.value.clone());
            push(field.item.as_deref(), field.name(), text(before), text(self));
        }
        StateChanges {
            fields_changed: changed.len(),
            items_added,
            items_removed,
            changed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic() -> WorkspaceState {
        let mut state = WorkspaceState {
            workspace_id: "ws1".into(),
            properties: BTreeMap::from([("name".to_string(), "Lusaka clinic".to_string())]),
            authorities: BTreeMap::from([(
                "TR".to_string(),
                AuthorityState {
                    name: "Telecom Regulator".into(),
                    kind: AuthorityKind::TelecomRegulator,
                },
            )]),
            items: BTreeMap::new(),
            history: Vec::new(),
            records: BTreeMap::new(),
        };
        for item in ["REG-01", "REG-02"] {
            state.items.insert(
                item.to_string(),
                ItemState {
                    selected: true,
                    decision: DecisionState::default(),
                },
            );
        }
        state
    }

    #[test]
    fn the_same_state_has_no_changes() {
        let state = clinic();
        assert_eq!(state.changes_since(&state.clone()), StateChanges::default());
    }

    #[test]
    fn changes_name_each_field_with_its_old_and_new_text_and_the_selection_apart() {
        let before = clinic();
        let mut after = before.clone();
        after.properties.insert("doc_version".into(), "0.2".into());
        after.authorities.get_mut("TR").unwrap().name = "Telecom Authority".into();
        let reg01 = after.items.get_mut("REG-01").unwrap();
        reg01.decision.support = vec!["TR".into(), "CB".into()];
        reg01.decision.due = NaiveDate::from_ymd_opt(2027, 6, 30);
        after.items.get_mut("REG-02").unwrap().selected = false;
        after.items.insert(
            "SIM-08".into(),
            ItemState {
                selected: true,
                decision: DecisionState {
                    status: DecisionStatus::Adopt,
                    ..DecisionState::default()
                },
            },
        );
        let changes = after.changes_since(&before);
        assert_eq!(changes.items_added, ["SIM-08"]);
        assert_eq!(changes.items_removed, ["REG-02"]);
        let seen: Vec<_> = changes
            .changed
            .iter()
            .map(|c| (c.item.as_deref(), c.field.as_str(), c.old.as_deref(), c.new.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                (None, "doc_version", None::<&str>, Some("0.2")),
                (
                    None,
                    "authority.TR.name",
                    Some("Telecom Regulator"),
                    Some("Telecom Authority")
                ),
                (Some("REG-01"), "support", None, Some("TR,CB")),
                (Some("REG-01"), "due", None, Some("2027-06-30")),
                (Some("SIM-08"), "status", None, Some("adopt")),
            ]
        );
        assert_eq!(changes.fields_changed, 5);
        // Going back reports the same fields the other way round.
        let back = before.changes_since(&after);
        assert_eq!(back.items_added, ["REG-02"]);
        assert_eq!(back.items_removed, ["SIM-08"]);
        assert_eq!(back.fields_changed, 5);
    }
}
