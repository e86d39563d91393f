//! A look at an existing database file before anything writes to it: its schema version and
//! whether SQLite finds it damaged. Opening for writing switches the journal to WAL, which
//! rewrites the header and creates `-wal`/`-shm` files, and a migration writes more: a file from
//! a newer dfs-adopt or a damaged one must be refused before that, left byte for byte as it was.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::error::{Result, StoreError};
use crate::schema;

/// The schema version of the database at `path`, or `None` when there is no database there yet
/// (no file, or an empty one, which SQLite treats as new). Refuses a newer schema and a damaged
/// file; reads only.
pub(crate) fn existing_version(path: &Path) -> Result<Option<i64>> {
    let size = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(StoreError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    if size == 0 {
        return Ok(None);
    }
    let conn = open_read_only(path)?;
    let damaged = |detail: String| StoreError::Damaged {
        path: path.to_path_buf(),
        detail,
        backup: newest_backup(path),
    };
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(e, &damaged))?;
    if version > schema::LATEST {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known: schema::LATEST,
        });
    }
    // quick_check reads every page once (a few milliseconds for a working database): cheaper
    // than finding the damage halfway through a migration or an edit.
    let problems: Vec<String> = conn
        .prepare("PRAGMA quick_check(3)")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(|e| classify(e, &damaged))?;
    if problems != ["ok"] {
        return Err(damaged(problems.join("; ")));
    }
    Ok(Some(version))
}

/// A read-only connection that creates nothing beside the file. Without a `-wal` file the main
/// file holds everything, so it is opened `immutable` (no `-shm` either); with one, SQLite must
/// read it, and reading a WAL database needs its `-shm`, which it may create.
fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    let opened = match file_uri(path).filter(|_| !Path::new(&wal).exists()) {
        Some(uri) => Connection::open_with_flags(uri + "?immutable=1", flags | OpenFlags::SQLITE_OPEN_URI),
        None => Connection::open_with_flags(path, flags),
    };
    opened.map_err(|source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    })
}

/// `path` as an SQLite `file:` URI: bytes outside the unreserved set percent-encoded, so a `?`
/// or `#` in a folder name is not read as the query. `None` when the path is not Unicode.
fn file_uri(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    let mut uri = String::from("file:");
    if cfg!(windows) && !text.starts_with(['/', '\\']) && path.is_absolute() {
        uri.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'\\' if cfg!(windows) => uri.push('/'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => uri.push(byte as char),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    Some(uri)
}

/// Errors that mean the file is damaged (or not a database at all) become `Damaged`.
fn classify(error: rusqlite::Error, damaged: &dyn Fn(String) -> StoreError) -> StoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => damaged("it does not hold an SQLite database".to_string()),
        Some(ErrorCode::DatabaseCorrupt) => damaged(error.to_string()),
        _ => error.into(),
    }
}

/// The most recent copy the store made beside `path` before a migration
/// (`<file>.v<version>-<time>.bak`), to name in the message about a damaged file.
pub(crate) fn newest_backup(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = format!("{name}.v");
    std::fs::read_dir(folder)
        .ok()?
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let file = entry.file_name();
            let file = file.to_string_lossy();
            file.starts_with(&prefix) && file.ends_with(".bak")
        })
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .max()
        .map(|(_, backup)| backup)
}

/// Why the folder of `path` takes no writes, found by writing a small file there (and removing
/// it): a full disk or a read-only folder, each with its own advice. `None` when the write works
/// or fails for another reason.
pub(crate) fn unwritable(path: &Path) -> Option<StoreError> {
    use std::io::{ErrorKind, Write};
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let check = folder.join(format!(".dfs-adopt-write-check-{}", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&check)
        .and_then(|mut file| {
            let result = file.write_all(&[0; 64 * 1024]).and_then(|()| file.sync_all());
            let _ = std::fs::remove_file(&check);
            result
        });
    match written.err()?.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Some(StoreError::DiskFull(Some(path.to_path_buf()))),
        ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => {
            Some(StoreError::ReadOnly(Some(path.to_path_buf())))
        }
        _ => None,
    }
}

/// An error met while opening `path` for writing, explained when it comes from the folder: SQLite
/// says "unable to open database file" or "disk I/O error" when it cannot create or grow the
/// `-wal` and `-shm` files.
pub(crate) fn explain(error: StoreError, path: &Path) -> StoreError {
    let from_the_folder = match &error {
        StoreError::DiskFull(_) | StoreError::ReadOnly(_) | StoreError::Io(_) => true,
        StoreError::Sqlite(e) => e.sqlite_error_code() == Some(ErrorCode::CannotOpen),
        _ => false,
    };
    if from_the_folder {
        unwritable(path).unwrap_or(error)
    } else {
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_what_sqlite_would_read_as_a_query() {
        let uri = file_uri(Path::new("/tmp/a b?c#d%/adopt.sqlite3")).unwrap();
        assert_eq!(uri, "file:/tmp/a%20b%3Fc%23d%25/adopt.sqlite3");
    }

    #[test]
    fn a_path_with_a_question_mark_opens_the_right_file_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("drafts?v=2 #1");
        std::fs::create_dir(&folder).unwrap();
        let path = folder.join("adopt.sqlite3");
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 3)
            .unwrap();
        assert_eq!(existing_version(&path).unwrap(), Some(3));
        let beside: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
        assert_eq!(beside.len(), 1, "nothing created beside the file");
    }

    #[test]
    fn no_file_and_an_empty_file_are_new_databases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("adopt.sqlite3");
        assert_eq!(existing_version(&path).unwrap(), None);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(existing_version(&path).unwrap(), None);
    }
}
