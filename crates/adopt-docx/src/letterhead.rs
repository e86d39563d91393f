//! A reference document's header and footer (the letterhead) taken into our package: each of our
//! header and footer parts becomes the reference's part, with our own paragraphs added at its end
//! (the running header under the letterhead; the marking, page label and version line under the
//! reference's footer). The cover's header and footer take the reference's first-page ones when
//! it has a different first page, else its default ones: authorities expect the letterhead on
//! the cover too.
//!
//! The reference's XML is kept as written (its namespaces, drawings, fields) and edited in
//! place: relationship ids renamed to the ones our part's relationships give its pictures and
//! links, picture ids renumbered, paragraph ids and bookmarks left out (they must be unique in
//! the document), numbering left out (its definitions are not ours), and style names renamed to
//! ours where the reference's style became one of ours. Its pictures become
//! parts `word/media/letterheadN.ext` of ours, each once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use adopt_office::{HeaderFooter, Media, ReferenceDoc};
use roxmltree::Node;

use crate::error::DocxError;
use crate::text::escape;
use crate::word_xml::{O, R, R_STRICT, W, W14, WP, is_w, parse, w_attr};

const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const PKG_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const CONTENT_TYPES: &str = "[Content_Types].xml";

/// Elements of the reference's parts left out of the copy: numbering, bookmarks and comment
/// marks refer to definitions or ids of the reference's own document.
const LEFT_OUT: &[&str] = &[
    "numPr",
    "bookmarkStart",
    "bookmarkEnd",
    "commentRangeStart",
    "commentRangeEnd",
    "commentReference",
];

/// Replaces our header and footer parts by the reference's with ours added, and adds their
/// pictures to the package. `renamed` gives the reference's style ids that became ours.
pub fn apply(
    parts: &mut Vec<(String, Vec<u8>)>,
    reference: &ReferenceDoc,
    renamed: &HashMap<String, String>,
) -> Result<(), DocxError> {
    let first_page = reference.page.as_ref().is_some_and(|p| p.different_first_page);
    let mut copies = Copies::new(renamed);
    for slot in section_parts(parts)? {
        let pick = |kind: &str| {
            if slot.header {
                reference.header(kind)
            } else {
                reference.footer(kind)
            }
        };
        let theirs = match slot.kind.as_str() {
            "default" => pick("default"),
            "first" => first_page.then(|| pick("first")).flatten().or_else(|| pick("default")),
            _ => None,
        };
        let Some(theirs) = theirs else { continue };
        let rels_name = rels_part(&slot.part);
        let ours = part_text(parts, &slot.part)?.ok_or(DocxError::Internal("a section names a missing part"))?;
        let our_rels = part_text(parts, &rels_name)?;
        // The cover's header has no text of ours: only the letterhead shows there.
        let cover = slot.header && slot.kind == "first";
        let Some(merged) = copies.merge_part(&ours, our_rels.as_deref(), theirs, cover)? else {
            continue;
        };
        set_part(parts, &slot.part, merged.xml.into_bytes());
        set_part(parts, &rels_name, merged.rels.into_bytes());
    }
    let media = copies.media;
    if media.parts.is_empty() {
        return Ok(());
    }
    // Each picture declared by its own part name, whatever its extension.
    let types = part_text(parts, CONTENT_TYPES)?.ok_or(DocxError::Internal("no content types part"))?;
    let end = types
        .rfind("</Types>")
        .ok_or(DocxError::Internal("unterminated content types part"))?;
    let mut overrides = String::new();
    for (name, content_type, _) in &media.parts {
        overrides.push_str(&format!(
            r#"<Override PartName="/{}" ContentType="{}" />"#,
            escape(name),
            escape(content_type)
        ));
    }
    let types = format!("{}{overrides}{}", &types[..end], &types[end..]);
    set_part(parts, CONTENT_TYPES, types.into_bytes());
    for (name, _, bytes) in media.parts {
        parts.push((name, bytes));
    }
    Ok(())
}

/// A header or footer our section refers to.
struct Slot {
    header: bool,
    /// `default` or `first`.
    kind: String,
    part: String,
}

/// Our section's headers and footers, by kind, with their part names.
fn section_parts(parts: &[(String, Vec<u8>)]) -> Result<Vec<Slot>, DocxError> {
    let document = part_text(parts, "word/document.xml")?.ok_or(DocxError::Internal("no document part"))?;
    let rels =
        part_text(parts, "word/_rels/document.xml.rels")?.ok_or(DocxError::Internal("no document relationships"))?;
    let document =
        roxmltree::Document::parse(&document).map_err(|_| DocxError::Internal("document.xml does not parse"))?;
    let rels =
        roxmltree::Document::parse(&rels).map_err(|_| DocxError::Internal("document.xml.rels does not parse"))?;
    let targets: HashMap<&str, &str> = rels
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((PKG_RELS, "Relationship")))
        .filter_map(|n| Some((n.attribute("Id")?, n.attribute("Target")?)))
        .collect();
    let Some(section) = document.descendants().rfind(|n| is_w(*n, "sectPr")) else {
        return Ok(Vec::new());
    };
    let mut slots = Vec::new();
    for node in section.children() {
        let header = is_w(node, "headerReference");
        if !header && !is_w(node, "footerReference") {
            continue;
        }
        let id = node
            .attribute((R, "id"))
            .ok_or(DocxError::Internal("a header reference without id"))?;
        let target = targets
            .get(id)
            .ok_or(DocxError::Internal("a header reference to no relationship"))?;
        slots.push(Slot {
            header,
            kind: w_attr(node, "type").unwrap_or("default").to_string(),
            part: format!("word/{target}"),
        });
    }
    Ok(slots)
}

/// The pictures taken from the reference, each once however many parts show it.
#[derive(Default)]
struct MediaParts {
    /// The reference's part name to ours.
    by_source: BTreeMap<String, String>,
    /// Our part name, content type, bytes.
    parts: Vec<(String, String, Vec<u8>)>,
}

impl MediaParts {
    /// Our part for a picture, as a target relative to `word/`.
    fn add(&mut self, media: &Media) -> String {
        let name = match self.by_source.get(&media.part_name) {
            Some(name) => name.clone(),
            None => {
                let ext = media
                    .part_name
                    .rsplit_once('.')
                    .map(|(_, e)| e.to_ascii_lowercase())
                    .filter(|e| !e.is_empty() && e.len() <= 5 && e.chars().all(|c| c.is_ascii_alphanumeric()))
                    .unwrap_or_else(|| "bin".to_string());
                let name = format!("word/media/letterhead{}.{ext}", self.parts.len() + 1);
                self.by_source.insert(media.part_name.clone(), name.clone());
                self.parts
                    .push((name.clone(), media.content_type.clone(), media.bytes.clone()));
                name
            }
        };
        name.trim_start_matches("word/").to_string()
    }
}

struct Merged {
    xml: String,
    rels: String,
}

/// What the copies of the reference's parts share.
struct Copies<'r> {
    media: MediaParts,
    /// Picture ids (`wp:docPr`) given so far: they must be unique in the document.
    pictures: u32,
    renamed: &'r HashMap<String, String>,
}

impl<'r> Copies<'r> {
    fn new(renamed: &'r HashMap<String, String>) -> Self {
        Copies {
            media: MediaParts::default(),
            pictures: 0,
            renamed,
        }
    }

    /// The reference's part with our paragraphs at its end, and its relationships. `None` when the
    /// part is not a transitional header or footer (a strict document's parts do not mix with ours).
    fn merge_part(
        &mut self,
        ours: &str,
        our_rels: Option<&str>,
        theirs: &HeaderFooter,
        cover: bool,
    ) -> Result<Option<Merged>, DocxError> {
        let refused = |detail: String| DocxError::Reference {
            part: theirs.part_name.clone(),
            detail,
        };
        let doc = parse(&theirs.xml).map_err(|e| refused(e.to_string()))?;
        let root = doc.root_element();
        if root.tag_name().namespace() != Some(W) || !matches!(root.tag_name().name(), "hdr" | "ftr") {
            return Ok(None);
        }

        // Relationships carried over under new ids: links as they are, pictures with their bytes.
        let mut ids: HashMap<&str, String> = HashMap::new();
        let mut relationships = String::new();
        for rel in &theirs.relationships {
            let target = if rel.external {
                Some(rel.target.clone())
            } else {
                theirs
                    .media
                    .iter()
                    .find(|m| m.rel_id == rel.id)
                    .map(|m| self.media.add(m))
            };
            let Some(target) = target else { continue };
            let id = format!("rIdLetterhead{}", ids.len() + 1);
            relationships.push_str(&format!(
                r#"<Relationship Id="{id}" Type="{}" Target="{}"{} />"#,
                escape(&rel.rel_type),
                escape(&target),
                if rel.external { r#" TargetMode="External""# } else { "" }
            ));
            ids.insert(rel.id.as_str(), id);
        }

        let mut edits: Vec<(Range<usize>, String)> = Vec::new();
        for node in root.descendants().filter(|n| n.is_element()) {
            if LEFT_OUT.iter().any(|name| is_w(node, name)) {
                edits.push((node.range(), String::new()));
                continue;
            }
            if node.has_tag_name((WP, "docPr"))
                && let Some(id) = node.attributes().find(|a| a.name() == "id" && a.namespace().is_none())
            {
                self.pictures += 1;
                edits.push((id.range_value(), self.pictures.to_string()));
            }
            if ["pStyle", "rStyle", "tblStyle"].iter().any(|s| is_w(node, s))
                && let Some(val) = node.attributes().find(|a| a.name() == "val")
                && let Some(ours) = self.renamed.get(val.value())
            {
                edits.push((val.range_value(), escape(ours)));
            }
            for a in node.attributes() {
                let ns = a.namespace();
                if matches!(ns, Some(R | R_STRICT)) || (ns == Some(O) && a.name() == "relid") {
                    match ids.get(a.value()) {
                        Some(new) => edits.push((a.range_value(), new.clone())),
                        None => {
                            // A part we do not carry (an embedded object...): its run goes.
                            let run = node.ancestors().find(|n| is_w(*n, "r")).unwrap_or(node);
                            if run != root {
                                edits.push((run.range(), String::new()));
                            }
                        }
                    }
                } else if ns == Some(W14) && matches!(a.name(), "paraId" | "textId") {
                    edits.push((with_space_before(&theirs.xml, a.range()), String::new()));
                }
            }
        }

        let our_doc = roxmltree::Document::parse(ours)
            .map_err(|_| DocxError::Internal("a header or footer part does not parse"))?;
        let our_root = our_doc.root_element();
        let ends_with_paragraph = root.children().rfind(|n| n.is_element()).is_some_and(|n| is_w(n, "p"));
        let blank = !our_root.descendants().any(|n| is_w(n, "t"));
        let mut inserted = String::new();
        // A header or footer ends with a paragraph: ours, or the reference's when ours is blank.
        if !(cover && blank && ends_with_paragraph) {
            for child in our_root.children().filter(|n| n.is_element()) {
                inserted.push_str(&standalone(ours, child));
            }
        }
        let range = root.range();
        let raw = &theirs.xml[range.clone()];
        if raw.ends_with("/>") {
            edits.push((range.end - 2..range.end, format!(">{inserted}</{}>", qname(raw))));
        } else {
            let close = range.start
                + raw
                    .rfind("</")
                    .ok_or_else(|| refused("its root element is not closed".into()))?;
            edits.push((close..close, inserted));
        }
        let xml = format!("{XML_DECLARATION}{}", apply_edits(&theirs.xml, range, edits));

        let mut rels = format!(r#"{XML_DECLARATION}<Relationships xmlns="{PKG_RELS}">"#);
        if let Some(our_rels) = our_rels {
            let doc =
                roxmltree::Document::parse(our_rels).map_err(|_| DocxError::Internal("a part's rels do not parse"))?;
            for rel in doc.root_element().children().filter(|n| n.is_element()) {
                rels.push_str(&our_rels[rel.range()]);
            }
        }
        rels.push_str(&relationships);
        rels.push_str("</Relationships>");
        Ok(Some(Merged { xml, rels }))
    }
}

/// An element of our part written so it stands on its own inside another part: it declares
/// the namespaces it uses, and leaves out paragraph ids (the reference's part may hold the same).
fn standalone(text: &str, node: Node) -> String {
    let mut uris = BTreeSet::new();
    let mut edits = Vec::new();
    for n in node.descendants().filter(|n| n.is_element()) {
        uris.extend(n.tag_name().namespace());
        for a in n.attributes() {
            if a.namespace() == Some(W14) && matches!(a.name(), "paraId" | "textId") {
                edits.push((with_space_before(text, a.range()), String::new()));
            } else if let Some(ns) = a.namespace().filter(|ns| *ns != XML_NS) {
                uris.insert(ns);
            }
        }
    }
    let mut declarations = String::new();
    for uri in uris {
        match node.lookup_prefix(uri).filter(|p| !p.is_empty()) {
            Some(prefix) => declarations.push_str(&format!(r#" xmlns:{prefix}="{}""#, escape(uri))),
            None => declarations.push_str(&format!(r#" xmlns="{}""#, escape(uri))),
        }
    }
    let range = node.range();
    let name_end = range.start + 1 + qname(&text[range.clone()]).len();
    edits.push((name_end..name_end, declarations));
    apply_edits(text, range, edits)
}

/// An attribute's range with the whitespace before it, so removing it leaves a tidy tag.
fn with_space_before(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].trim_end().len();
    start..range.end
}

/// The qualified name of the element that `raw` (its source text) starts.
fn qname(raw: &str) -> &str {
    let name = raw.strip_prefix('<').unwrap_or(raw);
    let end = name
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(name.len());
    &name[..end]
}

/// `text[window]` with the edits made: each replaces a range; an edit inside a range an
/// earlier one replaced (an attribute of a removed run) is void.
fn apply_edits(text: &str, window: Range<usize>, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::with_capacity(window.len() + 1024);
    let mut cursor = window.start;
    for (range, replacement) in edits {
        if range.start < cursor || range.end > window.end {
            continue;
        }
        out.push_str(&text[cursor..range.start]);
        out.push_str(&replacement);
        cursor = range.end;
    }
    out.push_str(&text[cursor..window.end]);
    out
}

fn rels_part(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

fn part_text(parts: &[(String, Vec<u8>)], name: &str) -> Result<Option<String>, DocxError> {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, bytes)| String::from_utf8(bytes.clone()).map_err(|_| DocxError::Internal("a part is not UTF-8")))
        .transpose()
}

fn set_part(parts: &mut Vec<(String, Vec<u8>)>, name: &str, bytes: Vec<u8>) {
    match parts.iter_mut().find(|(n, _)| n == name) {
        Some(part) => part.1 = bytes,
        None => parts.push((name.to_string(), bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use adopt_office::Relationship;

    const NS: &str = concat!(
        r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
        r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
        r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
        r#"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#
    );

    fn rel(id: &str, kind: &str, target: &str, external: bool) -> Relationship {
        Relationship {
            id: id.into(),
            rel_type: format!("http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"),
            target: target.into(),
            external,
        }
    }

    fn header(body: &str) -> HeaderFooter {
        HeaderFooter {
            kind: "default".into(),
            part_name: "word/header3.xml".into(),
            xml: format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:hdr {NS}>{body}</w:hdr>"#),
            relationships: vec![
                rel("rId1", "image", "media/image1.png", false),
                rel("rId2", "hyperlink", "https://example.org/?a=1&b=2", true),
                rel("rId3", "oleObject", "embeddings/object.bin", false),
            ],
            media: vec![Media {
                rel_id: "rId1".into(),
                part_name: "word/media/image1.png".into(),
                content_type: "image/png".into(),
                bytes: vec![1, 2, 3],
                extent_emu: None,
            }],
        }
    }

    const OURS: &str = concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:p w14:paraId="00000002"><w:pPr><w:pStyle w:val="Header" /></w:pPr>"#,
        r#"<w:r><w:t xml:space="preserve">Joint Directive</w:t></w:r></w:p></w:hdr>"#
    );

    #[test]
    fn the_letterhead_keeps_its_pictures_links_and_fields_and_ours_follows() {
        let theirs = header(concat!(
            r#"<w:p w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="Kopfzeile"/></w:pPr><w:bookmarkStart w:id="0" w:name="top"/><w:r><w:drawing><wp:inline><wp:docPr id="7" name="Logo"/>"#,
            r#"<a:blip r:embed="rId1"/></wp:inline></w:drawing></w:r><w:hyperlink r:id="rId2"><w:r><w:t>site</w:t></w:r></w:hyperlink>"#,
            r#"<w:r><w:object><w:control r:id="rId3"/></w:object></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="0"/></w:p>"#
        ));
        let renamed = HashMap::from([("Kopfzeile".to_string(), "Header".to_string())]);
        let mut copies = Copies::new(&renamed);
        let merged = copies.merge_part(OURS, None, &theirs, false).unwrap().unwrap();
        let doc = roxmltree::Document::parse(&merged.xml).expect("well-formed");
        let rels = roxmltree::Document::parse(&merged.rels).expect("well-formed rels");
        let targets: HashMap<&str, &str> = rels
            .root_element()
            .children()
            .filter_map(|n| Some((n.attribute("Id")?, n.attribute("Target")?)))
            .collect();
        let blip = doc.descendants().find(|n| n.tag_name().name() == "blip").unwrap();
        assert_eq!(targets[blip.attribute((R, "embed")).unwrap()], "media/letterhead1.png");
        let link = doc.descendants().find(|n| is_w(*n, "hyperlink")).unwrap();
        assert_eq!(
            targets[link.attribute((R, "id")).unwrap()],
            "https://example.org/?a=1&b=2"
        );
        assert_eq!(targets.len(), 2, "the embedded object is not carried");
        assert!(!merged.xml.contains("w:object") && !merged.xml.contains("bookmark"));
        assert!(merged.xml.contains("PAGE") && !merged.xml.contains("paraId"));
        assert!(merged.xml.contains(r#"<wp:docPr id="1" name="Logo"/>"#));
        // Ours after theirs, with its namespace declared.
        let paragraphs: Vec<_> = doc.root_element().children().filter(|n| is_w(*n, "p")).collect();
        assert_eq!(paragraphs.len(), 2);
        assert!(paragraphs[1].descendants().any(|n| n.text() == Some("Joint Directive")));
        assert_eq!(
            copies.media.parts,
            vec![("word/media/letterhead1.png".into(), "image/png".into(), vec![1, 2, 3])]
        );
        assert!(
            merged.xml.contains(r#"<w:pStyle w:val="Header"/>"#),
            "the reference's style id became ours"
        );

        // The same picture in a second part: the same media part, the next picture id.
        let again = copies.merge_part(OURS, None, &theirs, false).unwrap().unwrap();
        assert_eq!(copies.media.parts.len(), 1);
        assert!(again.xml.contains(r#"<wp:docPr id="2""#));
    }

    #[test]
    fn the_cover_shows_the_letterhead_alone_and_an_empty_part_still_gets_ours() {
        let blank = OURS.replace(r#"<w:r><w:t xml:space="preserve">Joint Directive</w:t></w:r>"#, "");
        let theirs = header(r#"<w:p><w:r><w:t>Authority</w:t></w:r></w:p>"#);
        let renamed = HashMap::new();
        let cover = Copies::new(&renamed)
            .merge_part(&blank, None, &theirs, true)
            .unwrap()
            .unwrap();
        assert_eq!(cover.xml.matches("<w:p").count(), 1);
        let mut empty = header("");
        empty.xml = format!(r#"<w:hdr {NS}/>"#);
        let merged = Copies::new(&renamed)
            .merge_part(&blank, None, &empty, true)
            .unwrap()
            .unwrap();
        let doc = roxmltree::Document::parse(&merged.xml).expect("well-formed");
        assert_eq!(doc.root_element().children().filter(|n| is_w(*n, "p")).count(), 1);
    }

    #[test]
    fn edits_inside_a_removed_range_are_void() {
        let text = "<a><b x='1'/><c/></a>";
        let edits = vec![
            (8..9, "2".to_string()),
            (3..13, String::new()),
            (13..13, "<d/>".to_string()),
        ];
        assert_eq!(apply_edits(text, 0..text.len(), edits), "<a><d/><c/></a>");
        assert_eq!(rels_part("word/header1.xml"), "word/_rels/header1.xml.rels");
        assert_eq!(qname("<w:hdr xmlns:w='x'/>"), "w:hdr");
    }
}
