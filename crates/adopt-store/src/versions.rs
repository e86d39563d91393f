//! Circulated versions: what was sent to the reviewers, frozen. Each keeps the record and
//! template it was made from (JSON, written by the core), its fingerprint and the DOCX and PDF
//! files byte for byte. A version is never changed afterwards, except that removing
//! participants' names renders its files again without them (see `discussion/anonymise.rs`).

use adopt_domain::ExportFormat;
use adopt_sync::RecordKind;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::columns::{date_text, parse_date_column, parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::replica::replicate_records;
use crate::store::Store;
use crate::workspaces::load;

/// A circulated version as listed: everything but its record and its files (their sizes only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVersion {
    pub label: String,
    /// The document date printed on it.
    pub date: NaiveDate,
    pub circulated_at: DateTime<Utc>,
    pub circulated_by: String,
    pub note: Option<String>,
    /// The workspace's "prepared by" property as it was at circulation.
    pub prepared_by: Option<String>,
    /// SHA-256 of its record and template, 64 hex digits; set once, never recomputed.
    pub fingerprint: String,
    /// The template it was made with.
    pub template: String,
    /// How many selected items its record holds.
    pub items: u32,
    pub docx_bytes: u64,
    pub pdf_bytes: u64,
    /// When participants' names were removed from its record and files; `None` until then.
    pub names_removed_at: Option<DateTime<Utc>>,
}

/// What circulating a version stores.
#[derive(Debug, Clone, Copy)]
pub struct NewVersion<'a> {
    pub label: &'a str,
    pub date: NaiveDate,
    pub note: Option<&'a str>,
    pub prepared_by: Option<&'a str>,
    pub fingerprint: &'a str,
    pub template: &'a str,
    pub items: u32,
    /// The frozen record and template, as JSON text.
    pub record: &'a str,
    pub docx: &'a [u8],
    pub pdf: &'a [u8],
}

/// A version's record and files written again (names removed); its fingerprint stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionFiles {
    pub record: String,
    pub docx: Vec<u8>,
    pub pdf: Vec<u8>,
}

/// How labels are compared: regardless of case, in any script.
pub(crate) fn label_key(label: &str) -> String {
    label.trim().to_lowercase()
}

const SELECT_VERSION: &str = "SELECT label, date, circulated_at, circulated_by, note, prepared_by, fingerprint,
        template, items, length(docx), length(pdf), names_removed_at
    FROM circulated_version";

fn read_version(r: &Row<'_>) -> rusqlite::Result<StoredVersion> {
    let removed: Option<String> = r.get(11)?;
    Ok(StoredVersion {
        label: r.get(0)?,
        date: parse_date_column(&r.get::<_, String>(1)?)?,
        circulated_at: parse_timestamp(&r.get::<_, String>(2)?)?,
        circulated_by: r.get(3)?,
        note: r.get(4)?,
        prepared_by: r.get(5)?,
        fingerprint: r.get(6)?,
        template: r.get(7)?,
        items: r.get(8)?,
        docx_bytes: r.get::<_, i64>(9)?.unsigned_abs(),
        pdf_bytes: r.get::<_, i64>(10)?.unsigned_abs(),
        names_removed_at: removed.as_deref().map(parse_timestamp).transpose()?,
    })
}

/// The versions of a workspace in the order they were circulated.
pub(crate) fn list_versions(conn: &Connection, workspace_id: &str) -> Result<Vec<StoredVersion>> {
    let sql = format!("{SELECT_VERSION} WHERE workspace_id = ?1 ORDER BY circulated_at, id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([workspace_id], read_version)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The version labelled `label` (any case), or `VersionNotFound` naming the labels there are.
fn find_version(conn: &Connection, workspace_id: &str, label: &str) -> Result<StoredVersion> {
    let sql = format!("{SELECT_VERSION} WHERE workspace_id = ?1 AND label_key = ?2");
    conn.query_row(&sql, params![workspace_id, label_key(label)], read_version)
        .optional()?
        .ok_or_else(|| not_found(conn, workspace_id, label))
}

fn not_found(conn: &Connection, workspace_id: &str, label: &str) -> StoreError {
    match list_versions(conn, workspace_id) {
        Ok(versions) => StoreError::VersionNotFound {
            label: label.trim().to_string(),
            existing: versions.into_iter().map(|v| v.label).collect(),
        },
        Err(e) => e,
    }
}

fn workspace_exists(conn: &Connection, workspace_id: &str) -> Result<()> {
    load(conn, workspace_id)?.ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
    Ok(())
}

impl Store {
    /// Stores a circulated version and its history line in one transaction. A label already
    /// used in the workspace, in any case, is refused with the label it clashes with.
    pub fn insert_version(
        &mut self,
        workspace_id: &str,
        version: &NewVersion<'_>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<StoredVersion> {
        let tx = self.edit()?;
        workspace_exists(&tx, workspace_id)?;
        let key = label_key(version.label);
        let taken: Option<String> = tx
            .query_row(
                "SELECT label FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2",
                params![workspace_id, key],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(existing) = taken {
            return Err(StoreError::VersionLabelTaken(existing));
        }
        tx.execute(
            "INSERT INTO circulated_version (workspace_id, label, label_key, date, circulated_at, circulated_by,
                 note, prepared_by, fingerprint, template, items, record, docx, pdf)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                workspace_id,
                version.label.trim(),
                key,
                date_text(version.date),
                timestamp(at),
                by,
                version.note,
                version.prepared_by,
                version.fingerprint,
                version.template,
                version.items,
                version.record,
                version.docx,
                version.pdf,
            ],
        )?;
        record(
            &tx,
            workspace_id,
            None,
            "version",
            None,
            Some(version.label.trim()),
            at,
            by,
        )?;
        // Its metadata into the document; its files travel beside it when a bundle is made.
        replicate_records(&tx, workspace_id, RecordKind::Version, None, at, by)?;
        let stored = find_version(&tx, workspace_id, version.label)?;
        tx.commit()?;
        Ok(stored)
    }

    /// The circulated versions of a workspace, oldest first; records and files are not read.
    pub fn versions(&self, workspace_id: &str) -> Result<Vec<StoredVersion>> {
        workspace_exists(&self.conn, workspace_id)?;
        list_versions(&self.conn, workspace_id)
    }

    /// One circulated version by its label (any case).
    pub fn version(&self, workspace_id: &str, label: &str) -> Result<StoredVersion> {
        workspace_exists(&self.conn, workspace_id)?;
        find_version(&self.conn, workspace_id, label)
    }

    /// A version with the record (JSON) and template it was made from.
    pub fn version_record(&self, workspace_id: &str, label: &str) -> Result<(StoredVersion, String)> {
        let version = self.version(workspace_id, label)?;
        let text: String = self.conn.query_row(
            "SELECT record FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2",
            params![workspace_id, label_key(label)],
            |r| r.get(0),
        )?;
        Ok((version, text))
    }

    /// The stored DOCX or PDF file of a version, byte for byte.
    pub fn version_file(&self, workspace_id: &str, label: &str, format: ExportFormat) -> Result<Vec<u8>> {
        self.version(workspace_id, label)?;
        // The column name comes from a closed enum, never from input.
        let column = match format {
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
        };
        let sql = format!("SELECT {column} FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2");
        Ok(self
            .conn
            .query_row(&sql, params![workspace_id, label_key(label)], |r| r.get(0))?)
    }
}

/// Renders every version of a workspace again through `rewrite`, inside the caller's
/// transaction: `rewrite` gets a version, the versions before it and its record, and returns
/// the record and files without names (`None`: nothing to change). Returns how many changed.
pub(crate) fn rewrite_versions<E, F>(
    conn: &Connection,
    workspace_id: &str,
    at: DateTime<Utc>,
    rewrite: &mut F,
) -> std::result::Result<usize, E>
where
    E: From<StoreError>,
    F: FnMut(&StoredVersion, &[StoredVersion], &str) -> std::result::Result<Option<VersionFiles>, E>,
{
    let versions = list_versions(conn, workspace_id)?;
    let mut changed = 0;
    for (n, version) in versions.iter().enumerate() {
        let text: String = conn
            .query_row(
                "SELECT record FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2",
                params![workspace_id, label_key(&version.label)],
                |r| r.get(0),
            )
            .map_err(StoreError::from)?;
        if let Some(files) = rewrite(version, &versions[..n], &text)? {
            conn.execute(
                "UPDATE circulated_version SET record = ?3, docx = ?4, pdf = ?5, names_removed_at = ?6
                 WHERE workspace_id = ?1 AND label_key = ?2",
                params![
                    workspace_id,
                    label_key(&version.label),
                    files.record,
                    files.docx,
                    files.pdf,
                    timestamp(at)
                ],
            )
            .map_err(StoreError::from)?;
            changed += 1;
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::test_support::lesotho;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 6, 5, 9, minute, 0).unwrap()
    }

    fn workspace(store: &mut Store) -> String {
        lesotho(store, at(0))
    }

    fn version<'a>(label: &'a str, fingerprint: &'a str) -> NewVersion<'a> {
        NewVersion {
            label,
            date: NaiveDate::from_ymd_opt(2025, 6, 6).unwrap(),
            note: Some("for legal review"),
            prepared_by: Some("Secretariat"),
            fingerprint,
            template: "joint-directive",
            items: 3,
            record: "{\"record\": 1}",
            docx: b"PK docx bytes",
            pdf: b"%PDF- pdf bytes",
        }
    }

    const F1: &str = "3f9a1c2b7d4e0000000000000000000000000000000000000000000000000001";
    const F2: &str = "3f9a1c2b7d4e0000000000000000000000000000000000000000000000000002";

    #[test]
    fn a_version_is_stored_with_its_files_and_a_history_line() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        let stored = store
            .insert_version(&ws, &version("0.1", F1), at(1), "secretariat")
            .unwrap();
        assert_eq!(stored.label, "0.1");
        assert_eq!(stored.docx_bytes, 13);
        assert_eq!(stored.pdf_bytes, 15);
        assert_eq!(stored.circulated_at, at(1));
        assert_eq!(stored.names_removed_at, None);
        assert_eq!(
            store.version_file(&ws, "0.1", ExportFormat::Pdf).unwrap(),
            b"%PDF- pdf bytes"
        );
        assert_eq!(
            store.version_file(&ws, "0.1", ExportFormat::Docx).unwrap(),
            b"PK docx bytes"
        );
        assert_eq!(store.version_record(&ws, "0.1").unwrap().1, "{\"record\": 1}");
        let last = store.history(&ws, None).unwrap().pop().unwrap();
        assert_eq!((last.field.as_str(), last.new.as_deref()), ("version", Some("0.1")));
    }

    #[test]
    fn a_label_is_unique_regardless_of_case_and_a_refusal_changes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        store.insert_version(&ws, &version("Draft A", F1), at(1), "s").unwrap();
        let history = store.history(&ws, None).unwrap().len();
        let err = store
            .insert_version(&ws, &version("draft a", F2), at(2), "s")
            .unwrap_err();
        assert!(
            matches!(&err, StoreError::VersionLabelTaken(l) if l == "Draft A"),
            "{err}"
        );
        assert_eq!(store.versions(&ws).unwrap().len(), 1);
        assert_eq!(store.history(&ws, None).unwrap().len(), history, "no history line");
        store.insert_version(&ws, &version("Draft B", F2), at(2), "s").unwrap();
        let labels: Vec<String> = store.versions(&ws).unwrap().into_iter().map(|v| v.label).collect();
        assert_eq!(labels, ["Draft A", "Draft B"], "in the order circulated");
        assert_eq!(store.version(&ws, "DRAFT b").unwrap().fingerprint, F2);
    }

    #[test]
    fn an_unknown_label_names_the_labels_there_are() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        let none = store.version(&ws, "0.1").unwrap_err().to_string();
        assert!(none.contains("no version has been circulated"), "{none}");
        store.insert_version(&ws, &version("0.1", F1), at(1), "s").unwrap();
        store.insert_version(&ws, &version("0.2", F2), at(2), "s").unwrap();
        let err = store
            .version_file(&ws, "0.3", ExportFormat::Pdf)
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"0.3\"") && err.contains("0.1, 0.2"), "{err}");
    }

    #[test]
    fn removing_names_rewrites_each_version_in_the_same_transaction() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        store.insert_version(&ws, &version("0.1", F1), at(1), "s").unwrap();
        store.insert_version(&ws, &version("0.2", F2), at(2), "s").unwrap();

        // A rewrite that fails on the second version leaves the first one as it was too.
        let failed = store.anonymise_participants(&ws, at(3), "s", |v, _, _| {
            if v.label == "0.2" {
                Err(StoreError::Busy)
            } else {
                Ok(Some(VersionFiles {
                    record: "{}".into(),
                    docx: b"PK new".to_vec(),
                    pdf: b"%PDF- new".to_vec(),
                }))
            }
        });
        assert!(failed.is_err());
        assert_eq!(
            store.version_file(&ws, "0.1", ExportFormat::Docx).unwrap(),
            b"PK docx bytes"
        );
        assert_eq!(store.version(&ws, "0.1").unwrap().names_removed_at, None);

        let mut seen = Vec::new();
        store
            .anonymise_participants(&ws, at(4), "s", |v, earlier, record| {
                seen.push((v.label.clone(), earlier.len(), record.to_string()));
                Ok::<_, StoreError>((v.label == "0.2").then(|| VersionFiles {
                    record: "{\"record\": 2}".into(),
                    docx: b"PK new".to_vec(),
                    pdf: b"%PDF- new".to_vec(),
                }))
            })
            .unwrap();
        assert_eq!(
            seen,
            [
                ("0.1".to_string(), 0, "{\"record\": 1}".to_string()),
                ("0.2".to_string(), 1, "{\"record\": 1}".to_string())
            ]
        );
        let v2 = store.version(&ws, "0.2").unwrap();
        assert_eq!(v2.names_removed_at, Some(at(4)));
        assert_eq!(v2.fingerprint, F2, "the fingerprint stays");
        assert_eq!(store.version_file(&ws, "0.2", ExportFormat::Pdf).unwrap(), b"%PDF- new");
        assert_eq!(store.version_record(&ws, "0.2").unwrap().1, "{\"record\": 2}");
        assert_eq!(store.version(&ws, "0.1").unwrap().names_removed_at, None, "unchanged");
        let last = store.history(&ws, None).unwrap().pop().unwrap();
        assert_eq!(
            last.new.as_deref(),
            Some("0 names removed; 1 circulated versions rendered again without them")
        );
    }

    #[test]
    fn a_malformed_fingerprint_is_refused_by_the_schema() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        assert!(store.insert_version(&ws, &version("0.1", "abc"), at(1), "s").is_err());
        assert!(store.versions(&ws).unwrap().is_empty());
    }
}
