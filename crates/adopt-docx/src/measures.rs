//! Lengths and the header fill that the style sheet, the outline numbering and the body's direct
//! formatting must agree on, in twips unless said otherwise.

use crate::page::Geometry;

/// Fill of header-row cells (light grey-blue: prints as a light grey).
pub const HEADER_FILL: &str = "D9E2F3";
/// Table borders: single lines of 0.5 pt (`w:sz` is in eighths of a point).
pub const BORDER_SIZE: usize = 4;

/// Left/right cell padding of our tables, in twips.
pub const CELL_PADDING: u32 = 85;
/// Gap between the two signature blocks of a row, in twips.
pub const SIGNATURE_GUTTER: u32 = 567;

/// Indents of the numbered heading levels (number at the margin, text after a hanging indent):
/// wide enough for "2.1.100".
pub const HEADING_INDENTS: [u32; 3] = [567, 851, 1134];

/// Width of one of the two signature blocks side by side.
pub fn signature_block_width(geometry: &Geometry) -> u32 {
    geometry.text_width.saturating_sub(SIGNATURE_GUTTER) / 2
}
