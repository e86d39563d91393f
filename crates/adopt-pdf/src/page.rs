//! The page as layout leaves it for the writer: its geometry (from the document's page setup),
//! the items drawn on it, and where each heading landed.

use adopt_document::Document;

use crate::error::PdfError;
use crate::fonts::Face;
use crate::style::Color;

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;

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
    /// For each item, the structure element its content belongs to (an index into
    /// [`Laid::structure`]); `None`: an artifact (a repeated table header, decoration).
    pub(crate) tags: Vec<Option<usize>>,
    /// Cover pages carry no running header.
    pub(crate) cover: bool,
}

/// The type of a structure element, a standard one of ISO 32000-1 (14.8.4), so that no role
/// map is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Document,
    /// A heading, level 1 to 3.
    H(u8),
    P,
    /// A list, numbered or with bullets.
    L {
        ordered: bool,
    },
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    /// A column header cell.
    TH,
    TD,
    Toc,
    Toci,
    Link,
}

impl Role {
    /// The structure type's name, as the content stream and the structure tree write it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H(1) => "H1",
            Role::H(2) => "H2",
            Role::H(_) => "H3",
            Role::P => "P",
            Role::L { .. } => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Toc => "TOC",
            Role::Toci => "TOCI",
            Role::Link => "Link",
        }
    }
}

/// A structure element: its type and the element it sits in (none for the root, element 0).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) role: Role,
    pub(crate) parent: Option<usize>,
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
    /// The logical structure, in reading order: element 0 is the document, each element
    /// comes after its parent and before its later siblings.
    pub(crate) structure: Vec<Node>,
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

/// The largest page side PDF readers accept (ISO 32000-1, annex C: 14 400 units).
const MAX_SIDE_MM: f32 = 5080.0;

/// The page geometry of `doc`, refused when the margins leave no usable page.
pub(crate) fn geometry(doc: &Document) -> Result<Geometry, PdfError> {
    let s = &doc.page;
    let (w_mm, h_mm) = s.size.size_mm();
    let margins = [s.margin_top, s.margin_bottom, s.margin_left, s.margin_right];
    let bad = |why: &str| {
        PdfError::PageSetup(format!(
            "{why} (page {w_mm}×{h_mm} mm, margins top {} bottom {} left {} right {} mm)",
            s.margin_top, s.margin_bottom, s.margin_left, s.margin_right
        ))
    };
    // A reference document can give any size; PDF readers show at most 200 inches a side.
    if !(w_mm.is_finite() && h_mm.is_finite()) || w_mm > MAX_SIDE_MM || h_mm > MAX_SIDE_MM {
        return Err(bad(
            "the page is larger than a PDF page can be (5080 mm, 200 inches, a side)",
        ));
    }
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
