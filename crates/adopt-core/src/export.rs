//! Exporting the draft adoption document: compose the model once, render it as DOCX or PDF,
//! and write files so that a failure never leaves half a file over a good one.

use std::io::Write;
use std::path::Path;

use adopt_document::{Circulation, DraftInput, Template};
use adopt_domain::{ExportFormat, Language};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::frozen::version_rows;
use crate::reference_doc::render_styled;
use crate::workbench::{Workbench, template_counterpart};

/// A template as `template list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TemplateInfo {
    pub name: String,
    pub description: String,
    pub instrument: String,
    pub language: String,
    /// The built-in template that writes the same instrument in the other language, which a
    /// workspace switching language gets (`joint-directive` ↔ `directive-conjointe`).
    pub counterpart: Option<String>,
}

/// The built-in templates.
pub fn template_list() -> Vec<TemplateInfo> {
    adopt_document::builtin_names()
        .into_iter()
        .map(|name| {
            let m = Template::builtin(name)
                .expect("built-in templates are checked by the tests")
                .manifest;
            TemplateInfo {
                name: m.name,
                description: m.description,
                instrument: m.instrument,
                language: m.language,
                counterpart: Language::ALL
                    .iter()
                    .copied()
                    .filter_map(|language| template_counterpart(name, language))
                    .find(|other| *other != name)
                    .map(str::to_string),
            }
        })
        .collect()
}

/// What a working export carries besides the draft's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DraftOptions {
    /// Each adopted clause with a rationale gets it as a comment by `dfs-adopt` (contract §8,
    /// `export --comments`), so reviewers read why beside the clause and the body stays as it
    /// is. Only the DOCX shows comments: the PDF, the printed record, has no margin notes and
    /// leaves them out, so the CLI refuses `--comments` with `--format pdf`.
    pub comments: bool,
}

impl Workbench {
    /// The composed document model of a workspace's working draft. `template` is a built-in
    /// name or a folder path; by default the workspace's own. Its footer says it is not
    /// circulated; its control table lists the circulated versions, and it carries the
    /// fingerprint of the record it was made from.
    pub fn draft(&self, key: &str, template: Option<&str>, date: NaiveDate) -> Result<adopt_document::Document> {
        self.draft_with(key, template, date, DraftOptions::default())
    }

    /// [`Workbench::draft`] with what `options` adds (the rationale comments).
    pub fn draft_with(
        &self,
        key: &str,
        template: Option<&str>,
        date: NaiveDate,
        options: DraftOptions,
    ) -> Result<adopt_document::Document> {
        let workspace = self.store.find_workspace(key)?;
        let record = self.frozen_record(&workspace, template)?;
        let circulation = Circulation {
            label: None,
            fingerprint: record.fingerprint(),
            versions: version_rows(&self.store.versions(&workspace.id)?),
            changes: None,
        };
        let template = record.template.load()?;
        let findings = record.findings(date);
        let input = DraftInput {
            rationale_comments: options.comments,
            ..record.input(&findings, date, &circulation)
        };
        Ok(adopt_document::compose(&input, &template)?)
    }

    /// The draft as the bytes of a DOCX or PDF file. Same workspace, template and date give
    /// the same bytes.
    pub fn export_draft(
        &self,
        key: &str,
        format: ExportFormat,
        template: Option<&str>,
        date: NaiveDate,
    ) -> Result<Vec<u8>> {
        let document = self.draft(key, template, date)?;
        render_styled(&document, format, self.house_reference(key, None)?.as_ref())
    }
}

/// Renders a composed document.
pub fn render(document: &adopt_document::Document, format: ExportFormat) -> Result<Vec<u8>> {
    match format {
        ExportFormat::Docx => adopt_docx::render(document).map_err(|e| Error::Render(e.to_string())),
        ExportFormat::Pdf => adopt_pdf::render(document).map_err(|e| Error::Render(e.to_string())),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so the
/// file at `path` is either the old one or the complete new one.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let write_error = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut file = tempfile::Builder::new()
        .prefix(".dfs-adopt-")
        .tempfile_in(folder)
        .map_err(write_error)?;
    file.write_all(bytes).map_err(write_error)?;
    // Temporary files are private (0600); a document is shared like any file the user saves.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path)
            .map(|existing| existing.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        file.as_file().set_permissions(permissions).map_err(write_error)?;
    }
    file.as_file().sync_all().map_err(write_error)?;
    file.persist(path).map_err(|e| write_error(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_builtin_template_names_its_counterpart_in_the_other_language() {
        let list = template_list();
        let find = |name: &str| list.iter().find(|t| t.name == name).expect("a built-in template");
        for template in &list {
            let counterpart = find(template.counterpart.as_deref().expect("every built-in has one"));
            assert_ne!(
                counterpart.language, template.language,
                "{} pairs across languages",
                template.name
            );
            assert_eq!(
                counterpart.counterpart.as_deref(),
                Some(template.name.as_str()),
                "{} pairs both ways",
                template.name
            );
        }
        assert_eq!(
            find("joint-directive").counterpart.as_deref(),
            Some("directive-conjointe")
        );
        assert_eq!(find("ligne-directrice").counterpart.as_deref(), Some("guideline"));
    }
}
