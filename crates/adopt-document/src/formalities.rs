//! The formal parts of the draft around its substance: the cover, the document-control table
//! and the signature page.

use crate::composer::{Composer, column};
use crate::context::Context;
use crate::input::DraftInput;
use crate::model::*;

pub(crate) fn cover(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    let mut details = Vec::new();
    let not_set = "[to be completed]".to_string();
    details.push((
        "Version".to_string(),
        w.doc_version.clone().unwrap_or_else(|| not_set.clone()),
    ));
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
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Version", 15),
            column("Date", 20),
            column("Prepared by", 30),
            column("Event", 35),
        ],
        rows: vec![vec![
            cell(&w.doc_version),
            vec![Span::plain(context.date.clone())],
            cell(&w.prepared_by),
            cell(&w.event),
        ]],
    }));
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
