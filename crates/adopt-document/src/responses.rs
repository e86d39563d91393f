//! Annex G: the comment-response table a regulator publishes after a consultation: each
//! reviewer's comment or change received, in clause order, and how it was dealt with.

use std::collections::HashMap;

use adopt_domain::{ReviewComment, ReviewKind};

use crate::composer::{Composer, column};
use crate::input::{DraftInput, group_rank};
use crate::model::*;

/// Where a comment sorts: the clauses in document order (catalog group, then id), items no
/// longer selected after them, then sections by number, then the document as a whole.
fn place_rank(c: &ReviewComment, clauses: &HashMap<&str, (usize, &str)>) -> (u8, usize, String, u32) {
    match (&c.item, c.section) {
        (Some(item), _) => match clauses.get(item.as_str()) {
            Some((rank, id)) => (0, *rank, id.to_string(), 0),
            None => (1, 0, item.clone(), 0),
        },
        (None, Some(section)) => (2, 0, String::new(), section),
        (None, None) => (3, 0, String::new(), 0),
    }
}

/// "SIM-08", "Section 7", "Document".
fn place(c: &ReviewComment) -> String {
    match (&c.item, c.section) {
        (Some(item), _) => item.clone(),
        (None, Some(section)) => format!("Section {section}"),
        (None, None) => "Document".to_string(),
    }
}

/// What the reviewer said, on one line: a comment's text, or the change and its text.
fn said(c: &ReviewComment) -> String {
    let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
    match c.kind {
        ReviewKind::Comment => text,
        ReviewKind::Insertion => format!("Insert: “{text}”"),
        ReviewKind::Deletion => format!("Delete: “{text}”"),
        ReviewKind::Edit => format!("Reworded the clause: “{text}”"),
    }
}

/// The comment, then each reply in its thread, so the table shows the exchange it answers.
fn comment_cell(c: &ReviewComment) -> Vec<Span> {
    let mut spans = vec![Span::plain(said(c))];
    for reply in &c.replies {
        let text = reply.text.split_whitespace().collect::<Vec<_>>().join(" ");
        spans.push(Span::italic(format!(" Reply from {}: {text}", reply.author)));
    }
    spans
}

pub(crate) fn annex_comments(doc: &mut Composer, input: &DraftInput<'_>) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, "Annex G — Comments received and their disposition");
    let answered = input.comments.iter().filter(|c| c.disposition.is_some()).count();
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "This annex lists each comment and proposed change received from reviewers, in the order of the clauses, and how it was dealt with: {} received, {answered} answered.",
            input.comments.len()
        ))],
    );
    let clauses: HashMap<&str, (usize, &str)> = input
        .items
        .iter()
        .map(|i| (i.id.as_str(), (group_rank(i.group), i.id.as_str())))
        .collect();
    let mut rows: Vec<&ReviewComment> = input.comments.iter().collect();
    // Stable: within a place, the order the comments were imported in.
    rows.sort_by_cached_key(|c| place_rank(c, &clauses));
    let rows = rows
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let who = match &c.organisation {
                Some(org) => format!("{}, {org}", c.author),
                None => c.author.clone(),
            };
            vec![
                vec![Span::plain((n + 1).to_string())],
                vec![Span::plain(who)],
                vec![Span::bold(place(c))],
                comment_cell(c),
                vec![match c.disposition {
                    Some(d) => Span::plain(d.label()),
                    None => Span::italic("Pending"),
                }],
                vec![Span::plain(c.response.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("No.", 7),
            column("Reviewer and organisation", 19),
            column("Clause", 11),
            column("Comment", 28),
            column("Disposition", 15),
            column("Response", 20),
        ],
        rows,
    }));
}
