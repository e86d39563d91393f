//! The gap analysis in the draft: the survey's baseline per group and authority, the roadmap
//! that closes the gaps (by quarter and priority), and, when the completeness check found
//! something, the annex that lists it.

use adopt_domain::{CatalogGroup, Finding, Priority, SelectedItem, SurveyStatus};
use chrono::Datelike;

use crate::composer::{Composer, column};
use crate::input::{DraftInput, INCOMPLETE_MARKING};
use crate::model::*;

/// "2026 Q3" for a target date; undated items go last.
fn quarter(item: &SelectedItem) -> String {
    item.decision.due.map_or("No target date".into(), |d| {
        format!("{} Q{}", d.year(), (d.month() - 1) / 3 + 1)
    })
}

/// Annex: the baseline per group and authority, then the roadmap that closes the gaps.
pub(crate) fn annex_gap_analysis(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let baseline = input.baseline;
    let selected = |id: &str| input.items.iter().any(|i| i.id == id);
    if !baseline.iter().any(|b| selected(&b.item)) {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic(
                "No gap-analysis survey has been imported for the recommendations of this draft.",
            )],
        );
        return;
    }
    let full = |item: &str, authority: &str| baseline.iter().find(|b| b.item == item && b.authority == authority);
    let answer = |item: &str, authority: &str| full(item, authority).map(|b| b.status);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(
            "Before the open discussion each authority answered a gap-analysis survey: for each recommendation, whether it is in place today. The table counts the answers on the recommendations selected for this draft.",
        )],
    );
    doc.unnumbered(2, "Gap-analysis summary");
    let mut rows = Vec::new();
    for group in CatalogGroup::ALL {
        let items: Vec<&SelectedItem> = input.items.iter().filter(|i| i.group == *group).collect();
        if items.is_empty() {
            continue;
        }
        for authority in &input.workspace.authorities {
            let count = |wanted: &[Option<SurveyStatus>]| {
                items
                    .iter()
                    .filter(|i| wanted.contains(&answer(&i.id, &authority.code)))
                    .count()
                    .to_string()
            };
            rows.push(vec![
                vec![Span::plain(group.label())],
                vec![Span::bold(authority.code.clone())],
                vec![Span::plain(count(&[Some(SurveyStatus::Implemented)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::PartiallyImplemented)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::Planned)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::NotImplemented)]))],
                vec![Span::plain(count(&[
                    Some(SurveyStatus::NotApplicable),
                    Some(SurveyStatus::Unknown),
                    None,
                ]))],
            ]);
        }
    }
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Group", 20),
            column("Authority", 13),
            column("Implemented", 16),
            column("Partly", 10),
            column("Planned", 11),
            column("Not implemented", 15),
            column("N/A, unknown or no answer", 15),
        ],
        rows,
    }));

    doc.unnumbered(2, "Implementation roadmap");
    let mut gaps: Vec<&SelectedItem> = input
        .items
        .iter()
        .filter(|i| i.decision.status.is_adopted())
        .filter(|i| {
            input
                .workspace
                .authorities
                .iter()
                .any(|a| !SurveyStatus::closes_gap(answer(&i.id, &a.code)))
        })
        .collect();
    if gaps.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic(
                "Every adopted requirement is reported implemented by every authority: there is no gap to close.",
            )],
        );
        return;
    }
    let rank = |p: Option<Priority>| match p {
        Some(Priority::High) => 0,
        Some(Priority::Medium) => 1,
        Some(Priority::Low) => 2,
        None => 3,
    };
    gaps.sort_by_key(|i| {
        (
            i.decision.due.is_none(),
            i.decision.due.map(|d| (d.year(), (d.month() - 1) / 3)),
            rank(i.decision.priority),
            i.id.clone(),
        )
    });
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(
            "The adopted requirements that an authority does not report implemented (or not applicable to it), by the quarter of their target date and by priority.",
        )],
    );
    let rows = gaps
        .iter()
        .map(|i| {
            let today: Vec<String> = input
                .workspace
                .authorities
                .iter()
                .map(|a| match full(&i.id, &a.code) {
                    // What is missing, in the authority's own words, when it said.
                    Some(b) => match &b.gap {
                        Some(gap) if !SurveyStatus::closes_gap(Some(b.status)) => {
                            format!("{}: {} (gap: {gap})", a.code, b.status.label())
                        }
                        _ => format!("{}: {}", a.code, b.status.label()),
                    },
                    None => format!("{}: no answer", a.code),
                })
                .collect();
            vec![
                vec![Span::plain(quarter(i))],
                vec![Span::plain(i.decision.priority.map_or("—", |p| p.label()).to_string())],
                vec![Span::bold(format!("{} ", i.id)), Span::plain(i.title.clone())],
                vec![Span::plain(i.decision.lead.clone().unwrap_or_else(|| "—".into()))],
                vec![Span::plain(today.join("; "))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Quarter", 14),
            column("Priority", 11),
            column("Requirement", 36),
            column("Lead", 9),
            column("In place today, and the gap", 30),
        ],
        rows,
    }));
}

/// The last annex of an incomplete draft: what the completeness check found.
pub(crate) fn annex_findings(doc: &mut Composer, findings: &[Finding]) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, "Completeness findings");
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "This draft is incomplete. The completeness check found {} point{} to resolve before legal review; this annex and the \"{INCOMPLETE_MARKING}\" marking disappear once they are resolved.",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        ))],
    );
    let rows = findings
        .iter()
        .map(|f| {
            vec![
                vec![Span::bold(f.item.clone().unwrap_or_else(|| "Document".into()))],
                vec![Span::plain(f.kind.label())],
                vec![Span::plain(f.message.clone())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![column("Item", 14), column("Finding", 28), column("What to do", 58)],
        rows,
    }));
}
