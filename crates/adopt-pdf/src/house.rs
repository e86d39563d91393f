//! What the PDF makes of a house style, for the caller to tell the user before or after an
//! export: which embedded font draws each font the reference document names, and whether its
//! letterhead pictures can be drawn at all.
//!
//! The PDF embeds only the Liberation faces: running text in Liberation Serif, headings and
//! page furniture in Liberation Sans, whatever the reference names. Colours, page size,
//! margins and the letterhead do follow the reference (see `style`, `page`, `letterhead`).

use std::fmt;

use adopt_document::HouseStyle;

use crate::error::PdfError;
use crate::letterhead;

/// What the reference document uses a font for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontRole {
    /// Running text (Word's Normal style).
    Body,
    /// Headings (Word's Heading 1, or Title).
    Headings,
}

impl FontRole {
    fn words(self) -> &'static str {
        match self {
            FontRole::Body => "running text",
            FontRole::Headings => "headings",
        }
    }
}

/// A font the reference document names, and the embedded font the PDF draws that text with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontUse {
    pub role: FontRole,
    /// As the reference names it, e.g. "Times New Roman".
    pub named: String,
    /// The family the PDF draws with: "Liberation Serif" or "Liberation Sans".
    pub drawn_with: &'static str,
    /// `named` is `drawn_with` itself or has the same character widths (Times New Roman and
    /// Liberation Serif; Arial, Helvetica and Liberation Sans), so lines break as in Word.
    pub metric_compatible: bool,
}

impl FontUse {
    /// The PDF draws this text with another font than the one named: the export should say so.
    pub fn substituted(&self) -> bool {
        key(&self.named) != key(self.drawn_with)
    }
}

impl fmt::Display for FontUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (named, role, drawn) = (&self.named, self.role.words(), self.drawn_with);
        if !self.substituted() {
            write!(f, "{named} ({role}) is embedded in the PDF")
        } else if self.metric_compatible {
            write!(
                f,
                "{named} ({role}) is drawn with {drawn} in the PDF (metric-compatible: same widths, same line breaks)"
            )
        } else {
            write!(
                f,
                "{named} ({role}) is not embedded in the PDF; it is drawn with {drawn}"
            )
        }
    }
}

/// Families with Liberation Serif's widths, and Liberation Sans's (normalised by [`key`]).
const SERIF_TWINS: [&str; 7] = [
    "liberationserif",
    "timesnewroman",
    "timesnewromanpsmt",
    "times",
    "timesroman",
    "tinos",
    "nimbusroman",
];
const SANS_TWINS: [&str; 6] = ["liberationsans", "arial", "arialmt", "helvetica", "arimo", "nimbussans"];

/// A font name compared without case, spaces or punctuation ("Times New Roman" = "TimesNewRoman").
fn key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn font_use(role: FontRole, named: &str) -> FontUse {
    let (drawn_with, twins): (&'static str, &[&str]) = match role {
        FontRole::Body => ("Liberation Serif", &SERIF_TWINS),
        FontRole::Headings => ("Liberation Sans", &SANS_TWINS),
    };
    FontUse {
        role,
        named: named.trim().to_string(),
        drawn_with,
        metric_compatible: twins.contains(&key(named).as_str()),
    }
}

/// Every font `style` names (running text, then headings) with the font the PDF draws it
/// with.
pub fn font_uses(style: &HouseStyle) -> Vec<FontUse> {
    [
        (FontRole::Body, &style.body_font),
        (FontRole::Headings, &style.heading_font),
    ]
    .into_iter()
    .filter_map(|(role, named)| {
        named
            .as_deref()
            .filter(|n| !key(n).is_empty())
            .map(|n| font_use(role, n))
    })
    .collect()
}

/// The fonts `style` names that the PDF does not embed, with what it draws instead: what the
/// export tells the user (metric-compatible substitutes included, flagged as such).
pub fn substituted_fonts(style: &HouseStyle) -> Vec<FontUse> {
    font_uses(style).into_iter().filter(FontUse::substituted).collect()
}

/// Whether every letterhead picture of `style` can be drawn: the check [`crate::render`] makes,
/// without rendering, so that a reference document can be refused when it is chosen.
pub fn check_letterhead(style: &HouseStyle) -> Result<(), PdfError> {
    letterhead::embed(style).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(body: Option<&str>, heading: Option<&str>) -> HouseStyle {
        HouseStyle {
            name: "house.docx".into(),
            heading_colour: None,
            text_colour: None,
            body_font: body.map(str::to_string),
            heading_font: heading.map(str::to_string),
            letterhead: Vec::new(),
        }
    }

    #[test]
    fn metric_twins_are_substitutes_and_said_to_be() {
        let uses = font_uses(&style(Some("Times New Roman"), Some("Arial")));
        assert_eq!(uses.len(), 2);
        assert!(uses.iter().all(|u| u.substituted() && u.metric_compatible), "{uses:?}");
        assert_eq!(uses[0].drawn_with, "Liberation Serif");
        assert_eq!(uses[1].drawn_with, "Liberation Sans");
        assert!(uses[0].to_string().contains("metric-compatible"), "{}", uses[0]);
    }

    #[test]
    fn other_fonts_are_reported_and_our_own_are_not() {
        let found = substituted_fonts(&style(Some("Calibri"), Some("liberation sans")));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].named, "Calibri");
        assert!(!found[0].metric_compatible);
        assert!(found[0].to_string().contains("not embedded"), "{}", found[0]);
        // Arial for running text: drawn with the serif, so not its metric twin.
        let body_arial = &font_uses(&style(Some("Arial"), None))[0];
        assert!(body_arial.substituted() && !body_arial.metric_compatible);
        assert!(font_uses(&style(Some("  "), None)).is_empty());
    }
}
