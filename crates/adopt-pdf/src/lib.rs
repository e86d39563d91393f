//! Renders the draft adoption document ([`adopt_document::Document`]) to PDF: the file legal
//! reviewers print and circulate.
//!
//! It knows the document model and nothing else: not recommendations, workspaces, storage or
//! the user interface, and it must not depend on them. It reads no files and no clock at run
//! time: the fonts (Liberation Serif and Sans, SIL OFL 1.1, see `fonts/LICENSE`) are compiled
//! in, and the creation date comes from the document's metadata.
//!
//! Invariants:
//! - **Deterministic**: the same document gives the same bytes, in any process and after any
//!   other renders (font resource names are fixed, the file identifier is a hash of the file).
//! - **Total**: any text renders. Characters the fonts cannot draw (emoji, Hebrew, Arabic...)
//!   become a visible '?', control characters are dropped; nothing panics on input.
//! - **Nothing lost or cut off**: every line is placed within the margins; over-long words
//!   break between characters, table rows taller than a page split across pages. (Not
//!   guarded: a table header row or one signature block taller than a whole page.)
//! - **Self-contained output**: every font is embedded (subset), text is extractable in
//!   reading order, headings appear in the outline and the table of contents with the pages
//!   they are really on.
//! - **Linear**: layout is one pass over the blocks, O(size of the document).
//!
//! printpdf (0.12, drawing API only) writes pages and fonts; line breaking, pagination, tables,
//! the table of contents, the nested outline and the metadata it lacks are done here.

mod compose;
mod fonts;
mod layout;
mod table;
mod text;
mod write;

use adopt_document::Document;

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The page size and margins leave no usable page.
    #[error("the page setup cannot be printed: {0}. Change the margins in the document's page setup.")]
    PageSetup(String),
    /// An embedded font could not be read or subset: a defect of the build, not of the input.
    #[error(
        "a built-in font could not be used ({0}). This is a defect of this build of dfs-adopt, not of the document; please report it."
    )]
    Font(String),
    /// The PDF could not be assembled.
    #[error(
        "the PDF could not be written ({0}). This is a defect of dfs-adopt; please report it with the document that caused it."
    )]
    Write(String),
}

/// Renders `doc` to the bytes of a PDF file.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    fonts::init()?;
    let laid = layout::lay_out(doc)?;
    write::write(doc, &laid)
}
