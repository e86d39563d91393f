use std::collections::HashSet;

use adopt_domain::{DecisionField, HistoryEntry, PropertyField};
use adopt_sync::{Edit, HistoryLine};
use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::{Connection, params};

use crate::columns::{parse_timestamp, timestamp};
use crate::device::random_hex;
use crate::error::Result;
use crate::store::Store;

/// Appends one line to the history, inside the caller's transaction.
#[allow(clippy::too_many_arguments)] // one column each; a struct would only rename them
pub(crate) fn record(
    conn: &Connection,
    workspace_id: &str,
    item: Option<&str>,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    insert_new(conn, workspace_id, item, field, old, new, at, by)?;
    Ok(())
}

/// Appends a line of a replicated field (a property, the selection, a decision field, a
/// conflict's resolution) and returns the edit that puts the same line, id and device
/// included, into the workspace's document, so every peer's history gets it.
#[allow(clippy::too_many_arguments)] // one column each, as `record`
pub(crate) fn record_replicated(
    conn: &Connection,
    workspace_id: &str,
    item: Option<&str>,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<Edit> {
    let (id, device) = insert_new(conn, workspace_id, item, field, old, new, at, by)?;
    Ok(Edit::AppendHistory(HistoryLine {
        id,
        item: item.map(str::to_string),
        field: field.to_string(),
        old: old.map(str::to_string),
        new: new.map(str::to_string),
        by: by.to_string(),
        // As the row keeps it, so the line reads the same on every laptop.
        at: at.trunc_subsecs(0),
        device,
    }))
}

/// Inserts a new line with a fresh id; returns the id and the device name it was written with.
#[allow(clippy::too_many_arguments)] // one column each, as `record`
fn insert_new(
    conn: &Connection,
    workspace_id: &str,
    item: Option<&str>,
    field: &str,
    old: Option<&str>,
    new: Option<&str>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<(String, Option<String>)> {
    let id = random_hex(32)?;
    // The line names the device that writes it, read in the same transaction.
    let device = conn.query_row(
        "INSERT INTO history (line_id, workspace_id, item_id, field, old, new, at, by, device)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT name FROM device)) RETURNING device",
        params![id, workspace_id, item, field, old, new, timestamp(at), by],
        |r| r.get(0),
    )?;
    Ok((id, device))
}

/// Adds the lines another laptop's document brought that this workspace lacks (by line id),
/// each with its own device, author and time. Returns how many were added.
pub(crate) fn add_missing(conn: &Connection, workspace_id: &str, lines: &[HistoryLine]) -> Result<usize> {
    let mut stmt = conn.prepare("SELECT line_id FROM history WHERE workspace_id = ?1")?;
    let known: HashSet<String> = stmt
        .query_map([workspace_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut added = 0;
    for line in lines.iter().filter(|line| !known.contains(&line.id)) {
        conn.execute(
            "INSERT INTO history (line_id, workspace_id, item_id, field, old, new, at, by, device)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                line.id,
                workspace_id,
                line.item,
                line.field,
                line.old,
                line.new,
                timestamp(line.at),
                line.by,
                line.device
            ],
        )?;
        added += 1;
    }
    Ok(added)
}

/// The workspace's lines of replicated fields, oldest first: what a document made from the
/// rows of a workspace older than replication starts with.
pub(crate) fn replicated_lines(conn: &Connection, workspace_id: &str) -> Result<Vec<HistoryLine>> {
    let mut stmt = conn.prepare(
        "SELECT line_id, item_id, field, old, new, by, at, device FROM history
         WHERE workspace_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        Ok(HistoryLine {
            id: r.get(0)?,
            item: r.get(1)?,
            field: r.get(2)?,
            old: r.get(3)?,
            new: r.get(4)?,
            by: r.get(5)?,
            at: parse_timestamp(&r.get::<_, String>(6)?)?,
            device: r.get(7)?,
        })
    })?;
    let lines = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines
        .into_iter()
        .filter(|line| is_replicated_field(line.item.as_deref(), &line.field))
        .collect())
}

/// The workspace properties a user edits, as the history names them.
const PROPERTIES: [PropertyField; 7] = [
    PropertyField::Name,
    PropertyField::DocVersion,
    PropertyField::Reference,
    PropertyField::PreparedBy,
    PropertyField::Event,
    PropertyField::Template,
    PropertyField::Language,
];

/// Whether a history line records a replicated field (the only lines a document carries):
/// the workspace's creation and properties, the selection, decision fields, the baseline, the
/// discussion's sessions, positions, notes, resolutions and actions, reviewers' comments,
/// circulated versions, and what resolving a conflict wrote. What stays on this laptop stays
/// out: participants' names, the agenda and parked items, archiving.
pub(crate) fn is_replicated_field(item: Option<&str>, field: &str) -> bool {
    const RECORDS: [&str; 8] = [
        "baseline ",
        "position ",
        "note ",
        "resolution ",
        "action ",
        "session",
        "version",
        "review",
    ];
    let record = RECORDS.iter().any(|prefix| field.starts_with(prefix)) || field == "conditions";
    // A conflict's resolution on a record names it as `KIND.ID.FIELD`.
    let settled = [
        "baseline.",
        "position.",
        "note.",
        "resolution.",
        "action.",
        "session.",
        "comment.",
        "version.",
    ]
    .iter()
    .any(|prefix| field.starts_with(prefix));
    record
        || settled
        || match item {
            Some(_) => {
                field == "selection" || field == "selected" || DecisionField::ALL.iter().any(|f| f.code() == field)
            }
            None => {
                field == "created" || field.starts_with("authority.") || PROPERTIES.iter().any(|p| p.code() == field)
            }
        }
}

/// Copies a line from a workspace file into a new workspace, keeping its id and device (a line
/// from a file without ids gets a new one).
pub(crate) fn copy_line(conn: &Connection, workspace_id: &str, h: &HistoryEntry) -> Result<()> {
    let id = if is_line_id(&h.id) {
        h.id.clone()
    } else {
        random_hex(32)?
    };
    conn.execute(
        "INSERT INTO history (line_id, workspace_id, item_id, field, old, new, at, by, device)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            workspace_id,
            h.item,
            h.field,
            h.old,
            h.new,
            timestamp(h.at),
            h.by,
            h.device
        ],
    )?;
    Ok(())
}

fn is_line_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Store {
    /// The change log of a workspace, oldest first; only one item's lines when `item` is given.
    pub fn history(&self, workspace_id: &str, item: Option<&str>) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT at, by, item_id, field, old, new, line_id, device FROM history
             WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2) ORDER BY id",
        )?;
        let rows = stmt.query_map(params![workspace_id, item], |r| {
            Ok(HistoryEntry {
                id: r.get(6)?,
                device: r.get(7)?,
                at: parse_timestamp(&r.get::<_, String>(0)?)?,
                by: r.get(1)?,
                item: r.get(2)?,
                field: r.get(3)?,
                old: r.get(4)?,
                new: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_workspace() -> Store {
        let store = Store::open_in_memory().unwrap();
        store
            .conn
            .execute(
                "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by)
                 VALUES ('w1', 'Lesotho', 'Lesotho', 'joint-directive', '2025-06-01T00:00:00Z', 'a')",
                [],
            )
            .unwrap();
        store
    }

    fn at() -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, 1, 9, 0, 0).unwrap()
    }

    #[test]
    fn each_line_gets_its_own_random_id_and_the_name_of_the_device_that_wrote_it() {
        let mut store = store_with_workspace();
        record(&store.conn, "w1", None, "name", None, Some("Lesotho"), at(), "ann").unwrap();
        store.set_device_name("CBL laptop", at()).unwrap();
        record(
            &store.conn,
            "w1",
            Some("SIM-08"),
            "status",
            None,
            Some("adopt"),
            at(),
            "ann",
        )
        .unwrap();
        let lines = store.history("w1", None).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].device, None, "written before the device had a name");
        assert_eq!(lines[1].device.as_deref(), Some("CBL laptop"));
        assert!(lines.iter().all(|l| is_line_id(&l.id)), "{lines:?}");
        assert_ne!(lines[0].id, lines[1].id);
    }

    #[test]
    fn a_copied_line_keeps_its_id_and_device_and_a_line_without_id_gets_one() {
        let store = store_with_workspace();
        let line = |id: &str| HistoryEntry {
            id: id.to_string(),
            device: Some("LCA laptop".to_string()),
            at: at(),
            by: "ann".to_string(),
            item: Some("REG-01".to_string()),
            field: "status".to_string(),
            old: None,
            new: Some("adopt".to_string()),
        };
        let kept = "0123456789abcdef0123456789abcdef";
        copy_line(&store.conn, "w1", &line(kept)).unwrap();
        copy_line(&store.conn, "w1", &line("")).unwrap();
        let lines = store.history("w1", None).unwrap();
        assert_eq!(lines[0], line(kept), "the same line, id and device included");
        assert!(is_line_id(&lines[1].id) && lines[1].id != kept, "{:?}", lines[1]);
        assert_eq!(lines[1].device.as_deref(), Some("LCA laptop"));
        assert!(
            copy_line(&store.conn, "w1", &line(kept)).is_err(),
            "one line id per workspace"
        );
    }
}
