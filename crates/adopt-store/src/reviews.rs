//! Reviewers' comments: stored as imported from a reviewer's file, answered one by one. An
//! import is one transaction with one history line; an answer is one transaction with its
//! history line and, when it applies a change, the decision change it makes.

use std::collections::HashSet;

use adopt_domain::{Decision, DecisionPatch, Disposition, ReviewComment, ReviewKind, ReviewReply};
use adopt_sync::RecordKind;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};

use crate::columns::{parse_code, parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::history::record;
use crate::replica::replicate_records;
use crate::selections::decide_in;
use crate::store::Store;
use crate::workspaces::load;

/// A comment or change as an import stores it. The id and identity are the caller's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReviewComment {
    pub id: String,
    /// Author as the file wrote it, normalised text, anchor and date to the minute.
    pub identity: String,
    pub item: Option<String>,
    pub section: Option<u32>,
    pub kind: ReviewKind,
    pub author: String,
    pub organisation: Option<String>,
    pub at: Option<String>,
    pub text: String,
    pub anchor_text: String,
    pub replies: Vec<ReviewReply>,
    pub resolved: bool,
    pub source_file: String,
    pub source_version: Option<String>,
    /// The clause text with this change applied; `None` for a comment, or when unknown.
    pub proposed_text: Option<String>,
}

/// A stored comment with what `--apply` needs: the clause text with the change applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReviewComment {
    pub comment: ReviewComment,
    pub proposed_text: Option<String>,
}

/// How an answer applies a change: the decision patch and the revision it is based on.
#[derive(Debug, Clone)]
pub struct ApplyChange<'a> {
    pub item: &'a str,
    pub patch: &'a DecisionPatch,
    pub if_revision: Option<u32>,
}

/// An answer: the disposition and response, and the change it applies, if any.
#[derive(Debug, Clone)]
pub struct ReviewAnswer<'a> {
    pub disposition: Disposition,
    pub response: Option<&'a str>,
    pub apply: Option<ApplyChange<'a>>,
    /// Other entries answered alike in the same transaction, each with its history line: the
    /// other half of a replacement whose wording is applied.
    pub also: &'a [String],
}

const SELECT_COMMENT: &str = "SELECT id, item_id, section, kind, author, organisation, at, text, anchor_text,
        replies, resolved, source_file, source_version, disposition, response, responded_by, responded_at,
        proposed_text
    FROM review_comment";

fn read_comment(r: &Row<'_>) -> rusqlite::Result<StoredReviewComment> {
    let replies: String = r.get(9)?;
    let replies = serde_json::from_str(&replies)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e)))?;
    let disposition: Option<String> = r.get(13)?;
    let responded_at: Option<String> = r.get(16)?;
    Ok(StoredReviewComment {
        comment: ReviewComment {
            id: r.get(0)?,
            item: r.get(1)?,
            section: r.get(2)?,
            kind: parse_code(&r.get::<_, String>(3)?)?,
            author: r.get(4)?,
            organisation: r.get(5)?,
            at: r.get(6)?,
            text: r.get(7)?,
            anchor_text: r.get(8)?,
            replies,
            resolved: r.get(10)?,
            source_file: r.get(11)?,
            source_version: r.get(12)?,
            disposition: disposition.as_deref().map(parse_code).transpose()?,
            response: r.get(14)?,
            responded_by: r.get(15)?,
            responded_at: responded_at.as_deref().map(parse_timestamp).transpose()?,
        },
        proposed_text: r.get(17)?,
    })
}

fn workspace_exists(conn: &Connection, workspace_id: &str) -> Result<()> {
    load(conn, workspace_id)?.ok_or_else(|| StoreError::WorkspaceNotFound(workspace_id.to_string()))?;
    Ok(())
}

/// The comment whose id is `key` or starts with it (ids are long; a short prefix is enough).
fn find_comment(conn: &Connection, workspace_id: &str, key: &str) -> Result<StoredReviewComment> {
    let key = key.trim().to_ascii_lowercase();
    if key.is_empty() {
        return Err(StoreError::CommentNotFound(key));
    }
    let sql = format!("{SELECT_COMMENT} WHERE workspace_id = ?1 AND substr(id, 1, length(?2)) = ?2 LIMIT 2");
    let mut stmt = conn.prepare(&sql)?;
    let found = stmt
        .query_map(params![workspace_id, key], read_comment)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    match <[StoredReviewComment; 1]>::try_from(found) {
        Ok([one]) => Ok(one),
        Err(found) if found.is_empty() => Err(StoreError::CommentNotFound(key)),
        Err(_) => Err(StoreError::CommentAmbiguous(key)),
    }
}

impl Store {
    /// The identities of the comments a workspace holds: what an import compares with.
    pub fn review_identities(&self, workspace_id: &str) -> Result<HashSet<String>> {
        workspace_exists(&self.conn, workspace_id)?;
        let mut stmt = self
            .conn
            .prepare("SELECT identity FROM review_comment WHERE workspace_id = ?1")?;
        let rows = stmt.query_map([workspace_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores a reviewer's file's comments in one transaction with one history line, leaving
    /// out those whose identity the workspace holds already. Returns the ids stored.
    pub fn insert_review_comments(
        &mut self,
        workspace_id: &str,
        comments: &[NewReviewComment],
        source_file: &str,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<String>> {
        let tx = self.edit()?;
        workspace_exists(&tx, workspace_id)?;
        let mut added = Vec::new();
        {
            let mut insert = tx.prepare(
                "INSERT INTO review_comment (id, workspace_id, item_id, section, kind, author, organisation, at,
                     text, anchor_text, replies, resolved, source_file, source_version, proposed_text, identity,
                     imported_at, imported_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                 ON CONFLICT (workspace_id, identity) DO NOTHING",
            )?;
            for c in comments {
                let replies = serde_json::to_string(&c.replies)
                    .map_err(|e| StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
                let n = insert.execute(params![
                    c.id,
                    workspace_id,
                    c.item,
                    c.section,
                    c.kind.code(),
                    c.author,
                    c.organisation,
                    c.at,
                    c.text,
                    c.anchor_text,
                    replies,
                    c.resolved,
                    c.source_file,
                    c.source_version,
                    c.proposed_text,
                    c.identity,
                    timestamp(at),
                    by,
                ])?;
                if n == 1 {
                    added.push(c.id.clone());
                }
            }
        }
        if !added.is_empty() {
            // Reviewers' names stay out of the history, as participants' names do.
            let line = format!(
                "{} reviewer's {} from {source_file}",
                added.len(),
                if added.len() == 1 { "entry" } else { "entries" }
            );
            record(&tx, workspace_id, None, "review import", None, Some(&line), at, by)?;
            replicate_records(&tx, workspace_id, RecordKind::Comment, None, at, by)?;
        }
        tx.commit()?;
        Ok(added)
    }

    /// A workspace's reviewers' comments in document order (by section, those on the whole
    /// document last, then by the reviewer's date and id): one order on every laptop, whatever
    /// order their imports and merges came in. Only one item's with `item`, only those without
    /// a disposition with `open_only`.
    pub fn review_comments(
        &self,
        workspace_id: &str,
        item: Option<&str>,
        open_only: bool,
    ) -> Result<Vec<ReviewComment>> {
        workspace_exists(&self.conn, workspace_id)?;
        let sql = format!(
            "{SELECT_COMMENT} WHERE workspace_id = ?1 AND (?2 IS NULL OR item_id = ?2)
                AND (?3 = 0 OR disposition IS NULL) ORDER BY section IS NULL, section, at, id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![workspace_id, item, open_only], |r| {
            read_comment(r).map(|s| s.comment)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One comment by its id or the start of it, with the clause text its change would give.
    pub fn review_comment(&self, workspace_id: &str, key: &str) -> Result<StoredReviewComment> {
        workspace_exists(&self.conn, workspace_id)?;
        find_comment(&self.conn, workspace_id, key)
    }

    /// Records the answer to a comment with a history line, and the decision change it
    /// applies, all in one transaction: a stale revision leaves the comment unanswered.
    pub fn respond_review(
        &mut self,
        workspace_id: &str,
        key: &str,
        answer: &ReviewAnswer<'_>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<(ReviewComment, Option<Decision>)> {
        let tx = self.edit()?;
        workspace_exists(&tx, workspace_id)?;
        let before = find_comment(&tx, workspace_id, key)?.comment;
        let decision = match &answer.apply {
            Some(change) => Some(decide_in(
                &tx,
                workspace_id,
                change.item,
                change.patch,
                change.if_revision,
                at,
                by,
            )?),
            None => None,
        };
        answer_one(&tx, workspace_id, &before, answer, at, by)?;
        for other in answer.also {
            let other = find_comment(&tx, workspace_id, other)?.comment;
            answer_one(&tx, workspace_id, &other, answer, at, by)?;
        }
        // The other half of a replacement may sit on another item: every comment is compared.
        let item = answer.also.is_empty().then_some(before.item.as_deref()).flatten();
        replicate_records(&tx, workspace_id, RecordKind::Comment, item, at, by)?;
        let after = find_comment(&tx, workspace_id, &before.id)?.comment;
        tx.commit()?;
        Ok((after, decision))
    }
}

/// Writes one entry's answer and its history line.
fn answer_one(
    tx: &Connection,
    workspace_id: &str,
    before: &ReviewComment,
    answer: &ReviewAnswer<'_>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE review_comment SET disposition = ?3, response = ?4, responded_by = ?5, responded_at = ?6
         WHERE workspace_id = ?1 AND id = ?2",
        params![
            workspace_id,
            before.id,
            answer.disposition.code(),
            answer.response,
            by,
            timestamp(at)
        ],
    )?;
    let short: String = before.id.chars().take(8).collect();
    let new = match answer.response {
        Some(response) => format!("comment {short}: {} — {response}", answer.disposition),
        None => format!("comment {short}: {}", answer.disposition),
    };
    record(
        tx,
        workspace_id,
        before.item.as_deref(),
        "review",
        before.disposition.map(|d| d.code()),
        Some(&new),
        at,
        by,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use adopt_domain::{DecisionStatus, Recommendation};
    use chrono::TimeZone;

    use super::*;
    use crate::test_support::lesotho;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 6, 12, 10, minute, 0).unwrap()
    }

    fn workspace(store: &mut Store) -> String {
        let ws = lesotho(store, at(0));
        let catalog = adopt_catalog::Catalog::builtin();
        let item: &Recommendation = catalog.get("SIM-08").unwrap();
        store.select(&ws, &[item], at(0), "secretariat").unwrap();
        ws
    }

    fn comment(id: &str, identity: &str, kind: ReviewKind) -> NewReviewComment {
        NewReviewComment {
            id: id.into(),
            identity: identity.into(),
            item: Some("SIM-08".into()),
            section: None,
            kind,
            author: "Legal Counsel".into(),
            organisation: Some("Central Bank of Lesotho".into()),
            at: Some("2025-06-10T09:15:00Z".into()),
            text: "Say \"hold\", not \"block\".".into(),
            anchor_text: "block transfers".into(),
            replies: vec![ReviewReply {
                author: "Secretariat".into(),
                at: None,
                text: "Agreed".into(),
            }],
            resolved: true,
            source_file: "review-cbl.docx".into(),
            source_version: Some("0.1".into()),
            proposed_text: (kind != ReviewKind::Comment).then(|| "Operators shall hold transfers.".into()),
        }
    }

    #[test]
    fn an_import_stores_each_comment_once_with_one_history_line() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        let batch = [
            comment("a1b2c3d4e5f6", "k1", ReviewKind::Comment),
            comment("f6e5d4c3b2a1", "k2", ReviewKind::Insertion),
        ];
        let added = store
            .insert_review_comments(&ws, &batch, "review-cbl.docx", at(1), "secretariat")
            .unwrap();
        assert_eq!(added.len(), 2);
        let history = store.history(&ws, None).unwrap();
        assert_eq!(
            history.last().unwrap().new.as_deref(),
            Some("2 reviewer's entries from review-cbl.docx")
        );
        assert!(
            history
                .iter()
                .all(|h| !h.new.as_deref().unwrap_or("").contains("Legal Counsel")),
            "reviewers' names stay out of the history"
        );

        // The same identities again, under new ids: nothing is added, no history line.
        let again = [
            comment("0000000000aa", "k1", ReviewKind::Comment),
            comment("0000000000bb", "k2", ReviewKind::Insertion),
        ];
        let added = store
            .insert_review_comments(&ws, &again, "review-cbl.docx", at(2), "secretariat")
            .unwrap();
        assert!(added.is_empty());
        assert_eq!(store.history(&ws, None).unwrap().len(), history.len());
        let listed = store.review_comments(&ws, None, false).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].replies[0].text, "Agreed", "replies read back from JSON");
        assert!(listed[0].resolved);
        assert_eq!(listed[1].kind, ReviewKind::Insertion);
        assert_eq!(
            store.review_identities(&ws).unwrap(),
            ["k1".to_string(), "k2".to_string()].into()
        );
    }

    #[test]
    fn an_answer_is_recorded_with_a_history_line_and_leaves_the_open_list() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        store
            .insert_review_comments(
                &ws,
                &[comment("a1b2c3d4e5f6", "k1", ReviewKind::Comment)],
                "f.docx",
                at(1),
                "s",
            )
            .unwrap();
        let answer = ReviewAnswer {
            also: &[],
            disposition: Disposition::Rejected,
            response: Some("The directive uses \"block\" throughout."),
            apply: None,
        };
        let (answered, decision) = store.respond_review(&ws, "a1b2", &answer, at(3), "drafter").unwrap();
        assert!(decision.is_none());
        assert_eq!(answered.disposition, Some(Disposition::Rejected));
        assert_eq!(answered.responded_by.as_deref(), Some("drafter"));
        assert_eq!(answered.responded_at, Some(at(3)));
        assert!(store.review_comments(&ws, None, true).unwrap().is_empty());
        assert_eq!(store.review_comments(&ws, Some("SIM-08"), false).unwrap().len(), 1);
        assert!(store.review_comments(&ws, Some("PAY-01"), false).unwrap().is_empty());
        let line = store.history(&ws, Some("SIM-08")).unwrap().pop().unwrap();
        assert_eq!(line.field, "review");
        assert_eq!(
            line.new.as_deref(),
            Some("comment a1b2c3d4: rejected — The directive uses \"block\" throughout.")
        );
        let missing = store.respond_review(&ws, "ffff", &answer, at(4), "s").unwrap_err();
        assert!(matches!(missing, StoreError::CommentNotFound(_)), "{missing}");
    }

    #[test]
    fn a_stale_apply_leaves_the_comment_unanswered_and_the_decision_as_it_was() {
        let mut store = Store::open_in_memory().unwrap();
        let ws = workspace(&mut store);
        store
            .insert_review_comments(
                &ws,
                &[
                    comment("a1b2c3d4e5f6", "k1", ReviewKind::Insertion),
                    comment("a1b2ffffffff", "k2", ReviewKind::Comment),
                ],
                "f.docx",
                at(1),
                "s",
            )
            .unwrap();
        let ambiguous = store.review_comment(&ws, "a1b2").unwrap_err();
        assert!(matches!(ambiguous, StoreError::CommentAmbiguous(_)), "{ambiguous}");
        let patch = DecisionPatch {
            status: Some(DecisionStatus::AdoptModified),
            wording: Some("Operators shall hold transfers.".into()),
            ..DecisionPatch::default()
        };
        let apply = |rev| ReviewAnswer {
            also: &[],
            disposition: Disposition::Accepted,
            response: None,
            apply: Some(ApplyChange {
                item: "SIM-08",
                patch: &patch,
                if_revision: Some(rev),
            }),
        };
        let history = store.history(&ws, None).unwrap().len();
        let stale = store.respond_review(&ws, "a1b2c", &apply(5), at(2), "s").unwrap_err();
        assert!(matches!(stale, StoreError::StaleRevision { .. }), "{stale}");
        assert_eq!(store.history(&ws, None).unwrap().len(), history);
        assert_eq!(store.review_comments(&ws, None, true).unwrap().len(), 2);

        let (answered, decision) = store.respond_review(&ws, "a1b2c", &apply(0), at(2), "s").unwrap();
        let decision = decision.unwrap();
        assert_eq!(decision.status, DecisionStatus::AdoptModified);
        assert_eq!(decision.wording.as_deref(), Some("Operators shall hold transfers."));
        assert_eq!(answered.disposition, Some(Disposition::Accepted));
        assert_eq!(
            store.review_comment(&ws, "a1b2c3").unwrap().proposed_text.as_deref(),
            Some("Operators shall hold transfers.")
        );
    }
}
