//! The block list of a document under construction: headings get outline numbers in document
//! order and unique anchors, and the clause number of each adopted item is kept for the
//! tables that refer back to it. Every part of the draft and the minutes writes through it.

use std::collections::{BTreeMap, BTreeSet};

use crate::input::section_bookmark;
use crate::model::*;

/// Builds the block list, numbering headings in outline order and keeping anchors unique.
#[derive(Default)]
pub(crate) struct Composer {
    pub(crate) blocks: Vec<Block>,
    counters: [u32; 3],
    anchors: BTreeSet<String>,
    /// Clause number of each adopted item, for the tables that refer back to it.
    pub(crate) clause_numbers: BTreeMap<String, String>,
    /// The bookmark of the top-level numbered section being written.
    open_section: Option<String>,
    /// Comments on ranges of the blocks, in the order of their ranges.
    pub(crate) comments: Vec<Comment>,
}

impl Composer {
    /// A numbered heading; returns its number ("2.1.3").
    pub(crate) fn numbered(&mut self, level: u8, text: &str) -> String {
        let level = level.clamp(1, 3);
        let index = usize::from(level - 1);
        self.counters[index] += 1;
        for deeper in &mut self.counters[index + 1..] {
            *deeper = 0;
        }
        let number = self.counters[..=index]
            .iter()
            .map(|n| n.max(&1).to_string())
            .collect::<Vec<_>>()
            .join(".");
        self.heading(level, Some(number.clone()), text);
        number
    }

    pub(crate) fn unnumbered(&mut self, level: u8, text: &str) {
        self.heading(level, None, text);
    }

    fn heading(&mut self, level: u8, number: Option<String>, text: &str) {
        if level == 1 {
            self.close_section();
            if let Some(number) = &number {
                let name = section_bookmark(number);
                self.blocks.push(Block::BookmarkStart { name: name.clone() });
                self.open_section = Some(name);
            }
        }
        let base = match &number {
            Some(n) => format!("section-{}", n.replace('.', "-")),
            None => slug(text),
        };
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.anchors.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        self.blocks.push(Block::Heading(Heading {
            level,
            number,
            text: text.to_string(),
            anchor,
            in_contents: level <= 2,
            redline: None,
        }));
    }

    /// Ends the bookmark of the open top-level section, if any.
    pub(crate) fn close_section(&mut self) {
        if let Some(name) = self.open_section.take() {
            self.blocks.push(Block::BookmarkEnd { name });
        }
    }

    pub(crate) fn paragraph(&mut self, style: ParagraphStyle, content: Vec<Span>) {
        self.blocks.push(Block::Paragraph(Paragraph::new(style, content)));
    }
}

/// A table column: its header and its share of the text width in percent.
pub(crate) fn column(title: &str, width: u8) -> Column {
    Column {
        title: title.into(),
        width,
    }
}

fn slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() { "section".into() } else { slug }
}
