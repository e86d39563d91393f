//! Each workspace's replicated copy (adopt-sync's Automerge document) beside its rows.
//!
//! The document is stored as `replica_document` (the last compacted save) plus the incremental
//! saves made since (`replica_change`, in order). Every edit loads it afresh inside its own
//! `BEGIN IMMEDIATE` transaction: the app and the CLI write the same database as the same
//! device, and a copy kept in memory would go stale and write changes with numbers the other
//! process used already, which breaks every later merge. Opening the database, reading a
//! workspace and exporting a draft never load a document.

use std::collections::BTreeMap;

use adopt_domain::{Decision, DecisionField, Workspace};
use adopt_sync::{
    AuthorityState, DecisionState, DecisionValue, Edit, ItemState, Origin, RecordKind, ReplicatedWorkspace,
    WorkspaceState,
};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::columns::timestamp;
use crate::device::random_hex;
use crate::error::{Result, StoreError};
use crate::history::replicated_lines;
use crate::replica_records::{DISCUSSION_KINDS, REVIEW_KINDS, record_edits, rows_records};
use crate::replica_reviews::{files_to_send, has_version_conflict, needed_files};
use crate::selections::load_decisions;
use crate::store::Store;
use crate::workspaces::load;

/// More incremental saves than this are compacted into the document in the same transaction.
const MAX_CHANGES: i64 = 64;

/// The workspace property that keeps the authorities' order (the document keeps them by code).
pub(crate) const AUTHORITY_ORDER: &str = "authority_order";

/// This database's device id (the document's actor) and name. A database used only through
/// the store (tests) may have no device yet: it gets one, named until the user names it.
pub(crate) fn device(conn: &Connection, at: DateTime<Utc>) -> Result<(String, String)> {
    conn.execute(
        "INSERT OR IGNORE INTO device (one, id, name, created_at) VALUES (1, ?1, 'this laptop', ?2)",
        params![random_hex(32)?, timestamp(at)],
    )?;
    Ok(conn.query_row("SELECT id, name FROM device", [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// Who writes a change, as the document keeps it beside each value.
pub(crate) fn origin(conn: &Connection, at: DateTime<Utc>, by: &str) -> Result<(String, Origin)> {
    let (id, name) = device(conn, at)?;
    Ok((
        id,
        Origin {
            device: name,
            by: by.to_string(),
            at,
        },
    ))
}

/// The stored document of a workspace with every incremental save added, written as `actor`;
/// `None` when the workspace has none yet.
pub(crate) fn load_replica(conn: &Connection, workspace_id: &str, actor: &str) -> Result<Option<ReplicatedWorkspace>> {
    let Some(document): Option<Vec<u8>> = conn
        .query_row(
            "SELECT document FROM replica_document WHERE workspace_id = ?1",
            [workspace_id],
            |r| r.get(0),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let mut replica = ReplicatedWorkspace::load(&document, actor)?;
    let mut stmt = conn.prepare("SELECT change FROM replica_change WHERE workspace_id = ?1 ORDER BY seq")?;
    let changes = stmt.query_map([workspace_id], |r| r.get::<_, Vec<u8>>(0))?;
    for change in changes {
        replica.load_incremental(&change?)?;
    }
    Ok(Some(replica))
}

/// The workspace's document, built from its rows in one change by this device when it has
/// none, as for workspaces made before migration 8 and at a workspace's creation.
pub(crate) fn load_or_build(
    conn: &Connection,
    workspace_id: &str,
    at: DateTime<Utc>,
    by: &str,
) -> Result<ReplicatedWorkspace> {
    let (actor, origin) = origin(conn, at, by)?;
    if let Some(replica) = load_replica(conn, workspace_id, &actor)? {
        return Ok(replica);
    }
    let workspace = load(conn, workspace_id)?.ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
    let state = rows_state(conn, &workspace)?;
    let mut replica = ReplicatedWorkspace::from_state(workspace_id, &actor, &state, &origin)?;
    store_whole(conn, workspace_id, &mut replica)?;
    Ok(replica)
}

/// A workspace's replicated state as its rows hold it, with its history lines of replicated
/// fields.
fn rows_state(conn: &Connection, workspace: &Workspace) -> Result<WorkspaceState> {
    let order = workspace
        .authorities
        .iter()
        .map(|a| a.code.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let properties = [
        ("name", Some(&workspace.name)),
        ("jurisdiction", Some(&workspace.jurisdiction)),
        ("template", Some(&workspace.template)),
        ("doc_version", workspace.doc_version.as_ref()),
        ("reference", workspace.reference.as_ref()),
        ("prepared_by", workspace.prepared_by.as_ref()),
        ("event", workspace.event.as_ref()),
        ("language", Some(&workspace.language.code().to_string())),
        ("created_at", Some(&timestamp(workspace.created_at))),
        (AUTHORITY_ORDER, Some(&order).filter(|o| !o.is_empty())),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key.to_string(), value?.clone())))
    .collect();
    let authorities = workspace
        .authorities
        .iter()
        .map(|a| {
            let state = AuthorityState {
                name: a.name.clone(),
                kind: a.kind,
            };
            (a.code.clone(), state)
        })
        .collect();
    let items = load_decisions(conn, &workspace.id)?
        .into_iter()
        .map(|(item, d)| {
            let decision = DecisionState {
                status: d.status,
                reason: d.reason,
                rationale: d.rationale,
                wording: d.wording,
                lead: d.lead,
                support: d.support,
                priority: d.priority,
                due: d.due,
            };
            let selected = ItemState {
                selected: true,
                decision,
            };
            (item, selected)
        })
        .collect::<BTreeMap<_, _>>();
    let mut records = BTreeMap::new();
    for kind in DISCUSSION_KINDS.into_iter().chain(REVIEW_KINDS) {
        records.append(&mut rows_records(conn, &workspace.id, kind, None)?);
    }
    Ok(WorkspaceState {
        workspace_id: workspace.id.clone(),
        properties,
        authorities,
        items,
        history: replicated_lines(conn, &workspace.id)?,
        records,
    })
}

/// Applies `edits` to the workspace's stored document as one change by this device, and
/// appends the change to it. Called inside the edit's transaction, beside its rows and history.
pub(crate) fn replicate(
    conn: &Connection,
    workspace_id: &str,
    edits: &[Edit],
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    let mut replica = load_or_build(conn, workspace_id, at, by)?;
    if edits.is_empty() {
        return Ok(());
    }
    let (_, origin) = origin(conn, at, by)?;
    replica.apply_all(edits, &origin)?;
    append(conn, workspace_id, &mut replica)?;
    // A local edit can only settle a conflict (it supersedes every value it saw), never raise
    // one: the engine is asked only while some remain.
    if has_conflicts(conn, workspace_id)? {
        refresh_conflicts(conn, workspace_id, &replica)?;
    }
    Ok(())
}

/// Brings the document's records of `kind` (only `item`'s with `Some`) to what the rows now
/// hold, with the history lines the edit wrote, as one change by this device. Called inside
/// the edit's transaction, after its rows and history are written.
pub(crate) fn replicate_records(
    conn: &Connection,
    workspace_id: &str,
    kind: RecordKind,
    item: Option<&str>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    let mut replica = load_or_build(conn, workspace_id, at, by)?;
    let mut edits = record_edits(conn, workspace_id, &replica, kind, item)?;
    let known = replica.history_ids();
    edits.extend(
        replicated_lines(conn, workspace_id)?
            .into_iter()
            .filter(|line| !known.contains(&line.id))
            .map(Edit::AppendHistory),
    );
    if edits.is_empty() {
        return Ok(());
    }
    let (_, origin) = origin(conn, at, by)?;
    replica.apply_all(&edits, &origin)?;
    append(conn, workspace_id, &mut replica)?;
    if has_conflicts(conn, workspace_id)? {
        refresh_conflicts(conn, workspace_id, &replica)?;
    }
    Ok(())
}

/// Brings the document's comments and versions to what the rows hold where they differ: the
/// rows of a workspace whose document was made before they were replicated, and versions whose
/// files were rendered again without participants' names (that rewrite stays out of the
/// discussion's edit; the files without names are what travels from then on). Run before a
/// bundle is made or merged, so the document never names files this laptop no longer has.
/// Returns whether it wrote a change (`replica` is then behind the stored document).
pub(crate) fn catch_up_reviews(
    conn: &Connection,
    workspace_id: &str,
    replica: &ReplicatedWorkspace,
    at: DateTime<Utc>,
    by: &str,
) -> Result<bool> {
    let mut wrote = false;
    for kind in REVIEW_KINDS {
        if !record_edits(conn, workspace_id, replica, kind, None)?.is_empty() {
            replicate_records(conn, workspace_id, kind, None, at, by)?;
            wrote = true;
        }
    }
    Ok(wrote)
}

fn has_conflicts(conn: &Connection, workspace_id: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM replica_conflict WHERE workspace_id = ?1)",
        [workspace_id],
        |r| r.get(0),
    )?)
}

/// Writes the ids of the replica's unresolved conflicts beside it.
pub(crate) fn refresh_conflicts(conn: &Connection, workspace_id: &str, replica: &ReplicatedWorkspace) -> Result<()> {
    conn.execute("DELETE FROM replica_conflict WHERE workspace_id = ?1", [workspace_id])?;
    for conflict in replica.conflicts()? {
        conn.execute(
            "INSERT INTO replica_conflict (workspace_id, conflict_id) VALUES (?1, ?2)",
            params![workspace_id, conflict.id],
        )?;
    }
    Ok(())
}

/// Saves what `replica` holds beyond the stored copy, compacting when the changes pile up.
pub(crate) fn append(conn: &Connection, workspace_id: &str, replica: &mut ReplicatedWorkspace) -> Result<()> {
    let change = replica.save_incremental();
    if change.is_empty() {
        return Ok(());
    }
    let (count, last): (i64, i64) = conn.query_row(
        "SELECT count(*), coalesce(max(seq), 0) FROM replica_change WHERE workspace_id = ?1",
        [workspace_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if count + 1 > MAX_CHANGES {
        return store_whole(conn, workspace_id, replica);
    }
    conn.execute(
        "INSERT INTO replica_change (workspace_id, seq, change) VALUES (?1, ?2, ?3)",
        params![workspace_id, last + 1, change],
    )?;
    Ok(())
}

/// Replaces the stored copy with the whole document, compacted.
pub(crate) fn store_whole(conn: &Connection, workspace_id: &str, replica: &mut ReplicatedWorkspace) -> Result<()> {
    conn.execute(
        "INSERT INTO replica_document (workspace_id, document) VALUES (?1, ?2)
         ON CONFLICT (workspace_id) DO UPDATE SET document = excluded.document",
        params![workspace_id, replica.save()],
    )?;
    conn.execute("DELETE FROM replica_change WHERE workspace_id = ?1", [workspace_id])?;
    Ok(())
}

/// The edits that write `fields` of an item's decision as `decision` holds them.
pub(crate) fn decision_edits(item: &str, decision: &Decision, fields: &[DecisionField]) -> Vec<Edit> {
    let set = |value: DecisionValue| Edit::SetDecision {
        item: item.to_string(),
        value,
    };
    let clear = |field: DecisionField| Edit::ClearDecision {
        item: item.to_string(),
        field,
    };
    fields
        .iter()
        .map(|field| match field {
            DecisionField::Status => set(DecisionValue::Status(decision.status)),
            DecisionField::Reason => decision
                .reason
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Reason(v))),
            DecisionField::Rationale => decision
                .rationale
                .clone()
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Rationale(v))),
            DecisionField::Wording => decision
                .wording
                .clone()
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Wording(v))),
            DecisionField::Lead => decision
                .lead
                .clone()
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Lead(v))),
            DecisionField::Support => set(DecisionValue::Support(decision.support.clone())),
            DecisionField::Priority => decision
                .priority
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Priority(v))),
            DecisionField::Due => decision
                .due
                .map_or_else(|| clear(*field), |v| set(DecisionValue::Due(v))),
        })
        .collect()
}

impl Store {
    /// The ids of the workspace's unresolved conflicts, as the last write left them (no
    /// document is loaded).
    pub fn conflict_ids(&self, workspace_id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT conflict_id FROM replica_conflict WHERE workspace_id = ?1 ORDER BY conflict_id")?;
        let ids = stmt.query_map([workspace_id], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The workspace's replicated document, whole (built from the rows when it has none yet).
    /// `at` and `by` are the build's, when there is one.
    pub fn replica_document(&mut self, workspace_id: &str, at: DateTime<Utc>, by: &str) -> Result<Vec<u8>> {
        let tx = self.edit()?;
        let mut replica = load_or_build(&tx, workspace_id, at, by)?;
        let bytes = replica.save();
        tx.commit()?;
        Ok(bytes)
    }

    /// What a bundle of the workspace carries: its replicated document, whole, and the files of
    /// every circulated version the document holds (each side of a conflict on a label
    /// included), known by their SHA-256. `at` and `by` are those of any change it makes first.
    pub fn replica_bundle(
        &mut self,
        workspace_id: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<(Vec<u8>, Vec<adopt_sync::Blob>)> {
        let tx = self.edit()?;
        let mut replica = load_or_build(&tx, workspace_id, at, by)?;
        if catch_up_reviews(&tx, workspace_id, &replica, at, by)? {
            replica = load_or_build(&tx, workspace_id, at, by)?;
        }
        let with_conflicts = has_version_conflict(&tx, workspace_id)?;
        let needed = needed_files(&replica, with_conflicts)?;
        let blobs = files_to_send(&tx, workspace_id, &needed)?;
        let bytes = replica.save();
        tx.commit()?;
        Ok((bytes, blobs))
    }
}
