//! The flow of blocks down the pages: the current position, the space owed between blocks,
//! and page breaks. Each kind of block places itself through it, and opens the structure
//! elements (headings, paragraphs, lists, tables) its content is tagged with.

use crate::page::{Geometry, Item, Laid, Mark, Node, Page, Role};
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
    /// The structure elements so far; element 0 is the document.
    pub(crate) structure: Vec<Node>,
    /// The element new elements go into.
    container: usize,
    /// The element pushed items belong to; `None`: they are artifacts.
    pub(crate) tag: Option<usize>,
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
            structure: vec![Node {
                role: Role::Document,
                parent: None,
            }],
            container: 0,
            tag: None,
        }
    }

    /// The finished layout.
    pub(crate) fn finish(self) -> Laid {
        Laid {
            geometry: self.g,
            pages: self.pages,
            marks: self.marks,
            structure: self.structure,
        }
    }

    /// A new element in the current container.
    pub(crate) fn element(&mut self, role: Role) -> usize {
        self.structure.push(Node {
            role,
            parent: Some(self.container),
        });
        self.structure.len() - 1
    }

    /// Opens an element that holds other elements (a list, a table, a row): new elements go
    /// into it until [`Flow::close`].
    pub(crate) fn open(&mut self, role: Role) -> usize {
        let id = self.element(role);
        self.container = id;
        id
    }

    /// Closes the innermost open element.
    pub(crate) fn close(&mut self) {
        self.container = self.structure[self.container].parent.unwrap_or(0);
    }

    /// Opens an element that holds content: the items pushed next belong to it.
    pub(crate) fn content(&mut self, role: Role) -> usize {
        let id = self.element(role);
        self.tag = Some(id);
        id
    }

    pub(crate) fn push(&mut self, item: Item) {
        self.push_as(item, self.tag);
    }

    /// Pushes an item that belongs to element `tag` (`None`: an artifact).
    pub(crate) fn push_as(&mut self, item: Item, tag: Option<usize>) {
        self.fresh = false;
        let page = self.pages.last_mut().expect("flow always has a page");
        page.items.push(item);
        page.tags.push(tag);
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
