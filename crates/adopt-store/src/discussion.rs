//! The open discussion: sessions, agenda, positions, resolutions, minute notes and action
//! items. Each change is one transaction with its history lines; a resolution and the decision
//! status it sets commit together.
//!
//! Participants' names (and action owners, which may be names) are never written into the
//! history, so removing them later ([`Store::anonymise_participants`]) leaves no copy behind in
//! the append-only log.

use adopt_domain::{
    ActionInput, ActionItem, AgendaEntry, Decision, DecisionPatch, DecisionStatus, Discussion, ItemResolution,
    MinuteNote, Participant, Position, PositionInput, Resolution, Session, SessionDraft,
};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::history::record;
use crate::selections::{decide_in, load_item};
use crate::{Result, Store, StoreError, parse_code, parse_timestamp, timestamp};

/// The session and item a record is about (workspace id already resolved by the caller).
#[derive(Debug, Clone, Copy)]
pub struct Topic<'a> {
    pub workspace: &'a str,
    pub session: &'a str,
    pub item: &'a str,
}

impl Store {
    /// Creates a session with the next id of the workspace ("s1", "s2"...).
    pub fn create_session(
        &mut self,
        workspace_id: &str,
        draft: &SessionDraft,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Session> {
        let tx = self.edit()?;
        let number: i64 = tx.query_row(
            "SELECT coalesce(max(number), 0) + 1 FROM discussion_session WHERE workspace_id = ?1",
            [workspace_id],
            |r| r.get(0),
        )?;
        let id = format!("s{number}");
        tx.execute(
            "INSERT INTO discussion_session (workspace_id, id, number, date, place, facilitator, time_box,
                 created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                workspace_id,
                id,
                number,
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
        tx.commit()?;
        Ok(session)
    }

    /// The workspace's sessions, oldest first.
    pub fn sessions(&self, workspace_id: &str) -> Result<Vec<Session>> {
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT id FROM discussion_session WHERE workspace_id = ?1 ORDER BY number")?
            .query_map([workspace_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter()
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
        let session = existing_session(&tx, on.workspace, on.session)?;
        selected(&tx, on.workspace, on.item)?;
        let previous = load_position(&tx, on.workspace, &session.id, on.item, &input.authority)?;
        let seq: i64 = tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1 FROM authority_position WHERE workspace_id = ?1",
            [on.workspace],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO authority_position
                 (workspace_id, session_id, item_id, authority, stance, note, at, by, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                on.workspace,
                session.id,
                on.item,
                input.authority,
                input.stance.code(),
                input.note,
                timestamp(at),
                by,
                seq
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
            "INSERT INTO resolution (workspace_id, session_id, item_id, resolution, conditions, status_before,
                 status_after, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                on.workspace,
                session.id,
                on.item,
                resolution.code(),
                conditions,
                before.status.code(),
                status.code(),
                timestamp(at),
                by
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
        tx.commit()?;
        Ok(decision)
    }

    /// Adds an action item; its number counts the workspace's actions.
    pub fn add_action(
        &mut self,
        on: Topic<'_>,
        input: &ActionInput,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<ActionItem> {
        let tx = self.edit()?;
        let session = existing_session(&tx, on.workspace, on.session)?;
        selected(&tx, on.workspace, on.item)?;
        let number: u32 = tx.query_row(
            "SELECT coalesce(max(number), 0) + 1 FROM action_item WHERE workspace_id = ?1",
            [on.workspace],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO action_item (workspace_id, number, session_id, item_id, what, owner, due, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                on.workspace,
                number,
                session.id,
                on.item,
                input.what,
                input.owner,
                date_text(input.due),
                timestamp(at),
                by
            ],
        )?;
        let text = action_text(number, &input.what, input.due);
        record(
            &tx,
            on.workspace,
            Some(on.item),
            &format!("action {}", session.id),
            None,
            Some(&text),
            at,
            by,
        )?;
        let action = load_actions(&tx, on.workspace)?
            .into_iter()
            .find(|a| a.id == number)
            .expect("inserted above");
        tx.commit()?;
        Ok(action)
    }

    /// Removes an action item (undo of adding it); the history keeps it.
    pub fn remove_action(&mut self, workspace_id: &str, number: u32, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let action = load_actions(&tx, workspace_id)?
            .into_iter()
            .find(|a| a.id == number)
            .ok_or(StoreError::ActionNotFound(number))?;
        tx.execute(
            "DELETE FROM action_item WHERE workspace_id = ?1 AND number = ?2",
            params![workspace_id, number],
        )?;
        let text = action_text(number, &action.what, action.due);
        record(
            &tx,
            workspace_id,
            Some(&action.item),
            &format!("action {}", action.session),
            Some(&text),
            None,
            at,
            by,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Sets (or with `None` removes) the minute note on an item in a session.
    pub fn set_note(&mut self, on: Topic<'_>, note: Option<&str>, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let session = existing_session(&tx, on.workspace, on.session)?;
        selected(&tx, on.workspace, on.item)?;
        let previous: Option<String> = tx
            .query_row(
                "SELECT note FROM minute_note WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3",
                params![on.workspace, session.id, on.item],
                |r| r.get(0),
            )
            .optional()?;
        if previous.as_deref() == note {
            return Ok(());
        }
        match note {
            Some(note) => tx.execute(
                "INSERT OR REPLACE INTO minute_note (workspace_id, session_id, item_id, note, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![on.workspace, session.id, on.item, note, timestamp(at), by],
            )?,
            None => tx.execute(
                "DELETE FROM minute_note WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3",
                params![on.workspace, session.id, on.item],
            )?,
        };
        record(
            &tx,
            on.workspace,
            Some(on.item),
            &format!("note {}", session.id),
            previous.as_deref(),
            note,
            at,
            by,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces participants' names by their organisation, the facilitator's by "Facilitator",
    /// and action owners named after a participant by that participant's organisation.
    /// Returns how many names were removed.
    pub fn anonymise_participants(&mut self, workspace_id: &str, at: DateTime<Utc>, by: &str) -> Result<usize> {
        let tx = self.edit()?;
        let sessions = {
            let mut stmt =
                tx.prepare("SELECT id FROM discussion_session WHERE workspace_id = ?1 AND anonymised = 0")?;
            stmt.query_map([workspace_id], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let mut removed = 0;
        for id in &sessions {
            let session = load_session(&tx, workspace_id, id)?.expect("listed above");
            for p in &session.participants {
                tx.execute(
                    "UPDATE action_item SET owner = ?3 WHERE workspace_id = ?1 AND session_id = ?2 AND owner = ?4",
                    params![workspace_id, id, p.organisation, p.name],
                )?;
            }
            removed += tx.execute(
                "UPDATE participant SET name = organisation WHERE workspace_id = ?1 AND session_id = ?2",
                params![workspace_id, id],
            )?;
            removed += tx.execute(
                "UPDATE discussion_session SET facilitator = 'Facilitator', anonymised = 1
                 WHERE workspace_id = ?1 AND id = ?2",
                params![workspace_id, id],
            )?;
        }
        if removed > 0 {
            record(
                &tx,
                workspace_id,
                None,
                "participants",
                None,
                Some(&format!("{removed} names removed")),
                at,
                by,
            )?;
        }
        tx.commit()?;
        Ok(removed)
    }

    /// Everything the discussion of a workspace recorded.
    pub fn discussion(&self, workspace_id: &str) -> Result<Discussion> {
        load_discussion(&self.conn, workspace_id)
    }
}

pub(crate) fn load_discussion(conn: &Connection, workspace_id: &str) -> Result<Discussion> {
    let sessions = {
        let mut stmt = conn.prepare("SELECT id FROM discussion_session WHERE workspace_id = ?1 ORDER BY number")?;
        let ids = stmt
            .query_map([workspace_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter()
            .map(|id| Ok(load_session(conn, workspace_id, id)?.expect("listed above")))
            .collect::<Result<Vec<_>>>()?
    };
    let positions = conn
        .prepare(&format!("{SELECT_POSITION} WHERE workspace_id = ?1 ORDER BY seq"))?
        .query_map([workspace_id], position_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let resolutions = conn
        .prepare(&format!("{SELECT_RESOLUTION} WHERE workspace_id = ?1 ORDER BY id"))?
        .query_map([workspace_id], |r| resolution_from_row(r).map(|(_, res)| res))?
        .collect::<rusqlite::Result<_>>()?;
    let notes = conn
        .prepare(
            "SELECT item_id, session_id, note, at, by FROM minute_note WHERE workspace_id = ?1
             ORDER BY session_id, at, item_id",
        )?
        .query_map([workspace_id], |r| {
            Ok(MinuteNote {
                item: r.get(0)?,
                session: r.get(1)?,
                note: r.get(2)?,
                at: parse_timestamp(&r.get::<_, String>(3)?)?,
                by: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Discussion {
        sessions,
        positions,
        resolutions,
        actions: load_actions(conn, workspace_id)?,
        notes,
    })
}

/// Writes a whole discussion into a new workspace (import and duplicate), keeping ids.
pub(crate) fn insert_discussion(conn: &Connection, workspace_id: &str, d: &Discussion) -> Result<()> {
    for (number, s) in d.sessions.iter().enumerate() {
        conn.execute(
            "INSERT INTO discussion_session (workspace_id, id, number, date, place, facilitator, time_box,
                 current_item, current_since, anonymised, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                workspace_id,
                s.id,
                number as i64 + 1,
                date_text(s.date),
                s.place,
                s.facilitator,
                s.time_box,
                s.current_item,
                s.current_since.map(timestamp),
                s.anonymised,
                timestamp(s.created_at),
                s.created_by
            ],
        )?;
        write_participants(conn, workspace_id, &s.id, &s.participants)?;
        for (position, a) in s.agenda.iter().enumerate() {
            conn.execute(
                "INSERT INTO agenda_entry (workspace_id, session_id, item_id, position, time_box, parked)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![workspace_id, s.id, a.item, position as i64, a.time_box, a.parked],
            )?;
        }
    }
    for (seq, p) in d.positions.iter().enumerate() {
        conn.execute(
            "INSERT OR REPLACE INTO authority_position
                 (workspace_id, session_id, item_id, authority, stance, note, at, by, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                workspace_id,
                p.session,
                p.item,
                p.authority,
                p.stance.code(),
                p.note,
                timestamp(p.at),
                p.by,
                seq as i64 + 1
            ],
        )?;
    }
    for r in &d.resolutions {
        conn.execute(
            "INSERT INTO resolution (workspace_id, session_id, item_id, resolution, conditions, status_before,
                 status_after, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                workspace_id,
                r.session,
                r.item,
                r.resolution.code(),
                r.conditions,
                r.status_before.code(),
                r.status_after.code(),
                timestamp(r.at),
                r.by
            ],
        )?;
    }
    for a in &d.actions {
        conn.execute(
            "INSERT INTO action_item (workspace_id, number, session_id, item_id, what, owner, due, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                workspace_id,
                a.id,
                a.session,
                a.item,
                a.what,
                a.owner,
                date_text(a.due),
                timestamp(a.at),
                a.by
            ],
        )?;
    }
    for n in &d.notes {
        conn.execute(
            "INSERT INTO minute_note (workspace_id, session_id, item_id, note, at, by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![workspace_id, n.session, n.item, n.note, timestamp(n.at), n.by],
        )?;
    }
    Ok(())
}

/// An action as the history records it. The owner is left out: it may be a person's name, and
/// the append-only history could never forget it.
fn action_text(number: u32, what: &str, due: NaiveDate) -> String {
    format!("{number}: {what} (due {})", date_text(due))
}

/// A session in one line for the history: "s1: 2025-06-05, 4 participants".
fn session_summary(id: &str, date: NaiveDate, participants: usize) -> String {
    let noun = if participants == 1 {
        "participant"
    } else {
        "participants"
    };
    format!("{id}: {}, {participants} {noun}", date_text(date))
}

fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn parse_date_column(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// The item's decision, or `NotSelected`: the discussion is about selected items only.
fn selected(conn: &Connection, workspace_id: &str, item: &str) -> Result<Decision> {
    load_item(conn, workspace_id, item)?
        .map(|i| i.decision)
        .ok_or_else(|| StoreError::NotSelected { item: item.to_string() })
}

fn write_participants(conn: &Connection, workspace_id: &str, session_id: &str, people: &[Participant]) -> Result<()> {
    conn.execute(
        "DELETE FROM participant WHERE workspace_id = ?1 AND session_id = ?2",
        params![workspace_id, session_id],
    )?;
    for (position, p) in people.iter().enumerate() {
        conn.execute(
            "INSERT INTO participant (workspace_id, session_id, position, name, organisation, authority, role)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                workspace_id,
                session_id,
                position as i64,
                p.name,
                p.organisation,
                p.authority,
                p.role
            ],
        )?;
    }
    Ok(())
}

fn existing_session(conn: &Connection, workspace_id: &str, session_id: &str) -> Result<Session> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM discussion_session WHERE workspace_id = ?1 AND id = ?2 COLLATE NOCASE",
            params![workspace_id, session_id.trim()],
            |r| r.get(0),
        )
        .optional()?;
    let id = id.ok_or_else(|| StoreError::SessionNotFound(session_id.trim().to_string()))?;
    Ok(load_session(conn, workspace_id, &id)?.expect("found above"))
}

fn load_session(conn: &Connection, workspace_id: &str, id: &str) -> Result<Option<Session>> {
    let Some(mut session) = conn
        .query_row(
            "SELECT id, date, place, facilitator, time_box, current_item, current_since, anonymised, created_at,
                 created_by
             FROM discussion_session WHERE workspace_id = ?1 AND id = ?2",
            params![workspace_id, id],
            |r| {
                Ok(Session {
                    id: r.get(0)?,
                    date: parse_date_column(&r.get::<_, String>(1)?)?,
                    place: r.get(2)?,
                    facilitator: r.get(3)?,
                    participants: Vec::new(),
                    time_box: r.get(4)?,
                    agenda: Vec::new(),
                    current_item: r.get(5)?,
                    current_since: r
                        .get::<_, Option<String>>(6)?
                        .map(|t| parse_timestamp(&t))
                        .transpose()?,
                    anonymised: r.get(7)?,
                    created_at: parse_timestamp(&r.get::<_, String>(8)?)?,
                    created_by: r.get(9)?,
                })
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    session.participants = conn
        .prepare_cached(
            "SELECT name, organisation, authority, role FROM participant
             WHERE workspace_id = ?1 AND session_id = ?2 ORDER BY position",
        )?
        .query_map(params![workspace_id, id], |r| {
            Ok(Participant {
                name: r.get(0)?,
                organisation: r.get(1)?,
                authority: r.get(2)?,
                role: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    session.agenda = conn
        .prepare_cached(
            "SELECT item_id, time_box, parked FROM agenda_entry
             WHERE workspace_id = ?1 AND session_id = ?2 ORDER BY position",
        )?
        .query_map(params![workspace_id, id], |r| {
            Ok(AgendaEntry {
                item: r.get(0)?,
                time_box: r.get(1)?,
                parked: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(session))
}

const SELECT_POSITION: &str = "SELECT item_id, authority, stance, note, session_id, at, by FROM authority_position";

fn position_from_row(r: &Row<'_>) -> rusqlite::Result<Position> {
    Ok(Position {
        item: r.get(0)?,
        authority: r.get(1)?,
        stance: parse_code(&r.get::<_, String>(2)?)?,
        note: r.get(3)?,
        session: r.get(4)?,
        at: parse_timestamp(&r.get::<_, String>(5)?)?,
        by: r.get(6)?,
    })
}

fn load_position(
    conn: &Connection,
    workspace_id: &str,
    session_id: &str,
    item: &str,
    authority: &str,
) -> Result<Option<Position>> {
    Ok(conn
        .query_row(
            &format!(
                "{SELECT_POSITION} WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3 AND authority = ?4"
            ),
            params![workspace_id, session_id, item, authority],
            position_from_row,
        )
        .optional()?)
}

const SELECT_RESOLUTION: &str = "SELECT id, item_id, resolution, conditions, status_before, status_after, session_id,
        at, by FROM resolution";

fn resolution_from_row(r: &Row<'_>) -> rusqlite::Result<(i64, ItemResolution)> {
    Ok((
        r.get(0)?,
        ItemResolution {
            item: r.get(1)?,
            resolution: parse_code(&r.get::<_, String>(2)?)?,
            conditions: r.get(3)?,
            status_before: parse_code(&r.get::<_, String>(4)?)?,
            status_after: parse_code(&r.get::<_, String>(5)?)?,
            session: r.get(6)?,
            at: parse_timestamp(&r.get::<_, String>(7)?)?,
            by: r.get(8)?,
        },
    ))
}

fn latest_resolution_row(conn: &Connection, workspace_id: &str, item: &str) -> Result<Option<(i64, ItemResolution)>> {
    Ok(conn
        .query_row(
            &format!("{SELECT_RESOLUTION} WHERE workspace_id = ?1 AND item_id = ?2 ORDER BY id DESC LIMIT 1"),
            params![workspace_id, item],
            resolution_from_row,
        )
        .optional()?)
}

fn latest_resolution(conn: &Connection, workspace_id: &str, item: &str) -> Result<Option<ItemResolution>> {
    Ok(latest_resolution_row(conn, workspace_id, item)?.map(|(_, r)| r))
}

fn load_actions(conn: &Connection, workspace_id: &str) -> Result<Vec<ActionItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, item_id, what, owner, due, session_id, at, by FROM action_item
         WHERE workspace_id = ?1 ORDER BY number",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        Ok(ActionItem {
            id: r.get(0)?,
            item: r.get(1)?,
            what: r.get(2)?,
            owner: r.get(3)?,
            due: parse_date_column(&r.get::<_, String>(4)?)?,
            session: r.get(5)?,
            at: parse_timestamp(&r.get::<_, String>(6)?)?,
            by: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
