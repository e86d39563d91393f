//! Line breaking by measured glyph advances.
//!
//! Greedy, first-fit, one pass over the characters (O(n)): spaces and hyphens inside words are
//! break opportunities, a word longer than the line is broken between characters, and `\n`
//! forces a break. No hyphenation: legal text should not gain hyphens it did not have. In a
//! redline, deleted text directly followed by inserted text (or the other way round) is kept
//! apart by a space.

use adopt_document::RevisionKind;

use crate::fonts::{self, Clean, Face};

/// A piece of input text in one face, in a redline marked as inserted or deleted.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frag<'a> {
    pub(crate) text: &'a str,
    pub(crate) face: Face,
    pub(crate) change: Option<RevisionKind>,
}

impl<'a> Frag<'a> {
    /// Text that is not part of a redline.
    pub(crate) fn new(text: &'a str, face: Face) -> Frag<'a> {
        Frag {
            text,
            face,
            change: None,
        }
    }
}

/// A run of text in one face (and one kind of change) on a line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub(crate) face: Face,
    pub(crate) text: String,
    /// Offset from the line start, in points, before any justification.
    pub(crate) x: f32,
    /// Natural width in points, before any justification.
    pub(crate) width: f32,
    /// In a redline: the run was inserted or deleted.
    pub(crate) change: Option<RevisionKind>,
    /// Number of spaces on the line before this run (justification shifts the run by that many
    /// extra gaps).
    pub(crate) spaces_before: u32,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    /// Natural width in points.
    pub(crate) width: f32,
    /// Spaces between words on the line (what justification stretches).
    pub(crate) spaces: u32,
    /// The line ends its paragraph or a forced break: never justified.
    pub(crate) last: bool,
}

impl Line {
    /// The line's text, for tests and diagnostics.
    #[cfg(test)]
    pub(crate) fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Whether a redline marks anything on the line (it then gets a change bar).
    pub(crate) fn changed(&self) -> bool {
        self.runs.iter().any(|r| r.change.is_some())
    }

    /// Extra space per inter-word gap that makes the line exactly `width` wide, or 0 when the
    /// line should stay ragged (last line, no gaps, or gaps that would look torn).
    pub(crate) fn justify_gap(&self, width: f32, size: f32) -> f32 {
        if self.last || self.spaces == 0 || self.width >= width {
            return 0.0;
        }
        let gap = (width - self.width) / self.spaces as f32;
        // Beyond about three normal spaces the line looks torn: leave it ragged instead (rare:
        // a ragged line inside a justified paragraph is more jarring than a loose one).
        if gap > size * 0.5 { 0.0 } else { gap }
    }
}

/// Breaks `frags` into lines no wider than `width` points at `size` points.
///
/// Blank input gives no lines; an empty segment between two `\n` gives one empty line.
pub(crate) fn break_lines(frags: &[Frag<'_>], size: f32, width: f32) -> Vec<Line> {
    let mut b = Breaker {
        size,
        max: width.max(size),
        lines: Vec::new(),
        line: Vec::new(),
        line_w: 0.0,
        word: Vec::new(),
        word_w: 0.0,
        space: None,
        joined: false,
    };
    let mut prev_char: Option<char> = None;
    for frag in frags {
        let m = fonts::metrics(frag.face);
        for c in frag.text.chars() {
            match fonts::clean(c, frag.face) {
                Clean::Drop => {}
                Clean::Space => {
                    b.end_word();
                    if !b.line.is_empty() {
                        b.space = Some((frag.face, frag.change));
                    }
                    prev_char = None;
                }
                Clean::Break => {
                    b.end_word();
                    b.finish_line(true);
                    prev_char = None;
                }
                Clean::Char(ch) => {
                    if let Some(last) = b
                        .word
                        .last_mut()
                        .filter(|l| l.face == frag.face && l.change == frag.change)
                        && let Some(composed) = fonts::precompose(last.c, ch, frag.face)
                    {
                        let w = m.advance(composed) * size;
                        b.word_w += w - last.w;
                        last.c = composed;
                        last.w = w;
                        continue;
                    }
                    // A hyphen after a letter lets the line break after it, without a space.
                    let n = b.word.len();
                    if ch.is_alphanumeric() && prev_char == Some('-') && n >= 2 && b.word[n - 2].c.is_alphanumeric() {
                        b.end_word();
                        b.joined = true;
                    }
                    // A redline replacing part of a word ("31 March" struck, "30 June" inserted
                    // straight after it) gets a space between the two marks, so they read as two
                    // words and not as one run-together "March30".
                    if let Some(last) = b.word.last()
                        && last.change.is_some()
                        && frag.change.is_some()
                        && last.change != frag.change
                    {
                        b.end_word();
                        b.space = Some((frag.face, None));
                    }
                    let w = m.advance(ch) * size;
                    b.word.push(Placed {
                        c: ch,
                        face: frag.face,
                        change: frag.change,
                        w,
                    });
                    b.word_w += w;
                    prev_char = Some(ch);
                }
            }
        }
    }
    b.end_word();
    if !b.line.is_empty() {
        b.finish_line(true);
    }
    b.lines
}

/// A character on a line being built, with its face, change mark and advance.
#[derive(Clone, Copy)]
struct Placed {
    c: char,
    face: Face,
    change: Option<RevisionKind>,
    w: f32,
}

struct Breaker {
    size: f32,
    max: f32,
    lines: Vec<Line>,
    /// Characters on the current line.
    line: Vec<Placed>,
    line_w: f32,
    word: Vec<Placed>,
    word_w: f32,
    /// A space is pending before the next word, in this face and change mark.
    space: Option<(Face, Option<RevisionKind>)>,
    /// The pending word continues the previous one (after a hyphen): no space between.
    joined: bool,
}

impl Breaker {
    fn end_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let word_w = std::mem::replace(&mut self.word_w, 0.0);
        let gap = match (self.line.is_empty(), self.joined, self.space) {
            (true, _, _) | (false, true, _) | (false, false, None) => None,
            (false, false, Some((face, change))) => Some(Placed {
                c: ' ',
                face,
                change,
                w: fonts::metrics(face).advance(' ') * self.size,
            }),
        };
        let gap_w = gap.map_or(0.0, |g| g.w);
        // A word that fits no line is broken between characters anyway: it starts right here
        // when a fair part of the line is free, rather than leaving a short line behind.
        let breaks_anyway = word_w > self.max && self.max - self.line_w - gap_w >= 0.25 * self.max;
        if !self.line.is_empty() && self.line_w + gap_w + word_w > self.max && !breaks_anyway {
            self.finish_line(false);
        }
        if !self.line.is_empty()
            && let Some(space) = gap
        {
            self.line.push(space);
            self.line_w += space.w;
        }
        if word_w <= self.max - self.line_w {
            self.line_w += word_w;
            self.line.extend(word);
        } else {
            // Longer than a line: break between characters.
            for p in word {
                if !self.line.is_empty() && self.line_w + p.w > self.max {
                    self.finish_line(false);
                }
                self.line.push(p);
                self.line_w += p.w;
            }
        }
        self.space = None;
        self.joined = false;
    }

    fn finish_line(&mut self, last: bool) {
        let chars = std::mem::take(&mut self.line);
        self.line_w = 0.0;
        self.space = None;
        let mut line = Line {
            last,
            ..Line::default()
        };
        let mut x = 0.0;
        for p in chars {
            match line.runs.last_mut() {
                Some(run) if run.face == p.face && run.change == p.change => run.text.push(p.c),
                _ => line.runs.push(Run {
                    face: p.face,
                    text: p.c.to_string(),
                    x,
                    width: 0.0,
                    change: p.change,
                    spaces_before: line.spaces,
                }),
            }
            if p.c == ' ' {
                line.spaces += 1;
            }
            x += p.w;
            if let Some(run) = line.runs.last_mut() {
                run.width = x - run.x;
            }
        }
        line.width = x;
        self.lines.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts;

    fn lines(text: &str, width: f32) -> Vec<Line> {
        fonts::init().unwrap();
        break_lines(&[Frag::new(text, Face::Serif)], 10.0, width)
    }

    fn texts(text: &str, width: f32) -> Vec<String> {
        lines(text, width).iter().map(Line::text).collect()
    }

    #[test]
    fn lines_never_break_at_french_no_break_spaces() {
        // Every « : » and « ; » is a candidate for a break if the spaces before them were
        // ordinary ones: at any width, the mark stays on the line of the word before it.
        let text = "Autorité chef de file\u{a0}: ARTCI\u{202f}; date cible\u{a0}: 1er juin 2026\u{202f}; «\u{a0}PROJET\u{a0}» soit 10\u{202f}000 abonnés\u{202f}!";
        // From the width of the longest unbreakable group up (narrower, a word breaks anyway).
        for width in (80..400).step_by(7) {
            for line in texts(text, width as f32) {
                assert!(
                    !line.starts_with([':', ';', '!', '»', '\u{a0}', '\u{202f}']),
                    "width {width}: a line starts with a mark: {line:?}"
                );
                assert!(
                    !line.ends_with(['«', '\u{a0}', '\u{202f}']) && !line.ends_with("10"),
                    "width {width}: a line ends before its no-break space: {line:?}"
                );
            }
        }
        // The spaces are drawn, not turned into '?' nor dropped.
        let all: String = texts(text, 1000.0).concat();
        assert!(all.contains("file\u{a0}:") && !all.contains('?'), "{all:?}");
    }

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(texts("Licensees shall comply.", 500.0), vec!["Licensees shall comply."]);
    }

    #[test]
    fn breaks_at_spaces_and_respects_the_width() {
        let text = "Mobile network operators shall notify DFS providers of every churned or reassigned number.";
        let ls = lines(text, 120.0);
        assert!(ls.len() > 2);
        for l in &ls {
            assert!(l.width <= 120.0 + 1e-3, "{:?} is {} wide", l.text(), l.width);
            assert!(!l.text().starts_with(' ') && !l.text().ends_with(' '));
        }
        let joined: Vec<String> = ls.iter().map(Line::text).collect();
        assert_eq!(joined.join(" "), text);
        assert!(ls.last().unwrap().last && !ls[0].last);
    }

    #[test]
    fn measures_real_advances() {
        // "iiii" is much narrower than "MMMM" in a proportional face.
        let narrow = lines("iiii", 500.0)[0].width;
        let wide = lines("MMMM", 500.0)[0].width;
        assert!(wide > 2.5 * narrow, "{wide} vs {narrow}");
    }

    #[test]
    fn overlong_word_breaks_between_characters() {
        let ls = lines(&"x".repeat(500), 100.0);
        assert!(ls.len() >= 5);
        assert!(ls.iter().all(|l| l.width <= 100.0 + 1e-3));
        assert_eq!(ls.iter().map(|l| l.text().len()).sum::<usize>(), 500);
    }

    #[test]
    fn an_overlong_word_fills_the_current_line_first() {
        let t = texts(&format!("ab {}", "x".repeat(300)), 100.0);
        assert!(t[0].starts_with("ab x"), "{t:?}");
        // ... unless little room is left there.
        let t = texts(&format!("{} {}", "a".repeat(18), "x".repeat(300)), 100.0);
        assert_eq!(t[0], "a".repeat(18));
    }

    #[test]
    fn hyphens_are_break_opportunities() {
        let t = texts("aaaa gigantically-long-identifier-without-spaces", 110.0);
        assert!(t.iter().any(|l| l.ends_with('-')), "{t:?}");
        assert_eq!(
            t.concat().replace(' ', ""),
            "aaaagigantically-long-identifier-without-spaces"
        );
    }

    #[test]
    fn newline_forces_a_break_and_empty_text_gives_no_lines() {
        assert_eq!(texts("LCA\nCBL", 500.0), vec!["LCA", "CBL"]);
        assert_eq!(texts("a\n\nb", 500.0), vec!["a", "", "b"]);
        assert!(lines("", 500.0).is_empty());
        assert!(lines("LCA\nCBL", 500.0)[0].last);
    }

    #[test]
    fn spaces_collapse_and_controls_vanish() {
        assert_eq!(texts("  a \t\u{0} b\u{7}  ", 500.0), vec!["a b"]);
    }

    #[test]
    fn combining_marks_are_composed() {
        assert_eq!(texts("Ze\u{301}nith", 500.0), vec!["Zénith"]);
    }

    #[test]
    fn runs_follow_faces_across_fragments() {
        fonts::init().unwrap();
        let frags = [
            Frag::new("Lead authority: ", Face::SerifBold),
            Frag::new("LCA", Face::Serif),
        ];
        let ls = break_lines(&frags, 11.0, 500.0);
        assert_eq!(ls.len(), 1);
        let runs = &ls[0].runs;
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].face, Face::SerifBold);
        assert_eq!(runs[1].text, "LCA");
        assert!(runs[1].x > 0.0);
        assert_eq!(runs[1].spaces_before, 2);
    }

    #[test]
    fn runs_split_where_a_change_starts_and_know_their_width() {
        fonts::init().unwrap();
        let frags = [
            Frag::new("within ", Face::Serif),
            Frag {
                text: "thirty ",
                face: Face::Serif,
                change: Some(RevisionKind::Deleted),
            },
            Frag {
                text: "ten",
                face: Face::Serif,
                change: Some(RevisionKind::Inserted),
            },
            Frag::new(" days", Face::Serif),
        ];
        let ls = break_lines(&frags, 11.0, 500.0);
        assert_eq!(ls.len(), 1);
        let runs = &ls[0].runs;
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["within ", "thirty ", "ten", " days"]);
        assert_eq!(runs[1].change, Some(RevisionKind::Deleted));
        assert!(ls[0].changed());
        let ten = fonts::width(Face::Serif, "ten", 11.0);
        assert!((runs[2].width - ten).abs() < 1e-3);
        assert!((runs.iter().map(|r| r.width).sum::<f32>() - ls[0].width).abs() < 1e-3);
        // A deletion directly followed by an insertion is kept apart by a space.
        let replaced = [
            Frag {
                text: "31 March",
                face: Face::Serif,
                change: Some(RevisionKind::Deleted),
            },
            Frag {
                text: "30 June",
                face: Face::Serif,
                change: Some(RevisionKind::Inserted),
            },
            Frag::new(" 2027", Face::Serif),
        ];
        assert_eq!(break_lines(&replaced, 11.0, 500.0)[0].text(), "31 March 30 June 2027");
        // The same words unchanged make one run, as before redlines existed.
        let plain = break_lines(&[Frag::new("within thirty ten days", Face::Serif)], 11.0, 500.0);
        assert_eq!(plain[0].runs.len(), 1);
        assert!(!plain[0].changed());
    }

    #[test]
    fn is_linear_in_the_input() {
        let word = "word ";
        let small = word.repeat(2_000);
        let large = word.repeat(200_000);
        fonts::init().unwrap();
        let t = std::time::Instant::now();
        let n = lines(&small, 300.0).len();
        let t_small = t.elapsed();
        let t = std::time::Instant::now();
        let n_large = lines(&large, 300.0).len();
        let t_large = t.elapsed();
        assert!(n_large >= 99 * n);
        // 100x the input must not take anywhere near 100^2 the time.
        assert!(
            t_large < t_small * 1000 + std::time::Duration::from_millis(200),
            "{t_small:?} vs {t_large:?}"
        );
    }

    #[test]
    fn justification_fills_the_width_but_not_the_last_line() {
        let text = "Mobile network operators shall notify DFS providers of every churned or reassigned number, \
                    and DFS providers shall freeze the linked account until the new holder is verified.";
        let ls = lines(text, 250.0);
        let stretched: Vec<f32> = ls.iter().map(|l| l.justify_gap(250.0, 10.0)).collect();
        assert!(stretched.iter().any(|g| *g > 0.0), "{stretched:?}");
        for (l, gap) in ls.iter().zip(&stretched).filter(|(_, g)| **g > 0.0) {
            assert!((l.width + gap * l.spaces as f32 - 250.0).abs() < 1e-2);
            assert!(*gap <= 5.0);
        }
        assert_eq!(*stretched.last().unwrap(), 0.0);
    }
}
