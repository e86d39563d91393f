//! Removing participants' names on request: the discussion keeps their organisations.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::rows::load_session;
use crate::error::Result;
use crate::history::record;
use crate::store::Store;

impl Store {
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
}
