//! Action items and minute notes: what was agreed to be done, and what was said.

use adopt_domain::{ActionInput, ActionItem};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::rows::{Topic, action_text, load_actions, session_on_selected};
use crate::columns::{date_text, timestamp};
use crate::device::ordered_id;
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::replica::replicate_records;
use crate::store::Store;
use adopt_sync::RecordKind;

impl Store {
    /// Adds an action item with a new global id ("a-" and 16 hex digits, see `ordered_id`); its
    /// display number follows from when it was made.
    pub fn add_action(
        &mut self,
        on: Topic<'_>,
        input: &ActionInput,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<ActionItem> {
        let tx = self.edit()?;
        let session = session_on_selected(&tx, on)?;
        let same_second: i64 = tx.query_row(
            "SELECT count(*) FROM action_item WHERE workspace_id = ?1 AND at = ?2",
            params![on.workspace, timestamp(at)],
            |r| r.get(0),
        )?;
        let id = ordered_id("a-", same_second)?;
        tx.execute(
            "INSERT INTO action_item (workspace_id, id, session_id, item_id, what, owner, due, at, by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                on.workspace,
                id,
                session.id,
                on.item,
                input.what,
                input.owner,
                date_text(input.due),
                timestamp(at),
                by
            ],
        )?;
        let text = action_text(&id, &input.what, input.due);
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
            .find(|a| a.id == id)
            .expect("inserted above");
        replicate_records(&tx, on.workspace, RecordKind::Action, Some(on.item), at, by)?;
        tx.commit()?;
        Ok(action)
    }

    /// Removes an action item (undo of adding it); the history keeps it.
    pub fn remove_action(&mut self, workspace_id: &str, id: &str, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let action = load_actions(&tx, workspace_id)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| StoreError::ActionNotFound(id.to_string()))?;
        tx.execute(
            "DELETE FROM action_item WHERE workspace_id = ?1 AND id = ?2",
            params![workspace_id, action.id],
        )?;
        let text = action_text(&action.id, &action.what, action.due);
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
        replicate_records(&tx, workspace_id, RecordKind::Action, Some(&action.item), at, by)?;
        tx.commit()?;
        Ok(())
    }

    /// Sets (or with `None` removes) the minute note on an item in a session.
    pub fn set_note(&mut self, on: Topic<'_>, note: Option<&str>, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let session = session_on_selected(&tx, on)?;
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
        replicate_records(&tx, on.workspace, RecordKind::Note, Some(on.item), at, by)?;
        tx.commit()?;
        Ok(())
    }
}
