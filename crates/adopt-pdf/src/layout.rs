//! Pagination: flows the document's blocks onto pages as positioned text, rules and fills.
//!
//! One pass over the blocks. Everything whose value is only known at the end (the page numbers
//! in the table of contents, "Page 3 of 12") is left as a reference and filled in by the
//! writer. The table of contents reserves a fixed-width column for its page numbers, so its own
//! height never depends on them: the pages found in this one pass are final.

use adopt_document::{Block, Cover, Document, Heading, ParagraphStyle, Signatory, Span};

use crate::PdfError;
use crate::fonts::{self, Face};
use crate::table::{self, TablePrep};
use crate::text::{Frag, Line, break_lines};

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Color {
    Gray(f32),
    Rgb(f32, f32, f32),
}

pub(crate) const INK: Color = Color::Gray(0.0);
/// Secondary text: notes, page furniture, labels.
pub(crate) const MUTED: Color = Color::Gray(0.3);
/// The draft marking on the cover: a dark red that still prints as a strong grey.
const MARKING: Color = Color::Rgb(0.62, 0.08, 0.08);

/// Something drawn on a page. Coordinates are points from the page's top-left corner; a text
/// `y` is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        color: Color,
        text: String,
        gap: f32,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Frame {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        color: Color,
    },
    /// The page number of heading `heading`, right-aligned at `x_right`, with a dot leader
    /// from `leader_from`.
    PageRef {
        heading: usize,
        x_right: f32,
        y: f32,
        face: Face,
        size: f32,
        leader_from: f32,
    },
    /// A link area to heading `heading`.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        heading: usize,
    },
}

#[derive(Debug, Default)]
pub(crate) struct Page {
    pub(crate) items: Vec<Item>,
    /// Cover pages carry no running header.
    pub(crate) cover: bool,
}

/// Where a heading landed: for the outline and the table of contents.
#[derive(Debug, Clone)]
pub(crate) struct Mark {
    pub(crate) level: u8,
    pub(crate) title: String,
    /// 0-based page index.
    pub(crate) page: usize,
    /// Top of the heading, from the page top.
    pub(crate) y: f32,
}

pub(crate) struct Laid {
    pub(crate) geometry: Geometry,
    pub(crate) pages: Vec<Page>,
    pub(crate) marks: Vec<Mark>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub(crate) w: f32,
    pub(crate) h: f32,
    pub(crate) left: f32,
    pub(crate) right: f32,
    pub(crate) top: f32,
    pub(crate) bottom: f32,
}

impl Geometry {
    pub(crate) fn width(&self) -> f32 {
        self.right - self.left
    }
    pub(crate) fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

fn geometry(doc: &Document) -> Result<Geometry, PdfError> {
    let s = &doc.page;
    let (w_mm, h_mm) = s.size.size_mm();
    let margins = [s.margin_top, s.margin_bottom, s.margin_left, s.margin_right];
    let bad = |why: &str| {
        PdfError::PageSetup(format!(
            "{why} (page {w_mm}×{h_mm} mm, margins top {} bottom {} left {} right {} mm)",
            s.margin_top, s.margin_bottom, s.margin_left, s.margin_right
        ))
    };
    if margins.iter().any(|m| !m.is_finite() || *m < 10.0) {
        return Err(bad(
            "every margin must be at least 10 mm: the running header and footer sit in them",
        ));
    }
    let g = Geometry {
        w: w_mm * MM,
        h: h_mm * MM,
        left: s.margin_left * MM,
        right: (w_mm - s.margin_right) * MM,
        top: s.margin_top * MM,
        bottom: (h_mm - s.margin_bottom) * MM,
    };
    if g.width() < 60.0 * MM || g.height() < 100.0 * MM {
        return Err(bad(
            "the margins leave too little room for text (at least 60 mm wide and 100 mm high are needed); reduce them",
        ));
    }
    Ok(g)
}

/// How a kind of text looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// The family's regular face; spans pick their emphasis within the family.
    pub(crate) face: Face,
    pub(crate) size: f32,
    pub(crate) leading: f32,
    pub(crate) color: Color,
    pub(crate) align: Align,
    pub(crate) before: f32,
    pub(crate) after: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Align {
    Left,
    Center,
    Justify,
}

impl Style {
    /// Baseline offset from the top of a line box: the font's ascent-descent box centred in
    /// the leading.
    pub(crate) fn baseline(&self) -> f32 {
        let m = fonts::metrics(self.face);
        (self.leading - (m.ascent + m.descent) * self.size) / 2.0 + m.ascent * self.size
    }
}

const fn style(face: Face, size: f32, leading: f32, align: Align, before: f32, after: f32) -> Style {
    Style {
        face,
        size,
        leading,
        color: INK,
        align,
        before,
        after,
    }
}

const BODY: Style = style(Face::Serif, 11.0, 15.0, Align::Justify, 0.0, 7.0);
const QUOTE: Style = style(Face::Serif, 10.5, 14.0, Align::Justify, 1.0, 7.0);
const NOTE: Style = Style {
    color: MUTED,
    ..style(Face::Serif, 9.0, 12.0, Align::Left, 0.0, 7.0)
};
const FIELD: Style = style(Face::Serif, 11.0, 15.0, Align::Left, 0.0, 3.0);
const LIST_ITEM: Style = style(Face::Serif, 11.0, 15.0, Align::Justify, 0.0, 3.0);
const TOC_ENTRY: Style = style(Face::Serif, 10.5, 14.0, Align::Left, 1.5, 0.0);
const SIG_NAME: Style = style(Face::SerifBold, 11.0, 14.0, Align::Left, 0.0, 0.0);

fn heading_style(level: u8) -> Style {
    match level {
        1 => style(Face::SansBold, 14.0, 18.0, Align::Left, 20.0, 8.0),
        2 => style(Face::SansBold, 12.0, 16.0, Align::Left, 15.0, 6.0),
        _ => style(Face::SansBold, 11.0, 15.0, Align::Left, 12.0, 4.0),
    }
}

/// Space kept between a list marker column and the item text.
const LIST_INDENT: f32 = 8.0 * MM;
const QUOTE_INDENT: f32 = 10.0 * MM;
const LIST_AFTER: f32 = 7.0;

/// A block measured and broken into lines, ready to be placed.
enum Prep<'a> {
    Cover(&'a Cover),
    Toc { title: Vec<Line>, entries: Vec<TocEntry> },
    Heading(HeadingPrep),
    Text(TextPrep),
    List(Vec<(String, TextPrep)>),
    Table(TablePrep),
    Signatures(SigPrep),
    PageBreak,
}

struct TextPrep {
    lines: Vec<Line>,
    /// Offset from the left margin.
    x: f32,
    width: f32,
    style: Style,
}

struct HeadingPrep {
    index: usize,
    /// "2.1 Title", for the outline: the viewer draws it, so any script is fine there.
    title: String,
    level: u8,
    number: Option<String>,
    /// Offset of the title from the left margin (the number hangs in front of it).
    indent: f32,
    lines: Vec<Line>,
    style: Style,
}

impl HeadingPrep {
    fn height(&self) -> f32 {
        self.lines.len().max(1) as f32 * self.style.leading
    }
}

struct TocEntry {
    heading: usize,
    number: Option<String>,
    /// Left edge of the entry's level.
    col_x: f32,
    /// Where the (right-aligned) number starts.
    num_x: f32,
    text_x: f32,
    lines: Vec<Line>,
    style: Style,
}

struct SigPrep {
    /// Width of one signature block; two sit side by side.
    col: f32,
    blocks: Vec<(Vec<Line>, Vec<String>)>,
}

/// Vertical layout of one signature block, shared by measuring and drawing.
const SIG_SPACE: f32 = 16.0 * MM;
const SIG_LINE_STEP: f32 = 9.0 * MM;
const SIG_LABEL: f32 = 8.0;

impl SigPrep {
    fn block_height(&self, b: &(Vec<Line>, Vec<String>)) -> f32 {
        b.0.len() as f32 * SIG_NAME.leading + SIG_SPACE + 12.0 + b.1.len() as f32 * SIG_LINE_STEP + 4.0
    }
    fn row_height(&self, row: &[(Vec<Line>, Vec<String>)]) -> f32 {
        row.iter().map(|b| self.block_height(b)).fold(0.0, f32::max)
    }
}

fn frags(spans: &[Span], family: Face) -> Vec<Frag<'_>> {
    spans
        .iter()
        .map(|s| Frag {
            text: &s.text,
            face: family.styled(s.bold, s.italic),
        })
        .collect()
}

/// A field line is "label: value"; when the composition gave no bold label, the text up to the
/// first colon is the label.
fn field_frags(spans: &[Span]) -> Vec<Frag<'_>> {
    if spans.iter().any(|s| s.bold) {
        return frags(spans, Face::Serif);
    }
    let mut out = Vec::new();
    let mut labelled = false;
    for s in spans {
        let face = Face::Serif.styled(false, s.italic);
        match s.text.find(':').filter(|_| !labelled) {
            Some(i) => {
                labelled = true;
                out.push(Frag {
                    text: &s.text[..=i],
                    face: Face::Serif.styled(true, s.italic),
                });
                out.push(Frag {
                    text: &s.text[i + 1..],
                    face,
                });
            }
            None => out.push(Frag { text: &s.text, face }),
        }
    }
    out
}

fn heading_title(h: &Heading) -> String {
    let text: String = h.text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match h.number.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => format!("{n} {text}"),
        _ => text,
    }
}

fn prepare<'a>(doc: &'a Document, g: &Geometry) -> Vec<Prep<'a>> {
    let width = g.width();
    let headings: Vec<&Heading> = doc
        .blocks
        .iter()
        .filter_map(|b| if let Block::Heading(h) = b { Some(h) } else { None })
        .collect();
    let mut heading_index = 0;
    doc.blocks
        .iter()
        .map(|block| match block {
            Block::Cover(c) => Prep::Cover(c),
            Block::TableOfContents { title } => prepare_toc(title, &headings, width),
            Block::Heading(h) => {
                let st = heading_style(h.level);
                let number = h
                    .number
                    .as_deref()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(|n| fonts::clean_line(n, st.face));
                // The number hangs before the title. A gap much over 0.8 em makes text
                // extraction (pdftotext) tear the number from its title, so it stays small.
                let mut number = number;
                let mut indent = number
                    .as_ref()
                    .map_or(0.0, |n| fonts::width(st.face, n, st.size) + 0.75 * st.size);
                // A number too wide to hang (not a real outline number) runs in with the text.
                let inline;
                let mut text = h.text.as_str();
                if indent > 0.3 * width {
                    inline = format!("{} {}", number.take().unwrap_or_default(), h.text);
                    text = &inline;
                    indent = 0.0;
                }
                let lines = break_lines(&[Frag { text, face: st.face }], st.size, width - indent);
                let prep = HeadingPrep {
                    index: heading_index,
                    title: heading_title(h),
                    level: h.level.clamp(1, 3),
                    number,
                    indent,
                    lines,
                    style: st,
                };
                heading_index += 1;
                Prep::Heading(prep)
            }
            Block::Paragraph(p) => {
                let (st, x, fr) = match p.style {
                    ParagraphStyle::Body => (BODY, 0.0, frags(&p.content, Face::Serif)),
                    ParagraphStyle::Quote => (QUOTE, QUOTE_INDENT, frags(&p.content, Face::Serif)),
                    ParagraphStyle::Note => (NOTE, 0.0, frags(&p.content, Face::Serif)),
                    ParagraphStyle::Field => (FIELD, 0.0, field_frags(&p.content)),
                };
                let w = if p.style == ParagraphStyle::Quote {
                    width - 2.0 * QUOTE_INDENT
                } else {
                    width
                };
                Prep::Text(TextPrep {
                    lines: break_lines(&fr, st.size, w),
                    x,
                    width: w,
                    style: st,
                })
            }
            Block::List(l) => Prep::List(
                l.items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let marker = if l.ordered {
                            format!("{}.", i + 1)
                        } else {
                            "\u{2022}".to_string()
                        };
                        let w = width - LIST_INDENT;
                        (
                            marker,
                            TextPrep {
                                lines: break_lines(&frags(item, Face::Serif), LIST_ITEM.size, w),
                                x: LIST_INDENT,
                                width: w,
                                style: LIST_ITEM,
                            },
                        )
                    })
                    .collect(),
            ),
            Block::Table(t) => Prep::Table(table::prepare(t, width)),
            Block::Signatures(s) => prepare_signatures(s, width),
            Block::PageBreak => Prep::PageBreak,
        })
        .collect()
}

fn prepare_toc<'a>(title: &str, headings: &[&Heading], width: f32) -> Prep<'a> {
    let title_style = heading_style(1);
    let title = break_lines(
        &[Frag {
            text: title,
            face: title_style.face,
        }],
        title_style.size,
        width,
    );
    let st = TOC_ENTRY;
    // A number column per level, as wide as its widest number (within reason), so titles
    // align. Numbers are right-aligned in it and the gap before the title is kept narrow:
    // a wider one reads as a column gutter to text extraction (pdftotext), which then tears
    // numbers from titles.
    let gap = 0.5 * st.size;
    let face_of = |lvl: usize| if lvl == 0 { Face::SerifBold } else { Face::Serif };
    let number_of = |h: &Heading, face: Face| {
        h.number
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| fonts::clean_line(n, face))
    };
    let mut num_col = [0.0f32; 3];
    for h in headings.iter().filter(|h| h.in_contents) {
        let lvl = usize::from(h.level.clamp(1, 3)) - 1;
        if let Some(n) = number_of(h, face_of(lvl)) {
            let w = fonts::width(face_of(lvl), &n, st.size) + gap;
            if w <= 0.2 * width {
                num_col[lvl] = num_col[lvl].max(w);
            }
        }
    }
    let indent = [0.0, num_col[0], num_col[0] + num_col[1]];
    // Room kept free on the right for page numbers up to five digits and the leader.
    let number_room = fonts::width(Face::Serif, "00000", st.size) + 3.0 * st.size;
    let entries = headings
        .iter()
        .enumerate()
        .filter(|(_, h)| h.in_contents)
        .map(|(i, h)| {
            let lvl = usize::from(h.level.clamp(1, 3)) - 1;
            let face = face_of(lvl);
            let col_x = indent[lvl];
            let mut number = number_of(h, face);
            let mut text_x = col_x;
            let mut num_x = col_x;
            let inline;
            let mut text = h.text.as_str();
            if let Some(n) = &number {
                let w = fonts::width(face, n, st.size);
                if w + gap <= num_col[lvl] {
                    text_x = col_x + num_col[lvl];
                    num_x = text_x - gap - w;
                } else {
                    // Too wide for the column (not a real outline number): run it in.
                    inline = format!("{n} {}", h.text);
                    text = &inline;
                    number = None;
                }
            }
            let lines = break_lines(&[Frag { text, face }], st.size, width - text_x - number_room);
            let style = Style {
                face,
                before: if lvl == 0 { 5.0 } else { st.before },
                ..st
            };
            TocEntry {
                heading: i,
                number,
                col_x,
                num_x,
                text_x,
                lines,
                style,
            }
        })
        .collect();
    Prep::Toc { title, entries }
}

fn prepare_signatures<'a>(s: &[Signatory], width: f32) -> Prep<'a> {
    let gap = 14.0 * MM;
    let col = if s.len() > 1 { (width - gap) / 2.0 } else { width * 0.55 };
    let blocks = s
        .iter()
        .map(|sig| {
            let lines = break_lines(
                &[Frag {
                    text: &sig.authority,
                    face: SIG_NAME.face,
                }],
                SIG_NAME.size,
                col,
            );
            // A label longer than half the column would leave no line to write on.
            let labels = sig
                .lines
                .iter()
                .map(|l| fonts::fit(&fonts::clean_line(l, Face::Sans), Face::Sans, SIG_LABEL, col / 2.0))
                .collect();
            (lines, labels)
        })
        .collect();
    Prep::Signatures(SigPrep { col, blocks })
}

/// Lays the document out on pages.
pub(crate) fn lay_out(doc: &Document) -> Result<Laid, PdfError> {
    let g = geometry(doc)?;
    let preps = prepare(doc, &g);
    let mut flow = Flow {
        g,
        pages: vec![Page::default()],
        y: g.top,
        pending: 0.0,
        fresh: true,
        break_next: false,
        marks: Vec::new(),
    };
    for (i, prep) in preps.iter().enumerate() {
        match prep {
            Prep::Cover(c) => flow.cover(c),
            Prep::Toc { title, entries } => flow.toc(title, entries),
            Prep::Heading(h) => {
                let keep = lead(&preps, i + 1, h.style.after);
                flow.heading(h, keep);
            }
            Prep::Text(t) => {
                flow.start(t.style.before, t.style.leading * t.lines.len().min(2) as f32);
                flow.lines(&t.lines, t.x, t.width, &t.style);
                flow.pending = t.style.after;
            }
            Prep::List(items) => {
                for (n, (marker, t)) in items.iter().enumerate() {
                    let before = if n == 0 {
                        BODY.after.max(t.style.before)
                    } else {
                        t.style.after
                    };
                    flow.start(before, t.style.leading * t.lines.len().clamp(1, 2) as f32);
                    // The marker hangs left of the text, right-aligned in its column.
                    let mw = fonts::width(Face::Serif, marker, t.style.size);
                    let mx = flow.g.left + t.x - 0.35 * t.style.size * 2.0 - mw;
                    let y = flow.y + t.style.baseline();
                    flow.push(Item::Text {
                        x: mx,
                        y,
                        face: Face::Serif,
                        size: t.style.size,
                        color: INK,
                        text: marker.clone(),
                        gap: 0.0,
                    });
                    flow.lines(&t.lines, t.x, t.width, &t.style);
                }
                flow.pending = LIST_AFTER;
            }
            Prep::Table(t) => flow.table(t),
            Prep::Signatures(s) => flow.signatures(s),
            Prep::PageBreak => flow.break_next = true,
        }
    }
    Ok(Laid {
        geometry: g,
        pages: flow.pages,
        marks: flow.marks,
    })
}

/// Height the start of block `i` needs on the page of a heading just above it (the heading
/// keeps with it): its first two lines, or the first row of a table, or a whole following
/// heading plus what that one keeps.
fn lead(preps: &[Prep<'_>], i: usize, after_heading: f32) -> f32 {
    match preps.get(i) {
        Some(Prep::Text(t)) => after_heading.max(t.style.before) + t.style.leading * t.lines.len().min(2) as f32,
        Some(Prep::List(items)) => items.first().map_or(0.0, |(_, t)| {
            after_heading.max(BODY.after) + t.style.leading * t.lines.len().clamp(1, 2) as f32
        }),
        Some(Prep::Table(t)) => after_heading.max(table::BEFORE) + t.start_height(),
        Some(Prep::Signatures(s)) => after_heading + s.blocks.chunks(2).next().map_or(0.0, |r| s.row_height(r)),
        Some(Prep::Heading(h)) => after_heading.max(h.style.before) + h.height() + lead(preps, i + 1, h.style.after),
        _ => 0.0,
    }
}

struct Flow {
    g: Geometry,
    pages: Vec<Page>,
    /// Current position from the page top.
    y: f32,
    /// Space owed after the previous block (collapses with the next block's space before).
    pending: f32,
    /// Nothing is in the body of the current page yet.
    fresh: bool,
    /// The next block starts a new page (after a cover or a page break).
    break_next: bool,
    marks: Vec<Mark>,
}

impl Flow {
    fn push(&mut self, item: Item) {
        self.fresh = false;
        self.pages.last_mut().expect("flow always has a page").items.push(item);
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.g.top;
        self.fresh = true;
        self.pending = 0.0;
    }

    /// Begins a block that needs `need` points together at its start: moves to a new page if
    /// they do not fit (unless the page is empty: then nothing would help).
    fn start(&mut self, before: f32, need: f32) {
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

    fn room(&self) -> f32 {
        self.g.bottom - self.y
    }

    /// Places lines at `x` (from the left margin) in a column `width` wide, breaking pages
    /// between lines; a last line never goes alone to the next page when two could.
    fn lines(&mut self, lines: &[Line], x: f32, width: f32, st: &Style) {
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
    fn line(&mut self, line: &Line, x: f32, y: f32, width: f32, st: &Style) {
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
                color: st.color,
                text: run.text.clone(),
                gap,
            });
        }
        if line.runs.is_empty() {
            // An empty line still occupies its space on the page.
            self.fresh = false;
        }
    }

    fn heading(&mut self, h: &HeadingPrep, keep: f32) {
        let st = h.style;
        self.start(st.before, h.height() + keep);
        let page = self.pages.len() - 1;
        self.marks.push(Mark {
            level: h.level,
            title: h.title.clone(),
            page,
            y: self.y,
        });
        debug_assert_eq!(self.marks.len() - 1, h.index);
        if let Some(n) = &h.number {
            let y = self.y + st.baseline();
            self.push(Item::Text {
                x: self.g.left,
                y,
                face: st.face,
                size: st.size,
                color: st.color,
                text: n.clone(),
                gap: 0.0,
            });
        }
        self.lines(&h.lines, h.indent, self.g.width() - h.indent, &st);
        if h.lines.is_empty() {
            self.y += st.leading;
        }
        self.pending = st.after;
    }

    fn cover(&mut self, c: &Cover) {
        if !self.fresh {
            self.new_page();
        }
        self.break_next = false;
        self.pages.last_mut().expect("a page").cover = true;
        let g = self.g;
        let w = g.width();

        // The marking: boxed, bold, at the very top, so nobody mistakes the draft for the act.
        let marking = fonts::clean_line(&c.marking, Face::SansBold);
        if !marking.is_empty() {
            let size = 14.0;
            let lines = break_lines(
                &[Frag {
                    text: &marking,
                    face: Face::SansBold,
                }],
                size,
                w - 16.0 * MM,
            );
            let st = Style {
                color: MARKING,
                ..style(Face::SansBold, size, 18.0, Align::Center, 0.0, 0.0)
            };
            let box_w = lines.iter().map(|l| l.width).fold(0.0, f32::max) + 16.0 * MM;
            let box_h = lines.len() as f32 * st.leading + 4.0 * MM;
            self.push(Item::Frame {
                x: g.left + (w - box_w) / 2.0,
                y: self.y,
                w: box_w,
                h: box_h,
                width: 1.2,
                color: MARKING,
            });
            self.y += 2.0 * MM;
            self.lines(&lines, 0.0, w, &st);
            self.y += 2.0 * MM + 38.0 * MM;
        } else {
            self.y += 40.0 * MM;
        }

        let centred = |face: Face, size: f32, leading: f32, color: Color| Style {
            color,
            ..style(face, size, leading, Align::Center, 0.0, 0.0)
        };
        let instrument = fonts::clean_line(&c.instrument, Face::Sans).to_uppercase();
        if !instrument.is_empty() {
            let st = centred(Face::Sans, 13.0, 17.0, MUTED);
            let lines = break_lines(
                &[Frag {
                    text: &instrument,
                    face: st.face,
                }],
                st.size,
                w,
            );
            self.lines(&lines, 0.0, w, &st);
            self.y += 6.0 * MM;
        }
        let st = centred(Face::SerifBold, 24.0, 30.0, INK);
        let lines = break_lines(
            &[Frag {
                text: &c.title,
                face: st.face,
            }],
            st.size,
            w * 0.9,
        );
        self.lines(&lines, w * 0.05, w * 0.9, &st);
        self.y += 8.0 * MM;
        let rule = 30.0 * MM;
        self.push(Item::Rule {
            x1: g.left + (w - rule) / 2.0,
            y1: self.y,
            x2: g.left + (w + rule) / 2.0,
            y2: self.y,
            width: 0.8,
            color: INK,
        });
        self.y += 10.0 * MM;
        let st = centred(Face::Serif, 13.0, 17.0, INK);
        for issuer in &c.issuers {
            let lines = break_lines(
                &[Frag {
                    text: issuer,
                    face: st.face,
                }],
                st.size,
                w * 0.9,
            );
            self.lines(&lines, w * 0.05, w * 0.9, &st);
            self.y += 2.0;
        }
        if !c.jurisdiction.trim().is_empty() {
            self.y += 5.0 * MM;
            let st = centred(Face::SerifItalic, 12.0, 16.0, INK);
            let lines = break_lines(
                &[Frag {
                    text: &c.jurisdiction,
                    face: st.face,
                }],
                st.size,
                w * 0.9,
            );
            self.lines(&lines, w * 0.05, w * 0.9, &st);
        }

        // Details: labels right-aligned against values, as a block at the foot of the cover.
        if !c.details.is_empty() {
            let label_st = style(Face::SansBold, 9.5, 16.0, Align::Left, 0.0, 0.0);
            let value_st = style(Face::Serif, 11.0, 16.0, Align::Left, 0.0, 0.0);
            let mid = g.left + w * 0.42;
            let gutter = 2.5 * MM;
            let value_w = g.right - mid - gutter;
            let rows: Vec<(String, Vec<Line>)> = c
                .details
                .iter()
                .map(|(label, value)| {
                    (
                        fonts::fit(
                            &fonts::clean_line(label, label_st.face),
                            label_st.face,
                            label_st.size,
                            mid - gutter - g.left,
                        ),
                        break_lines(
                            &[Frag {
                                text: value,
                                face: value_st.face,
                            }],
                            value_st.size,
                            value_w,
                        ),
                    )
                })
                .collect();
            let height: f32 = rows
                .iter()
                .map(|(_, v)| v.len().max(1) as f32 * value_st.leading)
                .sum::<f32>()
                + 4.0 * MM;
            let target = g.bottom - height;
            if self.y + 15.0 * MM <= target {
                self.y = target;
            } else {
                self.y += 15.0 * MM;
            }
            self.push(Item::Rule {
                x1: g.left,
                y1: self.y,
                x2: g.right,
                y2: self.y,
                width: 0.4,
                color: MUTED,
            });
            self.y += 4.0 * MM;
            for (label, value) in rows {
                if self.y + value_st.leading > g.bottom + 0.01 {
                    self.new_page();
                }
                let lw = fonts::width(label_st.face, &label, label_st.size);
                // Label and value share a baseline: the value's.
                let y = self.y + value_st.baseline();
                self.push(Item::Text {
                    x: mid - gutter - lw,
                    y,
                    face: label_st.face,
                    size: label_st.size,
                    color: MUTED,
                    text: label,
                    gap: 0.0,
                });
                if value.is_empty() {
                    self.y += value_st.leading;
                } else {
                    self.lines(&value, mid - g.left, value_w, &value_st);
                }
            }
        }
        self.break_next = true;
    }

    fn toc(&mut self, title: &[Line], entries: &[TocEntry]) {
        let hs = heading_style(1);
        self.start(hs.before, hs.leading * title.len() as f32 + TOC_ENTRY.leading * 2.0);
        self.lines(title, 0.0, self.g.width(), &hs);
        self.pending = hs.after + 4.0;
        for e in entries {
            let st = e.style;
            // An entry is never split over two pages.
            self.start(st.before, st.leading * e.lines.len().max(1) as f32);
            let top = self.y;
            if let Some(n) = &e.number {
                self.push(Item::Text {
                    x: self.g.left + e.num_x,
                    y: top + st.baseline(),
                    face: st.face,
                    size: st.size,
                    color: st.color,
                    text: n.clone(),
                    gap: 0.0,
                });
            }
            let width = self.g.width() - e.text_x;
            self.lines(&e.lines, e.text_x, width, &st);
            if e.lines.is_empty() {
                self.y += st.leading;
            }
            let last_w = e.lines.last().map_or(0.0, |l| l.width);
            let y = self.y - st.leading + st.baseline();
            self.push(Item::PageRef {
                heading: e.heading,
                x_right: self.g.right,
                y,
                face: st.face,
                size: st.size,
                leader_from: self.g.left + e.text_x + last_w + 0.4 * st.size,
            });
            self.push(Item::Link {
                x: self.g.left + e.col_x,
                y: top,
                w: self.g.width() - e.col_x,
                h: self.y - top,
                heading: e.heading,
            });
        }
        self.pending = BODY.after;
    }

    fn table(&mut self, t: &TablePrep) {
        if t.is_empty() {
            return;
        }
        self.start(table::BEFORE, t.start_height());
        let left = self.g.left;
        self.y = table::draw_header(t, left, self.y, &mut |i| self.push(i));
        let fresh_room = self.g.height() - t.header_height();
        for row in &t.rows {
            let total = row.line_count();
            let mut from = 0;
            loop {
                let at_top = (self.room() - fresh_room).abs() < 0.01;
                match table::plan_row(total - from, self.room(), fresh_room, at_top) {
                    table::Step::Whole => {
                        self.y = table::draw_row(t, row, from, total, left, self.y, &mut |i| self.push(i));
                        break;
                    }
                    table::Step::Split(k) => {
                        self.y = table::draw_row(t, row, from, from + k, left, self.y, &mut |i| self.push(i));
                        from += k;
                        self.continue_table(t);
                    }
                    table::Step::NextPage => self.continue_table(t),
                }
            }
        }
        self.pending = table::AFTER;
    }

    /// A table goes on over a page break: a new page, headed by the table's header row.
    fn continue_table(&mut self, t: &TablePrep) {
        self.new_page();
        let left = self.g.left;
        self.y = table::draw_header(t, left, self.y, &mut |i| self.push(i));
    }

    fn signatures(&mut self, s: &SigPrep) {
        let gap = self.g.width() - 2.0 * s.col;
        for (r, row) in s.blocks.chunks(2).enumerate() {
            let h = s.row_height(row);
            self.start(if r == 0 { 10.0 } else { 12.0 * MM }, h);
            let top = self.y;
            for (k, (name, labels)) in row.iter().enumerate() {
                let x = self.g.left + k as f32 * (s.col + gap);
                let mut y = top;
                for line in name {
                    self.line(line, x, y + SIG_NAME.baseline(), s.col, &SIG_NAME);
                    y += SIG_NAME.leading;
                }
                y += SIG_SPACE;
                // The signature line itself; the model's labels ("Name", "Date"...) follow.
                self.push(Item::Rule {
                    x1: x,
                    y1: y,
                    x2: x + s.col,
                    y2: y,
                    width: 0.6,
                    color: INK,
                });
                y += 12.0;
                for label in labels {
                    y += SIG_LINE_STEP;
                    let lw = fonts::width(Face::Sans, label, SIG_LABEL);
                    self.push(Item::Text {
                        x,
                        y,
                        face: Face::Sans,
                        size: SIG_LABEL,
                        color: MUTED,
                        text: label.clone(),
                        gap: 0.0,
                    });
                    self.push(Item::Rule {
                        x1: x + lw + 4.0,
                        y1: y + 1.0,
                        x2: x + s.col,
                        y2: y + 1.0,
                        width: 0.4,
                        color: MUTED,
                    });
                }
            }
            self.y = top + h;
        }
        self.pending = BODY.after;
    }
}
