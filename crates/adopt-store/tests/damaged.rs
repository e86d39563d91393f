//! Files the store must refuse before writing anything: a database from a newer dfs-adopt, and
//! damage SQLite can detect (a truncated file, a broken page header, a file that is no database).
//! Each is refused with what to do, and left byte for byte as it was, with no `-wal`/`-shm`
//! created beside it.

use std::path::{Path, PathBuf};

use adopt_store::{Store, StoreError};
use chrono::{DateTime, TimeZone, Utc};
use rusqlite::Connection;
use tempfile::TempDir;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap()
}

/// The whole file: these are a few hundred kilobytes, compared byte for byte.
fn digest(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Everything in the folder, so a test sees any file the refused open left behind.
fn folder(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Opens `path`, which must be refused, and checks the file and its folder are as they were.
fn refused(path: &Path) -> StoreError {
    let before = digest(path);
    let files = folder(path);
    let error = match Store::open(path, at()) {
        Ok(_) => panic!("{} was opened", path.display()),
        Err(e) => e,
    };
    assert!(
        digest(path) == before,
        "the refused file is left byte for byte: {error}"
    );
    assert_eq!(
        folder(path),
        files,
        "nothing created beside it (no -wal, -shm or backup)"
    );
    error
}

/// A database with a workspace, migrated from the schema-5 fixture so a backup sits beside it,
/// closed (no `-wal` left).
fn database_with_backup() -> (TempDir, PathBuf, PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-5.db");
    std::fs::copy(fixture, &path).unwrap();
    drop(Store::open(&path, at()).unwrap());
    let backup = dir.path().join("adopt.sqlite3.v5-20261202T100000Z.bak");
    assert!(backup.exists());
    assert_eq!(
        folder(&path),
        ["adopt.sqlite3", "adopt.sqlite3.v5-20261202T100000Z.bak"]
    );
    (dir, path, backup)
}

#[test]
fn a_database_from_a_newer_dfs_adopt_is_refused_untouched_without_wal_files() {
    // In WAL mode as a newer dfs-adopt leaves it, and in rollback mode as a copy made by
    // `VACUUM INTO` (a backup put back in place) is: switching that one to WAL rewrites its header.
    for journal in ["wal", "delete"] {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("adopt.sqlite3");
        drop(Store::open(&path, at()).unwrap());
        let newer = {
            let conn = Connection::open(&path).unwrap();
            let latest: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            conn.pragma_update(None, "user_version", latest + 1).unwrap();
            conn.pragma_update_and_check(None, "journal_mode", journal, |_| Ok(()))
                .unwrap();
            latest + 1
        };
        assert_eq!(folder(&path), ["adopt.sqlite3"]);
        let error = refused(&path);
        assert!(matches!(error, StoreError::NewerSchema { found, .. } if found == newer));
        let message = error.to_string();
        assert!(
            message.contains(&path.display().to_string())
                && message.contains("newer version of dfs-adopt")
                && message.contains("install the newer dfs-adopt"),
            "{message}"
        );
    }
}

#[test]
fn a_truncated_database_is_refused_untouched_naming_the_backup_beside_it() {
    let (_dir, path, backup) = database_with_backup();
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    let size = file.metadata().unwrap().len();
    file.set_len(size / 2).unwrap();
    drop(file);
    let error = refused(&path);
    let message = error.to_string();
    assert!(matches!(error, StoreError::Damaged { .. }), "{message}");
    assert!(
        message.contains("is damaged")
            && message.contains("nothing was written to it")
            && message.contains(&backup.display().to_string()),
        "says so and names the backup: {message}"
    );
}

#[test]
fn a_broken_page_header_is_refused_untouched() {
    let (_dir, path, backup) = database_with_backup();
    let (page_size, root): (i64, i64) = {
        let conn = Connection::open(&path).unwrap();
        let size = conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        let root = conn
            .query_row("SELECT rootpage FROM sqlite_master WHERE name = 'selection'", [], |r| {
                r.get(0)
            })
            .unwrap();
        (size, root)
    };
    // The b-tree page header of the decisions' table: its type byte and cell count made invalid.
    let mut bytes = std::fs::read(&path).unwrap();
    let start = ((root - 1) * page_size) as usize;
    bytes[start..start + 8].copy_from_slice(&[0xFF; 8]);
    std::fs::write(&path, &bytes).unwrap();
    let error = refused(&path);
    let message = error.to_string();
    assert!(matches!(error, StoreError::Damaged { .. }), "{message}");
    assert!(message.contains(&backup.display().to_string()), "{message}");
}

#[test]
fn a_file_that_is_no_database_is_refused_untouched_saying_what_to_do() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let garbage: Vec<u8> = (0..16_384u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    std::fs::write(&path, &garbage).unwrap();
    let error = refused(&path);
    let message = error.to_string();
    assert!(matches!(error, StoreError::Damaged { backup: None, .. }), "{message}");
    assert!(
        message.contains("does not hold an SQLite database") && message.contains("a copy you trust"),
        "{message}"
    );
}
