//! `version verify`: which workspace and version of this database a returned DOCX or PDF is,
//! and, for a DOCX, which clauses no longer read as they did when the version was circulated.
//!
//! Files come from outside (a reviewer's copy, re-saved by Word or LibreOffice), so they are
//! read only through `adopt-office`, the reader that caps sizes and never panics. A clause is
//! found by its bookmark (`dfs_SIM_08`), which Word and LibreOffice keep when they re-save;
//! a copy that lost its bookmarks is matched by clause headings ("SIM-08 — title").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use adopt_document::{PROPERTY_FINGERPRINT, PROPERTY_VERSION, PROPERTY_WORKSPACE};
use adopt_domain::ExportFormat;
use adopt_office::{Docx, ParagraphText};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::workbench::Workbench;

/// The longest file `version verify` reads: a draft of the whole catalog is well under 1 MiB.
pub const MAX_VERIFY_BYTES: u64 = 64 * 1024 * 1024;

/// What a returned file turned out to be (contract §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum VerifyStatus {
    /// A circulated version, as it was circulated.
    Match,
    /// A circulated version someone changed.
    Edited,
    /// A working export of a workspace of this database.
    WorkingDraft,
    /// Not a file of this database.
    Unknown,
}

/// The answer of `version verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Verification {
    pub file: String,
    /// The workspace id the file names, when this database has it.
    pub workspace: Option<String>,
    /// The version label; `null` for a working draft or an unknown file.
    pub version: Option<String>,
    /// The fingerprint the file carries (64 hex digits), if any.
    pub fingerprint: Option<String>,
    pub status: VerifyStatus,
    /// Items whose clause no longer matches the stored text, in document order.
    pub changed_clauses: Vec<String>,
    /// Why the status is what it is, in words ("the clause bookmarks were lost: matched by
    /// headings", "version 0.3 is not in this database"...).
    pub detail: String,
}

/// How a returned file compares with the stored one.
struct Comparison {
    edited: bool,
    changed_clauses: Vec<String>,
    detail: String,
}

/// What a returned file says it is.
struct Claimed {
    workspace: Option<String>,
    version: Option<String>,
    fingerprint: Option<String>,
}

impl Claimed {
    fn from_properties(get: impl Fn(&str) -> Option<String>) -> Self {
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Claimed {
            workspace: clean(get(PROPERTY_WORKSPACE)),
            version: clean(get(PROPERTY_VERSION)),
            fingerprint: clean(get(PROPERTY_FINGERPRINT)),
        }
    }
}

impl Workbench {
    /// Identifies a returned DOCX or PDF (by its content, whatever its name).
    pub fn version_verify(&self, path: &Path) -> Result<Verification> {
        let bytes = read_capped(path)?;
        self.version_verify_bytes(&path.display().to_string(), &bytes)
    }

    /// [`Workbench::version_verify`] of a file already read; `file` names it in the answer.
    pub fn version_verify_bytes(&self, file: &str, bytes: &[u8]) -> Result<Verification> {
        let file = file.to_string();
        if bytes.starts_with(b"%PDF") {
            self.verify_pdf(file, bytes)
        } else {
            self.verify_docx(file, bytes)
        }
    }

    fn verify_pdf(&self, file: String, bytes: &[u8]) -> Result<Verification> {
        let properties = adopt_office::pdf_properties(bytes).map_err(|e| Error::VerifyRead {
            path: file.clone(),
            reason: e.to_string(),
        })?;
        let claimed = Claimed::from_properties(|k| properties.get(k).cloned());
        self.judge(file, claimed, |stored_file| {
            // A PDF has no clauses to compare: any difference in its bytes counts as an edit.
            let same = stored_file(ExportFormat::Pdf)? == bytes;
            Ok(Comparison {
                edited: !same,
                changed_clauses: Vec::new(),
                detail: if same {
                    "identical to the stored PDF, byte for byte".into()
                } else {
                    "the file differs from the stored PDF (a PDF is compared byte for byte)".into()
                },
            })
        })
    }

    fn verify_docx(&self, file: String, bytes: &[u8]) -> Result<Verification> {
        let returned = Docx::open(bytes).map_err(|e| Error::VerifyRead {
            path: file.clone(),
            reason: e.to_string(),
        })?;
        let claimed = Claimed::from_properties(|k| returned.custom_property(k).map(str::to_string));
        self.judge(file, claimed, |stored_file| {
            let stored_bytes = stored_file(ExportFormat::Docx)?;
            let stored = Docx::open(&stored_bytes).map_err(|e| Error::Render(format!("the stored DOCX: {e}")))?;
            Ok(changed_clauses(&stored, &returned))
        })
    }

    /// Looks the claimed workspace and version up and, for a circulated version, compares.
    fn judge(
        &self,
        file: String,
        claimed: Claimed,
        compare: impl FnOnce(&dyn Fn(ExportFormat) -> Result<Vec<u8>>) -> Result<Comparison>,
    ) -> Result<Verification> {
        let mut answer = Verification {
            file,
            workspace: None,
            version: None,
            fingerprint: claimed.fingerprint.clone(),
            status: VerifyStatus::Unknown,
            changed_clauses: Vec::new(),
            detail: String::new(),
        };
        let Some(workspace_id) = claimed.workspace else {
            answer.detail =
                "the file carries no dfs-adopt properties: it was not exported by dfs-adopt, or they were removed"
                    .into();
            return Ok(answer);
        };
        let workspace = match self.store.find_workspace(&workspace_id) {
            Ok(w) if w.id == workspace_id => w,
            _ => {
                answer.detail = format!("workspace {workspace_id} is not in this database");
                return Ok(answer);
            }
        };
        answer.workspace = Some(workspace.id.clone());
        let Some(label) = claimed.version else {
            answer.status = VerifyStatus::WorkingDraft;
            answer.detail = format!("a working draft of \"{}\", not a circulated version", workspace.name);
            return Ok(answer);
        };
        let stored = match self.store.version(&workspace.id, &label) {
            Ok(v) => v,
            Err(_) => {
                answer.detail = format!("\"{}\" has no version {label} in this database", workspace.name);
                return Ok(answer);
            }
        };
        if claimed.fingerprint.as_deref() != Some(stored.fingerprint.as_str()) {
            answer.detail = format!(
                "the file says version {label} but its fingerprint is not the one version {label} was circulated with"
            );
            return Ok(answer);
        }
        answer.version = Some(stored.label.clone());
        let stored_file = |format: ExportFormat| -> Result<Vec<u8>> {
            Ok(self.store.version_file(&workspace.id, &stored.label, format)?)
        };
        let comparison = compare(&stored_file)?;
        answer.status = if comparison.edited {
            VerifyStatus::Edited
        } else {
            VerifyStatus::Match
        };
        answer.changed_clauses = comparison.changed_clauses;
        answer.detail = comparison.detail;
        Ok(answer)
    }
}

fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let read_error = |reason: String| Error::VerifyRead {
        path: path.display().to_string(),
        reason,
    };
    let size = std::fs::metadata(path).map_err(|e| read_error(e.to_string()))?.len();
    if size > MAX_VERIFY_BYTES {
        return Err(read_error(format!(
            "it is {size} bytes; a dfs-adopt draft is far smaller (at most {MAX_VERIFY_BYTES} bytes are read)"
        )));
    }
    std::fs::read(path).map_err(|e| read_error(e.to_string()))
}

/// The item of a clause bookmark: `dfs_SIM_08` → `SIM-08`; `None` for text and section ones.
fn clause_item(bookmark: &str) -> Option<String> {
    let rest = bookmark.strip_prefix("dfs_")?;
    if rest.starts_with("sec_") || rest.ends_with("_text") {
        return None;
    }
    Some(rest.replace('_', "-"))
}

/// Text compared without the layout differences a re-save brings (spacing, line breaks).
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Clause id → clause text, by bookmarks.
fn clauses_by_bookmark(docx: &Docx) -> BTreeMap<String, String> {
    docx.bookmark_texts()
        .into_iter()
        .filter_map(|(name, text)| clause_item(&name).map(|item| (item, normalised(&text))))
        .collect()
}

/// Clause id → clause text, by headings "SIM-08 — title": the heading and what follows it up
/// to the next heading.
fn clauses_by_heading(paragraphs: &[ParagraphText], items: &BTreeSet<String>) -> BTreeMap<String, String> {
    let is_heading = |p: &ParagraphText| {
        p.style.as_deref().is_some_and(|s| {
            s.to_ascii_lowercase().starts_with("heading") || s.to_ascii_lowercase().starts_with("titre")
        })
    };
    let clause_of = |p: &ParagraphText| {
        let (id, _) = p.text.trim().split_once(" — ")?;
        items.contains(id).then(|| id.to_string())
    };
    let mut clauses = BTreeMap::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for p in paragraphs {
        let starts = clause_of(p);
        if starts.is_some() || is_heading(p) {
            if let Some((id, texts)) = current.take() {
                clauses.insert(id, normalised(&texts.join("\n")));
            }
            if let Some(id) = starts {
                current = Some((id, vec![p.text.as_str()]));
            }
        } else if let Some((_, texts)) = current.as_mut() {
            texts.push(p.text.as_str());
        }
    }
    if let Some((id, texts)) = current {
        clauses.insert(id, normalised(&texts.join("\n")));
    }
    clauses
}

/// The clauses of `returned` that no longer read as in `stored`, in the stored order, and a
/// word on how they were matched.
fn changed_clauses(stored: &Docx, returned: &Docx) -> Comparison {
    let stored_clauses = clauses_by_bookmark(stored);
    let items: BTreeSet<String> = stored_clauses.keys().cloned().collect();
    let by_bookmark = clauses_by_bookmark(returned);
    let (returned_clauses, how) = if by_bookmark.is_empty() && !items.is_empty() {
        let stored_by_heading = clauses_by_heading(&stored.paragraphs(), &items);
        let returned_by_heading = clauses_by_heading(&returned.paragraphs(), &items);
        let changed = order_of(stored, &items)
            .into_iter()
            .filter(|id| stored_by_heading.get(id) != returned_by_heading.get(id))
            .collect::<Vec<_>>();
        return describe(
            changed,
            "the clause bookmarks were lost: clauses matched by their headings",
        );
    } else {
        (by_bookmark, "clauses matched by their bookmarks")
    };
    let changed = order_of(stored, &items)
        .into_iter()
        .filter(|id| stored_clauses.get(id) != returned_clauses.get(id))
        .collect::<Vec<_>>();
    let mut comparison = describe(changed, how);
    // Text outside the clauses (purpose, scope, annexes): the body paragraph by paragraph.
    // (Section bookmarks are not used here: LibreOffice drops those that end after a table.)
    let body = |docx: &Docx| -> Vec<String> {
        docx.paragraphs()
            .iter()
            .map(|p| normalised(&p.text))
            .filter(|t| !t.is_empty())
            .collect()
    };
    if comparison.changed_clauses.is_empty() && body(stored) != body(returned) {
        comparison.edited = true;
        comparison.detail = format!("no clause changed, but text outside the clauses did ({how})");
    }
    comparison
}

fn describe(changed: Vec<String>, how: &str) -> Comparison {
    let detail = match changed.len() {
        0 => format!("every clause reads as circulated ({how})"),
        1 => format!("1 clause changed ({how})"),
        n => format!("{n} clauses changed ({how})"),
    };
    Comparison {
        edited: !changed.is_empty(),
        changed_clauses: changed,
        detail,
    }
}

/// The items in the order their clauses appear in the stored file.
fn order_of(stored: &Docx, items: &BTreeSet<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    for p in stored.paragraphs() {
        if let Some((id, _)) = p.text.trim().split_once(" — ")
            && items.contains(id)
            && seen.insert(id.to_string())
        {
            order.push(id.to_string());
        }
    }
    // Bookmarked clauses whose heading was not recognised still count, after the others.
    order.extend(items.iter().filter(|i| !seen.contains(*i)).cloned());
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_bookmarks_name_their_item_and_others_are_skipped() {
        assert_eq!(clause_item("dfs_SIM_08").as_deref(), Some("SIM-08"));
        assert_eq!(clause_item("dfs_SIM_08_text"), None);
        assert_eq!(clause_item("dfs_sec_3"), None);
        assert_eq!(clause_item("_Toc00000001"), None);
    }

    #[test]
    fn a_clause_is_found_by_its_heading_up_to_the_next_heading() {
        let p = |style: &str, text: &str| ParagraphText {
            style: Some(style.into()),
            text: text.into(),
        };
        let paragraphs = vec![
            p("Heading2", "SIM card security (SIM)"),
            p("Heading3", "SIM-08 — Swap checks"),
            p("BodyText", "Operators  check swaps."),
            p("Field", "Lead authority: LCA"),
            p("Heading3", "SIM-09 — Another"),
            p("BodyText", "Other text."),
            p("Heading1", "Implementation timeline"),
            p("BodyText", "Not a clause."),
        ];
        let items: BTreeSet<String> = ["SIM-08".to_string(), "SIM-09".to_string()].into();
        let clauses = clauses_by_heading(&paragraphs, &items);
        assert_eq!(
            clauses["SIM-08"],
            "SIM-08 — Swap checks Operators check swaps. Lead authority: LCA"
        );
        assert_eq!(clauses["SIM-09"], "SIM-09 — Another Other text.");
    }
}
