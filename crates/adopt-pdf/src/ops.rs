//! printpdf's operations for one resolved page: the letterhead's pictures, fills, frames and
//! rules, then the text in one text object, then link annotations.
//!
//! The page is tagged here too: pictures and graphics are artifacts, and each run of text is
//! a marked-content sequence, either an artifact (running header, footer, dot leaders) or the
//! content of a structure element with a marked-content identifier (MCID) that the structure
//! tree (`structure`) points back at.

use std::collections::BTreeMap;

use printpdf::{
    Actions, BorderArray, ColorArray, Destination, DictItem, FontId, HighlightingMode, Line as PdfLine, LinePoint,
    LinkAnnotation, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, TextItem, TextMatrix, XObjectTransform,
};

use crate::fonts::Face;
use crate::letterhead::image_id;
use crate::page::{Item, Node};
use crate::resolve::{Resolved, Tag};
use crate::style::{Color, Palette};

/// A page's operations and, for each MCID on it (its index), the structure element whose
/// content it marks.
pub(crate) struct PageOps {
    pub(crate) ops: Vec<Op>,
    pub(crate) mcids: Vec<usize>,
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

/// Begins an artifact of `kind` (`Pagination` or `Layout`), with its `subtype` if any.
fn artifact(kind: &str, subtype: Option<&str>) -> Op {
    let mut map = BTreeMap::new();
    map.insert("Type".to_string(), name(kind));
    if let Some(sub) = subtype {
        map.insert("Subtype".to_string(), name(sub));
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Artifact".into(),
        properties: DictItem::Dict { map },
    }
}

/// Begins the marked content a text of `tag` sits in; element content gets the next MCID.
fn begin(tag: Tag, structure: &[Node], mcids: &mut Vec<usize>) -> Op {
    match tag {
        Tag::Header => artifact("Pagination", Some("Header")),
        Tag::Footer => artifact("Pagination", Some("Footer")),
        Tag::Layout => artifact("Layout", None),
        Tag::Element(e) => {
            let role = structure.get(e).map_or("P", |n| n.role.name());
            let mut map = BTreeMap::new();
            map.insert("MCID".to_string(), DictItem::Int(mcids.len() as i64));
            mcids.push(e);
            Op::BeginMarkedContentWithProperties {
                tag: role.into(),
                properties: DictItem::Dict { map },
            }
        }
    }
}

/// Resource names are fixed per face: printpdf would otherwise draw them from its
/// process-wide counter and two renders of one document would differ.
pub(crate) fn font_id(face: Face) -> FontId {
    FontId(format!("F{}", face.index() + 1))
}

/// `c` as printpdf's colour; only resolved colours (see [`Palette::resolve`]) come here.
fn pdf_color(c: Color) -> printpdf::Color {
    match c {
        Color::Gray(v) => printpdf::Color::Greyscale(printpdf::Greyscale {
            percent: v,
            icc_profile: None,
        }),
        Color::Rgb(r, g, b) => printpdf::Color::Rgb(printpdf::Rgb {
            r,
            g,
            b,
            icc_profile: None,
        }),
        // Never reached (`ops` resolves every colour first); black is what they stand for
        // without a house style.
        Color::Text | Color::Heading => printpdf::Color::Greyscale(printpdf::Greyscale {
            percent: 0.0,
            icc_profile: None,
        }),
    }
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// printpdf operations for one page of height `ph`: the letterhead's pictures under
/// everything, graphics, then all text in one text object (in layout order, which is reading
/// order), then link areas. `structure` gives the element types text is tagged with.
pub(crate) fn ops(ph: f32, page: &Resolved, palette: &Palette, structure: &[Node]) -> PageOps {
    let Resolved {
        pictures,
        graphics,
        texts,
        links,
    } = page;
    let pdf_color = |c: Color| pdf_color(palette.resolve(c));
    let mut ops = Vec::with_capacity(pictures.len() + graphics.len() * 3 + texts.len() * 4 + 12);
    let mut mcids = Vec::new();
    // Pictures and graphics are decoration (letterhead, rules, borders, change bars): one
    // artifact around them all.
    let decorated = !pictures.is_empty() || !graphics.is_empty();
    if decorated {
        ops.push(artifact("Layout", None));
    }
    for p in pictures {
        // The image's unit square scaled to its size on the page, then moved into place.
        ops.push(Op::UseXobject {
            id: image_id(p.image),
            transform: XObjectTransform {
                translate_x: Some(Pt(p.x)),
                translate_y: Some(Pt(ph - p.y - p.h)),
                scale_x: Some(p.w),
                scale_y: Some(p.h),
                no_auto_scale: true,
                ..XObjectTransform::default()
            },
        });
    }
    for item in graphics {
        match item {
            Item::Fill { x, y, w, h, color } => {
                ops.push(Op::SetFillColor { col: pdf_color(*color) });
                let mut r = Rect::from_xywh(Pt(*x), Pt(ph - y - h), Pt(*w), Pt(*h));
                r.mode = Some(PaintMode::Fill);
                ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Frame {
                x,
                y,
                w,
                h,
                width,
                color,
            } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                let mut r = Rect::from_xywh(Pt(*x), Pt(ph - y - h), Pt(*w), Pt(*h));
                r.mode = Some(PaintMode::Stroke);
                ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: vec![point(*x1, ph - y1), point(*x2, ph - y2)],
                        is_closed: false,
                    },
                });
            }
            _ => {}
        }
    }
    if decorated {
        ops.push(Op::EndMarkedContent);
    }
    if !texts.is_empty() {
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut color: Option<Color> = None;
        let mut marked: Option<Tag> = None;
        for t in texts {
            if marked != Some(t.tag) {
                if marked.is_some() {
                    ops.push(Op::EndMarkedContent);
                }
                ops.push(begin(t.tag, structure, &mut mcids));
                marked = Some(t.tag);
            }
            if font != Some((t.face, t.size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(t.face)),
                    size: Pt(t.size),
                });
                font = Some((t.face, t.size));
            }
            // Compared once resolved: without a house style, text and headings are the same
            // black and need no colour change between them.
            let c = palette.resolve(t.color);
            if color != Some(c) {
                ops.push(Op::SetFillColor { col: pdf_color(c) });
                color = Some(c);
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(t.x), Pt(ph - t.y)),
            });
            ops.push(Op::ShowText {
                items: show(&t.text, t.gap, t.size),
            });
        }
        ops.push(Op::EndMarkedContent);
        ops.push(Op::EndTextSection);
    }
    for link in links {
        let dest = Destination::Xyz {
            page: link.page + 1,
            left: None,
            top: Some(link.top),
            zoom: None,
        };
        let link = LinkAnnotation::new(
            link.rect.clone(),
            Actions::go_to(dest),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            Some(ColorArray::Transparent),
            Some(HighlightingMode::Invert),
        );
        ops.push(Op::LinkAnnotation { link });
    }
    PageOps { ops, mcids }
}

/// Text items for one run; justified runs stretch each space by `gap` points. (Word spacing,
/// `Tw`, does not apply to the two-byte codes of embedded CID fonts, hence explicit offsets.)
fn show(text: &str, gap: f32, size: f32) -> Vec<TextItem> {
    if gap <= 0.0 || !text.contains(' ') {
        return vec![TextItem::Text(text.to_string())];
    }
    let offset = -gap / size * 1000.0;
    let mut items = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(' ') {
        items.push(TextItem::Text(rest[..=i].to_string()));
        items.push(TextItem::Offset(offset));
        rest = &rest[i + 1..];
    }
    if !rest.is_empty() {
        items.push(TextItem::Text(rest.to_string()));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn justified_runs_stretch_only_spaces() {
        let items = show("a b c", 2.0, 10.0);
        assert_eq!(items.len(), 5);
        assert_eq!(items[1], TextItem::Offset(-200.0));
        assert_eq!(show("abc", 2.0, 10.0), vec![TextItem::Text("abc".into())]);
    }
}
