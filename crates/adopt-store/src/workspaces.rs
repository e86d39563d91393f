use adopt_domain::{Authority, AuthorityKind, Language, NewWorkspace, PropertyField, Workspace, WorkspaceSummary};
use adopt_sync::Edit;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

use crate::columns::{parse_code, parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::history::{record, record_replicated};
use crate::replica::replicate;
use crate::store::Store;

/// Letters and digits that cannot be mistaken for each other when read aloud or copied by hand.
const ID_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const ID_LENGTH: usize = 6;

impl Store {
    /// Creates an English workspace from a validated [`NewWorkspace`] and returns it with its
    /// new id.
    pub fn create_workspace(&mut self, new: &NewWorkspace, at: DateTime<Utc>, by: &str) -> Result<Workspace> {
        self.create_workspace_in(new, Language::En, at, by)
    }

    /// Creates a workspace whose documents are in `language`.
    pub fn create_workspace_in(
        &mut self,
        new: &NewWorkspace,
        language: Language,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Workspace> {
        let tx = self.edit()?;
        if name_owner(&tx, &new.name)?.is_some() {
            return Err(StoreError::NameTaken(new.name.clone()));
        }
        let id = fresh_id(&tx)?;
        tx.execute(
            "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                new.name,
                new.jurisdiction,
                new.template,
                timestamp(at),
                by,
                language.code()
            ],
        )?;
        for (position, authority) in new.authorities.iter().enumerate() {
            tx.execute(
                "INSERT INTO authority (workspace_id, code, name, kind, position) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    authority.code,
                    authority.name,
                    authority.kind.code(),
                    position as i64
                ],
            )?;
        }
        record(&tx, &id, None, "created", None, Some(&new.name), at, by)?;
        if language != Language::default() {
            record(&tx, &id, None, "language", None, Some(language.code()), at, by)?;
        }
        // The replica is born with the workspace, made from its rows and the line above, so
        // every peer shares its first change.
        replicate(&tx, &id, &[], at, by)?;
        let workspace = load(&tx, &id)?.expect("inserted above");
        tx.commit()?;
        Ok(workspace)
    }

    /// Finds a workspace by id first, then by name (case-insensitively).
    pub fn find_workspace(&self, key: &str) -> Result<Workspace> {
        let key = key.trim();
        let id = match self
            .conn
            .query_row("SELECT id FROM workspace WHERE id = ?1", [key], |r| r.get(0))
            .optional()?
        {
            Some(id) => id,
            None => name_owner(&self.conn, key)?.ok_or_else(|| StoreError::WorkspaceNotFound(key.to_string()))?,
        };
        load(&self.conn, &id)?.ok_or_else(|| StoreError::WorkspaceNotFound(key.to_string()))
    }

    /// Every workspace, oldest first, with its progress.
    pub fn list_workspaces(&self) -> Result<Vec<WorkspaceSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT w.id, w.name, w.jurisdiction, w.created_at,
                    (SELECT group_concat(code, ',') FROM
                        (SELECT code FROM authority a WHERE a.workspace_id = w.id ORDER BY position)),
                    (SELECT count(*) FROM selection s WHERE s.workspace_id = w.id),
                    (SELECT count(*) FROM selection s WHERE s.workspace_id = w.id AND s.status <> 'open'),
                    w.archived_at IS NOT NULL
             FROM workspace w ORDER BY w.created_at, w.name",
        )?;
        let rows = stmt.query_map([], |r| {
            let authorities: Option<String> = r.get(4)?;
            Ok(WorkspaceSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                jurisdiction: r.get(2)?,
                created_at: parse_timestamp(&r.get::<_, String>(3)?)?,
                authorities: authorities
                    .map(|a| a.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
                selected: r.get(5)?,
                decided: r.get(6)?,
                archived: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets document properties of a workspace; `None` empties an optional property.
    /// Returns the workspace as it is afterwards.
    pub fn set_properties(
        &mut self,
        workspace_id: &str,
        changes: &[(PropertyField, Option<String>)],
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Workspace> {
        let tx = self.edit()?;
        let before = load(&tx, workspace_id)?.ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
        let mut edits = Vec::new();
        for (field, value) in changes {
            let old = match field {
                PropertyField::Name => Some(before.name.clone()),
                PropertyField::Template => Some(before.template.clone()),
                PropertyField::DocVersion => before.doc_version.clone(),
                PropertyField::Reference => before.reference.clone(),
                PropertyField::PreparedBy => before.prepared_by.clone(),
                PropertyField::Event => before.event.clone(),
                PropertyField::Language => Some(before.language.code().to_string()),
            };
            if old == *value {
                continue;
            }
            if *field == PropertyField::Name
                && let Some(name) = value
                && name_owner(&tx, name)?.is_some_and(|owner| owner != workspace_id)
            {
                return Err(StoreError::NameTaken(name.clone()));
            }
            // The column name comes from a closed enum, never from input.
            let sql = format!("UPDATE workspace SET {} = ?1 WHERE id = ?2", field.code());
            tx.execute(&sql, params![value, workspace_id])?;
            let line = record_replicated(
                &tx,
                workspace_id,
                None,
                field.code(),
                old.as_deref(),
                value.as_deref(),
                at,
                by,
            )?;
            let edit = Edit::SetProperty {
                key: field.code().to_string(),
                value: value.clone(),
            };
            edits.extend([edit, line]);
        }
        replicate(&tx, workspace_id, &edits, at, by)?;
        let after = load(&tx, workspace_id)?.expect("exists, checked above");
        tx.commit()?;
        Ok(after)
    }
}

pub(crate) fn name_owner(conn: &rusqlite::Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT id FROM workspace WHERE name = ?1", [name.trim()], |r| r.get(0))
        .optional()?)
}

pub(crate) fn fresh_id(tx: &Transaction<'_>) -> Result<String> {
    loop {
        // The operating system's random source: ids made on two laptops must not follow the clock.
        let mut n = getrandom::u64().map_err(StoreError::NoRandomness)?;
        let id: String = (0..ID_LENGTH)
            .map(|_| {
                let c = ID_ALPHABET[(n % ID_ALPHABET.len() as u64) as usize];
                n /= ID_ALPHABET.len() as u64;
                c as char
            })
            .collect();
        let taken: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM workspace WHERE id = ?1)", [&id], |r| {
            r.get(0)
        })?;
        if !taken {
            return Ok(id);
        }
    }
}

pub(crate) fn load(conn: &rusqlite::Connection, id: &str) -> Result<Option<Workspace>> {
    let Some(mut workspace) = conn
        .query_row(
            "SELECT id, name, jurisdiction, template, doc_version, reference, prepared_by, event, created_at, created_by,
                    language
             FROM workspace WHERE id = ?1",
            [id],
            |r| {
                Ok(Workspace {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    jurisdiction: r.get(2)?,
                    template: r.get(3)?,
                    doc_version: r.get(4)?,
                    reference: r.get(5)?,
                    prepared_by: r.get(6)?,
                    event: r.get(7)?,
                    created_at: parse_timestamp(&r.get::<_, String>(8)?)?,
                    created_by: r.get(9)?,
                    language: parse_code::<Language>(&r.get::<_, String>(10)?)?,
                    authorities: Vec::new(),
                })
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    workspace.authorities = authorities(conn, id)?;
    Ok(Some(workspace))
}

pub(crate) fn authorities(conn: &rusqlite::Connection, workspace_id: &str) -> Result<Vec<Authority>> {
    let mut stmt = conn.prepare("SELECT code, name, kind FROM authority WHERE workspace_id = ?1 ORDER BY position")?;
    let rows = stmt.query_map([workspace_id], |r| {
        Ok(Authority {
            code: r.get(0)?,
            name: r.get(1)?,
            kind: parse_code::<AuthorityKind>(&r.get::<_, String>(2)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
