//! Annex H of a redline: every change since the version compared to, one row per field.

use crate::composer::{Composer, column};
use crate::input::ChangesSince;
use crate::model::*;

pub(crate) fn annex_changes(doc: &mut Composer, changes: &ChangesSince) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, &format!("Annex H — Changes since version {}", changes.label));
    if changes.rows.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic(format!(
                "Nothing has changed since version {}.",
                changes.label
            ))],
        );
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "This annex lists every change to the record since version {}: {} change{}. In the text above they are shown as tracked changes.",
            changes.label,
            changes.rows.len(),
            if changes.rows.len() == 1 { "" } else { "s" }
        ))],
    );
    let value = |v: &Option<String>| vec![Span::plain(v.clone().unwrap_or_else(|| "—".into()))];
    let rows = changes
        .rows
        .iter()
        .map(|r| {
            vec![
                vec![Span::bold(r.item.clone().unwrap_or_else(|| "Document".into()))],
                vec![Span::plain(r.what.clone())],
                value(&r.old),
                value(&r.new),
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Item", 12),
            column("What changed", 24),
            column("Before", 32),
            column("Now", 32),
        ],
        rows,
    }));
}
