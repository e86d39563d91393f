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

mod authority;
mod catalog;
mod check;
mod decision;
mod device;
mod discussion;
mod error;
mod language;
mod review;
mod survey;
mod text;
mod values;
mod workspace;

pub use authority::{Authority, known_authority, normalize_authority_code};
pub use catalog::{Recommendation, SourceDocument, SourceRef};
pub use check::{Finding, check};
pub use decision::{Decision, DecisionField, DecisionPatch, FieldChange};
pub use device::{Device, MAX_DEVICE_NAME, validate_device_name};
pub use discussion::{
    ActionInput, ActionItem, AgendaEntry, Discussion, Divergence, ItemResolution, MAX_NOTE, MinuteNote, Participant,
    Position, PositionInput, ResolutionInput, Session, SessionDraft, legacy_number, validate_time_box,
};
pub use error::{InvalidInput, Result};
pub use language::{NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, TypographyFault, check_french_typography, fold_for_search};
pub use review::{ReviewComment, ReviewReply};
pub use survey::BaselineAnswer;
pub use text::{optional_text, parse_date, validate_text};
pub use values::{
    AgendaOrder, AuthorityKind, CatalogGroup, DecisionStatus, Disposition, ExportFormat, FindingKind, Flag, Instrument,
    Language, Priority, ReasonCode, Resolution, ReviewKind, SecurityDimension, Stakeholder, Stance, SurveyFormat,
    SurveyStatus, ThreatCategory,
};
pub use workspace::{
    HistoryEntry, NewWorkspace, PropertyField, SelectedItem, Workspace, WorkspaceRecord, WorkspaceSummary,
};
