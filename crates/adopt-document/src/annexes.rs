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
    let words = doc.words;
    let language = words.language;
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
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.all_adopted)]);
        return;
    }
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.not_adopted_intro)]);
    let rows = items
        .iter()
        .map(|i| {
            vec![
                vec![Span::bold(i.id.clone())],
                vec![Span::plain(input.title_in(i, language).to_string())],
                vec![Span::plain(i.decision.status.label_in(language))],
                vec![Span::plain(
                    i.decision.reason.map_or("—", |r| r.label_in(language)).to_string(),
                )],
                vec![Span::plain(i.decision.rationale.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_item, 10),
            column(words.col_recommendation, 28),
            column(words.col_decision, 14),
            column(words.col_reason, 16),
            column(words.col_rationale, 32),
        ],
        rows,
    }));
}

pub(crate) fn annex_sources(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let words = doc.words;
    let cited: BTreeSet<&str> = adopted(input)
        .iter()
        .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
        .collect();
    let documents: Vec<&SourceDocument> = input.sources.iter().filter(|s| cited.contains(s.id.as_str())).collect();
    if documents.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_source)]);
        return;
    }
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.sources_intro)]);
    let rows = documents
        .iter()
        .map(|s| {
            vec![
                vec![Span::bold(s.id.clone())],
                vec![Span::plain(s.title_in(words.language).to_string())],
                vec![Span::plain((words.publisher)(&s.publisher))],
                vec![Span::plain((words.year)(&s.year))],
                vec![Span::plain(s.url.clone())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_id, 7),
            column(words.col_title, 33),
            column(words.col_publisher, 18),
            column(words.col_year, 10),
            column(words.col_address, 32),
        ],
        rows,
    }));
    if let Some(note) = words.translated_titles {
        doc.paragraph(ParagraphStyle::Note, vec![Span::plain(note)]);
    }
}

pub(crate) fn annex_definitions(doc: &mut Composer, input: &DraftInput<'_>, template: &Template, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let words = doc.words;
    let language = words.language;
    let adopted = adopted(input);
    let texts: Vec<&str> = adopted
        .iter()
        .flat_map(|i| {
            [
                input.title_in(i, language),
                input.statement_in(i, language),
                i.decision.wording.as_deref().unwrap_or(""),
            ]
        })
        .collect();
    let terms = template.glossary.used_in(&texts);
    if terms.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_term)]);
        return;
    }
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.in_this_instrument)]);
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
