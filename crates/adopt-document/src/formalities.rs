//! The formal parts of the draft around its substance: the cover, the document-control table
//! and the signature page.

use crate::composer::{Composer, column};
use crate::context::Context;
use crate::dates::long_date_in;
use crate::input::{DraftInput, short_fingerprint};
use crate::model::*;

pub(crate) fn cover(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    let words = doc.words;
    let mut details = Vec::new();
    let not_set = words.to_be_completed.to_string();
    let version = match &input.circulation.label {
        Some(label) => label.clone(),
        None => w.doc_version.clone().unwrap_or_else(|| not_set.clone()),
    };
    details.push((words.version.to_string(), version));
    details.push((
        words.reference.to_string(),
        w.reference.clone().unwrap_or_else(|| not_set.clone()),
    ));
    details.push((words.date.to_string(), context.date.clone()));
    if let Some(event) = &w.event {
        details.push((words.prepared_at.to_string(), event.clone()));
    }
    doc.blocks.push(Block::Cover(Cover {
        marking: input.marking_in(words.language).into(),
        instrument: context.instrument.clone(),
        title: context.title.clone(),
        issuers: w.authorities.iter().map(|a| a.name.clone()).collect(),
        jurisdiction: w.jurisdiction.clone(),
        details,
    }));
    doc.blocks.push(Block::PageBreak);
}

pub(crate) fn document_control(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    let words = doc.words;
    doc.unnumbered(1, words.part_document_control);
    let cell = |text: &Option<String>| vec![Span::plain(text.clone().unwrap_or_else(|| "—".into()))];
    let circulation = input.circulation;
    let mut rows: Vec<Vec<Cell>> = circulation
        .versions
        .iter()
        .map(|v| {
            vec![
                vec![Span::bold(v.label.clone())],
                vec![Span::plain(long_date_in(v.date, words.language))],
                cell(&v.prepared_by),
                cell(&v.note),
            ]
        })
        .collect();
    if circulation.label.is_none() {
        rows.push(vec![
            cell(&w.doc_version),
            vec![Span::plain(context.date.clone())],
            cell(&w.prepared_by),
            vec![Span::italic(words.working_draft_line)],
        ]);
    }
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.version, 15),
            column(words.date, 20),
            column(words.prepared_by, 25),
            column(words.note, 40),
        ],
        rows,
    }));
    if !circulation.fingerprint.is_empty() {
        let what = match &circulation.label {
            Some(label) => (words.fingerprint_of_version)(label),
            None => words.fingerprint_of_working_draft.to_string(),
        };
        doc.paragraph(
            ParagraphStyle::Note,
            vec![
                Span::bold(what),
                Span::plain(short_fingerprint(&circulation.fingerprint)),
                Span::plain(format!(" (SHA-256 {}).", circulation.fingerprint)),
            ],
        );
    }
    doc.paragraph(
        ParagraphStyle::Note,
        vec![Span::plain((words.prepared_with)(
            &w.name,
            context.adopted_count,
            context.selected_count,
        ))],
    );
}

pub(crate) fn signatures(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.unnumbered(1, title);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((doc.words.done_at)(&input.workspace.jurisdiction))],
    );
    doc.blocks.push(Block::Signatures(
        input
            .workspace
            .authorities
            .iter()
            .map(|a| Signatory {
                authority: a.name.clone(),
                lines: doc.words.signature_lines.iter().map(|l| l.to_string()).collect(),
            })
            .collect(),
    ));
}
