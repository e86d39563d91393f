//! A copy of a workspace from another laptop merged into this database: the documents merge
//! (Automerge), then the merged state is written into the rows, all in one transaction. A merge
//! writes no history lines of its own; the rows' revision and "last changed" stay local.

use std::collections::{BTreeMap, BTreeSet};

use adopt_domain::{Decision, Language, Recommendation, SelectedItem};
use adopt_sync::{Blob, Conflict, DecisionState, ReplicatedWorkspace, SyncError, WorkspaceState};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use crate::columns::{parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::history::{add_missing, record_replicated};
use crate::replica::{
    AUTHORITY_ORDER, append, catch_up_reviews, device, load_or_build, load_replica, origin, refresh_conflicts,
    store_whole,
};
use crate::replica_records::write_records;
use crate::replica_reviews::{VERSION_CONFLICT, forget_held_files, needed_files, receive_files};
use crate::selections::{insert_selection, load_decisions, write_decision};
use crate::store::Store;
use crate::workspaces::{load, name_owner};

/// What a merge did, or would do with `dry_run`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplicaImport {
    pub workspace: String,
    /// The workspace was new to this database.
    pub created: bool,
    /// The name it has here when its own was taken by another workspace (suffixed with the
    /// sending device's name).
    pub renamed: Option<String>,
    /// Replicated fields whose value changed (properties, authorities, decision fields).
    pub fields_changed: usize,
    pub items_added: Vec<String>,
    pub items_removed: Vec<String>,
    /// Conflicts the merge raised that were not there before.
    pub conflicts: usize,
}

impl Store {
    /// Merges the replicated `document` another laptop (`sender`, its device name) sent into
    /// this database, creating the workspace when it is new here; `files` are the circulated
    /// versions' files beside it (their SHA-256 checked by the bundle). Items newly selected
    /// take their frozen text from `catalog`. With `dry_run` nothing is written.
    #[allow(clippy::too_many_arguments)] // what the bundle carries, then the edit's own
    pub fn import_replica(
        &mut self,
        document: &[u8],
        files: &[Blob],
        sender: &str,
        catalog: &dyn Fn(&str) -> Option<&'static Recommendation>,
        dry_run: bool,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<ReplicaImport> {
        let tx = self.edit()?;
        let (actor, _) = device(&tx, at)?;
        let mut incoming = ReplicatedWorkspace::load(document, &actor)?;
        let workspace_id = incoming.workspace_id().to_string();
        let exists = load(&tx, &workspace_id)?.is_some();
        let (mut replica, before, conflicts_before) = if exists {
            let mut local = load_or_build(&tx, &workspace_id, at, by)?;
            if catch_up_reviews(&tx, &workspace_id, &local, at, by)? {
                local = load_or_build(&tx, &workspace_id, at, by)?;
            }
            let before = local.state()?;
            let conflicts: BTreeSet<String> = local.conflicts()?.into_iter().map(|c| c.id).collect();
            local.merge(&mut incoming)?;
            (local, Some(before), conflicts)
        } else {
            (incoming, None, BTreeSet::new())
        };
        let after = replica.state()?;
        let conflicts = replica
            .conflicts()?
            .into_iter()
            .filter(|c| !conflicts_before.contains(&c.id))
            .count();
        // A workspace new here counts every field it brings.
        let nothing = WorkspaceState {
            workspace_id: workspace_id.clone(),
            properties: BTreeMap::new(),
            authorities: BTreeMap::new(),
            items: BTreeMap::new(),
            history: Vec::new(),
            records: BTreeMap::new(),
        };
        let changes = after.changes_since(before.as_ref().unwrap_or(&nothing));
        let mut outcome = ReplicaImport {
            workspace: workspace_id.clone(),
            created: !exists,
            renamed: None,
            fields_changed: changes.fields_changed,
            items_added: changes.items_added,
            items_removed: changes.items_removed,
            conflicts,
        };
        if exists {
            append(&tx, &workspace_id, &mut replica)?;
        } else {
            outcome.renamed = create_rows(&tx, &after, sender, at, by)?;
            store_whole(&tx, &workspace_id, &mut replica)?;
        }
        refresh_conflicts(&tx, &workspace_id, &replica)?;
        // Every version the merged document holds (each side of a conflict) has its files here
        // before a row is written, or the whole merge is refused.
        receive_files(&tx, &workspace_id, &needed_files(&replica, true)?, files)?;
        write_rows(&tx, &after, catalog, at, by)?;
        forget_held_files(&tx, &workspace_id)?;
        // Every device's lines, each as its device wrote it; the merge itself adds none.
        add_missing(&tx, &workspace_id, &after.history)?;
        if !dry_run {
            tx.commit()?;
        }
        Ok(outcome)
    }
}

/// The workspace row of a workspace new to this database; returns its name here when its own
/// was taken.
fn create_rows(
    conn: &Connection,
    state: &WorkspaceState,
    sender: &str,
    at: DateTime<Utc>,
    by: &str,
) -> Result<Option<String>> {
    let property = |key: &str| {
        state
            .properties
            .get(key)
            .cloned()
            .ok_or_else(|| SyncError::NotAWorkspace(format!("it has no workspace {key}")))
    };
    let name = property("name")?;
    let (name, renamed) = if name_owner(conn, &name)?.is_some() {
        let suffixed = format!("{name} ({sender})");
        if name_owner(conn, &suffixed)?.is_some() {
            return Err(StoreError::NameTaken(suffixed));
        }
        (suffixed.clone(), Some(suffixed))
    } else {
        (name, None)
    };
    let created_at = state
        .properties
        .get("created_at")
        .and_then(|text| parse_timestamp(text).ok())
        .unwrap_or(at);
    conn.execute(
        "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            state.workspace_id,
            name,
            property("jurisdiction")?,
            property("template")?,
            timestamp(created_at),
            by
        ],
    )?;
    Ok(renamed)
}

/// Writes the merged state into the rows where they differ from it.
fn write_rows(
    conn: &Connection,
    state: &WorkspaceState,
    catalog: &dyn Fn(&str) -> Option<&'static Recommendation>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    let id = &state.workspace_id;
    let workspace = load(conn, id)?.ok_or_else(|| StoreError::WorkspaceNotFound(id.clone()))?;
    for key in [
        "name",
        "jurisdiction",
        "template",
        "doc_version",
        "reference",
        "prepared_by",
        "event",
        "language",
    ] {
        // A document from before the workspace language has none: the workspace is English.
        let english = Language::default().code().to_string();
        let value = match state.properties.get(key) {
            None if key == "language" => Some(&english),
            value => value,
        };
        let language = workspace.language.code().to_string();
        let current = match key {
            "name" => Some(&workspace.name),
            "jurisdiction" => Some(&workspace.jurisdiction),
            "template" => Some(&workspace.template),
            "doc_version" => workspace.doc_version.as_ref(),
            "reference" => workspace.reference.as_ref(),
            "prepared_by" => workspace.prepared_by.as_ref(),
            "language" => Some(&language),
            _ => workspace.event.as_ref(),
        };
        if value == current || (value.is_none() && ["name", "jurisdiction", "template"].contains(&key)) {
            continue;
        }
        // A language this version does not know stays as this laptop has it.
        if key == "language" && value.is_none_or(|v| v.parse::<Language>().is_err()) {
            continue;
        }
        // A name another workspace has here stays as this laptop named it.
        if key == "name"
            && let Some(name) = value
            && name_owner(conn, name)?.is_some_and(|owner| &owner != id)
        {
            continue;
        }
        // The column name comes from the fixed list above, never from the document.
        let sql = format!("UPDATE workspace SET {key} = ?1 WHERE id = ?2");
        conn.execute(&sql, params![value, id])?;
    }
    let order: Vec<&str> = state
        .properties
        .get(AUTHORITY_ORDER)
        .map(|order| order.split(',').collect())
        .unwrap_or_default();
    let position = |code: &str| order.iter().position(|c| *c == code).unwrap_or(order.len()) as i64;
    for (code, authority) in &state.authorities {
        conn.execute(
            "INSERT INTO authority (workspace_id, code, name, kind, position) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (workspace_id, code) DO UPDATE SET name = excluded.name, kind = excluded.kind",
            params![id, code, authority.name, authority.kind.code(), position(code)],
        )?;
    }
    let rows: BTreeMap<String, Decision> = load_decisions(conn, id)?.into_iter().collect();
    for (item, replicated) in &state.items {
        match (rows.get(item), replicated.selected) {
            (None, false) => {}
            (Some(_), false) => {
                conn.execute(
                    "DELETE FROM selection WHERE workspace_id = ?1 AND item_id = ?2",
                    params![id, item],
                )?;
            }
            (None, true) => {
                let recommendation = catalog(item).ok_or_else(|| StoreError::UnknownItem(item.clone()))?;
                let mut selected = SelectedItem::from_catalog(recommendation, at, by);
                selected.decision = decision(&replicated.decision, &Decision::default(), at, by);
                insert_selection(conn, id, &selected)?;
            }
            (Some(row), true) => {
                let next = decision(&replicated.decision, row, at, by);
                if next.revision == row.revision {
                    continue;
                }
                write_decision(conn, id, item, &next, at, by)?;
            }
        }
    }
    write_records(conn, id, &state.records)?;
    Ok(())
}

/// The row's decision with the replicated fields of `state`: a new revision when any differs
/// (revisions are local to each laptop), the row unchanged otherwise.
fn decision(state: &DecisionState, row: &Decision, at: DateTime<Utc>, by: &str) -> Decision {
    let replicated = state.to_decision();
    let local = Decision {
        revision: row.revision,
        updated_at: row.updated_at,
        updated_by: row.updated_by.clone(),
        ..replicated.clone()
    };
    if local == *row {
        return row.clone();
    }
    Decision {
        revision: row.revision + 1,
        updated_at: Some(at),
        updated_by: Some(by.to_string()),
        ..replicated
    }
}

impl Store {
    /// The workspace's unresolved conflicts, by id; none for a workspace never replicated.
    pub fn conflicts(&self, workspace_id: &str) -> Result<Vec<Conflict>> {
        let Some((actor, _)) = self.device()?.map(|d| (d.id, d.name)) else {
            return Ok(Vec::new());
        };
        match load_replica(&self.conn, workspace_id, &actor)? {
            Some(replica) => Ok(replica.conflicts()?),
            None => Ok(Vec::new()),
        }
    }

    /// Settles conflict `conflict_id` with `value` (the field's text form): one change that
    /// supersedes every side, the rows updated to match and one history line, in one
    /// transaction.
    pub fn resolve_conflict(
        &mut self,
        workspace_id: &str,
        conflict_id: &str,
        value: &str,
        catalog: &dyn Fn(&str) -> Option<&'static Recommendation>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<()> {
        let tx = self.edit()?;
        let mut replica = load_or_build(&tx, workspace_id, at, by)?;
        let conflict = replica
            .conflicts()?
            .into_iter()
            .find(|c| c.id == conflict_id)
            .ok_or_else(|| SyncError::NoSuchConflict(conflict_id.to_string()))?;
        // A version is settled by keeping one side whole: its files are those of a side.
        if conflict_id.starts_with(VERSION_CONFLICT) && !conflict.values.iter().any(|v| v.value == value) {
            return Err(StoreError::VersionValueTyped(conflict_id.to_string()));
        }
        let (_, origin) = origin(&tx, at, by)?;
        replica.resolve(conflict_id, value, &origin)?;
        let (item, field) = conflict_id.split_once('/').unwrap_or(("-", conflict_id));
        let item = (item != "-").then_some(item);
        let old = conflict.values.first().map(|v| v.value.as_str());
        let line = record_replicated(&tx, workspace_id, item, field, old, Some(value), at, by)?;
        replica.apply(&line, &origin)?;
        append(&tx, workspace_id, &mut replica)?;
        refresh_conflicts(&tx, workspace_id, &replica)?;
        write_rows(&tx, &replica.state()?, catalog, at, by)?;
        forget_held_files(&tx, workspace_id)?;
        tx.commit()?;
        Ok(())
    }
}
