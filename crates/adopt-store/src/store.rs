//! The open database that every module's `impl Store` works on; opening it is in the crate root.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::Result;

/// An open database. One per process is enough; it is not shared across threads.
pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Starts the one transaction a user edit runs in. `IMMEDIATE` takes the write lock at
    /// once, so the revision read inside cannot be overtaken by another writer.
    pub(crate) fn edit(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }
}
