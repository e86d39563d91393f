use std::path::PathBuf;

use adopt_domain::InvalidInput;
use adopt_messages::{Localized, Message};
use thiserror::Error;

/// What can go wrong with the database. Refused changes leave it exactly as it was. `Display`
/// is the English of its message.
#[derive(Debug, Error)]
#[error("{}", self.message().english())]
pub enum StoreError {
    Invalid(#[from] InvalidInput),
    WorkspaceNotFound(String),
    NameTaken(String),
    NotSelected {
        item: String,
    },
    Decided {
        item: String,
        status: String,
    },
    StaleRevision {
        item: String,
        expected: u32,
        current: u32,
    },
    SessionNotFound(String),
    NoSession,
    NotOnAgenda {
        item: String,
        session: String,
    },
    NoResolution {
        item: String,
    },
    ActionNotFound(String),
    VersionLabelTaken(String),
    VersionNotFound {
        label: String,
        existing: Vec<String>,
    },
    VersionFilesMissing(String),
    VersionValueTyped(String),
    CommentNotFound(String),
    CommentAmbiguous(String),
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Found before anything was written: the file is left as it was.
    Damaged {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },
    DiskFull(Option<PathBuf>),
    ReadOnly(Option<PathBuf>),
    Io(rusqlite::Error),
    /// SQLite found damage in a page only an edit or a read reached; that statement wrote nothing.
    Corrupt(rusqlite::Error),
    Backup {
        path: PathBuf,
        source: rusqlite::Error,
    },
    Migration(rusqlite_migration::Error),
    Busy,
    Sqlite(rusqlite::Error),
    UnknownItem(String),
    /// The replicated copy refused an edit or a merge; nothing was changed.
    Replica(#[from] adopt_sync::SyncError),
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

impl Localized for StoreError {
    fn message(&self) -> Message {
        let m = Message::new;
        let shown = |path: &std::path::Path| path.display().to_string();
        // " <path>" when the path is known, to follow "the database".
        let note = |path: &Option<PathBuf>| path.as_deref().map(|p| format!(" {}", p.display())).unwrap_or_default();
        match self {
            Self::Invalid(invalid) => invalid.message(),
            Self::WorkspaceNotFound(workspace) => m("store-workspace-not-found").with("workspace", workspace),
            Self::NameTaken(name) => m("store-name-taken").with("name", name),
            Self::NotSelected { item } => m("store-not-selected").with("item", item),
            Self::Decided { item, status } => m("store-decided").with("item", item).with("status", status),
            Self::StaleRevision {
                item,
                expected,
                current,
            } => m("store-stale-revision")
                .with("item", item)
                .with("expected", *expected)
                .with("current", *current),
            Self::SessionNotFound(session) => m("store-session-not-found").with("session", session),
            Self::NoSession => m("store-no-session"),
            Self::NotOnAgenda { item, session } => m("store-not-on-agenda").with("item", item).with("session", session),
            Self::NoResolution { item } => m("store-no-resolution").with("item", item),
            Self::ActionNotFound(action) => m("store-action-not-found").with("action", action),
            Self::VersionLabelTaken(label) => m("store-version-label-taken").with("label", label),
            Self::VersionNotFound { label, existing } => m("store-version-not-found")
                .with("label", label)
                .with("count", existing.len())
                .with("existing", existing.join(", ")),
            Self::VersionFilesMissing(label) => m("store-version-files-missing").with("label", label),
            Self::VersionValueTyped(id) => m("store-version-value-typed").with("id", id),
            Self::CommentNotFound(id) => m("store-comment-not-found").with("id", id),
            Self::CommentAmbiguous(id) => m("store-comment-ambiguous").with("id", id),
            Self::Folder { path, source } => m("store-folder")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Self::Open { path, source } => m("store-open")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Self::NewerSchema { path, found, known } => m("store-newer-schema")
                .with("path", shown(path))
                .with("found", *found)
                .with("known", *known),
            Self::Read { path, source } => m("store-read")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Self::Damaged { path, detail, backup } => match backup {
                Some(backup) => m("store-damaged-with-backup")
                    .with("path", shown(path))
                    .with("detail", detail)
                    .with("backup", shown(backup)),
                None => m("store-damaged").with("path", shown(path)).with("detail", detail),
            },
            Self::DiskFull(path) => m("store-disk-full").with("path", note(path)),
            Self::ReadOnly(path) => m("store-read-only").with("path", note(path)),
            Self::Io(error) => m("store-io").with("reason", error.to_string()),
            Self::Corrupt(error) => m("store-corrupt").with("reason", error.to_string()),
            Self::Backup { path, source } => m("store-backup")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Self::Migration(error) => m("store-migration").with("reason", error.to_string()),
            Self::Busy => m("store-busy"),
            Self::Sqlite(error) => m("store-sqlite").with("reason", error.to_string()),
            Self::UnknownItem(item) => m("store-unknown-item").with("item", item),
            Self::Replica(error) => error.message(),
            Self::NoRandomness(error) => m("store-no-randomness").with("reason", error.to_string()),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
