//! The workbench: one open database with the built-in catalog and the clock, and the verbs
//! of the catalog, workspaces, selection and decisions. The other verbs extend it in their own
//! modules (discussion, export, records, survey).

use std::path::{Path, PathBuf};

use adopt_catalog::Catalog;
use adopt_document::Template;
use adopt_domain::{
    CatalogGroup, Decision, DecisionPatch, Device, HistoryEntry, InvalidInput, Language, NewWorkspace, PropertyField,
    Recommendation, SourceDocument, Workspace, WorkspaceSummary, validate_device_name, validate_text,
};
use adopt_store::Store;
use chrono::{DateTime, NaiveDate, Utc};

use crate::clock::Clock;
use crate::defaults::default_device_name;
use crate::error::{Error, Result};
use crate::views::{RecommendationDetail, SelectionOutcome, WorkspaceDetail, WorkspaceProperties};

/// The template a new workspace gets unless told otherwise.
pub fn default_template() -> &'static str {
    adopt_document::builtin_names()[0]
}

/// Each built-in English template and the French one that writes the same instrument.
const COUNTERPARTS: [(&str, &str); 2] = [
    ("joint-directive", "directive-conjointe"),
    ("guideline", "ligne-directrice"),
];

/// The template a new workspace whose documents are in `language` gets unless told otherwise.
pub fn default_template_in(language: Language) -> &'static str {
    match language {
        Language::En => default_template(),
        Language::Fr => COUNTERPARTS[0].1,
    }
}

/// The built-in template that writes the same instrument as `template` in `language`:
/// itself when it is already in `language`, `None` when it has no counterpart.
pub fn template_counterpart(template: &str, language: Language) -> Option<&'static str> {
    let (en, fr) = COUNTERPARTS
        .iter()
        .find(|(en, fr)| *en == template || *fr == template)?;
    Some(match language {
        Language::En => en,
        Language::Fr => fr,
    })
}

/// The language a built-in template writes, as its manifest says (a BCP 47 tag: `fr-FR` is
/// French).
fn template_language(name: &str) -> Result<Language> {
    let template = Template::builtin(name)?;
    let tag = template.manifest.language;
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    Ok(primary.parse::<Language>()?)
}

/// Refuses a built-in template whose manifest language is not the workspace's, naming the one
/// to use instead.
fn check_template_language(name: &str, language: Language) -> Result<()> {
    let written = template_language(name)?;
    if written == language {
        return Ok(());
    }
    let counterpart = template_counterpart(name, language)
        .map(str::to_string)
        .unwrap_or_else(|| {
            adopt_document::builtin_names()
                .into_iter()
                .filter(|n| template_language(n).ok() == Some(language))
                .collect::<Vec<_>>()
                .join(", ")
        });
    Err(InvalidInput::TemplateLanguage {
        template: name.to_string(),
        template_language: written.code().to_string(),
        language: language.code(),
        counterpart,
    }
    .into())
}

/// The survey file last previewed, as it was read.
pub(crate) struct PreviewedSurvey {
    pub workspace: String,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// One open database with the built-in catalog: the verbs every shell calls.
pub struct Workbench {
    pub(crate) store: Store,
    pub(crate) catalog: &'static Catalog,
    pub(crate) by: String,
    pub(crate) clock: Clock,
    /// The survey file last previewed, as it was read: importing it then imports exactly what
    /// the preview showed, even if the file changed on disk since.
    pub(crate) previewed: Option<PreviewedSurvey>,
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
        // The suffix names how items are indexed (both languages, folded), so a database
        // indexed the older way is indexed again.
        store.index_catalog(catalog.items(), &format!("{}+en-fr-folded", catalog.fingerprint()))?;
        // Items selected before selections kept French text get it from the built-in catalog,
        // once, the first time this version opens the database.
        let french = |id: &str| {
            catalog
                .get(id)
                .map(|item| (item.title_fr.clone(), item.statement_fr.clone()))
        };
        store.freeze_missing_french(&french, clock.now(), &by)?;
        // First use: the database gets its device, named after the host until told otherwise.
        store.ensure_device(&default_device_name(), clock.now())?;
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

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// This database's device: its id (never changes) and name (`--device`).
    pub fn device(&mut self) -> Result<Device> {
        let now = self.now();
        Ok(self.store.ensure_device(&default_device_name(), now)?)
    }

    /// Names this database's device; the name is stored and used until changed again.
    pub fn set_device_name(&mut self, name: &str) -> Result<Device> {
        let name = validate_device_name(name)?;
        let now = self.now();
        Ok(self.store.set_device_name(&name, now)?)
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
    pub fn catalog_list(&self, group: Option<CatalogGroup>, search: Option<&str>) -> Result<Vec<Recommendation>> {
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
    pub fn catalog_show(&self, id: &str) -> Result<RecommendationDetail> {
        let item = self.recommendation(id)?;
        Ok(RecommendationDetail::new(item, self.catalog))
    }

    /// One catalog item with the source documents it cites, its texts in `language`.
    pub fn catalog_show_in(&self, id: &str, language: Language) -> Result<RecommendationDetail> {
        let item = self.recommendation(id)?;
        Ok(RecommendationDetail::new_in(item, self.catalog, language))
    }

    /// The source documents the catalog cites.
    pub fn catalog_sources(&self) -> &[SourceDocument] {
        self.catalog.sources()
    }

    pub(crate) fn recommendation(&self, id: &str) -> Result<&'static Recommendation> {
        let catalog: &'static Catalog = self.catalog;
        catalog
            .get(id)
            .ok_or_else(|| Error::UnknownRecommendation(id.trim().to_string()))
    }

    // --- workspaces ----------------------------------------------------------------------

    /// Creates a workspace whose documents are in English.
    pub fn workspace_create(&mut self, new: NewWorkspace) -> Result<Workspace> {
        self.workspace_create_in(new, Language::En)
    }

    /// Creates a workspace whose documents are in `language`; its template must write that
    /// language ([`default_template_in`] gives the one to use when none was chosen).
    pub fn workspace_create_in(&mut self, new: NewWorkspace, language: Language) -> Result<Workspace> {
        let new = new.validate()?;
        check_template(&new.template)?;
        check_template_language(&new.template, language)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.create_workspace_in(&new, language, at, &by)?)
    }

    pub fn workspace_list(&self) -> Result<Vec<WorkspaceSummary>> {
        Ok(self.store.list_workspaces()?)
    }

    /// A workspace (by id or name) with its selected items and their decisions.
    pub fn workspace_show(&self, key: &str) -> Result<WorkspaceDetail> {
        let workspace = self.store.find_workspace(key)?;
        let items = self.store.selected_items(&workspace.id)?;
        Ok(WorkspaceDetail { workspace, items })
    }

    /// Changes document properties; an empty text clears an optional property.
    pub fn workspace_set(&mut self, key: &str, properties: WorkspaceProperties) -> Result<Workspace> {
        let workspace = self.store.find_workspace(key)?;
        let mut changes = Vec::new();
        if let Some(name) = properties.name {
            changes.push((PropertyField::Name, Some(validate_text("workspace name", &name, 200)?)));
        }
        let language = properties.language.unwrap_or(workspace.language);
        if properties.language.is_some() {
            changes.push((PropertyField::Language, Some(language.code().to_string())));
        }
        let template = match properties.template {
            Some(template) => {
                let template = validate_text("template", &template, 200)?;
                check_template(&template)?;
                Some(template)
            }
            // A new language takes the built-in template to its counterpart in that language.
            None if language != workspace.language => Some(
                template_counterpart(&workspace.template, language)
                    .unwrap_or(&workspace.template)
                    .to_string(),
            ),
            None => None,
        };
        if let Some(template) = template {
            check_template_language(&template, language)?;
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

pub(crate) fn check_template(name: &str) -> Result<()> {
    if adopt_document::builtin_names().contains(&name) {
        Ok(())
    } else {
        Err(Error::UnknownTemplate(name.to_string()))
    }
}
