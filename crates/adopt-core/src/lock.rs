//! One app instance per database: a lock file beside it, held while the app runs. The OS
//! releases the lock when the process ends, so a crash never leaves a stale lock behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Held for as long as the app runs; dropping it releases the database to another instance.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// Takes the lock for `database`, or explains that another window has it open.
    pub fn acquire(database: &Path) -> Result<InstanceLock> {
        let mut name = database.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        let path = database.with_file_name(name);
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| Error::Write {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(InstanceLock { _file: file, path }),
            Err(TryLockError::WouldBlock) => Err(Error::AlreadyRunning(format!(
                "dfs-adopt is already open on {}; switch to that window, or close it first",
                database.display()
            ))),
            Err(TryLockError::Error(source)) => Err(Error::Write { path, source }),
        }
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_instance_on_the_same_database_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("adopt.sqlite3");
        let first = InstanceLock::acquire(&db).unwrap();
        let second = InstanceLock::acquire(&db).unwrap_err();
        assert!(second.to_string().contains("already open"), "{second}");
        drop(first);
        InstanceLock::acquire(&db).expect("released when the first instance ends");
    }
}
