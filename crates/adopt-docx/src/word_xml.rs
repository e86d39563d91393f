//! WordprocessingML from outside (a reference document's parts): parsing it, finding its
//! elements, and copying property elements into the parts we write. A copy keeps only elements
//! and attributes of the main namespace, written with the `w:` prefix our parts declare: Word's
//! extensions (`w14:`...) would need declarations our parts do not make, and theme references
//! point into a theme part our package does not have.

use roxmltree::{Document, Node, ParsingOptions};

use crate::text::escape;

/// WordprocessingML main namespace (transitional), the one our parts use.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The same in strict documents: copied as transitional.
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/// Relationship ids in attributes (`r:embed`, `r:id`), transitional and strict.
pub const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub const R_STRICT: &str = "http://purl.oclc.org/ooxml/officeDocument/relationships";
/// VML's `o:relid`, another way a picture names its relationship.
pub const O: &str = "urn:schemas-microsoft-com:office:office";
/// Word 2010's paragraph ids (`w14:paraId`), unique per document.
pub const W14: &str = "http://schemas.microsoft.com/office/word/2010/wordml";
/// DrawingML's `wp:docPr`, whose `id` is unique per document.
pub const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

/// How deep a copy goes: style properties nest a few levels; deeper is a crafted file.
const MAX_COPY_DEPTH: usize = 64;

/// Parses a part from outside: no DTD (Office never writes one), a bounded number of nodes.
pub fn parse(text: &str) -> Result<Document<'_>, roxmltree::Error> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: 20_000_000,
    };
    Document::parse_with_options(text, options)
}

/// Whether the element is in the main namespace (either flavour).
pub fn in_w(node: Node) -> bool {
    node.is_element() && matches!(node.tag_name().namespace(), Some(W | W_STRICT))
}

pub fn is_w(node: Node, name: &str) -> bool {
    in_w(node) && node.tag_name().name() == name
}

pub fn w_attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name)).or_else(|| node.attribute((W_STRICT, name)))
}

pub fn w_child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is_w(*c, name))
}

/// The font names a theme font stands for (`majorHAnsi`, `minorAscii`...): our package has no
/// theme part, so references to it are replaced by the names.
#[derive(Debug, Clone, Default)]
pub struct ThemeFonts {
    pub major: Option<String>,
    pub minor: Option<String>,
}

impl ThemeFonts {
    fn resolve(&self, theme_name: &str) -> Option<&str> {
        if theme_name.starts_with("major") {
            self.major.as_deref()
        } else if theme_name.starts_with("minor") {
            self.minor.as_deref()
        } else {
            None
        }
    }
}

/// The font slots of `w:rFonts` and the attribute naming a theme font for each.
const FONT_SLOTS: [(&str, &str); 4] = [
    ("ascii", "asciiTheme"),
    ("hAnsi", "hAnsiTheme"),
    ("eastAsia", "eastAsiaTheme"),
    ("cs", "cstheme"),
];

/// One property element (`w:spacing`, `w:rFonts`, `w:tabs`...) taken apart, so that the
/// properties of a chain of styles can be merged attribute by attribute, as Word inherits them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prop {
    /// Local name, e.g. `spacing`.
    pub name: String,
    /// Attributes of the main namespace by local name, values unescaped.
    pub attrs: Vec<(String, String)>,
    /// The children, already written as `w:` markup.
    pub inner: String,
}

impl Prop {
    /// The element as a property, or `None` for an element of another namespace.
    pub fn read(node: Node, theme: &ThemeFonts) -> Option<Prop> {
        if !in_w(node) {
            return None;
        }
        let attrs = node
            .attributes()
            .filter(|a| matches!(a.namespace(), Some(W | W_STRICT)))
            .map(|a| (a.name().to_string(), a.value().to_string()))
            .collect();
        let mut inner = String::new();
        for child in node.children() {
            copy(child, &mut inner, theme, &[], 1);
        }
        Some(Prop {
            name: node.tag_name().name().to_string(),
            attrs,
            inner,
        })
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Takes a nearer level's property over this one: an empty element's attributes one by one
    /// (a font slot with its theme attribute), an element with children as a whole.
    pub fn overlay(&mut self, nearer: &Prop) {
        if !self.inner.is_empty() || !nearer.inner.is_empty() {
            *self = nearer.clone();
            return;
        }
        for (name, _) in &nearer.attrs {
            if let Some((slot, theme)) = FONT_SLOTS.iter().find(|(s, t)| s == name || t == name) {
                // A slot set nearer replaces both ways of naming its font.
                self.attrs.retain(|(n, _)| n != slot && n != theme);
            }
        }
        for (name, value) in &nearer.attrs {
            match self.attrs.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value.clone(),
                None => self.attrs.push((name.clone(), value.clone())),
            }
        }
    }

    /// `w:rFonts` with theme fonts replaced by their names; other elements lose attributes that
    /// refer to the theme (`w:themeColor`...), keeping the plain value beside them.
    pub fn without_theme(mut self, theme: &ThemeFonts) -> Prop {
        if self.name == "rFonts" {
            let mut attrs = Vec::new();
            for (slot, theme_attr) in FONT_SLOTS {
                let named = self.attr(slot).filter(|v| !v.is_empty());
                // Only the Latin slots are resolved: a theme's East Asian and complex-script
                // fonts are per script, which the reader does not give.
                let resolved = match self.attr(theme_attr) {
                    Some(t) if matches!(slot, "ascii" | "hAnsi") => theme.resolve(t).or(named),
                    _ => named,
                };
                if let Some(font) = resolved {
                    attrs.push((slot.to_string(), font.to_string()));
                }
            }
            self.attrs = attrs;
        } else {
            self.attrs.retain(|(n, _)| !is_theme_attr(n));
        }
        self
    }

    pub fn write(&self, out: &mut String) {
        out.push_str("<w:");
        out.push_str(&self.name);
        for (name, value) in &self.attrs {
            out.push_str(" w:");
            out.push_str(name);
            out.push_str("=\"");
            out.push_str(&escape(value));
            out.push('"');
        }
        if self.inner.is_empty() {
            out.push_str("/>");
        } else {
            out.push('>');
            out.push_str(&self.inner);
            out.push_str("</w:");
            out.push_str(&self.name);
            out.push('>');
        }
    }
}

fn is_theme_attr(name: &str) -> bool {
    name.to_ascii_lowercase().contains("theme")
}

/// The property elements inside a `w:pPr` or `w:rPr` (none for `None`).
pub fn props(container: Option<Node>, theme: &ThemeFonts) -> Vec<Prop> {
    container
        .map(|c| c.children().filter_map(|n| Prop::read(n, theme)).collect())
        .unwrap_or_default()
}

/// Writes a node and its subtree as `w:` markup: elements and attributes of other namespaces
/// are left out, and so are elements named in `drop` (at any depth), theme references, and
/// whatever lies deeper than a real style sheet nests.
pub fn copy(node: Node, out: &mut String, theme: &ThemeFonts, drop: &[&str], depth: usize) {
    if node.is_text() {
        // Whitespace between elements is layout of the source file, not content.
        let text = node.text().unwrap_or_default();
        if !text.trim().is_empty() {
            out.push_str(&escape(text));
        }
        return;
    }
    if !in_w(node) || depth > MAX_COPY_DEPTH || drop.contains(&node.tag_name().name()) {
        return;
    }
    if node.tag_name().name() == "rFonts" {
        if let Some(p) = Prop::read(node, theme) {
            p.without_theme(theme).write(out);
        }
        return;
    }
    let name = node.tag_name().name();
    out.push_str("<w:");
    out.push_str(name);
    for a in node.attributes() {
        if matches!(a.namespace(), Some(W | W_STRICT)) && !is_theme_attr(a.name()) {
            out.push_str(" w:");
            out.push_str(a.name());
            out.push_str("=\"");
            out.push_str(&escape(a.value()));
            out.push('"');
        }
    }
    if node.has_children() {
        out.push('>');
        for child in node.children() {
            copy(child, out, theme, drop, depth + 1);
        }
        out.push_str("</w:");
        out.push_str(name);
        out.push('>');
    } else {
        out.push_str("/>");
    }
}

/// The elements of `w:pPr` in the order the schema requires (CT_PPr).
pub const PPR_ORDER: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
];

/// The elements of `w:rPr` in schema order (CT_RPr), as styles use them.
pub const RPR_ORDER: &[&str] = &[
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
];

/// Properties in schema order, each once; elements the order does not list are left out
/// (a change record, an extension): the result stays valid.
pub fn in_order(mut props: Vec<Prop>, order: &[&str]) -> Vec<Prop> {
    props.retain(|p| order.contains(&p.name.as_str()));
    props.sort_by_key(|p| order.iter().position(|o| *o == p.name));
    props.dedup_by(|a, b| a.name == b.name);
    props
}

/// `<w:pPr>…</w:pPr>` (or `w:rPr`) around the properties; nothing when there are none.
pub fn write_container(tag: &str, props: &[Prop], out: &mut String) {
    if props.is_empty() {
        return;
    }
    out.push_str("<w:");
    out.push_str(tag);
    out.push('>');
    for p in props {
        p.write(out);
    }
    out.push_str("</w:");
    out.push_str(tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_keeps_the_main_namespace_only_and_resolves_theme_fonts() {
        let xml = format!(
            r#"<w:rPr xmlns:w="{W}" xmlns:w14="{W14}"><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsi="Arial" w:hAnsiTheme="majorHAnsi" w:eastAsiaTheme="minorEastAsia"/><w:color w:val="2F5496" w:themeColor="accent1"/><w14:ligatures w14:val="all"/><w:lang w:val="a&amp;b"/></w:rPr>"#
        );
        let doc = parse(&xml).unwrap();
        let theme = ThemeFonts {
            major: Some("Cambria".into()),
            minor: Some("Calibri".into()),
        };
        let mut out = String::new();
        copy(doc.root_element(), &mut out, &theme, &[], 0);
        assert_eq!(
            out,
            r#"<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Cambria"/><w:color w:val="2F5496"/><w:lang w:val="a&amp;b"/></w:rPr>"#
        );
    }

    #[test]
    fn a_nearer_font_replaces_an_inherited_theme_font() {
        let xml = format!(
            r#"<w:r xmlns:w="{W}"><w:rFonts w:asciiTheme="minorHAnsi" w:cs="Mangal"/><w:rFonts w:ascii="Garamond"/></w:r>"#
        );
        let doc = parse(&xml).unwrap();
        let theme = ThemeFonts::default();
        let mut fonts = props(Some(doc.root_element()), &theme);
        let nearer = fonts.pop().unwrap();
        let mut inherited = fonts.pop().unwrap();
        inherited.overlay(&nearer);
        assert_eq!(inherited.attr("ascii"), Some("Garamond"));
        assert_eq!(inherited.attr("asciiTheme"), None);
        assert_eq!(inherited.attr("cs"), Some("Mangal"));
    }

    #[test]
    fn properties_come_out_in_schema_order_each_once() {
        let mk = |name: &str| Prop {
            name: name.into(),
            attrs: vec![],
            inner: String::new(),
        };
        let got = in_order(
            vec![mk("outlineLvl"), mk("jc"), mk("keepNext"), mk("pPrChange"), mk("jc")],
            PPR_ORDER,
        );
        let names: Vec<_> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["keepNext", "jc", "outlineLvl"]);
    }
}
