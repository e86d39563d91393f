//! The draft adoption document, format-free.
//!
//! - [`model`]: the one intermediate document model both renderers (DOCX, PDF) read;
//! - [`template`]: template folders (manifest, Markdown prose with placeholders, glossary);
//!   `prose` fills and reads the prose parts, `glossary` holds the terms of Annex C;
//! - [`compose()`]: a workspace and its decisions, with a template, become a [`Document`]. It
//!   walks the template's parts; each generated part is written by its own module:
//!   `formalities` (cover, document control, signatures), `requirements` (the clauses),
//!   `implementation` (timeline, responsibilities), `annexes` (A to C), `discussion`
//!   (annexes D and E, and the minutes, [`compose_minutes`]) and `gap` (annex F, findings);
//!   they share `input` ([`DraftInput`], the markings), `context` (the prose placeholders),
//!   `composer` (the block list with outline numbers and anchors) and `dates`;
//! - [`compose_redline`] (`redline`): the draft compared with an earlier version, every change
//!   marked; [`accept_all`], [`reject_all`] and [`body_text`] read a redline back;
//! - `text` (feature `text`): a plain-text rendering of the model, for snapshot tests;
//! - `specimen` (feature `specimen`): a document using every element, for renderer tests and
//!   benchmarks.
//!
//! The two features are for tests, benchmarks and examples only: crates enable them in their
//! `[dev-dependencies]`, so the application never compiles them.
//!
//! Depends on the domain types only; renderers depend on this crate and never the reverse,
//! and nothing here knows a file format. The document date is an input: no clock is read.

mod annexes;
mod changes;
mod compose;
mod composer;
mod context;
mod dates;
mod discussion;
mod formalities;
mod gap;
mod glossary;
mod implementation;
mod input;
pub mod model;
mod prose;
mod redline;
mod requirements;
mod responses;
#[cfg(feature = "specimen")]
pub mod specimen;
pub mod template;
#[cfg(feature = "text")]
pub mod text;
mod typography;
mod words;

pub use compose::compose;
pub use dates::{long_date, long_date_in};
pub use discussion::{MINUTES_MARKING, MinutesInput, compose_minutes};
pub use glossary::{Glossary, Term};
pub use input::{
    COMMENT_AUTHOR, ChangeRow, ChangesSince, Circulation, DRAFT_MARKING, DraftInput, INCOMPLETE_MARKING, ItemFrench,
    PROPERTY_FINGERPRINT, PROPERTY_VERSION, PROPERTY_WORKSPACE, VersionRow, WORKING_DRAFT_LINE, clause_bookmark,
    clause_text_bookmark, section_bookmark, short_fingerprint,
};
pub use model::*;
pub use redline::{Attribution, Author, accept_all, body_text, compose_redline, reject_all, whole_revision};
pub use template::{Template, TemplateError, builtin_names};
