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
//! - **House style**: a document's [`adopt_document::HouseStyle`] gives the colours of
//!   headings and running text (redline colours still win) and letterhead pictures on every
//!   page; without one, the bytes are those of a draft before house styles existed.
//! - **Self-contained output**: every font is embedded (subset), text is extractable in
//!   reading order, headings appear in the outline and the table of contents with the pages
//!   they are really on.
//! - **Archival and accessible**: PDF/A-2b (XMP identification, the sRGB output intent from
//!   `icc/`, printable links) and tagged towards PDF/UA-1: a structure tree of headings,
//!   paragraphs, lists, tables and contents links, with running headers, footers, dot
//!   leaders, repeated table headers and all graphics marked as artifacts.
//! - **Linear**: layout is one pass over the blocks, O(size of the document).
//! - **Comments are left out**: [`adopt_document::Document::comments`] are margin notes for
//!   reviewers working in Word (a decision's rationale beside its clause); the PDF is the
//!   printed record of the text and draws no notes. The body itself shows the rationale of
//!   items not adopted (Annex A), not that of adopted clauses, so the CLI refuses
//!   `--comments` with a PDF rather than drop them silently.
//!
//! printpdf (0.12, drawing API only) writes pages and fonts; line breaking, pagination, tables,
//! the table of contents, the nested outline and the metadata it lacks are done here.
//!
//! Modules, in the order a render goes through them:
//! - `fonts`: the embedded faces, their metrics, what text they can draw, subsetting; `nfc`
//!   the table that composes a letter and its combining mark;
//! - `text`: line breaking; `style`: how each kind of text looks;
//! - `layout`: measures the blocks and flows them onto pages, through `flow` (the position on
//!   the page and page breaks), with `cover`, `toc`, `table` and `signatures` placing their
//!   blocks; `page` holds what it produces (page geometry, drawn items, heading marks);
//!   `redline` how inserted and deleted text and change bars are drawn;
//! - `write`: the PDF bytes, from `resolve` (page numbers, header and footer filled in), `ops`
//!   (printpdf's operations per page, with the marked content each text sits in), `metadata`
//!   (information with the custom properties, the XMP packet from `xmp`, outline, output
//!   intent, file identifier, hashed with `hash`) and `structure` (the structure tree over
//!   the marked content, links attached to it), from the elements layout opened (`flow`);
//! - `letterhead`: the house style's pictures decoded, embedded once, arranged in a band of
//!   the margin (`resolve` picks the bands around the running header and footer);
//! - `house`: what the caller tells the user about a house style: [`font_uses`] and
//!   [`substituted_fonts`] (the PDF embeds only Liberation), [`check_letterhead`];
//! - `error`: [`PdfError`].

mod cover;
mod error;
mod flow;
mod fonts;
mod hash;
mod house;
mod layout;
mod letterhead;
mod metadata;
mod nfc;
mod ops;
mod page;
mod redline;
mod resolve;
mod signatures;
mod structure;
mod style;
mod table;
mod text;
mod toc;
mod write;
mod xmp;

use adopt_document::Document;

pub use error::PdfError;
pub use house::{FontRole, FontUse, check_letterhead, font_uses, substituted_fonts};

/// Renders `doc` to the bytes of a PDF file.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    fonts::init()?;
    let laid = layout::lay_out(doc)?;
    write::write(doc, &laid)
}
