//! The operations of dfs-adopt, shared by the CLI and the Tauri app: the [`Workbench`] and
//! its verbs. Neither shell reaches into the store, the catalog or the renderers directly, and
//! both accept and refuse the same input because the rules are here.
//!
//! - `workbench`: opening a database, the catalog, workspaces, selection, decisions, history;
//! - `records`: workspace files (export, import, duplicate, archive), undo of a decision, the
//!   history as CSV, the overview;
//! - `discussion`: sessions, agenda, positions, resolutions, actions, notes, minutes;
//! - `survey`: the gap-analysis survey (its files in `survey/`), baseline, suggestions, check;
//! - `export`: drafts composed and rendered to DOCX or PDF, files written atomically;
//! - `versions`: circulated versions (frozen, listed, written back, names removed); `frozen`:
//!   the record a draft is made from and its fingerprint; `diff`: the changes between two
//!   records; `compare`: the draft compared with a version; `reference_doc`: the house style;
//! - `demo`: the worked Lesotho example, from `data/demo.toml`;
//! - `clock` (the one place the time is read), `defaults`, `lock`, `error`, `views`.
//!
//! Depends on the domain, the catalog, the store, the document model and the two renderers;
//! knows nothing of Tauri, terminals or JSON printing. It owns the clock and the name changes
//! are recorded under, so tests can fix both.

mod clock;
mod compare;
mod defaults;
pub mod demo;
mod diff;
mod discussion;
mod error;
mod export;
mod findings;
mod frozen;
pub mod fuzz_entry;
mod lock;
mod records;
mod reference_doc;
mod review;
mod survey;
mod sync;
mod verify;
mod versions;
mod views;
mod workbench;

pub use adopt_document::short_fingerprint;
pub use adopt_domain::{Device, ExportFormat, SurveyFormat, validate_device_name};
pub use adopt_messages::{Locale, Localized, Message};
pub use adopt_store::{ReferenceDoc, StoreError};
pub use clock::Clock;
pub use defaults::{APP_IDENTIFIER, DATABASE_ENV, default_database_path, default_device_name, default_user};
pub use diff::{Change, VersionDiff};
pub use discussion::{AgendaSlot, PositionChange, ResolveOutcome, parse_participant};
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use export::{DraftOptions, TemplateInfo, render, template_list, write_file};
pub use findings::FindingView;
pub use lock::InstanceLock;
pub use records::{GroupProgress, LeadProgress, OpenItem, Overview, StatusCount, workspace_file_name};
pub use reference_doc::{
    HouseReference, MAX_REFERENCE_DOC_BYTES, PageMargins, ReferenceDocInfo, ReferencePage, house_style_notes,
    read_reference_doc, render_styled,
};
pub use review::{MAX_REVIEW_BYTES, ReviewImport, ReviewImportReport, read_review_file};
pub use survey::{
    BaselineChange, BaselineCount, GapOverview, GapRow, MAX_SURVEY_BYTES, RowProblem, SURVEY_COLUMNS, Suggestion,
    SurveyImport, read_survey_file,
};
pub use sync::{
    ConflictChoice, ConflictValueView, ConflictView, MAX_BUNDLE_BYTES, SyncExport, SyncImport, SyncImportReport,
};
pub use verify::{MAX_VERIFY_BYTES, Verification, VerifyStatus};
pub use versions::{VersionDetail, VersionFileSizes, VersionInfo};
pub use views::{CitedSource, RecommendationDetail, SelectionOutcome, WorkspaceDetail, WorkspaceProperties};
pub use workbench::{Workbench, default_template, default_template_in, template_counterpart};
