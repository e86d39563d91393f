//! The one safe reader for DOCX and PDF files that come from outside: the copies reviewers and
//! authorities return, and the reference documents that carry an authority's house style.
//!
//! Why it exists: such files are untrusted input. docx-rs's reader is internal to that crate,
//! panics on some files and hangs on others, so this crate reads the few things dfs-adopt needs
//! over `zip` and `roxmltree` (and `lopdf` for PDF), with every size capped:
//!
//! - [`Docx`]: a returned DOCX — its custom properties (workspace, version, fingerprint), the
//!   text each bookmark covers (each clause is bookmarked), its paragraphs, whether it carries
//!   tracked changes. Text reads as with all changes accepted. [`Docx::review`]: the reviewers'
//!   comments, replies, resolved state and tracked changes, each anchored on its clause.
//!   The body is walked once (`body.rs`); the bookmarks (`docx.rs`) and the review (`review.rs`)
//!   are read from that one walk.
//! - [`ReferenceDoc`]: a house-style DOCX — styles, fonts, colours, page size and margins,
//!   header and footer parts with their pictures (the letterhead).
//! - [`pdf_properties`]: a returned PDF's Info dictionary and dfs-adopt XMP properties.
//!
//! Nothing here panics on any input: the zip package is bounded in size, entry count, unpacked
//! bytes (counted while reading, not taken from headers) and compression ratio; XML with a DTD is
//! refused; trees are walked without recursion; and each reader runs under `catch_unwind` as a
//! last belt. Every refusal is a [`ReadError`] whose message says what was wrong and what to do.

mod body;
mod docx;
mod error;
mod package;
mod pdf;
mod reference;
mod review;
mod word;
mod xml;

pub use body::{ChangeKind, ParagraphText};
pub use docx::Docx;
pub use error::ReadError;
pub use pdf::{DFS_ADOPT_XMP_NS, MAX_PDF_BYTES, pdf_properties};
pub use reference::{Colours, Fonts, HeaderFooter, Media, PageSetup, ReferenceDoc, StyleDef, content_type};
pub use review::{Anchor, Reply, Review, ReviewComment, TrackedChange};
pub use xml::Relationship;

/// The largest DOCX, in bytes, that [`Docx::open`] and [`ReferenceDoc::parse`] accept.
pub const MAX_DOCX_BYTES: u64 = package::Limits::DEFAULT.max_input;
