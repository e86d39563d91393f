//! The vocabulary of dfs-adopt: plain types in the words regulators use.
//!
//! - A [`Recommendation`] is one item of the catalog, citing [`SourceRef`]s into [`SourceDocument`]s.
//! - A [`Workspace`] is one jurisdiction's adoption work, decided by its [`Authority`]s.
//! - Each selected item carries a [`Decision`]; a [`DecisionPatch`] changes some of its fields and
//!   yields the [`FieldChange`]s that go into the append-only history ([`HistoryEntry`]).
//!
//! This crate does no I/O and depends on no storage, UI or document code. Everything that
//! checks user input against the value sets of the CLI contract lives here, so the CLI and the
//! app refuse the same things with the same words.

mod catalog;
mod check;
mod decision;
mod discussion;
mod error;
mod survey;
mod values;
mod workspace;

pub use catalog::{Recommendation, SourceDocument, SourceRef};
pub use check::{Finding, check};
pub use decision::{Decision, DecisionField, DecisionPatch, FieldChange};
pub use discussion::{
    ActionInput, ActionItem, AgendaEntry, Discussion, Divergence, ItemResolution, MAX_NOTE, MinuteNote, Participant,
    Position, PositionInput, ResolutionInput, Session, SessionDraft, known_authority, optional_text, validate_time_box,
};
pub use error::{InvalidInput, Result};
pub use survey::BaselineAnswer;
pub use values::{
    AgendaOrder, AuthorityKind, CatalogGroup, DecisionStatus, ExportFormat, FindingKind, Flag, Instrument, Priority,
    ReasonCode, Resolution, SecurityDimension, Stakeholder, Stance, SurveyFormat, SurveyStatus, ThreatCategory,
    parse_date,
};
pub use workspace::{
    Authority, HistoryEntry, NewWorkspace, PropertyField, SelectedItem, Workspace, WorkspaceRecord, WorkspaceSummary,
    normalize_authority_code, validate_text,
};
