//! Layout: measures the document's blocks and flows them onto pages as positioned text, rules
//! and fills.
//!
//! One pass over the blocks. Each kind of block is measured, then placed on the `flow`: the
//! cover, the table of contents, tables and signatures by their own modules, headings,
//! paragraphs and lists here. Everything whose value is only known at the end (the page
//! numbers in the table of contents, "Page 3 of 12") is left as a reference and filled in by
//! the writer. The table of contents reserves a fixed-width column for its page numbers, so
//! its own height never depends on them: the pages found in this one pass are final.

use adopt_document::{Block, Cover, Document, Heading, ParagraphStyle, RevisionKind, Span, whole_revision};

use crate::cover;
use crate::error::PdfError;
use crate::flow::Flow;
use crate::fonts::{self, Face};
use crate::page::{Geometry, Item, Laid, MM, Mark, Role, geometry};
use crate::redline::{self, change};
use crate::signatures::{self, SigPrep};
use crate::style::{BODY, Color, FIELD, INK, LIST_ITEM, NOTE, QUOTE, Style, heading_style};
use crate::table::{self, TablePrep};
use crate::text::{Frag, Line, break_lines};
use crate::toc::{self, TocPrep};

/// Space kept between a list marker column and the item text.
const LIST_INDENT: f32 = 8.0 * MM;
const QUOTE_INDENT: f32 = 10.0 * MM;
const LIST_AFTER: f32 = 7.0;

/// A block measured and broken into lines, ready to be placed.
enum Prep<'a> {
    Cover(&'a Cover),
    Toc(TocPrep),
    Heading(HeadingPrep),
    Text(TextPrep),
    /// Whether the list is numbered; each item's marker ("1.", a bullet) in its colour (a
    /// redline's, for an item inserted or deleted whole), and its text.
    List(bool, Vec<(String, Color, TextPrep)>),
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

fn frags(spans: &[Span], family: Face) -> Vec<Frag<'_>> {
    spans
        .iter()
        .map(|s| Frag {
            text: &s.text,
            face: family.styled(s.bold, s.italic),
            change: change(s),
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
        let change = change(s);
        match s.text.find(':').filter(|_| !labelled) {
            Some(i) => {
                labelled = true;
                out.push(Frag {
                    text: &s.text[..=i],
                    face: Face::Serif.styled(true, s.italic),
                    change,
                });
                out.push(Frag {
                    text: &s.text[i + 1..],
                    face,
                    change,
                });
            }
            None => out.push(Frag {
                text: &s.text,
                face,
                change,
            }),
        }
    }
    out
}

fn heading_title(h: &Heading) -> String {
    let text: String = h.text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    // Runs of spaces become one, but a no-break space (French « : », « ; ») stays as it is.
    let text = text
        .split(|c: char| c.is_whitespace() && !fonts::is_no_break_space(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    match h.number.as_deref().map(str::trim) {
        // A deleted heading's old number would clash with the new one in the outline.
        Some(n) if !n.is_empty() && deletion(h).is_none() => format!("{n} {text}"),
        _ => text,
    }
}

/// The deleted span a heading deleted as a whole opens with (a redline keeps its old number).
fn deletion(h: &Heading) -> Option<&Span> {
    let spans = h.redline.as_deref()?;
    (whole_revision(spans) == Some(RevisionKind::Deleted))
        .then(|| spans.iter().find(|s| s.revision.is_some()))
        .flatten()
}

/// Measures a heading. In a redline its changed text (`redline`) is drawn; the outline keeps
/// the new text.
fn prepare_heading(h: &Heading, index: usize, width: f32) -> HeadingPrep {
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
    // The heading keeps its own face whatever the emphasis of its redline spans.
    let mut text: Vec<Frag<'_>> = match &h.redline {
        Some(spans) => spans
            .iter()
            .map(|s| Frag {
                text: &s.text,
                face: st.face,
                change: change(s),
            })
            .collect(),
        None => vec![Frag::new(&h.text, st.face)],
    };
    // A number too wide to hang (not a real outline number) runs in with the text, as does a
    // deleted heading's old number, struck through with it.
    let inline;
    let deleted = deletion(h).filter(|_| number.is_some());
    if indent > 0.3 * width || deleted.is_some() {
        inline = format!("{} ", number.take().unwrap_or_default());
        let frag = match deleted {
            Some(span) => Frag {
                text: &inline,
                face: st.face,
                change: change(span),
            },
            None => Frag::new(&inline, st.face),
        };
        text.insert(0, frag);
        indent = 0.0;
    }
    let lines = break_lines(&text, st.size, width - indent);
    HeadingPrep {
        index,
        title: heading_title(h),
        level: h.level.clamp(1, 3),
        number,
        indent,
        lines,
        style: st,
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
        .filter_map(|block| {
            Some(match block {
                Block::Cover(c) => Prep::Cover(c),
                Block::TableOfContents { title } => Prep::Toc(toc::prepare(title, &headings, width)),
                Block::Heading(h) => {
                    let prep = prepare_heading(h, heading_index, width);
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
                    l.ordered,
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
                                redline::ink(redline::whole(item), INK),
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
                Block::Signatures(s) => Prep::Signatures(signatures::prepare(s, width)),
                Block::PageBreak => Prep::PageBreak,
                // Bookmarks are named ranges for DOCX readers; the PDF's destinations are the
                // headings.
                Block::BookmarkStart { .. } | Block::BookmarkEnd { .. } => return None,
            })
        })
        .collect()
}

/// Lays the document out on pages.
pub(crate) fn lay_out(doc: &Document) -> Result<Laid, PdfError> {
    let g = geometry(doc)?;
    let preps = prepare(doc, &g);
    let mut flow = Flow::new(g);
    for (i, prep) in preps.iter().enumerate() {
        match prep {
            Prep::Cover(c) => cover::place(&mut flow, c),
            Prep::Toc(t) => toc::place(&mut flow, t),
            Prep::Heading(h) => {
                let keep = lead(&preps, i + 1, h.style.after);
                place_heading(&mut flow, h, keep);
            }
            Prep::Text(t) => {
                flow.content(Role::P);
                flow.start(t.style.before, t.style.leading * t.lines.len().min(2) as f32);
                flow.lines(&t.lines, t.x, t.width, &t.style);
                flow.pending = t.style.after;
            }
            Prep::List(ordered, items) => {
                flow.open(Role::L { ordered: *ordered });
                for (n, (marker, marker_color, t)) in items.iter().enumerate() {
                    flow.open(Role::LI);
                    flow.content(Role::Lbl);
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
                        color: *marker_color,
                        text: marker.clone(),
                        gap: 0.0,
                    });
                    flow.content(Role::LBody);
                    flow.lines(&t.lines, t.x, t.width, &t.style);
                    flow.close();
                }
                flow.close();
                flow.pending = LIST_AFTER;
            }
            Prep::Table(t) => table::place(&mut flow, t),
            Prep::Signatures(s) => signatures::place(&mut flow, s),
            Prep::PageBreak => flow.break_next = true,
        }
    }
    Ok(flow.finish())
}

/// Height the start of block `i` needs on the page of a heading just above it (the heading
/// keeps with it): its first two lines, or the first row of a table, or a whole following
/// heading plus what that one keeps.
fn lead(preps: &[Prep<'_>], i: usize, after_heading: f32) -> f32 {
    match preps.get(i) {
        Some(Prep::Text(t)) => after_heading.max(t.style.before) + t.style.leading * t.lines.len().min(2) as f32,
        Some(Prep::List(_, items)) => items.first().map_or(0.0, |(_, _, t)| {
            after_heading.max(BODY.after) + t.style.leading * t.lines.len().clamp(1, 2) as f32
        }),
        Some(Prep::Table(t)) => after_heading.max(table::BEFORE) + t.start_height(),
        Some(Prep::Signatures(s)) => after_heading + s.blocks.chunks(2).next().map_or(0.0, |r| s.row_height(r)),
        Some(Prep::Heading(h)) => after_heading.max(h.style.before) + h.height() + lead(preps, i + 1, h.style.after),
        _ => 0.0,
    }
}

/// Places a heading with `keep` points of what follows it, and marks where it landed.
fn place_heading(flow: &mut Flow, h: &HeadingPrep, keep: f32) {
    let st = h.style;
    flow.content(Role::H(h.level));
    flow.start(st.before, h.height() + keep);
    let page = flow.pages.len() - 1;
    flow.marks.push(Mark {
        level: h.level,
        title: h.title.clone(),
        page,
        y: flow.y,
    });
    debug_assert_eq!(flow.marks.len() - 1, h.index);
    if let Some(n) = &h.number {
        let y = flow.y + st.baseline();
        flow.push(Item::Text {
            x: flow.g.left,
            y,
            face: st.face,
            size: st.size,
            color: st.color,
            text: n.clone(),
            gap: 0.0,
        });
    }
    flow.lines(&h.lines, h.indent, flow.g.width() - h.indent, &st);
    if h.lines.is_empty() {
        flow.y += st.leading;
    }
    flow.pending = st.after;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outline_title_keeps_its_no_break_spaces_and_joins_other_runs() {
        let h = Heading {
            level: 1,
            number: Some("Article 2".into()),
            text: "Champ  d’application\u{a0}: «\u{a0}SFN\u{a0}»\u{202f}?\n".into(),
            anchor: "article-2".into(),
            in_contents: true,
            redline: None,
        };
        assert_eq!(
            heading_title(&h),
            "Article 2 Champ d’application\u{a0}: «\u{a0}SFN\u{a0}»\u{202f}?"
        );
    }
}
