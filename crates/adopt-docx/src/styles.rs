//! The style sheet, `word/styles.xml`: which styles the draft uses and how each looks. It is
//! written by hand (the element order is kept by `style_xml`): docx-rs has no way to set the
//! language (`w:lang`) or a table style's header row, and writes style children out of schema
//! order. Every paragraph the renderer writes names one of these styles (ids in `style_ids`),
//! so a reviewer restyles the whole document by changing a style; direct formatting is limited
//! to bold/italic spans and header shading.

use std::fmt::Write;

use crate::measures::{BORDER_SIZE, CELL_PADDING, HEADER_FILL, signature_block_width};
use crate::numbering::HEADING_NUM_ID;
use crate::page::Geometry;
use crate::style_ids::*;
use crate::style_xml::{P, Para, R, border};
use crate::text::escape;

const BODY_FONT: &str = "Times New Roman";
const HEADING_FONT: &str = "Arial";

/// Where TOC entries of each level start, and where their text starts after the number.
const TOC_INDENTS: [(u32, u32); 3] = [(0, 567), (567, 1418), (1418, 2552)];

/// The fonts and heading colour our style sheet is written with: ours, or those a reference
/// document names (for the styles it does not define itself).
pub struct Faces<'a> {
    pub body: &'a str,
    pub heading: &'a str,
    /// `RRGGBB`; headings are black (auto) without one.
    pub heading_colour: Option<&'a str>,
}

impl Faces<'static> {
    pub const OURS: Faces<'static> = Faces {
        body: BODY_FONT,
        heading: HEADING_FONT,
        heading_colour: None,
    };
}

/// The language tag Word gets for the document's `language`: a bare "fr" becomes "fr-FR",
/// since Word picks its spelling dictionary by region; other tags are kept, empty means "en".
pub fn word_language(language: &str) -> &str {
    match language.trim() {
        "" => "en",
        "fr" => "fr-FR",
        tag => tag,
    }
}

/// The whole styles part for a document in `language` on a page of `geometry`.
pub fn styles_xml(language: &str, geometry: &Geometry) -> String {
    styles_xml_with(language, geometry, &Faces::OURS)
}

/// The styles part written with other fonts and heading colour.
pub fn styles_xml_with(language: &str, geometry: &Geometry, faces: &Faces<'_>) -> String {
    let body_font = escape(faces.body);
    let heading_font = escape(faces.heading);
    let heading_colour = faces
        .heading_colour
        .filter(|c| c.len() == 6 && c.chars().all(|c| c.is_ascii_hexdigit()));
    let lang = escape(word_language(language));
    let tw = geometry.text_width;
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    out.push_str(r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#);
    let _ = write!(
        out,
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
        f = body_font
    );

    let body_font = Some(body_font.as_str());
    let heading_font = Some(heading_font.as_str());
    let paras = [
        Para {
            id: NORMAL,
            name: "Normal",
            based_on: None,
            next: None,
            priority: 0,
            quick: true,
            p: P {
                after: Some(120),
                line: Some(264),
                ..P::default()
            },
            r: R {
                font: body_font,
                size: Some(24),
                ..R::default()
            },
        },
        Para {
            id: BODY,
            name: "Body Text",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 1,
            quick: true,
            // Ragged right: justified drafts open wide gaps around long references and identifiers.
            p: P::default(),
            r: R::default(),
        },
        Para {
            id: TITLE,
            name: "Title",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 10,
            quick: true,
            p: P {
                keep_next: true,
                before: Some(240),
                after: Some(480),
                line: Some(240),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                font: heading_font,
                bold: true,
                color: heading_colour,
                size: Some(52),
                ..R::default()
            },
        },
        Para {
            id: SUBTITLE,
            name: "Subtitle",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 11,
            quick: true,
            p: P {
                keep_next: true,
                before: Some(2400),
                after: Some(240),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                font: heading_font,
                caps: true,
                size: Some(28),
                ..R::default()
            },
        },
        Para {
            id: COVER_MARKING,
            name: "Cover Marking",
            based_on: Some(NORMAL),
            next: Some(SUBTITLE),
            priority: 12,
            quick: false,
            p: P {
                border: Some(concat!(
                    r#"<w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="auto"/>"#,
                    r#"<w:bottom w:val="single" w:sz="12" w:space="4" w:color="auto"/></w:pBdr>"#
                )),
                after: Some(240),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                font: heading_font,
                bold: true,
                caps: true,
                size: Some(24),
                ..R::default()
            },
        },
        Para {
            id: COVER_ISSUER,
            name: "Cover Issuer",
            based_on: Some(NORMAL),
            next: Some(COVER_ISSUER),
            priority: 13,
            quick: false,
            p: P {
                keep_next: true,
                after: Some(60),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                size: Some(26),
                ..R::default()
            },
        },
        Para {
            id: COVER_JURISDICTION,
            name: "Cover Jurisdiction",
            based_on: Some(NORMAL),
            next: Some(COVER_DETAIL),
            priority: 14,
            quick: false,
            p: P {
                keep_next: true,
                before: Some(360),
                after: Some(1200),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                italic: true,
                ..R::default()
            },
        },
        Para {
            id: COVER_DETAIL,
            name: "Cover Detail",
            based_on: Some(NORMAL),
            next: Some(COVER_DETAIL),
            priority: 15,
            quick: false,
            p: P {
                after: Some(60),
                jc: Some("center"),
                ..P::default()
            },
            r: R {
                size: Some(22),
                ..R::default()
            },
        },
        heading(0, "heading 1", 28, 480, 160, heading_font, heading_colour),
        heading(1, "heading 2", 26, 360, 120, heading_font, heading_colour),
        heading(2, "heading 3", 23, 280, 80, heading_font, heading_colour),
        Para {
            id: TOC_HEADING,
            name: "TOC Heading",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 39,
            quick: true,
            p: P {
                keep_next: true,
                keep_lines: true,
                before: Some(240),
                after: Some(360),
                ..P::default()
            },
            r: R {
                font: heading_font,
                bold: true,
                color: heading_colour,
                size: Some(28),
                ..R::default()
            },
        },
        toc(0, tw),
        toc(1, tw),
        toc(2, tw),
        Para {
            id: QUOTE,
            name: "Quote",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 29,
            quick: true,
            p: P {
                left: Some(567),
                right: Some(567),
                ..P::default()
            },
            r: R {
                color: Some("404040"),
                ..R::default()
            },
        },
        Para {
            id: NOTE,
            name: "Note",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 30,
            quick: true,
            // A little air when a note follows a table (source lines under a table).
            p: P {
                before: Some(60),
                ..P::default()
            },
            r: R {
                color: Some("404040"),
                size: Some(19),
                ..R::default()
            },
        },
        Para {
            id: FIELD,
            name: "Field",
            based_on: Some(NORMAL),
            next: Some(BODY),
            priority: 31,
            quick: true,
            // A clause's field lines stay together with the note under them.
            p: P {
                keep_next: true,
                keep_lines: true,
                after: Some(60),
                ..P::default()
            },
            r: R::default(),
        },
        Para {
            id: LIST_PARAGRAPH,
            name: "List Paragraph",
            based_on: Some(NORMAL),
            next: Some(LIST_PARAGRAPH),
            priority: 34,
            quick: true,
            p: P {
                after: Some(60),
                left: Some(720),
                contextual: false,
                ..P::default()
            },
            r: R::default(),
        },
        Para {
            id: TABLE_TEXT,
            name: "Table Text",
            based_on: Some(NORMAL),
            next: Some(TABLE_TEXT),
            priority: 35,
            quick: false,
            p: P {
                before: Some(40),
                after: Some(40),
                line: Some(240),
                ..P::default()
            },
            r: R {
                size: Some(20),
                ..R::default()
            },
        },
        Para {
            id: TABLE_HEADING,
            name: "Table Heading",
            based_on: Some(TABLE_TEXT),
            next: Some(TABLE_TEXT),
            priority: 36,
            quick: false,
            p: P {
                keep_next: true,
                ..P::default()
            },
            r: R {
                font: heading_font,
                bold: true,
                size: Some(19),
                ..R::default()
            },
        },
        Para {
            id: HEADER,
            name: "header",
            based_on: Some(NORMAL),
            next: Some(HEADER),
            priority: 99,
            quick: false,
            p: P {
                border: Some(&border("bottom", 4)),
                tabs: vec![("center", "none", tw / 2), ("right", "none", tw)],
                after: Some(0),
                line: Some(240),
                ..P::default()
            },
            r: R {
                font: heading_font,
                color: Some("404040"),
                size: Some(17),
                ..R::default()
            },
        },
        Para {
            id: FOOTER,
            name: "footer",
            based_on: Some(NORMAL),
            next: Some(FOOTER),
            priority: 99,
            quick: false,
            p: P {
                border: Some(&border("top", 4)),
                // Only a right stop: a long marking must not push the page label onto a second line.
                tabs: vec![("right", "none", tw)],
                after: Some(0),
                line: Some(240),
                ..P::default()
            },
            r: R {
                font: heading_font,
                color: Some("404040"),
                size: Some(17),
                ..R::default()
            },
        },
        Para {
            id: SIGNATURE_AUTHORITY,
            name: "Signature Authority",
            based_on: Some(NORMAL),
            next: Some(SIGNATURE_RULE),
            priority: 37,
            quick: false,
            p: P {
                keep_next: true,
                keep_lines: true,
                before: Some(360),
                after: Some(0),
                ..P::default()
            },
            r: R {
                bold: true,
                ..R::default()
            },
        },
        Para {
            id: SIGNATURE_RULE,
            name: "Signature Rule",
            based_on: Some(NORMAL),
            next: Some(SIGNATURE_LINE),
            priority: 37,
            quick: false,
            p: P {
                keep_next: true,
                border: Some(&border("bottom", 6)),
                before: Some(960),
                after: Some(60),
                ..P::default()
            },
            r: R::default(),
        },
        Para {
            id: SIGNATURE_LINE,
            name: "Signature Line",
            based_on: Some(NORMAL),
            next: Some(SIGNATURE_LINE),
            priority: 37,
            quick: false,
            p: P {
                keep_next: true,
                tabs: vec![("right", "underscore", signature_line_end(geometry))],
                before: Some(200),
                after: Some(0),
                ..P::default()
            },
            r: R {
                size: Some(22),
                ..R::default()
            },
        },
    ];
    for p in &paras {
        p.write(&mut out);
    }

    // Character and numbering defaults Word expects to find.
    out.push_str(concat!(
        r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>"#,
        r#"<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
        r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>"#,
        r#"<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
        r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#,
        r#"<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>"#,
        r#"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>"#,
        r#"<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
    ));
    let _ = write!(
        out,
        concat!(
            r#"<w:style w:type="table" w:styleId="{id}"><w:name w:val="Adoption Table"/><w:basedOn w:val="TableNormal"/>"#,
            r#"<w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>"#,
            r#"<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>"#,
            r#"<w:top w:val="single" w:sz="{b}" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="{b}" w:space="0" w:color="auto"/>"#,
            r#"<w:bottom w:val="single" w:sz="{b}" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="{b}" w:space="0" w:color="auto"/>"#,
            r#"<w:insideH w:val="single" w:sz="{b}" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="{b}" w:space="0" w:color="auto"/>"#,
            r#"</w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>"#,
            r#"<w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar></w:tblPr>"#,
            r#"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"#,
            r#"<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr></w:tblStylePr></w:style>"#,
            r#"<w:style w:type="table" w:styleId="{sig}"><w:name w:val="Signature Table"/><w:basedOn w:val="TableNormal"/>"#,
            r#"<w:uiPriority w:val="60"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>"#,
            r#"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
        ),
        id = TABLE_STYLE,
        sig = SIGNATURE_TABLE_STYLE,
        pad = CELL_PADDING,
        fill = HEADER_FILL,
        b = BORDER_SIZE,
    );
    out.push_str("</w:styles>");
    out
}

/// Where the underscore fill of a signature line ends: under the end of the signature rule
/// (the signature table has no cell padding).
fn signature_line_end(geometry: &Geometry) -> u32 {
    signature_block_width(geometry)
}

fn heading<'a>(
    level: usize,
    name: &'static str,
    size: u32,
    before: u32,
    after: u32,
    font: Option<&'a str>,
    colour: Option<&'a str>,
) -> Para<'a> {
    Para {
        id: HEADINGS[level],
        name,
        based_on: Some(NORMAL),
        next: Some(BODY),
        priority: 9,
        quick: true,
        p: P {
            keep_next: true,
            keep_lines: true,
            num: Some((level, HEADING_NUM_ID)),
            before: Some(before),
            after: Some(after),
            line: Some(240),
            // The indent comes from the numbering level, so unnumbered headings start flush left.
            outline: Some(level as u8),
            ..P::default()
        },
        r: R {
            font,
            bold: true,
            color: colour,
            size: Some(size),
            ..R::default()
        },
    }
}

fn toc(level: usize, text_width: u32) -> Para<'static> {
    let (start, text) = TOC_INDENTS[level];
    Para {
        id: TOCS[level],
        name: ["toc 1", "toc 2", "toc 3"][level],
        based_on: Some(NORMAL),
        next: Some(BODY),
        priority: 39,
        quick: false,
        p: P {
            tabs: vec![("right", "dot", text_width)],
            before: Some(if level == 0 { 120 } else { 0 }),
            after: Some(60),
            left: Some(text),
            hanging: Some(text - start),
            ..P::default()
        },
        r: R {
            bold: level == 0,
            ..R::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use adopt_document::{PageSetup, PageSize};

    #[test]
    fn styles_part_is_well_formed_and_carries_the_language() {
        let g = Geometry::new(&PageSetup::new(PageSize::A4));
        let xml = styles_xml("fr-CA\"<", &g);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed styles.xml");
        let lang = doc.descendants().find(|n| n.has_tag_name((W, "lang"))).expect("w:lang");
        assert_eq!(lang.attribute((W, "val")), Some("fr-CA\"<"));
        let ids: Vec<_> = doc.descendants().filter_map(|n| n.attribute((W, "styleId"))).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "style ids are unique");
    }

    #[test]
    fn a_french_document_is_checked_as_french_from_france() {
        let g = Geometry::new(&PageSetup::new(PageSize::A4));
        let xml = styles_xml("fr", &g);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let lang = doc.descendants().find(|n| n.has_tag_name((W, "lang"))).unwrap();
        assert_eq!(lang.attribute((W, "val")), Some("fr-FR"));
        assert_eq!(word_language("en"), "en");
        assert_eq!(word_language(" "), "en");
    }

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
