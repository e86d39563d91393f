//! How the adopted requirements are to be implemented: the timeline by target date and the
//! responsibilities of each authority, tables that refer back to the clause numbers.

use crate::composer::{Composer, column};
use crate::dates::long_date_in;
use crate::input::{DraftInput, adopted};
use crate::model::*;

pub(crate) fn timeline(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.provision(1, title);
    let words = doc.words;
    let language = words.language;
    let mut adopted = adopted(input);
    if adopted.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.none_adopted)]);
        return;
    }
    // Dated items first, by date; undated ones last, in clause order.
    adopted.sort_by_key(|i| (i.decision.due.is_none(), i.decision.due));
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.timeline_intro)]);
    let rows = adopted
        .iter()
        .map(|i| {
            vec![
                vec![Span::plain(
                    i.decision
                        .due
                        .map_or(words.not_set.into(), |d| long_date_in(d, language)),
                )],
                vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                vec![
                    Span::bold(format!("{} ", i.id)),
                    Span::plain(input.title_in(i, language).to_string()),
                ],
                vec![Span::plain(i.decision.lead.clone().unwrap_or_else(|| "—".into()))],
                vec![Span::plain(
                    i.decision.priority.map_or("—", |p| p.label_in(language)).to_string(),
                )],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_target_date, 18),
            column(words.col_clause, 10),
            column(words.col_requirement, 50),
            column(words.col_lead, 10),
            column(words.col_priority, 12),
        ],
        rows,
    }));
}

pub(crate) fn responsibilities(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.provision(1, title);
    let words = doc.words;
    let language = words.language;
    let adopted = adopted(input);
    for authority in &input.workspace.authorities {
        doc.division(2, &format!("{} ({})", authority.name, authority.code));
        let rows: Vec<Vec<Cell>> = adopted
            .iter()
            .filter_map(|i| {
                let role = if i.decision.lead.as_deref() == Some(&authority.code) {
                    words.role_lead
                } else if i.decision.support.contains(&authority.code) {
                    words.role_supporting
                } else {
                    return None;
                };
                Some(vec![
                    vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                    vec![
                        Span::bold(format!("{} ", i.id)),
                        Span::plain(input.title_in(i, language).to_string()),
                    ],
                    vec![Span::plain(role)],
                    vec![Span::plain(
                        i.decision
                            .due
                            .map_or(words.not_set.into(), |d| long_date_in(d, language)),
                    )],
                ])
            })
            .collect();
        if rows.is_empty() {
            doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.nothing_assigned)]);
            continue;
        }
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                column(words.col_clause, 10),
                column(words.col_requirement, 52),
                column(words.col_role, 15),
                column(words.col_target_date, 23),
            ],
            rows,
        }));
    }
}
