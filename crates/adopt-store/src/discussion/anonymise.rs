//! Removing participants' names on request: the discussion keeps their organisations, and every
//! circulated version is rendered again without the names, in the same transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Transaction, params};

use super::rows::load_session;
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::store::Store;
use crate::versions::{StoredVersion, VersionFiles, rewrite_versions};

impl Store {
    /// Replaces participants' names by their organisation, the facilitator's by "Facilitator",
    /// and action owners named after a participant by that participant's organisation.
    ///
    /// In the same transaction, `rewrite` is given each circulated version (with the versions
    /// before it and its record) and returns its record and files without the names, or `None`
    /// when it holds none; they replace the stored ones, so no copy of a name is left behind.
    /// A failed rewrite changes nothing at all. Returns how many names were removed.
    pub fn anonymise_participants<E: From<StoreError>>(
        &mut self,
        workspace_id: &str,
        at: DateTime<Utc>,
        by: &str,
        mut rewrite: impl FnMut(&StoredVersion, &[StoredVersion], &str) -> std::result::Result<Option<VersionFiles>, E>,
    ) -> std::result::Result<usize, E> {
        let tx = self.edit()?;
        let removed = anonymise_sessions(&tx, workspace_id)?;
        let versions = rewrite_versions(&tx, workspace_id, at, &mut rewrite)?;
        if removed > 0 || versions > 0 {
            let mut line = format!("{removed} names removed");
            if versions > 0 {
                line.push_str(&format!("; {versions} circulated versions rendered again without them"));
            }
            record(&tx, workspace_id, None, "participants", None, Some(&line), at, by)?;
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(removed)
    }
}

/// The live rows: returns how many names were replaced.
fn anonymise_sessions(tx: &Transaction<'_>, workspace_id: &str) -> Result<usize> {
    let sessions = {
        let mut stmt = tx.prepare("SELECT id FROM discussion_session WHERE workspace_id = ?1 AND anonymised = 0")?;
        stmt.query_map([workspace_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut removed = 0;
    for id in &sessions {
        let session = load_session(tx, workspace_id, id)?.expect("listed above");
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
    Ok(removed)
}
