//! Named ranges (`w:bookmarkStart` / `w:bookmarkEnd`) inside the paragraphs they cover.
//!
//! The model gives bookmarks as blocks between blocks: a start belongs to the next
//! paragraph-like block, an end to the previous one. Word writes bookmarks inside paragraphs,
//! and there they move with the text a reviewer edits around them, so a start is written at the
//! beginning of the next paragraph (the first cell paragraph of a table) and an end at the end
//! of the last paragraph written. Ids come from one counter in the model's order, shared with
//! the headings' `_Toc` bookmarks, so they are unique and the same document gets the same ids.

use docx_rs::{
    BookmarkEnd, BookmarkStart, DocumentChild, Paragraph, ParagraphChild, Table, TableCellContent, TableChild,
    TableRowChild,
};

use crate::text::escape;

#[derive(Default)]
pub struct Bookmarks {
    /// The last id handed out; ids start at 1.
    last_id: usize,
    /// Starts waiting for the next paragraph, then ends of ranges that were still waiting (an
    /// empty range becomes a point at the start of the next paragraph).
    pending: Vec<ParagraphChild>,
    /// Names of the ranges whose start is pending, with their ids.
    pending_names: Vec<(String, usize)>,
    /// Ranges started in a written paragraph and not yet ended.
    open: Vec<(String, usize)>,
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
        let id = self.next_id();
        // docx-rs writes names as given: escape them like every other attribute we write.
        self.pending
            .push(ParagraphChild::BookmarkStart(BookmarkStart::new(id, escape(name))));
        self.pending_names.push((name.to_string(), id));
    }

    /// A range ends after the last paragraph written (in `children`).
    pub fn end(&mut self, name: &str, children: &mut Vec<DocumentChild>) {
        if let Some(i) = self.pending_names.iter().position(|(n, _)| n == name) {
            // Nothing was written since the start: an empty range at the next paragraph.
            let (_, id) = self.pending_names.remove(i);
            self.pending.push(ParagraphChild::BookmarkEnd(BookmarkEnd::new(id)));
        } else if let Some(i) = self.open.iter().position(|(n, _)| n == name) {
            let (_, id) = self.open.remove(i);
            append_end(children, id);
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
    /// ranges at the end of the body, open ones after the last paragraph.
    pub fn finish(&mut self, children: &mut Vec<DocumentChild>) {
        for child in self.pending.drain(..) {
            match child {
                ParagraphChild::BookmarkStart(s) => children.push(DocumentChild::BookmarkStart(s)),
                ParagraphChild::BookmarkEnd(e) => children.push(DocumentChild::BookmarkEnd(e)),
                _ => {}
            }
        }
        for (_, id) in self.pending_names.drain(..) {
            children.push(DocumentChild::BookmarkEnd(BookmarkEnd::new(id)));
        }
        for (_, id) in std::mem::take(&mut self.open) {
            append_end(children, id);
        }
    }
}

/// A `w:bookmarkEnd` at the end of the last paragraph of the body (inside a table, the last
/// cell's last paragraph), or after the last block when there is no paragraph to hold it.
fn append_end(children: &mut Vec<DocumentChild>, id: usize) {
    let end = ParagraphChild::BookmarkEnd(BookmarkEnd::new(id));
    let last = match children.last_mut() {
        Some(DocumentChild::Paragraph(p)) => Some(&mut **p),
        Some(DocumentChild::Table(t)) => last_paragraph(t),
        _ => None,
    };
    match last {
        Some(p) => p.children.push(end),
        None => children.push(DocumentChild::BookmarkEnd(BookmarkEnd::new(id))),
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
