//! Reviewers' comments and circulated versions as replicated records, and the versions' files,
//! which travel beside the document as blobs known by their SHA-256, never inside it.
//!
//! A comment is three fields: `record` (what the import wrote from the reviewer's file, the
//! same on every laptop that imports the same file, so two imports agree), `disposition` and
//! `response` (who answered and when is the disposition's write). A version is one field,
//! `record`, its metadata with the SHA-256 of its frozen record, DOCX and PDF, so the same
//! label circulated on two laptops is one conflict between whole versions. The files a
//! version needs come from its row, or from `replica_blob`: files that came from another
//! laptop and that no row holds, or that a merge or a settled conflict displaced here.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use adopt_sync::{Blob, RecordField, RecordKind, RecordValue, ReplicatedWorkspace, SyncError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::columns::{parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::versions::label_key;

/// The prefix of the conflict id of a version (`-/version.LABEL`).
pub(crate) const VERSION_CONFLICT: &str = "-/version.";

/// What a reviewer's file says about one comment: everything the import stored but when and
/// by whom (the write's own origin), so two laptops importing one file write the same value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CommentRecord {
    kind: String,
    section: Option<i64>,
    author: String,
    organisation: Option<String>,
    at: Option<String>,
    text: String,
    anchor_text: String,
    /// The replies as the row keeps them (JSON text).
    replies: String,
    resolved: bool,
    source_file: String,
    source_version: Option<String>,
    proposed_text: Option<String>,
    identity: String,
}

/// A circulated version's metadata and the SHA-256 of its three files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct VersionRecord {
    label: String,
    date: String,
    circulated_at: String,
    circulated_by: String,
    note: Option<String>,
    prepared_by: Option<String>,
    fingerprint: String,
    template: String,
    items: u32,
    record_sha256: String,
    docx_sha256: String,
    pdf_sha256: String,
}

impl VersionRecord {
    fn hashes(&self) -> [&str; 3] {
        [&self.record_sha256, &self.docx_sha256, &self.pdf_sha256]
    }
}

/// One version row with its files.
struct VersionRow {
    record: VersionRecord,
    files: [Vec<u8>; 3],
}

/// 64 lower-case hex digits, as the bundle names its blobs.
fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Strings, numbers and options always serialise.
    serde_json::to_string(value).unwrap_or_default()
}

fn unexpected(key: String, expected: &'static str, e: impl ToString) -> StoreError {
    SyncError::UnexpectedValue {
        key,
        expected,
        found: e.to_string(),
    }
    .into()
}

/// The records of the workspace's comments (only `item`'s with `Some`) as the rows hold them.
pub(crate) fn comment_records(
    conn: &Connection,
    workspace_id: &str,
    item: Option<&str>,
) -> Result<BTreeMap<RecordField, RecordValue>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, item_id, kind, section, author, organisation, at, text, anchor_text, replies, resolved,
             source_file, source_version, proposed_text, identity, imported_at, imported_by, disposition, response,
             responded_by, responded_at
         FROM review_comment WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)",
    )?;
    let mut records = BTreeMap::new();
    let mut rows = stmt.query(params![workspace_id, item])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let item: Option<String> = r.get(1)?;
        let record = CommentRecord {
            kind: r.get(2)?,
            section: r.get(3)?,
            author: r.get(4)?,
            organisation: r.get(5)?,
            at: r.get(6)?,
            text: r.get(7)?,
            anchor_text: r.get(8)?,
            replies: r.get(9)?,
            resolved: r.get(10)?,
            source_file: r.get(11)?,
            source_version: r.get(12)?,
            proposed_text: r.get(13)?,
            identity: r.get(14)?,
        };
        let field = |name: &str| RecordField::new(RecordKind::Comment, item.as_deref(), &id, name);
        records.insert(
            field("record"),
            RecordValue {
                value: to_json(&record),
                device: String::new(),
                by: r.get(16)?,
                at: parse_timestamp(&r.get::<_, String>(15)?)?,
            },
        );
        let disposition: Option<String> = r.get(17)?;
        let response: Option<String> = r.get(18)?;
        let responded_by: Option<String> = r.get(19)?;
        let responded_at: Option<String> = r.get(20)?;
        let answered = |value: String| -> rusqlite::Result<RecordValue> {
            Ok(RecordValue {
                value,
                device: String::new(),
                by: responded_by.clone().unwrap_or_default(),
                at: match &responded_at {
                    Some(at) => parse_timestamp(at)?,
                    None => DateTime::<Utc>::UNIX_EPOCH,
                },
            })
        };
        if let Some(disposition) = disposition {
            records.insert(field("disposition"), answered(disposition)?);
        }
        if let Some(response) = response {
            records.insert(field("response"), answered(response)?);
        }
    }
    Ok(records)
}

fn version_rows(conn: &Connection, workspace_id: &str) -> Result<Vec<VersionRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT label, date, circulated_at, circulated_by, note, prepared_by, fingerprint, template, items,
             record, docx, pdf
         FROM circulated_version WHERE workspace_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        let record: String = r.get(9)?;
        let docx: Vec<u8> = r.get(10)?;
        let pdf: Vec<u8> = r.get(11)?;
        Ok(VersionRow {
            record: VersionRecord {
                label: r.get(0)?,
                date: r.get(1)?,
                circulated_at: r.get(2)?,
                circulated_by: r.get(3)?,
                note: r.get(4)?,
                prepared_by: r.get(5)?,
                fingerprint: r.get(6)?,
                template: r.get(7)?,
                items: r.get(8)?,
                record_sha256: sha256_hex(record.as_bytes()),
                docx_sha256: sha256_hex(&docx),
                pdf_sha256: sha256_hex(&pdf),
            },
            files: [record.into_bytes(), docx, pdf],
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The records of the workspace's circulated versions as the rows hold them.
pub(crate) fn version_records(conn: &Connection, workspace_id: &str) -> Result<BTreeMap<RecordField, RecordValue>> {
    let mut records = BTreeMap::new();
    for row in version_rows(conn, workspace_id)? {
        let value = RecordValue {
            value: to_json(&row.record),
            device: String::new(),
            by: row.record.circulated_by.clone(),
            at: parse_timestamp(&row.record.circulated_at)?,
        };
        records.insert(
            RecordField::new(RecordKind::Version, None, &row.record.label, "record"),
            value,
        );
    }
    Ok(records)
}

/// Writes a comment's row as the merged document holds it: added when new here, its record
/// and answer rewritten otherwise (the caller calls only where they differ).
pub(crate) fn write_comment(
    conn: &Connection,
    workspace_id: &str,
    item: Option<&str>,
    id: &str,
    fields: &BTreeMap<String, RecordValue>,
) -> Result<()> {
    let Some(origin) = fields.get("record") else {
        return Ok(());
    };
    let record: CommentRecord = serde_json::from_str(&origin.value)
        .map_err(|e| unexpected(format!("comment {id}"), "a reviewer's comment", e))?;
    // Added when new here, its record rewritten when the row exists. A comment this laptop
    // imported under another id (from before ids were made from the identity) is the same
    // comment: it stays as it is.
    conn.execute(
        "INSERT INTO review_comment (id, workspace_id, item_id, section, kind, author, organisation, at, text,
             anchor_text, replies, resolved, source_file, source_version, proposed_text, identity, imported_at,
             imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
         ON CONFLICT (id) DO UPDATE SET item_id = excluded.item_id, section = excluded.section,
             kind = excluded.kind, author = excluded.author, organisation = excluded.organisation,
             at = excluded.at, text = excluded.text, anchor_text = excluded.anchor_text,
             replies = excluded.replies, resolved = excluded.resolved, source_file = excluded.source_file,
             source_version = excluded.source_version, proposed_text = excluded.proposed_text,
             identity = excluded.identity
             WHERE review_comment.workspace_id = excluded.workspace_id
         ON CONFLICT DO NOTHING",
        params![
            id,
            workspace_id,
            item,
            record.section,
            record.kind,
            record.author,
            record.organisation,
            record.at,
            record.text,
            record.anchor_text,
            record.replies,
            record.resolved,
            record.source_file,
            record.source_version,
            record.proposed_text,
            record.identity,
            timestamp(origin.at),
            origin.by,
        ],
    )?;
    let disposition = fields.get("disposition");
    conn.execute(
        "UPDATE review_comment SET disposition = ?3, response = ?4, responded_by = ?5, responded_at = ?6
         WHERE workspace_id = ?1 AND id = ?2",
        params![
            workspace_id,
            id,
            disposition.map(|d| d.value.as_str()),
            fields.get("response").map(|r| r.value.as_str()),
            disposition.map(|d| d.by.as_str()),
            disposition.map(|d| timestamp(d.at)),
        ],
    )?;
    Ok(())
}

/// The bytes of a version file by its SHA-256: from `replica_blob`, else from a version row.
fn find_blob(conn: &Connection, workspace_id: &str, sha256: &str) -> Result<Option<Vec<u8>>> {
    let stored: Option<Vec<u8>> = conn
        .query_row(
            "SELECT bytes FROM replica_blob WHERE workspace_id = ?1 AND sha256 = ?2",
            params![workspace_id, sha256],
            |r| r.get(0),
        )
        .optional()?;
    if stored.is_some() {
        return Ok(stored);
    }
    for row in version_rows(conn, workspace_id)? {
        let [record, docx, pdf] = row.files;
        for (hash, bytes) in row.record.hashes().into_iter().zip([record, docx, pdf]) {
            if hash == sha256 {
                return Ok(Some(bytes));
            }
        }
    }
    Ok(None)
}

fn keep_blob(conn: &Connection, workspace_id: &str, bytes: &[u8]) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO replica_blob (workspace_id, sha256, bytes) VALUES (?1, ?2, ?3)",
        params![workspace_id, sha256_hex(bytes), bytes],
    )?;
    Ok(())
}

/// Writes the version `label` as the merged document holds it. The row it replaces (the other
/// side of a conflict on its label) keeps its files in `replica_blob`, so it is never lost.
pub(crate) fn write_version(
    conn: &Connection,
    workspace_id: &str,
    label: &str,
    fields: &BTreeMap<String, RecordValue>,
) -> Result<()> {
    let Some(value) = fields.get("record") else {
        return Ok(());
    };
    let version = parse_version(label, &value.value)?;
    let mut files = Vec::with_capacity(3);
    for hash in version.hashes() {
        let bytes = find_blob(conn, workspace_id, hash)?.ok_or_else(|| missing(label))?;
        files.push(bytes);
    }
    let record = String::from_utf8(files.remove(0))
        .map_err(|e| unexpected(format!("version {label}"), "a frozen record in UTF-8", e))?;
    let (docx, pdf) = (files.remove(0), files.remove(0));
    let here: Option<(String, String, Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT label, record, docx, pdf FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2",
            params![workspace_id, label_key(label)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    if let Some((here_label, old_record, old_docx, old_pdf)) = here {
        // "Draft A" here and "draft a" there are two labels to the document but one to this
        // laptop: the one here stays, the other's files wait in `replica_blob`.
        if here_label != label {
            return Ok(());
        }
        for bytes in [old_record.as_bytes(), &old_docx, &old_pdf] {
            keep_blob(conn, workspace_id, bytes)?;
        }
        conn.execute(
            "DELETE FROM circulated_version WHERE workspace_id = ?1 AND label_key = ?2",
            params![workspace_id, label_key(label)],
        )?;
    }
    conn.execute(
        "INSERT INTO circulated_version (workspace_id, label, label_key, date, circulated_at, circulated_by,
             note, prepared_by, fingerprint, template, items, record, docx, pdf)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            workspace_id,
            label,
            label_key(label),
            version.date,
            version.circulated_at,
            version.circulated_by,
            version.note,
            version.prepared_by,
            version.fingerprint,
            version.template,
            version.items,
            record,
            docx,
            pdf,
        ],
    )?;
    Ok(())
}

fn parse_version(label: &str, value: &str) -> Result<VersionRecord> {
    serde_json::from_str(value).map_err(|e| unexpected(format!("version {label}"), "a circulated version", e))
}

fn missing(label: &str) -> StoreError {
    StoreError::VersionFilesMissing(label.to_string())
}

/// Every version value the document holds, each side of a conflict on a label included
/// (`with_conflicts`; otherwise only the shown ones): `(label, SHA-256)` of each file.
pub(crate) fn needed_files(replica: &ReplicatedWorkspace, with_conflicts: bool) -> Result<Vec<(String, String)>> {
    let mut values: Vec<(String, String)> = replica
        .records(Some(RecordKind::Version))?
        .into_iter()
        .map(|(field, value)| (field.id, value.value))
        .collect();
    // A conflict on a label has a shown side: no version shown, no conflict to look for.
    if with_conflicts && !values.is_empty() {
        for conflict in replica.conflicts()? {
            if let Some(label) = conflict.id.strip_prefix(VERSION_CONFLICT) {
                values.extend(conflict.values.into_iter().map(|v| (label.to_string(), v.value)));
            }
        }
    }
    let mut needed = BTreeSet::new();
    for (label, value) in values {
        let version = parse_version(&label, &value)?;
        for hash in version.hashes() {
            needed.insert((label.clone(), hash.to_string()));
        }
    }
    Ok(needed.into_iter().collect())
}

/// Whether the workspace has an unresolved conflict on a version's label.
pub(crate) fn has_version_conflict(conn: &Connection, workspace_id: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM replica_conflict WHERE workspace_id = ?1 AND substr(conflict_id, 1, 10) = ?2)",
        params![workspace_id, VERSION_CONFLICT],
        |r| r.get(0),
    )?)
}

/// The files `needed` names, read from the rows and `replica_blob`; a file this database
/// lacks is left out (the receiver may hold it; if not, it refuses the bundle).
pub(crate) fn files_to_send(conn: &Connection, workspace_id: &str, needed: &[(String, String)]) -> Result<Vec<Blob>> {
    let wanted: BTreeSet<&str> = needed.iter().map(|(_, hash)| hash.as_str()).collect();
    let mut found: HashMap<String, Vec<u8>> = HashMap::new();
    for row in version_rows(conn, workspace_id)? {
        let hashes = row.record.hashes().map(str::to_string);
        for (hash, bytes) in hashes.into_iter().zip(row.files) {
            if wanted.contains(hash.as_str()) {
                found.insert(hash, bytes);
            }
        }
    }
    let mut blobs = Vec::new();
    for hash in wanted {
        let bytes = match found.remove(hash) {
            Some(bytes) => Some(bytes),
            None => conn
                .query_row(
                    "SELECT bytes FROM replica_blob WHERE workspace_id = ?1 AND sha256 = ?2",
                    params![workspace_id, hash],
                    |r| r.get(0),
                )
                .optional()?,
        };
        blobs.extend(bytes.map(Blob::new));
    }
    Ok(blobs)
}

/// Keeps the received files the merged document needs, then checks that every needed file is
/// here: a version whose files are neither in the bundle nor in this database is refused.
pub(crate) fn receive_files(
    conn: &Connection,
    workspace_id: &str,
    needed: &[(String, String)],
    received: &[Blob],
) -> Result<()> {
    if needed.is_empty() {
        return Ok(());
    }
    let wanted: BTreeSet<&str> = needed.iter().map(|(_, hash)| hash.as_str()).collect();
    for blob in received.iter().filter(|b| wanted.contains(b.sha256())) {
        keep_blob(conn, workspace_id, blob.bytes())?;
    }
    let mut held: BTreeSet<String> = version_rows(conn, workspace_id)?
        .iter()
        .flat_map(|row| row.record.hashes().map(str::to_string))
        .collect();
    let mut stmt = conn.prepare_cached("SELECT sha256 FROM replica_blob WHERE workspace_id = ?1")?;
    for hash in stmt.query_map([workspace_id], |r| r.get::<_, String>(0))? {
        held.insert(hash?);
    }
    match needed.iter().find(|(_, hash)| !held.contains(hash)) {
        Some((label, _)) => Err(missing(label)),
        None => Ok(()),
    }
}

/// Drops from `replica_blob` the files a version row now holds.
pub(crate) fn forget_held_files(conn: &Connection, workspace_id: &str) -> Result<()> {
    for row in version_rows(conn, workspace_id)? {
        for hash in row.record.hashes() {
            conn.execute(
                "DELETE FROM replica_blob WHERE workspace_id = ?1 AND sha256 = ?2",
                params![workspace_id, hash],
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_record_names_its_files_by_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let blob = Blob::new(b"%PDF- pdf".to_vec());
        assert_eq!(
            sha256_hex(blob.bytes()),
            blob.sha256(),
            "the bundle's hash and ours agree"
        );
    }
}
