//! A reference document's styles merged into ours, as pandoc's `--reference-doc` does: its
//! document defaults (fonts, size, spacing), and for every paragraph style both define its run
//! and paragraph formatting. A style of ours is found in the reference by id, else by Word's
//! built-in name, since localised templates rename the ids (`Titre1` is still "heading 1").
//! What makes the draft work stays ours: the heading numbering and outline levels, keep with
//! next, tab stops placed for our page and footer, the indents that align numbers in headings
//! and contents entries, and the links between our styles. Styles only the reference defines
//! come along (the letterhead's paragraphs use them); the ones it lacks stay ours.

use std::collections::{HashMap, HashSet};

use adopt_office::ReferenceDoc;
use roxmltree::Node;

use crate::error::DocxError;
use crate::text::escape;
use crate::word_xml::{
    PPR_ORDER, Prop, RPR_ORDER, ThemeFonts, W, copy, in_order, is_w, parse, props, w_attr, w_child, write_container,
};

/// How far `w:basedOn` is followed (Word allows no cycles; a crafted file may have one).
const MAX_BASED_ON: usize = 32;

/// What a copied style of the reference leaves out: numbering (its numbering definitions are
/// not ours), change records and section properties.
const NOT_COPIED: &[&str] = &[
    "numPr",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPr",
];

/// The merged styles part, and the reference's style ids that became ours.
pub struct HouseStyles {
    pub xml: String,
    /// The reference's id of a style to ours (`Kopfzeile` to `Header`), for the letterhead's
    /// paragraphs, which name the reference's ids.
    pub renamed: HashMap<String, String>,
}

/// The styles part: ours (`ours`, as `styles::styles_xml_with` wrote it) with the reference's
/// look taken over.
pub fn merge(ours: &str, reference: &ReferenceDoc) -> Result<HouseStyles, DocxError> {
    // No theme part is copied: theme fonts become the names the reader resolved them to
    // (Word's templates take headings from the major font and text from the minor one).
    let theme = ThemeFonts {
        major: reference.fonts.heading.clone(),
        minor: reference.fonts.body.clone(),
    };
    let our_doc =
        roxmltree::Document::parse(ours).map_err(|_| DocxError::Internal("our styles part does not parse"))?;
    let their_doc = parse(&reference.styles_xml).map_err(|e| refused(e.to_string()))?;
    let their_root = their_doc.root_element();
    if !is_w(their_root, "styles") {
        return Err(refused("it is not a styles part".into()));
    }
    let theirs = Sheet::read(their_root);
    let our_root = our_doc.root_element();
    let our_styles: Vec<Node> = our_root.children().filter(|c| is_w(*c, "style")).collect();
    let our_ids: HashSet<&str> = our_styles.iter().filter_map(|s| w_attr(*s, "styleId")).collect();

    // The reference's style each of our paragraph styles takes its look from.
    let mut matched: HashMap<&str, Node> = HashMap::new();
    let mut their_to_ours: HashMap<&str, &str> = HashMap::new();
    for style in our_styles.iter().filter(|s| kind(**s) == Some("paragraph")) {
        let (Some(id), Some(name)) = (w_attr(*style, "styleId"), name(*style)) else {
            continue;
        };
        let by_id = theirs.by_id.get(id).filter(|t| kind(**t) == Some("paragraph"));
        let by_name = || {
            theirs
                .by_name
                .get(&name.to_lowercase())
                .filter(|t| kind(**t) == Some("paragraph"))
                .filter(|t| w_attr(**t, "styleId").is_some_and(|i| !our_ids.contains(i)))
        };
        let Some(t) = by_id.or_else(by_name) else { continue };
        let Some(their_id) = w_attr(*t, "styleId") else {
            continue;
        };
        if their_to_ours.contains_key(their_id) {
            continue;
        }
        their_to_ours.insert(their_id, id);
        matched.insert(id, *t);
    }

    // Styles only the reference defines, each id once.
    let mut carried: Vec<Node> = Vec::new();
    let mut carried_ids: HashSet<&str> = HashSet::new();
    for style in &theirs.styles {
        let Some(id) = w_attr(*style, "styleId") else { continue };
        if matches!(kind(*style), Some("paragraph" | "character" | "table"))
            && !our_ids.contains(id)
            && !their_to_ours.contains_key(id)
            && carried_ids.insert(id)
        {
            carried.push(*style);
        }
    }
    let known = |id: &str| our_ids.contains(id) || carried_ids.contains(id);

    let mut out = String::with_capacity(ours.len() + reference.styles_xml.len());
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    out.push_str(&format!(r#"<w:styles xmlns:w="{W}">"#));
    defaults(our_root, their_root, &theme, &mut out);
    for style in &our_styles {
        let id = w_attr(*style, "styleId").unwrap_or_default();
        match matched.get(id) {
            Some(t) => {
                let stop = w_child(*style, "basedOn")
                    .and_then(|b| w_attr(b, "val"))
                    .and_then(|b| matched.get(b))
                    .and_then(|b| w_attr(*b, "styleId"));
                merged_style(ours, *style, &theirs, *t, stop, &theme, &mut out);
            }
            None => out.push_str(&ours[style.range()]),
        }
    }
    for style in carried {
        carried_style(style, &their_to_ours, &known, &theme, &mut out);
    }
    out.push_str("</w:styles>");
    let renamed = their_to_ours
        .into_iter()
        .filter(|(theirs, ours)| theirs != ours)
        .map(|(theirs, ours)| (theirs.to_string(), ours.to_string()))
        .collect();
    Ok(HouseStyles { xml: out, renamed })
}

fn refused(detail: String) -> DocxError {
    DocxError::Reference {
        part: "styles".into(),
        detail,
    }
}

fn kind<'a>(style: Node<'a, '_>) -> Option<&'a str> {
    w_attr(style, "type")
}

fn name<'a>(style: Node<'a, '_>) -> Option<&'a str> {
    w_child(style, "name").and_then(|n| w_attr(n, "val"))
}

/// The reference's styles by id and by lower-case name (first of each wins).
struct Sheet<'a, 'i> {
    styles: Vec<Node<'a, 'i>>,
    by_id: HashMap<&'a str, Node<'a, 'i>>,
    by_name: HashMap<String, Node<'a, 'i>>,
}

impl<'a, 'i> Sheet<'a, 'i> {
    fn read(root: Node<'a, 'i>) -> Self {
        let styles: Vec<Node> = root.children().filter(|c| is_w(*c, "style")).collect();
        let mut by_id = HashMap::new();
        let mut by_name = HashMap::new();
        for s in &styles {
            if let Some(id) = w_attr(*s, "styleId") {
                by_id.entry(id).or_insert(*s);
            }
            if let Some(n) = name(*s) {
                by_name.entry(n.to_lowercase()).or_insert(*s);
            }
        }
        Sheet { styles, by_id, by_name }
    }

    /// A style's paragraph and run properties with what it inherits through `w:basedOn`, up to
    /// (not including) `stop`: the reference's counterpart of the style ours is based on, whose
    /// look our style inherits anyway once merged.
    fn flatten(&self, style: Node<'a, 'i>, stop: Option<&str>, theme: &ThemeFonts) -> (Vec<Prop>, Vec<Prop>) {
        let mut chain = Vec::new();
        let mut seen = HashSet::new();
        let mut current = Some(style);
        while let Some(s) = current {
            let id = w_attr(s, "styleId");
            if chain.len() >= MAX_BASED_ON || (id.is_some() && id == stop) || !seen.insert(id) {
                break;
            }
            chain.push(s);
            current = w_child(s, "basedOn")
                .and_then(|b| w_attr(b, "val"))
                .and_then(|b| self.by_id.get(b))
                .copied();
        }
        let (mut p, mut r) = (Vec::new(), Vec::new());
        for s in chain.iter().rev() {
            for prop in props(w_child(*s, "pPr"), theme) {
                inherit(&mut p, prop);
            }
            for prop in props(w_child(*s, "rPr"), theme) {
                inherit(&mut r, prop);
            }
        }
        (p, r)
    }
}

/// Puts a nearer level's property over what the list inherited.
fn inherit(list: &mut Vec<Prop>, nearer: Prop) {
    match list.iter_mut().find(|p| p.name == nearer.name) {
        Some(p) => p.overlay(&nearer),
        None => list.push(nearer),
    }
}

/// `w:docDefaults/{outer}/{inner}` of a styles part.
fn default_props<'a, 'i>(root: Node<'a, 'i>, outer: &str, inner: &str) -> Option<Node<'a, 'i>> {
    w_child(root, "docDefaults")
        .and_then(|d| w_child(d, outer))
        .and_then(|o| w_child(o, inner))
}

/// The reference's document defaults, with our language (the draft's, not the template's) and,
/// when it names no font at all, ours (LibreOffice would otherwise fall back to its own serif).
fn defaults(our_root: Node, their_root: Node, theme: &ThemeFonts, out: &mut String) {
    let our_r = props(default_props(our_root, "rPrDefault", "rPr"), theme);
    let our_p = props(default_props(our_root, "pPrDefault", "pPr"), theme);
    let mut r: Vec<Prop> = props(default_props(their_root, "rPrDefault", "rPr"), theme)
        .into_iter()
        .filter(|p| p.name != "lang")
        .map(|p| p.without_theme(theme))
        .collect();
    r.extend(our_r.iter().filter(|p| p.name == "lang").cloned());
    let named = |p: &Prop| p.name == "rFonts" && p.attr("ascii").is_some();
    if !r.iter().any(named) {
        r.retain(|p| p.name != "rFonts");
        r.extend(our_r.iter().filter(|p| p.name == "rFonts").cloned());
    }
    let their_p: Vec<Prop> = props(default_props(their_root, "pPrDefault", "pPr"), theme)
        .into_iter()
        .filter(|p| !matches!(p.name.as_str(), "pStyle" | "numPr" | "outlineLvl"))
        .map(|p| p.without_theme(theme))
        .collect();
    let p = if their_p.is_empty() { our_p } else { their_p };
    out.push_str("<w:docDefaults><w:rPrDefault>");
    write_container("rPr", &in_order(r, RPR_ORDER), out);
    out.push_str("</w:rPrDefault><w:pPrDefault>");
    write_container("pPr", &in_order(p, PPR_ORDER), out);
    out.push_str("</w:pPrDefault></w:docDefaults>");
}

/// One of our paragraph styles with the reference's look: our identity and links, the
/// reference's formatting, and ours where the draft depends on it.
fn merged_style(
    ours_text: &str,
    ours: Node,
    theirs: &Sheet,
    their_style: Node,
    stop: Option<&str>,
    theme: &ThemeFonts,
    out: &mut String,
) {
    let (their_p, their_r) = theirs.flatten(their_style, stop, theme);
    let our_p = props(w_child(ours, "pPr"), theme);
    let p = merged_paragraph(their_p, &our_p, theme);
    let r: Vec<Prop> = their_r
        .into_iter()
        .filter(|p| !matches!(p.name.as_str(), "rStyle" | "lang"))
        .map(|p| p.without_theme(theme))
        .collect();

    // The start tag and the identity children (name, basedOn, next, uiPriority, qFormat) as we
    // wrote them: everything before our pPr / rPr.
    let start = ours.range().start;
    let end = ours
        .children()
        .find(|c| is_w(*c, "pPr") || is_w(*c, "rPr"))
        .map(|c| c.range().start)
        .unwrap_or(ours.range().end - "</w:style>".len());
    out.push_str(&ours_text[start..end]);
    write_container("pPr", &p, out);
    write_container("rPr", &in_order(r, RPR_ORDER), out);
    out.push_str("</w:style>");
}

/// The reference's paragraph properties, with ours for numbering, outline level, keeping with
/// the next paragraph or together, tab stops, and the indents of numbered paragraphs.
fn merged_paragraph(theirs: Vec<Prop>, ours: &[Prop], theme: &ThemeFonts) -> Vec<Prop> {
    let has = |name: &str| ours.iter().any(|p| p.name == name);
    let numbered = has("numPr");
    let hanging = ours.iter().any(|p| p.name == "ind" && p.attr("hanging").is_some());
    let mut out: Vec<Prop> = theirs
        .into_iter()
        .filter(|p| !matches!(p.name.as_str(), "pStyle" | "numPr" | "outlineLvl"))
        // Numbered headings take their indent from the numbering level.
        .filter(|p| !(p.name == "ind" && (numbered || hanging)))
        .filter(|p| !(p.name == "tabs" && has("tabs")))
        .map(|p| p.without_theme(theme))
        .collect();
    for p in ours {
        let keep = match p.name.as_str() {
            "keepNext" | "keepLines" | "numPr" | "outlineLvl" | "tabs" => true,
            "ind" => hanging,
            _ => false,
        };
        if keep {
            out.retain(|q| q.name != p.name);
            out.push(p.clone());
        }
    }
    in_order(out, PPR_ORDER)
}

/// A style only the reference defines, copied: never the default of its kind (ours are), its
/// links renamed to the styles of ours it matched and dropped when they lead nowhere.
fn carried_style(
    style: Node,
    their_to_ours: &HashMap<&str, &str>,
    known: &dyn Fn(&str) -> bool,
    theme: &ThemeFonts,
    out: &mut String,
) {
    let id = w_attr(style, "styleId").unwrap_or_default();
    out.push_str(&format!(
        r#"<w:style w:type="{}" w:styleId="{}""#,
        escape(kind(style).unwrap_or_default()),
        escape(id)
    ));
    if let Some(custom) = w_attr(style, "customStyle") {
        out.push_str(&format!(r#" w:customStyle="{}""#, escape(custom)));
    }
    out.push('>');
    for child in style.children() {
        let link = ["basedOn", "next", "link"].into_iter().find(|l| is_w(child, l));
        match link {
            Some(l) => {
                let Some(target) = w_attr(child, "val") else { continue };
                let target = their_to_ours.get(target).copied().unwrap_or(target);
                if known(target) {
                    out.push_str(&format!(r#"<w:{l} w:val="{}"/>"#, escape(target)));
                }
            }
            None => copy(child, out, theme, NOT_COPIED, 1),
        }
    }
    out.push_str("</w:style>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::Geometry;
    use crate::styles::{Faces, styles_xml_with};
    use adopt_document::{PageSetup, PageSize};
    use adopt_office::{Colours, Fonts};

    fn reference(styles: &str, body: Option<&str>, heading: Option<&str>) -> ReferenceDoc {
        ReferenceDoc {
            styles_xml: format!(r#"<?xml version="1.0"?><w:styles xmlns:w="{W}" xmlns:w14="x">{styles}</w:styles>"#),
            styles: Vec::new(),
            fonts: Fonts {
                all: Vec::new(),
                body: body.map(str::to_string),
                heading: heading.map(str::to_string),
            },
            page: None,
            colours: Colours::default(),
            headers: Vec::new(),
            footers: Vec::new(),
        }
    }

    fn ours() -> String {
        let g = Geometry::new(&PageSetup::new(PageSize::A4));
        styles_xml_with("fr", &g, &Faces::OURS)
    }

    /// A style of the merged part by id, with its descendants' tag names and attributes.
    fn style<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> Node<'a, 'a> {
        doc.descendants()
            .find(|n| is_w(*n, "style") && w_attr(*n, "styleId") == Some(id))
            .unwrap_or_else(|| panic!("style {id} is missing"))
    }

    fn prop<'a>(style: Node<'a, 'a>, path: &[&str]) -> Option<Node<'a, 'a>> {
        path.iter().try_fold(style, |n, name| w_child(n, name))
    }

    const WORD_LIKE: &str = r#"
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>
          <w:sz w:val="22"/><w:lang w:val="de-DE"/><w14:ligatures w14:val="all"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
        <w:latentStyles w:defLockedState="0"/>
        <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>
        <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>
          <w:next w:val="Standard"/><w:link w:val="berschrift1Zchn"/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>
          <w:spacing w:before="240"/><w:ind w:left="432" w:hanging="432"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>
          <w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496" w:themeColor="accent1"/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="character" w:customStyle="1" w:styleId="berschrift1Zchn"><w:name w:val="Überschrift 1 Zchn"/>
          <w:basedOn w:val="Absatz-Standardschriftart"/><w:link w:val="berschrift1"/><w:rPr><w:color w:val="2F5496"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:default="1" w:styleId="Briefkopf"><w:name w:val="Letterhead"/><w:basedOn w:val="Standard"/>
          <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:jc w:val="right"/></w:pPr></w:style>
        <w:style w:type="numbering" w:styleId="Liste1"><w:name w:val="Liste 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Standard"/>
          <w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/></w:tabs></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>"#;

    #[test]
    fn a_localised_template_lends_its_look_and_our_document_keeps_working() {
        let house = merge(&ours(), &reference(WORD_LIKE, Some("Calibri"), Some("Calibri Light"))).unwrap();
        assert_eq!(house.renamed.get("berschrift1").map(String::as_str), Some("Heading1"));
        assert_eq!(house.renamed.get("Standard").map(String::as_str), Some("Normal"));
        assert!(!house.renamed.contains_key("Footer"));
        let merged = house.xml;
        let doc = roxmltree::Document::parse(&merged).expect("well-formed");

        // Defaults: the reference's size and spacing, theme fonts named, our language.
        let defaults = doc.descendants().find(|n| is_w(*n, "rPrDefault")).unwrap();
        let fonts = prop(defaults, &["rPr", "rFonts"]).unwrap();
        assert_eq!(w_attr(fonts, "ascii"), Some("Calibri"));
        assert_eq!(w_attr(prop(defaults, &["rPr", "sz"]).unwrap(), "val"), Some("22"));
        assert_eq!(w_attr(prop(defaults, &["rPr", "lang"]).unwrap(), "val"), Some("fr-FR"));
        assert!(merged.contains(r#"<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>"#));

        // Normal (matched by name) lost our Times New Roman: the defaults' font applies.
        let normal = style(&doc, "Normal");
        assert_eq!(w_attr(normal, "default"), Some("1"));
        assert!(prop(normal, &["rPr", "rFonts"]).is_none());

        // Heading 1: their font, colour, size, alignment and spacing; our numbering (not
        // theirs: numId 7 is not in our numbering part), outline level, keep with next, and no
        // indent of theirs over the numbering's.
        let h1 = style(&doc, "Heading1");
        assert_eq!(
            w_attr(prop(h1, &["rPr", "rFonts"]).unwrap(), "ascii"),
            Some("Calibri Light")
        );
        let colour = prop(h1, &["rPr", "color"]).unwrap();
        assert_eq!(
            (w_attr(colour, "val"), w_attr(colour, "themeColor")),
            (Some("2F5496"), None)
        );
        assert_eq!(w_attr(prop(h1, &["rPr", "sz"]).unwrap(), "val"), Some("32"));
        assert_eq!(w_attr(prop(h1, &["pPr", "jc"]).unwrap(), "val"), Some("center"));
        assert_eq!(w_attr(prop(h1, &["pPr", "spacing"]).unwrap(), "before"), Some("240"));
        assert_eq!(
            w_attr(prop(h1, &["pPr", "numPr", "numId"]).unwrap(), "val"),
            Some(crate::numbering::HEADING_NUM_ID.to_string().as_str())
        );
        assert!(prop(h1, &["pPr", "keepNext"]).is_some() && prop(h1, &["pPr", "keepLines"]).is_some());
        assert_eq!(w_attr(prop(h1, &["pPr", "outlineLvl"]).unwrap(), "val"), Some("0"));
        assert!(prop(h1, &["pPr", "ind"]).is_none());
        assert_eq!(w_attr(prop(h1, &["basedOn"]).unwrap(), "val"), Some("Normal"));
        // Heading 2, which the reference lacks, stays ours.
        assert_eq!(
            w_attr(prop(style(&doc, "Heading2"), &["rPr", "rFonts"]).unwrap(), "ascii"),
            Some("Arial")
        );

        // Footer: their size, our right tab for the page label.
        let footer = style(&doc, "Footer");
        assert_eq!(w_attr(prop(footer, &["rPr", "sz"]).unwrap(), "val"), Some("16"));
        let tab = prop(footer, &["pPr", "tabs", "tab"]).unwrap();
        assert_eq!(w_attr(tab, "val"), Some("right"));

        // Their own styles come along, linked to ours, never a second default, no numbering.
        let char_style = style(&doc, "berschrift1Zchn");
        assert_eq!(w_attr(prop(char_style, &["link"]).unwrap(), "val"), Some("Heading1"));
        assert!(
            prop(char_style, &["basedOn"]).is_none(),
            "a link to a missing style is dropped"
        );
        let letterhead = style(&doc, "Briefkopf");
        assert_eq!(w_attr(letterhead, "default"), None);
        assert_eq!(w_attr(prop(letterhead, &["basedOn"]).unwrap(), "val"), Some("Normal"));
        assert!(prop(letterhead, &["pPr", "numPr"]).is_none());
        assert!(!merged.contains("Liste1") && !merged.contains("Standard\"") && !merged.contains("berschrift1\""));
        assert!(!merged.contains("latentStyles") && !merged.contains("w14"));

        let ids: Vec<_> = doc.descendants().filter_map(|n| w_attr(n, "styleId")).collect();
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "style ids are unique");
        let defaults = doc
            .descendants()
            .filter(|n| is_w(*n, "style") && kind(*n) == Some("paragraph") && w_attr(*n, "default").is_some())
            .count();
        assert_eq!(defaults, 1);
    }

    #[test]
    fn inherited_formatting_is_taken_up_to_the_style_ours_is_based_on() {
        // LibreOffice's headings inherit from its "Heading" style, which is not ours.
        let styles = r#"
            <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="28"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/><w:basedOn w:val="Heading"/>
              <w:pPr><w:spacing w:before="200"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"#;
        let merged = merge(&ours(), &reference(styles, None, None)).unwrap().xml;
        let doc = roxmltree::Document::parse(&merged).unwrap();
        let h2 = style(&doc, "Heading2");
        let spacing = prop(h2, &["pPr", "spacing"]).unwrap();
        assert_eq!(
            (w_attr(spacing, "before"), w_attr(spacing, "after")),
            (Some("200"), Some("120"))
        );
        assert_eq!(
            w_attr(prop(h2, &["rPr", "rFonts"]).unwrap(), "ascii"),
            Some("Liberation Sans")
        );
        assert_eq!(w_attr(prop(h2, &["rPr", "sz"]).unwrap(), "val"), Some("28"));
        // Normal's size is not folded in: Heading 2 inherits it from the merged Normal.
        assert_eq!(
            w_attr(prop(style(&doc, "Normal"), &["rPr", "sz"]).unwrap(), "val"),
            Some("20")
        );
        // No font anywhere in the reference's defaults: ours stays, so nothing falls back to
        // the reader's own default.
        let defaults = doc.descendants().find(|n| is_w(*n, "rPrDefault")).unwrap();
        assert_eq!(
            w_attr(prop(defaults, &["rPr", "rFonts"]).unwrap(), "ascii"),
            Some("Times New Roman")
        );
    }

    #[test]
    fn a_part_that_is_not_a_style_sheet_is_refused() {
        let mut r = reference("", None, None);
        r.styles_xml = format!(r#"<w:document xmlns:w="{W}"/>"#);
        assert!(matches!(merge(&ours(), &r), Err(DocxError::Reference { .. })));
        r.styles_xml = "<w:styles".into();
        assert!(matches!(merge(&ours(), &r), Err(DocxError::Reference { .. })));
    }
}
