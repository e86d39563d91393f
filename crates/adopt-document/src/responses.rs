//! Annex G: the comment-response table a regulator publishes after a consultation: each
//! reviewer's comment or change received, in clause order, and how it was dealt with.

use std::collections::HashMap;

use adopt_domain::{ReviewComment, ReviewKind};

use crate::composer::{Composer, column};
use crate::input::{DraftInput, group_rank};
use crate::model::*;
use crate::words::Words;

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
fn place(c: &ReviewComment, words: &Words) -> String {
    match (&c.item, c.section) {
        (Some(item), _) => item.clone(),
        (None, Some(section)) => (words.section)(section),
        (None, None) => words.document.to_string(),
    }
}

/// What the reviewer said, on one line: a comment's text, or the change and its text.
fn said(c: &ReviewComment, words: &Words) -> String {
    let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
    match c.kind {
        ReviewKind::Comment => text,
        ReviewKind::Insertion => (words.insert)(&text),
        ReviewKind::Deletion => (words.delete)(&text),
        ReviewKind::Edit => (words.reworded)(&text),
    }
}

/// The comment, then each reply in its thread, so the table shows the exchange it answers.
fn comment_cell(c: &ReviewComment, words: &Words) -> Vec<Span> {
    let mut spans = vec![Span::plain(said(c, words))];
    for reply in &c.replies {
        let text = reply.text.split_whitespace().collect::<Vec<_>>().join(" ");
        spans.push(Span::italic((words.reply_from)(&reply.author, &text)));
    }
    spans
}

pub(crate) fn annex_comments(doc: &mut Composer, input: &DraftInput<'_>) {
    doc.blocks.push(Block::PageBreak);
    let words = doc.words;
    doc.unnumbered(1, words.annex_comments);
    let answered = input.comments.iter().filter(|c| c.disposition.is_some()).count();
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.comments_intro)(input.comments.len(), answered))],
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
                vec![Span::bold(place(c, words))],
                comment_cell(c, words),
                vec![match c.disposition {
                    Some(d) => Span::plain(d.label_in(words.language)),
                    None => Span::italic(words.pending),
                }],
                vec![Span::plain(c.response.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_number, 7),
            column(words.col_reviewer, 19),
            column(words.col_clause, 11),
            column(words.col_comment, 28),
            column(words.col_disposition, 15),
            column(words.col_response, 20),
        ],
        rows,
    }));
}
