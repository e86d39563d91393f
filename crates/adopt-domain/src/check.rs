//! The completeness check: what still stands between a draft and legal review. Export still
//! works with findings, but the document then says it is incomplete and lists them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::discussion::Discussion;
use crate::review::ReviewComment;
use crate::values::{DecisionStatus, FindingKind};
use crate::workspace::{PropertyField, SelectedItem, Workspace};

/// One thing the check found: what kind, what it is about (an item, a document property, or
/// the workspace as a whole) and what is wrong. Where to fix it is each shell's to say: the
/// CLI names its flag, the app its dialog field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub kind: FindingKind,
    /// The catalog item, or `null` for the workspace as a whole.
    pub item: Option<String>,
    /// The empty document property, for `missing-property`.
    pub field: Option<PropertyField>,
    pub message: String,
}

/// Checks a workspace's decisions, discussion, reviewers' comments, unresolved conflicts
/// between laptops (their ids, `ITEM/FIELD` or `-/FIELD`) and document properties against
/// `date`, the document date (target dates before it are past). Findings come in item order,
/// then the workspace's own.
pub fn check(
    workspace: &Workspace,
    items: &[SelectedItem],
    discussion: &Discussion,
    comments: &[ReviewComment],
    conflicts: &[String],
    date: NaiveDate,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |kind: FindingKind, item: Option<&str>, message: String| {
        findings.push(Finding {
            kind,
            item: item.map(str::to_string),
            field: None,
            message,
        })
    };
    if items.is_empty() {
        add(
            FindingKind::NoItems,
            None,
            "no recommendation is selected; select the items the draft adopts".into(),
        );
    }
    let unsettled: Vec<String> = discussion
        .divergences()
        .into_iter()
        .filter(|d| d.settled.is_none())
        .map(|d| d.item)
        .collect();
    // A comment marked resolved in Word still needs a disposition: the answer is ours to give.
    let unanswered: Vec<&ReviewComment> = comments.iter().filter(|c| c.disposition.is_none()).collect();
    let unanswered_on = |item: &str| unanswered.iter().filter(|c| c.item.as_deref() == Some(item)).count();
    for item in items {
        let id = Some(item.id.as_str());
        let d = &item.decision;
        let open_comments = unanswered_on(&item.id);
        if open_comments > 0 {
            add(
                FindingKind::UnansweredComment,
                id,
                format!(
                    "{}: {} without a disposition; answer each one",
                    item.id,
                    comments_phrase(open_comments)
                ),
            );
        }
        for conflict in conflicts.iter().filter(|c| conflict_item(c) == Some(item.id.as_str())) {
            add(FindingKind::UnresolvedConflict, id, conflict_message(conflict));
        }
        match d.status {
            DecisionStatus::Open if unsettled.contains(&item.id) => add(
                FindingKind::UnsettledDivergence,
                id,
                format!(
                    "{}: the authorities diverged and have not settled it; record the settlement with a new resolution",
                    item.id
                ),
            ),
            DecisionStatus::Open => add(
                FindingKind::OpenItem,
                id,
                format!(
                    "{}: still open; decide it, or deselect it if it is not part of this draft",
                    item.id
                ),
            ),
            DecisionStatus::NotApplicable | DecisionStatus::Deferred if d.rationale.is_none() => add(
                FindingKind::MissingRationale,
                id,
                format!(
                    "{}: {} without a rationale; say why",
                    item.id,
                    d.status.label().to_lowercase()
                ),
            ),
            _ => {}
        }
        if !matches!(d.status, DecisionStatus::Adopt | DecisionStatus::AdoptModified) {
            continue;
        }
        if d.status == DecisionStatus::AdoptModified && d.wording.is_none() {
            add(
                FindingKind::MissingWording,
                id,
                format!(
                    "{}: adopted with national wording, but the wording is empty; write it",
                    item.id
                ),
            );
        }
        if d.lead.is_none() {
            add(
                FindingKind::MissingLead,
                id,
                format!("{}: adopted without a lead authority; name one", item.id),
            );
        }
        if d.priority.is_none() {
            add(
                FindingKind::MissingPriority,
                id,
                format!("{}: adopted without a priority; set high, medium or low", item.id),
            );
        }
        match d.due {
            None => add(
                FindingKind::MissingDue,
                id,
                format!("{}: adopted without a target date; set one", item.id),
            ),
            Some(due) if due < date => add(
                FindingKind::PastDue,
                id,
                format!(
                    "{}: target date {due} is before the document date {date}; move it later",
                    item.id
                ),
            ),
            Some(_) => {}
        }
    }
    // Comments on a section, on the document, or on an item no longer selected.
    let elsewhere = unanswered
        .iter()
        .filter(|c| c.item.as_deref().is_none_or(|i| !items.iter().any(|s| s.id == i)))
        .count();
    if elsewhere > 0 {
        add(
            FindingKind::UnansweredComment,
            None,
            format!(
                "{} outside the clauses of the selected items without a disposition; answer each one",
                comments_phrase(elsewhere)
            ),
        );
    }
    // The workspace's own fields, and items no longer selected here.
    for conflict in conflicts {
        let item = conflict_item(conflict);
        if item.is_none_or(|i| !items.iter().any(|s| s.id == i)) {
            add(FindingKind::UnresolvedConflict, item, conflict_message(conflict));
        }
    }
    let properties = [
        (PropertyField::DocVersion, "version", &workspace.doc_version),
        (PropertyField::Reference, "reference", &workspace.reference),
        (PropertyField::PreparedBy, "prepared by", &workspace.prepared_by),
        (PropertyField::Event, "event", &workspace.event),
    ];
    for (field, name, value) in properties {
        if value.is_none() {
            findings.push(Finding {
                kind: FindingKind::MissingProperty,
                item: None,
                field: Some(field),
                message: format!(
                    "the document property \"{name}\" is empty, so the draft shows a blank or \"[to be completed]\""
                ),
            });
        }
    }
    findings
}

fn comments_phrase(n: usize) -> String {
    if n == 1 {
        "1 reviewer's comment".to_string()
    } else {
        format!("{n} reviewers' comments")
    }
}

/// The item a conflict id names; `None` for the workspace's own fields (`-/FIELD`).
fn conflict_item(id: &str) -> Option<&str> {
    id.split_once('/').map(|(item, _)| item).filter(|item| *item != "-")
}

fn conflict_message(id: &str) -> String {
    format!("{id}: changed on two laptops at the same time and not yet settled; keep one value")
}
