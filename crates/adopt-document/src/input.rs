//! What a draft is made from, the marking it carries, and the adopted items in clause order
//! that several parts list.

use adopt_domain::{
    BaselineAnswer, CatalogGroup, Discussion, Finding, Language, ReviewComment, SelectedItem, SourceDocument, Workspace,
};
use chrono::NaiveDate;

use crate::words::{EN, words};

/// The marking on every page of a draft.
pub const DRAFT_MARKING: &str = EN.draft_marking;

/// The marking of a draft the completeness check found incomplete.
pub const INCOMPLETE_MARKING: &str = EN.incomplete_marking;

/// Everything a draft is made from. The date is given, never read from the clock, so the same
/// input always gives the same document.
pub struct DraftInput<'a> {
    pub workspace: &'a Workspace,
    pub items: &'a [SelectedItem],
    /// The catalog's source documents (Annex B lists those the adopted items cite).
    pub sources: &'a [SourceDocument],
    /// The open discussion (annexes on the discussion and the divergences).
    pub discussion: &'a Discussion,
    /// The gap-analysis answers (the gap-analysis annex).
    pub baseline: &'a [BaselineAnswer],
    /// What the completeness check found; any finding marks the draft incomplete and adds an
    /// annex listing them.
    pub findings: &'a [Finding],
    /// The reviewers' comments and their dispositions (annex G, when there are any).
    pub comments: &'a [ReviewComment],
    pub date: NaiveDate,
    /// Which version this draft is: its label, fingerprint, the versions before it and, in a
    /// redline, the changes since the version compared to.
    pub circulation: &'a Circulation,
    /// Whether each adopted clause carries its decision's rationale as a comment (contract §8,
    /// `export --comments`). Off for circulated versions and plain exports.
    pub rationale_comments: bool,
    /// The French title and statement frozen with each selection, for a French draft. An item
    /// without them (or without one of them) shows its English text there.
    pub french: &'a [ItemFrench],
}

/// The French text of one selected item, frozen when it was selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFrench {
    /// The item id, "SIM-08".
    pub item: String,
    pub title: Option<String>,
    pub statement: Option<String>,
}

/// The version a draft is, as its cover, document control table, footer and properties show it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Circulation {
    /// The label of the circulated version this draft is; `None` for a working draft.
    pub label: Option<String>,
    /// SHA-256 (64 hex digits) of the record the draft was made from; empty when unknown.
    pub fingerprint: String,
    /// Every circulated version of the workspace, oldest first (a circulated draft's own
    /// version included), for the document control table.
    pub versions: Vec<VersionRow>,
    /// In a redline: the version compared to and what changed since (annex H).
    pub changes: Option<ChangesSince>,
}

/// One line of the document control table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    pub label: String,
    pub date: NaiveDate,
    pub prepared_by: Option<String>,
    pub note: Option<String>,
}

/// What changed since an earlier version, one row per field of an item or of the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangesSince {
    pub label: String,
    pub rows: Vec<ChangeRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    /// The item; `None` for a change to the workspace.
    pub item: Option<String>,
    /// What changed, in words: "Decision status", "Position of LCA (session 1)"...
    pub what: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Who the rationale comments are by: the program, so a reviewer's file read back can tell them
/// from the reviewers' own (contract §8).
pub const COMMENT_AUTHOR: &str = "dfs-adopt";

/// The footer line of a working draft.
pub const WORKING_DRAFT_LINE: &str = EN.working_draft_line;

/// The first 12 hex digits of a fingerprint in groups of four: "3f9a 1c2b 7d4e".
pub fn short_fingerprint(fingerprint: &str) -> String {
    let head: Vec<char> = fingerprint.chars().take(12).collect();
    head.chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Names of the custom document properties every draft carries (contract §7).
pub const PROPERTY_WORKSPACE: &str = "dfs-adopt.workspace";
pub const PROPERTY_VERSION: &str = "dfs-adopt.version";
pub const PROPERTY_FINGERPRINT: &str = "dfs-adopt.fingerprint";

impl Circulation {
    /// The footer's version line.
    pub fn version_line(&self) -> String {
        self.version_line_in(Language::En)
    }

    /// The footer's version line in `language`.
    pub fn version_line_in(&self, language: Language) -> String {
        let words = words(language);
        match &self.label {
            Some(label) => format!("{} {label} · {}", words.version, short_fingerprint(&self.fingerprint)),
            None => words.working_draft_line.to_string(),
        }
    }
}

/// The bookmark of a clause (`dfs_SIM_08`), of its text (`dfs_SIM_08_text`), of a section.
pub fn clause_bookmark(item: &str) -> String {
    format!("dfs_{}", item.replace('-', "_"))
}
pub fn clause_text_bookmark(item: &str) -> String {
    format!("{}_text", clause_bookmark(item))
}
pub fn section_bookmark(number: &str) -> String {
    format!("dfs_sec_{number}")
}

impl DraftInput<'_> {
    /// The marking on the cover and every page.
    pub fn marking(&self) -> &'static str {
        self.marking_in(Language::En)
    }

    /// The marking in `language`.
    pub fn marking_in(&self, language: Language) -> &'static str {
        let words = words(language);
        if self.findings.is_empty() {
            words.draft_marking
        } else {
            words.incomplete_marking
        }
    }

    fn french_of(&self, item: &SelectedItem) -> Option<&ItemFrench> {
        self.french.iter().find(|f| f.item == item.id)
    }

    /// The item's title in `language`: the frozen French title, else the English one.
    pub fn title_in<'s>(&'s self, item: &'s SelectedItem, language: Language) -> &'s str {
        match language {
            Language::Fr => self
                .french_of(item)
                .and_then(|f| f.title.as_deref())
                .unwrap_or(&item.title),
            Language::En => &item.title,
        }
    }

    /// The item's statement in `language`: the frozen French statement, else the English one.
    pub fn statement_in<'s>(&'s self, item: &'s SelectedItem, language: Language) -> &'s str {
        match language {
            Language::Fr => self
                .french_of(item)
                .and_then(|f| f.statement.as_deref())
                .unwrap_or(&item.statement),
            Language::En => &item.statement,
        }
    }
}

/// Adopted items in clause order (catalog group, then id), which is also `input.items` order
/// within a group.
pub(crate) fn adopted<'a>(input: &'a DraftInput<'_>) -> Vec<&'a SelectedItem> {
    let mut items: Vec<&SelectedItem> = input.items.iter().filter(|i| i.decision.status.is_adopted()).collect();
    items.sort_by(|a, b| (group_rank(a.group), &a.id).cmp(&(group_rank(b.group), &b.id)));
    items
}

/// Position of a catalog group in the catalog's order: clauses and annexes follow it.
pub(crate) fn group_rank(group: CatalogGroup) -> usize {
    CatalogGroup::ALL.iter().position(|g| *g == group).unwrap_or(usize::MAX)
}
