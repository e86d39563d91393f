//! Reviewers' comments: what legal reviewers and consulted providers send back on a circulated
//! draft (comments, tracked insertions and deletions, edits made without tracking), each
//! attached to the item whose clause it sits in, and how the workspace answered it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::{Disposition, ReviewKind};

/// One reviewer's comment or change as `review list` shows it (contract §8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewComment {
    /// Globally unique (the same comment imported on two laptops has the same id).
    pub id: String,
    /// The item whose clause it sits in; `null` for a section or the document.
    pub item: Option<String>,
    /// The section number when it is not in a clause; `null` otherwise.
    pub section: Option<u32>,
    pub kind: ReviewKind,
    pub author: String,
    pub organisation: Option<String>,
    /// When the reviewer wrote it, as the file says (ISO 8601); `null` when the file has no date.
    pub at: Option<String>,
    pub text: String,
    /// The text it was anchored on, quoted.
    pub anchor_text: String,
    pub replies: Vec<ReviewReply>,
    /// Marked resolved in Word; it still needs a disposition here.
    pub resolved: bool,
    pub source_file: String,
    /// The circulated version the file came from; `null` when its fingerprint matched none.
    pub source_version: Option<String>,
    pub disposition: Option<Disposition>,
    pub response: Option<String>,
    pub responded_by: Option<String>,
    pub responded_at: Option<DateTime<Utc>>,
}

/// A reply in a comment's thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewReply {
    pub author: String,
    pub at: Option<String>,
    pub text: String,
}

impl ReviewComment {
    /// A tracked change or an edit: something `--apply` can make the item's wording.
    pub fn is_change(&self) -> bool {
        self.kind != ReviewKind::Comment
    }
}
