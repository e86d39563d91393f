//! The flow of blocks down the pages: the current position, the space owed between blocks,
//! and page breaks. Each kind of block places itself through it.

use crate::page::{Geometry, Item, Laid, Mark, Page};
use crate::redline;
use crate::style::{Align, Style};
use crate::text::Line;

/// Where layout stands: the pages so far and the position on the last one.
pub(crate) struct Flow {
    pub(crate) g: Geometry,
    pub(crate) pages: Vec<Page>,
    /// Current position from the page top.
    pub(crate) y: f32,
    /// Space owed after the previous block (collapses with the next block's space before).
    pub(crate) pending: f32,
    /// Nothing is in the body of the current page yet.
    pub(crate) fresh: bool,
    /// The next block starts a new page (after a cover or a page break).
    pub(crate) break_next: bool,
    pub(crate) marks: Vec<Mark>,
}

impl Flow {
    pub(crate) fn new(g: Geometry) -> Flow {
        Flow {
            g,
            pages: vec![Page::default()],
            y: g.top,
            pending: 0.0,
            fresh: true,
            break_next: false,
            marks: Vec::new(),
        }
    }

    /// The finished layout.
    pub(crate) fn finish(self) -> Laid {
        Laid {
            geometry: self.g,
            pages: self.pages,
            marks: self.marks,
        }
    }

    pub(crate) fn push(&mut self, item: Item) {
        self.fresh = false;
        self.pages.last_mut().expect("flow always has a page").items.push(item);
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.g.top;
        self.fresh = true;
        self.pending = 0.0;
    }

    /// Begins a block that needs `need` points together at its start: moves to a new page if
    /// they do not fit (unless the page is empty: then nothing would help).
    pub(crate) fn start(&mut self, before: f32, need: f32) {
        if std::mem::take(&mut self.break_next) && !self.fresh {
            self.new_page();
        }
        let gap = if self.fresh { 0.0 } else { self.pending.max(before) };
        let need = need.min(self.g.height());
        if !self.fresh && self.y + gap + need > self.g.bottom + 0.01 {
            self.new_page();
        } else {
            self.y += gap;
        }
        self.pending = 0.0;
    }

    pub(crate) fn room(&self) -> f32 {
        self.g.bottom - self.y
    }

    /// Places lines at `x` (from the left margin) in a column `width` wide, breaking pages
    /// between lines; a last line never goes alone to the next page when two could.
    pub(crate) fn lines(&mut self, lines: &[Line], x: f32, width: f32, st: &Style) {
        let n = lines.len();
        let mut on_page = 0;
        for (i, line) in lines.iter().enumerate() {
            let need = if n - i == 2 && on_page >= 2 {
                2.0 * st.leading
            } else {
                st.leading
            };
            if !self.fresh && self.y + need > self.g.bottom + 0.01 {
                self.new_page();
                on_page = 0;
            }
            self.line(line, self.g.left + x, self.y + st.baseline(), width, st);
            self.y += st.leading;
            on_page += 1;
        }
    }

    /// Draws one line with its baseline at `y`, starting at absolute `x`.
    pub(crate) fn line(&mut self, line: &Line, x: f32, y: f32, width: f32, st: &Style) {
        let (x0, gap) = match st.align {
            Align::Left => (x, 0.0),
            Align::Center => (x + (width - line.width) / 2.0, 0.0),
            Align::Justify => (x, line.justify_gap(width, st.size)),
        };
        for run in &line.runs {
            let rx = x0 + run.x + gap * run.spaces_before as f32;
            self.push(Item::Text {
                x: rx,
                y,
                face: run.face,
                size: st.size,
                color: redline::ink(run.change, st.color),
                text: run.text.clone(),
                gap,
            });
        }
        if line.changed() {
            let left = self.g.left;
            redline::marks(line, x0, gap, y, st, &mut |i| self.push(i));
            self.push(redline::bar(left, y - st.baseline(), st.leading));
        }
        if line.runs.is_empty() {
            // An empty line still occupies its space on the page.
            self.fresh = false;
        }
    }
}
