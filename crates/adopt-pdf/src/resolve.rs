//! Laid-out pages resolved into what is drawn, once the page count is known: the table of
//! contents' page numbers with their dot leaders, link targets, the running header, the
//! footer with its page label, and the letterhead's pictures in the margins around them.

use adopt_document::Document;
use printpdf::{Pt, Rect};

use crate::fonts::{self, Face};
use crate::letterhead::{Embedded, Natural, Placed, arrange};
use crate::page::{Geometry, Item, Laid, MM};
use crate::style::{Color, INK, MUTED};

/// Size of the running header and footer text.
const FURNITURE: f32 = 8.5;
/// Distance between the baselines of the footer's two lines.
const FURNITURE_LEADING: f32 = 10.5;

/// A text item after every deferred value is known.
pub(crate) struct Text {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) face: Face,
    pub(crate) size: f32,
    pub(crate) color: Color,
    pub(crate) text: String,
    pub(crate) gap: f32,
    pub(crate) tag: Tag,
}

/// What a text is in the tagged PDF: content of a structure element, or an artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Content of the structure element with this index.
    Element(usize),
    /// The running header, a pagination artifact.
    Header,
    /// The footer with the page label, a pagination artifact.
    Footer,
    /// Layout that is not content: dot leaders, a table header repeated on a later page.
    Layout,
}

impl Tag {
    fn of(element: Option<usize>) -> Tag {
        element.map_or(Tag::Layout, Tag::Element)
    }
}

/// A link area: where it is, the 0-based target page, the target's height from the page
/// bottom, the structure element it belongs to, and what it leads to (for readers that
/// speak the link).
pub(crate) struct LinkArea {
    pub(crate) rect: Rect,
    pub(crate) page: usize,
    pub(crate) top: f32,
    pub(crate) element: Option<usize>,
    pub(crate) target: String,
}

/// One page ready to draw: the letterhead's pictures, graphics, then text in reading order,
/// then link areas.
pub(crate) struct Resolved {
    pub(crate) pictures: Vec<Placed>,
    pub(crate) graphics: Vec<Item>,
    pub(crate) texts: Vec<Text>,
    pub(crate) links: Vec<LinkArea>,
}

/// Where the letterhead's pictures sit, the same on every page.
#[derive(Debug, Default)]
pub(crate) struct Letterhead {
    pictures: Vec<Placed>,
    /// The footer's rule when footer pictures stand above it; `None`: where it always is.
    footer_rule: Option<f32>,
}

/// Places the letterhead in the margins. Header pictures go between a printable inset from
/// the paper's top and the running header (the same band on every page, the cover included,
/// so the letterhead never moves); footer pictures go under the text area with the footer
/// lines below them, as the DOCX has our footer line below the reference's footer. Pictures
/// too large for their band are shrunk to fit it; none overlaps text or furniture.
pub(crate) fn letterhead(doc: &Document, g: &Geometry, embedded: &Embedded) -> Letterhead {
    let row = |in_footer: bool| -> Vec<Natural> {
        embedded
            .pictures
            .iter()
            .filter(|p| p.in_footer == in_footer)
            .copied()
            .collect()
    };
    let mut out = Letterhead::default();
    let header = row(false);
    if !header.is_empty() {
        let top = (0.25 * g.top).clamp(3.0 * MM, 10.0 * MM);
        let bottom = if fonts::clean_line(&doc.header, Face::Sans).is_empty() {
            g.top - 3.0 * MM
        } else {
            // Above the running header's capitals, with room to breathe.
            header_rule_y(g) - HEADER_DROP - FURNITURE * 0.9 - 2.0 * MM
        };
        out.pictures
            .extend(arrange(&header, g.left, g.width(), top, bottom - top));
    }
    let footer = row(true);
    if !footer.is_empty() {
        let has_footer = [&doc.page_label, &doc.footer, &doc.version_line]
            .iter()
            .any(|t| !fonts::clean_line(t, Face::Sans).is_empty());
        let lines = if fonts::clean_line(&doc.version_line, Face::Sans).is_empty() {
            ONE_LINE
        } else {
            ONE_LINE + FURNITURE_LEADING
        };
        let top = g.bottom + 3.0 * MM;
        let bottom = g.h - EDGE - if has_footer { lines + RULE_GAP } else { 0.0 };
        let mut placed = arrange(&footer, g.left, g.width(), top, bottom - top);
        if let Some(row_h) = placed.iter().map(|p| p.h).reduce(f32::max) {
            // Spare room goes above the row, up to a few millimetres, so that the pictures
            // and the footer lines stay together.
            let shift = ((bottom - top - row_h) / 2.0).clamp(0.0, 4.0 * MM);
            for p in &mut placed {
                p.y += shift;
            }
            if has_footer {
                out.footer_rule = Some(top + shift + row_h + RULE_GAP);
            }
            out.pictures.extend(placed);
        }
    }
    out
}

/// Room kept above the paper's edge, which many printers cannot reach.
const EDGE: f32 = 3.0 * MM;
/// Space between footer pictures and the footer's rule.
const RULE_GAP: f32 = 2.0 * MM;
/// From the rule to the bottom of one footer line.
const ONE_LINE: f32 = 3.5 + FURNITURE * 0.9 + 0.25 * FURNITURE;
/// From the running header's baseline down to its rule.
const HEADER_DROP: f32 = 3.5;

/// Page `i` of `laid`, with its furniture, its letterhead and every deferred value filled in.
pub(crate) fn page(doc: &Document, laid: &Laid, i: usize, letterhead: &Letterhead) -> Resolved {
    let g = laid.geometry;
    let page = &laid.pages[i];
    let mut graphics = Vec::new();
    let mut texts = Vec::new();
    let mut links = Vec::new();
    running_header(doc, &g, page.cover, &mut graphics, &mut texts);
    for (n, item) in page.items.iter().enumerate() {
        let element = page.tags.get(n).copied().flatten();
        match item {
            Item::Text {
                x,
                y,
                face,
                size,
                color,
                text,
                gap,
            } => texts.push(Text {
                x: *x,
                y: *y,
                face: *face,
                size: *size,
                color: *color,
                text: text.clone(),
                gap: *gap,
                tag: Tag::of(element),
            }),
            Item::PageRef {
                heading,
                x_right,
                y,
                face,
                size,
                leader_from,
            } => {
                let number = laid
                    .marks
                    .get(*heading)
                    .map_or(String::new(), |m| (m.page + 1).to_string());
                let nx = x_right - fonts::width(*face, &number, *size);
                if let Some(dots) = leader(*leader_from, nx - 0.4 * size, g.left, *size) {
                    texts.push(Text {
                        x: dots.0,
                        y: *y,
                        face: Face::Serif,
                        size: *size,
                        color: MUTED,
                        text: dots.1,
                        gap: 0.0,
                        tag: Tag::Layout,
                    });
                }
                texts.push(Text {
                    x: nx,
                    y: *y,
                    face: *face,
                    size: *size,
                    color: INK,
                    text: number,
                    gap: 0.0,
                    tag: Tag::of(element),
                });
            }
            Item::Link { x, y, w, h, heading } => {
                if let Some(m) = laid.marks.get(*heading) {
                    links.push(LinkArea {
                        rect: Rect::from_xywh(Pt(*x), Pt(g.h - y - h), Pt(*w), Pt(*h)),
                        page: m.page,
                        top: g.h - m.y,
                        element,
                        target: format!("{}, page {}", m.title, m.page + 1),
                    });
                }
            }
            other => graphics.push(other.clone()),
        }
    }
    footer(
        doc,
        &g,
        (i + 1, laid.pages.len()),
        letterhead.footer_rule,
        &mut graphics,
        &mut texts,
    );
    Resolved {
        pictures: letterhead.pictures.clone(),
        graphics,
        texts,
        links,
    }
}

fn furniture_rule(g: &Geometry, y: f32) -> Item {
    Item::Rule {
        x1: g.left,
        y1: y,
        x2: g.right,
        y2: y,
        width: 0.4,
        color: Color::Gray(0.55),
    }
}

fn furniture_text(x: f32, y: f32, text: String, tag: Tag) -> Text {
    Text {
        x,
        y,
        face: Face::Sans,
        size: FURNITURE,
        color: MUTED,
        text,
        gap: 0.0,
        tag,
    }
}

/// The running header, above a rule; not on cover pages.
fn running_header(doc: &Document, g: &Geometry, cover: bool, graphics: &mut Vec<Item>, texts: &mut Vec<Text>) {
    let header = fonts::clean_line(&doc.header, Face::Sans);
    if !cover && !header.is_empty() {
        let rule_y = header_rule_y(g);
        graphics.push(furniture_rule(g, rule_y));
        texts.push(furniture_text(
            g.left,
            rule_y - HEADER_DROP,
            fit(&header, g.width()),
            Tag::Header,
        ));
    }
}

fn header_rule_y(g: &Geometry) -> f32 {
    g.top - (g.top * 0.3).clamp(3.0 * MM, 7.0 * MM)
}

/// The footer below a rule: the footer text at the left, the page label at the right, and the
/// version line under the footer text (beside it when the bottom margin is too shallow for two
/// lines). The rule sits at `rule_at` when footer pictures stand above it.
fn footer(
    doc: &Document,
    g: &Geometry,
    (page, pages): (usize, usize),
    rule_at: Option<f32>,
    graphics: &mut Vec<Item>,
    texts: &mut Vec<Text>,
) {
    let label = fonts::clean_line(
        &doc.page_label
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string()),
        Face::Sans,
    );
    let footer = fonts::clean_line(&doc.footer, Face::Sans);
    let version = fonts::clean_line(&doc.version_line, Face::Sans);
    if label.is_empty() && footer.is_empty() && version.is_empty() {
        return;
    }
    let mut rule_gap = ((g.h - g.bottom) * 0.3).clamp(3.0 * MM, 7.0 * MM);
    // From the rule to the bottom of a second line, and the room above the paper's edge
    // (which many printers cannot reach).
    let two_lines_need = 3.5 + FURNITURE * 0.9 + FURNITURE_LEADING + 0.25 * FURNITURE;
    let (rule_y, two_lines) = match rule_at {
        // The footer pictures' band left room for the lines (see `letterhead`).
        Some(rule_y) => (
            rule_y,
            !version.is_empty() && rule_y + two_lines_need <= g.h - EDGE + 0.01,
        ),
        None => {
            let room = g.h - 3.0 * MM - g.bottom;
            let two_lines = !version.is_empty() && 3.0 * MM + two_lines_need <= room;
            if two_lines {
                rule_gap = rule_gap.min(room - two_lines_need);
            }
            (g.bottom + rule_gap, two_lines)
        }
    };
    let base = rule_y + 3.5 + FURNITURE * 0.9;
    graphics.push(furniture_rule(g, rule_y));
    // The label wins over the footer text, but never takes more than 60% of the line.
    let label = fit(&label, 0.6 * g.width());
    let label_w = fonts::width(Face::Sans, &label, FURNITURE);
    let mut footer_w = 0.0;
    if !footer.is_empty() {
        let footer = fit(&footer, g.width() - label_w - 6.0 * MM);
        footer_w = fonts::width(Face::Sans, &footer, FURNITURE);
        texts.push(furniture_text(g.left, base, footer, Tag::Footer));
    }
    if !label.is_empty() {
        texts.push(furniture_text(g.right - label_w, base, label, Tag::Footer));
    }
    if two_lines {
        texts.push(furniture_text(
            g.left,
            base + FURNITURE_LEADING,
            fit(&version, g.width()),
            Tag::Footer,
        ));
    } else if !version.is_empty() {
        let x = if footer.is_empty() {
            g.left
        } else {
            g.left + footer_w + 6.0 * MM
        };
        let room = g.right - label_w - 6.0 * MM - x;
        if room > 0.0 {
            texts.push(furniture_text(x, base, fit(&version, room), Tag::Footer));
        }
    }
}

/// `s` cut to `width` points of page furniture, with an ellipsis when cut.
fn fit(s: &str, width: f32) -> String {
    fonts::fit(s, Face::Sans, FURNITURE, width)
}

/// A dot leader between `from` and `to`: dots on a grid anchored at `origin`, so leaders on
/// successive lines line up. Returns the first dot's x and the text.
fn leader(from: f32, to: f32, origin: f32, size: f32) -> Option<(f32, String)> {
    let m = fonts::metrics(Face::Serif);
    let dot = m.advance('.') * size;
    let pitch = (m.advance('.') + m.advance(' ')) * size;
    let first = ((from - origin) / pitch).ceil();
    let last = ((to - dot - origin) / pitch).floor();
    if last < first + 1.0 {
        return None;
    }
    let n = (last - first) as usize + 1;
    let mut s = String::with_capacity(2 * n);
    for k in 0..n {
        if k > 0 {
            s.push(' ');
        }
        s.push('.');
    }
    Some((origin + first * pitch, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaders_sit_on_a_shared_grid() {
        fonts::init().unwrap();
        let (x1, s1) = leader(103.0, 400.0, 70.0, 10.0).unwrap();
        let (x2, _) = leader(151.3, 400.0, 70.0, 10.0).unwrap();
        let pitch = (fonts::metrics(Face::Serif).advance('.') + fonts::metrics(Face::Serif).advance(' ')) * 10.0;
        assert!(x1 >= 103.0 && x2 >= 151.3);
        let k = (x2 - x1) / pitch;
        assert!((k - k.round()).abs() < 1e-3);
        assert!(s1.starts_with(". .") && s1.ends_with('.'));
        assert!(leader(395.0, 400.0, 70.0, 10.0).is_none());
    }

    #[test]
    fn furniture_text_is_cut_with_an_ellipsis() {
        fonts::init().unwrap();
        let long = "A very long running footer that cannot possibly fit ".repeat(10);
        let cut = fit(&long, 200.0);
        assert!(cut.ends_with('\u{2026}'));
        assert!(fonts::width(Face::Sans, &cut, FURNITURE) <= 200.0 + 1e-3);
    }
}
