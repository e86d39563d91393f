//! The operations of dfs-adopt, in the order a clinic uses them: browse the catalog, create a
//! workspace, select recommendations, decide them, read the history. The CLI and the Tauri app
//! are thin shells over [`Workbench`]; neither reaches into the store or the catalog directly.
//!
//! Depends on the domain, the catalog and the store; knows nothing of Tauri, terminals or JSON
//! printing. It owns the clock and the name changes are recorded under, so shells stay thin
//! and tests can fix both.

mod clock;
mod defaults;
pub mod demo;
mod discussion;
mod error;
mod export;
mod lock;
mod records;
mod survey;
mod views;
mod workbench;

pub use adopt_domain::{ExportFormat, SurveyFormat};
pub use adopt_store::StoreError;
pub use clock::Clock;
pub use defaults::{APP_IDENTIFIER, DATABASE_ENV, default_database_path, default_user};
pub use discussion::{AgendaSlot, PositionChange, ResolveOutcome, parse_participant};
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use export::{TemplateInfo, render, templates, write_file};
pub use lock::InstanceLock;
pub use records::{GroupProgress, LeadProgress, OpenItem, Overview, StatusCount, workspace_file_name};
pub use survey::{
    BaselineChange, BaselineCount, GapOverview, GapRow, MAX_SURVEY_BYTES, RowProblem, SURVEY_COLUMNS, Suggestion,
    SurveyImport, read_survey_file,
};
pub use views::{CitedSource, RecommendationDetail, SelectionOutcome, WorkspaceDetail, WorkspaceProperties};
pub use workbench::{Workbench, default_template};
