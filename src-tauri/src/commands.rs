//! The commands the window may call: each is a one-line adapter into the workbench.
//! Errors cross IPC as `{code, message}` ([`ErrorPayload`]). Keep this list in step with
//! `build.rs` (the app manifest) and `capabilities/main.json` (what the window is granted).

use std::path::PathBuf;

use adopt_core::{
    ErrorPayload, ExportFormat, Overview, RecommendationDetail, SelectionOutcome, TemplateInfo, WorkspaceDetail,
    WorkspaceProperties,
};
use adopt_domain::{
    CatalogGroup, Decision, DecisionPatch, HistoryEntry, NewWorkspace, Recommendation, SourceDocument, Workspace,
    WorkspaceSummary,
};
use tauri::{AppHandle, State};

use crate::AppState;

type Reply<T> = Result<T, ErrorPayload>;

// `async` runs each command off the main thread, so a slow disk never freezes the window.

#[tauri::command(async)]
pub fn catalog_list(
    state: State<'_, AppState>,
    group: Option<CatalogGroup>,
    search: Option<String>,
) -> Reply<Vec<Recommendation>> {
    state.with(|wb| wb.catalog_items(group, search.as_deref()))
}

#[tauri::command(async)]
pub fn catalog_show(state: State<'_, AppState>, id: String) -> Reply<RecommendationDetail> {
    state.with(|wb| wb.catalog_item(&id))
}

#[tauri::command(async)]
pub fn catalog_sources(state: State<'_, AppState>) -> Reply<Vec<SourceDocument>> {
    state.with(|wb| Ok(wb.sources().to_vec()))
}

#[tauri::command(async)]
pub fn workspace_list(state: State<'_, AppState>) -> Reply<Vec<WorkspaceSummary>> {
    state.with(|wb| wb.workspaces())
}

#[tauri::command(async)]
pub fn workspace_create(state: State<'_, AppState>, new: NewWorkspace) -> Reply<Workspace> {
    state.with(|wb| wb.create_workspace(new))
}

#[tauri::command(async)]
pub fn workspace_show(state: State<'_, AppState>, workspace: String) -> Reply<WorkspaceDetail> {
    state.with(|wb| wb.workspace(&workspace))
}

#[tauri::command(async)]
pub fn workspace_set(
    state: State<'_, AppState>,
    workspace: String,
    properties: WorkspaceProperties,
) -> Reply<Workspace> {
    state.with(|wb| wb.set_properties(&workspace, properties))
}

#[tauri::command(async)]
pub fn workspace_duplicate(state: State<'_, AppState>, workspace: String, name: String) -> Reply<Workspace> {
    state.with(|wb| wb.duplicate_workspace(&workspace, &name))
}

#[tauri::command(async)]
pub fn workspace_archive(state: State<'_, AppState>, workspace: String, archived: bool) -> Reply<()> {
    state.with(|wb| wb.set_archived(&workspace, archived))
}

#[tauri::command(async)]
pub fn workspace_export_file(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<()> {
    state.with(|wb| wb.export_workspace_file(&workspace, &path))
}

#[tauri::command(async)]
pub fn workspace_import_file(state: State<'_, AppState>, path: PathBuf) -> Reply<Workspace> {
    state.with(|wb| wb.import_workspace_file(&path))
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
    state: State<'_, AppState>,
    workspace: String,
    id: String,
    patch: DecisionPatch,
    if_revision: Option<u32>,
) -> Reply<Decision> {
    state.with(|wb| wb.decide(&workspace, &id, &patch, if_revision))
}

#[tauri::command(async)]
pub fn restore_decision(
    state: State<'_, AppState>,
    workspace: String,
    id: String,
    to: Decision,
    if_revision: u32,
) -> Reply<Decision> {
    state.with(|wb| wb.restore_decision(&workspace, &id, &to, if_revision))
}

#[tauri::command(async)]
pub fn history(state: State<'_, AppState>, workspace: String, item: Option<String>) -> Reply<Vec<HistoryEntry>> {
    state.with(|wb| wb.history(&workspace, item.as_deref()))
}

#[tauri::command(async)]
pub fn history_export_csv(state: State<'_, AppState>, workspace: String, path: PathBuf) -> Reply<()> {
    state.with(|wb| adopt_core::write_file(&path, wb.history_csv(&workspace)?.as_bytes()))
}

#[tauri::command(async)]
pub fn overview(state: State<'_, AppState>, workspace: String) -> Reply<Overview> {
    state.with(|wb| wb.overview(&workspace))
}

#[tauri::command(async)]
pub fn template_list() -> Vec<TemplateInfo> {
    adopt_core::templates()
}

/// Composes, renders and writes the draft on a blocking thread: rendering a long draft takes
/// a moment, and neither the window nor other commands wait for it.
#[tauri::command]
pub async fn export_draft(
    app: AppHandle,
    workspace: String,
    format: ExportFormat,
    template: Option<String>,
    path: PathBuf,
) -> Reply<()> {
    crate::blocking(app, move |state| {
        state.export_draft(&workspace, format, template.as_deref(), &path)
    })
    .await
}

/// Shows a draft this window exported in the file manager.
#[tauri::command(async)]
pub fn reveal_export(state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.reveal(&path)
}

/// The folder that replaces the native save and open dialogs when `DFS_ADOPT_EXPORT_DIR` is
/// set (tests: WebDriver cannot drive a native dialog), or null.
#[tauri::command(async)]
pub fn dialog_folder_override() -> Option<String> {
    crate::dialog_folder_override()
}
