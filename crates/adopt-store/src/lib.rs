//! The SQLite store: everything a user decides lives here, on their own machine.
//!
//! Invariants:
//! - every user edit is one transaction: the change and its history lines commit together or not at all;
//! - the `history` table is append-only (triggers refuse updates and deletes);
//! - a circulated version keeps its record and files as sent; only removing names rewrites them;
//! - a decision change based on an old revision is refused, never applied over a newer one;
//! - a selection keeps the catalog text as it was when selected;
//! - schema changes go through [`schema`] migrations; SQL takes values only as bound parameters.
//!
//! This crate knows the domain types and SQLite, and nothing of the catalog's files, the CLI or the app.

mod baseline;
mod catalog_search;
mod columns;
mod device;
mod discussion;
mod error;
mod history;
mod probe;
mod records;
mod reference_doc;
mod replica;
mod replica_import;
mod replica_records;
mod replica_reviews;
mod reviews;
mod schema;
mod selections;
mod store;
#[cfg(test)]
mod test_support;
mod versions;
mod workspaces;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub use discussion::Topic;
pub use error::{Result, StoreError};
pub use records::HistoryCopy;
pub use reference_doc::ReferenceDoc;
pub use replica_import::ReplicaImport;
pub use reviews::{ApplyChange, NewReviewComment, ReviewAnswer, StoredReviewComment};
pub use store::Store;
pub use versions::{NewVersion, StoredVersion, VersionFiles};

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// `now` names the backup taken before a migration. A file from a newer dfs-adopt, or one
    /// SQLite finds damaged, is refused before anything is written to it.
    pub fn open(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        probe::existing_version(path)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Folder {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| {
            probe::unwritable(path).unwrap_or_else(|| StoreError::Open {
                path: path.to_path_buf(),
                source,
            })
        })?;
        Self::prepare(conn, Some((path, now))).map_err(|error| probe::explain(error, path))
    }

    /// A private database in memory, for tests and the demo.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, file: Option<(&Path, DateTime<Utc>)>) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        // WAL lets the app read while the CLI writes; foreign keys guard every reference.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Overwritten text is zeroed on disk, so names removed on request do not linger in free pages.
        conn.pragma_update(None, "secure_delete", "ON")?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::LATEST {
            return Err(StoreError::NewerSchema {
                path: file.map_or_else(|| PathBuf::from(":memory:"), |(path, _)| path.to_path_buf()),
                found: version,
                known: schema::LATEST,
            });
        }
        if let Some((path, now)) = file
            && version > 0
            && version < schema::LATEST
        {
            backup_before_migration(&conn, path, version, now)?;
        }
        schema::migrations()
            .to_latest(&mut conn)
            .map_err(StoreError::from_migration)?;
        Ok(Store { conn })
    }
}

/// Copies the database beside itself before its schema changes, so an update can be undone by
/// hand: `<file>.v<old version>-<UTC time>.bak`. Nothing is migrated if the copy fails.
fn backup_before_migration(conn: &Connection, path: &Path, version: i64, now: DateTime<Utc>) -> Result<()> {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}-{stamp}.bak"));
    let backup = path.with_file_name(name);
    conn.execute("VACUUM INTO ?1", [backup.to_string_lossy()])
        .map_err(|source| StoreError::Backup {
            path: backup.clone(),
            source,
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_older_database_is_copied_beside_itself_before_its_schema_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("adopt.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            schema::migrations().to_version(&mut conn, 1).unwrap();
            conn.execute(
                "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by)
                 VALUES ('old', 'Old', 'X', 'joint-directive', '2025-01-01T00:00:00Z', 'a')",
                [],
            )
            .unwrap();
        }
        let at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, 1, 9, 30, 5).unwrap();
        let store = Store::open(&path, at).unwrap();
        assert_eq!(
            store.find_workspace("Old").unwrap().id,
            "old",
            "the data survives the migration"
        );
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".bak"))
            .collect();
        assert_eq!(backups.len(), 1, "one backup: {backups:?}");
        assert!(
            backups[0]
                .to_string_lossy()
                .ends_with("adopt.sqlite3.v1-20260301T093005Z.bak"),
            "named by the caller's time: {backups:?}"
        );
        let backup = Connection::open(&backups[0]).unwrap();
        let version: i64 = backup.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, 1, "the backup is the database as it was");
        drop(store);
        Store::open(&path, at).unwrap();
        let count = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().to_string_lossy().ends_with(".bak"))
            .count();
        assert_eq!(count, 1, "an up-to-date database is not copied again");
    }
}
