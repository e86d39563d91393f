//! Plain text from the model made safe for XML, and split into the pieces WordprocessingML
//! writes differently (text, tab, line break).

use std::borrow::Cow;

/// Whether XML 1.0 allows `c` in character data: no C0/C1 controls except tab and line feed
/// (carriage returns are turned into line feeds before this), and not U+FFFE/U+FFFF.
fn allowed(c: char) -> bool {
    match c {
        '\t' | '\n' => true,
        '\u{FFFE}' | '\u{FFFF}' => false,
        c => !c.is_control(),
    }
}

/// The text with characters XML 1.0 cannot carry removed and CR / CRLF turned into LF.
/// Everything else (emoji, right-to-left script, zero-width characters) is kept as it is.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().all(allowed) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() != Some(&'\n') {
                out.push('\n');
            }
        } else if allowed(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One piece of a run's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Tab,
    Break,
}

/// Splits cleaned text at tabs and line feeds; empty text pieces are left out.
pub fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = text;
    let mut pending: Option<Piece<'_>> = None;
    std::iter::from_fn(move || {
        loop {
            if let Some(p) = pending.take() {
                return Some(p);
            }
            if rest.is_empty() {
                return None;
            }
            match rest.find(['\t', '\n']) {
                Some(i) => {
                    let (head, tail) = rest.split_at(i);
                    pending = Some(if tail.starts_with('\t') {
                        Piece::Tab
                    } else {
                        Piece::Break
                    });
                    rest = &tail[1..];
                    if !head.is_empty() {
                        return Some(Piece::Text(head));
                    }
                }
                None => {
                    let head = rest;
                    rest = "";
                    return Some(Piece::Text(head));
                }
            }
        }
    })
}

/// The text on one line: tabs and line breaks become spaces (table of contents entries,
/// document properties, the running header).
pub fn one_line(text: &str) -> String {
    clean(text)
        .chars()
        .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
        .collect()
}

/// Cleans and escapes text for the parts written by hand (character data and attribute values).
pub fn escape(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Attribute values normalise raw whitespace: keep it with character references.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_removes_what_xml_forbids_and_keeps_the_rest() {
        assert_eq!(
            clean("a\u{0}b\u{7}c\u{1b}[31m\u{7f}\u{85}\u{FFFE}\u{FFFF}d"),
            "abc[31md"
        );
        assert_eq!(clean("tab\tline\nend"), "tab\tline\nend");
        assert_eq!(clean("crlf\r\nlone\rend"), "crlf\nlone\nend");
        let kept = "🛡️💸 עברית العربية e\u{301} \u{200b}\u{feff} €";
        assert!(matches!(clean(kept), Cow::Borrowed(_)));
    }

    #[test]
    fn pieces_split_at_tabs_and_line_feeds() {
        let got: Vec<_> = pieces("a\tb\n\nc\t").collect();
        assert_eq!(
            got,
            vec![
                Piece::Text("a"),
                Piece::Tab,
                Piece::Text("b"),
                Piece::Break,
                Piece::Break,
                Piece::Text("c"),
                Piece::Tab
            ]
        );
        assert_eq!(pieces("").count(), 0);
        assert_eq!(pieces("plain").collect::<Vec<_>>(), vec![Piece::Text("plain")]);
    }

    #[test]
    fn escape_makes_markup_inert() {
        assert_eq!(
            escape("<w:t>&amp; \"q\" 'a'\u{0}"),
            "&lt;w:t&gt;&amp;amp; &quot;q&quot; &apos;a&apos;"
        );
        assert_eq!(escape("a\tb\nc"), "a&#9;b&#10;c");
        assert_eq!(one_line("a\tb\nc\u{1}"), "a b c");
    }
}
