//! The current draft compared with a circulated version: every change since it marked, and
//! the annex "Changes since version LABEL" listing them field by field.

use adopt_document::{ChangesSince, Circulation, Document};
use adopt_domain::ExportFormat;
use chrono::NaiveDate;

use crate::diff::{change_rows, diff_records};
use crate::error::Result;
use crate::export::render;
use crate::frozen::version_rows;
use crate::workbench::Workbench;

impl Workbench {
    /// The working draft of the workspace (with `template`, by default its own, dated `date`)
    /// compared with the circulated version `label`: it ends with the annex on the changes
    /// since that version.
    pub fn draft_compare(&self, key: &str, label: &str, template: Option<&str>, date: NaiveDate) -> Result<Document> {
        let workspace = self.store.find_workspace(key)?;
        let (version, old) = self.version_record(&workspace.id, label)?;
        let new = self.frozen_record(&workspace, template)?;
        let circulation = Circulation {
            label: None,
            fingerprint: new.fingerprint(),
            versions: version_rows(&self.store.versions(&workspace.id)?),
            changes: Some(ChangesSince {
                label: version.label.clone(),
                rows: change_rows(&diff_records(&old, &new)),
            }),
        };
        new.compose(date, &circulation)
    }

    /// [`Workbench::draft_compare`] as the bytes of a DOCX or PDF file.
    pub fn export_compare(
        &self,
        key: &str,
        label: &str,
        format: ExportFormat,
        template: Option<&str>,
        date: NaiveDate,
    ) -> Result<Vec<u8>> {
        render(&self.draft_compare(key, label, template, date)?, format)
    }
}
