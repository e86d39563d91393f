//! What a model span becomes: a run, or a run inside a tracked change.
//!
//! A revised span becomes a run inside `w:ins`, or inside `w:del` with its text as
//! `w:delText`. A paragraph (or table row) whose every non-empty span carries a revision of the
//! same kind was itself inserted or deleted: [`whole`] finds it, and the body marks its
//! paragraph mark (`w:pPr/w:rPr/w:ins|w:del`) or row (`w:trPr/w:ins|w:del`) too, so accepting
//! all changes gives the new text and rejecting all gives the old one, with no empty paragraph
//! or row left behind.

use adopt_document::{Revision, RevisionKind, Span};
use docx_rs::{BreakType, Delete, Insert, ParagraphChild, Run};

use crate::text::{Piece, clean, one_line, pieces};

/// The revision every non-empty span of `spans` carries, when they all carry one of the same
/// kind (the first such span's author and date); `None` when some text is unchanged, the kinds
/// differ, or there is no text.
pub fn whole<'a>(spans: impl IntoIterator<Item = &'a Span>) -> Option<&'a Revision> {
    let mut found: Option<&Revision> = None;
    for span in spans {
        if span.text.is_empty() {
            continue;
        }
        let r = span.revision.as_ref()?;
        match found {
            Some(f) if f.kind != r.kind => return None,
            Some(_) => {}
            None => found = Some(r),
        }
    }
    found
}

/// The author as an attribute value: one line, cleaned of what XML forbids (docx-rs escapes it).
pub fn author(r: &Revision) -> String {
    one_line(&r.author)
}

/// The date as WordprocessingML wants it: ISO 8601 in UTC, to the second.
pub fn date(r: &Revision) -> String {
    r.date.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// An empty `w:ins` / `w:del` marking a paragraph mark or a row.
pub fn mark_insert(r: &Revision) -> Insert {
    Insert::new_with_empty().author(author(r)).date(date(r))
}

pub fn mark_delete(r: &Revision) -> Delete {
    Delete::new().author(author(r)).date(date(r))
}

/// A run with the span's text and emphasis; deleted text goes in `w:delText`.
pub fn run(text: &str, bold: bool, italic: bool, deleted: bool) -> Option<Run> {
    let text = clean(text);
    if text.is_empty() {
        return None;
    }
    let mut run = Run::new();
    if bold {
        run = run.bold();
    }
    if italic {
        run = run.italic();
    }
    for piece in pieces(&text) {
        run = match piece {
            Piece::Text(t) if deleted => run.add_delete_text(t),
            Piece::Text(t) => run.add_text(t),
            Piece::Tab => run.add_tab(),
            Piece::Break => run.add_break(BreakType::TextWrapping),
        };
    }
    Some(run)
}

/// The paragraph content for one span: a plain run, or a run inside `w:ins` / `w:del`.
pub fn span_child(span: &Span) -> Option<ParagraphChild> {
    match &span.revision {
        None => run(&span.text, span.bold, span.italic, false).map(|r| ParagraphChild::Run(Box::new(r))),
        Some(r) => match r.kind {
            RevisionKind::Inserted => run(&span.text, span.bold, span.italic, false)
                .map(|run| ParagraphChild::Insert(Insert::new(run).author(author(r)).date(date(r)))),
            RevisionKind::Deleted => run(&span.text, span.bold, span.italic, true)
                .map(|run| ParagraphChild::Delete(mark_delete(r).add_run(run))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn rev(kind: RevisionKind) -> Revision {
        Revision {
            kind,
            author: "LCA legal\tteam\u{1}".into(),
            date: Utc.with_ymd_and_hms(2026, 12, 2, 10, 15, 0).unwrap(),
        }
    }

    #[test]
    fn a_paragraph_is_wholly_revised_only_when_all_its_text_is_of_one_kind() {
        let ins = |t: &str| Span::plain(t).revised(rev(RevisionKind::Inserted));
        let del = |t: &str| Span::plain(t).revised(rev(RevisionKind::Deleted));
        assert!(whole(&[ins("a"), Span::plain(""), ins("b")]).is_some());
        assert_eq!(whole(&[del("a")]).map(|r| r.kind), Some(RevisionKind::Deleted));
        assert!(whole(&[ins("a"), Span::plain("b")]).is_none());
        assert!(whole(&[ins("a"), del("b")]).is_none());
        assert!(whole(&[Span::plain("")]).is_none(), "no text, nothing changed");
        assert!(whole(&[]).is_none());
    }

    #[test]
    fn dates_and_authors_are_written_as_word_wants_them() {
        let r = rev(RevisionKind::Inserted);
        assert_eq!(date(&r), "2026-12-02T10:15:00Z");
        assert_eq!(author(&r), "LCA legal team");
    }
}
