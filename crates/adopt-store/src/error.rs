use std::path::PathBuf;

use adopt_domain::InvalidInput;
use thiserror::Error;

/// What can go wrong with the database. Refused changes leave it exactly as it was.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error("no workspace with id or name \"{0}\"; check the name in the list of workspaces")]
    WorkspaceNotFound(String),
    #[error("a workspace named \"{0}\" exists already; choose another name")]
    NameTaken(String),
    #[error("{item} is not selected in this workspace; select it first")]
    NotSelected { item: String },
    #[error(
        "{item} is decided ({status}); deselecting it discards the decision and must be confirmed (its history is kept)"
    )]
    Decided { item: String, status: String },
    #[error(
        "{item} has changed since revision {expected} (it is now at revision {current}); reload it and apply your change again"
    )]
    StaleRevision { item: String, expected: u32, current: u32 },
    #[error("no discussion session \"{0}\" in this workspace; check the list of sessions")]
    SessionNotFound(String),
    #[error("this workspace has no discussion session yet; create one first")]
    NoSession,
    #[error("{item} is not on the agenda of session {session}; add it to the agenda first")]
    NotOnAgenda { item: String, session: String },
    #[error("{item} has no resolution to take back")]
    NoResolution { item: String },
    #[error("there is no action item {0} in this workspace")]
    ActionNotFound(String),
    #[error(
        "a version labelled \"{0}\" was circulated already (labels are compared regardless of case); choose another label"
    )]
    VersionLabelTaken(String),
    #[error("no circulated version \"{label}\" in this workspace; {}", version_list(.existing))]
    VersionNotFound { label: String, existing: Vec<String> },
    #[error(
        "the files of circulated version \"{0}\" are neither in the bundle nor in this database; ask the other laptop to export the workspace again with this version of dfs-adopt. Nothing was changed"
    )]
    VersionFilesMissing(String),
    #[error(
        "conflict {0} is between circulated versions, which cannot be typed as a value; keep one of the versions `conflicts list` shows with --keep N"
    )]
    VersionValueTyped(String),
    #[error("no reviewer's comment with id \"{0}\" in this workspace; `review list` shows the ids")]
    CommentNotFound(String),
    #[error("more than one reviewer's comment has an id starting \"{0}\"; give more of the id")]
    CommentAmbiguous(String),
    #[error("the folder {path} cannot be created: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("the database {path} cannot be opened: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error(
        "the database {path} was written by a newer version of dfs-adopt (schema {found}; this version knows up to {known}); it was left as it was: install the newer dfs-adopt to open it"
    )]
    NewerSchema { path: PathBuf, found: i64, known: i64 },
    #[error("the database {path} cannot be read: {source}; check that the file is there and readable")]
    Read { path: PathBuf, source: std::io::Error },
    /// Found before anything was written: the file is left as it was.
    #[error(
        "the database {path} is damaged ({detail}); nothing was written to it. {}",
        restore_advice(.path, .backup.as_deref())
    )]
    Damaged {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },
    #[error(
        "the disk holding the database{} is full; nothing was changed: free some space on it, then try again",
        path_note(.0.as_deref())
    )]
    DiskFull(Option<PathBuf>),
    #[error(
        "the database{} cannot be written: its folder is read-only (dfs-adopt keeps the database's -wal and -shm files beside it); nothing was changed: make the folder writable, or copy the database to a writable folder and open it there",
        path_note(.0.as_deref())
    )]
    ReadOnly(Option<PathBuf>),
    #[error(
        "the database could not be read or written ({0}); nothing was changed: check that its disk is still connected and has free space, then try again"
    )]
    Io(rusqlite::Error),
    /// SQLite found damage in a page only an edit or a read reached; that statement wrote nothing.
    #[error(
        "the database is damaged ({0}); the change was not made. Close dfs-adopt, keep the file as it is, and restore your work from the backup beside it (a .bak file) or from a copy you keep"
    )]
    Corrupt(rusqlite::Error),
    #[error(
        "the database could not be backed up to {path} before updating it ({source}); nothing was changed: free some disk space and try again"
    )]
    Backup { path: PathBuf, source: rusqlite::Error },
    #[error("the database schema cannot be updated: {0}")]
    Migration(rusqlite_migration::Error),
    #[error("the database is busy or locked by another program; close it and try again")]
    Busy,
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error(
        "the copy from the other laptop selects {0}, which this version's catalog lacks; update dfs-adopt, then import it again"
    )]
    UnknownItem(String),
    /// The replicated copy refused an edit or a merge; nothing was changed.
    #[error(transparent)]
    Replica(#[from] adopt_sync::SyncError),
    #[error("the operating system gave no random numbers for a new id ({0}); nothing was changed: try again")]
    NoRandomness(getrandom::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
                StoreError::Corrupt(error)
            }
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull(None),
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::ReadOnly(None),
            Some(rusqlite::ErrorCode::SystemIoFailure) => StoreError::Io(error),
            _ => StoreError::Sqlite(error),
        }
    }
}

impl StoreError {
    pub(crate) fn from_migration(error: rusqlite_migration::Error) -> Self {
        // A newer schema is refused before the migrations run (`Store::prepare`), with its path.
        match error {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => StoreError::Migration(other),
        }
    }
}

/// " <path>" when the path is known, to follow "the database".
fn path_note(path: Option<&std::path::Path>) -> String {
    path.map(|p| format!(" {}", p.display())).unwrap_or_default()
}

/// What to do with a damaged database: the copy the store made beside it, when there is one.
fn restore_advice(path: &std::path::Path, backup: Option<&std::path::Path>) -> String {
    match backup {
        Some(backup) => format!(
            "Keep it as it is for now; to go back to the copy made before the last update, {}, move the damaged file aside and copy that backup to {} (work done since that update is not in it)",
            backup.display(),
            path.display()
        ),
        None => format!(
            "Keep it as it is, and put a copy you trust in its place ({}): a backup of the file, or start a new database and bring in workspace files exported earlier with `workspace import`",
            path.display()
        ),
    }
}

/// "the versions are: 0.1, 0.2", or that there are none.
fn version_list(labels: &[String]) -> String {
    if labels.is_empty() {
        "no version has been circulated yet".to_string()
    } else {
        format!("the versions are: {}", labels.join(", "))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
