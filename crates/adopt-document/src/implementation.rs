//! How the adopted requirements are to be implemented: the timeline by target date and the
//! responsibilities of each authority, tables that refer back to the clause numbers.

use crate::composer::{Composer, column};
use crate::dates::long_date;
use crate::input::{DraftInput, adopted};
use crate::model::*;

pub(crate) fn timeline(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.numbered(1, title);
    let mut adopted = adopted(input);
    if adopted.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("No recommendation has been adopted yet.")],
        );
        return;
    }
    // Dated items first, by date; undated ones last, in clause order.
    adopted.sort_by_key(|i| (i.decision.due.is_none(), i.decision.due));
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(
            "The adopted requirements are to be implemented by the following target dates.",
        )],
    );
    let rows = adopted
        .iter()
        .map(|i| {
            vec![
                vec![Span::plain(i.decision.due.map_or("Not set".into(), long_date))],
                vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                vec![Span::bold(format!("{} ", i.id)), Span::plain(i.title.clone())],
                vec![Span::plain(i.decision.lead.clone().unwrap_or_else(|| "—".into()))],
                vec![Span::plain(i.decision.priority.map_or("—", |p| p.label()).to_string())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Target date", 18),
            column("Clause", 10),
            column("Requirement", 50),
            column("Lead", 10),
            column("Priority", 12),
        ],
        rows,
    }));
}

pub(crate) fn responsibilities(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.numbered(1, title);
    let adopted = adopted(input);
    for authority in &input.workspace.authorities {
        doc.numbered(2, &format!("{} ({})", authority.name, authority.code));
        let rows: Vec<Vec<Cell>> = adopted
            .iter()
            .filter_map(|i| {
                let role = if i.decision.lead.as_deref() == Some(&authority.code) {
                    "Lead"
                } else if i.decision.support.contains(&authority.code) {
                    "Supporting"
                } else {
                    return None;
                };
                Some(vec![
                    vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                    vec![Span::bold(format!("{} ", i.id)), Span::plain(i.title.clone())],
                    vec![Span::plain(role)],
                    vec![Span::plain(i.decision.due.map_or("Not set".into(), long_date))],
                ])
            })
            .collect();
        if rows.is_empty() {
            doc.paragraph(
                ParagraphStyle::Body,
                vec![Span::italic("No requirement is assigned to this authority yet.")],
            );
            continue;
        }
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                column("Clause", 10),
                column("Requirement", 52),
                column("Role", 15),
                column("Target date", 23),
            ],
            rows,
        }));
    }
}
