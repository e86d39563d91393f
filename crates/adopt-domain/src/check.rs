//! The completeness check: what still stands between a draft and legal review. Export still
//! works with findings, but the document then says it is incomplete and lists them.

use adopt_messages::Message;
use chrono::NaiveDate;

use crate::discussion::Discussion;
use crate::review::ReviewComment;
use crate::values::{DecisionStatus, FindingKind};
use crate::workspace::{PropertyField, SelectedItem, Workspace};

/// One thing the check found: what kind, what it is about (an item, a document property, or
/// the workspace as a whole) and what is wrong, as a message each shell says in its language.
/// Where to fix it is each shell's to say: the CLI names its flag, the app its dialog field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    /// The catalog item, or `None` for the workspace as a whole.
    pub item: Option<String>,
    /// The empty document property, for `missing-property`.
    pub field: Option<PropertyField>,
    pub message: Message,
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
    let mut add = |kind: FindingKind, item: Option<&str>, message: Message| {
        findings.push(Finding {
            kind,
            item: item.map(str::to_string),
            field: None,
            message,
        })
    };
    if items.is_empty() {
        add(FindingKind::NoItems, None, Message::new("finding-no-items"));
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
                Message::new("finding-unanswered-comment")
                    .with("item", item.id.as_str())
                    .with("count", open_comments),
            );
        }
        for conflict in conflicts.iter().filter(|c| conflict_item(c) == Some(item.id.as_str())) {
            add(FindingKind::UnresolvedConflict, id, conflict_message(conflict));
        }
        match d.status {
            DecisionStatus::Open if unsettled.contains(&item.id) => add(
                FindingKind::UnsettledDivergence,
                id,
                Message::new("finding-unsettled-divergence").with("item", item.id.as_str()),
            ),
            DecisionStatus::Open => add(
                FindingKind::OpenItem,
                id,
                Message::new("finding-open-item").with("item", item.id.as_str()),
            ),
            DecisionStatus::NotApplicable | DecisionStatus::Deferred if d.rationale.is_none() => add(
                FindingKind::MissingRationale,
                id,
                Message::new("finding-missing-rationale")
                    .with("item", item.id.as_str())
                    .with("status", d.status.code()),
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
                Message::new("finding-missing-wording").with("item", item.id.as_str()),
            );
        }
        if d.lead.is_none() {
            add(
                FindingKind::MissingLead,
                id,
                Message::new("finding-missing-lead").with("item", item.id.as_str()),
            );
        }
        if d.priority.is_none() {
            add(
                FindingKind::MissingPriority,
                id,
                Message::new("finding-missing-priority").with("item", item.id.as_str()),
            );
        }
        match d.due {
            None => add(
                FindingKind::MissingDue,
                id,
                Message::new("finding-missing-due").with("item", item.id.as_str()),
            ),
            Some(due) if due < date => add(
                FindingKind::PastDue,
                id,
                Message::new("finding-past-due")
                    .with("item", item.id.as_str())
                    .with("due", due.to_string())
                    .with("date", date.to_string()),
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
            Message::new("finding-unanswered-elsewhere").with("count", elsewhere),
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
        (PropertyField::PreparedBy, "prepared-by", &workspace.prepared_by),
        (PropertyField::Event, "event", &workspace.event),
    ];
    for (field, name, value) in properties {
        if value.is_none() {
            findings.push(Finding {
                kind: FindingKind::MissingProperty,
                item: None,
                field: Some(field),
                message: Message::new("finding-missing-property").with("property", name),
            });
        }
    }
    findings
}

/// The item a conflict id names; `None` for the workspace's own fields (`-/FIELD`).
fn conflict_item(id: &str) -> Option<&str> {
    id.split_once('/').map(|(item, _)| item).filter(|item| *item != "-")
}

fn conflict_message(id: &str) -> Message {
    Message::new("finding-unresolved-conflict").with("id", id)
}
