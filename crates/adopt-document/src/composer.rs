//! The block list of a document under construction: headings get outline numbers in document
//! order and unique anchors, and the clause number of each adopted item is kept for the
//! tables that refer back to it. Every part of the draft and the minutes writes through it.

use std::collections::{BTreeMap, BTreeSet};

use crate::input::section_bookmark;
use crate::model::*;
use crate::words::{EN, Words};

/// Builds the block list, numbering headings in outline order and keeping anchors unique.
pub(crate) struct Composer {
    /// The document language's words.
    pub(crate) words: &'static Words,
    /// Numbered as articles (« Article premier », « Article 2 »…), as French texts are,
    /// rather than as an outline (3, 3.1, 3.1.2).
    articles: bool,
    article_count: u32,
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

impl Default for Composer {
    fn default() -> Self {
        Composer::new(&EN)
    }
}

impl Composer {
    /// A composer writing `words`; French documents number their articles.
    pub(crate) fn new(words: &'static Words) -> Self {
        Composer {
            words,
            articles: words.language == adopt_domain::Language::Fr,
            article_count: 0,
            blocks: Vec::new(),
            counters: [0; 3],
            anchors: BTreeSet::new(),
            clause_numbers: BTreeMap::new(),
            open_section: None,
            comments: Vec::new(),
        }
    }

    /// A heading that is a provision of the text: a numbered section in outline numbering,
    /// an article when articles are numbered. Returns how tables refer to it ("2.1.3",
    /// « art. 7 »).
    pub(crate) fn provision(&mut self, level: u8, text: &str) -> String {
        if !self.articles {
            return self.numbered(level, text);
        }
        self.article_count += 1;
        let number = (self.words.article)(self.article_count);
        let level = level.clamp(1, 3);
        if level == 1 {
            self.close_section();
            let name = section_bookmark(&self.article_count.to_string());
            self.blocks.push(Block::BookmarkStart { name: name.clone() });
            self.open_section = Some(name);
        }
        let anchor = self.unique_anchor(format!("article-{}", self.article_count));
        self.blocks.push(Block::Heading(Heading {
            level,
            number: Some(number.clone()),
            text: text.to_string(),
            anchor,
            in_contents: level <= 2,
            redline: None,
        }));
        (self.words.article_short)(self.article_count)
    }

    /// A heading that groups provisions (a part, a group of requirements): numbered in outline
    /// numbering, a plain heading where articles carry the numbers.
    pub(crate) fn division(&mut self, level: u8, text: &str) {
        if self.articles {
            self.unnumbered(level, text);
        } else {
            self.numbered(level, text);
        }
    }

    fn unique_anchor(&mut self, base: String) -> String {
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.anchors.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        anchor
    }

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
        let anchor = self.unique_anchor(base);
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
