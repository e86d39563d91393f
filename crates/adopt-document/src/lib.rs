//! The draft adoption document, format-free.
//!
//! - [`model`]: the one intermediate document model both renderers (DOCX, PDF) read;
//! - [`template`]: template folders (manifest, Markdown prose with placeholders, glossary);
//! - [`compose()`]: a workspace and its decisions, with a template, become a [`Document`];
//! - [`text`]: a plain-text rendering of the model, for snapshot tests and quick reading;
//! - [`specimen`]: a document using every element, for renderer tests and benchmarks.
//!
//! Depends on the domain types only; renderers depend on this crate and never the reverse,
//! and nothing here knows a file format. The document date is an input: no clock is read.

mod compose;
mod discussion;
mod gap;
mod glossary;
pub mod model;
mod prose;
pub mod specimen;
pub mod template;
pub mod text;

pub use compose::{DRAFT_MARKING, DraftInput, compose, long_date};
pub use discussion::{MINUTES_MARKING, MinutesInput, compose_minutes};
pub use gap::INCOMPLETE_MARKING;
pub use glossary::{Glossary, Term};
pub use model::*;
pub use template::{Template, TemplateError, builtin_names};
