//! Named ranges (`w:bookmarkStart` / `w:bookmarkEnd`) inside the paragraphs they cover, and the
//! comments that sit on them (`w:commentRangeStart` / `w:commentRangeEnd` and the reference run).
//!
//! The model gives bookmarks as blocks between blocks: a start belongs to the next
//! paragraph-like block, an end to the previous one. Word writes bookmarks inside paragraphs,
//! and there they move with the text a reviewer edits around them, so a start is written at the
//! beginning of the next paragraph (the first cell paragraph of a table) and an end at the end
//! of the last paragraph written. A comment on a range is marked right inside its bookmark, so
//! it covers the same text. Ids come from one counter in the model's order, shared with the
//! headings' `_Toc` bookmarks and the comments, so no two annotations share one and the same
//! document gets the same ids.

use docx_rs::{
    BookmarkEnd, BookmarkStart, Comment, CommentRangeEnd, CommentRangeStart, DocumentChild, Paragraph, ParagraphChild,
    Table, TableCellContent, TableChild, TableRowChild,
};

use crate::style_ids::NORMAL;
use crate::text::escape;

/// A range whose start is waiting or written: its bookmark id, and its comment's id if any.
struct Range {
    name: String,
    id: usize,
    comment: Option<usize>,
}

#[derive(Default)]
pub struct Bookmarks {
    /// The last id handed out; ids start at 1.
    last_id: usize,
    /// Starts waiting for the next paragraph, then ends of ranges that were still waiting (an
    /// empty range becomes a point at the start of the next paragraph).
    pending: Vec<ParagraphChild>,
    /// The ranges whose start is pending.
    pending_names: Vec<Range>,
    /// Comments whose start is pending (their ranges may already have ended).
    pending_comments: Vec<usize>,
    /// Ranges started in a written paragraph and not yet ended.
    open: Vec<Range>,
    /// Comments whose start was written, in document order.
    commented: Vec<usize>,
}

impl Bookmarks {
    /// A fresh id, for bookmarks the renderer adds itself (the headings' `_Toc` ones).
    pub fn next_id(&mut self) -> usize {
        self.last_id += 1;
        self.last_id
    }

    /// How many ids were handed out: other annotation ids (tracked changes) start after them.
    pub fn count(&self) -> usize {
        self.last_id
    }

    /// A range starts at the next paragraph written.
    pub fn start(&mut self, name: &str) {
        self.start_range(name, false);
    }

    /// A range that carries a comment starts at the next paragraph written; returns the
    /// comment's id.
    pub fn start_commented(&mut self, name: &str) -> usize {
        self.start_range(name, true).unwrap_or_default()
    }

    fn start_range(&mut self, name: &str, commented: bool) -> Option<usize> {
        let id = self.next_id();
        // docx-rs writes names as given: escape them like every other attribute we write.
        self.pending
            .push(ParagraphChild::BookmarkStart(BookmarkStart::new(id, escape(name))));
        let comment = commented.then(|| self.next_id());
        if let Some(c) = comment {
            // The comment's text goes into comments.xml, written by hand (`comments`): docx-rs
            // only marks the range here, as a comment without paragraphs adds nothing else.
            self.pending
                .push(ParagraphChild::CommentStart(Box::new(CommentRangeStart::new(
                    Comment::new(c),
                ))));
            self.pending_comments.push(c);
        }
        self.pending_names.push(Range {
            name: name.to_string(),
            id,
            comment,
        });
        comment
    }

    /// A range ends after the last paragraph written (in `children`).
    pub fn end(&mut self, name: &str, children: &mut Vec<DocumentChild>) {
        if let Some(i) = self.pending_names.iter().position(|r| r.name == name) {
            // Nothing was written since the start: an empty range at the next paragraph.
            let range = self.pending_names.remove(i);
            self.pending.extend(end_marks(&range));
        } else if let Some(i) = self.open.iter().position(|r| r.name == name) {
            let range = self.open.remove(i);
            append_end(children, &range);
        }
        // An end without a start breaks the model's pairing rule: there is nothing to close.
    }

    /// Puts the pending starts at the beginning of a paragraph about to be written.
    pub fn attach(&mut self, p: &mut Paragraph) {
        if self.pending.is_empty() {
            return;
        }
        p.children.splice(0..0, self.pending.drain(..));
        self.open.append(&mut self.pending_names);
        self.commented.append(&mut self.pending_comments);
    }

    /// Puts the pending starts at the beginning of a table's first cell paragraph.
    pub fn attach_table(&mut self, t: &mut Table) {
        if self.pending.is_empty() {
            return;
        }
        let first = t.rows.first_mut().and_then(|TableChild::TableRow(row)| {
            row.cells.first_mut().and_then(|TableRowChild::TableCell(cell)| {
                cell.children.iter_mut().find_map(|c| match c {
                    TableCellContent::Paragraph(p) => Some(p),
                    _ => None,
                })
            })
        });
        if let Some(p) = first {
            self.attach(p);
        }
        // A table without a paragraph keeps the starts for the next paragraph.
    }

    /// Closes what the model left open, so every start in the file has its end: pending
    /// ranges at the end of the body, open ones after the last paragraph. A comment whose
    /// range never reached a paragraph is left out: there is no text for it to sit on.
    pub fn finish(&mut self, children: &mut Vec<DocumentChild>) {
        for child in self.pending.drain(..) {
            match child {
                ParagraphChild::BookmarkStart(s) => children.push(DocumentChild::BookmarkStart(s)),
                ParagraphChild::BookmarkEnd(e) => children.push(DocumentChild::BookmarkEnd(e)),
                _ => {}
            }
        }
        for range in self.pending_names.drain(..) {
            children.push(DocumentChild::BookmarkEnd(BookmarkEnd::new(range.id)));
        }
        self.pending_comments.clear();
        for range in std::mem::take(&mut self.open) {
            append_end(children, &range);
        }
    }

    /// The ids of the comments written in the body, in document order.
    pub fn comments(&self) -> &[usize] {
        &self.commented
    }
}

/// The bookmark's end, then its comment's end with the reference run (docx-rs writes both).
fn end_marks(range: &Range) -> Vec<ParagraphChild> {
    let mut marks = vec![ParagraphChild::BookmarkEnd(BookmarkEnd::new(range.id))];
    if let Some(c) = range.comment {
        marks.push(ParagraphChild::CommentEnd(CommentRangeEnd::new(c)));
    }
    marks
}

/// The end marks at the end of the last paragraph of the body (inside a table, the last cell's
/// last paragraph), or after the last block when there is no paragraph to hold them (a comment's
/// end then gets a paragraph of its own: its reference run cannot stand in the body).
fn append_end(children: &mut Vec<DocumentChild>, range: &Range) {
    let last = match children.last_mut() {
        Some(DocumentChild::Paragraph(p)) => Some(&mut **p),
        Some(DocumentChild::Table(t)) => last_paragraph(t),
        _ => None,
    };
    match last {
        Some(p) => p.children.extend(end_marks(range)),
        None => {
            children.push(DocumentChild::BookmarkEnd(BookmarkEnd::new(range.id)));
            if let Some(c) = range.comment {
                let p = Paragraph::new().style(NORMAL).add_comment_end(c);
                children.push(DocumentChild::Paragraph(Box::new(p)));
            }
        }
    }
}

fn last_paragraph(t: &mut Table) -> Option<&mut Paragraph> {
    let TableChild::TableRow(row) = t.rows.last_mut()?;
    let TableRowChild::TableCell(cell) = row.cells.last_mut()?;
    cell.children.iter_mut().rev().find_map(|c| match c {
        TableCellContent::Paragraph(p) => Some(&mut **p),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &Paragraph) -> Vec<String> {
        p.children
            .iter()
            .map(|c| match c {
                ParagraphChild::BookmarkStart(s) => format!("start {} {}", s.id, s.name),
                ParagraphChild::BookmarkEnd(e) => format!("end {}", e.id),
                ParagraphChild::CommentStart(s) => format!("comment {}", s.id),
                ParagraphChild::CommentEnd(_) => "comment end".into(),
                _ => "run".into(),
            })
            .collect()
    }

    fn para(children: &[DocumentChild], i: usize) -> &Paragraph {
        match &children[i] {
            DocumentChild::Paragraph(p) => p,
            _ => panic!("not a paragraph"),
        }
    }

    #[test]
    fn starts_open_the_next_paragraph_and_ends_close_the_last_one() {
        let mut b = Bookmarks::default();
        let mut children = Vec::new();
        b.start("dfs_A");
        b.start("dfs_A_text");
        let mut p = Paragraph::new().add_run(docx_rs::Run::new().add_text("x"));
        b.attach(&mut p);
        children.push(DocumentChild::Paragraph(Box::new(p)));
        b.end("dfs_A_text", &mut children);
        b.end("dfs_A", &mut children);
        assert_eq!(
            names(para(&children, 0)),
            ["start 1 dfs_A", "start 2 dfs_A_text", "run", "end 2", "end 1"]
        );
    }

    #[test]
    fn a_comment_covers_its_range_inside_the_bookmark_and_is_dropped_without_text() {
        let mut b = Bookmarks::default();
        let mut children = Vec::new();
        b.start("dfs_A");
        let comment = b.start_commented("dfs_A_text");
        assert_eq!(comment, 3, "ids are shared with the bookmarks");
        let mut p = Paragraph::new().add_run(docx_rs::Run::new().add_text("x"));
        b.attach(&mut p);
        children.push(DocumentChild::Paragraph(Box::new(p)));
        b.end("dfs_A_text", &mut children);
        b.end("dfs_A", &mut children);
        assert_eq!(
            names(para(&children, 0)),
            [
                "start 1 dfs_A",
                "start 2 dfs_A_text",
                "comment 3",
                "run",
                "end 2",
                "comment end",
                "end 1"
            ]
        );
        // A commented range that never reaches a paragraph writes no comment.
        let never = b.start_commented("dfs_B_text");
        b.finish(&mut children);
        assert_eq!(b.comments(), [comment]);
        assert!(!b.comments().contains(&never));
        assert!(
            children[1..]
                .iter()
                .all(|c| matches!(c, DocumentChild::BookmarkStart(_) | DocumentChild::BookmarkEnd(_)))
        );
    }

    #[test]
    fn an_empty_range_is_a_point_and_unclosed_ranges_still_end() {
        let mut b = Bookmarks::default();
        let mut children = Vec::new();
        b.start("empty");
        b.end("empty", &mut children);
        b.end("never started", &mut children);
        let mut p = Paragraph::new();
        b.attach(&mut p);
        children.push(DocumentChild::Paragraph(Box::new(p)));
        assert_eq!(names(para(&children, 0)), ["start 1 empty", "end 1"]);
        b.start("open");
        b.finish(&mut children);
        assert!(matches!(children[1], DocumentChild::BookmarkStart(_)));
        assert!(matches!(children[2], DocumentChild::BookmarkEnd(_)));
        assert_eq!(b.count(), 2);
    }
}
