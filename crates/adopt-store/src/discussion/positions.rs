//! Positions and resolutions: each authority's stance on an item, and the joint resolution
//! that sets the decision status in the same transaction.

use adopt_domain::{Decision, DecisionPatch, DecisionStatus, ItemResolution, Position, PositionInput, Resolution};
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::rows::{
    Topic, existing_session, latest_resolution, latest_resolution_row, load_position, selected, session_on_selected,
};
use crate::columns::timestamp;
use crate::device::random_hex;
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::replica::replicate_records;
use crate::selections::decide_in;
use crate::store::Store;
use adopt_sync::RecordKind;

impl Store {
    /// Records an authority's position on an item in a session, replacing its earlier one in
    /// that session. Returns the position it replaced.
    pub fn record_position(
        &mut self,
        on: Topic<'_>,
        input: &PositionInput,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Option<Position>> {
        let tx = self.edit()?;
        let session = session_on_selected(&tx, on)?;
        let previous = load_position(&tx, on.workspace, &session.id, on.item, &input.authority)?;
        // A replaced row is written anew, so it lists after the others (rowid order).
        tx.execute(
            "INSERT OR REPLACE INTO authority_position
                 (workspace_id, session_id, item_id, authority, stance, note, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                on.workspace,
                session.id,
                on.item,
                input.authority,
                input.stance.code(),
                input.note,
                timestamp(at),
                by
            ],
        )?;
        let text = |stance: &str, note: Option<&str>| match note {
            Some(note) => format!("{stance}: {note}"),
            None => stance.to_string(),
        };
        let old = previous.as_ref().map(|p| text(p.stance.code(), p.note.as_deref()));
        let new = text(input.stance.code(), input.note.as_deref());
        record(
            &tx,
            on.workspace,
            Some(on.item),
            &format!("position {} {}", input.authority, session.id),
            old.as_deref(),
            Some(&new),
            at,
            by,
        )?;
        replicate_records(&tx, on.workspace, RecordKind::Position, Some(on.item), at, by)?;
        tx.commit()?;
        Ok(previous)
    }

    /// Removes an authority's position on an item in a session (undo of a first position).
    pub fn clear_position(&mut self, on: Topic<'_>, authority: &str, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let session = existing_session(&tx, on.workspace, on.session)?;
        let Some(previous) = load_position(&tx, on.workspace, &session.id, on.item, authority)? else {
            return Ok(());
        };
        tx.execute(
            "DELETE FROM authority_position
             WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3 AND authority = ?4",
            params![on.workspace, session.id, on.item, authority],
        )?;
        record(
            &tx,
            on.workspace,
            Some(on.item),
            &format!("position {authority} {}", session.id),
            Some(previous.stance.code()),
            None,
            at,
            by,
        )?;
        replicate_records(&tx, on.workspace, RecordKind::Position, Some(on.item), at, by)?;
        tx.commit()?;
        Ok(())
    }

    /// Records the joint resolution on an item and sets its decision status, in one transaction.
    pub fn resolve(
        &mut self,
        on: Topic<'_>,
        resolution: Resolution,
        conditions: Option<&str>,
        status: DecisionStatus,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<(ItemResolution, Decision)> {
        let tx = self.edit()?;
        let session = existing_session(&tx, on.workspace, on.session)?;
        let before = selected(&tx, on.workspace, on.item)?;
        let previous = latest_resolution(&tx, on.workspace, on.item)?;
        let decision = if before.status == status {
            before.clone()
        } else {
            let patch = DecisionPatch {
                status: Some(status),
                ..DecisionPatch::default()
            };
            decide_in(&tx, on.workspace, on.item, &patch, None, at, by)?
        };
        tx.execute(
            "INSERT INTO resolution (uid, workspace_id, session_id, item_id, resolution, conditions, status_before,
                 status_after, at, by)
             VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                on.workspace,
                session.id,
                on.item,
                resolution.code(),
                conditions,
                before.status.code(),
                status.code(),
                timestamp(at),
                by,
                resolution_uid()?
            ],
        )?;
        record(
            &tx,
            on.workspace,
            Some(on.item),
            &format!("resolution {}", session.id),
            previous.as_ref().map(|r| r.resolution.code()),
            Some(resolution.code()),
            at,
            by,
        )?;
        if conditions.is_some() || previous.as_ref().is_some_and(|p| p.conditions.is_some()) {
            record(
                &tx,
                on.workspace,
                Some(on.item),
                "conditions",
                previous.as_ref().and_then(|p| p.conditions.as_deref()),
                conditions,
                at,
                by,
            )?;
        }
        let resolved = latest_resolution(&tx, on.workspace, on.item)?.expect("inserted above");
        replicate_records(&tx, on.workspace, RecordKind::Resolution, Some(on.item), at, by)?;
        tx.commit()?;
        Ok((resolved, decision))
    }

    /// Takes back an item's latest resolution (undo): the row goes, the history keeps it, and
    /// the decision status it set goes back to what it was, unless someone changed it since.
    pub fn withdraw_resolution(
        &mut self,
        workspace_id: &str,
        item: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Decision> {
        let tx = self.edit()?;
        let current = selected(&tx, workspace_id, item)?;
        let (row, latest) = latest_resolution_row(&tx, workspace_id, item)?
            .ok_or_else(|| StoreError::NoResolution { item: item.to_string() })?;
        tx.execute("DELETE FROM resolution WHERE id = ?1", [row])?;
        let earlier = latest_resolution(&tx, workspace_id, item)?;
        record(
            &tx,
            workspace_id,
            Some(item),
            &format!("resolution {}", latest.session),
            Some(latest.resolution.code()),
            earlier.as_ref().map(|r| r.resolution.code()),
            at,
            by,
        )?;
        let decision = if current.status == latest.status_after && latest.status_before != latest.status_after {
            let patch = DecisionPatch {
                status: Some(latest.status_before),
                ..DecisionPatch::default()
            };
            decide_in(&tx, workspace_id, item, &patch, None, at, by)?
        } else {
            current
        };
        replicate_records(&tx, workspace_id, RecordKind::Resolution, Some(item), at, by)?;
        tx.commit()?;
        Ok(decision)
    }
}

/// A resolution's global id: "r-" and 16 random hex digits.
pub(super) fn resolution_uid() -> Result<String> {
    Ok(format!("r-{}", random_hex(16)?))
}
