//! French typography, in one pass over a composed document, so both renderers print the same
//! text: a no-break space (U+00A0) before « : » and inside « », a narrow no-break space
//! (U+202F) before ; ! ?, thousands grouped with U+202F, the typographic apostrophe between
//! letters. Invisible direction marks (which message libraries put around values) never
//! reach a document, whatever its language.
//!
//! A mark glued to a word or number ("09:30", "https://", "?q=") is left alone: only a mark
//! that ends a clause (followed by a space or the end of the text) takes the space.

use adopt_domain::{Language, NARROW_NO_BREAK_SPACE as NNBSP, NO_BREAK_SPACE as NBSP};

use crate::model::*;
use crate::words::language_of;

/// The direction marks and isolates, invisible, that no document may carry.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}')
}

/// Applies the rules of the document's language to every text of `doc`. Only French has
/// rules; direction marks go in every language.
pub(crate) fn french_typography(mut doc: Document) -> Document {
    let french = language_of(&doc.metadata.language) == Language::Fr;
    let fix = |text: &mut String, before: Option<char>| {
        let cleaned: String = text.chars().filter(|c| !is_direction_mark(*c)).collect();
        *text = if french {
            french_text_after(&cleaned, before)
        } else {
            cleaned
        };
    };
    walk(&mut doc, fix);
    doc
}

/// Calls `fix` on every text of the document a reader sees (not on bookmark names or anchors),
/// with the character before it where a span continues the one before.
fn walk(doc: &mut Document, fix_after: impl Fn(&mut String, Option<char>)) {
    let fix = |text: &mut String| fix_after(text, None);
    // The spans of one paragraph are one text: a mark opening a span ("; " after a bold
    // label's value) takes its space from the span before.
    let spans = |spans: &mut Vec<Span>| {
        let mut before: Option<char> = None;
        for i in 0..spans.len() {
            fix_after(&mut spans[i].text, before);
            let opens_with_space = spans[i].text.starts_with([NBSP, NNBSP]);
            if opens_with_space && i > 0 && spans[i - 1].text.ends_with(' ') {
                spans[i - 1].text.pop();
            }
            before = spans[i].text.chars().next_back().or(before);
        }
    };
    let m = &mut doc.metadata;
    for text in [&mut m.title, &mut m.subject, &mut m.author] {
        fix(text);
    }
    m.keywords.iter_mut().for_each(&fix);
    for (_, value) in &mut m.properties {
        // Property values are identifiers (workspace id, version label, fingerprint): only
        // the invisible marks go.
        value.retain(|c| !is_direction_mark(c));
    }
    for text in [
        &mut doc.header,
        &mut doc.footer,
        &mut doc.version_line,
        &mut doc.page_label,
    ] {
        fix(text);
    }
    for block in &mut doc.blocks {
        match block {
            Block::Cover(c) => {
                for text in [&mut c.marking, &mut c.instrument, &mut c.title, &mut c.jurisdiction] {
                    fix(text);
                }
                c.issuers.iter_mut().for_each(&fix);
                for (label, value) in &mut c.details {
                    fix(label);
                    fix(value);
                }
            }
            Block::TableOfContents { title } => fix(title),
            Block::Heading(h) => {
                fix(&mut h.text);
                if let Some(n) = &mut h.number {
                    fix(n);
                }
                if let Some(r) = &mut h.redline {
                    spans(r);
                }
            }
            Block::Paragraph(p) => spans(&mut p.content),
            Block::List(l) => l.items.iter_mut().for_each(spans),
            Block::Table(t) => {
                t.columns.iter_mut().for_each(|c| fix(&mut c.title));
                t.rows.iter_mut().flatten().for_each(spans);
            }
            Block::Signatures(s) => {
                for signatory in s {
                    fix(&mut signatory.authority);
                    signatory.lines.iter_mut().for_each(&fix);
                }
            }
            Block::PageBreak | Block::BookmarkStart { .. } | Block::BookmarkEnd { .. } => {}
        }
    }
    doc.comments.iter_mut().for_each(|c| fix(&mut c.text));
}

/// One French text with its spaces and apostrophes set.
#[cfg(test)]
fn french_text(text: &str) -> String {
    french_text_after(text, None)
}

/// [`french_text`] for a text that continues another ending with `before`.
fn french_text_after(text: &str, before: Option<char>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let ends_clause = next.is_none_or(|n| n.is_whitespace() || n == '»' || n == ')');
        match c {
            ':' | ';' | '!' | '?' if ends_clause => {
                let space = if c == ':' { NBSP } else { NNBSP };
                // The space before the mark becomes the no-break one; a mark glued to its word
                // gets one. Several marks in a row ("?!") share the first one's space.
                match out.last().copied() {
                    Some(b) if b == ' ' || b == NBSP || b == NNBSP => {
                        out.pop();
                        out.push(space);
                    }
                    Some('!' | '?') => {}
                    Some(_) => out.push(space),
                    // At the start: a space unless the text before ends with one (the caller
                    // makes that one no-break) or with a mark that already has it.
                    None => {
                        if before.is_some_and(|b| !matches!(b, '!' | '?' | '(' | '«')) {
                            out.push(space);
                        }
                    }
                }
                out.push(c);
            }
            '«' => {
                out.push(c);
                if next.is_some_and(|n| !n.is_whitespace()) {
                    out.push(NBSP);
                }
            }
            ' ' if out.last() == Some(&'«') => out.push(NBSP),
            '»' => {
                match out.last().copied() {
                    Some(' ') => {
                        out.pop();
                        out.push(NBSP);
                    }
                    Some(b) if b != NBSP => out.push(NBSP),
                    _ => {}
                }
                out.push(c);
            }
            '\'' if out.last().is_some_and(|b| b.is_alphabetic()) && next.is_some_and(char::is_alphabetic) => {
                out.push('’');
            }
            _ => out.push(c),
        }
    }
    group_thousands(&out.into_iter().collect::<String>())
}

/// Runs of five digits or more standing alone (not in a year, a reference, an identifier or
/// an address) grouped by three from the right with U+202F: « 10 000 », « 1 250 000 ».
/// Four-digit numbers stay whole, as French usage writes years and most four-digit counts.
fn group_thousands(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let run = &chars[start..i];
        let before = start.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i).copied();
        let stands_alone = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '«'))
            && after.is_none_or(|a| a.is_whitespace() || matches!(a, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '»'))
            // "12345.6" and "1.23456" are decimals or references: left as written.
            && !(after == Some('.') && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if run.len() >= 5 && stands_alone {
            for (k, d) in run.iter().enumerate() {
                if k > 0 && (run.len() - k).is_multiple_of(3) {
                    out.push(NNBSP);
                }
                out.push(*d);
            }
        } else {
            out.extend(run);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use adopt_domain::check_french_typography;

    fn empty(language: &str) -> Document {
        Document {
            metadata: Metadata {
                title: String::new(),
                subject: String::new(),
                author: String::new(),
                language: language.into(),
                keywords: Vec::new(),
                date: chrono::NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(),
                properties: Vec::new(),
            },
            page: PageSetup::new(PageSize::A4),
            header: String::new(),
            footer: String::new(),
            version_line: String::new(),
            page_label: String::new(),
            house_style: None,
            blocks: Vec::new(),
            comments: Vec::new(),
        }
    }

    #[test]
    fn a_colon_takes_a_no_break_space() {
        assert_eq!(french_text("Décident :"), "Décident\u{a0}:");
        assert_eq!(french_text("Priorité: haute"), "Priorité\u{a0}: haute");
        // Times and addresses keep their colon glued.
        assert_eq!(french_text("à 09:30, https://itu.int"), "à 09:30, https://itu.int");
    }

    #[test]
    fn high_punctuation_takes_a_narrow_no_break_space() {
        assert_eq!(french_text("Vu la loi ; vu"), "Vu la loi\u{202f}; vu");
        assert_eq!(french_text("Vraiment?"), "Vraiment\u{202f}?");
        assert_eq!(french_text("Attention !"), "Attention\u{202f}!");
        assert_eq!(french_text("voir https://x.org/?q=1"), "voir https://x.org/?q=1");
    }

    #[test]
    fn guillemets_hold_their_text_with_no_break_spaces() {
        assert_eq!(french_text("la mention « PROJET »"), "la mention «\u{a0}PROJET\u{a0}»");
        assert_eq!(french_text("«SIM»"), "«\u{a0}SIM\u{a0}»");
        let text = french_text("Décident : « l'opérateur » ; vu ?");
        assert_eq!(check_french_typography(&text), Ok(()), "{text:?}");
        assert!(text.contains("l’opérateur"));
    }

    #[test]
    fn thousands_are_grouped_with_narrow_no_break_spaces_and_years_are_not() {
        assert_eq!(french_text("10000 abonnés"), "10\u{202f}000 abonnés");
        assert_eq!(french_text("soit 1250000."), "soit 1\u{202f}250\u{202f}000.");
        assert_eq!(french_text("le 5 juin 2025"), "le 5 juin 2025");
        // Identifiers, references and hashes stay as written.
        for kept in ["SHA-256 3f9a12345b", "§12.34567", "ab123456", "12345.6"] {
            assert_eq!(french_text(kept), kept);
        }
    }

    #[test]
    fn direction_marks_never_reach_a_document_in_any_language() {
        for language in ["fr", "en"] {
            let mut doc = empty(language);
            doc.blocks
                .push(Block::Paragraph(Paragraph::body("Autorité\u{2068}ARTCI\u{2069} :")));
            let doc = french_typography(doc);
            let Block::Paragraph(p) = doc.blocks.last().unwrap() else {
                unreachable!()
            };
            assert!(!p.text().contains(['\u{2068}', '\u{2069}']), "{language}");
        }
    }

    #[test]
    fn an_english_document_keeps_its_spaces() {
        let mut doc = empty("en");
        doc.blocks
            .push(Block::Paragraph(Paragraph::body("Lead authority: LCA; 10000 users")));
        let doc = french_typography(doc);
        let Block::Paragraph(p) = doc.blocks.last().unwrap() else {
            unreachable!()
        };
        assert_eq!(p.text(), "Lead authority: LCA; 10000 users");
    }
}
