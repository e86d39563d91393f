use adopt_domain::HistoryEntry;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use crate::columns::{parse_timestamp, timestamp};
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
    conn.execute(
        "INSERT INTO history (workspace_id, item_id, field, old, new, at, by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![workspace_id, item, field, old, new, timestamp(at), by],
    )?;
    Ok(())
}

impl Store {
    /// The change log of a workspace, oldest first; only one item's lines when `item` is given.
    pub fn history(&self, workspace_id: &str, item: Option<&str>) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT at, by, item_id, field, old, new FROM history
             WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2) ORDER BY id",
        )?;
        let rows = stmt.query_map(params![workspace_id, item], |r| {
            Ok(HistoryEntry {
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
