//! Renders the draft adoption document ([`adopt_document::Document`]) to a Word file (DOCX)
//! that legal reviewers open in Word or LibreOffice, restyle, print and circulate.
//!
//! The crate reads only the format-free document model: it knows nothing of recommendations,
//! the catalog, the store or the application, and must not depend on them. docx-rs builds the
//! body, numbering, header and footer; what it cannot express is written by hand (styles with
//! language and table header row, settings, document and custom properties, the comments with
//! their initials, the repeating-row flag, the order and ids of tracked changes).
//!
//! Invariants of every file [`render`] returns:
//! - it is a valid package: every part is well-formed XML; text is cleaned of characters
//!   XML 1.0 forbids and escaped; tabs and line feeds become `w:tab` / `w:br`;
//! - every paragraph names a style defined in `styles.xml` (Heading 1–3 carry outline levels
//!   and the automatic outline numbering, which reproduces the model's numbers);
//! - the table of contents is a real TOC field whose cached result lists the entries, with
//!   empty page numbers (PAGEREF fields) for Word to fill: no invented page numbers;
//! - data tables span the text width in the model's proportions; their header row repeats on
//!   every page; short rows stay whole, long rows may break across pages;
//! - every page's footer carries the marking, "Page X of Y" and the version line;
//! - the model's bookmarks sit inside the paragraphs they cover, with the headings' `_Toc`
//!   bookmarks, all ids unique; the custom properties are in `docProps/custom.xml`;
//! - revised spans are tracked changes (`w:ins`, `w:del`) with author and date; paragraphs,
//!   rows and contents entries inserted or deleted as a whole have their mark or row marked, so
//!   "accept all" gives the new text and "reject all" the old; a redline or a circulated
//!   version tracks the reader's own edits (`w:trackRevisions`);
//! - the model's comments are Word comments on the text of their bookmark's range:
//!   `w:commentRangeStart` / `w:commentRangeEnd` inside the bookmark, a reference run after the
//!   end, and `word/comments.xml` (author, initials, date, a paragraph per line) under the same
//!   id, which the document's relationships name; without comments that part stays empty;
//! - it is deterministic: the same document gives the same bytes (no clock, no random ids,
//!   fixed zip timestamps taken from the document date).
//!
//! [`render_with_reference`] writes the same document in the authorities' house style, as
//! pandoc's `--reference-doc` does: the reference's styles over ours (`house_styles`), its header
//! and footer with their pictures around ours (`letterhead`), its header and footer distances;
//! the page size and margins come with the model (`Document::page`), which the caller set from
//! the reference.
//!
//! Modules: `body` (paragraphs, lists, tables, TOC field, header and footer, with docx-rs),
//! `runs` (what a span becomes: a run, or a tracked change), `bookmarks` (named ranges in
//! paragraphs, and the comments on them), `comments` (the comments part), `revisions` (tracked-change ids and order, fixed after docx-rs),
//! `numbering` (heading outline and list numbering), `styles` (the style sheet) with
//! `style_xml` (its elements in schema order), `style_ids` (the style names every part uses),
//! `measures` (lengths the styles, numbering and body share), `page` (page geometry in twips),
//! `text` (XML-safe text), `package` (the zipped package, with the parts written by hand),
//! `word_xml` (reading and copying the reference's XML) and `error`.

mod body;
mod bookmarks;
mod comments;
mod error;
mod house_styles;
mod letterhead;
mod measures;
mod numbering;
mod package;
mod page;
mod revisions;
mod runs;
mod style_ids;
mod style_xml;
mod styles;
mod text;
mod word_xml;

use adopt_document::Document;
use adopt_office::ReferenceDoc;

pub use error::DocxError;

/// The document as a DOCX file.
pub fn render(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let geometry = page::Geometry::new(&doc.page);
    let body = body::build(doc, &geometry);
    let styles = styles::styles_xml(&doc.metadata.language, &geometry);
    let parts = package::parts(body.docx.build(), styles, &doc.metadata, &body.facts)?;
    package::zip_parts(&parts, &doc.metadata)
}

/// The document as a DOCX file in the house style of a reference document: its styles (fonts,
/// sizes, colours, spacing) over ours, its header and footer (the letterhead, pictures included)
/// with our running header and footer lines added below their content, its header and footer
/// distances. The page size and margins are the model's (`doc.page`, set from the reference).
pub fn render_with_reference(doc: &Document, reference: &ReferenceDoc) -> Result<Vec<u8>, DocxError> {
    let mut geometry = page::Geometry::new(&doc.page);
    if let Some(p) = &reference.page {
        geometry = geometry.with_header_footer(p.margin_header, p.margin_footer);
    }
    let body = body::build(doc, &geometry);
    // Our styles the reference lacks are written in its fonts and heading colour.
    let faces = styles::Faces {
        body: reference.fonts.body.as_deref().unwrap_or(styles::Faces::OURS.body),
        heading: reference
            .fonts
            .heading
            .as_deref()
            .unwrap_or(styles::Faces::OURS.heading),
        heading_colour: reference.colours.heading.as_deref(),
    };
    let styles = styles::styles_xml_with(&doc.metadata.language, &geometry, &faces);
    let house = house_styles::merge(&styles, reference)?;
    let mut parts = package::parts(body.docx.build(), house.xml, &doc.metadata, &body.facts)?;
    letterhead::apply(&mut parts, reference, &house.renamed)?;
    package::zip_parts(&parts, &doc.metadata)
}
