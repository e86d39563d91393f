//! The intermediate document model: what a draft says and how it is structured, with no idea
//! of recommendations (composition fills it) and no idea of file formats (renderers read it).
//!
//! Invariants the composition guarantees and renderers may rely on:
//! - numbered headings carry outline numbers ("3", "3.1", "3.1.2") that follow document order:
//!   a level-n number extends the last level-(n-1) number, so Word numbering reproduces them
//!   (in a redline, a wholly deleted heading keeps its old number and is left out of that order);
//! - heading anchors are unique;
//! - text is plain Unicode: renderers escape it for their format. `\n` in a span is a line break;
//! - bookmarks come in pairs: every [`Block::BookmarkStart`] has a later [`Block::BookmarkEnd`] of
//!   the same name, and names are unique. A start belongs to the next paragraph-like block (heading,
//!   paragraph, list item, table), an end to the previous one;
//! - a redline (a document compared with an earlier version) marks spans with a [`Revision`]. A
//!   paragraph, heading, list item or table row whose every span carries a revision of the same kind
//!   was itself inserted or deleted: renderers mark its paragraph mark (or row) too, so that
//!   accepting every change gives the new text and rejecting every change gives the old one. Spans
//!   without text (and cells without spans) do not count, unless no span has text;
//!   [`whole_revision`](crate::whole_revision) applies the rule. A text changed in part always
//!   keeps some unmarked text;
//! - every [`Comment`] names the range it sits on by a bookmark of the blocks, at most one
//!   comment per bookmark, in the order of their ranges.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// A whole document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub metadata: Metadata,
    pub page: PageSetup,
    /// Running header text on every page but the cover (the short title).
    pub header: String,
    /// Running footer text on every page (the draft marking); renderers add the page label.
    pub footer: String,
    /// The version line under the footer on every page: "Version 0.2 · 3f9a 1c2b 7d4e" for a
    /// circulated version, "Working draft — not circulated" otherwise.
    pub version_line: String,
    /// The page label with `{page}` and `{pages}` placeholders, e.g. "Page {page} of {pages}".
    pub page_label: String,
    /// The authorities' house style, when a reference document was given.
    pub house_style: Option<HouseStyle>,
    pub blocks: Vec<Block>,
    /// Remarks beside the text, not part of it (a decision's rationale beside its clause): DOCX
    /// writes them as Word comments; a renderer without margin notes leaves them out. Empty
    /// unless the caller asked for them, so a plain draft is unchanged.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
}

/// A remark on a range of the text, as a reviewer sees it in the margin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comment {
    /// The bookmark whose range the comment covers (a clause's text, `dfs_SIM_08_text`), so the
    /// comment moves with that text and needs no markers of its own.
    pub range: String,
    pub author: String,
    pub date: DateTime<Utc>,
    /// Plain text; each line is a paragraph of the comment.
    pub text: String,
}

/// Document properties, written into the file's metadata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metadata {
    pub title: String,
    pub subject: String,
    pub author: String,
    /// BCP 47 language tag, e.g. "en".
    pub language: String,
    pub keywords: Vec<String>,
    /// The document date; also the creation date in the metadata (never the clock).
    pub date: NaiveDate,
    /// Custom document properties, in order, e.g. ("dfs-adopt.version", "0.2"): DOCX writes them
    /// to `docProps/custom.xml`, PDF to its Info dictionary and XMP.
    pub properties: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PageSize {
    A4,
    Letter,
    /// Another size, taken from a reference document, in twips (1/1440 inch, Word's unit).
    Custom {
        width_twips: u32,
        height_twips: u32,
    },
}

impl PageSize {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::Letter => (215.9, 279.4),
            PageSize::Custom {
                width_twips,
                height_twips,
            } => (twips_to_mm(width_twips), twips_to_mm(height_twips)),
        }
    }
}

/// Twips (1/1440 inch) to millimetres.
pub fn twips_to_mm(twips: u32) -> f32 {
    twips as f32 * 25.4 / 1440.0
}

/// The authorities' house style, from their own Word template (a reference document), as far as
/// the format-free model carries it: both renderers follow its colours and letterhead; the page
/// size and margins are already in [`Document::page`]. The DOCX renderer also takes the
/// reference's styles and header and footer parts from the file itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HouseStyle {
    /// The reference document's file name, for messages.
    pub name: String,
    /// Colour of headings and of running text, as RGB.
    pub heading_colour: Option<[u8; 3]>,
    pub text_colour: Option<[u8; 3]>,
    /// The fonts the reference names for running text and headings.
    pub body_font: Option<String>,
    pub heading_font: Option<String>,
    /// Pictures of the letterhead, in the order the reference's header and footer show them.
    pub letterhead: Vec<LetterheadImage>,
}

/// One picture of a letterhead: drawn at the top (header) or bottom (footer) of every page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterheadImage {
    #[serde(skip)]
    pub bytes: Vec<u8>,
    pub format: ImageFormat,
    /// Size on the page in millimetres.
    pub width_mm: f32,
    pub height_mm: f32,
    /// In the footer rather than the header.
    pub in_footer: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ImageFormat {
    Png,
    Jpeg,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageSetup {
    pub size: PageSize,
    /// Margins in millimetres.
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub margin_left: f32,
    pub margin_right: f32,
}

impl PageSetup {
    pub fn new(size: PageSize) -> Self {
        PageSetup {
            size,
            margin_top: 25.0,
            margin_bottom: 25.0,
            margin_left: 25.0,
            margin_right: 25.0,
        }
    }
}

/// A block-level element, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// The cover page; always first, followed by a page break.
    Cover(Cover),
    /// A table of contents listing every heading with `in_contents` (levels 1 and 2 by default).
    TableOfContents {
        title: String,
    },
    Heading(Heading),
    Paragraph(Paragraph),
    List(List),
    Table(Table),
    /// One signature area per issuing authority.
    Signatures(Vec<Signatory>),
    PageBreak,
    /// Where a named range starts (a clause, its text, a section); DOCX writes a bookmark, so a
    /// reviewer's copy can be matched clause by clause even after Word renumbers its ids.
    BookmarkStart {
        name: String,
    },
    /// Where the named range started by the [`Block::BookmarkStart`] of the same name ends.
    BookmarkEnd {
        name: String,
    },
}

/// The cover page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cover {
    /// The draft marking, prominent, e.g. "DRAFT — for legal review".
    pub marking: String,
    /// The kind of instrument, e.g. "Joint Directive".
    pub instrument: String,
    pub title: String,
    /// The issuing authorities' full names, in order.
    pub issuers: Vec<String>,
    pub jurisdiction: String,
    /// Label and value lines under the title: version, reference, date...
    pub details: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heading {
    /// 1, 2 or 3.
    pub level: u8,
    /// Outline number ("3.1.2") for numbered headings; `None` for annexes, cover sections...
    pub number: Option<String>,
    pub text: String,
    /// Unique id, for bookmarks and links from the table of contents.
    pub anchor: String,
    /// Whether the table of contents lists it.
    pub in_contents: bool,
    /// In a redline, the heading's text with its changes; renderers draw these spans instead of
    /// `text` (which stays the new text, for the table of contents and bookmarks).
    pub redline: Option<Vec<Span>>,
}

/// How a paragraph looks; renderers map each to a named style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ParagraphStyle {
    /// Running text.
    Body,
    /// Quoted text set apart (indented), e.g. the catalog statement beside national wording.
    Quote,
    /// Smaller explanatory text: notes, captions, source references.
    Note,
    /// A field line in a clause: a bold label and its value ("Lead authority: LCA").
    Field,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    pub style: ParagraphStyle,
    pub content: Vec<Span>,
}

impl Paragraph {
    pub fn new(style: ParagraphStyle, content: Vec<Span>) -> Self {
        Paragraph { style, content }
    }

    pub fn body(text: impl Into<String>) -> Self {
        Paragraph::new(ParagraphStyle::Body, vec![Span::plain(text)])
    }

    /// The paragraph's text without emphasis.
    pub fn text(&self) -> String {
        self.content.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A run of text with inline emphasis.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// In a redline: inserted or deleted since the version compared to.
    pub revision: Option<Revision>,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: true,
            ..Span::default()
        }
    }
    pub fn italic(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            italic: true,
            ..Span::default()
        }
    }
    /// The same span marked as changed.
    pub fn revised(mut self, revision: Revision) -> Self {
        self.revision = Some(revision);
        self
    }
}

/// A change shown in a redline: what happened to the text, who made it and when (from the
/// history). DOCX writes it as a tracked change (`w:ins`, `w:del`), PDF draws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    pub kind: RevisionKind,
    pub author: String,
    pub date: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RevisionKind {
    Inserted,
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    pub ordered: bool,
    /// Each item is one paragraph of spans.
    pub items: Vec<Vec<Span>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Column headers and relative widths; the header row repeats on every page.
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub title: String,
    /// Share of the text width in percent; the columns of a table add up to 100.
    pub width: u8,
}

/// One table cell: spans that wrap inside the column.
pub type Cell = Vec<Span>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signatory {
    /// The authority's full name.
    pub authority: String,
    /// Lines to fill in by hand under the signature rule, e.g. "Name", "Title", "Date".
    pub lines: Vec<String>,
}
