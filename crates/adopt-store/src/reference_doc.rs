//! The workspace's reference document (the authorities' house style): the file itself is kept
//! in the database with its original name, so the draft looks the same on every machine.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use crate::error::{Result, StoreError};
use crate::history::record;
use crate::store::Store;

/// A stored reference document: its original file name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceDoc {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Store {
    /// Stores (`Some`) or removes (`None`) the workspace's reference document, with a history
    /// line naming the files. Returns whether anything changed.
    pub fn set_reference_doc(
        &mut self,
        workspace_id: &str,
        doc: Option<(&str, &[u8])>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<bool> {
        let tx = self.edit()?;
        let old: Option<String> = tx
            .query_row(
                "SELECT reference_doc_name FROM workspace WHERE id = ?1",
                [workspace_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
        if old.is_none() && doc.is_none() {
            return Ok(false);
        }
        let (name, bytes) = match doc {
            Some((name, bytes)) => (Some(name), Some(bytes)),
            None => (None, None),
        };
        tx.execute(
            "UPDATE workspace SET reference_doc = ?2, reference_doc_name = ?3 WHERE id = ?1",
            params![workspace_id, bytes, name],
        )?;
        record(&tx, workspace_id, None, "reference_doc", old.as_deref(), name, at, by)?;
        tx.commit()?;
        Ok(true)
    }

    /// The workspace's reference document, if it has one.
    pub fn reference_doc(&self, workspace_id: &str) -> Result<Option<ReferenceDoc>> {
        let row: Option<(Option<String>, Option<Vec<u8>>)> = self
            .conn
            .query_row(
                "SELECT reference_doc_name, reference_doc FROM workspace WHERE id = ?1",
                [workspace_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match row {
            None => Err(StoreError::WorkspaceNotFound(workspace_id.to_string())),
            Some((Some(name), Some(bytes))) => Ok(Some(ReferenceDoc { name, bytes })),
            Some(_) => Ok(None),
        }
    }

    /// The file name of the workspace's reference document, without reading the file.
    pub fn reference_doc_name(&self, workspace_id: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT reference_doc_name FROM workspace WHERE id = ?1",
                [workspace_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use adopt_domain::{Authority, AuthorityKind, NewWorkspace};
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_reference_document_is_stored_replaced_and_cleared_with_history_lines() {
        let at = Utc.with_ymd_and_hms(2025, 6, 5, 9, 0, 0).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let new = NewWorkspace {
            name: "Lesotho".into(),
            jurisdiction: "Lesotho".into(),
            authorities: vec![Authority {
                code: "LCA".into(),
                name: "Lesotho Communications Authority".into(),
                kind: AuthorityKind::TelecomRegulator,
            }],
            template: "joint-directive".into(),
        };
        let ws = store.create_workspace(&new, at, "s").unwrap().id;
        assert_eq!(store.reference_doc(&ws).unwrap(), None);
        assert!(
            !store.set_reference_doc(&ws, None, at, "s").unwrap(),
            "nothing to clear"
        );
        assert!(
            store
                .set_reference_doc(&ws, Some(("house.docx", b"PK1")), at, "s")
                .unwrap()
        );
        assert!(
            store
                .set_reference_doc(&ws, Some(("house-2.docx", b"PK2")), at, "s")
                .unwrap()
        );
        let doc = store.reference_doc(&ws).unwrap().unwrap();
        assert_eq!((doc.name.as_str(), doc.bytes.as_slice()), ("house-2.docx", &b"PK2"[..]));
        assert_eq!(store.reference_doc_name(&ws).unwrap().as_deref(), Some("house-2.docx"));
        assert!(store.set_reference_doc(&ws, None, at, "s").unwrap());
        assert_eq!(store.reference_doc(&ws).unwrap(), None);
        let lines: Vec<(Option<String>, Option<String>)> = store
            .history(&ws, None)
            .unwrap()
            .into_iter()
            .filter(|h| h.field == "reference_doc")
            .map(|h| (h.old, h.new))
            .collect();
        assert_eq!(
            lines,
            [
                (None, Some("house.docx".into())),
                (Some("house.docx".into()), Some("house-2.docx".into())),
                (Some("house-2.docx".into()), None)
            ]
        );
    }
}
