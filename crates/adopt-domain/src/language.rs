//! What French text needs beyond a second label: a search key that ignores accents, and the
//! typography rules a French legal reviewer expects (no-break spaces around « » and before
//! the high punctuation), checked so that catalog data and labels cannot drift from them.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// No-break space (U+00A0): before « : » and inside « ».
pub const NO_BREAK_SPACE: char = '\u{00A0}';
/// Narrow no-break space (U+202F): before ; ! ? (and between thousands).
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// The key a text is searched by: decomposed (NFD), accents and other combining marks
/// dropped, lower case, the ligatures œ and æ spelled out, typographic apostrophes and
/// no-break spaces made plain. So "securite" finds « sécurité », "oeuvre" finds « œuvre »
/// and "l'operateur" finds « l’opérateur ». Fold both the query and the text.
pub fn fold_for_search(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'œ' | 'Œ' => folded.push_str("oe"),
            'æ' | 'Æ' => folded.push_str("ae"),
            'ß' => folded.push_str("ss"),
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => folded.push('\''),
            NO_BREAK_SPACE | NARROW_NO_BREAK_SPACE | '\u{2009}' => folded.push(' '),
            c => folded.extend(c.to_lowercase()),
        }
    }
    folded
}

/// A break of the French typography rules, with the character offset where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypographyFault {
    #[error("at character {at}: \"{mark}\" needs a no-break space (U+00A0) before it, not an ordinary one")]
    ColonSpace { at: usize, mark: char },
    #[error("at character {at}: \"{mark}\" needs a narrow no-break space (U+202F) before it")]
    HighPunctuationSpace { at: usize, mark: char },
    #[error("at character {at}: « must be followed by a no-break space (U+00A0)")]
    OpeningQuote { at: usize },
    #[error("at character {at}: » must be preceded by a no-break space (U+00A0)")]
    ClosingQuote { at: usize },
    #[error("at character {at}: straight double quotes are English; write « » with no-break spaces")]
    StraightQuote { at: usize },
    #[error("at character {at}: two spaces in a row")]
    DoubleSpace { at: usize },
}

/// Checks French text against the rules above. A mark glued to the word before it
/// ("mesures: ") is a fault too, since that is the English habit; a colon inside a word or
/// number ("09:30", "https:") is left alone.
pub fn check_french_typography(text: &str) -> Result<(), TypographyFault> {
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        let before = at.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(at + 1).copied();
        // A mark that ends a clause: followed by a space or the end of the text.
        let ends_clause = after.is_none_or(char::is_whitespace);
        match c {
            ':' if ends_clause && before.is_some_and(|b| b != NO_BREAK_SPACE) => {
                return Err(TypographyFault::ColonSpace { at, mark: c });
            }
            ';' | '!' | '?' if ends_clause && before.is_some_and(|b| b != NARROW_NO_BREAK_SPACE) => {
                return Err(TypographyFault::HighPunctuationSpace { at, mark: c });
            }
            '«' if after != Some(NO_BREAK_SPACE) => return Err(TypographyFault::OpeningQuote { at }),
            '»' if before != Some(NO_BREAK_SPACE) => return Err(TypographyFault::ClosingQuote { at }),
            '"' => return Err(TypographyFault::StraightQuote { at }),
            c if c.is_whitespace() && before.is_some_and(char::is_whitespace) => {
                return Err(TypographyFault::DoubleSpace { at });
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_without_accents_finds_the_accented_word() {
        assert_eq!(fold_for_search("Sécurité"), "securite");
        assert!(fold_for_search("Renforcer la sécurité des SFN").contains(&fold_for_search("securite")));
        assert!(fold_for_search("Mis en œuvre").contains("mis en oeuvre"));
        assert_eq!(fold_for_search("l’opérateur"), fold_for_search("L'OPERATEUR"));
        assert_eq!(fold_for_search("À ÉCHÉANCE"), "a echeance");
        assert_eq!(fold_for_search("«\u{a0}SIM\u{a0}»"), "« sim »");
    }

    #[test]
    fn a_search_in_a_decomposed_text_finds_the_composed_word() {
        // "é" typed as e + combining acute (as some keyboards and PDFs give it).
        assert_eq!(fold_for_search("se\u{301}curite\u{301}"), fold_for_search("sécurité"));
    }

    #[test]
    fn french_spacing_is_accepted_and_english_spacing_refused() {
        assert_eq!(
            check_french_typography("Décident\u{a0}: l’opérateur\u{202f}; «\u{a0}SIM\u{a0}»\u{202f}?"),
            Ok(())
        );
        assert_eq!(check_french_typography("Réunion à 09:30, voir https://itu.int"), Ok(()));
        let faults = [
            ("Décident : les", TypographyFault::ColonSpace { at: 9, mark: ':' }),
            ("Décident: les", TypographyFault::ColonSpace { at: 8, mark: ':' }),
            (
                "voir ci-dessus ; puis",
                TypographyFault::HighPunctuationSpace { at: 15, mark: ';' },
            ),
            (
                "voir\u{a0}?",
                TypographyFault::HighPunctuationSpace { at: 5, mark: '?' },
            ),
            ("le « SIM\u{a0}»", TypographyFault::OpeningQuote { at: 3 }),
            ("le «\u{a0}SIM »", TypographyFault::ClosingQuote { at: 9 }),
            ("le \"SIM\"", TypographyFault::StraightQuote { at: 3 }),
            ("le «\u{a0} SIM\u{a0}»", TypographyFault::DoubleSpace { at: 5 }),
        ];
        for (text, fault) in faults {
            assert_eq!(check_french_typography(text), Err(fault), "{text}");
        }
    }
}
