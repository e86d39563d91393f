//! printpdf's operations for one resolved page: the letterhead's pictures, fills, frames and
//! rules, then the text in one text object, then link annotations.

use printpdf::{
    Actions, BorderArray, ColorArray, Destination, FontId, HighlightingMode, Line as PdfLine, LinePoint,
    LinkAnnotation, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, TextItem, TextMatrix, XObjectTransform,
};

use crate::fonts::Face;
use crate::letterhead::image_id;
use crate::page::Item;
use crate::resolve::Resolved;
use crate::style::{Color, Palette};

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
/// order), then link areas.
pub(crate) fn ops(ph: f32, page: &Resolved, palette: &Palette) -> Vec<Op> {
    let Resolved {
        pictures,
        graphics,
        texts,
        links,
    } = page;
    let pdf_color = |c: Color| pdf_color(palette.resolve(c));
    let mut ops = Vec::with_capacity(pictures.len() + graphics.len() * 3 + texts.len() * 3 + 8);
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
    if !texts.is_empty() {
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut color: Option<Color> = None;
        for t in texts {
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
        ops.push(Op::EndTextSection);
    }
    for (rect, page, top) in links {
        let dest = Destination::Xyz {
            page: page + 1,
            left: None,
            top: Some(*top),
            zoom: None,
        };
        let link = LinkAnnotation::new(
            rect.clone(),
            Actions::go_to(dest),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            Some(ColorArray::Transparent),
            Some(HighlightingMode::Invert),
        );
        ops.push(Op::LinkAnnotation { link });
    }
    ops
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
