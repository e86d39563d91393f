//! XML helpers shared by the DOCX readers: namespaces, parsing a part with a named error,
//! relationships, and a walk through a tree that cannot overflow the stack.

use roxmltree::{Document, Node, ParsingOptions};

use crate::error::ReadError;

/// WordprocessingML main namespace (transitional).
pub(crate) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// WordprocessingML main namespace (strict).
pub(crate) const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/// Office document relationships namespace (attributes such as `r:id`, `r:embed`).
pub(crate) const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(crate) const R_STRICT: &str = "http://purl.oclc.org/ooxml/officeDocument/relationships";
/// Package relationships namespace (`.rels` parts).
pub(crate) const PKG_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
/// DrawingML word-processing drawing (`wp:extent`).
pub(crate) const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/// DrawingML main namespace (`a:blip`, theme fonts).
pub(crate) const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
/// Markup compatibility (`mc:AlternateContent`).
pub(crate) const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// No real part comes near this many nodes; it bounds memory on crafted input.
const NODES_LIMIT: u32 = 20_000_000;

/// The text of a part: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
pub(crate) fn part_text(part: &str, bytes: Vec<u8>) -> Result<String, ReadError> {
    let malformed = |detail: &str| ReadError::MalformedXml {
        part: part.to_string(),
        detail: detail.to_string(),
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).ok_or_else(|| malformed("invalid UTF-16"));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).ok_or_else(|| malformed("invalid UTF-16"));
    }
    let mut text = String::from_utf8(bytes).map_err(|_| malformed("not UTF-8 text"))?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).ok()
}

/// How deep elements may nest. Real documents stay far below (a table in a table in a
/// table is about 20 levels); the XML parser recurses once per level.
const MAX_DEPTH: usize = 512;

/// Parses a part; a DTD (entity expansion) is refused, as Office never writes one, and so is
/// nesting deeper than [`MAX_DEPTH`].
pub(crate) fn parse<'t>(part: &str, text: &'t str) -> Result<Document<'t>, ReadError> {
    if nesting_depth(text) > MAX_DEPTH {
        return Err(ReadError::MalformedXml {
            part: part.to_string(),
            detail: format!("elements are nested more than {MAX_DEPTH} deep"),
        });
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
    };
    Document::parse_with_options(text, options).map_err(|e| ReadError::MalformedXml {
        part: part.to_string(),
        detail: e.to_string(),
    })
}

/// The deepest element nesting of an XML text, by a scan that skips comments, processing
/// instructions, CDATA and quoted attribute values. It only needs to be right for well-formed
/// text: the parser reports anything else.
fn nesting_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    let skip_to = |from: usize, end: &[u8]| {
        bytes[from..]
            .windows(end.len())
            .position(|w| w == end)
            .map_or(bytes.len(), |p| from + p + end.len())
    };
    while let Some(p) = bytes[i..].iter().position(|&b| b == b'<') {
        i += p + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            i = skip_to(i, b"-->");
        } else if rest.starts_with(b"![CDATA[") {
            i = skip_to(i, b"]]>");
        } else if rest.starts_with(b"?") {
            i = skip_to(i, b"?>");
        } else if rest.starts_with(b"!") {
            i = skip_to(i, b">");
        } else if rest.starts_with(b"/") {
            depth = depth.saturating_sub(1);
            i = skip_to(i, b">");
        } else {
            // An opening tag: find its end outside quoted attribute values.
            let mut quote = None;
            let mut self_closing = false;
            while i < bytes.len() {
                let b = bytes[i];
                i += 1;
                match (quote, b) {
                    (Some(q), _) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(b),
                    (None, b'>') => break,
                    (None, _) => {}
                }
                self_closing = b == b'/';
            }
            if !self_closing {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
        if i >= bytes.len() {
            break;
        }
    }
    deepest
}

/// Whether a node is the WordprocessingML element of that local name (transitional or strict).
pub(crate) fn is_w(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && matches!(node.tag_name().namespace(), Some(W | W_STRICT))
}

/// A `w:` attribute of a WordprocessingML element (transitional or strict).
pub(crate) fn w_attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name)).or_else(|| node.attribute((W_STRICT, name)))
}

/// An `r:` attribute (relationship id).
pub(crate) fn r_attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((R, name)).or_else(|| node.attribute((R_STRICT, name)))
}

/// The first child element that is `w:name`.
pub(crate) fn w_child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is_w(*c, name))
}

/// Whether an element is of that namespace and local name.
pub(crate) fn is(node: Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

/// One relationship of a part, as written in its `.rels` part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    /// `Id`, e.g. `rId3`.
    pub id: String,
    /// `Type`, a URI ending in e.g. `/image` or `/header`.
    pub rel_type: String,
    /// `Target` as written (relative to the source part unless external).
    pub target: String,
    /// `TargetMode="External"`: the target is a URL, not a part of this package.
    pub external: bool,
}

impl Relationship {
    /// Whether the type ends with this last segment (`image`, `header`...), in either the
    /// transitional or the strict relationship namespace.
    pub fn is_type(&self, last_segment: &str) -> bool {
        self.rel_type.rsplit('/').next() == Some(last_segment)
    }
}

/// Reads a `.rels` part.
pub(crate) fn relationships(part: &str, text: &str) -> Result<Vec<Relationship>, ReadError> {
    let doc = parse(part, text)?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "Relationship")
        .filter(|n| n.tag_name().namespace().is_none_or(|ns| ns == PKG_RELS))
        .filter_map(|n| {
            Some(Relationship {
                id: n.attribute("Id")?.to_string(),
                rel_type: n.attribute("Type").unwrap_or_default().to_string(),
                target: n.attribute("Target")?.to_string(),
                external: n
                    .attribute("TargetMode")
                    .is_some_and(|m| m.eq_ignore_ascii_case("External")),
            })
        })
        .collect())
}

/// One step of a walk through a tree.
pub(crate) enum Step<'a, 'i> {
    Open(Node<'a, 'i>),
    Close(Node<'a, 'i>),
}

/// Walks the subtree of `root` in document order with an explicit stack (deeply nested input
/// cannot overflow the call stack). `visit` gets every element's opening and closing; on opening
/// it returns whether to walk into the element's children.
pub(crate) fn walk<'a, 'i>(root: Node<'a, 'i>, mut visit: impl FnMut(Step<'a, 'i>) -> bool) {
    let mut stack: Vec<(Node<'a, 'i>, bool)> = vec![(root, false)];
    while let Some((node, opened)) = stack.pop() {
        if opened {
            visit(Step::Close(node));
            continue;
        }
        if !node.is_element() {
            continue;
        }
        if visit(Step::Open(node)) {
            stack.push((node, true));
            let mark = stack.len();
            stack.extend(node.children().filter(|c| c.is_element()).map(|c| (c, false)));
            stack[mark..].reverse();
        } else {
            visit(Step::Close(node));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped_and_utf16_is_read() {
        assert_eq!(part_text("p", b"\xEF\xBB\xBF<a/>".to_vec()).unwrap(), "<a/>");
        assert_eq!(
            part_text("p", vec![0xFF, 0xFE, b'<', 0, b'a', 0, b'/', 0, b'>', 0]).unwrap(),
            "<a/>"
        );
        let err = part_text("word/document.xml", vec![0xC3, 0x28]).unwrap_err();
        assert!(err.to_string().contains("word/document.xml"), "{err}");
    }

    #[test]
    fn a_dtd_is_refused_with_the_part_named() {
        let text = r#"<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>"#;
        let err = parse("word/styles.xml", text).unwrap_err();
        assert!(err.to_string().contains("word/styles.xml"), "{err}");
    }

    #[test]
    fn nesting_depth_skips_what_is_not_an_element() {
        assert_eq!(nesting_depth("<a><b/><c x='>' y=\"/\"><d></d></c></a>"), 3);
        assert_eq!(
            nesting_depth("<?xml version='1.0'?><!-- <x><y> --><a><![CDATA[<b><c>]]></a>"),
            1
        );
        assert_eq!(nesting_depth("<a><b><c"), 3);
        assert_eq!(nesting_depth(""), 0);
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let depth = 200_000;
        let text = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
        let err = parse("word/document.xml", &text).unwrap_err();
        assert!(err.to_string().contains("nested more than 512 deep"), "{err}");
    }

    #[test]
    fn the_deepest_accepted_nesting_parses_on_a_reader_thread() {
        let text = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        let opened = crate::error::guarded("test", || {
            let doc = parse("deep.xml", &text)?;
            let mut opened = 0;
            walk(doc.root_element(), |step| {
                if let Step::Open(_) = step {
                    opened += 1;
                }
                true
            });
            Ok(opened)
        });
        assert_eq!(opened, Ok(MAX_DEPTH));
    }

    #[test]
    fn walk_visits_in_document_order_and_closes_skipped_elements() {
        let doc = Document::parse("<a><b><c/></b><d/></a>").unwrap();
        let mut seen = Vec::new();
        walk(doc.root_element(), |step| match step {
            Step::Open(n) => {
                seen.push(format!("+{}", n.tag_name().name()));
                n.tag_name().name() != "b"
            }
            Step::Close(n) => {
                seen.push(format!("-{}", n.tag_name().name()));
                true
            }
        });
        assert_eq!(seen.join(" "), "+a +b -b +d -d -a");
    }
}
