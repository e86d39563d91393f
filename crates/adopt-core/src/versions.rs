//! Circulated versions: freezing the workspace as it stands under a label (its record, its
//! template and the DOCX and PDF rendered then), listing them, writing their files back byte
//! for byte, and removing participants' names from them when the live record loses them.

use adopt_document::{Circulation, VersionRow};
use adopt_domain::{ExportFormat, optional_text, validate_text};
use adopt_store::{NewVersion, StoreError, StoredVersion, VersionFiles};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::frozen::{FrozenRecord, version_rows};
use crate::reference_doc::{HouseReference, render_styled};
use crate::workbench::Workbench;

/// The longest version label and note accepted, in characters.
const MAX_LABEL: usize = 100;
const MAX_NOTE: usize = 2000;

/// A circulated version as `version list` shows it (contract §7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VersionInfo {
    pub label: String,
    /// The document date printed on it.
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Who circulated it.
    pub by: String,
    pub note: Option<String>,
    /// SHA-256 of its record and template: 64 hex digits.
    pub fingerprint: String,
    pub template: String,
    pub circulated_at: DateTime<Utc>,
    /// The "prepared by" property as it was when circulated.
    pub prepared_by: Option<String>,
    /// When participants' names were removed from its files; `null` until then.
    pub names_removed_at: Option<DateTime<Utc>>,
}

/// One version as `version show` shows it: the list element, the number of items it holds and
/// the sizes of its stored files in bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VersionDetail {
    #[serde(flatten)]
    #[ts(flatten)]
    pub version: VersionInfo,
    pub items: u32,
    pub files: VersionFileSizes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VersionFileSizes {
    #[ts(type = "number")]
    pub docx: u64,
    #[ts(type = "number")]
    pub pdf: u64,
}

impl From<&StoredVersion> for VersionInfo {
    fn from(v: &StoredVersion) -> Self {
        VersionInfo {
            label: v.label.clone(),
            date: v.date,
            by: v.circulated_by.clone(),
            note: v.note.clone(),
            fingerprint: v.fingerprint.clone(),
            template: v.template.clone(),
            circulated_at: v.circulated_at,
            prepared_by: v.prepared_by.clone(),
            names_removed_at: v.names_removed_at,
        }
    }
}

/// The DOCX and PDF of a version made from `record`.
/// The DOCX and PDF of a version made from `record`, in the workspace's house style.
fn render_version(
    record: &FrozenRecord,
    date: NaiveDate,
    circulation: &Circulation,
    reference: Option<&HouseReference>,
) -> Result<(Vec<u8>, Vec<u8>)> {
    let document = record.compose(date, circulation)?;
    Ok((
        render_styled(&document, ExportFormat::Docx, reference)?,
        render_styled(&document, ExportFormat::Pdf, reference)?,
    ))
}

impl Workbench {
    /// Freezes the workspace as it stands under `label` (default: its `doc_version`), unique
    /// in the workspace regardless of case: its record and template, and the DOCX and PDF
    /// rendered now, dated `date` (default today), stored in one transaction with a history
    /// line. An incomplete draft may be circulated; it keeps its marking.
    pub fn version_circulate(
        &mut self,
        key: &str,
        label: Option<&str>,
        note: Option<&str>,
        date: Option<NaiveDate>,
    ) -> Result<VersionInfo> {
        let workspace = self.store.find_workspace(key)?;
        let label = match label {
            Some(label) => validate_text("version label", label, MAX_LABEL)?,
            None => match &workspace.doc_version {
                Some(version) => validate_text("version label", version, MAX_LABEL)?,
                None => return Err(Error::NoVersionLabel),
            },
        };
        let note = optional_text("version note", note.map(str::to_string), MAX_NOTE)?;
        let date = date.unwrap_or_else(|| self.today());
        let earlier = self.store.versions(&workspace.id)?;
        if let Some(taken) = earlier.iter().find(|v| v.label.to_lowercase() == label.to_lowercase()) {
            return Err(StoreError::VersionLabelTaken(taken.label.clone()).into());
        }
        let record = self.frozen_record(&workspace, None)?;
        let fingerprint = record.fingerprint();
        let mut versions = version_rows(&earlier);
        versions.push(VersionRow {
            label: label.clone(),
            date,
            prepared_by: workspace.prepared_by.clone(),
            note: note.clone(),
        });
        let circulation = Circulation {
            label: Some(label.clone()),
            fingerprint: fingerprint.clone(),
            versions,
            changes: None,
        };
        let reference = self.house_reference(&workspace.id, None)?;
        let (docx, pdf) = render_version(&record, date, &circulation, reference.as_ref())?;
        let new = NewVersion {
            label: &label,
            date,
            note: note.as_deref(),
            prepared_by: workspace.prepared_by.as_deref(),
            fingerprint: &fingerprint,
            template: &record.template.name,
            items: u32::try_from(record.items.len()).unwrap_or(u32::MAX),
            record: &record.to_json(),
            docx: &docx,
            pdf: &pdf,
        };
        let (at, by) = (self.now(), self.by.clone());
        let stored = self.store.insert_version(&workspace.id, &new, at, &by)?;
        Ok(VersionInfo::from(&stored))
    }

    /// The circulated versions of a workspace, oldest first.
    pub fn version_list(&self, key: &str) -> Result<Vec<VersionInfo>> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self
            .store
            .versions(&workspace.id)?
            .iter()
            .map(VersionInfo::from)
            .collect())
    }

    /// One circulated version, with the number of items it holds and its files' sizes.
    pub fn version_show(&self, key: &str, label: &str) -> Result<VersionDetail> {
        let workspace = self.store.find_workspace(key)?;
        let v = self.store.version(&workspace.id, label)?;
        Ok(VersionDetail {
            version: VersionInfo::from(&v),
            items: v.items,
            files: VersionFileSizes {
                docx: v.docx_bytes,
                pdf: v.pdf_bytes,
            },
        })
    }

    /// The stored DOCX or PDF of a circulated version, byte for byte as circulated (or as
    /// rendered again when names were removed).
    pub fn export_version(&self, key: &str, label: &str, format: ExportFormat) -> Result<Vec<u8>> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self.store.version_file(&workspace.id, label, format)?)
    }

    /// A circulated version's record and template, and how it is listed.
    pub(crate) fn version_record(&self, workspace_id: &str, label: &str) -> Result<(StoredVersion, FrozenRecord)> {
        let (version, text) = self.store.version_record(workspace_id, label)?;
        Ok((version, FrozenRecord::from_json(&text)?))
    }

    /// Replaces participants' names by their organisation (and the facilitator's by
    /// "Facilitator") in every session of the workspace and in every circulated version, whose
    /// files are rendered again from its record, date and label in the same transaction; its
    /// fingerprint does not change. Returns how many names were removed from the live record.
    pub(crate) fn remove_names(&mut self, workspace_id: &str) -> Result<usize> {
        let (at, by) = (self.now(), self.by.clone());
        // The files are rendered again in the house style the workspace has now.
        let reference = self.house_reference(workspace_id, None)?;
        self.store
            .anonymise_participants(workspace_id, at, &by, |version, earlier, text| {
                let record = FrozenRecord::from_json(text)?;
                let Some(record) = record.without_names() else {
                    return Ok(None);
                };
                let mut versions = version_rows(earlier);
                versions.extend(version_rows(std::slice::from_ref(version)));
                let circulation = Circulation {
                    label: Some(version.label.clone()),
                    fingerprint: version.fingerprint.clone(),
                    versions,
                    changes: None,
                };
                let (docx, pdf) = render_version(&record, version.date, &circulation, reference.as_ref())?;
                Ok::<_, Error>(Some(VersionFiles {
                    record: record.to_json(),
                    docx,
                    pdf,
                }))
            })
    }
}
