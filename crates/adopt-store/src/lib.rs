//! The SQLite store: everything a user decides lives here, on their own machine.
//!
//! Invariants:
//! - every user edit is one transaction: the change and its history lines commit together or not at all;
//! - the `history` table is append-only (triggers refuse updates and deletes);
//! - a decision change based on an old revision is refused, never applied over a newer one;
//! - a selection keeps the catalog text as it was when selected;
//! - schema changes go through [`schema`] migrations; SQL takes values only as bound parameters.
//!
//! This crate knows the domain types and SQLite, and nothing of the catalog's files, the CLI or the app.

mod catalog_search;
mod error;
mod history;
mod schema;
mod selections;
mod workspaces;

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use error::{Result, StoreError};

/// An open database. One per process is enough; it is not shared across threads.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Folder {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::prepare(conn)
    }

    /// A private database in memory, for tests and the demo.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        // WAL lets the app read while the CLI writes; foreign keys guard every reference.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrations()
            .to_latest(&mut conn)
            .map_err(StoreError::from_migration)?;
        Ok(Store { conn })
    }

    /// Starts the one transaction a user edit runs in. `IMMEDIATE` takes the write lock at
    /// once, so the revision read inside cannot be overtaken by another writer.
    fn edit(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }
}

/// How timestamps are stored: RFC 3339 in UTC, to the second.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn parse_timestamp(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// Reads a stored code back into its value set; a bad code means the file was edited by hand.
pub(crate) fn parse_code<T: std::str::FromStr>(text: &str) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    text.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}
