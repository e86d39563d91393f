//! What can go wrong with a replicated workspace. Bundle framing has its own error
//! (`bundle::BundleError`): a file from outside is refused before the engine sees it.

use adopt_domain::InvalidInput;

/// An edit, a document or a merge that was refused; nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("device id {0:?} is not 32 hexadecimal digits; use the device id this database stores")]
    DeviceId(String),
    #[error("{what} {value:?} cannot be used in a replicated workspace: use letters, digits, '-' or '_', no '/'")]
    Key { what: &'static str, value: String },
    #[error(transparent)]
    Invalid(#[from] InvalidInput),
    #[error("the status of a decision cannot be cleared; set another status instead")]
    StatusNotClearable,
    #[error("the document is not a dfs-adopt workspace ({0}); it may come from a newer version of dfs-adopt")]
    NotAWorkspace(String),
    #[error(
        "the document holds {found} for {key:?} where {expected} was expected; it may come from a newer version of dfs-adopt"
    )]
    UnexpectedValue {
        key: String,
        expected: &'static str,
        found: String,
    },
    #[error("this copy is of workspace {theirs}, not {ours}; a bundle only merges into its own workspace")]
    OtherWorkspace { ours: String, theirs: String },
    #[error(
        "the two copies of workspace {0} were created separately and share no history; import the bundle into a database without this workspace instead"
    )]
    Unrelated(String),
    #[error("no conflict {0:?} in this workspace; list the conflicts to see their ids")]
    NoSuchConflict(String),
    #[error("{0:?} is not a conflict id; use ITEM/FIELD, or -/FIELD for the workspace")]
    ConflictId(String),
    /// Two copies wrote as one device without seeing each other's changes: the engine cannot
    /// order them, so they must never be produced (load the document inside each edit).
    #[error(
        "two copies of this workspace wrote as device {0} without seeing each other; their changes cannot be merged"
    )]
    DuplicateChange(String),
    #[error("the replication engine refused the document: {0}")]
    Engine(#[from] automerge::AutomergeError),
}
