//! Annexes A to C of the draft: the recommendations not adopted, the source documents the
//! requirements cite, and the definitions of the terms they use.

use std::collections::BTreeSet;

use adopt_domain::{DecisionStatus, SelectedItem, SourceDocument};

use crate::composer::{Composer, column};
use crate::input::{DraftInput, adopted, group_rank};
use crate::model::*;
use crate::template::Template;

pub(crate) fn annex_not_adopted(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let mut items: Vec<&SelectedItem> = input
        .items
        .iter()
        .filter(|i| {
            matches!(
                i.decision.status,
                DecisionStatus::NotApplicable | DecisionStatus::Deferred | DecisionStatus::AlreadyCovered
            )
        })
        .collect();
    items.sort_by_key(|i| (group_rank(i.group), i.id.clone()));
    if items.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("Every recommendation decided so far has been adopted.")],
        );
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain("The following recommendations were considered and not adopted in this instrument, deferred, or found to be covered already.")],
    );
    let rows = items
        .iter()
        .map(|i| {
            vec![
                vec![Span::bold(i.id.clone())],
                vec![Span::plain(i.title.clone())],
                vec![Span::plain(i.decision.status.label())],
                vec![Span::plain(i.decision.reason.map_or("—", |r| r.label()).to_string())],
                vec![Span::plain(i.decision.rationale.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Item", 10),
            column("Recommendation", 28),
            column("Decision", 14),
            column("Reason", 16),
            column("Rationale", 32),
        ],
        rows,
    }));
}

pub(crate) fn annex_sources(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let cited: BTreeSet<&str> = adopted(input)
        .iter()
        .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
        .collect();
    let documents: Vec<&SourceDocument> = input.sources.iter().filter(|s| cited.contains(s.id.as_str())).collect();
    if documents.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic("No source is cited yet.")]);
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain("The requirements of this instrument summarise the following documents, which are authoritative for their wording.")],
    );
    let rows = documents
        .iter()
        .map(|s| {
            vec![
                vec![Span::bold(s.id.clone())],
                vec![Span::plain(s.title.clone())],
                vec![Span::plain(s.publisher.clone())],
                vec![Span::plain(s.year.clone())],
                vec![Span::plain(s.url.clone())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Id", 7),
            column("Title", 33),
            column("Publisher", 18),
            column("Year", 10),
            column("Address", 32),
        ],
        rows,
    }));
}

pub(crate) fn annex_definitions(doc: &mut Composer, input: &DraftInput<'_>, template: &Template, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let adopted = adopted(input);
    let texts: Vec<&str> = adopted
        .iter()
        .flat_map(|i| {
            [
                i.title.as_str(),
                i.statement.as_str(),
                i.decision.wording.as_deref().unwrap_or(""),
            ]
        })
        .collect();
    let terms = template.glossary.used_in(&texts);
    if terms.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic(
                "The adopted requirements use no term that needs a definition.",
            )],
        );
        return;
    }
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain("In this instrument:")]);
    for term in terms {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![
                Span::bold(format!("{}: ", term.term)),
                Span::plain(term.definition.clone()),
            ],
        );
    }
}
