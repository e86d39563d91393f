//! The dfs-adopt desktop window: a thin Tauri shell over [`adopt_core::Workbench`].
//!
//! Setup opens the shared database and keeps the workbench in managed state; the commands
//! in [`commands`] are one-line adapters into it. No logic lives here: the CLI and the app
//! must refuse and accept the same things, so every rule stays in the core.
//! The app makes no network requests; the window loads only its bundled front end.

mod commands;

use std::sync::Mutex;

use adopt_core::{ErrorPayload, Workbench};
use tauri::Manager;

/// The workbench the commands call, or why it could not be opened. A failed start is kept
/// (not a panic) so the window can show the user what went wrong.
pub struct AppState {
    workbench: Mutex<Result<Workbench, ErrorPayload>>,
}

impl AppState {
    fn open() -> AppState {
        let path = adopt_core::default_database_path();
        let workbench = Workbench::open(&path, &adopt_core::default_user()).map_err(|e| {
            eprintln!("dfs-adopt: cannot open the database {}: {e}", path.display());
            e.payload()
        });
        AppState {
            workbench: Mutex::new(workbench),
        }
    }

    /// Runs one operation on the workbench, or returns the startup error.
    fn with<T>(&self, op: impl FnOnce(&mut Workbench) -> adopt_core::Result<T>) -> Result<T, ErrorPayload> {
        // A panic in an earlier command poisons the lock; the workbench itself is still sound
        // because the store refuses half-done changes, so carry on with it.
        let mut guard = self.workbench.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(workbench) => op(workbench).map_err(|e| e.payload()),
            Err(startup) => Err(startup.clone()),
        }
    }
}

pub fn run() {
    let app = tauri::Builder::default()
        .setup(|app| {
            app.manage(AppState::open());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::catalog_list,
            commands::catalog_show,
            commands::workspace_list,
            commands::workspace_create,
            commands::workspace_show,
            commands::select,
            commands::deselect,
        ])
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("dfs-adopt: the window cannot start: {e}");
            std::process::exit(1);
        }
    }
}
