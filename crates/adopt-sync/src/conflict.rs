//! Conflicts as a person sees them: one field, every concurrent value, the shown one first.

use chrono::{DateTime, Utc};

/// Two or more peers changed one field concurrently to different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The same on every device: `ITEM/FIELD` (`REG-01/rationale`, `REG-01/selected`) or
    /// `-/FIELD` for the workspace (`-/name`, `-/authority.TR.kind`).
    pub id: String,
    /// The shown value first (the engine's pick; for `selected`, a "true" while any peer
    /// selected or decided the item), then the others by `at`, then device name, then device
    /// id. The same order on every device.
    pub values: Vec<ConflictValue>,
}

/// One peer's value in a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictValue {
    /// The field's text form as the history writes it; empty for a cleared field.
    pub value: String,
    /// The device id (32 hex digits) of the peer that wrote it.
    pub actor: String,
    /// The name of the device that wrote it, as its history shows it.
    pub device: String,
    /// The user who made the edit.
    pub by: String,
    pub at: DateTime<Utc>,
}
