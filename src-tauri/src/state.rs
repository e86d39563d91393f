//! What the app keeps between commands: the workbench (or why it could not be opened) and the
//! files this window wrote, the only ones "Show in folder" reveals. Rules about the data live in
//! adopt-core, so the app and the CLI accept and refuse the same input.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use adopt_core::{ErrorCode, ErrorPayload, ExportFormat, Locale, Message, Workbench};

pub struct AppState {
    /// The workbench, or why the database could not be opened (said in the current language).
    workbench: Mutex<Result<Workbench, adopt_core::Error>>,
    /// The interface language the window chose: errors are said in it.
    locale: Mutex<Locale>,
    /// Drafts, minutes, versions' files, survey templates and sync bundles this window wrote.
    exported: Mutex<HashSet<PathBuf>>,
}

/// Locks a mutex even after a panic in an earlier command: the workbench is still sound, as
/// the store refuses half-done changes.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Opens the database; a failed start is kept (not a panic) so the window can say why.
    pub fn open(path: &Path) -> AppState {
        let workbench = Workbench::open(path, &adopt_core::default_user()).inspect_err(|e| {
            eprintln!("dfs-adopt: cannot open the database {}: {e}", path.display());
        });
        AppState {
            workbench: Mutex::new(workbench),
            locale: Mutex::new(Locale::from_environment(|name| std::env::var(name).ok())),
            exported: Mutex::new(HashSet::new()),
        }
    }

    /// Runs one operation on the workbench, or returns the startup error.
    pub fn with<T>(&self, op: impl FnOnce(&mut Workbench) -> adopt_core::Result<T>) -> Result<T, ErrorPayload> {
        match lock(&self.workbench).as_mut() {
            Ok(workbench) => op(workbench).map_err(|e| self.refusal(&e)),
            Err(startup) => Err(self.refusal(startup)),
        }
    }

    /// The language errors are said in.
    pub fn locale(&self) -> Locale {
        *lock(&self.locale)
    }

    pub fn set_locale(&self, locale: Locale) {
        *lock(&self.locale) = locale;
    }

    /// A refusal of the window's own input (a path, an id), said in the interface language.
    pub fn invalid(&self, message: Message) -> ErrorPayload {
        ErrorPayload::said(ErrorCode::InvalidInput, &message, self.locale())
    }

    /// An error as the window shows it: its code, and its message in the interface language.
    pub fn refusal(&self, error: &adopt_core::Error) -> ErrorPayload {
        error.payload_in(self.locale())
    }

    /// Composes the draft (or, with `compare_to`, its redline since that version) while
    /// holding the workbench, then renders it in the workspace's house style and writes it
    /// without: other commands go on while a long draft renders. Answers what a PDF in the
    /// house style draws differently (fonts it does not embed), as the CLI's notes say.
    pub fn export_draft(
        &self,
        workspace: &str,
        format: ExportFormat,
        template: Option<&str>,
        compare_to: Option<&str>,
        path: &Path,
    ) -> Result<Vec<String>, ErrorPayload> {
        let (document, reference) = self.with(|wb| {
            let document = match compare_to {
                Some(label) => wb.draft_compare(workspace, label, template, wb.today())?,
                None => wb.draft(workspace, template, wb.today())?,
            };
            Ok((document, wb.house_reference(workspace, None)?))
        })?;
        self.write(path, || {
            adopt_core::render_styled(&document, format, reference.as_ref())
        })?;
        Ok(match (&reference, format) {
            (Some(reference), ExportFormat::Pdf) => adopt_core::house_style_notes(reference),
            _ => Vec::new(),
        })
    }

    /// Writes a circulated version's stored file, byte for byte.
    pub fn export_version(
        &self,
        workspace: &str,
        label: &str,
        format: ExportFormat,
        path: &Path,
    ) -> Result<(), ErrorPayload> {
        let bytes = self.with(|wb| wb.export_version(workspace, label, format))?;
        self.write(path, || Ok(bytes))
    }

    /// The minutes of a session, composed and written like the draft.
    pub fn export_minutes(
        &self,
        workspace: &str,
        session: &str,
        format: ExportFormat,
        path: &Path,
    ) -> Result<(), ErrorPayload> {
        let document = self.with(|wb| wb.minutes(workspace, session, wb.today()))?;
        self.write(path, || adopt_core::render(&document, format))
    }

    /// Writes the gap-analysis survey to fill in; the format is the file's extension.
    pub fn survey_template(&self, workspace: &str, all: bool, path: &Path) -> Result<(), ErrorPayload> {
        let bytes = self.with(|wb| wb.survey_template(workspace, all, path))?;
        self.write(path, || Ok(bytes))
    }

    /// Saves the workspace as a sync bundle, which "Show in folder" may then reveal.
    pub fn sync_export(&self, workspace: &str, path: &Path) -> Result<adopt_core::SyncExport, ErrorPayload> {
        let sent = self.with(|wb| wb.sync_export(workspace, path))?;
        lock(&self.exported).insert(path.to_path_buf());
        Ok(sent)
    }

    /// Produces a file's bytes (outside the lock) and writes them: a temporary file renamed
    /// into place. Only files written here can be shown in the file manager.
    fn write(&self, path: &Path, bytes: impl FnOnce() -> adopt_core::Result<Vec<u8>>) -> Result<(), ErrorPayload> {
        bytes()
            .and_then(|bytes| adopt_core::write_file(path, &bytes))
            .map_err(|e| self.refusal(&e))?;
        lock(&self.exported).insert(path.to_path_buf());
        Ok(())
    }

    /// Shows a file this window exported in the file manager; nothing else can be opened this way.
    pub fn reveal(&self, path: &Path) -> Result<(), ErrorPayload> {
        if !lock(&self.exported).contains(path) {
            let message = Message::new("app-not-exported").with("path", path.display().to_string());
            return Err(ErrorPayload::said(ErrorCode::InvalidInput, &message, self.locale()));
        }
        // Its own thread: the D-Bus client may start a runtime, which must not nest in Tauri's.
        let target = path.to_path_buf();
        let shown = std::thread::spawn(move || tauri_plugin_opener::reveal_item_in_dir(&target))
            .join()
            .unwrap_or(Err(tauri_plugin_opener::Error::UnsupportedPlatform));
        // The cause (a D-Bus name, say) means nothing to a reviewer: it goes to the log only.
        shown.map_err(|cause| {
            eprintln!("dfs-adopt: cannot show {} in its folder: {cause}", path.display());
            let message = Message::new("app-no-file-manager").with("path", path.display().to_string());
            ErrorPayload::said(ErrorCode::ExportFailed, &message, self.locale())
        })
    }
}
