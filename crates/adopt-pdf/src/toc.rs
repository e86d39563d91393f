//! The table of contents: entries measured with a number column per level, placed with room
//! kept for page numbers the writer fills in (so its height never depends on them), each entry
//! a link to its heading.

use adopt_document::Heading;

use crate::flow::Flow;
use crate::fonts::{self, Face};
use crate::page::{Item, Role};
use crate::style::{BODY, Style, TOC_ENTRY, heading_style};
use crate::text::{Frag, Line, break_lines};

/// The table of contents measured and broken into lines.
pub(crate) struct TocPrep {
    title: Vec<Line>,
    entries: Vec<TocEntry>,
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

/// Measures the title and entries: a number column per level, the titles broken into lines.
pub(crate) fn prepare(title: &str, headings: &[&Heading], width: f32) -> TocPrep {
    let title_style = heading_style(1);
    let title = break_lines(&[Frag::new(title, title_style.face)], title_style.size, width);
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
                    // Outline numbers ("3.1") are right-aligned so their digits line up; a
                    // label ("Article 2") starts at the column's edge, as a list of articles does.
                    num_x = if n.starts_with(|c: char| c.is_ascii_digit()) {
                        text_x - gap - w
                    } else {
                        col_x
                    };
                } else {
                    // Too wide for the column (not a real outline number): run it in.
                    inline = format!("{n} {}", h.text);
                    text = &inline;
                    number = None;
                }
            }
            let lines = break_lines(&[Frag::new(text, face)], st.size, width - text_x - number_room);
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
    TocPrep { title, entries }
}

/// Places the table of contents; the page numbers are filled in by the writer.
pub(crate) fn place(flow: &mut Flow, toc: &TocPrep) {
    let (title, entries) = (&toc.title, &toc.entries);
    let hs = heading_style(1);
    flow.start(hs.before, hs.leading * title.len() as f32 + TOC_ENTRY.leading * 2.0);
    flow.content(Role::H(1));
    flow.lines(title, 0.0, flow.g.width(), &hs);
    flow.pending = hs.after + 4.0;
    flow.open(Role::Toc);
    for e in entries {
        let st = e.style;
        // Each entry is one link: its number, title and page number.
        flow.open(Role::Toci);
        flow.content(Role::Link);
        // An entry is never split over two pages.
        flow.start(st.before, st.leading * e.lines.len().max(1) as f32);
        let top = flow.y;
        if let Some(n) = &e.number {
            flow.push(Item::Text {
                x: flow.g.left + e.num_x,
                y: top + st.baseline(),
                face: st.face,
                size: st.size,
                color: st.color,
                text: n.clone(),
                gap: 0.0,
            });
        }
        let width = flow.g.width() - e.text_x;
        flow.lines(&e.lines, e.text_x, width, &st);
        if e.lines.is_empty() {
            flow.y += st.leading;
        }
        let last_w = e.lines.last().map_or(0.0, |l| l.width);
        let y = flow.y - st.leading + st.baseline();
        flow.push(Item::PageRef {
            heading: e.heading,
            x_right: flow.g.right,
            y,
            face: st.face,
            size: st.size,
            leader_from: flow.g.left + e.text_x + last_w + 0.4 * st.size,
        });
        flow.push(Item::Link {
            x: flow.g.left + e.col_x,
            y: top,
            w: flow.g.width() - e.col_x,
            h: flow.y - top,
            heading: e.heading,
        });
        flow.close();
    }
    flow.close();
    flow.pending = BODY.after;
}
