use adopt_domain::HistoryEntry;
use chrono::{DateTime, Utc};
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
    // The line names the device that writes it, read in the same transaction.
    conn.execute(
        "INSERT INTO history (line_id, workspace_id, item_id, field, old, new, at, by, device)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT name FROM device))",
        params![random_hex(32)?, workspace_id, item, field, old, new, timestamp(at), by],
    )?;
    Ok(())
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
