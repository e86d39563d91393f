//! What a draft is made from, the marking it carries, and the adopted items in clause order
//! that several parts list.

use adopt_domain::{BaselineAnswer, CatalogGroup, Discussion, Finding, SelectedItem, SourceDocument, Workspace};
use chrono::NaiveDate;

/// The marking on every page of a draft.
pub const DRAFT_MARKING: &str = "DRAFT — for legal review";

/// The marking of a draft the completeness check found incomplete.
pub const INCOMPLETE_MARKING: &str = "DRAFT — INCOMPLETE";

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
    pub date: NaiveDate,
}

impl DraftInput<'_> {
    /// The marking on the cover and every page.
    pub fn marking(&self) -> &'static str {
        if self.findings.is_empty() {
            DRAFT_MARKING
        } else {
            INCOMPLETE_MARKING
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
