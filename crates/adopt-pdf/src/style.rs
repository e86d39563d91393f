//! How each kind of text looks on the page: face, size, leading, colour, alignment and the
//! space around it. Layout, tables, the table of contents and the writer share these.

use adopt_document::Document;

use crate::fonts::{self, Face};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Color {
    Gray(f32),
    Rgb(f32, f32, f32),
    /// Running text: black, or the house style's text colour. Resolved when drawn (see
    /// [`Palette`]), so layout never needs the house style.
    Text,
    /// Headings and the cover's title: black, or the house style's heading colour.
    Heading,
}

pub(crate) const INK: Color = Color::Text;
/// Headings, the table of contents' title and the cover's title.
pub(crate) const HEADING: Color = Color::Heading;
/// Secondary text: notes, page furniture, labels.
pub(crate) const MUTED: Color = Color::Gray(0.3);

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

pub(crate) const fn style(face: Face, size: f32, leading: f32, align: Align, before: f32, after: f32) -> Style {
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

pub(crate) const BODY: Style = style(Face::Serif, 11.0, 15.0, Align::Justify, 0.0, 7.0);
pub(crate) const QUOTE: Style = style(Face::Serif, 10.5, 14.0, Align::Justify, 1.0, 7.0);
pub(crate) const NOTE: Style = Style {
    color: MUTED,
    ..style(Face::Serif, 9.0, 12.0, Align::Left, 0.0, 7.0)
};
pub(crate) const FIELD: Style = style(Face::Serif, 11.0, 15.0, Align::Left, 0.0, 3.0);
pub(crate) const LIST_ITEM: Style = style(Face::Serif, 11.0, 15.0, Align::Justify, 0.0, 3.0);
pub(crate) const TOC_ENTRY: Style = style(Face::Serif, 10.5, 14.0, Align::Left, 1.5, 0.0);

pub(crate) fn heading_style(level: u8) -> Style {
    let st = match level {
        1 => style(Face::SansBold, 14.0, 18.0, Align::Left, 20.0, 8.0),
        2 => style(Face::SansBold, 12.0, 16.0, Align::Left, 15.0, 6.0),
        _ => style(Face::SansBold, 11.0, 15.0, Align::Left, 12.0, 4.0),
    };
    Style { color: HEADING, ..st }
}

/// The colours [`Color::Text`] and [`Color::Heading`] stand for in one document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Palette {
    text: Color,
    heading: Color,
}

/// Black: text and headings without a house style (the colour every draft had before house
/// styles, so such drafts keep their bytes).
const BLACK: Color = Color::Gray(0.0);

impl Palette {
    /// The palette of `doc`: the house style's colours where it sets them. Headings without a
    /// colour of their own take the text's, as Word's heading styles inherit Normal's.
    pub(crate) fn of(doc: &Document) -> Palette {
        let rgb = |c: [u8; 3]| {
            Color::Rgb(
                f32::from(c[0]) / 255.0,
                f32::from(c[1]) / 255.0,
                f32::from(c[2]) / 255.0,
            )
        };
        let style = doc.house_style.as_ref();
        let text = style.and_then(|s| s.text_colour).map_or(BLACK, rgb);
        let heading = style.and_then(|s| s.heading_colour).map_or(text, rgb);
        Palette { text, heading }
    }

    /// The colour `c` is drawn in.
    pub(crate) fn resolve(&self, c: Color) -> Color {
        match c {
            Color::Text => self.text,
            Color::Heading => self.heading,
            other => other,
        }
    }
}
