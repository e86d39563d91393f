//! The replicated part of a workspace as plain values: what goes into the document
//! (`Edit`) and what comes out (`WorkspaceState`). No engine type crosses this boundary.

use std::collections::BTreeMap;

use adopt_domain::{AuthorityKind, DecisionField, DecisionStatus, Priority, ReasonCode};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

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
