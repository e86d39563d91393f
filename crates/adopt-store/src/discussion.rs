//! The open discussion: sessions, agenda, positions, resolutions, minute notes and action
//! items. Each change is one transaction with its history lines; a resolution and the decision
//! status it sets commit together.
//!
//! Participants' names (and action owners, which may be names) are never written into the
//! history, so removing them later ([`Store::anonymise_participants`], which also renders the
//! circulated versions again) leaves no copy behind in the append-only log.

mod actions;
mod anonymise;
mod positions;
mod rows;
mod sessions;
mod whole;

pub use rows::Topic;
pub(crate) use whole::{insert_discussion, load_discussion};
