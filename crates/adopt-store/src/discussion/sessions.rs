//! Sessions and their agenda: planning a session, the items it discusses, where the
//! facilitator is, and items parked for later.

use adopt_domain::{Session, SessionDraft};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::rows::{Topic, existing_session, load_session, selected, session_ids, session_summary, write_participants};
use crate::columns::{date_text, timestamp};
use crate::device::ordered_id;
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::replica::replicate_records;
use crate::store::Store;
use adopt_sync::RecordKind;

impl Store {
    /// Creates a session with a new global id ("s-" and 16 hex digits, see `ordered_id`); its
    /// display number follows from its date among the workspace's sessions.
    pub fn create_session(
        &mut self,
        workspace_id: &str,
        draft: &SessionDraft,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Session> {
        let tx = self.edit()?;
        let same_second: i64 = tx.query_row(
            "SELECT count(*) FROM discussion_session WHERE workspace_id = ?1 AND created_at = ?2",
            params![workspace_id, timestamp(at)],
            |r| r.get(0),
        )?;
        let id = ordered_id("s-", same_second)?;
        tx.execute(
            "INSERT INTO discussion_session (workspace_id, id, date, place, facilitator, time_box,
                 created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                workspace_id,
                id,
                date_text(draft.date),
                draft.place,
                draft.facilitator,
                draft.time_box,
                timestamp(at),
                by
            ],
        )?;
        write_participants(&tx, workspace_id, &id, &draft.participants)?;
        let summary = session_summary(&id, draft.date, draft.participants.len());
        record(&tx, workspace_id, None, "session", None, Some(&summary), at, by)?;
        let session = load_session(&tx, workspace_id, &id)?.expect("inserted above");
        replicate_records(&tx, workspace_id, RecordKind::Session, None, at, by)?;
        tx.commit()?;
        Ok(session)
    }

    /// Replaces a session's date, place, facilitator, time box and participants.
    pub fn update_session(
        &mut self,
        workspace_id: &str,
        session_id: &str,
        draft: &SessionDraft,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Session> {
        let tx = self.edit()?;
        let before = existing_session(&tx, workspace_id, session_id)?;
        tx.execute(
            "UPDATE discussion_session SET date = ?3, place = ?4, facilitator = ?5, time_box = ?6
             WHERE workspace_id = ?1 AND id = ?2",
            params![
                workspace_id,
                before.id,
                date_text(draft.date),
                draft.place,
                draft.facilitator,
                draft.time_box
            ],
        )?;
        write_participants(&tx, workspace_id, &before.id, &draft.participants)?;
        let summary = |date: NaiveDate, n: usize| session_summary(&before.id, date, n);
        record(
            &tx,
            workspace_id,
            None,
            "session",
            Some(&summary(before.date, before.participants.len())),
            Some(&summary(draft.date, draft.participants.len())),
            at,
            by,
        )?;
        let session = load_session(&tx, workspace_id, &before.id)?.expect("exists");
        replicate_records(&tx, workspace_id, RecordKind::Session, None, at, by)?;
        tx.commit()?;
        Ok(session)
    }

    /// The workspace's sessions in display order (session 1 first).
    pub fn sessions(&self, workspace_id: &str) -> Result<Vec<Session>> {
        session_ids(&self.conn, workspace_id)?
            .iter()
            .map(|id| Ok(load_session(&self.conn, workspace_id, id)?.expect("listed above")))
            .collect()
    }

    /// One session by id (case-insensitive), or `SessionNotFound`.
    pub fn session(&self, workspace_id: &str, session_id: &str) -> Result<Session> {
        existing_session(&self.conn, workspace_id, session_id)
    }

    /// Replaces a session's agenda: the items in order with their time boxes. Items kept keep
    /// their "parked" reason.
    pub fn set_agenda(
        &mut self,
        workspace_id: &str,
        session_id: &str,
        entries: &[(String, Option<u32>)],
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Session> {
        let tx = self.edit()?;
        let before = existing_session(&tx, workspace_id, session_id)?;
        for (item, _) in entries {
            selected(&tx, workspace_id, item)?;
        }
        tx.execute(
            "DELETE FROM agenda_entry WHERE workspace_id = ?1 AND session_id = ?2",
            params![workspace_id, before.id],
        )?;
        for (position, (item, time_box)) in entries.iter().enumerate() {
            let parked = before
                .agenda
                .iter()
                .find(|a| &a.item == item)
                .and_then(|a| a.parked.clone());
            tx.execute(
                "INSERT INTO agenda_entry (workspace_id, session_id, item_id, position, time_box, parked)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![workspace_id, before.id, item, position as i64, time_box, parked],
            )?;
        }
        let list = |items: Vec<&str>| (!items.is_empty()).then(|| items.join(", "));
        let old = list(before.agenda.iter().map(|a| a.item.as_str()).collect());
        let new = list(entries.iter().map(|(i, _)| i.as_str()).collect());
        if old != new {
            record(
                &tx,
                workspace_id,
                None,
                &format!("agenda {}", before.id),
                old.as_deref(),
                new.as_deref(),
                at,
                by,
            )?;
        }
        let session = load_session(&tx, workspace_id, &before.id)?.expect("exists");
        tx.commit()?;
        Ok(session)
    }

    /// Moves the facilitator to an item (or to none). Navigation, not an edit: no history line.
    pub fn set_current_item(
        &mut self,
        workspace_id: &str,
        session_id: &str,
        item: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<Session> {
        let tx = self.edit()?;
        let session = existing_session(&tx, workspace_id, session_id)?;
        if let Some(item) = item {
            selected(&tx, workspace_id, item)?;
        }
        if session.current_item.as_deref() != item {
            tx.execute(
                "UPDATE discussion_session SET current_item = ?3, current_since = ?4 WHERE workspace_id = ?1 AND id = ?2",
                params![workspace_id, session.id, item, item.map(|_| timestamp(at))],
            )?;
        }
        let session = load_session(&tx, workspace_id, &session.id)?.expect("exists");
        tx.commit()?;
        Ok(session)
    }

    /// Parks an agenda item for later with a reason, or takes it back (`None`).
    pub fn park(&mut self, on: Topic<'_>, reason: Option<&str>, at: DateTime<Utc>, by: &str) -> Result<Session> {
        let tx = self.edit()?;
        let session = existing_session(&tx, on.workspace, on.session)?;
        let entry = session
            .agenda
            .iter()
            .find(|a| a.item == on.item)
            .ok_or_else(|| StoreError::NotOnAgenda {
                item: on.item.to_string(),
                session: session.id.clone(),
            })?;
        if entry.parked.as_deref() != reason {
            tx.execute(
                "UPDATE agenda_entry SET parked = ?4 WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3",
                params![on.workspace, session.id, on.item, reason],
            )?;
            record(
                &tx,
                on.workspace,
                Some(on.item),
                &format!("parked {}", session.id),
                entry.parked.as_deref(),
                reason,
                at,
                by,
            )?;
        }
        let session = load_session(&tx, on.workspace, &session.id)?.expect("exists");
        tx.commit()?;
        Ok(session)
    }
}
