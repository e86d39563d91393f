//! The operations of dfs-adopt, in the order a clinic uses them: browse the catalog, create a
//! workspace, select recommendations, decide them, read the history. The CLI and the Tauri app
//! are thin shells over [`Workbench`]; neither reaches into the store or the catalog directly.
//!
//! Depends on the domain, the catalog and the store; knows nothing of Tauri, terminals or JSON
//! printing. It owns the clock and the name changes are recorded under, so shells stay thin
//! and tests can fix both.

mod clock;
pub mod demo;
mod discussion;
mod error;
mod export;
mod lock;
mod records;
mod survey;
mod views;

use std::path::{Path, PathBuf};

use adopt_catalog::Catalog;
use adopt_domain::{
    CatalogGroup, Decision, DecisionPatch, HistoryEntry, InvalidInput, NewWorkspace, PropertyField, Recommendation,
    SourceDocument, Workspace, WorkspaceSummary, validate_text,
};
use adopt_store::Store;
use chrono::{DateTime, NaiveDate, Utc};

pub use adopt_domain::{ExportFormat, SurveyFormat};
pub use adopt_store::StoreError;
pub use clock::Clock;
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

/// The app's identifier: its data folder is `<platform data dir>/<APP_IDENTIFIER>/`.
/// Must equal `identifier` in `src-tauri/tauri.conf.json` (a test checks it).
pub const APP_IDENTIFIER: &str = "org.dfs-adopt.desktop";
/// Environment variable naming the database file, for the CLI and the app alike.
pub const DATABASE_ENV: &str = "DFS_ADOPT_DB";
/// The template a new workspace gets unless told otherwise.
pub fn default_template() -> &'static str {
    adopt_document::builtin_names()[0]
}

/// The database the app and the CLI share by default: `$DFS_ADOPT_DB`, or
/// `dfs-adopt.sqlite3` in the app's data folder.
pub fn default_database_path() -> PathBuf {
    if let Some(path) = std::env::var_os(DATABASE_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(APP_IDENTIFIER)
        .join("dfs-adopt.sqlite3")
}

/// Who is at the keyboard, by default: the operating-system user name.
pub fn default_user() -> String {
    whoami::username()
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// One open database with the built-in catalog: the verbs every shell calls.
pub struct Workbench {
    store: Store,
    catalog: &'static Catalog,
    by: String,
    clock: Clock,
    /// The survey file last previewed, as it was read: importing it then imports exactly what
    /// the preview showed, even if the file changed on disk since.
    previewed: Option<survey::PreviewedSurvey>,
}

impl Workbench {
    /// Opens the database at `path`, recording changes under the name `by`, on the system clock.
    pub fn open(path: &Path, by: &str) -> Result<Workbench> {
        Self::open_with(path, by, Clock::system())
    }

    /// Opens the database at `path` with the clock every time comes from, from the name of
    /// the backup taken before a migration onwards.
    pub fn open_with(path: &Path, by: &str, clock: Clock) -> Result<Workbench> {
        let by = validate_text("--by name", by, 200)?;
        let store = Store::open(path, clock.now())?;
        Self::with_store(store, by, clock)
    }

    /// A workbench on a private in-memory database (tests, demos).
    pub fn in_memory(by: &str) -> Result<Workbench> {
        let by = validate_text("--by name", by, 200)?;
        Self::with_store(Store::open_in_memory()?, by, Clock::system())
    }

    fn with_store(mut store: Store, by: String, clock: Clock) -> Result<Workbench> {
        let catalog = Catalog::builtin();
        store.index_catalog(catalog.items(), &catalog.fingerprint())?;
        Ok(Workbench {
            store,
            catalog,
            by,
            clock,
            previewed: None,
        })
    }

    /// Replaces the clock, so tests record known times.
    pub fn set_clock(&mut self, clock: impl Fn() -> DateTime<Utc> + Send + 'static) {
        self.clock = Clock::from_fn(clock);
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Today's date where the user is, by the workbench's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The document date: `date` (`YYYY-MM-DD`) when given, else today. Both shells date
    /// drafts, minutes and the completeness check through this.
    pub fn document_date(&self, date: Option<&str>) -> Result<NaiveDate> {
        match date {
            Some(text) => Ok(adopt_domain::parse_date(text)?),
            None => Ok(self.today()),
        }
    }

    // --- catalog -------------------------------------------------------------------------

    /// Catalog items, optionally of one group and matching a full-text search (best match
    /// first); otherwise in catalog order.
    pub fn catalog_items(&self, group: Option<CatalogGroup>, search: Option<&str>) -> Result<Vec<Recommendation>> {
        let in_group = |item: &&Recommendation| group.is_none_or(|g| item.group == g);
        match search.map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(self.catalog.items().iter().filter(in_group).cloned().collect()),
            Some(text) => Ok(self
                .store
                .search_catalog(text)?
                .iter()
                .filter_map(|id| self.catalog.get(id))
                .filter(in_group)
                .cloned()
                .collect()),
        }
    }

    /// One catalog item with the source documents it cites.
    pub fn catalog_item(&self, id: &str) -> Result<RecommendationDetail> {
        let item = self.recommendation(id)?;
        Ok(RecommendationDetail::new(item, self.catalog))
    }

    /// The source documents the catalog cites.
    pub fn sources(&self) -> &[SourceDocument] {
        self.catalog.sources()
    }

    fn recommendation(&self, id: &str) -> Result<&'static Recommendation> {
        let catalog: &'static Catalog = self.catalog;
        catalog
            .get(id)
            .ok_or_else(|| Error::UnknownRecommendation(id.trim().to_string()))
    }

    // --- workspaces ----------------------------------------------------------------------

    /// Creates a workspace; the template defaults to the first built-in one.
    pub fn create_workspace(&mut self, new: NewWorkspace) -> Result<Workspace> {
        let new = new.validate()?;
        check_template(&new.template)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.create_workspace(&new, at, &by)?)
    }

    pub fn workspaces(&self) -> Result<Vec<WorkspaceSummary>> {
        Ok(self.store.list_workspaces()?)
    }

    /// A workspace (by id or name) with its selected items and their decisions.
    pub fn workspace(&self, key: &str) -> Result<WorkspaceDetail> {
        let workspace = self.store.find_workspace(key)?;
        let items = self.store.selected_items(&workspace.id)?;
        Ok(WorkspaceDetail { workspace, items })
    }

    /// Changes document properties; an empty text clears an optional property.
    pub fn set_properties(&mut self, key: &str, properties: WorkspaceProperties) -> Result<Workspace> {
        let workspace = self.store.find_workspace(key)?;
        let mut changes = Vec::new();
        if let Some(name) = properties.name {
            changes.push((PropertyField::Name, Some(validate_text("workspace name", &name, 200)?)));
        }
        if let Some(template) = properties.template {
            let template = validate_text("template", &template, 200)?;
            check_template(&template)?;
            changes.push((PropertyField::Template, Some(template)));
        }
        let optional = [
            (PropertyField::DocVersion, properties.doc_version),
            (PropertyField::Reference, properties.reference),
            (PropertyField::PreparedBy, properties.prepared_by),
            (PropertyField::Event, properties.event),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                let value = value.trim();
                let checked = if value.is_empty() {
                    None
                } else {
                    Some(validate_text("property", value, 1000)?)
                };
                changes.push((field, checked));
            }
        }
        if changes.is_empty() {
            return Err(InvalidInput::NothingToChange.into());
        }
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.set_properties(&workspace.id, &changes, at, &by)?)
    }

    // --- selection and decisions ---------------------------------------------------------

    /// Selects catalog items (all or nothing: one unknown id selects none).
    pub fn select(&mut self, key: &str, ids: &[String]) -> Result<SelectionOutcome> {
        let workspace = self.store.find_workspace(key)?;
        let items = ids
            .iter()
            .map(|id| self.recommendation(id))
            .collect::<Result<Vec<_>>>()?;
        let (at, by) = (self.now(), self.by.clone());
        let added = self.store.select(&workspace.id, &items, at, &by)?;
        let already = items
            .iter()
            .map(|i| i.id.clone())
            .filter(|id| !added.contains(id))
            .collect();
        Ok(SelectionOutcome { added, already })
    }

    /// Removes items from the selection; decided items need `force`. All or nothing.
    pub fn deselect(&mut self, key: &str, ids: &[String], force: bool) -> Result<()> {
        let workspace = self.store.find_workspace(key)?;
        let ids = ids
            .iter()
            .map(|id| self.recommendation(id).map(|i| i.id.as_str()))
            .collect::<Result<Vec<_>>>()?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.deselect(&workspace.id, &ids, force, at, &by)?)
    }

    /// Changes the fields of a decision named in `patch`. With `if_revision`, refuses the
    /// change when the decision has moved on since that revision.
    pub fn decide(&mut self, key: &str, id: &str, patch: &DecisionPatch, if_revision: Option<u32>) -> Result<Decision> {
        let workspace = self.store.find_workspace(key)?;
        let item = self.recommendation(id)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self
            .store
            .decide(&workspace.id, &item.id, patch, if_revision, at, &by)?)
    }

    /// The append-only change log of a workspace, or of one item in it.
    pub fn history(&self, key: &str, item: Option<&str>) -> Result<Vec<HistoryEntry>> {
        let workspace = self.store.find_workspace(key)?;
        let item = item
            .map(|id| self.recommendation(id).map(|i| i.id.as_str()))
            .transpose()?;
        Ok(self.store.history(&workspace.id, item)?)
    }
}

fn check_template(name: &str) -> Result<()> {
    if adopt_document::builtin_names().contains(&name) {
        Ok(())
    } else {
        Err(Error::UnknownTemplate(name.to_string()))
    }
}
