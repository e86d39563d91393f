//! Reviewers' comments (contract §8): importing a reviewer's DOCX (comments with their replies,
//! tracked insertions and deletions, and clause text edited without tracking), listing them,
//! and answering each one, optionally making a change the item's national wording.
//!
//! The file comes from outside, so it is read only through `adopt-office`. A comment is known
//! by its identity (author as the file wrote it, text with whitespace collapsed, the item or
//! section it sits in, its date to the minute), never by the ids Word and LibreOffice renumber
//! on every save, so importing the same file again, or a re-saved copy, adds nothing.

use std::collections::{BTreeMap, HashSet};

use adopt_document::PROPERTY_FINGERPRINT;
use adopt_domain::{
    DecisionPatch, DecisionStatus, Disposition, ExportFormat, ReviewComment, ReviewKind, ReviewReply, optional_text,
};
use adopt_office::{Anchor, ChangeKind, Docx, TrackedChange};
use adopt_store::{ApplyChange, NewReviewComment, ReviewAnswer, StoredVersion};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::workbench::Workbench;

/// The author our own exports write their comments under (`export --comments`).
const OWN_AUTHOR: &str = "dfs-adopt";

/// Author names a word processor fills in when the user never set one.
const GENERIC_AUTHORS: &[&str] = &[
    "author",
    "unknown",
    "unknown author",
    "user",
    "auteur",
    "utilisateur",
    "autor",
];

/// Who an entry is from when neither the file nor `--reviewer` names anyone.
const UNNAMED: &str = "unnamed reviewer";

/// The largest reviewer's file read: a commented draft of the whole catalog is a few MiB.
pub const MAX_REVIEW_BYTES: u64 = 64 * 1024 * 1024;

const MAX_NAME: usize = 200;
const MAX_RESPONSE: usize = 10_000;

/// What importing a reviewer's file did, or would do with a dry run (contract §8 JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewImport {
    /// New entries attached to an item or a section.
    pub attached: u32,
    /// Entries the workspace holds already (or that the file repeats).
    pub skipped_known: u32,
    /// New entries per item.
    pub by_item: BTreeMap<String, u32>,
    /// New entries on the document as a whole (neither in a clause nor in a section).
    pub unattached: u32,
}

/// What importing a reviewer's file did: the counts (the contract's JSON) and what that JSON
/// leaves out, the circulated version the file came from and the notes the CLI prints on
/// stderr. The app shows all three in its preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReviewImportReport {
    /// What the import attached where (or would, with a dry run): the contract's JSON.
    pub counts: ReviewImport,
    /// The circulated version the file came from, when its fingerprint names one.
    pub source_version: Option<String>,
    /// What the user should know: edits that could not be checked, comments of our own skipped.
    pub notes: Vec<String>,
}

/// Reads a reviewer's file from disk, refusing one too large to be a commented draft.
pub fn read_review_file(path: &std::path::Path) -> Result<Vec<u8>> {
    let refuse = |reason: String| Error::ReviewRead {
        file: path.display().to_string(),
        reason,
    };
    let size = std::fs::metadata(path).map_err(|e| refuse(e.to_string()))?.len();
    if size > MAX_REVIEW_BYTES {
        return Err(refuse(format!(
            "it is {size} bytes; a commented draft is far smaller (at most {MAX_REVIEW_BYTES} bytes are read)"
        )));
    }
    std::fs::read(path).map_err(|e| refuse(e.to_string()))
}

/// A reviewer's file as read: the entries it holds and what could not be checked.
struct ReadFile {
    entries: Vec<NewReviewComment>,
    source_version: Option<String>,
    notes: Vec<String>,
}

/// Whitespace collapsed: what a re-save may change without the reviewer changing anything.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file's author as it counts for identity: empty when empty or generic.
fn author_key(author: &str) -> String {
    let author = normalised(author);
    if GENERIC_AUTHORS.iter().any(|g| g.eq_ignore_ascii_case(&author)) {
        String::new()
    } else {
        author
    }
}

/// The date to the minute (`YYYY-MM-DDTHH:MM`) as written, without seconds or zone, which
/// programs write differently when they re-save.
fn minute(date: Option<&str>) -> String {
    let date = date.unwrap_or("").trim();
    match date.get(..16) {
        Some(prefix) if prefix.as_bytes().get(10) == Some(&b'T') => prefix.to_string(),
        _ => date.to_string(),
    }
}

/// Where an entry sits, as identity sees it.
fn anchor_key(item: Option<&str>, section: Option<u32>) -> String {
    match (item, section) {
        (Some(item), _) => item.to_string(),
        (None, Some(section)) => format!("section {section}"),
        (None, None) => String::new(),
    }
}

/// The identity of an entry, and its id: a hash of the workspace and the identity, the same
/// on every laptop that imports the same file.
fn identity_and_id(
    workspace_id: &str,
    kind: ReviewKind,
    author: &str,
    text: &str,
    anchor: &str,
    date: &str,
) -> (String, String) {
    let identity = [kind.code(), &author_key(author), &normalised(text), anchor, date].join("\u{1f}");
    let digest = Sha256::digest(format!("{workspace_id}\u{0}{identity}").as_bytes());
    let id = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    (identity, id)
}

/// The identities a thread's replies would have as comments of their own.
fn reply_identities(
    workspace_id: &str,
    replies: &[ReviewReply],
    item: Option<&str>,
    section: Option<u32>,
) -> Vec<String> {
    let anchor = anchor_key(item, section);
    replies
        .iter()
        .map(|r| {
            identity_and_id(
                workspace_id,
                ReviewKind::Comment,
                &r.author,
                &r.text,
                &anchor,
                &minute(r.at.as_deref()),
            )
            .0
        })
        .collect()
}

/// The bookmark of an item's clause text: `SIM-08` → `dfs_SIM_08_text`.
fn text_bookmark(item: &str) -> String {
    format!("dfs_{}_text", item.replace('-', "_"))
}

/// The item of a clause-text bookmark: `dfs_SIM_08_text` → `SIM-08`.
fn text_bookmark_item(name: &str) -> Option<String> {
    let id = name.strip_prefix("dfs_")?.strip_suffix("_text")?;
    (!id.starts_with("sec_")).then(|| id.replace('_', "-"))
}

/// Builds the entries of the file with who they are from.
struct Builder<'a> {
    workspace_id: &'a str,
    reviewer: Option<&'a str>,
    organisation: Option<&'a str>,
    source_file: &'a str,
    source_version: Option<&'a str>,
}

impl Builder<'_> {
    /// The author shown: the file's, unless it is empty or generic and `--reviewer` names one.
    fn author(&self, written: &str) -> String {
        let written = normalised(written);
        if author_key(&written).is_empty() {
            match self.reviewer {
                Some(reviewer) => reviewer.to_string(),
                None if written.is_empty() => UNNAMED.to_string(),
                None => written,
            }
        } else {
            written
        }
    }

    #[allow(clippy::too_many_arguments)] // one per column of the entry
    fn entry(
        &self,
        kind: ReviewKind,
        written_author: &str,
        date: Option<&str>,
        text: &str,
        anchor: &Anchor,
        anchor_text: &str,
        replies: Vec<ReviewReply>,
        resolved: bool,
        proposed_text: Option<String>,
    ) -> NewReviewComment {
        let (identity, id) = identity_and_id(
            self.workspace_id,
            kind,
            written_author,
            text,
            &anchor_key(anchor.item.as_deref(), anchor.section),
            &minute(date),
        );
        NewReviewComment {
            id,
            identity,
            item: anchor.item.clone(),
            section: anchor.section,
            kind,
            author: self.author(written_author),
            organisation: self.organisation.map(str::to_string),
            at: date.map(str::to_string),
            text: text.to_string(),
            anchor_text: anchor_text.to_string(),
            replies,
            resolved,
            source_file: self.source_file.to_string(),
            source_version: self.source_version.map(str::to_string),
            proposed_text,
        }
    }
}

impl Workbench {
    /// Imports a reviewer's DOCX into a workspace (or, with `dry_run`, says what it would
    /// import): comments and replies, tracked insertions and deletions, and clauses edited
    /// without tracking when the file's fingerprint names a circulated version. Entries the
    /// workspace holds already are skipped. A file that cannot be read imports nothing.
    pub fn review_import(
        &mut self,
        key: &str,
        bytes: &[u8],
        file_name: &str,
        reviewer: Option<&str>,
        organisation: Option<&str>,
        dry_run: bool,
    ) -> Result<ReviewImportReport> {
        let workspace = self.store.find_workspace(key)?;
        let reviewer = optional_text("reviewer", reviewer.map(str::to_string), MAX_NAME)?;
        let organisation = optional_text("organisation", organisation.map(str::to_string), MAX_NAME)?;
        let docx = Docx::open(bytes).map_err(|e| Error::ReviewRead {
            file: file_name.to_string(),
            reason: e.to_string(),
        })?;
        let version = self.source_version(&workspace.id, &docx)?;
        let builder = Builder {
            workspace_id: &workspace.id,
            reviewer: reviewer.as_deref(),
            organisation: organisation.as_deref(),
            source_file: file_name,
            source_version: version.as_ref().map(|v| v.label.as_str()),
        };
        let read = self.read_review(&workspace.id, &docx, &builder, version.as_ref())?;
        let mut known = self.store.review_identities(&workspace.id)?;
        // A reply counts as known too: LibreOffice may write a reply back as a comment of its own.
        for comment in self.store.review_comments(&workspace.id, None, false)? {
            known.extend(reply_identities(
                &workspace.id,
                &comment.replies,
                comment.item.as_deref(),
                comment.section,
            ));
        }
        for entry in &read.entries {
            known.extend(reply_identities(
                &workspace.id,
                &entry.replies,
                entry.item.as_deref(),
                entry.section,
            ));
        }
        let read_count = read.entries.len();
        let mut seen = HashSet::new();
        let fresh: Vec<NewReviewComment> = read
            .entries
            .into_iter()
            .filter(|e| !known.contains(&e.identity) && seen.insert(e.identity.clone()))
            .collect();
        let mut report = ReviewImport {
            attached: 0,
            skipped_known: 0,
            by_item: BTreeMap::new(),
            unattached: 0,
        };
        let stored: HashSet<String> = if dry_run || fresh.is_empty() {
            fresh.iter().map(|e| e.id.clone()).collect()
        } else {
            let (at, by) = (self.now(), self.by.clone());
            self.store
                .insert_review_comments(&workspace.id, &fresh, file_name, at, &by)?
                .into_iter()
                .collect()
        };
        for entry in fresh.iter().filter(|e| stored.contains(&e.id)) {
            match (&entry.item, entry.section) {
                (Some(item), _) => {
                    report.attached += 1;
                    *report.by_item.entry(item.clone()).or_default() += 1;
                }
                (None, Some(_)) => report.attached += 1,
                (None, None) => report.unattached += 1,
            }
        }
        let added = report.attached + report.unattached;
        report.skipped_known = u32::try_from(read_count).unwrap_or(u32::MAX).saturating_sub(added);
        Ok(ReviewImportReport {
            counts: report,
            source_version: read.source_version,
            notes: read.notes,
        })
    }

    /// The circulated version of this workspace the file's fingerprint names, if any.
    fn source_version(&self, workspace_id: &str, docx: &Docx) -> Result<Option<StoredVersion>> {
        let Some(fingerprint) = docx.custom_property(PROPERTY_FINGERPRINT).map(str::trim) else {
            return Ok(None);
        };
        Ok(self
            .store
            .versions(workspace_id)?
            .into_iter()
            .find(|v| v.fingerprint == fingerprint))
    }

    fn read_review(
        &self,
        workspace_id: &str,
        docx: &Docx,
        builder: &Builder<'_>,
        version: Option<&StoredVersion>,
    ) -> Result<ReadFile> {
        let review = docx.review();
        let mut entries = Vec::new();
        let mut notes = Vec::new();
        let mut own = 0;
        for comment in &review.comments {
            let replies: Vec<ReviewReply> = comment
                .replies
                .iter()
                .map(|r| ReviewReply {
                    author: builder.author(&r.author),
                    at: r.date.clone(),
                    text: r.text.clone(),
                })
                .collect();
            if comment.author.trim().eq_ignore_ascii_case(OWN_AUTHOR) {
                // Our own rationale: not a reviewer's comment, but a reply to it is one.
                own += 1;
                for reply in &comment.replies {
                    entries.push(builder.entry(
                        ReviewKind::Comment,
                        &reply.author,
                        reply.date.as_deref(),
                        &reply.text,
                        &comment.anchor,
                        &comment.anchor.text,
                        Vec::new(),
                        comment.resolved,
                        None,
                    ));
                }
                continue;
            }
            entries.push(builder.entry(
                ReviewKind::Comment,
                &comment.author,
                comment.date.as_deref(),
                &comment.text,
                &comment.anchor,
                &comment.anchor.text,
                replies,
                comment.resolved,
                None,
            ));
        }
        if own > 0 {
            notes.push(format!(
                "{own} comment{} by {OWN_AUTHOR} (the rationale exported with the draft) left out; replies to {} imported",
                if own == 1 { "" } else { "s" },
                if own == 1 { "it" } else { "them" }
            ));
        }
        // Tracked changes per clause: the clause as read (changes accepted) is the proposed
        // text when it holds one change, or one replacement (a deletion and an insertion by the
        // same reviewer at the same minute); otherwise applying one would apply the others too.
        let mut per_item: BTreeMap<&str, Vec<&TrackedChange>> = BTreeMap::new();
        for change in &review.changes {
            if let Some(item) = change.anchor.item.as_deref() {
                per_item.entry(item).or_default().push(change);
            }
        }
        let one_change = |item: &str| per_item.get(item).is_some_and(|changes| is_one_change(changes));
        for change in &review.changes {
            let proposed = change
                .anchor
                .item
                .as_deref()
                .filter(|item| one_change(item))
                .and_then(|item| docx.bookmark_text(&text_bookmark(item)))
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty());
            let kind = match change.kind {
                ChangeKind::Insertion => ReviewKind::Insertion,
                ChangeKind::Deletion => ReviewKind::Deletion,
            };
            entries.push(builder.entry(
                kind,
                &change.author,
                change.date.as_deref(),
                &change.text,
                &change.anchor,
                &change.anchor.text,
                Vec::new(),
                false,
                proposed,
            ));
        }
        match version {
            Some(version) => {
                let stored = self
                    .store
                    .version_file(workspace_id, &version.label, ExportFormat::Docx)?;
                let stored = Docx::open(&stored).map_err(|e| Error::Render(format!("the stored DOCX: {e}")))?;
                let edits = untracked_edits(&stored, docx, &per_item);
                if edits.checked == 0 {
                    notes.push(format!(
                        "version {}'s clauses carry no text bookmarks: edits made without tracking could not be checked",
                        version.label
                    ));
                }
                for (item, circulated, returned) in edits.changed {
                    let anchor = Anchor {
                        item: Some(item),
                        section: None,
                        text: circulated.clone(),
                    };
                    entries.push(builder.entry(
                        ReviewKind::Edit,
                        "",
                        None,
                        &returned,
                        &anchor,
                        &circulated,
                        Vec::new(),
                        false,
                        Some(returned.clone()),
                    ));
                }
            }
            None => notes.push(
                "the file's fingerprint names no circulated version of this workspace: edits made without tracking could not be checked"
                    .to_string(),
            ),
        }
        Ok(ReadFile {
            entries,
            source_version: version.map(|v| v.label.clone()),
            notes,
        })
    }

    /// A workspace's reviewers' comments in the order they were imported: one item's with
    /// `item`, only those without a disposition with `open_only`.
    pub fn review_list(&self, key: &str, item: Option<&str>, open_only: bool) -> Result<Vec<ReviewComment>> {
        let workspace = self.store.find_workspace(key)?;
        let item = item
            .map(|id| self.recommendation(id).map(|i| i.id.as_str()))
            .transpose()?;
        Ok(self.store.review_comments(&workspace.id, item, open_only)?)
    }

    /// Answers a comment (by its id or the start of it) with a disposition and a response
    /// (required when rejecting). With `apply`, a tracked change or edit becomes the item's
    /// national wording (status adopt-modified) in the same transaction, refused when the item
    /// changed since the version the comment came from.
    pub fn review_respond(
        &mut self,
        key: &str,
        comment: &str,
        disposition: Disposition,
        response: Option<&str>,
        apply: bool,
    ) -> Result<ReviewComment> {
        let workspace = self.store.find_workspace(key)?;
        let response = optional_text("response", response.map(str::to_string), MAX_RESPONSE)?;
        if disposition == Disposition::Rejected && response.is_none() {
            return Err(Error::ResponseRequired);
        }
        let stored = self.store.review_comment(&workspace.id, comment)?;
        let c = &stored.comment;
        let (at, by) = (self.now(), self.by.clone());
        if !apply {
            let answer = ReviewAnswer {
                disposition,
                response: response.as_deref(),
                apply: None,
                also: &[],
            };
            return Ok(self.store.respond_review(&workspace.id, &c.id, &answer, at, &by)?.0);
        }
        if !c.is_change() {
            return Err(Error::NothingToApply(c.id.clone()));
        }
        if matches!(disposition, Disposition::Rejected | Disposition::Noted) {
            return Err(Error::ApplyDisposition(disposition));
        }
        let (Some(item), Some(wording)) = (c.item.clone(), stored.proposed_text.clone()) else {
            return Err(Error::ProposedTextUnknown(c.id.clone()));
        };
        // Checked against the decision as circulated: a change made since wins over the reviewer's.
        let if_revision = match &c.source_version {
            Some(label) => {
                let (_, record) = self.version_record(&workspace.id, label)?;
                record.items.iter().find(|i| i.id == item).map(|i| i.decision.revision)
            }
            None => None,
        };
        // The other half of a replacement proposes the same text: applying one applies both,
        // so both get the answer.
        let mut partners = Vec::new();
        for other in self.store.review_comments(&workspace.id, Some(&item), true)? {
            if other.id != c.id && other.is_change() && other.kind != c.kind && other.source_file == c.source_file {
                let other = self.store.review_comment(&workspace.id, &other.id)?;
                if other.proposed_text.as_deref() == Some(wording.as_str()) {
                    partners.push(other.comment.id);
                }
            }
        }
        let patch = DecisionPatch {
            status: Some(DecisionStatus::AdoptModified),
            wording: Some(wording),
            ..DecisionPatch::default()
        };
        let answer = ReviewAnswer {
            also: &partners,
            disposition,
            response: response.as_deref(),
            apply: Some(ApplyChange {
                item: &item,
                patch: &patch,
                if_revision,
            }),
        };
        Ok(self.store.respond_review(&workspace.id, &c.id, &answer, at, &by)?.0)
    }
}

/// One change, or a deletion and an insertion by the same author at the same minute: what
/// replacing a phrase with tracking on leaves.
fn is_one_change(changes: &[&TrackedChange]) -> bool {
    match changes {
        [_] => true,
        [a, b] => {
            a.kind != b.kind
                && author_key(&a.author) == author_key(&b.author)
                && minute(a.date.as_deref()) == minute(b.date.as_deref())
        }
        _ => false,
    }
}

/// The clauses whose text differs between the circulated file and the returned one.
struct Edits {
    /// How many clause-text bookmarks the circulated file has.
    checked: usize,
    /// Item, circulated text, returned text.
    changed: Vec<(String, String, String)>,
}

/// The clauses edited without tracking: text bookmarks whose text differs from the circulated
/// file's. Clauses holding tracked changes are left out: the file reads them with the changes
/// accepted, so the changes themselves would count as an edit.
fn untracked_edits<T>(stored: &Docx, returned: &Docx, tracked: &BTreeMap<&str, T>) -> Edits {
    let mut edits = Edits {
        checked: 0,
        changed: Vec::new(),
    };
    let returned_texts = returned.bookmark_texts();
    for (name, circulated) in stored.bookmark_texts() {
        let Some(item) = text_bookmark_item(&name) else {
            continue;
        };
        edits.checked += 1;
        if tracked.contains_key(item.as_str()) {
            continue;
        }
        let Some(now) = returned_texts.get(&name) else {
            continue;
        };
        if normalised(now) != normalised(&circulated) {
            edits
                .changed
                .push((item, circulated.trim().to_string(), now.trim().to_string()));
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_json_keeps_its_four_keys_and_the_app_also_gets_version_and_notes() {
        let counts = ReviewImport {
            attached: 2,
            skipped_known: 1,
            by_item: BTreeMap::from([("SIM-08".to_string(), 2)]),
            unattached: 0,
        };
        let contract = serde_json::to_value(&counts).unwrap();
        let keys: Vec<&str> = contract.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["attached", "by_item", "skipped_known", "unattached"]);
        let app = serde_json::to_value(ReviewImportReport {
            counts,
            source_version: Some("v1".into()),
            notes: vec!["edits could not be checked".into()],
        })
        .unwrap();
        assert_eq!(app["counts"], contract);
        assert_eq!(app["source_version"], "v1");
        assert_eq!(app["notes"][0], "edits could not be checked");
    }

    #[test]
    fn a_date_counts_to_the_minute_whatever_seconds_or_zone_a_program_writes() {
        assert_eq!(minute(Some("2026-11-03T09:15:00Z")), "2026-11-03T09:15");
        assert_eq!(minute(Some("2026-11-03T09:15:59.123")), "2026-11-03T09:15");
        assert_eq!(minute(None), "");
        assert_eq!(minute(Some("yesterday")), "yesterday");
    }

    #[test]
    fn generic_authors_count_as_no_author_and_reviewer_names_them() {
        assert_eq!(author_key(" Unknown  Author "), "");
        assert_eq!(author_key("Auteur"), "");
        assert_eq!(author_key("Mpho  Lebona"), "Mpho Lebona");
        let builder = Builder {
            workspace_id: "w",
            reviewer: Some("Legal team"),
            organisation: None,
            source_file: "f.docx",
            source_version: None,
        };
        assert_eq!(builder.author("User"), "Legal team");
        assert_eq!(builder.author("Mpho Lebona"), "Mpho Lebona");
        let anonymous = Builder {
            reviewer: None,
            ..builder
        };
        assert_eq!(anonymous.author(""), UNNAMED);
        assert_eq!(anonymous.author("Author"), "Author");
    }

    #[test]
    fn identity_ignores_whitespace_and_ids_differ_by_workspace() {
        let key = |ws, text| identity_and_id(ws, ReviewKind::Comment, "A", text, "SIM-08", "2026-11-03T09:15");
        assert_eq!(key("w1", "Say  hold\n now"), key("w1", "Say hold now"));
        assert_ne!(key("w1", "Say hold").1, key("w2", "Say hold").1);
        assert_eq!(key("w1", "Say hold").1.len(), 32);
        assert_eq!(text_bookmark("SIM-08"), "dfs_SIM_08_text");
        assert_eq!(text_bookmark_item("dfs_SIM_08_text").as_deref(), Some("SIM-08"));
        assert_eq!(text_bookmark_item("dfs_SIM_08"), None);
        assert_eq!(text_bookmark_item("dfs_sec_3_text"), None);
    }

    #[test]
    fn a_replacement_is_one_change_and_two_reviewers_changes_are_not() {
        let change = |kind, author: &str, date: &str| TrackedChange {
            kind,
            author: author.into(),
            date: Some(date.into()),
            text: "x".into(),
            anchor: Anchor {
                item: Some("SIM-08".into()),
                section: None,
                text: "x".into(),
            },
        };
        let del = change(ChangeKind::Deletion, "A", "2026-11-03T09:15:10Z");
        let ins = change(ChangeKind::Insertion, "A", "2026-11-03T09:15:40Z");
        let other = change(ChangeKind::Insertion, "B", "2026-11-03T09:15:40Z");
        assert!(is_one_change(&[&del]));
        assert!(is_one_change(&[&del, &ins]));
        assert!(!is_one_change(&[&del, &other]));
        assert!(!is_one_change(&[&ins, &ins]));
        assert!(!is_one_change(&[&del, &ins, &ins]));
    }
}
