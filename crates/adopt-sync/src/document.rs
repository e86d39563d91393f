//! `ReplicatedWorkspace`: one workspace's replicated state in an Automerge document.

use std::collections::BTreeMap;

use adopt_domain::{AuthorityKind, DecisionField, DecisionStatus, Priority, ReasonCode, normalize_authority_code};
use automerge::transaction::Transactable;
use automerge::{ActorId, AutoCommit, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};
use chrono::NaiveDate;

use crate::conflict::{Conflict, ConflictValue};
use crate::error::SyncError;
use crate::layout::{
    AUTHORITIES, DECISIONS, HISTORY, KEY_LAYOUT, KEY_WORKSPACE, LAYOUT, PROPERTIES, ROOT_MAP, Record, SELECTION,
    Stored, Target, decision_text, history_line, item_id, property_key, support, workspace_id,
};
use crate::records::RecordKind;
use crate::records::{RECORD_PREFIX, RecordField, record_value};
use crate::state::{
    AuthorityState, DecisionState, DecisionValue, Edit, HistoryLine, Origin, RecordValue, WorkspaceState,
};

/// What one change writes: field values, then history lines (id, line as JSON).
#[derive(Debug, Default)]
struct Plan {
    writes: Vec<(Target, Stored)>,
    lines: Vec<(String, String)>,
    /// Record fields written with an origin of their own (by whom and when the row says),
    /// when a document is made from rows.
    dated: Vec<(Target, Stored, Origin)>,
}

type Result<T> = std::result::Result<T, SyncError>;

/// The four maps of the root, created once with the document.
#[derive(Debug, Clone)]
struct Maps {
    properties: ObjId,
    authorities: ObjId,
    selection: ObjId,
    decisions: ObjId,
    /// History lines by id; not a field map: lines never conflict, they only add up.
    history: ObjId,
}

impl Maps {
    fn get(&self, name: &str) -> &ObjId {
        match name {
            ROOT_MAP => &ROOT,
            PROPERTIES => &self.properties,
            AUTHORITIES => &self.authorities,
            SELECTION => &self.selection,
            _ => &self.decisions,
        }
    }

    fn all(&self) -> [(&'static str, &ObjId); 4] {
        [
            (PROPERTIES, &self.properties),
            (AUTHORITIES, &self.authorities),
            (SELECTION, &self.selection),
            (DECISIONS, &self.decisions),
        ]
    }
}

/// One workspace's replicated state, written by one device (the Automerge actor).
///
/// Two copies in memory with the same actor must never both write: each numbers its changes
/// from what it has seen, and two changes with one actor and one number break every later
/// merge. A caller that shares a database between processes loads the document afresh inside
/// each edit's transaction and saves it before the transaction ends.
pub struct ReplicatedWorkspace {
    doc: AutoCommit,
    workspace_id: String,
    maps: Maps,
    /// The heads the caller's stored copy already holds. Automerge forgets this on load, and
    /// its own incremental save would then repeat every change ever made.
    saved_heads: Vec<ChangeHash>,
}

impl std::fmt::Debug for ReplicatedWorkspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplicatedWorkspace")
            .field("workspace_id", &self.workspace_id)
            .field("actor", &self.actor())
            .finish_non_exhaustive()
    }
}

/// The device id as an Automerge actor: exactly 16 bytes written as 32 hex digits.
fn actor_id(device: &str) -> Result<ActorId> {
    let wrong = || SyncError::DeviceId(device.to_string());
    if device.len() != 32 || !device.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(wrong());
    }
    ActorId::try_from(device.to_ascii_lowercase().as_str()).map_err(|_| wrong())
}

impl ReplicatedWorkspace {
    /// A new document for `workspace_id`, written by the device `actor`. Only the laptop that
    /// creates the workspace calls this; the others load what it sends.
    pub fn new(workspace_id_text: &str, actor: &str) -> Result<Self> {
        let mut created = Self::create(workspace_id_text, actor)?;
        created.doc.commit();
        Ok(created)
    }

    /// A new document holding the whole of `state` in one change, written by the device
    /// `actor` with `origin`: for a workspace that existed before replication. Every value is
    /// checked as an edit would check it; a refused one makes no document.
    pub fn from_state(workspace_id_text: &str, actor: &str, state: &WorkspaceState, origin: &Origin) -> Result<Self> {
        let mut planned = Plan::default();
        for (key, value) in &state.properties {
            let edit = Edit::SetProperty {
                key: key.clone(),
                value: Some(value.clone()),
            };
            plan(&edit, &mut planned)?;
        }
        for (code, authority) in &state.authorities {
            let edit = Edit::SetAuthority {
                code: code.clone(),
                name: authority.name.clone(),
                kind: authority.kind,
            };
            plan(&edit, &mut planned)?;
        }
        for (item, item_state) in &state.items {
            // Written field by field, not as decide edits: those would select a deselected item.
            let item = item_id(item)?;
            let selected = Stored::Bool(item_state.selected);
            planned.writes.push((Target::Selected(item.clone()), selected));
            for field in DecisionField::ALL {
                if let Some(text) = item_state.decision.field_text(*field) {
                    let target = Target::Decision(item.clone(), *field);
                    let stored = target.parse_text(&text)?;
                    planned.writes.push((target, stored));
                }
            }
        }
        for line in &state.history {
            plan(&Edit::AppendHistory(line.clone()), &mut planned)?;
        }
        for (field, value) in &state.records {
            let target = Target::Record(field.checked()?);
            let stored = Stored::Text(record_value(&value.value)?);
            let dated = Origin {
                device: origin.device.clone(),
                by: value.by.clone(),
                at: value.at,
            };
            planned.dated.push((target, stored, dated));
        }
        // The maps and every value in one change: the document starts as the state stood.
        let mut created = Self::create(workspace_id_text, actor)?;
        created.write_all(&planned, origin)?;
        Ok(created)
    }

    /// The document's root, not yet committed.
    fn create(workspace_id_text: &str, actor: &str) -> Result<Self> {
        let id = workspace_id(workspace_id_text)?;
        let mut doc = AutoCommit::new().with_actor(actor_id(actor)?);
        doc.put(ROOT, KEY_LAYOUT, LAYOUT)?;
        doc.put(ROOT, KEY_WORKSPACE, id.as_str())?;
        let maps = Maps {
            properties: doc.put_object(ROOT, PROPERTIES, ObjType::Map)?,
            authorities: doc.put_object(ROOT, AUTHORITIES, ObjType::Map)?,
            selection: doc.put_object(ROOT, SELECTION, ObjType::Map)?,
            decisions: doc.put_object(ROOT, DECISIONS, ObjType::Map)?,
            history: doc.put_object(ROOT, HISTORY, ObjType::Map)?,
        };
        Ok(Self {
            doc,
            workspace_id: id,
            maps,
            saved_heads: Vec::new(),
        })
    }

    /// A document saved by `save` or sent in a bundle, to be written by the device `actor`.
    pub fn load(bytes: &[u8], actor: &str) -> Result<Self> {
        let actor = actor_id(actor)?;
        let doc = AutoCommit::load(bytes)
            .map_err(|e| SyncError::NotAWorkspace(format!("the engine cannot read it: {e}")))?
            .with_actor(actor);
        let (workspace_id, maps) = read_shape(&doc)?;
        let mut loaded = Self {
            doc,
            workspace_id,
            maps,
            saved_heads: Vec::new(),
        };
        loaded.saved_heads = loaded.doc.get_heads();
        Ok(loaded)
    }

    /// Adds changes saved by `save_incremental` (or a whole `save`) to this document. They
    /// count as saved when nothing else was waiting to be.
    pub fn load_incremental(&mut self, bytes: &[u8]) -> Result<()> {
        let all_saved = self.doc.get_heads() == self.saved_heads;
        self.doc.load_incremental(bytes)?;
        if all_saved {
            self.saved_heads = self.doc.get_heads();
        }
        Ok(())
    }

    pub fn workspace_id(&self) -> &str {
        &self.workspace_id
    }

    /// The device id this copy writes as (32 hex digits).
    pub fn actor(&self) -> String {
        self.doc.get_actor().to_hex_string()
    }

    /// The whole document, compacted.
    pub fn save(&mut self) -> Vec<u8> {
        let bytes = self.doc.save();
        self.saved_heads = self.doc.get_heads();
        bytes
    }

    /// Every change the document holds, every value it ever held included, without the
    /// compression `save` applies: what an audit searches to show a sent copy never held a
    /// name. Not for storing or sending.
    pub fn save_uncompressed(&mut self) -> Vec<u8> {
        self.doc.save_nocompress()
    }

    /// The changes since this copy was loaded or last saved, to append to the stored copy;
    /// empty when there are none.
    pub fn save_incremental(&mut self) -> Vec<u8> {
        let bytes = self.doc.save_after(&self.saved_heads);
        self.saved_heads = self.doc.get_heads();
        bytes
    }

    /// Writes one edit as one change, each value recorded with `origin`.
    pub fn apply(&mut self, edit: &Edit, origin: &Origin) -> Result<()> {
        self.apply_all(std::slice::from_ref(edit), origin)
    }

    /// Writes several edits as one change, each value recorded with `origin`. Every edit is
    /// checked first: a refused one writes nothing at all.
    pub fn apply_all(&mut self, edits: &[Edit], origin: &Origin) -> Result<()> {
        let mut planned = Plan::default();
        for edit in edits {
            plan(edit, &mut planned)?;
        }
        self.write_all(&planned, origin)
    }

    /// Writes a plan as one change, or nothing when the engine refuses one of its writes.
    fn write_all(&mut self, planned: &Plan, origin: &Origin) -> Result<()> {
        if let Err(error) = self.write_plan(planned, origin) {
            self.doc.rollback();
            return Err(error);
        }
        self.doc.commit();
        Ok(())
    }

    fn write_plan(&mut self, planned: &Plan, origin: &Origin) -> Result<()> {
        for (target, value) in &planned.writes {
            self.write(target, value, origin)?;
        }
        for (target, value, dated) in &planned.dated {
            self.write(target, value, dated)?;
        }
        for (id, json) in &planned.lines {
            // Append only: a line already here (from this laptop or a merge) stays as it is.
            if self.doc.get(&self.maps.history, id.as_str())?.is_none() {
                self.doc.put(&self.maps.history, id.as_str(), json.as_str())?;
            }
        }
        Ok(())
    }

    /// Puts one record [v, device, by, at] as the field's value: one scalar, so concurrent
    /// writes to the field conflict as wholes (a list of codes included).
    fn write(&mut self, target: &Target, value: &Stored, origin: &Origin) -> Result<()> {
        let map = self.maps.get(target.map()).clone();
        let key = target.key();
        let mut generation = 0;
        if value == &Stored::Bool(true) {
            // The engine writes nothing when a value equals the current one (the same origin
            // at the same instant would do it), so "selected" is a generation each select or
            // decide raises: always a real change that a concurrent deselect conflicts with.
            for (record, _) in self.values(&map, &key)? {
                generation = generation.max(record.generation);
            }
            generation += 1;
        }
        self.doc.put(&map, key, Record::encode(value, generation, origin))?;
        Ok(())
    }

    /// The workspace as the engine picks it, the same on every peer with the same changes.
    pub fn state(&self) -> Result<WorkspaceState> {
        let mut state = WorkspaceState {
            workspace_id: self.workspace_id.clone(),
            properties: BTreeMap::new(),
            authorities: BTreeMap::new(),
            items: BTreeMap::new(),
            history: self.history()?,
            records: BTreeMap::new(),
        };
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        let mut kinds: BTreeMap<String, AuthorityKind> = BTreeMap::new();
        for (map_name, map) in self.maps.all() {
            for key in self.doc.keys(map) {
                let target = Target::from_key(map_name, &key)?;
                let shown = self.shown(map, &key)?.map(|record| record.value);
                match (target, shown) {
                    (_, None | Some(Stored::Null)) => {}
                    (Target::Property(key), Some(value)) => {
                        state.properties.insert(key, value.text());
                    }
                    (Target::AuthorityName(code), Some(value)) => {
                        names.insert(code, value.text());
                    }
                    (Target::AuthorityKind(code), Some(value)) => {
                        kinds.insert(code, parse_stored(&key, &value)?);
                    }
                    (Target::Selected(item), Some(Stored::Bool(selected))) => {
                        state.items.entry(item).or_default().selected = selected;
                    }
                    (Target::Decision(item, field), Some(value)) => {
                        let decision = &mut state.items.entry(item).or_default().decision;
                        set_field(decision, field, &key, value)?;
                    }
                    (_, Some(value)) => return Err(unexpected(&key, "another kind of value", &value)),
                }
            }
        }
        state.records = self.records(None)?;
        for (code, name) in names {
            let kind = kinds.remove(&code).ok_or_else(|| SyncError::UnexpectedValue {
                key: format!("{code}/kind"),
                expected: "an authority kind",
                found: "nothing".to_string(),
            })?;
            state.authorities.insert(code, AuthorityState { name, kind });
        }
        Ok(state)
    }

    /// The shown value of every record field of `kind` (of every kind with `None`) that holds
    /// one: cheaper than the whole state for an edit that changes one kind of record.
    pub fn records(&self, kind: Option<RecordKind>) -> Result<BTreeMap<RecordField, RecordValue>> {
        let mut records = BTreeMap::new();
        for (field, key) in self.record_keys()? {
            if kind.is_some_and(|kind| kind != field.kind) {
                continue;
            }
            if let Some(record) = self.shown(&ROOT, &key)?
                && let Stored::Text(value) = record.value
            {
                let value = RecordValue {
                    value,
                    device: record.device,
                    by: record.by,
                    at: record.at,
                };
                records.insert(field, value);
            }
        }
        Ok(records)
    }

    /// The ids of the history lines the document holds.
    pub fn history_ids(&self) -> std::collections::HashSet<String> {
        self.doc.keys(&self.maps.history).collect()
    }

    /// Every record field the root holds, with its key.
    fn record_keys(&self) -> Result<Vec<(RecordField, String)>> {
        let mut fields = Vec::new();
        for key in self.doc.keys(ROOT).filter(|key| key.starts_with(RECORD_PREFIX)) {
            if let Some(field) = RecordField::from_key(&key)? {
                fields.push((field, key));
            }
        }
        Ok(fields)
    }

    /// Every history line, ordered by (`at`, `id`), the same on every peer.
    fn history(&self) -> Result<Vec<HistoryLine>> {
        let mut lines = Vec::new();
        for id in self.doc.keys(&self.maps.history) {
            let text = match self.doc.get(&self.maps.history, id.as_str())? {
                Some((Value::Scalar(scalar), _)) => scalar.as_str().map(str::to_string),
                _ => None,
            };
            let line = text
                .and_then(|text| serde_json::from_str::<HistoryLine>(&text).ok())
                .filter(|line| line.id == id)
                .ok_or_else(|| unexpected_engine_value(&format!("{HISTORY}/{id}"), "not a history line".into()))?;
            lines.push(line);
        }
        lines.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        Ok(lines)
    }

    /// The record a field shows: the engine's pick, except that a selection is kept while any
    /// concurrent value selects the item (§9: a deselect never silently beats a decide); then
    /// the shown record is the engine's pick among those that select.
    fn shown(&self, map: &ObjId, key: &str) -> Result<Option<Record>> {
        let values = self.values(map, key)?;
        Ok(shown_index(map == &self.maps.selection, &values).map(|index| values[index].0.clone()))
    }

    /// Every concurrent value of a field with the id of its write, engine's pick first.
    fn values(&self, map: &ObjId, key: &str) -> Result<Vec<(Record, ObjId)>> {
        let winner = self.doc.get(map, key)?.map(|(_, id)| id);
        let mut values = Vec::new();
        for (value, id) in self.doc.get_all(map, key)? {
            let record = match value {
                Value::Scalar(scalar) => match scalar.as_ref() {
                    ScalarValue::Str(text) => Record::decode(key, text)?,
                    other => return Err(unexpected_engine_value(key, format!("{other:?}"))),
                },
                Value::Object(kind) => return Err(unexpected_engine_value(key, format!("an object ({kind})"))),
            };
            values.push((record, id));
        }
        values.sort_by_key(|(_, id)| Some(id) != winner.as_ref());
        Ok(values)
    }

    /// Adds every change of `other` this copy lacks and tells how many there were. Merging the
    /// same copy twice, or in any order with others, gives the same state on every peer.
    pub fn merge(&mut self, other: &mut ReplicatedWorkspace) -> Result<usize> {
        if other.workspace_id != self.workspace_id {
            return Err(SyncError::OtherWorkspace {
                ours: self.workspace_id.clone(),
                theirs: other.workspace_id.clone(),
            });
        }
        // Two documents made by `new` separately would each own a root map under the same
        // key, and the engine would show only one of them: refuse instead of hiding edits.
        let related = self
            .maps
            .all()
            .iter()
            .zip(other.maps.all().iter())
            .all(|((_, a), (_, b))| a == b);
        if !related {
            return Err(SyncError::Unrelated(self.workspace_id.clone()));
        }
        let added = self.doc.get_changes_added(&mut other.doc);
        let count = added.len();
        self.doc.apply_changes(added).map_err(|error| match error {
            automerge::AutomergeError::DuplicateSeqNumber(..) => SyncError::DuplicateChange(self.actor()),
            other => SyncError::Engine(other),
        })?;
        Ok(count)
    }

    /// Every field two or more peers changed concurrently to different values, by id.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut conflicts = Vec::new();
        for (map_name, map) in self.maps.all() {
            for key in self.doc.keys(map) {
                let target = Target::from_key(map_name, &key)?;
                conflicts.extend(self.conflict_at(map, &key, &target)?);
            }
        }
        for (field, key) in self.record_keys()? {
            conflicts.extend(self.conflict_at(&ROOT, &key, &Target::Record(field))?);
        }
        conflicts.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(conflicts)
    }

    /// The conflict on one field, if its concurrent values differ.
    fn conflict_at(&self, map: &ObjId, key: &str, target: &Target) -> Result<Option<Conflict>> {
        let all = self.values(map, key)?;
        let first_text = all.first().map(|(record, _)| record.value.text());
        if all.iter().all(|(record, _)| Some(record.value.text()) == first_text) {
            return Ok(None);
        }
        let shown = shown_index(map == &self.maps.selection, &all);
        let mut values: Vec<(bool, ConflictValue)> = all
            .into_iter()
            .enumerate()
            .map(|(index, (record, id))| {
                let value = ConflictValue {
                    value: record.value.text(),
                    actor: actor_of(&id),
                    device: record.device,
                    by: record.by,
                    at: record.at,
                };
                (Some(index) != shown, value)
            })
            .collect();
        // §9: the shown value first, then by time, then device name (then device id and
        // value, so equal times and names still give one order everywhere).
        values.sort_by(|(a_rest, a), (b_rest, b)| {
            (a_rest, a.at, &a.device, &a.actor, &a.value).cmp(&(b_rest, b.at, &b.device, &b.actor, &b.value))
        });
        Ok(Some(Conflict {
            id: target.conflict_id(),
            values: values.into_iter().map(|(_, value)| value).collect(),
        }))
    }

    /// Settles conflict `conflict_id` with `value` (the field's text form, checked like the
    /// field): one new change that supersedes every concurrent value, so once it has reached
    /// every peer the conflict is gone everywhere.
    pub fn resolve(&mut self, conflict_id: &str, value: &str, origin: &Origin) -> Result<()> {
        let target = Target::parse_conflict_id(conflict_id)?;
        let id = target.conflict_id();
        if !self.conflicts()?.iter().any(|c| c.id == id) {
            return Err(SyncError::NoSuchConflict(id));
        }
        let stored = target.parse_text(value)?;
        // A put supersedes every value the engine holds for the key, all sides of the conflict.
        let planned = Plan {
            writes: vec![(target, stored)],
            ..Plan::default()
        };
        self.write_all(&planned, origin)
    }
}

/// The writes one edit makes, checked before anything is written.
fn plan(edit: &Edit, planned: &mut Plan) -> Result<()> {
    let writes = &mut planned.writes;
    match edit {
        Edit::SetProperty { key, value } => {
            let target = Target::Property(property_key(key)?);
            let stored = target.parse_text(value.as_deref().unwrap_or(""))?;
            writes.push((target, stored));
        }
        Edit::SetAuthority { code, name, kind } => {
            let code = normalize_authority_code(code)?;
            let name_target = Target::AuthorityName(code.clone());
            let name = name_target.parse_text(name)?;
            writes.push((name_target, name));
            writes.push((Target::AuthorityKind(code), Stored::Text(kind.code().to_string())));
        }
        Edit::Select { item } => writes.push((Target::Selected(item_id(item)?), Stored::Bool(true))),
        Edit::Deselect { item } => writes.push((Target::Selected(item_id(item)?), Stored::Bool(false))),
        Edit::SetDecision { item, value } => {
            let item = item_id(item)?;
            let stored = match value {
                DecisionValue::Status(v) => Stored::Text(v.code().to_string()),
                DecisionValue::Reason(v) => Stored::Text(v.code().to_string()),
                DecisionValue::Priority(v) => Stored::Text(v.code().to_string()),
                DecisionValue::Rationale(text) => decision_text("rationale", text)?,
                DecisionValue::Wording(text) => decision_text("national wording", text)?,
                DecisionValue::Lead(code) => Stored::Text(normalize_authority_code(code)?),
                DecisionValue::Support(codes) => support(codes.iter().map(String::as_str))?,
                DecisionValue::Due(date) => Stored::Text(date.format("%Y-%m-%d").to_string()),
            };
            writes.push((Target::Selected(item.clone()), Stored::Bool(true)));
            writes.push((Target::Decision(item, value.field()), stored));
        }
        Edit::ClearDecision { item, field } => {
            if *field == DecisionField::Status {
                return Err(SyncError::StatusNotClearable);
            }
            writes.push((Target::Decision(item_id(item)?, *field), Stored::Null));
        }
        Edit::SetRecord { field, value } => {
            let stored = match value {
                Some(text) => Stored::Text(record_value(text)?),
                None => Stored::Null,
            };
            writes.push((Target::Record(field.checked()?), stored));
        }
        Edit::AppendHistory(line) => {
            let line = history_line(line)?;
            let json = serde_json::to_string(&line).map_err(|e| unexpected_engine_value(&line.id, e.to_string()))?;
            planned.lines.push((line.id, json));
        }
    }
    Ok(())
}

/// Which of a field's values (engine's pick first) is shown: the engine's pick, except that a
/// selection shows the first value that selects while any does (§9: a deselect never silently
/// beats a decide).
fn shown_index(selection: bool, values: &[(Record, ObjId)]) -> Option<usize> {
    if selection && let Some(index) = values.iter().position(|(record, _)| record.value == Stored::Bool(true)) {
        return Some(index);
    }
    (!values.is_empty()).then_some(0)
}

/// Finds the workspace id and the root maps of a loaded document, refusing anything else.
fn read_shape(doc: &AutoCommit) -> Result<(String, Maps)> {
    let layout = match doc.get(ROOT, KEY_LAYOUT)? {
        Some((Value::Scalar(scalar), _)) => scalar.as_u64(),
        _ => None,
    }
    .ok_or_else(|| SyncError::NotAWorkspace("it has no layout number".to_string()))?;
    if layout > LAYOUT {
        return Err(SyncError::NotAWorkspace(format!(
            "its layout {layout} is newer than this version reads ({LAYOUT}); update dfs-adopt"
        )));
    }
    let workspace = match doc.get(ROOT, KEY_WORKSPACE)? {
        Some((Value::Scalar(scalar), _)) => scalar.as_str().map(str::to_string),
        _ => None,
    }
    .ok_or_else(|| SyncError::NotAWorkspace("it names no workspace".to_string()))?;
    let workspace = workspace_id(&workspace)?;
    let map = |name: &str| match doc.get(ROOT, name)? {
        Some((Value::Object(ObjType::Map), id)) => Ok(id),
        _ => Err(SyncError::NotAWorkspace(format!("it has no {name} map"))),
    };
    let maps = Maps {
        properties: map(PROPERTIES)?,
        authorities: map(AUTHORITIES)?,
        selection: map(SELECTION)?,
        decisions: map(DECISIONS)?,
        history: map(HISTORY)?,
    };
    Ok((workspace, maps))
}

fn actor_of(id: &ObjId) -> String {
    match id {
        ObjId::Id(_, actor, _) => actor.to_hex_string(),
        ObjId::Root => String::new(),
    }
}

fn unexpected_engine_value(key: &str, found: String) -> SyncError {
    SyncError::UnexpectedValue {
        key: key.to_string(),
        expected: "a field record",
        found,
    }
}

fn unexpected(key: &str, expected: &'static str, found: &Stored) -> SyncError {
    SyncError::UnexpectedValue {
        key: key.to_string(),
        expected,
        found: format!("{found:?}"),
    }
}

/// A value-set code read back from the document.
fn parse_stored<T: std::str::FromStr>(key: &str, value: &Stored) -> Result<T> {
    match value {
        Stored::Text(text) => text.parse().map_err(|_| unexpected(key, "a known code", value)),
        _ => Err(unexpected(key, "a code", value)),
    }
}

fn text_of(key: &str, value: &Stored) -> Result<String> {
    match value {
        Stored::Text(text) => Ok(text.clone()),
        _ => Err(unexpected(key, "text", value)),
    }
}

fn set_field(decision: &mut DecisionState, field: DecisionField, key: &str, value: Stored) -> Result<()> {
    match field {
        DecisionField::Status => decision.status = parse_stored::<DecisionStatus>(key, &value)?,
        DecisionField::Reason => decision.reason = Some(parse_stored::<ReasonCode>(key, &value)?),
        DecisionField::Priority => decision.priority = Some(parse_stored::<Priority>(key, &value)?),
        DecisionField::Rationale => decision.rationale = Some(text_of(key, &value)?),
        DecisionField::Wording => decision.wording = Some(text_of(key, &value)?),
        DecisionField::Lead => decision.lead = Some(text_of(key, &value)?),
        DecisionField::Due => decision.due = Some(parse_stored::<NaiveDate>(key, &value)?),
        DecisionField::Support => match value {
            Stored::List(codes) => decision.support = codes,
            other => return Err(unexpected(key, "a list of authority codes", &other)),
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    /// Who writes, where and when: fixed, so runs are repeatable.
    fn here() -> Origin {
        Origin {
            device: "test laptop".into(),
            by: "Test user".into(),
            at: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
        }
    }

    fn decide(item: &str, value: DecisionValue) -> Edit {
        Edit::SetDecision {
            item: item.to_string(),
            value,
        }
    }

    fn workspace() -> ReplicatedWorkspace {
        let mut ws = ReplicatedWorkspace::new("ws1", A).unwrap();
        ws.apply_all(
            &[
                Edit::SetProperty {
                    key: "name".into(),
                    value: Some("Lusaka clinic".into()),
                },
                Edit::SetAuthority {
                    code: "tr".into(),
                    name: "Telecom Regulator".into(),
                    kind: AuthorityKind::TelecomRegulator,
                },
                Edit::Select { item: "reg-01".into() },
            ],
            &here(),
        )
        .unwrap();
        ws
    }

    #[test]
    fn edits_come_back_as_plain_values_after_save_and_load() {
        let mut ws = workspace();
        ws.apply(
            &decide("REG-01", DecisionValue::Status(DecisionStatus::AdoptModified)),
            &here(),
        )
        .unwrap();
        ws.apply(
            &decide(
                "REG-01",
                DecisionValue::Support(vec!["tr".into(), "cb".into(), "TR".into()]),
            ),
            &here(),
        )
        .unwrap();
        ws.apply(
            &decide(
                "REG-01",
                DecisionValue::Due(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
            ),
            &here(),
        )
        .unwrap();
        let loaded = ReplicatedWorkspace::load(&ws.save(), B).unwrap();
        let state = loaded.state().unwrap();
        assert_eq!(state.properties["name"], "Lusaka clinic");
        assert_eq!(state.authorities["TR"].kind, AuthorityKind::TelecomRegulator);
        let item = &state.items["REG-01"];
        assert!(item.selected);
        assert_eq!(item.decision.status, DecisionStatus::AdoptModified);
        assert_eq!(item.decision.support, ["TR", "CB"]);
        assert_eq!(item.decision.due, NaiveDate::from_ymd_opt(2027, 6, 30));
        assert_eq!(loaded.actor(), B);
        assert_eq!(state, ws.state().unwrap());
    }

    #[test]
    fn cleared_fields_are_absent_and_the_status_cannot_be_cleared() {
        let mut ws = workspace();
        ws.apply(
            &decide("REG-01", DecisionValue::Rationale("Covered by the 2019 act".into())),
            &here(),
        )
        .unwrap();
        ws.apply(
            &Edit::ClearDecision {
                item: "REG-01".into(),
                field: DecisionField::Rationale,
            },
            &here(),
        )
        .unwrap();
        assert_eq!(ws.state().unwrap().items["REG-01"].decision.rationale, None);
        let error = ws
            .apply(
                &Edit::ClearDecision {
                    item: "REG-01".into(),
                    field: DecisionField::Status,
                },
                &here(),
            )
            .unwrap_err();
        assert!(matches!(error, SyncError::StatusNotClearable));
    }

    #[test]
    fn a_refused_edit_writes_nothing_of_the_others() {
        let mut ws = workspace();
        let before = ws.save();
        let error = ws
            .apply_all(
                &[
                    decide("REG-01", DecisionValue::Rationale("kept?".into())),
                    decide("REG-01", DecisionValue::Lead("not a code!".into())),
                ],
                &here(),
            )
            .unwrap_err();
        assert!(matches!(error, SyncError::Invalid(_)), "{error}");
        assert_eq!(ws.save(), before);
        assert_eq!(ws.state().unwrap().items["REG-01"].decision.rationale, None);
    }

    #[test]
    fn a_device_id_must_be_32_hex_digits() {
        for device in [
            "",
            "abc",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ] {
            assert!(matches!(
                ReplicatedWorkspace::new("ws1", device),
                Err(SyncError::DeviceId(_))
            ));
        }
        let upper = ReplicatedWorkspace::new("ws1", "0123456789ABCDEF0123456789ABCDEF").unwrap();
        assert_eq!(upper.actor(), "0123456789abcdef0123456789abcdef");
    }

    #[test]
    fn incremental_saves_add_up_to_the_whole() {
        let mut ws = workspace();
        let base = ws.save();
        ws.apply(&decide("REG-01", DecisionValue::Priority(Priority::High)), &here())
            .unwrap();
        let increment = ws.save_incremental();
        assert!(!increment.is_empty());
        assert!(increment.len() < base.len(), "an increment carries only the new change");
        let mut copy = ReplicatedWorkspace::load(&base, B).unwrap();
        copy.load_incremental(&increment).unwrap();
        assert_eq!(copy.state().unwrap(), ws.state().unwrap());
    }

    #[test]
    fn an_edit_to_a_loaded_copy_saves_only_its_own_change() {
        let mut ws = workspace();
        for round in 0..300 {
            ws.apply(
                &decide("REG-01", DecisionValue::Rationale(format!("draft {round}"))),
                &here(),
            )
            .unwrap();
        }
        let base = ws.save();
        let mut copy = ReplicatedWorkspace::load(&base, A).unwrap();
        assert_eq!(copy.save_incremental(), Vec::<u8>::new(), "nothing new since the load");
        copy.apply(&decide("REG-01", DecisionValue::Priority(Priority::High)), &here())
            .unwrap();
        let increment = copy.save_incremental();
        assert!(
            !increment.is_empty() && increment.len() * 4 < base.len(),
            "{} bytes of increment against {} of document",
            increment.len(),
            base.len()
        );
        let mut stored = ReplicatedWorkspace::load(&base, B).unwrap();
        stored.load_incremental(&increment).unwrap();
        assert_eq!(stored.state().unwrap(), copy.state().unwrap());
        assert_eq!(
            stored.save_incremental(),
            Vec::<u8>::new(),
            "what was loaded counts as saved"
        );
    }

    #[test]
    fn the_same_field_changed_on_two_laptops_is_one_conflict_with_both_values() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        a.apply(
            &decide("REG-01", DecisionValue::Rationale("A's reason".into())),
            &here(),
        )
        .unwrap();
        b.apply(
            &decide("REG-01", DecisionValue::Rationale("B's reason".into())),
            &here(),
        )
        .unwrap();
        a.merge(&mut b).unwrap();
        let conflicts = a.conflicts().unwrap();
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(conflicts[0].id, "REG-01/rationale");
        let shown = a.state().unwrap().items["REG-01"].decision.rationale.clone().unwrap();
        assert_eq!(conflicts[0].values[0].value, shown, "the shown value comes first");
        let mut values: Vec<_> = conflicts[0]
            .values
            .iter()
            .map(|v| (v.value.as_str(), v.actor.as_str()))
            .collect();
        values.sort();
        assert_eq!(values, [("A's reason", A), ("B's reason", B)]);
    }

    fn set_record(kind: crate::RecordKind, item: Option<&str>, id: &str, field: &str, value: &str) -> Edit {
        Edit::SetRecord {
            field: RecordField::new(kind, item, id, field),
            value: Some(value.to_string()),
        }
    }

    #[test]
    fn records_beyond_the_decision_merge_and_conflict_field_by_field() {
        use crate::RecordKind::{Position, Session, Version};
        let mut a = workspace();
        a.apply(&set_record(Session, None, "s-1", "place", "Maseru"), &here())
            .unwrap();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        // Positions in the same session: different authorities add up, the same one conflicts.
        a.apply_all(
            &[
                set_record(Position, Some("sim-08"), "s-1.TR", "stance", "support"),
                set_record(Version, None, "0.2", "record", r#"{"sha":"a"}"#),
            ],
            &here(),
        )
        .unwrap();
        b.apply_all(
            &[
                set_record(Position, Some("SIM-08"), "s-1.CB", "stance", "oppose"),
                set_record(Position, Some("SIM-08"), "s-1.TR", "stance", "abstain"),
                set_record(Version, None, "0.2", "record", r#"{"sha":"b"}"#),
            ],
            &here(),
        )
        .unwrap();
        a.merge(&mut b).unwrap();
        let state = a.state().unwrap();
        let cb = RecordField::new(Position, Some("SIM-08"), "s-1.CB", "stance");
        assert_eq!(state.records[&cb].value, "oppose");
        assert_eq!(
            (state.records[&cb].by.as_str(), state.records[&cb].at),
            ("Test user", here().at)
        );
        assert_eq!(
            state.records[&RecordField::new(Session, None, "s-1", "place")].value,
            "Maseru"
        );
        assert_eq!(a.records(Some(Session)).unwrap().len(), 1);
        let ids: Vec<String> = a.conflicts().unwrap().into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["-/version.0.2", "SIM-08/position.s-1.TR.stance"]);
        // Settling one reaches the other copy and leaves the other conflict.
        a.resolve("SIM-08/position.s-1.TR.stance", "support", &here()).unwrap();
        b.merge(&mut a).unwrap();
        let ids: Vec<String> = b.conflicts().unwrap().into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["-/version.0.2"]);
        let tr = RecordField::new(Position, Some("SIM-08"), "s-1.TR", "stance");
        assert_eq!(b.state().unwrap().records[&tr].value, "support");
        assert_eq!(a.state().unwrap(), b.state().unwrap());
    }

    fn origin(device: &str, by: &str, minute: i64) -> Origin {
        Origin {
            device: device.into(),
            by: by.into(),
            at: here().at + chrono::Duration::minutes(minute),
        }
    }

    #[test]
    fn a_conflict_shows_who_wrote_each_value_where_and_when_shown_first_then_by_time() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        let mut c = ReplicatedWorkspace::load(&a.save(), "cccccccccccccccccccccccccccccccc").unwrap();
        let from_a = origin("regulator laptop", "Amina", 30);
        let from_b = origin("bank laptop", "Bwalya", 10);
        let from_c = origin("facilitator laptop", "Chanda", 20);
        a.apply(&decide("REG-01", DecisionValue::Lead("TR".into())), &from_a)
            .unwrap();
        b.apply(&decide("REG-01", DecisionValue::Lead("CB".into())), &from_b)
            .unwrap();
        c.apply(&decide("REG-01", DecisionValue::Lead("CSA".into())), &from_c)
            .unwrap();
        a.merge(&mut b).unwrap();
        a.merge(&mut c).unwrap();
        let conflicts = a.conflicts().unwrap();
        let lead = conflicts.iter().find(|c| c.id == "REG-01/lead").unwrap();
        let shown = a.state().unwrap().items["REG-01"].decision.lead.clone().unwrap();
        assert_eq!(lead.values[0].value, shown, "the engine's pick first");
        let rest: Vec<_> = lead.values[1..].iter().map(|v| v.at).collect();
        assert!(rest.windows(2).all(|w| w[0] <= w[1]), "then by time: {lead:?}");
        let mut seen: Vec<_> = lead
            .values
            .iter()
            .map(|v| (v.value.as_str(), v.device.as_str(), v.by.as_str(), v.at))
            .collect();
        seen.sort();
        assert_eq!(
            seen,
            [
                ("CB", "bank laptop", "Bwalya", from_b.at),
                ("CSA", "facilitator laptop", "Chanda", from_c.at),
                ("TR", "regulator laptop", "Amina", from_a.at),
            ]
        );
    }

    #[test]
    fn the_same_value_written_again_later_is_a_change_that_carries_its_new_origin() {
        let mut a = workspace();
        let first = origin("regulator laptop", "Amina", 1);
        a.apply(&decide("REG-01", DecisionValue::Rationale("Same text".into())), &first)
            .unwrap();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        let again = origin("regulator laptop", "Amina's colleague", 5);
        a.save_incremental();
        a.apply(&decide("REG-01", DecisionValue::Rationale("Same text".into())), &again)
            .unwrap();
        assert!(!a.save_incremental().is_empty(), "rewriting the same text is recorded");
        b.apply(
            &decide("REG-01", DecisionValue::Rationale("Other text".into())),
            &here(),
        )
        .unwrap();
        a.merge(&mut b).unwrap();
        let conflicts = a.conflicts().unwrap();
        let rationale = conflicts.iter().find(|c| c.id == "REG-01/rationale").unwrap();
        let same = rationale.values.iter().find(|v| v.value == "Same text").unwrap();
        assert_eq!((same.by.as_str(), same.at), ("Amina's colleague", again.at));
        assert_eq!(
            rationale.values.len(),
            2,
            "the earlier write was superseded on its own laptop"
        );
    }

    fn line(id: &str, minute: i64, new: &str) -> HistoryLine {
        HistoryLine {
            id: id.into(),
            item: Some("REG-01".into()),
            field: "rationale".into(),
            old: None,
            new: Some(new.into()),
            by: "Amina".into(),
            at: here().at + chrono::Duration::minutes(minute),
            device: Some("regulator laptop".into()),
        }
    }

    #[test]
    fn history_lines_from_every_laptop_add_up_in_time_order_and_never_change() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        let late = line(&"1".repeat(32), 20, "A's reason");
        a.apply_all(
            &[
                decide("REG-01", DecisionValue::Rationale("A's reason".into())),
                Edit::AppendHistory(late.clone()),
            ],
            &here(),
        )
        .unwrap();
        let early = HistoryLine {
            device: Some("bank laptop".into()),
            ..line(&"F".repeat(32), 5, "B's reason")
        };
        b.apply(&Edit::AppendHistory(early.clone()), &here()).unwrap();
        // The same id again, with other text: the first line stays.
        b.apply(&Edit::AppendHistory(line(&"f".repeat(32), 6, "rewritten")), &here())
            .unwrap();
        a.merge(&mut b).unwrap();
        b.merge(&mut a).unwrap();
        let history = a.state().unwrap().history;
        let lowered = HistoryLine {
            id: "f".repeat(32),
            ..early
        };
        assert_eq!(history, [lowered, late], "B's earlier line first, ids in lower case");
        assert_eq!(b.state().unwrap().history, history);
        assert_eq!(a.conflicts().unwrap(), [], "history lines are never conflicts");
    }

    #[test]
    fn a_history_line_without_a_proper_id_is_refused_with_its_change() {
        let mut a = workspace();
        let before = a.save();
        let error = a
            .apply_all(
                &[
                    decide("REG-01", DecisionValue::Rationale("kept?".into())),
                    Edit::AppendHistory(line("42", 1, "kept?")),
                ],
                &here(),
            )
            .unwrap_err();
        assert!(matches!(error, SyncError::Key { .. }), "{error}");
        assert_eq!(a.save(), before);
    }

    #[test]
    fn a_document_made_from_a_whole_state_gives_it_back_in_one_change() {
        let mut ws = workspace();
        ws.apply_all(
            &[
                Edit::SetProperty {
                    key: "jurisdiction".into(),
                    value: Some("Zambia".into()),
                },
                Edit::SetProperty {
                    key: "template".into(),
                    value: Some("regulation".into()),
                },
                decide("REG-01", DecisionValue::Status(DecisionStatus::AdoptModified)),
                decide("REG-01", DecisionValue::Reason(ReasonCode::RiskAssessment)),
                decide("REG-01", DecisionValue::Support(vec!["TR".into(), "CB".into()])),
                decide(
                    "REG-01",
                    DecisionValue::Due(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
                ),
                decide("SIM-08", DecisionValue::Wording("Operators shall apply it.".into())),
                Edit::Deselect { item: "SIM-08".into() },
                Edit::AppendHistory(line(&"a".repeat(32), 3, "Operators shall apply it.")),
            ],
            &here(),
        )
        .unwrap();
        let state = ws.state().unwrap();
        assert!(
            !state.items["SIM-08"].selected,
            "a deselected item with a decision is in the input"
        );
        let mut made = ReplicatedWorkspace::from_state("ws1", B, &state, &here()).unwrap();
        assert_eq!(made.state().unwrap(), state);
        assert_eq!(made.doc.get_changes(&[]).len(), 1, "one change");
        // Another laptop starts from it and edits; the merge carries the edit back.
        let mut other = ReplicatedWorkspace::load(&made.save(), A).unwrap();
        other
            .apply(&decide("REG-01", DecisionValue::Priority(Priority::High)), &here())
            .unwrap();
        made.merge(&mut other).unwrap();
        assert_eq!(
            made.state().unwrap().items["REG-01"].decision.priority,
            Some(Priority::High)
        );
        let mut broken = state.clone();
        broken.items.get_mut("REG-01").unwrap().decision.lead = Some("not a code!".into());
        assert!(ReplicatedWorkspace::from_state("ws1", B, &broken, &here()).is_err());
    }

    #[test]
    fn clearing_against_a_change_is_a_conflict_with_an_empty_value() {
        let mut a = workspace();
        a.apply(&decide("REG-01", DecisionValue::Priority(Priority::Low)), &here())
            .unwrap();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        a.apply(
            &Edit::ClearDecision {
                item: "REG-01".into(),
                field: DecisionField::Priority,
            },
            &here(),
        )
        .unwrap();
        b.apply(&decide("REG-01", DecisionValue::Priority(Priority::High)), &here())
            .unwrap();
        a.merge(&mut b).unwrap();
        let conflicts = a.conflicts().unwrap();
        let values: Vec<&str> = conflicts[0].values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(conflicts[0].id, "REG-01/priority");
        assert!(values.contains(&"") && values.contains(&"high"), "{values:?}");
    }

    #[test]
    fn the_same_value_written_twice_is_no_conflict() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        a.apply(&decide("REG-01", DecisionValue::Status(DecisionStatus::Adopt)), &here())
            .unwrap();
        b.apply(&decide("REG-01", DecisionValue::Status(DecisionStatus::Adopt)), &here())
            .unwrap();
        a.merge(&mut b).unwrap();
        assert_eq!(a.conflicts().unwrap(), []);
    }

    #[test]
    fn resolving_checks_the_conflict_and_the_value() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        a.apply(&decide("REG-01", DecisionValue::Status(DecisionStatus::Adopt)), &here())
            .unwrap();
        b.apply(
            &decide("REG-01", DecisionValue::Status(DecisionStatus::Deferred)),
            &here(),
        )
        .unwrap();
        a.merge(&mut b).unwrap();
        assert!(matches!(
            a.resolve("REG-01/reason", "other", &here()),
            Err(SyncError::NoSuchConflict(_))
        ));
        assert!(matches!(
            a.resolve("REG-01/status", "maybe", &here()),
            Err(SyncError::Invalid(_))
        ));
        assert!(matches!(
            a.resolve("REG-01", "adopt", &here()),
            Err(SyncError::ConflictId(_))
        ));
        a.resolve("reg-01/status", "not-applicable", &here()).unwrap();
        assert_eq!(a.conflicts().unwrap(), []);
        assert_eq!(
            a.state().unwrap().items["REG-01"].decision.status,
            DecisionStatus::NotApplicable
        );
    }

    #[test]
    fn keeping_the_shown_value_clears_the_conflict_on_the_other_laptop_too() {
        let mut a = workspace();
        let mut b = ReplicatedWorkspace::load(&a.save(), B).unwrap();
        a.apply(&decide("REG-01", DecisionValue::Wording("A's wording".into())), &here())
            .unwrap();
        a.apply(&Edit::Deselect { item: "REG-01".into() }, &here()).unwrap();
        b.apply(&decide("REG-01", DecisionValue::Wording("B's wording".into())), &here())
            .unwrap();
        a.merge(&mut b).unwrap();
        let conflicts = a.conflicts().unwrap();
        assert_eq!(conflicts.len(), 2, "{conflicts:?}");
        // Keeping what is shown: the engine writes only the removal of the other values.
        for conflict in &conflicts {
            a.resolve(&conflict.id, &conflict.values[0].value, &here()).unwrap();
        }
        b.merge(&mut a).unwrap();
        assert_eq!(b.conflicts().unwrap(), []);
        assert_eq!(b.state().unwrap(), a.state().unwrap());
        let item = &b.state().unwrap().items["REG-01"];
        assert!(item.selected, "the decide on B kept the item selected");
        let ids: Vec<&str> = conflicts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["REG-01/selected", "REG-01/wording"]);
        assert_eq!(
            item.decision.wording.as_deref(),
            Some(conflicts[1].values[0].value.as_str())
        );
    }

    #[test]
    fn two_stale_copies_writing_as_one_device_cannot_merge_and_nothing_changes() {
        let mut ws = workspace();
        let saved = ws.save();
        let mut first = ReplicatedWorkspace::load(&saved, A).unwrap();
        let mut second = ReplicatedWorkspace::load(&saved, A).unwrap();
        first
            .apply(&decide("REG-01", DecisionValue::Rationale("first".into())), &here())
            .unwrap();
        second
            .apply(&decide("REG-01", DecisionValue::Wording("second".into())), &here())
            .unwrap();
        let before = first.state().unwrap();
        let error = first.merge(&mut second).unwrap_err();
        assert!(matches!(error, SyncError::DuplicateChange(_)), "{error}");
        assert_eq!(first.state().unwrap(), before);
        assert_eq!(first.state().unwrap().items["REG-01"].decision.wording, None);
    }

    #[test]
    fn copies_of_other_workspaces_or_made_separately_do_not_merge() {
        let mut a = workspace();
        let mut other = ReplicatedWorkspace::new("ws2", B).unwrap();
        assert!(matches!(a.merge(&mut other), Err(SyncError::OtherWorkspace { .. })));
        let mut twin = ReplicatedWorkspace::new("ws1", B).unwrap();
        assert!(matches!(a.merge(&mut twin), Err(SyncError::Unrelated(_))));
        assert_eq!(a.state().unwrap().properties["name"], "Lusaka clinic");
    }

    #[test]
    fn a_document_that_is_not_a_workspace_is_refused() {
        assert!(matches!(
            ReplicatedWorkspace::load(b"not automerge", A),
            Err(SyncError::NotAWorkspace(_))
        ));
        let mut plain = AutoCommit::new();
        plain.put(ROOT, "title", "a shopping list").unwrap();
        assert!(matches!(
            ReplicatedWorkspace::load(&plain.save(), A),
            Err(SyncError::NotAWorkspace(_))
        ));
        let mut newer = AutoCommit::new();
        newer.put(ROOT, KEY_LAYOUT, LAYOUT + 1).unwrap();
        let error = ReplicatedWorkspace::load(&newer.save(), A).unwrap_err();
        assert!(error.to_string().contains("newer"), "{error}");
    }
}
