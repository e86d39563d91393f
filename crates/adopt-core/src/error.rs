use adopt_domain::InvalidInput;
use adopt_store::StoreError;
use adopt_sync::SyncError;

use crate::survey::report::RowProblem;
use adopt_messages::{Locale, Localized, Message, term};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why an operation was refused. Messages are for the user: what was wrong and what to do, in
/// their language (`Localized`); `Display` is the English.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message().english())]
pub enum Error {
    Invalid(#[from] InvalidInput),
    Store(#[from] StoreError),
    UnknownRecommendation(String),
    UnknownTemplate(String),
    Template(#[from] adopt_document::TemplateError),
    ImportRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    ImportInvalid {
        path: std::path::PathBuf,
        message: String,
    },
    AlreadyRunning(String),
    SurveyFormat(std::path::PathBuf),
    SurveyFile(String),
    SurveyTooLarge {
        path: std::path::PathBuf,
        megabytes: u64,
        max_megabytes: u64,
    },
    SurveyRows(Vec<RowProblem>),
    NoVersionLabel,
    StoredRecord(String),
    ReferenceDocRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    ReferenceDocTooLarge {
        path: std::path::PathBuf,
        megabytes: u64,
        max_megabytes: u64,
    },
    ReferenceDocInvalid {
        name: String,
        reason: String,
    },
    VerifyRead {
        path: String,
        reason: String,
    },
    ReviewRead {
        file: String,
        reason: String,
    },
    ResponseRequired,
    NothingToApply(String),
    ApplyDisposition(adopt_domain::Disposition),
    ProposedTextUnknown(String),
    Render(String),
    Csv {
        what: &'static str,
        reason: String,
    },
    Xlsx(String),
    SyncRead {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    SyncTooLarge {
        path: std::path::PathBuf,
        bytes: u64,
    },
    Bundle(#[from] adopt_sync::BundleError),
    NoSuchValue {
        n: usize,
        count: usize,
    },
    BundleMismatch {
        header: String,
        document: String,
    },
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

/// How an error crosses to the UI: `{code, message}`, the message in the interface language,
/// with the id it was rendered from and its parameters (nested messages rendered too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    pub message_id: String,
    pub params: std::collections::BTreeMap<String, String>,
}

impl ErrorPayload {
    /// A refusal a shell makes itself (a path the dialog gave, an id the window sent), said in
    /// `locale` like the core's own.
    pub fn said(code: ErrorCode, message: &Message, locale: Locale) -> ErrorPayload {
        ErrorPayload {
            code,
            message: message.render(locale),
            message_id: message.id().to_string(),
            params: message
                .params(locale)
                .into_iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect(),
        }
    }
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
                | InvalidInput::TemplateLanguage { .. }
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

    /// The payload with the message in English.
    pub fn payload(&self) -> ErrorPayload {
        self.payload_in(Locale::En)
    }

    /// The payload with the message in `locale`.
    pub fn payload_in(&self, locale: Locale) -> ErrorPayload {
        ErrorPayload::said(self.code(), &self.message(), locale)
    }
}

impl Localized for Error {
    fn message(&self) -> Message {
        let m = Message::new;
        let shown = |path: &std::path::Path| path.display().to_string();
        match self {
            Error::Invalid(error) => error.message(),
            Error::Store(error) => error.message(),
            Error::Template(error) => error.message(),
            Error::Bundle(error) => error.message(),
            Error::UnknownRecommendation(item) => m("core-unknown-recommendation").with("item", item),
            Error::UnknownTemplate(name) => m("core-unknown-template")
                .with("name", name)
                .with("list", adopt_document::builtin_names().join(", ")),
            Error::ImportRead { path, source } => m("core-import-read")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Error::ImportInvalid { path, message } => m("core-import-invalid")
                .with("path", shown(path))
                .with("reason", message),
            Error::AlreadyRunning(reason) => m("core-already-running").with("reason", reason),
            Error::SurveyFormat(path) => m("core-survey-format").with("path", shown(path)),
            Error::SurveyFile(reason) => m("core-survey-file").with("reason", reason),
            Error::SurveyTooLarge {
                path,
                megabytes,
                max_megabytes,
            } => m("core-survey-too-large")
                .with("path", shown(path))
                .with("megabytes", *megabytes)
                .with("max", *max_megabytes),
            Error::SurveyRows(rows) => m("core-survey-rows").with("count", rows.len()).with(
                "list",
                rows.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"),
            ),
            Error::NoVersionLabel => m("core-no-version-label"),
            Error::StoredRecord(reason) => m("core-stored-record").with("reason", reason),
            Error::ReferenceDocRead { path, source } => m("core-reference-read")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Error::ReferenceDocTooLarge {
                path,
                megabytes,
                max_megabytes,
            } => m("core-reference-too-large")
                .with("path", shown(path))
                .with("megabytes", *megabytes)
                .with("max", *max_megabytes),
            Error::ReferenceDocInvalid { name, reason } => {
                m("core-reference-invalid").with("name", name).with("reason", reason)
            }
            Error::VerifyRead { path, reason } => m("core-verify-read").with("path", path).with("reason", reason),
            Error::ReviewRead { file, reason } => m("core-review-read").with("file", file).with("reason", reason),
            Error::ResponseRequired => m("core-response-required"),
            Error::NothingToApply(id) => m("core-nothing-to-apply").with("id", id),
            Error::ApplyDisposition(disposition) => {
                m("core-apply-disposition").with("disposition", term(disposition.code()))
            }
            Error::ProposedTextUnknown(id) => m("core-proposed-text-unknown").with("id", id),
            Error::Render(reason) => m("core-render").with("reason", reason),
            Error::Csv { what, reason } => m("core-csv").with("what", term(what)).with("reason", reason),
            Error::Xlsx(reason) => m("core-xlsx").with("reason", reason),
            Error::SyncRead { path, source } => m("core-sync-read")
                .with("path", shown(path))
                .with("reason", source.to_string()),
            Error::SyncTooLarge { path, bytes } => m("core-sync-too-large")
                .with("path", shown(path))
                .with("bytes", *bytes)
                .with("max", crate::sync::MAX_BUNDLE_BYTES),
            Error::NoSuchValue { count, .. } => m("core-no-such-value").with("count", *count),
            Error::BundleMismatch { header, document } => m("core-bundle-mismatch")
                .with("header", header)
                .with("document", document),
            Error::Write { path, source } => {
                let id = match source.kind() {
                    std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => "core-write-disk-full",
                    std::io::ErrorKind::ReadOnlyFilesystem => "core-write-read-only",
                    _ => "core-write-other",
                };
                m(id).with("path", shown(path)).with("reason", source.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One error of each code, named so that a new code must be added here.
    fn sample(code: ErrorCode) -> Error {
        match code {
            ErrorCode::InvalidInput => Error::Invalid(InvalidInput::TooLong {
                field: "rationale",
                len: 100_001,
                max: 100_000,
            }),
            ErrorCode::NotFound => Error::UnknownRecommendation("SIM-99".into()),
            ErrorCode::Conflict => Error::Store(StoreError::NameTaken("Lesotho 2025".into())),
            ErrorCode::StaleRevision => Error::Store(StoreError::StaleRevision {
                item: "SIM-08".into(),
                expected: 2,
                current: 3,
            }),
            ErrorCode::Storage => Error::Store(StoreError::Busy),
            ErrorCode::ExportFailed => Error::Render("the font could not be read".into()),
        }
    }

    const CODES: [ErrorCode; 6] = [
        ErrorCode::InvalidInput,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::StaleRevision,
        ErrorCode::Storage,
        ErrorCode::ExportFailed,
    ];

    #[test]
    fn every_error_code_reads_in_english_and_in_french() {
        for code in CODES {
            let error = sample(code);
            assert_eq!(error.code(), code);
            let english = error.payload_in(Locale::En);
            let french = error.payload_in(Locale::Fr);
            assert_eq!(english.message, error.to_string(), "Display is the English");
            assert_eq!((english.code, french.code), (code, code));
            assert_eq!(english.message_id, french.message_id, "one id for both languages");
            assert_ne!(english.message, french.message, "{code:?} has its French");
            for text in [&english.message, &french.message] {
                assert!(
                    !text.contains('{') && !text.contains(['\u{2068}', '\u{2069}']),
                    "{text}"
                );
                assert!(
                    !text.starts_with(&english.message_id),
                    "{text} was not found in the resources"
                );
            }
        }
        let stale = sample(ErrorCode::StaleRevision).payload_in(Locale::Fr);
        assert_eq!(stale.message_id, "store-stale-revision");
        assert_eq!(stale.params["item"], "SIM-08");
        assert!(stale.message.contains("révision 2"), "{}", stale.message);
        let long = sample(ErrorCode::InvalidInput).payload_in(Locale::Fr);
        assert!(
            long.message.contains("«\u{a0}justification\u{a0}»"),
            "the field's name in French: {}",
            long.message
        );
    }
}
