//! The comments part, `word/comments.xml`, written by hand: docx-rs leaves a comment's initials
//! empty, and Word shows them in the margin. The body marks each comment's range (`bookmarks`);
//! this part holds what the comment says, under the same id.

use adopt_document::Comment;

use crate::style_ids::NORMAL;
use crate::text::{Piece, clean, escape, one_line, pieces};

/// `word/comments.xml` for the comments written in the body, each with its id, in id order.
pub fn comments_xml(comments: &[(usize, &Comment)]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    for (id, comment) in comments {
        let author = one_line(&comment.author);
        out.push_str(&format!(
            r#"<w:comment w:id="{id}" w:author="{author}" w:date="{date}" w:initials="{initials}">"#,
            author = escape(&author),
            date = comment.date.format("%Y-%m-%dT%H:%M:%SZ"),
            initials = escape(&initials(&author)),
        ));
        let text = clean(&comment.text);
        let mut lines: Vec<&str> = text.split('\n').filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            // A comment holds at least one paragraph, which carries the annotation mark.
            lines.push("");
        }
        for (n, line) in lines.into_iter().enumerate() {
            out.push_str(&format!(r#"<w:p><w:pPr><w:pStyle w:val="{NORMAL}"/></w:pPr>"#));
            if n == 0 {
                // Where Word draws the comment's mark in the comment itself.
                out.push_str("<w:r><w:annotationRef/></w:r>");
            }
            if !line.is_empty() {
                out.push_str("<w:r>");
                for piece in pieces(line) {
                    match piece {
                        Piece::Text(t) => out.push_str(&format!(r#"<w:t xml:space="preserve">{}</w:t>"#, escape(t))),
                        Piece::Tab => out.push_str("<w:tab/>"),
                        Piece::Break => out.push_str("<w:br/>"),
                    }
                }
                out.push_str("</w:r>");
            }
            out.push_str("</w:p>");
        }
        out.push_str("</w:comment>");
    }
    out.push_str("</w:comments>");
    out
}

/// Initials as Word derives them from a name: the first letter of each word, in capitals
/// ("dfs-adopt" gives "DA", "Ana Pérez" gives "AP").
pub fn initials(author: &str) -> String {
    author
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    fn comment(text: &str) -> Comment {
        Comment {
            range: "dfs_SIM_08_text".into(),
            author: "dfs-adopt".into(),
            date: Utc.with_ymd_and_hms(2025, 6, 5, 14, 30, 0).unwrap(),
            text: text.into(),
        }
    }

    #[test]
    fn each_line_is_a_paragraph_and_markup_in_the_text_stays_text() {
        let c = comment("Covered by <the> SIM Act & \"rules\"\r\n\r\nשלום 🛡️\u{1}\tend");
        let xml = comments_xml(&[(7, &c)]);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed");
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        let node = doc.descendants().find(|n| n.has_tag_name((w, "comment"))).unwrap();
        assert_eq!(node.attribute((w, "id")), Some("7"));
        assert_eq!(node.attribute((w, "author")), Some("dfs-adopt"));
        assert_eq!(node.attribute((w, "initials")), Some("DA"));
        assert_eq!(node.attribute((w, "date")), Some("2025-06-05T14:30:00Z"));
        let paragraphs: Vec<String> = node
            .children()
            .filter(|n| n.has_tag_name((w, "p")))
            .map(|p| {
                p.descendants()
                    .filter_map(|n| match n.tag_name().name() {
                        "t" => n.text().map(str::to_string),
                        "tab" => Some("\t".into()),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            paragraphs,
            ["Covered by <the> SIM Act & \"rules\"", "שלום 🛡️\tend"],
            "blank lines separate paragraphs, control characters are dropped"
        );
        assert_eq!(xml.matches("<w:annotationRef/>").count(), 1);
    }

    #[test]
    fn an_empty_comment_still_has_a_paragraph_and_no_comments_an_empty_part() {
        let xml = comments_xml(&[(1, &comment("  "))]);
        assert!(roxmltree::Document::parse(&xml).is_ok());
        assert_eq!(xml.matches("<w:p>").count(), 1);
        let empty = comments_xml(&[]);
        assert!(roxmltree::Document::parse(&empty).is_ok());
        assert!(!empty.contains("<w:comment "));
    }

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        assert_eq!(initials("dfs-adopt"), "DA");
        assert_eq!(initials("Ana Pérez"), "AP");
        assert_eq!(initials("élodie"), "É");
        assert_eq!(initials(""), "");
    }
}
