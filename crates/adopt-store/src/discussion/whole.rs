//! The whole discussion of a workspace: read for the views and export, and written into a new
//! workspace on import or duplicate.

use adopt_domain::{Discussion, MinuteNote, legacy_number};
use rusqlite::{Connection, params};

use super::positions::resolution_uid;
use super::rows::{
    SELECT_POSITION, SELECT_RESOLUTION, load_actions, load_session, position_from_row, resolution_from_row,
    session_ids, write_participants,
};
use crate::columns::{date_text, parse_timestamp, timestamp};
use crate::error::Result;
use crate::store::Store;

impl Store {
    /// Everything the discussion of a workspace recorded.
    pub fn discussion(&self, workspace_id: &str) -> Result<Discussion> {
        load_discussion(&self.conn, workspace_id)
    }
}

pub(crate) fn load_discussion(conn: &Connection, workspace_id: &str) -> Result<Discussion> {
    let sessions = {
        session_ids(conn, workspace_id)?
            .iter()
            .map(|id| Ok(load_session(conn, workspace_id, id)?.expect("listed above")))
            .collect::<Result<Vec<_>>>()?
    };
    let positions = conn
        .prepare(&format!(
            // By time, then (within a second) session, item and the workspace's order of
            // authorities: the same order on every laptop, whatever order rows arrived in.
            "{SELECT_POSITION} WHERE workspace_id = ?1
             ORDER BY at, session_id, item_id,
                 (SELECT position FROM authority a
                  WHERE a.workspace_id = authority_position.workspace_id AND a.code = authority_position.authority),
                 authority"
        ))?
        .query_map([workspace_id], position_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let resolutions = conn
        .prepare(&format!("{SELECT_RESOLUTION} WHERE workspace_id = ?1 ORDER BY at, id"))?
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

/// Writes a whole discussion into a new workspace (import and duplicate), keeping ids. Sessions
/// and actions from before ids were global keep their numbers; later ones are numbered by the
/// order that derives them.
pub(crate) fn insert_discussion(conn: &Connection, workspace_id: &str, d: &Discussion) -> Result<()> {
    for s in &d.sessions {
        let legacy = legacy_number(&s.id, 's').map(|n| if s.number > 0 { s.number } else { n });
        conn.execute(
            "INSERT INTO discussion_session (workspace_id, id, legacy_number, date, place, facilitator, time_box,
                 current_item, current_since, anonymised, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                workspace_id,
                s.id,
                legacy,
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
    for p in &d.positions {
        conn.execute(
            "INSERT OR REPLACE INTO authority_position
                 (workspace_id, session_id, item_id, authority, stance, note, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                workspace_id,
                p.session,
                p.item,
                p.authority,
                p.stance.code(),
                p.note,
                timestamp(p.at),
                p.by
            ],
        )?;
    }
    for r in &d.resolutions {
        conn.execute(
            "INSERT INTO resolution (uid, workspace_id, session_id, item_id, resolution, conditions, status_before,
                 status_after, at, by)
             VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                workspace_id,
                r.session,
                r.item,
                r.resolution.code(),
                r.conditions,
                r.status_before.code(),
                r.status_after.code(),
                timestamp(r.at),
                r.by,
                resolution_uid()?
            ],
        )?;
    }
    for a in &d.actions {
        conn.execute(
            "INSERT INTO action_item (workspace_id, id, legacy_number, session_id, item_id, what, owner, due, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                workspace_id,
                a.id,
                legacy_number(&a.id, 'a').map(|n| if a.number > 0 { a.number } else { n }),
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
