//! What the discussion's records share: the topic a record is about, reading sessions,
//! positions, resolutions and actions from their rows, and the text the history keeps.

use adopt_domain::{ActionItem, AgendaEntry, Decision, ItemResolution, Participant, Position, Session, legacy_number};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::columns::{date_text, parse_code, parse_date_column, parse_timestamp};
use crate::error::{Result, StoreError};
use crate::selections::load_item;

/// The session and item a record is about (workspace id already resolved by the caller).
#[derive(Debug, Clone, Copy)]
pub struct Topic<'a> {
    pub workspace: &'a str,
    pub session: &'a str,
    pub item: &'a str,
}

/// An action as the history records it: by its number if it has one from before ids were
/// global (as it always was), else by its id, which stays the same on every laptop. The owner
/// is left out: it may be a person's name, and the append-only history could never forget it.
pub(super) fn action_text(id: &str, what: &str, due: NaiveDate) -> String {
    let label = legacy_number(id, 'a').map_or_else(|| id.to_string(), |n| n.to_string());
    format!("{label}: {what} (due {})", date_text(due))
}

/// The order that gives sessions their display numbers: those made before ids were global
/// first, by their old number, then by date, creation time and id, the same on every laptop.
const SESSION_ORDER: &str = "legacy_number IS NULL, legacy_number, date, created_at, id";
/// The same for actions: old numbers first, then creation time and id.
const ACTION_ORDER: &str = "legacy_number IS NULL, legacy_number, at, id";

/// The workspace's session ids in display order: the first is session 1.
pub(super) fn session_ids(conn: &Connection, workspace_id: &str) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT id FROM discussion_session WHERE workspace_id = ?1 ORDER BY {SESSION_ORDER}"
        ))?
        .query_map([workspace_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Which session `--session` means: its id (any case), its label ("s3"), or the start of one id
/// alone (at least 4 characters, as in "s-3fa9").
fn find_session(ids: &[String], wanted: &str) -> Option<String> {
    let numbered = |label: &str| -> Option<String> {
        let n = legacy_number(&label.to_ascii_lowercase(), 's')? as usize;
        ids.get(n.checked_sub(1)?).cloned()
    };
    if let Some(id) = ids.iter().find(|id| id.eq_ignore_ascii_case(wanted)) {
        return Some(id.clone());
    }
    if let Some(id) = numbered(wanted) {
        return Some(id);
    }
    let wanted = wanted.to_ascii_lowercase();
    if wanted.len() < 4 {
        return None;
    }
    let mut matching = ids.iter().filter(|id| id.to_ascii_lowercase().starts_with(&wanted));
    match (matching.next(), matching.next()) {
        (Some(id), None) => Some(id.clone()),
        _ => None,
    }
}

/// A session in one line for the history: "s1: 2025-06-05, 4 participants".
pub(super) fn session_summary(id: &str, date: NaiveDate, participants: usize) -> String {
    let noun = if participants == 1 {
        "participant"
    } else {
        "participants"
    };
    format!("{id}: {}, {participants} {noun}", date_text(date))
}

/// The item's decision, or `NotSelected`: the discussion is about selected items only.
pub(super) fn selected(conn: &Connection, workspace_id: &str, item: &str) -> Result<Decision> {
    load_item(conn, workspace_id, item)?
        .map(|i| i.decision)
        .ok_or_else(|| StoreError::NotSelected { item: item.to_string() })
}

/// The session a record on a selected item is made in: `SessionNotFound` or `NotSelected` otherwise.
pub(super) fn session_on_selected(conn: &Connection, on: Topic<'_>) -> Result<Session> {
    let session = existing_session(conn, on.workspace, on.session)?;
    selected(conn, on.workspace, on.item)?;
    Ok(session)
}

pub(super) fn write_participants(
    conn: &Connection,
    workspace_id: &str,
    session_id: &str,
    people: &[Participant],
) -> Result<()> {
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

pub(super) fn existing_session(conn: &Connection, workspace_id: &str, session_id: &str) -> Result<Session> {
    let id = find_session(&session_ids(conn, workspace_id)?, session_id.trim())
        .ok_or_else(|| StoreError::SessionNotFound(session_id.trim().to_string()))?;
    Ok(load_session(conn, workspace_id, &id)?.expect("found above"))
}

pub(super) fn load_session(conn: &Connection, workspace_id: &str, id: &str) -> Result<Option<Session>> {
    let Some(mut session) = conn
        .query_row(
            "SELECT id, date, place, facilitator, time_box, current_item, current_since, anonymised, created_at,
                 created_by
             FROM discussion_session WHERE workspace_id = ?1 AND id = ?2",
            params![workspace_id, id],
            |r| {
                Ok(Session {
                    id: r.get(0)?,
                    number: 0,
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
    let ids = session_ids(conn, workspace_id)?;
    session.number = (1..).zip(&ids).find(|(_, s)| **s == session.id).map_or(0, |(n, _)| n);
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

pub(super) const SELECT_POSITION: &str =
    "SELECT item_id, authority, stance, note, session_id, at, by FROM authority_position";

pub(super) fn position_from_row(r: &Row<'_>) -> rusqlite::Result<Position> {
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

pub(super) fn load_position(
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

pub(super) const SELECT_RESOLUTION: &str =
    "SELECT id, item_id, resolution, conditions, status_before, status_after, session_id,
        at, by FROM resolution";

pub(super) fn resolution_from_row(r: &Row<'_>) -> rusqlite::Result<(i64, ItemResolution)> {
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

pub(super) fn latest_resolution_row(
    conn: &Connection,
    workspace_id: &str,
    item: &str,
) -> Result<Option<(i64, ItemResolution)>> {
    Ok(conn
        .query_row(
            &format!("{SELECT_RESOLUTION} WHERE workspace_id = ?1 AND item_id = ?2 ORDER BY at DESC, id DESC LIMIT 1"),
            params![workspace_id, item],
            resolution_from_row,
        )
        .optional()?)
}

pub(super) fn latest_resolution(conn: &Connection, workspace_id: &str, item: &str) -> Result<Option<ItemResolution>> {
    Ok(latest_resolution_row(conn, workspace_id, item)?.map(|(_, r)| r))
}

pub(super) fn load_actions(conn: &Connection, workspace_id: &str) -> Result<Vec<ActionItem>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, item_id, what, owner, due, session_id, at, by FROM action_item
         WHERE workspace_id = ?1 ORDER BY {ACTION_ORDER}"
    ))?;
    let mut number = 0;
    let rows = stmt.query_map([workspace_id], |r| {
        number += 1;
        Ok(ActionItem {
            id: r.get(0)?,
            number,
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
