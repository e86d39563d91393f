//! The dfs-adopt desktop window: a thin Tauri shell over [`adopt_core::Workbench`].
//!
//! Setup opens the shared database and keeps the workbench in managed state; the commands
//! in [`commands`] are one-line adapters into it. No logic lives here: the CLI and the app
//! must refuse and accept the same things, so every rule stays in the core.
//! The app makes no network requests; the window loads only its bundled front end.

mod commands;
mod room;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use adopt_core::{ErrorCode, ErrorPayload, ExportFormat, SurveyFormat, SurveyImport, Workbench};
use chrono::NaiveDate;
use tauri::{AppHandle, Manager};

/// Set to a folder, the save and open dialogs are replaced by that folder (end-to-end tests:
/// WebDriver cannot drive a native dialog). README, "Testing without dialogs".
pub const EXPORT_DIR_ENV: &str = "DFS_ADOPT_EXPORT_DIR";

/// The largest survey file the app reads: a filled survey of the whole catalog for a dozen
/// authorities is well under a megabyte, so anything near this is the wrong file.
const MAX_SURVEY_BYTES: u64 = 32 * 1024 * 1024;

/// The workbench the commands call, or why it could not be opened. A failed start is kept
/// (not a panic) so the window can show the user what went wrong.
pub struct AppState {
    workbench: Mutex<Result<Workbench, ErrorPayload>>,
    /// Drafts and survey templates this window wrote: the only files "show in folder" reveals.
    exported: Mutex<HashSet<PathBuf>>,
    /// The survey file last previewed, as it was read: applying it imports exactly what the
    /// preview showed, even if the file changed on disk since.
    previewed: Mutex<Option<PreviewedSurvey>>,
}

struct PreviewedSurvey {
    workspace: String,
    path: PathBuf,
    bytes: Vec<u8>,
}

/// The document date: the one given (`YYYY-MM-DD`), or today, as the export uses.
fn document_date(date: Option<&str>) -> adopt_core::Result<NaiveDate> {
    match date {
        Some(text) => Ok(adopt_domain::parse_date(text)?),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// A survey file's format (from its extension) and bytes, or why it cannot be used.
fn read_survey(path: &Path) -> Result<(SurveyFormat, Vec<u8>), ErrorPayload> {
    let format = SurveyFormat::from_path(path).map_err(|e| e.payload())?;
    let unreadable = |source: std::io::Error| {
        adopt_core::Error::ImportRead {
            path: path.to_path_buf(),
            source,
        }
        .payload()
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_SURVEY_BYTES {
        return Err(ErrorPayload {
            code: ErrorCode::InvalidInput,
            message: format!(
                "{} is {} MB, too large for a survey (at most {} MB); choose the filled-in survey file",
                path.display(),
                size.div_ceil(1024 * 1024),
                MAX_SURVEY_BYTES / (1024 * 1024)
            ),
        });
    }
    Ok((format, std::fs::read(path).map_err(unreadable)?))
}

/// Blank is no authority: the whole file is read.
fn authority_filter(authority: Option<&str>) -> Option<&str> {
    authority.map(str::trim).filter(|a| !a.is_empty())
}

impl AppState {
    fn open(path: &Path) -> AppState {
        let workbench = Workbench::open(path, &adopt_core::default_user()).map_err(|e| {
            eprintln!("dfs-adopt: cannot open the database {}: {e}", path.display());
            e.payload()
        });
        AppState {
            workbench: Mutex::new(workbench),
            exported: Mutex::new(HashSet::new()),
            previewed: Mutex::new(None),
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

    /// Composes the draft while holding the workbench, then renders and writes it without:
    /// other commands go on while a long draft renders.
    fn export_draft(
        &self,
        workspace: &str,
        format: ExportFormat,
        template: Option<&str>,
        path: &Path,
    ) -> Result<(), ErrorPayload> {
        let today = document_date(None).map_err(|e| e.payload())?;
        let document = self.with(|wb| wb.draft(workspace, template, today))?;
        self.write_rendered(|| adopt_core::render(&document, format), path)
    }

    /// The minutes of a session, composed and written like the draft.
    fn export_minutes(
        &self,
        workspace: &str,
        session: &str,
        format: ExportFormat,
        path: &Path,
    ) -> Result<(), ErrorPayload> {
        let today = chrono::Local::now().date_naive();
        let document = self.with(|wb| wb.minutes(workspace, session, today))?;
        self.write_rendered(|| adopt_core::render(&document, format), path)
    }

    /// Renders a composed document (outside the lock) and writes it: a temporary file renamed
    /// into place. Only files written here can be shown in the file manager.
    fn write_rendered(
        &self,
        render: impl FnOnce() -> adopt_core::Result<Vec<u8>>,
        path: &Path,
    ) -> Result<(), ErrorPayload> {
        render()
            .and_then(|bytes| adopt_core::write_file(path, &bytes))
            .map_err(|e| e.payload())?;
        self.exported_files().insert(path.to_path_buf());
        Ok(())
    }

    /// Writes the gap-analysis survey to fill in; the format is the file's extension.
    fn survey_template(&self, workspace: &str, all: bool, path: &Path) -> Result<(), ErrorPayload> {
        let format = SurveyFormat::from_path(path).map_err(|e| e.payload())?;
        let bytes = self.with(|wb| wb.survey_template(workspace, all, format))?;
        adopt_core::write_file(path, &bytes).map_err(|e| e.payload())?;
        self.exported_files().insert(path.to_path_buf());
        Ok(())
    }

    /// Reads a filled survey and says what importing it would change; writes nothing.
    fn survey_preview(
        &self,
        workspace: &str,
        path: &Path,
        authority: Option<&str>,
    ) -> Result<SurveyImport, ErrorPayload> {
        let (format, bytes) = read_survey(path)?;
        let report = self.with(|wb| wb.survey_preview(workspace, &bytes, format, authority_filter(authority)))?;
        *self.previewed_survey() = Some(PreviewedSurvey {
            workspace: workspace.to_string(),
            path: path.to_path_buf(),
            bytes,
        });
        Ok(report)
    }

    /// Imports a survey, all or nothing: the bytes last previewed from that path, or the file.
    fn survey_import(
        &self,
        workspace: &str,
        path: &Path,
        authority: Option<&str>,
    ) -> Result<SurveyImport, ErrorPayload> {
        let previewed = self
            .previewed_survey()
            .take_if(|p| p.workspace == workspace && p.path == path);
        let (format, bytes) = match previewed {
            Some(p) => (SurveyFormat::from_path(path).map_err(|e| e.payload())?, p.bytes),
            None => read_survey(path)?,
        };
        self.with(|wb| wb.survey_import(workspace, &bytes, format, authority_filter(authority), false))
    }

    /// The completeness check against the document date (`YYYY-MM-DD`), today by default.
    fn check(&self, workspace: &str, date: Option<&str>) -> Result<Vec<adopt_domain::Finding>, ErrorPayload> {
        self.with(|wb| wb.check(workspace, document_date(date)?))
    }

    fn previewed_survey(&self) -> std::sync::MutexGuard<'_, Option<PreviewedSurvey>> {
        self.previewed.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn exported_files(&self) -> std::sync::MutexGuard<'_, HashSet<PathBuf>> {
        self.exported.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Shows an exported draft in the file manager. Only files this window exported: the
    /// window cannot use it to open anything else.
    fn reveal(&self, path: &Path) -> Result<(), ErrorPayload> {
        if !self.exported_files().contains(path) {
            return Err(ErrorPayload {
                code: ErrorCode::InvalidInput,
                message: format!(
                    "{} was not exported from this window, so it is not shown",
                    path.display()
                ),
            });
        }
        // Its own thread: the D-Bus client may start a runtime, which must not nest in Tauri's.
        let path = path.to_path_buf();
        std::thread::spawn(move || tauri_plugin_opener::reveal_item_in_dir(&path))
            .join()
            .unwrap_or_else(|_| Err(tauri_plugin_opener::Error::UnsupportedPlatform))
            .map_err(|e| ErrorPayload {
                code: ErrorCode::ExportFailed,
                message: format!("the folder could not be shown ({e}); copy the path instead"),
            })
    }
}

/// Runs `op` on the app state on a thread meant for blocking work.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    op: impl FnOnce(&AppState) -> Result<T, ErrorPayload> + Send + 'static,
) -> Result<T, ErrorPayload> {
    tauri::async_runtime::spawn_blocking(move || op(&app.state::<AppState>()))
        .await
        .unwrap_or_else(|e| {
            Err(ErrorPayload {
                code: adopt_core::ErrorCode::Storage,
                message: format!("the operation stopped unexpectedly: {e}"),
            })
        })
}

/// Passes a command's reply through, telling the room view to read again when it succeeded.
fn changed<T>(app: &AppHandle, reply: Result<T, ErrorPayload>) -> Result<T, ErrorPayload> {
    if reply.is_ok() {
        room::notify(app);
    }
    reply
}

fn dialog_folder_override() -> Option<String> {
    std::env::var(EXPORT_DIR_ENV).ok().filter(|dir| !dir.trim().is_empty())
}

/// The exit code of a second instance started on a database another window has open.
pub const ALREADY_RUNNING_EXIT: i32 = 4;

pub fn run() {
    let database = adopt_core::default_database_path();
    // One window per database: a second instance says why on stderr and exits. Any other
    // lock failure (an unwritable folder) is left to the database, whose error the window shows.
    let _lock = match adopt_core::InstanceLock::acquire(&database) {
        Ok(lock) => Some(lock),
        Err(e @ adopt_core::Error::AlreadyRunning(_)) => {
            eprintln!("dfs-adopt: {e}");
            // Started from the desktop menu, nobody reads stderr: say it in a native message,
            // except when dialogs are replaced for tests (DFS_ADOPT_EXPORT_DIR).
            if dialog_folder_override().is_none() {
                rfd::MessageDialog::new()
                    .set_level(rfd::MessageLevel::Info)
                    .set_title("dfs-adopt")
                    .set_description(format!("{e}."))
                    .set_buttons(rfd::MessageButtons::Ok)
                    .show();
            }
            std::process::exit(ALREADY_RUNNING_EXIT);
        }
        Err(_) => None,
    };
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            app.manage(AppState::open(&database));
            app.manage(room::RoomState::default());
            Ok(())
        })
        .on_window_event(room::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::catalog_list,
            commands::catalog_show,
            commands::catalog_sources,
            commands::workspace_list,
            commands::workspace_create,
            commands::workspace_show,
            commands::workspace_set,
            commands::workspace_duplicate,
            commands::workspace_archive,
            commands::workspace_export_file,
            commands::workspace_import_file,
            commands::select,
            commands::deselect,
            commands::decide,
            commands::restore_decision,
            commands::history,
            commands::history_export_csv,
            commands::overview,
            commands::template_list,
            commands::export_draft,
            commands::reveal_export,
            commands::dialog_folder_override,
            commands::survey_template,
            commands::survey_preview,
            commands::survey_import,
            commands::baseline,
            commands::suggestions,
            commands::gap_overview,
            commands::check,
            commands::session_create,
            commands::session_update,
            commands::session_list,
            commands::discussion_show,
            commands::agenda_set,
            commands::session_set_current,
            commands::session_park,
            commands::position_record,
            commands::position_clear,
            commands::resolve,
            commands::resolution_withdraw,
            commands::action_add,
            commands::action_remove,
            commands::note_set,
            commands::participants_anonymise,
            commands::export_minutes,
            commands::open_room_view,
            commands::close_room_view,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_survey_is_read_only_from_an_xlsx_or_csv_file_of_sensible_size() {
        let folder = std::env::temp_dir().join(format!("dfs-adopt-app-test-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let csv = folder.join("answers.CSV");
        std::fs::write(&csv, "item_id,authority,status\r\n").unwrap();
        let (format, bytes) = read_survey(&csv).unwrap();
        assert_eq!(format, SurveyFormat::Csv);
        assert_eq!(bytes, b"item_id,authority,status\r\n");

        let ods = folder.join("answers.ods");
        std::fs::write(&ods, "x").unwrap();
        let refused = read_survey(&ods).unwrap_err();
        assert_eq!(refused.code, ErrorCode::InvalidInput);
        assert!(
            refused.message.contains("a survey is an .xlsx or a .csv file"),
            "{}",
            refused.message
        );

        let missing = read_survey(&folder.join("gone.xlsx")).unwrap_err();
        assert_eq!(missing.code, ErrorCode::NotFound);
        assert!(
            missing.message.contains("gone.xlsx cannot be read"),
            "{}",
            missing.message
        );

        let big = folder.join("big.csv");
        std::fs::File::create(&big)
            .unwrap()
            .set_len(MAX_SURVEY_BYTES + 1)
            .unwrap();
        let refused = read_survey(&big).unwrap_err();
        assert!(
            refused.message.contains("too large for a survey"),
            "{}",
            refused.message
        );
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn the_document_date_is_checked_and_blank_authorities_read_the_whole_file() {
        assert_eq!(
            document_date(Some("2027-03-31")).unwrap(),
            NaiveDate::from_ymd_opt(2027, 3, 31).unwrap()
        );
        assert_eq!(document_date(None).unwrap(), chrono::Local::now().date_naive());
        assert!(document_date(Some("31/03/2027")).is_err());
        assert!(document_date(Some("2027-02-30")).is_err());
        assert_eq!(authority_filter(Some("  ")), None);
        assert_eq!(authority_filter(Some(" LCA ")), Some("LCA"));
        assert_eq!(authority_filter(None), None);
    }
}
