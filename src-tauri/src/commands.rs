//! The commands the windows may call, each an adapter from IPC arguments to one workbench
//! operation of the same name (exports add the file written, the room view its window).
//! Errors cross IPC as `{code, message}` ([`ErrorPayload`]). Every command is named once more,
//! in `command_list.rs`; a test checks the capabilities and the UI's calls against that list.
//!
//! Every command that changes the open discussion (or a decision) tells the room view, which
//! reads the discussion again: see [`changed`].

use std::path::PathBuf;

use adopt_core::{
    AgendaSlot, ConflictChoice, ConflictView, ErrorPayload, ExportFormat, FindingView, GapOverview, Locale, Message,
    Overview, PositionChange, RecommendationDetail, ReferenceDocInfo, ResolveOutcome, ReviewImportReport,
    SelectionOutcome, Suggestion, SurveyImport, SyncExport, SyncImportReport, TemplateInfo, Verification,
    VersionDetail, VersionDiff, VersionInfo, WorkspaceDetail, WorkspaceProperties,
};
use adopt_domain::{
    ActionInput, ActionItem, AgendaOrder, BaselineAnswer, CatalogGroup, Decision, DecisionPatch, Discussion,
    Disposition, HistoryEntry, Language, NewWorkspace, PositionInput, Recommendation, ResolutionInput, ReviewComment,
    Session, SessionDraft, SourceDocument, Workspace, WorkspaceSummary,
};
use tauri::{AppHandle, Manager, State};

use crate::state::AppState;
use crate::{dialogs, room};

type Reply<T> = Result<T, ErrorPayload>;

/// Runs `op` on the app state on a thread meant for blocking work.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    op: impl FnOnce(&AppState) -> Result<T, ErrorPayload> + Send + 'static,
) -> Result<T, ErrorPayload> {
    let locale = app.state::<AppState>().locale();
    tauri::async_runtime::spawn_blocking(move || op(&app.state::<AppState>()))
        .await
        .unwrap_or_else(|e| {
            let message = Message::new("app-stopped").with("reason", e.to_string());
            Err(ErrorPayload::said(adopt_core::ErrorCode::Storage, &message, locale))
        })
}

/// Sets the interface language (`en` or `fr`): the backend's errors are said in it from now on.
#[tauri::command]
pub fn interface_language_set(state: State<'_, AppState>, language: String) -> Reply<()> {
    let locale = Locale::from_code(&language)
        .ok_or_else(|| state.invalid(Message::new("app-unknown-language").with("language", language.as_str())))?;
    state.set_locale(locale);
    Ok(())
}

/// Passes a command's reply through, telling the room view to read again when it succeeded.
fn changed<T>(app: &AppHandle, reply: Result<T, ErrorPayload>) -> Result<T, ErrorPayload> {
    if reply.is_ok() {
        room::notify(app);
    }
    reply
}

// `async` runs each command off the main thread, so a slow disk never freezes the window.

#[tauri::command(async)]
pub fn catalog_list(
    state: State<'_, AppState>,
    group: Option<CatalogGroup>,
    search: Option<String>,
) -> Reply<Vec<Recommendation>> {
    state.with(|wb| wb.catalog_list(group, search.as_deref()))
}

#[tauri::command(async)]
pub fn catalog_show(state: State<'_, AppState>, id: String) -> Reply<RecommendationDetail> {
    state.with(|wb| wb.catalog_show(&id))
}

#[tauri::command(async)]
pub fn catalog_sources(state: State<'_, AppState>) -> Reply<Vec<SourceDocument>> {
    state.with(|wb| Ok(wb.catalog_sources().to_vec()))
}

#[tauri::command(async)]
pub fn workspace_list(state: State<'_, AppState>) -> Reply<Vec<WorkspaceSummary>> {
    state.with(|wb| wb.workspace_list())
}

/// `language` is the language of the workspace's documents; English when the UI sends none.
#[tauri::command(async)]
pub fn workspace_create(state: State<'_, AppState>, new: NewWorkspace, language: Option<Language>) -> Reply<Workspace> {
    state.with(|wb| wb.workspace_create_in(new, language.unwrap_or_default()))
}

#[tauri::command(async)]
pub fn workspace_show(state: State<'_, AppState>, workspace: String) -> Reply<WorkspaceDetail> {
    state.with(|wb| wb.workspace_show(&workspace))
}

#[tauri::command(async)]
pub fn workspace_set(
    state: State<'_, AppState>,
    workspace: String,
    properties: WorkspaceProperties,
) -> Reply<Workspace> {
    state.with(|wb| wb.workspace_set(&workspace, properties))
}

#[tauri::command(async)]
pub fn workspace_duplicate(state: State<'_, AppState>, workspace: String, name: String) -> Reply<Workspace> {
    state.with(|wb| wb.workspace_duplicate(&workspace, &name))
}

#[tauri::command(async)]
pub fn workspace_archive(state: State<'_, AppState>, workspace: String, archived: bool) -> Reply<()> {
    state.with(|wb| wb.workspace_archive(&workspace, archived))
}

#[tauri::command(async)]
pub fn workspace_export(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<()> {
    state.with(|wb| wb.workspace_export(&workspace, &path))
}

/// Creates the worked Lesotho example in the user's database, so a newcomer sees a whole clinic.
#[tauri::command(async)]
pub fn demo_open(state: State<'_, AppState>) -> Reply<Workspace> {
    state.with(|wb| wb.demo_open())
}

#[tauri::command(async)]
pub fn workspace_import(state: State<'_, AppState>, path: PathBuf) -> Reply<Workspace> {
    state.with(|wb| wb.workspace_import(&path))
}

#[tauri::command(async)]
pub fn select(state: State<'_, AppState>, workspace: String, ids: Vec<String>) -> Reply<SelectionOutcome> {
    state.with(|wb| wb.select(&workspace, &ids))
}

#[tauri::command(async)]
pub fn deselect(state: State<'_, AppState>, workspace: String, ids: Vec<String>, force: bool) -> Reply<()> {
    state.with(|wb| wb.deselect(&workspace, &ids, force))
}

#[tauri::command(async)]
pub fn decide(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    id: String,
    patch: DecisionPatch,
    if_revision: Option<u32>,
) -> Reply<Decision> {
    changed(&app, state.with(|wb| wb.decide(&workspace, &id, &patch, if_revision)))
}

#[tauri::command(async)]
pub fn decision_restore(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    id: String,
    to: Decision,
    if_revision: u32,
) -> Reply<Decision> {
    changed(
        &app,
        state.with(|wb| wb.decision_restore(&workspace, &id, &to, if_revision)),
    )
}

#[tauri::command(async)]
pub fn history(state: State<'_, AppState>, workspace: String, item: Option<String>) -> Reply<Vec<HistoryEntry>> {
    state.with(|wb| wb.history(&workspace, item.as_deref()))
}

#[tauri::command(async)]
pub fn history_csv(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<()> {
    state.with(|wb| adopt_core::write_file(&path, wb.history_csv(&workspace)?.as_bytes()))
}

#[tauri::command(async)]
pub fn overview(state: State<'_, AppState>, workspace: String) -> Reply<Overview> {
    state.with(|wb| wb.overview(&workspace))
}

#[tauri::command(async)]
pub fn template_list() -> Vec<TemplateInfo> {
    adopt_core::template_list()
}

/// Composes, renders and writes the draft on a blocking thread: rendering a long draft takes
/// a moment, and neither the window nor other commands wait for it. With `compare_to` (a
/// circulated version's label) it is the redline of every change since that version.
/// Answers the notes on a PDF in the house style (the fonts it draws with instead).
#[tauri::command]
pub async fn export_draft(
    app: AppHandle,
    workspace: String,
    format: ExportFormat,
    template: Option<String>,
    compare_to: Option<String>,
    path: PathBuf,
) -> Reply<Vec<String>> {
    blocking(app, move |state| {
        state.export_draft(&workspace, format, template.as_deref(), compare_to.as_deref(), &path)
    })
    .await
}

/// Shows a draft this window exported in the file manager.
#[tauri::command(async)]
pub fn file_reveal(state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.reveal(&path)
}

/// The folder that replaces the native save and open dialogs when `DFS_ADOPT_EXPORT_DIR` is
/// set (tests: WebDriver cannot drive a native dialog), or null.
#[tauri::command(async)]
pub fn dialog_folder_override() -> Option<String> {
    dialogs::folder_override()
}

// --- the gap-analysis survey and the completeness check ----------------------------------

/// Writes the survey to fill in: XLSX or CSV by the file's extension (anything else is
/// refused), the selected items or the whole catalog.
#[tauri::command(async)]
pub fn survey_template(state: State<'_, AppState>, workspace: String, all: bool, path: PathBuf) -> Reply<()> {
    state.survey_template(&workspace, all, &path)
}

/// What importing a filled survey would change, or every bad row; writes nothing.
#[tauri::command(async)]
pub fn survey_preview(
    state: State<'_, AppState>,
    workspace: String,
    path: PathBuf,
    authority: Option<String>,
) -> Reply<SurveyImport> {
    state.with(|wb| wb.survey_preview(&workspace, &path, authority.as_deref()))
}

/// Imports the survey last previewed from `path`, all or nothing.
#[tauri::command(async)]
pub fn survey_import(
    state: State<'_, AppState>,
    workspace: String,
    path: PathBuf,
    authority: Option<String>,
) -> Reply<SurveyImport> {
    state.with(|wb| wb.survey_import(&workspace, &path, authority.as_deref(), false))
}

#[tauri::command(async)]
pub fn baseline(state: State<'_, AppState>, workspace: String) -> Reply<Vec<BaselineAnswer>> {
    state.with(|wb| wb.baseline(&workspace))
}

#[tauri::command(async)]
pub fn suggestions(state: State<'_, AppState>, workspace: String) -> Reply<Vec<Suggestion>> {
    state.with(|wb| wb.suggestions(&workspace))
}

#[tauri::command(async)]
pub fn gap_overview(state: State<'_, AppState>, workspace: String) -> Reply<GapOverview> {
    state.with(|wb| wb.gap_overview(&workspace))
}

/// The completeness check against the document date (`YYYY-MM-DD`; today when null).
#[tauri::command(async)]
pub fn check(state: State<'_, AppState>, workspace: String, date: Option<String>) -> Reply<Vec<FindingView>> {
    let findings = state.with(|wb| wb.check(&workspace, wb.document_date(date.as_deref())?))?;
    Ok(FindingView::all(&findings, state.locale()))
}

// --- circulated versions ----------------------------------------------------------------

/// Freezes the workspace under a label (default: its `doc_version`), dated `date`
/// (`YYYY-MM-DD`; today when null). Both files are rendered and stored: a blocking thread.
#[tauri::command]
pub async fn version_circulate(
    app: AppHandle,
    workspace: String,
    label: Option<String>,
    note: Option<String>,
    date: Option<String>,
) -> Reply<VersionInfo> {
    blocking(app, move |state| {
        state.with(|wb| {
            let date = date.as_deref().map(|d| wb.document_date(Some(d))).transpose()?;
            wb.version_circulate(&workspace, label.as_deref(), note.as_deref(), date)
        })
    })
    .await
}

#[tauri::command(async)]
pub fn version_list(state: State<'_, AppState>, workspace: String) -> Reply<Vec<VersionInfo>> {
    state.with(|wb| wb.version_list(&workspace))
}

#[tauri::command(async)]
pub fn version_show(state: State<'_, AppState>, workspace: String, label: String) -> Reply<VersionDetail> {
    state.with(|wb| wb.version_show(&workspace, &label))
}

/// Writes the DOCX or PDF stored when the version was circulated, byte for byte.
#[tauri::command(async)]
pub fn export_version(
    state: State<'_, AppState>,
    workspace: String,
    label: String,
    format: ExportFormat,
    path: PathBuf,
) -> Reply<()> {
    state.export_version(&workspace, &label, format, &path)
}

/// Every change between two versions, or between a version and now (`to` null).
#[tauri::command(async)]
pub fn diff(state: State<'_, AppState>, workspace: String, from: String, to: Option<String>) -> Reply<VersionDiff> {
    state.with(|wb| wb.diff(&workspace, &from, to.as_deref()))
}

/// Which workspace and version a returned DOCX or PDF is, and which clauses were changed.
#[tauri::command(async)]
pub fn version_verify(state: State<'_, AppState>, path: PathBuf) -> Reply<Verification> {
    state.with(|wb| wb.version_verify(&path))
}

// --- the reference document (house style) -------------------------------------------------

/// The workspace's reference document: its name, fonts, page size and margins; or null.
#[tauri::command(async)]
pub fn reference_doc_show(state: State<'_, AppState>, workspace: String) -> Reply<Option<ReferenceDocInfo>> {
    state.with(|wb| wb.reference_doc_show(&workspace))
}

/// Reads the file (before taking the workbench, so a file that cannot be read changes
/// nothing) and stores it as the workspace's reference document once the core has checked it.
#[tauri::command(async)]
pub fn reference_doc_set(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<ReferenceDocInfo> {
    let doc = adopt_core::read_reference_doc(&path).map_err(|e| state.refusal(&e))?;
    state.with(|wb| wb.reference_doc_set(&workspace, &doc))
}

#[tauri::command(async)]
pub fn reference_doc_clear(state: State<'_, AppState>, workspace: String) -> Reply<()> {
    state.with(|wb| wb.reference_doc_clear(&workspace).map(|_| ()))
}

// --- reviewers' comments ------------------------------------------------------------------

/// A comment's id as `review_list` gives it: 32 hex digits. The CLI also takes the start of
/// one, but the window always has the whole id, so a shorter one is a mistake, not a shortcut.
fn comment_id(comment: &str) -> Result<&str, Message> {
    let id = comment.trim();
    if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(id)
    } else {
        Err(Message::new("app-not-a-comment-id").with("id", id))
    }
}

/// The file's name as the comment-response table cites it: without its folder.
fn review_file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Imports a reviewer's DOCX, or with `dry_run` says what would be attached where and writes
/// nothing. The file is read (size-capped) before the workbench is taken, so a file that
/// cannot be read holds up nothing and changes nothing.
#[tauri::command(async)]
pub fn review_import(
    state: State<'_, AppState>,
    workspace: String,
    path: PathBuf,
    reviewer: Option<String>,
    organisation: Option<String>,
    dry_run: bool,
) -> Reply<ReviewImportReport> {
    let bytes = adopt_core::read_review_file(&path).map_err(|e| state.refusal(&e))?;
    let name = review_file_name(&path);
    state.with(|wb| {
        wb.review_import(
            &workspace,
            &bytes,
            &name,
            reviewer.as_deref(),
            organisation.as_deref(),
            dry_run,
        )
    })
}

/// The workspace's reviewers' comments, of one item or all; `open`: without a disposition yet.
#[tauri::command(async)]
pub fn review_list(
    state: State<'_, AppState>,
    workspace: String,
    item: Option<String>,
    open: bool,
) -> Reply<Vec<ReviewComment>> {
    state.with(|wb| wb.review_list(&workspace, item.as_deref(), open))
}

/// Answers a comment; with `apply`, its change becomes the item's national wording, so the
/// room view reads the decision again.
#[tauri::command(async)]
pub fn review_respond(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    comment: String,
    disposition: Disposition,
    response: Option<String>,
    apply: bool,
) -> Reply<ReviewComment> {
    let comment = comment_id(&comment).map_err(|m| state.invalid(m))?;
    changed(
        &app,
        state.with(|wb| wb.review_respond(&workspace, comment, disposition, response.as_deref(), apply)),
    )
}

// --- laptops in sync (contract §9) -----------------------------------------------------------

/// The extension of a sync bundle, which the save dialog proposes and the commands require.
const BUNDLE_EXTENSION: &str = "dfs-sync";

/// A bundle's path as the dialogs give it: absolute and ending in `.dfs-sync`, so a slip in the
/// save dialog never overwrites a draft or a survey with a bundle, nor reads one as a bundle.
fn bundle_path(path: &std::path::Path) -> Result<&std::path::Path, Message> {
    if !path.is_absolute() {
        return Err(Message::new("app-not-a-full-path").with("path", path.display().to_string()));
    }
    if path.extension().and_then(|e| e.to_str()) != Some(BUNDLE_EXTENSION) {
        return Err(Message::new("app-not-a-bundle-file")
            .with("path", path.display().to_string())
            .with("extension", BUNDLE_EXTENSION));
    }
    Ok(path)
}

/// A conflict's id as `conflicts_list` gives it: `ITEM/FIELD`, or `-/FIELD` for the workspace.
fn conflict_id(conflict: &str) -> Result<&str, Message> {
    let id = conflict.trim();
    let well_formed = id.len() <= 200
        && id
            .split_once('/')
            .is_some_and(|(item, field)| !item.is_empty() && !field.is_empty() && !id.chars().any(char::is_control));
    if well_formed {
        Ok(id)
    } else {
        Err(Message::new("app-not-a-conflict-id").with("id", id))
    }
}

/// One of a conflict's listed values (`keep`, counting from 1) or another value, never both.
fn conflict_choice(keep: Option<u32>, value: Option<String>) -> Result<ConflictChoice, Message> {
    match (keep, value) {
        (Some(n), None) if n >= 1 => Ok(ConflictChoice::Keep(n as usize)),
        (Some(n), None) => Err(Message::new("app-no-such-value").with("n", n)),
        (None, Some(text)) => Ok(ConflictChoice::Value(text)),
        _ => Err(Message::new("app-one-choice")),
    }
}

/// Saves the workspace as a bundle for another laptop.
#[tauri::command(async)]
pub fn sync_export(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<SyncExport> {
    let path = bundle_path(&path).map_err(|m| state.invalid(m))?;
    state.sync_export(&workspace, path)
}

/// Merges a bundle from another laptop, creating its workspace when it is new here; with
/// `dry_run`, says what would change and writes nothing.
#[tauri::command(async)]
pub fn sync_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    dry_run: bool,
) -> Reply<SyncImportReport> {
    let path = bundle_path(&path).map_err(|m| state.invalid(m))?;
    let reply = state.with(|wb| wb.sync_import(path, dry_run));
    if dry_run { reply } else { changed(&app, reply) }
}

/// The workspace's unresolved conflicts, each value with its device, author and time.
#[tauri::command(async)]
pub fn conflicts_list(state: State<'_, AppState>, workspace: String) -> Reply<Vec<ConflictView>> {
    state.with(|wb| wb.conflicts_list(&workspace))
}

/// Settles a conflict with its `keep`th value (from 1) or with `value`; answers the value kept.
#[tauri::command(async)]
pub fn conflicts_resolve(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    conflict: String,
    keep: Option<u32>,
    value: Option<String>,
) -> Reply<String> {
    let conflict = conflict_id(&conflict).map_err(|m| state.invalid(m))?;
    let choice = conflict_choice(keep, value).map_err(|m| state.invalid(m))?;
    changed(
        &app,
        state.with(|wb| wb.conflicts_resolve(&workspace, conflict, &choice)),
    )
}

// --- the open discussion ----------------------------------------------------------------

#[tauri::command(async)]
pub fn session_create(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    draft: SessionDraft,
) -> Reply<Session> {
    changed(&app, state.with(|wb| wb.session_create(&workspace, draft)))
}

#[tauri::command(async)]
pub fn session_update(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    session: String,
    draft: SessionDraft,
) -> Reply<Session> {
    changed(&app, state.with(|wb| wb.session_update(&workspace, &session, draft)))
}

#[tauri::command(async)]
pub fn session_list(state: State<'_, AppState>, workspace: String) -> Reply<Vec<Session>> {
    state.with(|wb| wb.session_list(&workspace))
}

#[tauri::command(async)]
pub fn discussion_show(state: State<'_, AppState>, workspace: String) -> Reply<Discussion> {
    state.with(|wb| wb.discussion_show(&workspace))
}

#[tauri::command(async)]
pub fn agenda_set(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    session: Option<String>,
    order: AgendaOrder,
    slots: Vec<AgendaSlot>,
) -> Reply<Session> {
    changed(
        &app,
        state.with(|wb| wb.agenda_set(&workspace, session.as_deref(), order, slots)),
    )
}

#[tauri::command(async)]
pub fn session_set_current(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    session: String,
    item: Option<String>,
) -> Reply<Session> {
    changed(
        &app,
        state.with(|wb| wb.session_set_current(&workspace, &session, item.as_deref())),
    )
}

#[tauri::command(async)]
pub fn session_park(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    session: String,
    item: String,
    reason: Option<String>,
) -> Reply<Session> {
    changed(
        &app,
        state.with(|wb| wb.session_park(&workspace, &session, &item, reason)),
    )
}

#[tauri::command(async)]
pub fn position_record(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
    position: PositionInput,
    session: Option<String>,
) -> Reply<PositionChange> {
    changed(
        &app,
        state.with(|wb| wb.position_record(&workspace, &item, position, session.as_deref())),
    )
}

#[tauri::command(async)]
pub fn position_clear(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
    authority: String,
    session: String,
) -> Reply<()> {
    changed(
        &app,
        state.with(|wb| wb.position_clear(&workspace, &item, &authority, &session)),
    )
}

#[tauri::command(async)]
pub fn resolve(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
    resolution: ResolutionInput,
    session: Option<String>,
) -> Reply<ResolveOutcome> {
    changed(
        &app,
        state.with(|wb| wb.resolve(&workspace, &item, resolution, session.as_deref())),
    )
}

#[tauri::command(async)]
pub fn resolution_withdraw(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
) -> Reply<Decision> {
    changed(&app, state.with(|wb| wb.resolution_withdraw(&workspace, &item)))
}

#[tauri::command(async)]
pub fn action_add(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
    action: ActionInput,
    session: Option<String>,
) -> Reply<ActionItem> {
    changed(
        &app,
        state.with(|wb| wb.action_add(&workspace, &item, action, session.as_deref())),
    )
}

#[tauri::command(async)]
pub fn action_remove(app: AppHandle, state: State<'_, AppState>, workspace: String, id: String) -> Reply<()> {
    changed(&app, state.with(|wb| wb.action_remove(&workspace, &id)))
}

#[tauri::command(async)]
pub fn note_set(
    app: AppHandle,
    state: State<'_, AppState>,
    workspace: String,
    item: String,
    session: String,
    note: Option<String>,
) -> Reply<()> {
    changed(&app, state.with(|wb| wb.note_set(&workspace, &item, &session, note)))
}

#[tauri::command(async)]
pub fn session_anonymise(app: AppHandle, state: State<'_, AppState>, workspace: String) -> Reply<usize> {
    changed(&app, state.with(|wb| wb.session_anonymise(&workspace)))
}

/// Writes the minutes of a session like a draft: composed under the lock, rendered without.
#[tauri::command]
pub async fn export_minutes(
    app: AppHandle,
    workspace: String,
    session: String,
    format: ExportFormat,
    path: PathBuf,
) -> Reply<()> {
    blocking(app, move |state| {
        state.export_minutes(&workspace, &session, format, &path)
    })
    .await
}

/// Opens the room view on a session (or moves the open one to it). `async`: a window is
/// created on the event loop, which a command on the main thread would wait for in vain.
/// A window that cannot be opened is no refusal of the core: the error is a plain message.
#[tauri::command]
pub async fn room_view_open(app: AppHandle, workspace: String, session: String) -> Result<(), String> {
    room::open(&app, workspace, session)
}

#[tauri::command]
pub async fn room_view_close(app: AppHandle) -> Result<(), String> {
    room::close(&app)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn only_a_full_path_to_a_dfs_sync_file_is_a_bundle() {
        assert!(bundle_path(Path::new("/home/a/Lesotho.dfs-sync")).is_ok());
        for refused in [
            "Lesotho.dfs-sync",
            "/home/a/draft.docx",
            "/home/a/Lesotho",
            "/home/a/x.dfs-sync.docx",
        ] {
            let error = bundle_path(Path::new(refused)).unwrap_err();
            assert!(error.id().starts_with("app-not-a-"), "{refused}: {}", error.id());
        }
    }

    #[test]
    fn a_conflict_id_names_an_item_or_the_workspace_and_a_field() {
        assert_eq!(conflict_id(" REG-01/rationale ").unwrap(), "REG-01/rationale");
        assert_eq!(conflict_id("-/name").unwrap(), "-/name");
        for refused in ["", "REG-01", "/rationale", "REG-01/", "REG-01/ratio\nnale"] {
            assert!(conflict_id(refused).is_err(), "{refused:?}");
        }
        assert!(conflict_id(&format!("REG-01/{}", "x".repeat(300))).is_err());
    }

    #[test]
    fn a_conflict_is_settled_by_one_listed_value_or_another_value() {
        assert_eq!(conflict_choice(Some(2), None).unwrap(), ConflictChoice::Keep(2));
        assert_eq!(
            conflict_choice(None, Some("agreed".into())).unwrap(),
            ConflictChoice::Value("agreed".into())
        );
        assert!(conflict_choice(Some(0), None).is_err());
        assert!(conflict_choice(None, None).is_err());
        assert!(conflict_choice(Some(1), Some("agreed".into())).is_err());
    }
}
