//! The commands the window may call: each is a one-line adapter into the workbench.
//! Errors cross IPC as `{code, message}` ([`ErrorPayload`]). Keep this list in step with
//! `build.rs` (the app manifest) and `capabilities/main.json` (what the window is granted).

use adopt_core::{ErrorPayload, RecommendationDetail, SelectionOutcome, WorkspaceDetail};
use adopt_domain::{CatalogGroup, NewWorkspace, Recommendation, Workspace, WorkspaceSummary};
use tauri::State;

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
pub fn select(state: State<'_, AppState>, workspace: String, ids: Vec<String>) -> Reply<SelectionOutcome> {
    state.with(|wb| wb.select(&workspace, &ids))
}

#[tauri::command(async)]
pub fn deselect(state: State<'_, AppState>, workspace: String, ids: Vec<String>, force: bool) -> Reply<()> {
    state.with(|wb| wb.deselect(&workspace, &ids, force))
}
