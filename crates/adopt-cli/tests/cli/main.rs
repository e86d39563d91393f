//! The `dfs-adopt` command line as scripts use it: contract §1–§3 (commands, flags, exit codes,
//! JSON keys), and every refused command leaving the database exactly as it was.
//!
//! One test binary with a module per noun, so the tests link once.

mod catalog;
mod command_line;
mod comments;
mod common;
mod decide;
mod demo;
mod device;
mod discussion;
mod export;
mod full_disk;
mod language;
mod redline;
mod reference;
mod review;
mod survey;
mod sync;
mod verify;
mod version;
mod workspace;
