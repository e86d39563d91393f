//! Laptops in sync (contract §9): a workspace sent as a `.dfs-sync` bundle and merged on the
//! other laptop, and the conflicts a person settles.

use std::path::Path;

use adopt_store::ReplicaImport;
use adopt_sync::{Bundle, ReplicatedWorkspace};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::export::write_file;
use crate::workbench::Workbench;

/// A bundle is the document of one workspace: far below this even with every item decided.
pub const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

/// What `sync export` wrote (contract §9 JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncExport {
    pub workspace: String,
    /// This laptop's device name, carried in the bundle.
    pub device: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What `sync import` did, or would do with a dry run (contract §9 JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncImport {
    pub workspace: String,
    pub created: bool,
    #[ts(type = "number")]
    pub fields_changed: usize,
    pub items_added: Vec<String>,
    pub items_removed: Vec<String>,
    /// Conflicts the merge raised that were not there before.
    #[ts(type = "number")]
    pub conflicts: usize,
}

/// The import with what the shells say beside the contract's counts: the app's merge preview
/// shows all of it, the CLI's JSON only the counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncImportReport {
    pub counts: SyncImport,
    /// The workspace's name on this laptop once merged (or as it would be, with a dry run).
    pub name: String,
    /// The workspace's name here, when its own was taken and got the sender's device name.
    pub renamed: Option<String>,
    /// The sending device's name.
    pub from_device: String,
}

/// One unresolved conflict (contract §9 JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConflictView {
    /// `ITEM/FIELD`, or `-/FIELD` for the workspace: the same on every device.
    pub id: String,
    /// The catalog id, or `None` for a workspace field.
    pub item: Option<String>,
    pub field: String,
    /// The shown value first, then by time, then device.
    pub values: Vec<ConflictValueView>,
}

/// One of a conflict's values, with the laptop, the person and the time that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConflictValueView {
    pub value: String,
    pub device: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// How a person settles a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictChoice {
    /// The Nth value of the list, counting from 1.
    Keep(usize),
    /// Another value, checked like the field itself.
    Value(String),
}

impl Workbench {
    /// Writes workspace `key` as a bundle at `out`.
    pub fn sync_export(&mut self, key: &str, out: &Path) -> Result<SyncExport> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        let (document, files) = self.store.replica_bundle(&workspace.id, at, &by)?;
        let device = self.device()?.name;
        let bytes = Bundle::new(&workspace.id, &device, document, files).to_bytes();
        write_file(out, &bytes)?;
        Ok(SyncExport {
            workspace: workspace.id,
            device,
            bytes: bytes.len() as u64,
        })
    }

    /// Merges the bundle at `path` into this database, creating its workspace when it is new
    /// here; with `dry_run`, says what would change and writes nothing.
    pub fn sync_import(&mut self, path: &Path, dry_run: bool) -> Result<SyncImportReport> {
        let read_error = |source| Error::SyncRead {
            path: path.to_path_buf(),
            source,
        };
        let size = std::fs::metadata(path).map_err(read_error)?.len();
        if size > MAX_BUNDLE_BYTES {
            return Err(Error::SyncTooLarge {
                path: path.to_path_buf(),
                bytes: size,
            });
        }
        let bytes = std::fs::read(path).map_err(read_error)?;
        self.sync_import_bytes(&bytes, dry_run)
    }

    /// [`Workbench::sync_import`] of a bundle already read (and within [`MAX_BUNDLE_BYTES`]).
    pub fn sync_import_bytes(&mut self, bytes: &[u8], dry_run: bool) -> Result<SyncImportReport> {
        let bundle = Bundle::from_bytes(bytes)?;
        // The header and the document must name the same workspace, so a bundle for X never
        // reaches Y whatever its header says.
        let device = self.device()?;
        let replica = ReplicatedWorkspace::load(&bundle.document, &device.id).map_err(adopt_store::StoreError::from)?;
        let named = replica.workspace_id().to_string();
        if named != bundle.workspace {
            return Err(Error::BundleMismatch {
                header: bundle.workspace,
                document: named,
            });
        }
        let (at, by) = (self.now(), self.by.clone());
        let catalog = self.catalog;
        let lookup = |id: &str| catalog.get(id);
        let import: ReplicaImport = self.store.import_replica(
            &bundle.document,
            &bundle.blobs,
            &bundle.device,
            &lookup,
            dry_run,
            at,
            &by,
        )?;
        // A dry run that would create the workspace leaves no row to read its name from: the
        // bundle's document holds it.
        let name = match (&import.renamed, import.created) {
            (Some(renamed), _) => renamed.clone(),
            (None, true) => replica
                .state()
                .map_err(adopt_store::StoreError::from)?
                .properties
                .get("name")
                .cloned()
                .unwrap_or_default(),
            (None, false) => self.store.find_workspace(&import.workspace)?.name,
        };
        Ok(SyncImportReport {
            name,
            counts: SyncImport {
                workspace: import.workspace,
                created: import.created,
                fields_changed: import.fields_changed,
                items_added: import.items_added,
                items_removed: import.items_removed,
                conflicts: import.conflicts,
            },
            renamed: import.renamed,
            from_device: bundle.device,
        })
    }
}

impl Workbench {
    /// The workspace's unresolved conflicts, each value with its device, author and time.
    pub fn conflicts_list(&self, key: &str) -> Result<Vec<ConflictView>> {
        let workspace = self.store.find_workspace(key)?;
        let conflicts = self.store.conflicts(&workspace.id)?;
        Ok(conflicts
            .into_iter()
            .map(|conflict| {
                let (item, field) = conflict.id.split_once('/').unwrap_or(("-", conflict.id.as_str()));
                ConflictView {
                    item: (item != "-").then(|| item.to_string()),
                    field: field.to_string(),
                    values: conflict
                        .values
                        .into_iter()
                        .map(|v| ConflictValueView {
                            value: v.value,
                            device: v.device,
                            by: v.by,
                            at: v.at,
                        })
                        .collect(),
                    id: conflict.id,
                }
            })
            .collect())
    }

    /// Settles a conflict with one of its values or another one; returns the value kept.
    pub fn conflicts_resolve(&mut self, key: &str, conflict: &str, choice: &ConflictChoice) -> Result<String> {
        let workspace = self.store.find_workspace(key)?;
        let value = match choice {
            ConflictChoice::Value(text) => text.trim().to_string(),
            ConflictChoice::Keep(n) => {
                let listed = self.conflicts_list(&workspace.id)?;
                let found = listed.into_iter().find(|c| c.id == conflict).ok_or_else(|| {
                    adopt_store::StoreError::from(adopt_sync::SyncError::NoSuchConflict(conflict.into()))
                })?;
                let count = found.values.len();
                found
                    .values
                    .into_iter()
                    .nth(n.wrapping_sub(1))
                    .ok_or(Error::NoSuchValue { n: *n, count })?
                    .value
            }
        };
        let (at, by) = (self.now(), self.by.clone());
        let catalog = self.catalog;
        let lookup = |id: &str| catalog.get(id);
        self.store
            .resolve_conflict(&workspace.id, conflict, &value, &lookup, at, &by)?;
        Ok(value)
    }
}
