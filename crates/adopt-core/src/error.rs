use adopt_domain::InvalidInput;
use adopt_store::StoreError;
use adopt_sync::SyncError;

use crate::survey::report::RowProblem;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why an operation was refused. Messages are for the user: what was wrong and what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("unknown recommendation \"{0}\"; catalog ids look like SIM-08")]
    UnknownRecommendation(String),
    #[error("unknown template \"{0}\"; use one of: {list}", list = adopt_document::builtin_names().join(", "))]
    UnknownTemplate(String),
    #[error(transparent)]
    Template(#[from] adopt_document::TemplateError),
    #[error("{path} cannot be read: {source}")]
    ImportRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{path} cannot be imported: {message}")]
    ImportInvalid { path: std::path::PathBuf, message: String },
    #[error("{0}")]
    AlreadyRunning(String),
    #[error("{0}: a survey is an .xlsx or a .csv file; name the file with one of these extensions")]
    SurveyFormat(std::path::PathBuf),
    #[error("the survey cannot be read: {0}")]
    SurveyFile(String),
    #[error(
        "{path} is {megabytes} MB, too large for a survey (at most {max} MB); choose the filled-in survey file",
        path = .path.display(), max = .max_megabytes
    )]
    SurveyTooLarge {
        path: std::path::PathBuf,
        megabytes: u64,
        max_megabytes: u64,
    },
    #[error("nothing was imported: {n} problem{s} in the survey; correct {them} and import again:\n{list}",
        n = .0.len(), s = if .0.len() == 1 { "" } else { "s" }, them = if .0.len() == 1 { "it" } else { "them" },
        list = .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    SurveyRows(Vec<RowProblem>),
    #[error(
        "this version has no label: give one, or set the workspace's document version (doc_version), which is the default label"
    )]
    NoVersionLabel,
    #[error(
        "the stored record of a circulated version cannot be read ({0}); the database may have been edited by hand"
    )]
    StoredRecord(String),
    #[error("{path} cannot be read: {source}")]
    ReferenceDocRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is {megabytes} MB, too large for a reference document (at most {max} MB); choose the Word file with the house style",
        path = .path.display(), max = .max_megabytes
    )]
    ReferenceDocTooLarge {
        path: std::path::PathBuf,
        megabytes: u64,
        max_megabytes: u64,
    },
    #[error(
        "{name} cannot be used as a reference document: {reason}. Choose a Word (.docx) file that holds the house style, saved without a password"
    )]
    ReferenceDocInvalid { name: String, reason: String },
    #[error("{path} cannot be verified: {reason}")]
    VerifyRead { path: String, reason: String },
    #[error("{file} cannot be imported: {reason}; nothing was imported")]
    ReviewRead { file: String, reason: String },
    #[error("a rejected comment needs a response saying why; nothing was recorded")]
    ResponseRequired,
    #[error("{0} is a plain comment: only a tracked insertion, deletion or edit can be applied to the wording")]
    NothingToApply(String),
    #[error("a change is applied only when it is accepted or partly accepted, not {0}")]
    ApplyDisposition(adopt_domain::Disposition),
    #[error(
        "the clause text with change {0} applied is not known (its clause holds several tracked changes, or is not a clause of a selected item); write the wording with `decide --wording`, then record the disposition without applying"
    )]
    ProposedTextUnknown(String),
    #[error("the document could not be produced: {0}")]
    Render(String),
    #[error("the {what} could not be written as CSV: {reason}")]
    Csv { what: &'static str, reason: String },
    #[error("the survey workbook could not be produced: {0}")]
    Xlsx(String),
    #[error("{path} cannot be read: {source}")]
    SyncRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is {bytes} bytes, too large for a sync bundle (at most {max} bytes are read); choose the .dfs-sync file the other laptop saved", path = .path.display(), max = crate::sync::MAX_BUNDLE_BYTES)]
    SyncTooLarge { path: std::path::PathBuf, bytes: u64 },
    #[error(transparent)]
    Bundle(#[from] adopt_sync::BundleError),
    #[error("the conflict has {count} values; --keep takes a number from 1 to {count}")]
    NoSuchValue { n: usize, count: usize },
    #[error(
        "the bundle names workspace {header} but holds workspace {document}; it was altered after it was saved: ask for the file to be sent again"
    )]
    BundleMismatch { header: String, document: String },
    #[error("{path} cannot be written: {}", write_problem(.source))]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A wire-stable classification of errors the UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A value is malformed or outside its value set: fix the input.
    InvalidInput,
    /// The workspace, item or template does not exist.
    NotFound,
    /// The change contradicts the data: a taken name, an unselected or decided item.
    Conflict,
    /// Someone changed the decision since it was read: reload it.
    StaleRevision,
    /// The database cannot be used: disk, permissions, lock or version.
    Storage,
    /// A template is malformed, or the document could not be rendered or written.
    ExportFailed,
}

/// How an error crosses to the UI: `{code, message}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::InvalidInput,
            Error::UnknownRecommendation(_) | Error::UnknownTemplate(_) => ErrorCode::NotFound,
            Error::Template(adopt_document::TemplateError::Unknown(_)) => ErrorCode::NotFound,
            Error::Template(_) | Error::Render(_) | Error::Csv { .. } | Error::Xlsx(_) | Error::Write { .. } => {
                ErrorCode::ExportFailed
            }
            Error::ImportRead { .. } | Error::ReferenceDocRead { .. } => ErrorCode::NotFound,
            // The file exists but is not one dfs-adopt can read (not a DOCX or PDF, damaged...).
            Error::VerifyRead { .. } | Error::ReferenceDocInvalid { .. } => ErrorCode::InvalidInput,
            Error::NoVersionLabel | Error::ReferenceDocTooLarge { .. } => ErrorCode::InvalidInput,
            Error::StoredRecord(_) => ErrorCode::Storage,
            Error::ReviewRead { .. } | Error::ResponseRequired | Error::NothingToApply(_) => ErrorCode::InvalidInput,
            Error::ApplyDisposition(_) => ErrorCode::InvalidInput,
            Error::ProposedTextUnknown(_) => ErrorCode::Conflict,
            Error::ImportInvalid { .. } => ErrorCode::InvalidInput,
            Error::SyncRead { .. } => ErrorCode::NotFound,
            Error::SyncTooLarge { .. } | Error::Bundle(_) | Error::BundleMismatch { .. } => ErrorCode::InvalidInput,
            Error::NoSuchValue { .. } => ErrorCode::InvalidInput,
            Error::AlreadyRunning(_) => ErrorCode::Storage,
            Error::SurveyFormat(_) | Error::SurveyFile(_) | Error::SurveyTooLarge { .. } | Error::SurveyRows(_) => {
                ErrorCode::InvalidInput
            }
            Error::Store(e) => match e {
                StoreError::Invalid(_) => ErrorCode::InvalidInput,
                StoreError::WorkspaceNotFound(_)
                | StoreError::SessionNotFound(_)
                | StoreError::ActionNotFound(_)
                | StoreError::VersionNotFound { .. }
                | StoreError::CommentNotFound(_) => ErrorCode::NotFound,
                StoreError::NameTaken(_)
                | StoreError::VersionLabelTaken(_)
                | StoreError::NotSelected { .. }
                | StoreError::Decided { .. }
                | StoreError::NoSession
                | StoreError::NotOnAgenda { .. }
                | StoreError::NoResolution { .. }
                | StoreError::CommentAmbiguous(_) => ErrorCode::Conflict,
                StoreError::StaleRevision { .. } => ErrorCode::StaleRevision,
                StoreError::UnknownItem(_) | StoreError::VersionFilesMissing(_) | StoreError::VersionValueTyped(_) => {
                    ErrorCode::InvalidInput
                }
                StoreError::Replica(e) => match e {
                    SyncError::NoSuchConflict(_) => ErrorCode::NotFound,
                    SyncError::DuplicateChange(_) | SyncError::Engine(_) => ErrorCode::Storage,
                    _ => ErrorCode::InvalidInput,
                },
                _ => ErrorCode::Storage,
            },
        }
    }

    /// True when the command line itself was wrong (a malformed value), as opposed to a
    /// well-formed request the data refuses. The CLI exits 2 for these.
    pub fn is_usage(&self) -> bool {
        let invalid = match self {
            Error::Invalid(e) | Error::Store(StoreError::Invalid(e)) => e,
            // The survey's file name is part of the command line, like `export --format`.
            Error::SurveyFormat(_) => return true,
            // What `review respond` refuses on sight, whatever the data (contract §8: exit 2).
            Error::ResponseRequired | Error::NothingToApply(_) | Error::ApplyDisposition(_) => return true,
            // `conflicts resolve --keep N` outside the list, or a value the field refuses.
            Error::NoSuchValue { .. }
            | Error::Store(StoreError::Replica(SyncError::Invalid(_)))
            | Error::Store(StoreError::VersionValueTyped(_)) => return true,
            _ => return false,
        };
        matches!(
            invalid,
            InvalidInput::UnknownValue { .. }
                | InvalidInput::MalformedDate(_)
                | InvalidInput::ImpossibleDate(_)
                | InvalidInput::NothingToChange
                | InvalidInput::SetAndCleared(_)
                | InvalidInput::NotClearable(_)
                | InvalidInput::MalformedItemId(_)
                | InvalidInput::ParticipantFormat(_)
                | InvalidInput::ConditionsMissing
                | InvalidInput::DivergentWithStatus
                | InvalidInput::AgreedButOpen
                | InvalidInput::DeviceName(_)
        )
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
        }
    }
}

/// What stopped a file being written, and what to do about it.
fn write_problem(source: &std::io::Error) -> String {
    match source.kind() {
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            "the disk is full; free some space on it or choose another folder".to_string()
        }
        std::io::ErrorKind::ReadOnlyFilesystem => "the folder is read-only; choose another folder".to_string(),
        _ => format!("{source}; choose another folder or close the program that holds the file"),
    }
}
