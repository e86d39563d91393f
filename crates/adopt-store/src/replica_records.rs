//! The records beyond the decision (adopt-sync's `RecordKind`) as the rows hold them, and the
//! rows written back from a merged document.
//!
//! Each kind maps its rows to record fields and back. A row is rewritten only when its fields
//! differ from the document's, so what stays on this laptop is never touched by a merge:
//! participants' names, action owners, the facilitator, timers, the agenda. Those never go in
//! the document; another laptop sees the organisation instead (a participant's name is their
//! organisation there, an action's owner the organisation of the participant it names, the
//! facilitator the device the session was created on).

use std::collections::BTreeMap;

use adopt_sync::{Edit, RecordField, RecordKind, RecordValue, ReplicatedWorkspace, SyncError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::columns::{parse_timestamp, timestamp};
use crate::error::Result;
use crate::replica_reviews::{comment_records, version_records, write_comment, write_version};

/// The kinds this module keeps, in the order their rows are written (sessions before what
/// refers to them).
pub(crate) const DISCUSSION_KINDS: [RecordKind; 6] = [
    RecordKind::Session,
    RecordKind::Baseline,
    RecordKind::Position,
    RecordKind::Note,
    RecordKind::Resolution,
    RecordKind::Action,
];

/// The reviewers' comments and the circulated versions, written after the discussion.
pub(crate) const REVIEW_KINDS: [RecordKind; 2] = [RecordKind::Comment, RecordKind::Version];

/// One record as its row holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RowRecord {
    item: Option<String>,
    id: String,
    fields: BTreeMap<String, String>,
    by: String,
    at: DateTime<Utc>,
}

/// A record's fields, grouped: (item, id) → field → value.
type Grouped = BTreeMap<(Option<String>, String), BTreeMap<String, RecordValue>>;

/// A participant as other laptops see them: no name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Organisation {
    organisation: String,
    authority: String,
    role: Option<String>,
}

fn fields<const N: usize>(pairs: [(&str, Option<String>); N]) -> BTreeMap<String, String> {
    pairs
        .into_iter()
        .filter_map(|(field, value)| Some((field.to_string(), value?)))
        .collect()
}

fn at_column(text: String) -> rusqlite::Result<DateTime<Utc>> {
    parse_timestamp(&text)
}

/// The records of `kind` as the rows of the workspace hold them (only `item`'s with `Some`).
pub(crate) fn rows_records(
    conn: &Connection,
    workspace_id: &str,
    kind: RecordKind,
    item: Option<&str>,
) -> Result<BTreeMap<RecordField, RecordValue>> {
    let rows = match kind {
        RecordKind::Comment => return comment_records(conn, workspace_id, item),
        RecordKind::Version => return version_records(conn, workspace_id),
        RecordKind::Baseline => baseline_rows(conn, workspace_id, item)?,
        RecordKind::Session => session_rows(conn, workspace_id)?,
        RecordKind::Position => position_rows(conn, workspace_id, item)?,
        RecordKind::Note => note_rows(conn, workspace_id, item)?,
        RecordKind::Resolution => resolution_rows(conn, workspace_id, item)?,
        RecordKind::Action => action_rows(conn, workspace_id, item)?,
    };
    let mut records = BTreeMap::new();
    for row in rows {
        for (field, value) in row.fields {
            let key = RecordField::new(kind, row.item.as_deref(), &row.id, &field);
            let value = RecordValue {
                value,
                device: String::new(),
                by: row.by.clone(),
                at: row.at,
            };
            records.insert(key, value);
        }
    }
    Ok(records)
}

fn baseline_rows(conn: &Connection, workspace_id: &str, item: Option<&str>) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, authority, status, instrument, evidence, gap, comment, at, by FROM baseline
         WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let rows = stmt.query_map(params![workspace_id, item], |r| {
        Ok(RowRecord {
            item: Some(r.get(0)?),
            id: r.get(1)?,
            fields: fields([
                ("status", Some(r.get(2)?)),
                ("instrument", r.get(3)?),
                ("evidence", r.get(4)?),
                ("gap", r.get(5)?),
                ("comment", r.get(6)?),
            ]),
            at: at_column(r.get(7)?)?,
            by: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The participants of a session as other laptops see them.
fn organisations(conn: &Connection, workspace_id: &str, session_id: &str) -> Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT organisation, authority, role FROM participant
         WHERE workspace_id = ?1 AND session_id = ?2 ORDER BY position",
    )?;
    let rows = stmt.query_map(params![workspace_id, session_id], |r| {
        Ok(Organisation {
            organisation: r.get(0)?,
            authority: r.get(1)?,
            role: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn session_rows(conn: &Connection, workspace_id: &str) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date, place, legacy_number, created_at, created_by FROM discussion_session
         WHERE workspace_id = ?1",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        let created: String = r.get(4)?;
        Ok(RowRecord {
            item: None,
            id: r.get(0)?,
            fields: fields([
                ("date", Some(r.get(1)?)),
                ("place", r.get(2)?),
                ("legacy_number", r.get::<_, Option<i64>>(3)?.map(|n| n.to_string())),
                ("created", Some(created.clone())),
            ]),
            at: at_column(created)?,
            by: r.get(5)?,
        })
    })?;
    let mut records = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    for record in &mut records {
        let list = organisations(conn, workspace_id, &record.id)?;
        // A list of strings and options always serialises.
        let json = serde_json::to_string(&list).unwrap_or_default();
        record.fields.insert("organisations".to_string(), json);
    }
    Ok(records)
}

fn position_rows(conn: &Connection, workspace_id: &str, item: Option<&str>) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, session_id, authority, stance, note, at, by FROM authority_position
         WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let rows = stmt.query_map(params![workspace_id, item], |r| {
        Ok(RowRecord {
            item: Some(r.get(0)?),
            id: format!("{}.{}", r.get::<_, String>(1)?, r.get::<_, String>(2)?),
            fields: fields([("stance", Some(r.get(3)?)), ("note", r.get(4)?)]),
            at: at_column(r.get(5)?)?,
            by: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn note_rows(conn: &Connection, workspace_id: &str, item: Option<&str>) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, session_id, note, at, by FROM minute_note
         WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let rows = stmt.query_map(params![workspace_id, item], |r| {
        Ok(RowRecord {
            item: Some(r.get(0)?),
            id: r.get(1)?,
            fields: fields([("text", Some(r.get(2)?))]),
            at: at_column(r.get(3)?)?,
            by: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn resolution_rows(conn: &Connection, workspace_id: &str, item: Option<&str>) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, uid, session_id, resolution, conditions, status_before, status_after, at, by
         FROM resolution WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let rows = stmt.query_map(params![workspace_id, item], |r| {
        let at: String = r.get(7)?;
        Ok(RowRecord {
            item: Some(r.get(0)?),
            id: r.get(1)?,
            fields: fields([
                ("session", Some(r.get(2)?)),
                ("resolution", Some(r.get(3)?)),
                ("conditions", r.get(4)?),
                ("status_before", Some(r.get(5)?)),
                ("status_after", Some(r.get(6)?)),
                ("created", Some(at.clone())),
            ]),
            at: at_column(at)?,
            by: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn action_rows(conn: &Connection, workspace_id: &str, item: Option<&str>) -> Result<Vec<RowRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, id, session_id, what, due, legacy_number, at, by, owner FROM action_item
         WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let rows = stmt.query_map(params![workspace_id, item], |r| {
        let at: String = r.get(6)?;
        let record = RowRecord {
            item: Some(r.get(0)?),
            id: r.get(1)?,
            fields: fields([
                ("session", Some(r.get(2)?)),
                ("what", Some(r.get(3)?)),
                ("due", Some(r.get(4)?)),
                ("legacy_number", r.get::<_, Option<i64>>(5)?.map(|n| n.to_string())),
                ("created", Some(at.clone())),
            ]),
            at: at_column(at)?,
            by: r.get(7)?,
        };
        Ok((record, r.get::<_, String>(8)?))
    })?;
    let mut records = Vec::new();
    for row in rows {
        let (mut record, owner) = row?;
        let session = record.fields["session"].clone();
        if let Some(organisation) = owner_organisation(conn, workspace_id, &session, &owner)? {
            record.fields.insert("owner_organisation".to_string(), organisation);
        }
        records.push(record);
    }
    Ok(records)
}

/// What other laptops see of an action's owner: the organisation of the session's participant
/// it names, or the owner itself when it is an authority's code or name; none otherwise (a
/// name never leaves this laptop).
fn owner_organisation(conn: &Connection, workspace_id: &str, session: &str, owner: &str) -> Result<Option<String>> {
    let organisation: Option<String> = conn
        .query_row(
            "SELECT organisation FROM participant
             WHERE workspace_id = ?1 AND session_id = ?2 AND name = ?3 ORDER BY position LIMIT 1",
            params![workspace_id, session, owner],
            |r| r.get(0),
        )
        .optional()?;
    if organisation.is_some() {
        return Ok(organisation);
    }
    let authority: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM authority WHERE workspace_id = ?1 AND (code = ?2 OR name = ?2))",
        params![workspace_id, owner],
        |r| r.get(0),
    )?;
    Ok(authority.then(|| owner.to_string()))
}

/// The edits that bring the document's records of `kind` (only `item`'s with `Some`) to what
/// the rows hold: one `SetRecord` per field that differs, a cleared field for one the rows lack.
pub(crate) fn record_edits(
    conn: &Connection,
    workspace_id: &str,
    replica: &ReplicatedWorkspace,
    kind: RecordKind,
    item: Option<&str>,
) -> Result<Vec<Edit>> {
    let rows = rows_records(conn, workspace_id, kind, item)?;
    let mut document = replica.records(Some(kind))?;
    if let Some(item) = item {
        document.retain(|field, _| field.item.as_deref() == Some(item));
    }
    let mut edits = Vec::new();
    for (field, value) in &rows {
        if document.get(field).map(|v| &v.value) != Some(&value.value) {
            edits.push(Edit::SetRecord {
                field: field.clone(),
                value: Some(value.value.clone()),
            });
        }
    }
    for field in document.keys().filter(|field| !rows.contains_key(*field)) {
        edits.push(Edit::SetRecord {
            field: field.clone(),
            value: None,
        });
    }
    Ok(edits)
}

fn group(records: &BTreeMap<RecordField, RecordValue>, kind: RecordKind) -> Grouped {
    let mut grouped = Grouped::new();
    for (field, value) in records.iter().filter(|(field, _)| field.kind == kind) {
        grouped
            .entry((field.item.clone(), field.id.clone()))
            .or_default()
            .insert(field.field.clone(), value.clone());
    }
    grouped
}

/// Writes the rows of the discussion and baseline records, the reviewers' comments and the
/// circulated versions of a merged state where they differ from it. A record that lacks a
/// field its row cannot be without is left out, never guessed.
pub(crate) fn write_records(
    conn: &Connection,
    workspace_id: &str,
    records: &BTreeMap<RecordField, RecordValue>,
) -> Result<()> {
    for kind in DISCUSSION_KINDS.into_iter().chain(REVIEW_KINDS) {
        let wanted = group(records, kind);
        let current = group(&rows_records(conn, workspace_id, kind, None)?, kind);
        let text = |fields: &BTreeMap<String, RecordValue>| -> BTreeMap<String, String> {
            fields.iter().map(|(f, v)| (f.clone(), v.value.clone())).collect()
        };
        for ((item, id), fields) in &wanted {
            if current.get(&(item.clone(), id.clone())).map(text) == Some(text(fields)) {
                continue;
            }
            let item = item.as_deref();
            match kind {
                RecordKind::Comment => write_comment(conn, workspace_id, item, id, fields)?,
                RecordKind::Version => write_version(conn, workspace_id, id, fields)?,
                _ => write_record(conn, workspace_id, kind, item, id, fields)?,
            }
        }
        for (item, id) in current.keys().filter(|key| !wanted.contains_key(*key)) {
            delete_record(conn, workspace_id, kind, item.as_deref(), id)?;
        }
    }
    Ok(())
}

/// The text of a field, or `None`.
fn get<'a>(fields: &'a BTreeMap<String, RecordValue>, field: &str) -> Option<&'a str> {
    fields.get(field).map(|v| v.value.as_str())
}

fn write_record(
    conn: &Connection,
    workspace_id: &str,
    kind: RecordKind,
    item: Option<&str>,
    id: &str,
    fields: &BTreeMap<String, RecordValue>,
) -> Result<()> {
    // The field whose write says who made the record and when.
    let main = match kind {
        RecordKind::Baseline => "status",
        RecordKind::Session => "date",
        RecordKind::Position => "stance",
        RecordKind::Note => "text",
        RecordKind::Resolution => "resolution",
        RecordKind::Action => "what",
        RecordKind::Comment | RecordKind::Version => return Ok(()),
    };
    let Some(origin) = fields.get(main) else {
        return Ok(());
    };
    let at = timestamp(origin.at);
    let by = origin.by.as_str();
    let created = get(fields, "created").unwrap_or(&at).to_string();
    let legacy = get(fields, "legacy_number").and_then(|n| n.parse::<i64>().ok());
    // Every kind but the session is about an item.
    if kind != RecordKind::Session && item.is_none() {
        return Ok(());
    }
    let item = item.unwrap_or_default();
    match kind {
        RecordKind::Baseline => {
            conn.execute(
                "INSERT OR REPLACE INTO baseline (workspace_id, item_id, authority, status, instrument, evidence, gap,
                     comment, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    workspace_id,
                    item,
                    id,
                    get(fields, "status"),
                    get(fields, "instrument"),
                    get(fields, "evidence"),
                    get(fields, "gap"),
                    get(fields, "comment"),
                    at,
                    by
                ],
            )?;
        }
        RecordKind::Session => {
            let Some(date) = get(fields, "date") else { return Ok(()) };
            let creator = fields.get("created").unwrap_or(origin);
            let facilitator = format!("({})", creator.device);
            conn.execute(
                "INSERT INTO discussion_session (workspace_id, id, date, place, facilitator, legacy_number, created_at,
                     created_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (workspace_id, id) DO UPDATE SET date = excluded.date, place = excluded.place",
                params![
                    workspace_id,
                    id,
                    date,
                    get(fields, "place"),
                    facilitator,
                    legacy,
                    created,
                    creator.by
                ],
            )?;
            let wanted: Vec<Organisation> = match get(fields, "organisations") {
                Some(json) => serde_json::from_str(json).map_err(|e| SyncError::UnexpectedValue {
                    key: format!("session {id}"),
                    expected: "a list of participants' organisations",
                    found: e.to_string(),
                })?,
                None => Vec::new(),
            };
            write_organisations(conn, workspace_id, id, &wanted)?;
        }
        RecordKind::Position => {
            let Some((session, authority)) = id.rsplit_once('.') else {
                return Ok(());
            };
            conn.execute(
                "INSERT OR REPLACE INTO authority_position (workspace_id, session_id, item_id, authority, stance, note,
                     at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    workspace_id,
                    session,
                    item,
                    authority,
                    get(fields, "stance"),
                    get(fields, "note"),
                    at,
                    by
                ],
            )?;
        }
        RecordKind::Note => {
            conn.execute(
                "INSERT OR REPLACE INTO minute_note (workspace_id, session_id, item_id, note, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![workspace_id, id, item, get(fields, "text"), at, by],
            )?;
        }
        RecordKind::Resolution => {
            let (Some(session), Some(before), Some(after)) = (
                get(fields, "session"),
                get(fields, "status_before"),
                get(fields, "status_after"),
            ) else {
                return Ok(());
            };
            conn.execute(
                "INSERT INTO resolution (uid, workspace_id, session_id, item_id, resolution, conditions, status_before,
                     status_after, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (uid) DO UPDATE SET resolution = excluded.resolution,
                     conditions = excluded.conditions, status_before = excluded.status_before,
                     status_after = excluded.status_after",
                params![
                    id,
                    workspace_id,
                    session,
                    item,
                    get(fields, "resolution"),
                    get(fields, "conditions"),
                    before,
                    after,
                    created,
                    by
                ],
            )?;
        }
        RecordKind::Action => {
            let (Some(session), Some(what), Some(due)) =
                (get(fields, "session"), get(fields, "what"), get(fields, "due"))
            else {
                return Ok(());
            };
            let existing: Option<String> = conn
                .query_row(
                    "SELECT owner FROM action_item WHERE workspace_id = ?1 AND id = ?2",
                    params![workspace_id, id],
                    |r| r.get(0),
                )
                .optional()?;
            let seen = get(fields, "owner_organisation");
            // The owner typed here stays while it still reads as the same organisation.
            let owner = match existing {
                Some(owner) if owner_organisation(conn, workspace_id, session, &owner)?.as_deref() == seen => owner,
                _ => seen.map_or_else(|| format!("({})", origin.device), str::to_string),
            };
            conn.execute(
                "INSERT OR REPLACE INTO action_item (workspace_id, id, legacy_number, session_id, item_id, what, owner,
                     due, at, by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![workspace_id, id, legacy, session, item, what, owner, due, created, by],
            )?;
        }
        RecordKind::Comment | RecordKind::Version => {}
    }
    Ok(())
}

/// Rewrites a session's participants to the organisations another laptop sent, keeping the
/// name of each participant here whose organisation, authority and role are unchanged.
fn write_organisations(conn: &Connection, workspace_id: &str, session_id: &str, wanted: &[Organisation]) -> Result<()> {
    if organisations(conn, workspace_id, session_id)? == wanted {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT name, organisation, authority, role FROM participant
         WHERE workspace_id = ?1 AND session_id = ?2 ORDER BY position",
    )?;
    let mut here: Vec<(String, Organisation)> = stmt
        .query_map(params![workspace_id, session_id], |r| {
            let organisation = Organisation {
                organisation: r.get(1)?,
                authority: r.get(2)?,
                role: r.get(3)?,
            };
            Ok((r.get(0)?, organisation))
        })?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute(
        "DELETE FROM participant WHERE workspace_id = ?1 AND session_id = ?2",
        params![workspace_id, session_id],
    )?;
    for (position, organisation) in wanted.iter().enumerate() {
        let name = match here.iter().position(|(_, o)| o == organisation) {
            Some(index) => here.remove(index).0,
            None => organisation.organisation.clone(),
        };
        conn.execute(
            "INSERT INTO participant (workspace_id, session_id, position, name, organisation, authority, role)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                workspace_id,
                session_id,
                position as i64,
                name,
                organisation.organisation,
                organisation.authority,
                organisation.role
            ],
        )?;
    }
    Ok(())
}

fn delete_record(conn: &Connection, workspace_id: &str, kind: RecordKind, item: Option<&str>, id: &str) -> Result<()> {
    match kind {
        RecordKind::Baseline => {
            conn.execute(
                "DELETE FROM baseline WHERE workspace_id = ?1 AND item_id = ?2 AND authority = ?3",
                params![workspace_id, item, id],
            )?;
        }
        RecordKind::Position => {
            if let Some((session, authority)) = id.rsplit_once('.') {
                conn.execute(
                    "DELETE FROM authority_position
                     WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3 AND authority = ?4",
                    params![workspace_id, session, item, authority],
                )?;
            }
        }
        RecordKind::Note => {
            conn.execute(
                "DELETE FROM minute_note WHERE workspace_id = ?1 AND session_id = ?2 AND item_id = ?3",
                params![workspace_id, id, item],
            )?;
        }
        RecordKind::Resolution => {
            conn.execute(
                "DELETE FROM resolution WHERE workspace_id = ?1 AND uid = ?2",
                params![workspace_id, id],
            )?;
        }
        RecordKind::Action => {
            conn.execute(
                "DELETE FROM action_item WHERE workspace_id = ?1 AND id = ?2",
                params![workspace_id, id],
            )?;
        }
        // Sessions are never deleted (records refer to them); comments and versions are kept
        // by their own modules.
        RecordKind::Session | RecordKind::Comment | RecordKind::Version => {}
    }
    Ok(())
}
