//! The embedded faces: their metrics for layout, the mapping of arbitrary text onto what they
//! can draw, and subsetting for embedding.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use crate::error::PdfError;
use crate::nfc::COMPOSITIONS;

/// The faces the renderer uses. Serif for running text, Sans for headings and page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    Sans,
    SansBold,
}

impl Face {
    pub(crate) const ALL: [Face; 6] = [
        Face::Serif,
        Face::SerifBold,
        Face::SerifItalic,
        Face::SerifBoldItalic,
        Face::Sans,
        Face::SansBold,
    ];

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The face of the same family with the given emphasis. Sans has no italic: headings and
    /// page furniture never ask for it, and a plain face beats a missing glyph.
    pub(crate) fn styled(self, bold: bool, italic: bool) -> Face {
        match self {
            Face::Serif | Face::SerifBold | Face::SerifItalic | Face::SerifBoldItalic => match (bold, italic) {
                (false, false) => Face::Serif,
                (true, false) => Face::SerifBold,
                (false, true) => Face::SerifItalic,
                (true, true) => Face::SerifBoldItalic,
            },
            Face::Sans | Face::SansBold => {
                if bold {
                    Face::SansBold
                } else {
                    Face::Sans
                }
            }
        }
    }

    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Face::Serif => "LiberationSerif",
            Face::SerifBold => "LiberationSerif-Bold",
            Face::SerifItalic => "LiberationSerif-Italic",
            Face::SerifBoldItalic => "LiberationSerif-BoldItalic",
            Face::Sans => "LiberationSans",
            Face::SansBold => "LiberationSans-Bold",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Serif => include_bytes!("../fonts/LiberationSerif-Regular.ttf"),
            Face::SerifBold => include_bytes!("../fonts/LiberationSerif-Bold.ttf"),
            Face::SerifItalic => include_bytes!("../fonts/LiberationSerif-Italic.ttf"),
            Face::SerifBoldItalic => include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf"),
            Face::Sans => include_bytes!("../fonts/LiberationSans-Regular.ttf"),
            Face::SansBold => include_bytes!("../fonts/LiberationSans-Bold.ttf"),
        }
    }
}

/// Code points below this are looked up in a flat table (Latin, Greek, Cyrillic, punctuation,
/// currency, arrows, maths): layout measures every character, so this is the hot path.
const TABLE_LEN: usize = 0x2300;
const MISSING: u16 = u16::MAX;

pub(crate) struct Metrics {
    face: ttf_parser::Face<'static>,
    /// Advance widths in font units; `MISSING` where the face has no glyph.
    table: Vec<u16>,
    upm: f32,
    /// Ascender and descender as fractions of the em (descender positive).
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
}

impl Metrics {
    fn load(face: Face) -> Result<Metrics, String> {
        let parsed =
            ttf_parser::Face::parse(face.bytes(), 0).map_err(|e| format!("{}: {e}", face.postscript_name()))?;
        let upm = f32::from(parsed.units_per_em());
        let table = (0..TABLE_LEN as u32)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| parsed.glyph_index(c))
                    .and_then(|g| parsed.glyph_hor_advance(g))
                    .unwrap_or(MISSING)
            })
            .collect();
        Ok(Metrics {
            ascent: f32::from(parsed.ascender()) / upm,
            descent: -f32::from(parsed.descender()) / upm,
            face: parsed,
            table,
            upm,
        })
    }

    fn advance_units(&self, c: char) -> Option<u16> {
        let cp = c as usize;
        if cp < TABLE_LEN {
            let a = self.table[cp];
            (a != MISSING).then_some(a)
        } else {
            self.face.glyph_index(c).and_then(|g| self.face.glyph_hor_advance(g))
        }
    }

    /// Whether the face can draw `c` (has a real glyph, not .notdef).
    pub(crate) fn has(&self, c: char) -> bool {
        self.advance_units(c).is_some()
    }

    /// Advance of `c` in em; characters the face lacks measure as the '?' they are drawn as.
    pub(crate) fn advance(&self, c: char) -> f32 {
        let units = self.advance_units(c).or_else(|| self.advance_units('?')).unwrap_or(0);
        f32::from(units) / self.upm
    }

    /// Width of `s` in points at `size`.
    pub(crate) fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }
}

static METRICS: OnceLock<Result<Vec<Metrics>, String>> = OnceLock::new();

/// Parses the embedded faces once per process. Fails only if the crate was built with broken
/// font files.
pub(crate) fn init() -> Result<(), PdfError> {
    match METRICS.get_or_init(|| Face::ALL.iter().map(|f| Metrics::load(*f)).collect()) {
        Ok(_) => Ok(()),
        Err(e) => Err(PdfError::Font(e.clone())),
    }
}

/// Metrics of a face. Callers go through [`crate::render`], which runs [`init`] first.
pub(crate) fn metrics(face: Face) -> &'static Metrics {
    match METRICS.get() {
        Some(Ok(all)) => &all[face.index()],
        // Unreachable after a successful init(); panicking here would be a renderer bug.
        _ => panic!("adopt-pdf: fonts used before fonts::init()"),
    }
}

/// Width of `s` in `face` at `size`, in points.
pub(crate) fn width(face: Face, s: &str, size: f32) -> f32 {
    metrics(face).width(s, size)
}

/// What a character of input becomes on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clean {
    /// Not drawn at all (control and invisible format characters).
    Drop,
    /// A breakable space.
    Space,
    /// A forced line break.
    Break,
    /// A character the face draws (possibly the '?' standing for one it cannot).
    Char(char),
}

/// Maps one character of input text onto what `face` can draw. Never fails: text outside the
/// faces' coverage (emoji, Hebrew, Arabic...) becomes a visible '?', so nothing is silently
/// lost and nothing crashes.
pub(crate) fn clean(c: char, face: Face) -> Clean {
    match c {
        '\n' | '\u{2028}' | '\u{2029}' => Clean::Break,
        // No-break spaces are part of the word around them, so a line never breaks there.
        // A face without the narrow one draws the full no-break space instead.
        c if is_no_break_space(c) => Clean::Char(if metrics(face).has(c) { c } else { '\u{a0}' }),
        ' ' | '\t' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{205f}' | '\u{3000}' => Clean::Space,
        // Soft hyphen, zero-width and bidi controls, word joiners, variation selectors, BOM,
        // tag characters: invisible by design.
        '\u{ad}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{e0000}'..='\u{e007f}' => Clean::Drop,
        c if c.is_control() => Clean::Drop,
        // Right-to-left scripts need bidirectional reordering (and Arabic shaping) that this
        // renderer does not do: drawn left to right they would read backwards, which is worse
        // than an honest '?'. (Liberation does carry Hebrew glyphs.)
        '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{fefe}' => Clean::Char('?'),
        c if metrics(face).has(c) => Clean::Char(c),
        _ => Clean::Char('?'),
    }
}

/// The spaces a line must not break at: no-break (U+00A0), narrow no-break (U+202F, French
/// « ; » and thousands) and figure space (U+2007).
pub(crate) fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// `base` followed by the combining `mark` as one precomposed character, if Unicode has one
/// and `face` draws it. Without shaping, a separate mark glyph lands beside its letter rather
/// than on it, so "e\u{301}" must become "é" before it is drawn.
pub(crate) fn precompose(base: char, mark: char, face: Face) -> Option<char> {
    if !('\u{300}'..='\u{36f}').contains(&mark) {
        return None;
    }
    let key = (base as u32, mark as u32);
    let i = COMPOSITIONS.binary_search_by(|(b, m, _)| (*b, *m).cmp(&key)).ok()?;
    char::from_u32(COMPOSITIONS[i].2).filter(|c| metrics(face).has(*c))
}

/// `s` as `face` will draw it on one line: breaks and runs of spaces become one space,
/// invisible characters go, unknown ones become '?'.
pub(crate) fn clean_line(s: &str, face: Face) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match clean(c, face) {
            Clean::Drop => {}
            Clean::Space | Clean::Break => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            Clean::Char(c) => match out.chars().next_back().and_then(|b| precompose(b, c, face)) {
                Some(composed) => {
                    out.pop();
                    out.push(composed);
                }
                None => out.push(c),
            },
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// `s` (already cleaned) cut to `width` points, with an ellipsis when cut: for one-line texts
/// such as page furniture and labels, where wrapping is not an option.
pub(crate) fn fit(s: &str, face: Face, size: f32, width: f32) -> String {
    let m = metrics(face);
    if m.width(s, size) <= width {
        return s.to_string();
    }
    let room = width - m.advance('\u{2026}') * size;
    let mut out = String::new();
    let mut w = 0.0;
    for c in s.chars() {
        w += m.advance(c) * size;
        if w > room {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('\u{2026}');
    out
}

/// A face cut down to the characters one document uses, ready for printpdf.
pub(crate) struct Subset {
    pub(crate) bytes: Vec<u8>,
    /// Character -> glyph id in the subset font.
    pub(crate) cmap: BTreeMap<u32, u16>,
}

/// Subsets `face` to `chars` (which must all be drawable by it). printpdf 0.12 only subsets
/// with its `text_layout` feature (the azul layout stack), so we do it with the allsorts
/// crate it links anyway, and hand printpdf a font that already is the subset.
pub(crate) fn subset(face: Face, chars: &BTreeSet<char>) -> Result<Subset, PdfError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};
    use allsorts::tag;

    let m = metrics(face);
    let mut char_gid: Vec<(char, u16)> = Vec::with_capacity(chars.len());
    for &c in chars {
        if let Some(g) = m.face.glyph_index(c) {
            char_gid.push((c, g.0));
        }
    }
    // allsorts numbers the subset's glyphs by their position in `ids`; .notdef must come first.
    let mut ids: Vec<u16> = vec![0];
    ids.extend(
        char_gid
            .iter()
            .map(|(_, g)| *g)
            .filter(|g| *g != 0)
            .collect::<BTreeSet<_>>(),
    );
    let position: BTreeMap<u16, u16> = ids.iter().enumerate().map(|(i, g)| (*g, i as u16)).collect();

    let err = |e: String| PdfError::Font(format!("{}: subsetting failed: {e}", face.postscript_name()));
    let data = ReadScope::new(face.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| err(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| err(e.to_string()))?;
    // The PDF profile plus OS/2, which printpdf reads for the descriptor's weight.
    let profile = SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::HEAD,
        tag::CVT,
        tag::FPGM,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::NAME,
        tag::OS_2,
        tag::POST,
        tag::PREP,
    ]);
    let bytes =
        allsorts::subset::subset(&provider, &ids, &profile, CmapTarget::Unicode).map_err(|e| err(format!("{e:?}")))?;
    let cmap = char_gid.iter().map(|(c, g)| (*c as u32, position[g])).collect();
    Ok(Subset { bytes, cmap })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_cover_latin_greek_cyrillic() {
        init().unwrap();
        for face in Face::ALL {
            for c in "AzÄäßéЖжΩωλ€–—“”‘’•…".chars() {
                assert!(metrics(face).has(c), "{face:?} lacks {c}");
            }
        }
    }

    #[test]
    fn clean_maps_the_unknown_to_a_visible_fallback() {
        init().unwrap();
        assert_eq!(clean('🛡', Face::Serif), Clean::Char('?'));
        assert_eq!(clean('ע', Face::Serif), Clean::Char('?'));
        assert_eq!(clean('ع', Face::Serif), Clean::Char('?'));
        assert_eq!(clean('\u{7}', Face::Serif), Clean::Drop);
        assert_eq!(clean('\u{fe0f}', Face::Serif), Clean::Drop);
        assert_eq!(clean('\t', Face::Serif), Clean::Space);
        assert_eq!(clean_line("a\u{0}\n b\u{200b}c  ", Face::Sans), "a bc");
    }

    #[test]
    fn combining_marks_compose_onto_their_letter() {
        init().unwrap();
        assert_eq!(precompose('e', '\u{301}', Face::Serif), Some('é'));
        assert_eq!(
            clean_line("Zu\u{308}rich e\u{301} a\u{308}\u{304}", Face::Serif),
            "Zürich é ǟ"
        );
        assert_eq!(precompose('e', 'x', Face::Serif), None);
        // No precomposed form: the mark stays.
        assert_eq!(clean_line("q\u{301}", Face::Serif), "q\u{301}");
    }

    #[test]
    fn widths_scale_with_size() {
        init().unwrap();
        let w10 = width(Face::Serif, "Mmmm", 10.0);
        assert!((width(Face::Serif, "Mmmm", 20.0) - 2.0 * w10).abs() < 1e-3);
        assert!(width(Face::SerifBold, "Mmmm", 10.0) >= w10);
    }

    #[test]
    fn subset_keeps_only_the_used_glyphs() {
        init().unwrap();
        let chars: BTreeSet<char> = "Abc".chars().collect();
        let s = subset(Face::Serif, &chars).unwrap();
        assert!(s.bytes.len() < 20_000, "subset is {} bytes", s.bytes.len());
        assert_eq!(s.cmap.len(), 3);
        assert!(s.cmap.values().all(|g| *g > 0));
    }
}
