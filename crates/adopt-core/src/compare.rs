//! The current draft compared with a circulated version: every change since it marked (DOCX
//! tracked changes, a PDF redline), attributed to who made it and when from the history, and
//! the annex "Changes since version LABEL" listing the changes field by field.

use adopt_document::{Attribution, Author, ChangesSince, Circulation, Document, DraftInput};
use adopt_domain::{ExportFormat, HistoryEntry};
use adopt_store::StoredVersion;
use chrono::NaiveDate;

use crate::diff::{change_rows, diff_records};
use crate::error::Result;
use crate::export::DraftOptions;
use crate::frozen::version_rows;
use crate::reference_doc::render_styled;
use crate::workbench::Workbench;

/// The history lines written after `version` was circulated: those after its own "version"
/// line (or, should that be missing, those later than its circulation).
fn since<'a>(history: &'a [HistoryEntry], version: &StoredVersion) -> &'a [HistoryEntry] {
    let own = history
        .iter()
        .rposition(|h| h.item.is_none() && h.field == "version" && h.new.as_deref() == Some(version.label.as_str()));
    match own {
        Some(at) => &history[at + 1..],
        None => {
            let first = history
                .iter()
                .position(|h| h.at > version.circulated_at)
                .unwrap_or(history.len());
            &history[first..]
        }
    }
}

fn author(h: &HistoryEntry) -> Author {
    Author {
        name: h.by.clone(),
        date: h.at,
    }
}

/// Who made the changes since a version: per item, the latest history line about it; for
/// the rest, the latest line of the workspace, or `fallback` when nothing was recorded since.
fn attribution(lines: &[HistoryEntry], fallback: Author) -> Attribution {
    let mut attribution = Attribution::to(lines.last().map(author).unwrap_or(fallback));
    for h in lines {
        if let Some(item) = &h.item {
            attribution.items.insert(item.clone(), author(h));
        }
    }
    attribution
}

impl Workbench {
    /// The working draft of the workspace (with `template`, by default its own, dated `date`)
    /// compared with the circulated version `label`: every change since it marked, and the
    /// annex on the changes since that version.
    pub fn draft_compare(&self, key: &str, label: &str, template: Option<&str>, date: NaiveDate) -> Result<Document> {
        self.draft_compare_with(key, label, template, date, DraftOptions::default())
    }

    /// [`Workbench::draft_compare`] with what `options` adds: the rationale comments sit on the
    /// current draft's clauses (a clause deleted since the version has none).
    pub fn draft_compare_with(
        &self,
        key: &str,
        label: &str,
        template: Option<&str>,
        date: NaiveDate,
        options: DraftOptions,
    ) -> Result<Document> {
        let workspace = self.store.find_workspace(key)?;
        let (version, old) = self.version_record(&workspace.id, label)?;
        let new = self.frozen_record(&workspace, template)?;
        let versions = self.store.versions(&workspace.id)?;
        let upto = versions
            .iter()
            .position(|v| v.label == version.label)
            .map_or(versions.len(), |n| n + 1);
        let old_circulation = Circulation {
            label: Some(version.label.clone()),
            fingerprint: version.fingerprint.clone(),
            versions: version_rows(&versions[..upto]),
            changes: None,
        };
        let new_circulation = Circulation {
            label: None,
            fingerprint: new.fingerprint(),
            versions: version_rows(&versions),
            changes: Some(ChangesSince {
                label: version.label.clone(),
                rows: change_rows(&diff_records(&old, &new)),
            }),
        };
        let history = self.store.history(&workspace.id, None)?;
        let fallback = Author {
            name: self.by.clone(),
            date: self.now(),
        };
        let attribution = attribution(since(&history, &version), fallback);
        let (old_findings, new_findings) = (old.findings(version.date), new.findings(date));
        Ok(adopt_document::compose_redline(
            &old.input(&old_findings, version.date, &old_circulation),
            &old.template.load()?,
            &DraftInput {
                rationale_comments: options.comments,
                ..new.input(&new_findings, date, &new_circulation)
            },
            &new.template.load()?,
            &attribution,
        )?)
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
        let reference = self.house_reference(key, None)?;
        render_styled(
            &self.draft_compare(key, label, template, date)?,
            format,
            reference.as_ref(),
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeZone, Utc};

    use super::*;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 6, 5, 9, minute, 0).unwrap()
    }

    fn line(minute: u32, by: &str, item: Option<&str>, field: &str, new: &str) -> HistoryEntry {
        HistoryEntry {
            id: format!("{minute:032x}"),
            device: None,
            at: at(minute),
            by: by.into(),
            item: item.map(str::to_string),
            field: field.into(),
            old: None,
            new: Some(new.into()),
        }
    }

    fn version(label: &str, minute: u32) -> StoredVersion {
        StoredVersion {
            label: label.into(),
            date: NaiveDate::from_ymd_opt(2025, 6, 6).unwrap(),
            circulated_at: at(minute),
            circulated_by: "s".into(),
            note: None,
            prepared_by: None,
            fingerprint: "0".repeat(64),
            template: "joint-directive".into(),
            items: 1,
            docx_bytes: 1,
            pdf_bytes: 1,
            names_removed_at: None,
        }
    }

    #[test]
    fn each_item_is_attributed_to_its_latest_change_since_the_version() {
        let history = [
            line(1, "ana", Some("SIM-08"), "status", "adopt"),
            line(2, "s", None, "version", "0.1"),
            line(2, "ben", Some("SIM-08"), "rationale", "x"),
            line(3, "cleo", Some("PAY-01"), "status", "adopt"),
            line(4, "dan", Some("SIM-08"), "lead", "LCA"),
            line(5, "eve", None, "reference", "R1"),
        ];
        let fallback = Author {
            name: "me".into(),
            date: at(9),
        };
        let lines = since(&history, &version("0.1", 2));
        assert_eq!(lines.len(), 4, "the line of the same second after the version counts");
        let a = attribution(lines, fallback.clone());
        assert_eq!(a.author(Some("SIM-08")), &author(&history[4]));
        assert_eq!(a.author(Some("PAY-01")), &author(&history[3]));
        assert_eq!(a.author(Some("APP-01")), &author(&history[5]), "the workspace's latest");
        assert_eq!(a.author(None), &author(&history[5]));
        let nothing = attribution(since(&history[..2], &version("0.1", 2)), fallback.clone());
        assert_eq!(
            nothing.author(Some("SIM-08")),
            &fallback,
            "nothing since: the user, now"
        );
    }
}
