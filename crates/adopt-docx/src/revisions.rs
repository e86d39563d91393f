//! The fix-ups tracked changes need after docx-rs has written `word/document.xml`.
//!
//! docx-rs numbers `w:ins`/`w:del` from a process-wide counter (two exports in one process
//! would differ), and writes a paragraph mark's properties (`w:rPr`, which carry its mark)
//! first in `w:pPr` and a row's marks first in `w:trPr`, where the schema wants them last:
//! [`fix_document`] renumbers the marks in document order and moves them into place. Documents
//! without revisions skip it. Text cannot contain markup here: docx-rs escaped it.

/// `word/document.xml` with tracked-change ids renumbered from `first_id` in document order and
/// the marks of paragraph marks and rows moved to where the schema puts them.
pub fn fix_document(xml: &str, first_id: usize) -> String {
    let xml = renumber(xml, first_id);
    let xml = move_last(&xml, "<w:pPr><w:rPr>", "</w:pPr>", |inner| {
        // The paragraph mark's properties: `<w:rPr>...</w:rPr>` right after `<w:pPr>`.
        let end = inner.find("</w:rPr>")? + "</w:rPr>".len();
        let rpr = &inner["<w:pPr>".len()..end];
        (rpr.contains("<w:ins ") || rpr.contains("<w:del ")).then_some("<w:pPr>".len()..end)
    });
    move_last(&xml, "<w:trPr>", "</w:trPr>", |inner| {
        // docx-rs writes the row's `w:del` then `w:ins` (both empty) first.
        let start = "<w:trPr>".len();
        let mut end = start;
        while inner[end..].starts_with("<w:ins ") || inner[end..].starts_with("<w:del ") {
            end += inner[end..].find("/>")? + 2;
        }
        (end > start).then_some(start..end)
    })
}

/// Gives every `w:ins` and `w:del` a new `w:id`, counting from `first_id`.
fn renumber(xml: &str, first_id: usize) -> String {
    const ID: &str = " w:id=\"";
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    let mut next = first_id;
    while let Some(i) = find_mark(rest) {
        // After `<w:ins` / `<w:del` comes the id: docx-rs writes it as the first attribute.
        let (head, tail) = rest.split_at(i + "<w:ins".len());
        out.push_str(head);
        match tail.strip_prefix(ID).and_then(|t| t.find('"').map(|q| &t[q..])) {
            Some(after) => {
                out.push_str(ID);
                out.push_str(&next.to_string());
                next += 1;
                rest = after;
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// Offset of the next `<w:ins ` or `<w:del ` (not `<w:delText`, `<w:insideH`...).
fn find_mark(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find("<w:") {
        let at = from + i;
        let name = &s[at + 3..];
        if name.starts_with("ins ") || name.starts_with("del ") {
            return Some(at);
        }
        from = at + 3;
    }
    None
}

/// For each element starting with `open` and ending at the next `close`, moves the range
/// `pick` returns (relative to the element's start) to just before `close`.
fn move_last(xml: &str, open: &str, close: &str, pick: impl Fn(&str) -> Option<std::ops::Range<usize>>) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        let element = &rest[i..];
        let Some(end) = element.find(close) else {
            break;
        };
        let inner = &element[..end];
        match pick(inner) {
            Some(range) => {
                out.push_str(&inner[..range.start]);
                out.push_str(&inner[range.end..]);
                out.push_str(&inner[range]);
            }
            None => out.push_str(inner),
        }
        out.push_str(close);
        rest = &element[end + close.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_renumbered_in_order_and_marks_move_to_the_end() {
        let xml = concat!(
            r#"<w:p><w:pPr><w:rPr><w:ins w:id="77" w:author="a" w:date="d" /></w:rPr><w:pStyle w:val="BodyText" /></w:pPr>"#,
            r#"<w:ins w:id="78" w:author="a" w:date="d"><w:r><w:t>x</w:t></w:r></w:ins>"#,
            r#"<w:del w:id="5" w:author="a" w:date="d"><w:r><w:delText>y</w:delText></w:r></w:del></w:p>"#,
            r#"<w:p><w:pPr><w:rPr /><w:pStyle w:val="BodyText" /></w:pPr></w:p>"#,
            r#"<w:tbl><w:tblBorders><w:insideH w:val="single" /></w:tblBorders>"#,
            r#"<w:tr><w:trPr><w:del w:id="9" w:author="a" w:date="d" /><w:cantSplit /></w:trPr></w:tr>"#,
            r#"<w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl>"#,
        );
        let got = fix_document(xml, 10);
        assert!(got.contains(
            r#"<w:pPr><w:pStyle w:val="BodyText" /><w:rPr><w:ins w:id="10" w:author="a" w:date="d" /></w:rPr></w:pPr>"#
        ));
        assert!(got.contains(r#"<w:ins w:id="11" w:author="a" w:date="d"><w:r><w:t>x"#));
        assert!(got.contains(r#"<w:del w:id="12" w:author="a" w:date="d"><w:r><w:delText>y"#));
        assert!(got.contains(r#"<w:pPr><w:rPr /><w:pStyle w:val="BodyText" /></w:pPr>"#));
        assert!(got.contains(r#"<w:insideH w:val="single" />"#));
        assert!(got.contains(r#"<w:trPr><w:cantSplit /><w:del w:id="13" w:author="a" w:date="d" /></w:trPr>"#));
        assert!(got.contains(r#"<w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>"#));
    }
}
