//! What can go wrong with a replicated workspace. Bundle framing has its own error
//! (`bundle::BundleError`): a file from outside is refused before the engine sees it.

use adopt_domain::InvalidInput;
use adopt_messages::{Localized, Message, term};

/// An edit, a document or a merge that was refused; nothing changed. `Display` is the English
/// of its message.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message().english())]
pub enum SyncError {
    DeviceId(String),
    Key {
        what: &'static str,
        value: String,
    },
    Invalid(#[from] InvalidInput),
    StatusNotClearable,
    NotAWorkspace(String),
    UnexpectedValue {
        key: String,
        expected: &'static str,
        found: String,
    },
    OtherWorkspace {
        ours: String,
        theirs: String,
    },
    Unrelated(String),
    NoSuchConflict(String),
    ConflictId(String),
    /// Two copies wrote as one device without seeing each other's changes: the engine cannot
    /// order them, so they must never be produced (load the document inside each edit).
    DuplicateChange(String),
    Engine(#[from] automerge::AutomergeError),
}

impl Localized for SyncError {
    fn message(&self) -> Message {
        let m = Message::new;
        match self {
            Self::DeviceId(id) => m("sync-device-id").with("id", id),
            Self::Key { what, value } => m("sync-key").with("what", term(what)).with("value", value),
            Self::Invalid(invalid) => invalid.message(),
            Self::StatusNotClearable => m("sync-status-not-clearable"),
            Self::NotAWorkspace(reason) => m("sync-not-a-workspace").with("reason", reason),
            Self::UnexpectedValue { key, expected, found } => m("sync-unexpected-value")
                .with("key", key)
                .with("expected", *expected)
                .with("found", found),
            Self::OtherWorkspace { ours, theirs } => {
                m("sync-other-workspace").with("ours", ours).with("theirs", theirs)
            }
            Self::Unrelated(workspace) => m("sync-unrelated").with("workspace", workspace),
            Self::NoSuchConflict(id) => m("sync-no-such-conflict").with("id", id),
            Self::ConflictId(id) => m("sync-conflict-id").with("id", id),
            Self::DuplicateChange(device) => m("sync-duplicate-change").with("device", device),
            Self::Engine(error) => m("sync-engine").with("reason", error.to_string()),
        }
    }
}
