//! Whole workspaces: archiving, duplicating, and the records that export and import carry.

use adopt_domain::{Workspace, WorkspaceRecord};
use chrono::{DateTime, Utc};
use rusqlite::params;

use crate::baseline::{insert_answer, load_baseline};
use crate::columns::timestamp;
use crate::discussion::{insert_discussion, load_discussion};
use crate::error::{Result, StoreError};
use crate::history::{copy_line, record};
use crate::selections::insert_selection;
use crate::store::Store;
use crate::workspaces::{fresh_id, load, name_owner};

/// What a new workspace made from a record keeps of the record's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryCopy {
    /// Every line, as recorded (import: an exact copy).
    Keep,
    /// None: the copy starts its own history (duplicate).
    Fresh,
}

impl Store {
    /// Archives a workspace (kept, but out of the recent list) or brings it back.
    pub fn set_archived(&mut self, workspace_id: &str, archived: bool, at: DateTime<Utc>, by: &str) -> Result<()> {
        let tx = self.edit()?;
        let was: Option<String> = tx
            .query_row("SELECT archived_at FROM workspace WHERE id = ?1", [workspace_id], |r| {
                r.get(0)
            })
            .map_err(|_| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
        if was.is_some() == archived {
            return Ok(());
        }
        let value = archived.then(|| timestamp(at));
        tx.execute(
            "UPDATE workspace SET archived_at = ?1 WHERE id = ?2",
            params![value, workspace_id],
        )?;
        let (old, new) = if archived { ("no", "yes") } else { ("yes", "no") };
        record(&tx, workspace_id, None, "archived", Some(old), Some(new), at, by)?;
        tx.commit()?;
        Ok(())
    }

    /// A workspace with its items, decisions and whole history.
    pub fn workspace_record(&self, workspace_id: &str) -> Result<WorkspaceRecord> {
        let workspace =
            load(&self.conn, workspace_id)?.ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
        Ok(WorkspaceRecord {
            items: self.selected_items(workspace_id)?,
            history: self.history(workspace_id, None)?,
            discussion: load_discussion(&self.conn, workspace_id)?,
            baseline: load_baseline(&self.conn, workspace_id)?,
            workspace,
        })
    }

    /// Creates a new workspace, with a new id and the given name, holding what `source` holds.
    /// `note` is recorded as the new workspace's first history line ("imported", "duplicate of").
    pub fn insert_record(
        &mut self,
        source: &WorkspaceRecord,
        name: &str,
        history: HistoryCopy,
        note: (&str, &str),
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Workspace> {
        let tx = self.edit()?;
        if name_owner(&tx, name)?.is_some() {
            return Err(StoreError::NameTaken(name.to_string()));
        }
        let id = fresh_id(&tx)?;
        let w = &source.workspace;
        tx.execute(
            "INSERT INTO workspace (id, name, jurisdiction, template, doc_version, reference, prepared_by, event,
                 created_at, created_by, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                id,
                name,
                w.jurisdiction,
                w.template,
                w.doc_version,
                w.reference,
                w.prepared_by,
                w.event,
                timestamp(if history == HistoryCopy::Keep { w.created_at } else { at }),
                if history == HistoryCopy::Keep {
                    w.created_by.as_str()
                } else {
                    by
                },
                w.language.code(),
            ],
        )?;
        for (position, a) in w.authorities.iter().enumerate() {
            tx.execute(
                "INSERT INTO authority (workspace_id, code, name, kind, position) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, a.code, a.name, a.kind.code(), position as i64],
            )?;
        }
        for item in &source.items {
            insert_selection(&tx, &id, item)?;
        }
        insert_discussion(&tx, &id, &source.discussion)?;
        for answer in &source.baseline {
            insert_answer(&tx, &id, answer)?;
        }
        if history == HistoryCopy::Keep {
            for h in &source.history {
                copy_line(&tx, &id, h)?;
            }
        }
        record(&tx, &id, None, note.0, None, Some(note.1), at, by)?;
        let workspace = load(&tx, &id)?.expect("inserted above");
        tx.commit()?;
        Ok(workspace)
    }

    /// Whether a workspace of this name exists (compared case-insensitively).
    pub fn name_taken(&self, name: &str) -> Result<bool> {
        Ok(name_owner(&self.conn, name)?.is_some())
    }
}
