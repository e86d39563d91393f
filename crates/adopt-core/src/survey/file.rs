//! Survey files as both shells read them: the format by the file's extension, a size cap,
//! and the bytes of the last preview kept, so importing after a preview imports exactly what
//! the preview showed even if the file changed on disk since.

use std::path::Path;

use adopt_domain::SurveyFormat;

use super::report::SurveyImport;
use crate::error::{Error, Result};
use crate::workbench::{PreviewedSurvey, Workbench};

/// The largest survey file dfs-adopt reads: a filled survey of the whole catalog for a dozen
/// authorities is well under a megabyte, so anything near this is the wrong file.
pub const MAX_SURVEY_BYTES: u64 = 32 * 1024 * 1024;

/// A survey file's format (from its extension) and bytes, or why it cannot be used. The
/// extension is checked before anything is read.
pub fn read_survey_file(path: &Path) -> Result<(SurveyFormat, Vec<u8>)> {
    let format = survey_format(path)?;
    let unreadable = |source: std::io::Error| Error::ImportRead {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_SURVEY_BYTES {
        return Err(Error::SurveyTooLarge {
            path: path.to_path_buf(),
            megabytes: size.div_ceil(1024 * 1024),
            max_megabytes: MAX_SURVEY_BYTES / (1024 * 1024),
        });
    }
    Ok((format, std::fs::read(path).map_err(unreadable)?))
}

/// The format a survey file's name says it has.
pub fn survey_format(path: &Path) -> Result<SurveyFormat> {
    SurveyFormat::from_path(path).map_err(|_| Error::SurveyFormat(path.to_path_buf()))
}

impl Workbench {
    /// The survey to fill in, in the format the file name `path` says (nothing is written:
    /// the shell writes the bytes where it wants).
    pub fn survey_template(&self, key: &str, all: bool, path: &Path) -> Result<Vec<u8>> {
        let format = survey_format(path)?;
        self.survey_template_bytes(key, all, format)
    }

    /// Reads the survey file at `path` and says what importing it would change; writes nothing.
    /// Its bytes are kept for [`Workbench::survey_import_file`].
    pub fn survey_preview(&mut self, key: &str, path: &Path, authority: Option<&str>) -> Result<SurveyImport> {
        let (format, bytes) = read_survey_file(path)?;
        let report = self.survey_preview_bytes(key, &bytes, format, authority)?;
        self.previewed = Some(PreviewedSurvey {
            workspace: key.to_string(),
            path: path.to_path_buf(),
            bytes,
        });
        Ok(report)
    }

    /// Imports the survey file at `path`, all or nothing: the bytes last previewed from that
    /// path for that workspace, else the file as it is now. `dry_run` writes nothing.
    pub fn survey_import(
        &mut self,
        key: &str,
        path: &Path,
        authority: Option<&str>,
        dry_run: bool,
    ) -> Result<SurveyImport> {
        let format = survey_format(path)?;
        let previewed = self
            .previewed
            .take_if(|p| p.workspace == key && p.path == path)
            .map(|p| p.bytes);
        let bytes = match previewed {
            Some(bytes) => bytes,
            None => read_survey_file(path)?.1,
        };
        self.survey_import_bytes(key, &bytes, format, authority, dry_run)
    }
}
