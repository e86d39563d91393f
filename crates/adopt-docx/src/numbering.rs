//! Numbering definitions (`word/numbering.xml`, through docx-rs): the outline numbering linked
//! to Heading 1–3, so Word renumbers clauses a reviewer inserts, and one definition per list.
//!
//! docx-rs always writes an abstract numbering 1 and a numbering 1 of its own: ours start at 2.

use docx_rs::{
    AbstractNumbering, Docx, Level, LevelJc, LevelOverride, LevelText, NumberFormat, Numbering, SpecialIndentType,
    Start,
};

use crate::measures::HEADING_INDENTS;
use crate::style_ids::HEADINGS;

/// The numbering instance the Heading 1–3 styles refer to.
pub const HEADING_NUM_ID: usize = 2;
const HEADING_ABSTRACT_ID: usize = 2;
const BULLET_ID: usize = 3;
const FIRST_ORDERED_ID: usize = 4;

/// Indent of list items and the room their bullet or number gets.
const LIST_LEFT: i32 = 720;
const LIST_HANGING: i32 = 425;

/// Allocates list numbering and adds the definitions to the document.
pub struct Lists {
    next_ordered: usize,
    bullets_used: bool,
}

impl Lists {
    pub fn new() -> Self {
        Lists {
            next_ordered: FIRST_ORDERED_ID,
            bullets_used: false,
        }
    }

    /// The numbering id for a bulleted list; all bulleted lists share one definition.
    pub fn bullets(&mut self, docx: Docx) -> (Docx, usize) {
        if self.bullets_used {
            return (docx, BULLET_ID);
        }
        self.bullets_used = true;
        let level = Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new("•"),
            LevelJc::new("left"),
        )
        .indent(
            Some(LIST_LEFT),
            Some(SpecialIndentType::Hanging(LIST_HANGING)),
            None,
            None,
        );
        let docx = docx
            .add_abstract_numbering(AbstractNumbering::new(BULLET_ID).add_level(level))
            .add_numbering(Numbering::new(BULLET_ID, BULLET_ID));
        (docx, BULLET_ID)
    }

    /// A fresh definition for an ordered list, so every ordered list starts again at 1 (in Word
    /// and in LibreOffice, which both continue lists that share a definition).
    pub fn ordered(&mut self, docx: Docx) -> (Docx, usize) {
        let id = self.next_ordered;
        self.next_ordered += 1;
        let level = Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        )
        .indent(
            Some(LIST_LEFT),
            Some(SpecialIndentType::Hanging(LIST_HANGING)),
            None,
            None,
        );
        let docx = docx
            .add_abstract_numbering(AbstractNumbering::new(id).add_level(level))
            .add_numbering(Numbering::new(id, id).add_override(LevelOverride::new(0).start(1)));
        (docx, id)
    }
}

/// The outline numbering "1", "1.1", "1.1.1" on Heading 1–3 (levels 4–9 continue the pattern
/// so Word's multilevel list dialog shows a complete definition).
pub fn add_heading_numbering(docx: Docx) -> Docx {
    let mut abs = AbstractNumbering::new(HEADING_ABSTRACT_ID);
    for lvl in 0..9 {
        let text: Vec<String> = (1..=lvl + 1).map(|i| format!("%{i}")).collect();
        let indent = HEADING_INDENTS.get(lvl).copied().unwrap_or(HEADING_INDENTS[2]) as i32;
        let mut level = Level::new(
            lvl,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new(text.join(".")),
            LevelJc::new("left"),
        )
        .indent(Some(indent), Some(SpecialIndentType::Hanging(indent)), None, None);
        if let Some(style) = HEADINGS.get(lvl) {
            level = level.paragraph_style(*style);
        }
        abs = abs.add_level(level);
    }
    docx.add_abstract_numbering(abs)
        .add_numbering(Numbering::new(HEADING_NUM_ID, HEADING_ABSTRACT_ID))
}

/// Whether Word's automatic outline numbering shows exactly the model's numbers for these
/// headings (level, number), unnumbered ones being outside the list. The model promises it;
/// when a number does not follow (a gap, a letter), the renderer writes the numbers as text.
pub fn numbers_reproducible<'a>(headings: impl IntoIterator<Item = (u8, Option<&'a str>)>) -> bool {
    let mut counters = [0u32; 3];
    for (level, number) in headings {
        let Some(number) = number else { continue };
        let l = usize::from(level.clamp(1, 3)) - 1;
        counters[l] += 1;
        for c in &mut counters[l + 1..] {
            *c = 0;
        }
        let expected: Vec<String> = counters[..=l].iter().map(u32::to_string).collect();
        if number != expected.join(".") {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_numbers_that_follow_document_order_are_reproducible() {
        let ok = [
            (1, Some("1")),
            (1, Some("2")),
            (2, Some("2.1")),
            (3, Some("2.1.1")),
            (3, Some("2.1.2")),
            (1, None),
            (1, Some("3")),
            (2, Some("3.1")),
        ];
        assert!(numbers_reproducible(ok));
        assert!(numbers_reproducible([(1, None), (2, None)]));
    }

    #[test]
    fn gaps_letters_and_orphans_are_not() {
        assert!(!numbers_reproducible([(1, Some("1")), (1, Some("3"))]));
        assert!(!numbers_reproducible([(1, Some("A"))]));
        assert!(!numbers_reproducible([(2, Some("1.1"))]));
        assert!(!numbers_reproducible([(1, Some("1")), (3, Some("1.1.1"))]));
    }
}
