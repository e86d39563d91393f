//! The replicated state of a dfs-adopt workspace, so that the regulator's and the central
//! bank's laptops (and the facilitator's) can each work offline and merge by exchanging files.
//!
//! The merge is Automerge's (crate `automerge` 0.12), a CRDT: changes from any number of
//! devices merge in any order to the same state, merging twice changes nothing, and two
//! concurrent changes to one field are both kept as a conflict instead of one being dropped.
//! Nothing here merges by itself; this crate only decides what goes where in the document.
//!
//! # Layout
//!
//! One Automerge document per workspace; the actor is the device id (32 hex digits) the caller
//! gives. The root holds the layout number, the workspace id, the records' flat keys (below)
//! and five maps made once, when the workspace is created (see `layout.rs`):
//!
//! - `properties`: `name`, `jurisdiction`, `template`, `doc_version`, `reference`,
//!   `prepared_by`, `event`... each its own key;
//! - `authorities`: `CODE/name`, `CODE/kind`;
//! - `selection`: `ITEM` → 0 when deselected, otherwise a generation number that each select
//!   or decide raises (Automerge writes nothing for a value equal to the current one, and a
//!   decide must always be a real write for a concurrent deselect to conflict with);
//! - `decisions`: `ITEM/status`, `ITEM/reason`, `ITEM/rationale`, `ITEM/wording`, `ITEM/lead`,
//!   `ITEM/support` (a list of codes, replaced whole), `ITEM/priority`, `ITEM/due`;
//! - `history`: line id (32 hex) → the `HistoryLine` as JSON, appended once and never changed
//!   (`Edit::AppendHistory`, usually in the same change as the edit it records), so every
//!   peer's history is the union of every device's lines, ordered by (`at`, `id`). The store
//!   appends only lines of replicated fields: never a participant's name or an action owner.
//!
//! Every field is a key of its own, so two laptops conflict field by field, never over whole
//! records. Each write puts one record, a JSON array `[v, device, by, at]` in a string (`at`
//! in milliseconds): the value in the text form the history uses (a list of codes for
//! `support`, a generation for the selection, null for a cleared field, so clearing against a
//! concurrent change is a conflict too) with the `Origin` of the write (device name, user,
//! time) that `conflicts list` shows. One scalar per write keeps a write one engine operation
//! and conflicts field by field. A decision edit also writes `selected: true` in the same
//! change: a deselect on one laptop against a decide on another is then a conflict on
//! `selected`, and the item stays selected until a person settles it (§9 of the CLI contract). Conflicts are named `ITEM/FIELD`, or `-/FIELD` for the workspace
//! (`-/doc_version`, `-/authority.TR.name`), the same on every device; `resolve` writes the
//! chosen value as a new change that supersedes every side, so the conflict is gone on each
//! peer the change reaches.
//!
//! `ReplicatedWorkspace::new` starts the document of a new workspace; `from_state` makes it
//! from a whole `WorkspaceState` in one change, for a workspace created before replication.
//! `WorkspaceState::changes_since` compares two states (before and after a merge): items
//! added to and removed from the selection, and each property, authority and decision field
//! whose text form changed, as `sync import` reports them.
//!
//! # Records beyond the decision
//!
//! Baseline answers, sessions, positions, minute notes, resolutions, action items, reviewers'
//! comments and circulated versions are records (`records.rs`): each field a flat key of the
//! root, `r/KIND/ITEM/FIELD/ID`, holding the same `[v, device, by, at]` record. Flat keys of
//! the root rather than a map of their own, because the root exists in every copy: the first
//! laptop to write a record into a document made before records creates nothing another
//! laptop could create concurrently. Positions are keyed by session and authority, so two
//! authorities' positions in one session add up and one authority's on two laptops conflict
//! (`ITEM/position.SESSION.AUTHORITY.stance`). A version is one field, its metadata as JSON
//! with the SHA-256 of its files, so the same label circulated twice conflicts as a whole
//! (`-/version.LABEL`); the files travel as the bundle's blobs, never inside the document.
//! `WorkspaceState::records` gives each shown value with the origin of its write, which is
//! where a position's or an answer's author and time come from on every laptop.
//!
//! Never replicated: what is local to a device (`revision`, `updated_at`, `updated_by`,
//! archiving, the facilitator's current item, timers and agenda, the device name itself).
//! The store (`adopt-store`'s `replica.rs`, `replica_records.rs`) writes every edit through this
//! crate in the edit's own transaction, and writes a merged state back into its rows.

//! # Why names never go in the document
//!
//! Participants' names and action owners stay on the laptop where they were typed (the user
//! who made an edit, `Origin::by`, does travel, as the history's `by` does). An Automerge
//! document keeps every value it ever held, and a copy once sent cannot be recalled, so a name
//! written into it could never be removed on request, as the store's history promises. Other
//! laptops see the organisation instead. The bundle carries a device name, never a person's.
//!
//! # The bundle
//!
//! `Bundle` is what travels by email or USB key: the document's bytes raw, the blobs beside
//! them, a small JSON header, a magic number and a SHA-256 checksum (framing in `bundle.rs`).
//! A truncated, corrupted, foreign or newer file is refused with its own error before the
//! engine reads it.

mod bundle;
mod conflict;
mod document;
mod error;
mod layout;
mod records;
mod state;

pub use bundle::{Blob, Bundle, BundleError, FORMAT_VERSION, PROJECT};
pub use conflict::{Conflict, ConflictValue};
pub use document::ReplicatedWorkspace;
pub use error::SyncError;
pub use records::{RecordField, RecordKind};
pub use state::{
    AuthorityState, DecisionState, DecisionValue, Edit, FieldChange, HistoryLine, ItemState, Origin, RecordValue,
    StateChanges, WorkspaceState,
};
