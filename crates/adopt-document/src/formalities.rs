//! The formal parts of the draft around its substance: the cover, the document-control table
//! and the signature page.

use crate::composer::{Composer, column};
use crate::context::Context;
use crate::dates::long_date;
use crate::input::{DraftInput, WORKING_DRAFT_LINE, short_fingerprint};
use crate::model::*;

pub(crate) fn cover(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    let mut details = Vec::new();
    let not_set = "[to be completed]".to_string();
    let version = match &input.circulation.label {
        Some(label) => label.clone(),
        None => w.doc_version.clone().unwrap_or_else(|| not_set.clone()),
    };
    details.push(("Version".to_string(), version));
    details.push((
        "Reference".to_string(),
        w.reference.clone().unwrap_or_else(|| not_set.clone()),
    ));
    details.push(("Date".to_string(), context.date.clone()));
    if let Some(event) = &w.event {
        details.push(("Prepared at".to_string(), event.clone()));
    }
    doc.blocks.push(Block::Cover(Cover {
        marking: input.marking().into(),
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
    doc.unnumbered(1, "Document control");
    let cell = |text: &Option<String>| vec![Span::plain(text.clone().unwrap_or_else(|| "—".into()))];
    let circulation = input.circulation;
    let mut rows: Vec<Vec<Cell>> = circulation
        .versions
        .iter()
        .map(|v| {
            vec![
                vec![Span::bold(v.label.clone())],
                vec![Span::plain(long_date(v.date))],
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
            vec![Span::italic(WORKING_DRAFT_LINE)],
        ]);
    }
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Version", 15),
            column("Date", 20),
            column("Prepared by", 25),
            column("Note", 40),
        ],
        rows,
    }));
    if !circulation.fingerprint.is_empty() {
        let what = match &circulation.label {
            Some(label) => format!("Fingerprint of version {label}: "),
            None => "Fingerprint of the record this working draft was made from: ".to_string(),
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
        vec![Span::plain(format!(
            "Prepared with dfs-adopt from the workspace \"{}\": {} of {} selected recommendations adopted.",
            w.name, context.adopted_count, context.selected_count
        ))],
    );
}

pub(crate) fn signatures(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.unnumbered(1, title);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "Done at ____________________, {}, on ____________________.",
            input.workspace.jurisdiction
        ))],
    );
    doc.blocks.push(Block::Signatures(
        input
            .workspace
            .authorities
            .iter()
            .map(|a| Signatory {
                authority: a.name.clone(),
                lines: vec!["Name".into(), "Title".into(), "Date".into()],
            })
            .collect(),
    ));
}
