//! A reference document: the authority's house style, read from a DOCX they supply. It gives
//! the styles part as it is, the fonts and colours of body text and headings, the page size and
//! margins of the last section, and its header and footer parts with their pictures (the
//! letterhead), so that an export can take them over.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use roxmltree::{Document, Node};

use crate::error::{ReadError, guarded};
use crate::package::{Limits, resolve_target};
use crate::word::WordPackage;
use crate::xml::{A, Relationship, WP, is, is_w, parse, r_attr, w_attr, w_child};

const DEFAULT_STYLES_PART: &str = "word/styles.xml";
const DEFAULT_THEME_PART: &str = "word/theme/theme1.xml";
/// How far `w:basedOn` is followed (Word allows no cycles; a crafted file may have one).
const MAX_BASED_ON: usize = 32;

/// One style the styles part defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleDef {
    /// `w:styleId`, what paragraphs refer to (`Heading1`).
    pub id: String,
    /// `w:name`, what the user sees (`heading 1`).
    pub name: Option<String>,
    /// `w:type`: `paragraph`, `character`, `table` or `numbering`.
    pub kind: Option<String>,
}

/// The fonts of the house style.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fonts {
    /// Every font the document defaults and the styles name, sorted, each once.
    pub all: Vec<String>,
    /// The body text font: the Normal style's, else the document defaults'.
    pub body: Option<String>,
    /// The heading font: Heading 1's, else the Title style's (inherited styles followed).
    pub heading: Option<String>,
}

/// Page size and margins of the last section, in twips (1/1440 inch).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageSetup {
    pub width: Option<i64>,
    pub height: Option<i64>,
    /// `w:orient="landscape"`.
    pub landscape: bool,
    pub margin_top: Option<i64>,
    pub margin_bottom: Option<i64>,
    pub margin_left: Option<i64>,
    pub margin_right: Option<i64>,
    /// Distance from the page's top edge to the header.
    pub margin_header: Option<i64>,
    /// Distance from the page's bottom edge to the footer.
    pub margin_footer: Option<i64>,
    pub gutter: Option<i64>,
    /// `w:titlePg`: the first page has its own header and footer.
    pub different_first_page: bool,
}

/// Text colours as hex `RRGGBB` (upper case), where the styles set one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Colours {
    pub heading: Option<String>,
    pub body: Option<String>,
}

/// A picture (or other part) a header or footer refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    /// The relationship id the header's XML uses (`r:embed`).
    pub rel_id: String,
    /// The part's name in the package, e.g. `word/media/image1.png`.
    pub part_name: String,
    /// The content type by the file extension, e.g. `image/png`.
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// Width and height in EMU (914 400 per inch) from the header's `wp:extent`, if it gives them.
    pub extent_emu: Option<(i64, i64)>,
}

/// A header or footer part referenced by the last section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderFooter {
    /// `default`, `first` or `even`.
    pub kind: String,
    /// The part's name in the package, e.g. `word/header1.xml`.
    pub part_name: String,
    /// The part's XML as written.
    pub xml: String,
    /// Its relationships (`word/_rels/header1.xml.rels`).
    pub relationships: Vec<Relationship>,
    /// The pictures it refers to, with their bytes.
    pub media: Vec<Media>,
}

/// The house style read from a reference DOCX.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceDoc {
    /// The styles part (`word/styles.xml`) as written.
    pub styles_xml: String,
    /// The styles it defines, in its order.
    pub styles: Vec<StyleDef>,
    pub fonts: Fonts,
    /// `None` when the document has no section properties.
    pub page: Option<PageSetup>,
    pub colours: Colours,
    /// Headers of the last section (inherited from earlier sections as Word does).
    pub headers: Vec<HeaderFooter>,
    /// Footers of the last section.
    pub footers: Vec<HeaderFooter>,
}

impl ReferenceDoc {
    /// Reads a reference document. Refuses what `Docx::open` refuses, and a file without styles.
    pub fn parse(bytes: &[u8]) -> Result<ReferenceDoc, ReadError> {
        Self::parse_with_limits(bytes, Limits::DEFAULT)
    }

    pub(crate) fn parse_with_limits(bytes: &[u8], limits: Limits) -> Result<ReferenceDoc, ReadError> {
        guarded("the reference document", || read(bytes, limits))
    }

    /// The ids of the styles it defines.
    pub fn style_ids(&self) -> Vec<&str> {
        self.styles.iter().map(|s| s.id.as_str()).collect()
    }

    /// The header of a kind (`default`, `first`, `even`).
    pub fn header(&self, kind: &str) -> Option<&HeaderFooter> {
        self.headers.iter().find(|h| h.kind == kind)
    }

    /// The footer of a kind (`default`, `first`, `even`).
    pub fn footer(&self, kind: &str) -> Option<&HeaderFooter> {
        self.footers.iter().find(|h| h.kind == kind)
    }
}

fn read(bytes: &[u8], limits: Limits) -> Result<ReferenceDoc, ReadError> {
    let mut word = WordPackage::open(bytes, limits)?;
    let main = word.main_part.clone();
    let main_rels = word.rels_of(&main)?;
    let styles_part = word
        .related_part(&main, &main_rels, "styles")
        .unwrap_or_else(|| DEFAULT_STYLES_PART.into());
    let styles_xml = word.text(&styles_part)?.ok_or(ReadError::NoStyles)?;
    let theme_part = word
        .related_part(&main, &main_rels, "theme")
        .unwrap_or_else(|| DEFAULT_THEME_PART.into());
    let theme = match word.text(&theme_part)? {
        Some(text) => ThemeFonts::read(&theme_part, &text)?,
        None => ThemeFonts::default(),
    };

    let styles_doc = parse(&styles_part, &styles_xml)?;
    let sheet = StyleSheet::read(&styles_doc);
    let fonts = sheet.fonts(&theme);
    let colours = sheet.colours();
    let styles = sheet.defs;

    let document_xml = word.text(&main)?.unwrap_or_default();
    let document = parse(&main, &document_xml)?;
    let sections: Vec<Node> = document
        .descendants()
        .filter(|n| is_w(*n, "sectPr") && !n.parent().is_some_and(|p| is_w(p, "sectPrChange")))
        .collect();
    let page = sections.last().map(|s| page_setup(*s));

    let mut headers = Vec::new();
    let mut footers = Vec::new();
    for (reference, out) in [("headerReference", &mut headers), ("footerReference", &mut footers)] {
        for kind in ["default", "first", "even"] {
            // A section without its own header of a kind keeps the previous section's.
            let rel_id = sections.iter().rev().find_map(|s| {
                s.children()
                    .filter(|c| is_w(*c, reference))
                    .find(|c| w_attr(*c, "type").unwrap_or("default") == kind)
                    .and_then(|c| r_attr(c, "id"))
            });
            let Some(rel) = rel_id.and_then(|id| main_rels.iter().find(|r| r.id == id && !r.external)) else {
                continue;
            };
            let part = resolve_target(&main, &rel.target);
            if let Some(part) = header_footer(&mut word, kind, &part)? {
                out.push(part);
            }
        }
    }
    Ok(ReferenceDoc {
        styles_xml,
        styles,
        fonts,
        page,
        colours,
        headers,
        footers,
    })
}

/// Reads one header or footer part with its relationships and pictures.
fn header_footer(word: &mut WordPackage, kind: &str, part: &str) -> Result<Option<HeaderFooter>, ReadError> {
    let Some(xml) = word.text(part)? else {
        return Ok(None);
    };
    let relationships = word.rels_of(part)?;
    let extents = picture_extents(&parse(part, &xml)?);
    let mut media = Vec::new();
    for rel in relationships.iter().filter(|r| r.is_type("image") && !r.external) {
        let part_name = resolve_target(part, &rel.target);
        if let Some(bytes) = word.package.read(&part_name)? {
            media.push(Media {
                rel_id: rel.id.clone(),
                content_type: content_type(&part_name).to_string(),
                part_name,
                bytes,
                extent_emu: extents.get(&rel.id).copied(),
            });
        }
    }
    Ok(Some(HeaderFooter {
        kind: kind.to_string(),
        part_name: part.to_string(),
        xml,
        relationships,
        media,
    }))
}

/// The size each embedded picture is drawn at: `a:blip r:embed` inside a `wp:inline` or
/// `wp:anchor` whose `wp:extent` gives `cx`/`cy`.
fn picture_extents(doc: &Document) -> HashMap<String, (i64, i64)> {
    let mut out = HashMap::new();
    for blip in doc.descendants().filter(|n| is(*n, A, "blip")) {
        let Some(id) = r_attr(blip, "embed") else { continue };
        let frame = blip.ancestors().find(|a| is(*a, WP, "inline") || is(*a, WP, "anchor"));
        let extent = frame.and_then(|f| f.children().find(|c| is(*c, WP, "extent")));
        let size = extent.and_then(|e| Some((e.attribute("cx")?.parse().ok()?, e.attribute("cy")?.parse().ok()?)));
        if let Some(size) = size {
            out.entry(id.to_string()).or_insert(size);
        }
    }
    out
}

/// The content type of a media part by its extension.
pub fn content_type(part_name: &str) -> &'static str {
    let ext = part_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" | "jpe" => "image/jpeg",
        "gif" => "image/gif",
        "bmp" => "image/bmp",
        "tif" | "tiff" => "image/tiff",
        "emf" => "image/x-emf",
        "wmf" => "image/x-wmf",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    }
}

fn page_setup(section: Node) -> PageSetup {
    let size = w_child(section, "pgSz");
    let margins = w_child(section, "pgMar");
    let twips = |node: Option<Node>, name: &str| node.and_then(|n| w_attr(n, name)).and_then(parse_twips);
    PageSetup {
        width: twips(size, "w"),
        height: twips(size, "h"),
        landscape: size.and_then(|s| w_attr(s, "orient")) == Some("landscape"),
        margin_top: twips(margins, "top"),
        margin_bottom: twips(margins, "bottom"),
        margin_left: twips(margins, "left").or_else(|| twips(margins, "start")),
        margin_right: twips(margins, "right").or_else(|| twips(margins, "end")),
        margin_header: twips(margins, "header"),
        margin_footer: twips(margins, "footer"),
        gutter: twips(margins, "gutter"),
        different_first_page: w_child(section, "titlePg").is_some_and(|t| on_off(t)),
    }
}

/// A twips measure: a number, or a number with a unit (`2.54cm`, `1in`, `72pt`) as the
/// standard also allows.
fn parse_twips(value: &str) -> Option<i64> {
    let value = value.trim();
    let split = value.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let number: f64 = number.parse().ok()?;
    let per_unit = match unit {
        "" => 1.0,
        "in" => 1440.0,
        "cm" => 1440.0 / 2.54,
        "mm" => 1440.0 / 25.4,
        "pt" => 20.0,
        "pc" | "pi" => 240.0,
        _ => return None,
    };
    let twips = (number * per_unit).round();
    (twips.is_finite() && twips.abs() < 1e12).then_some(twips as i64)
}

/// A `w:` on/off property: present means on unless `w:val` says otherwise.
fn on_off(node: Node) -> bool {
    !matches!(w_attr(node, "val"), Some("0" | "false" | "off"))
}

/// The fonts of the theme (`a:majorFont`, `a:minorFont`), which styles can name indirectly.
#[derive(Debug, Default)]
struct ThemeFonts {
    major: Option<String>,
    minor: Option<String>,
}

impl ThemeFonts {
    fn read(part: &str, text: &str) -> Result<Self, ReadError> {
        let doc = parse(part, text)?;
        let latin = |which: &str| {
            doc.descendants()
                .find(|n| is(*n, A, which))
                .and_then(|f| f.children().find(|c| is(*c, A, "latin")))
                .and_then(|l| l.attribute("typeface"))
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        Ok(ThemeFonts {
            major: latin("majorFont"),
            minor: latin("minorFont"),
        })
    }

    /// The font a theme font name (`minorHAnsi`, `majorAscii`...) stands for.
    fn resolve(&self, theme_name: &str) -> Option<String> {
        if theme_name.starts_with("major") {
            self.major.clone()
        } else if theme_name.starts_with("minor") {
            self.minor.clone()
        } else {
            None
        }
    }
}

/// A font as `w:rFonts` names it.
#[derive(Debug, Clone)]
enum FontRef {
    Named(String),
    Theme(String),
}

/// The run properties of one style (or the document defaults) that the house style takes.
#[derive(Debug, Default, Clone)]
struct RunLook {
    /// The fonts named for `ascii` then `hAnsi`.
    fonts: Vec<FontRef>,
    colour: Option<String>,
}

impl RunLook {
    fn read(rpr: Option<Node>) -> RunLook {
        let Some(rpr) = rpr else { return RunLook::default() };
        let mut fonts = Vec::new();
        if let Some(rfonts) = w_child(rpr, "rFonts") {
            for (named, theme) in [("ascii", "asciiTheme"), ("hAnsi", "hAnsiTheme")] {
                // A theme font takes precedence over a named one, as in Word.
                if let Some(t) = w_attr(rfonts, theme) {
                    fonts.push(FontRef::Theme(t.to_string()));
                } else if let Some(n) = w_attr(rfonts, named).filter(|n| !n.is_empty()) {
                    fonts.push(FontRef::Named(n.to_string()));
                }
            }
        }
        let colour = w_child(rpr, "color")
            .and_then(|c| w_attr(c, "val"))
            .filter(|v| v.len() == 6 && v.chars().all(|c| c.is_ascii_hexdigit()))
            .map(|v| v.to_ascii_uppercase());
        RunLook { fonts, colour }
    }

    fn font(&self, theme: &ThemeFonts) -> Option<String> {
        self.fonts.iter().find_map(|f| match f {
            FontRef::Named(n) => Some(n.clone()),
            FontRef::Theme(t) => theme.resolve(t),
        })
    }
}

/// The styles part, read for what the house style needs.
struct StyleSheet {
    defs: Vec<StyleDef>,
    defaults: RunLook,
    /// Each style's own look and the style it is based on, by id.
    looks: BTreeMap<String, (RunLook, Option<String>)>,
    /// The default paragraph style's id (usually `Normal`).
    normal: Option<String>,
}

impl StyleSheet {
    fn read(doc: &Document) -> StyleSheet {
        let root = doc.root_element();
        let defaults = w_child(root, "docDefaults")
            .and_then(|d| w_child(d, "rPrDefault"))
            .map(|r| RunLook::read(w_child(r, "rPr")))
            .unwrap_or_default();
        let mut defs = Vec::new();
        let mut looks = BTreeMap::new();
        let mut normal = None;
        for style in root.children().filter(|c| is_w(*c, "style")) {
            let Some(id) = w_attr(style, "styleId") else { continue };
            let kind = w_attr(style, "type").map(str::to_string);
            let name = w_child(style, "name")
                .and_then(|n| w_attr(n, "val"))
                .map(str::to_string);
            if kind.as_deref() == Some("paragraph") && w_attr(style, "default").is_some_and(|d| d == "1" || d == "true")
            {
                normal.get_or_insert_with(|| id.to_string());
            }
            let based_on = w_child(style, "basedOn")
                .and_then(|b| w_attr(b, "val"))
                .map(str::to_string);
            looks
                .entry(id.to_string())
                .or_insert((RunLook::read(w_child(style, "rPr")), based_on));
            defs.push(StyleDef {
                id: id.to_string(),
                name,
                kind,
            });
        }
        if normal.is_none() && looks.contains_key("Normal") {
            normal = Some("Normal".to_string());
        }
        StyleSheet {
            defs,
            defaults,
            looks,
            normal,
        }
    }

    /// A style's id by its id or its (case-insensitive) name.
    fn find(&self, id: &str, name: &str) -> Option<String> {
        if self.looks.contains_key(id) {
            return Some(id.to_string());
        }
        self.defs
            .iter()
            .find(|d| d.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(name)))
            .map(|d| d.id.clone())
    }

    /// The first value `pick` finds along a style's `basedOn` chain, then in the defaults.
    fn inherited<T>(&self, style: Option<&str>, pick: impl Fn(&RunLook) -> Option<T>) -> Option<T> {
        let mut current = style.map(str::to_string);
        for _ in 0..MAX_BASED_ON {
            let Some((look, based_on)) = current.as_ref().and_then(|id| self.looks.get(id)) else {
                break;
            };
            if let Some(value) = pick(look) {
                return Some(value);
            }
            current = based_on.clone();
        }
        pick(&self.defaults)
    }

    fn heading_style(&self) -> Option<String> {
        self.find("Heading1", "heading 1")
            .or_else(|| self.find("Title", "title"))
    }

    fn fonts(&self, theme: &ThemeFonts) -> Fonts {
        let mut all = BTreeSet::new();
        for look in std::iter::once(&self.defaults).chain(self.looks.values().map(|(l, _)| l)) {
            for f in &look.fonts {
                let font = match f {
                    FontRef::Named(n) => Some(n.clone()),
                    FontRef::Theme(t) => theme.resolve(t),
                };
                all.extend(font);
            }
        }
        let heading_style = self.heading_style();
        Fonts {
            all: all.into_iter().collect(),
            body: self.inherited(self.normal.as_deref(), |l| l.font(theme)),
            heading: heading_style.and_then(|h| self.inherited(Some(&h), |l| l.font(theme))),
        }
    }

    fn colours(&self) -> Colours {
        let heading_style = self.heading_style();
        Colours {
            heading: heading_style.and_then(|h| self.inherited(Some(&h), |l| l.colour.clone())),
            body: self.inherited(self.normal.as_deref(), |l| l.colour.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::W;

    fn sheet(body: &str) -> (StyleSheet, ThemeFonts) {
        let xml = format!(r#"<w:styles xmlns:w="{W}">{body}</w:styles>"#);
        let doc = Document::parse(&xml).unwrap();
        let theme = ThemeFonts {
            major: Some("Calibri Light".into()),
            minor: Some("Calibri".into()),
        };
        (StyleSheet::read(&doc), theme)
    }

    #[test]
    fn fonts_come_from_defaults_styles_and_the_theme() {
        let (s, theme) = sheet(
            r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>
            </w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/>
              <w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:color w:val="1f3864"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Heading"/></w:style>
            <w:style w:type="paragraph" w:styleId="Quote"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/></w:rPr></w:style>"#,
        );
        let fonts = s.fonts(&theme);
        assert_eq!(fonts.all, ["Calibri", "Calibri Light", "Liberation Sans"]);
        assert_eq!(fonts.body.as_deref(), Some("Calibri"));
        assert_eq!(fonts.heading.as_deref(), Some("Liberation Sans"));
        let colours = s.colours();
        assert_eq!(colours.heading.as_deref(), Some("1F3864"));
        assert_eq!(colours.body, None);
    }

    #[test]
    fn a_based_on_cycle_ends() {
        let (s, theme) = sheet(
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Title"/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Heading1"/></w:style>"#,
        );
        assert_eq!(s.fonts(&theme).heading, None);
    }

    #[test]
    fn twips_measures_with_units() {
        assert_eq!(parse_twips("1440"), Some(1440));
        assert_eq!(parse_twips("-20"), Some(-20));
        assert_eq!(parse_twips("2.54cm"), Some(1440));
        assert_eq!(parse_twips("1in"), Some(1440));
        assert_eq!(parse_twips("12pt"), Some(240));
        assert_eq!(parse_twips("wide"), None);
        assert_eq!(parse_twips("1e300"), None);
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("word/media/image1.PNG"), "image/png");
        assert_eq!(content_type("word/media/logo.jpeg"), "image/jpeg");
        assert_eq!(content_type("word/media/logo.emf"), "image/x-emf");
        assert_eq!(content_type("word/media/blob"), "application/octet-stream");
    }
}
