//! Annex H of a redline: every change since the version compared to, one row per field.

use crate::composer::{Composer, column};
use crate::input::ChangesSince;
use crate::model::*;

pub(crate) fn annex_changes(doc: &mut Composer, changes: &ChangesSince) {
    doc.blocks.push(Block::PageBreak);
    let words = doc.words;
    doc.unnumbered(1, &format!("{}{}", words.annex_changes_prefix, changes.label));
    if changes.rows.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic((words.nothing_changed)(&changes.label))],
        );
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.changes_intro)(&changes.label, changes.rows.len()))],
    );
    let value = |v: &Option<String>| vec![Span::plain(v.clone().unwrap_or_else(|| "—".into()))];
    let rows = changes
        .rows
        .iter()
        .map(|r| {
            vec![
                vec![Span::bold(r.item.clone().unwrap_or_else(|| words.document.into()))],
                vec![Span::plain(r.what.clone())],
                value(&r.old),
                value(&r.new),
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_item, 12),
            column(words.col_what_changed, 24),
            column(words.col_before, 32),
            column(words.col_now, 32),
        ],
        rows,
    }));
}
