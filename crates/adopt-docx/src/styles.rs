//! `word/styles.xml`, written by hand: docx-rs has no way to set the language (`w:lang`) or a
//! table style's header row, and writes style children out of schema order. Every paragraph
//! the renderer writes names one of these styles, so a reviewer restyles the whole document
//! by changing a style; direct formatting is limited to bold/italic spans and header shading.

use std::fmt::Write;

use crate::numbering::HEADING_NUM_ID;
use crate::page::Geometry;
use crate::text::escape;

pub const BODY_FONT: &str = "Times New Roman";
pub const HEADING_FONT: &str = "Arial";

pub const NORMAL: &str = "Normal";
pub const BODY: &str = "BodyText";
pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const COVER_MARKING: &str = "CoverMarking";
pub const COVER_ISSUER: &str = "CoverIssuer";
pub const COVER_JURISDICTION: &str = "CoverJurisdiction";
pub const COVER_DETAIL: &str = "CoverDetail";
pub const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
pub const TOC_HEADING: &str = "TOCHeading";
pub const TOCS: [&str; 3] = ["TOC1", "TOC2", "TOC3"];
pub const QUOTE: &str = "Quote";
pub const NOTE: &str = "Note";
pub const FIELD: &str = "Field";
pub const LIST_PARAGRAPH: &str = "ListParagraph";
pub const TABLE_TEXT: &str = "TableText";
pub const TABLE_HEADING: &str = "TableHeading";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";
pub const SIGNATURE_AUTHORITY: &str = "SignatureAuthority";
pub const SIGNATURE_RULE: &str = "SignatureRule";
pub const SIGNATURE_LINE: &str = "SignatureLine";
pub const TABLE_STYLE: &str = "AdoptionTable";
pub const SIGNATURE_TABLE_STYLE: &str = "SignatureTable";

/// Fill of header-row cells (light grey-blue: prints as a light grey).
pub const HEADER_FILL: &str = "D9E2F3";
/// Table borders: single lines of 0.5 pt (`w:sz` is in eighths of a point).
pub const BORDER_SIZE: usize = 4;

/// Left/right cell padding of our tables, in twips.
pub const CELL_PADDING: u32 = 85;
/// Gap between the two signature blocks of a row, in twips.
pub const SIGNATURE_GUTTER: u32 = 567;

/// Paragraph properties, written in the order CT_PPr requires.
#[derive(Default)]
struct P<'a> {
    keep_next: bool,
    keep_lines: bool,
    num: Option<(usize, usize)>,
    border: Option<&'a str>,
    tabs: Vec<(&'a str, &'a str, u32)>,
    before: Option<u32>,
    after: Option<u32>,
    line: Option<u32>,
    left: Option<u32>,
    right: Option<u32>,
    hanging: Option<u32>,
    contextual: bool,
    jc: Option<&'a str>,
    outline: Option<u8>,
}

impl P<'_> {
    fn xml(&self) -> String {
        let mut s = String::new();
        if self.keep_next {
            s.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            s.push_str("<w:keepLines/>");
        }
        if let Some((ilvl, id)) = self.num {
            let _ = write!(
                s,
                r#"<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{id}"/></w:numPr>"#
            );
        }
        if let Some(b) = self.border {
            s.push_str(b);
        }
        if !self.tabs.is_empty() {
            s.push_str("<w:tabs>");
            for (val, leader, pos) in &self.tabs {
                let _ = write!(s, r#"<w:tab w:val="{val}" w:leader="{leader}" w:pos="{pos}"/>"#);
            }
            s.push_str("</w:tabs>");
        }
        if self.before.is_some() || self.after.is_some() || self.line.is_some() {
            s.push_str("<w:spacing");
            if let Some(v) = self.before {
                let _ = write!(s, r#" w:before="{v}""#);
            }
            if let Some(v) = self.after {
                let _ = write!(s, r#" w:after="{v}""#);
            }
            if let Some(v) = self.line {
                let _ = write!(s, r#" w:line="{v}" w:lineRule="auto""#);
            }
            s.push_str("/>");
        }
        if self.left.is_some() || self.right.is_some() || self.hanging.is_some() {
            s.push_str("<w:ind");
            if let Some(v) = self.left {
                let _ = write!(s, r#" w:left="{v}""#);
            }
            if let Some(v) = self.right {
                let _ = write!(s, r#" w:right="{v}""#);
            }
            if let Some(v) = self.hanging {
                let _ = write!(s, r#" w:hanging="{v}""#);
            }
            s.push_str("/>");
        }
        if self.contextual {
            s.push_str("<w:contextualSpacing/>");
        }
        if let Some(jc) = self.jc {
            let _ = write!(s, r#"<w:jc w:val="{jc}"/>"#);
        }
        if let Some(l) = self.outline {
            let _ = write!(s, r#"<w:outlineLvl w:val="{l}"/>"#);
        }
        if s.is_empty() { s } else { format!("<w:pPr>{s}</w:pPr>") }
    }
}

/// Run properties, in CT_RPr order.
#[derive(Default)]
struct R<'a> {
    font: Option<&'a str>,
    bold: bool,
    italic: bool,
    caps: bool,
    color: Option<&'a str>,
    /// Half-points.
    size: Option<u32>,
}

impl R<'_> {
    fn xml(&self) -> String {
        let mut s = String::new();
        if let Some(f) = self.font {
            let _ = write!(
                s,
                r#"<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>"#
            );
        }
        if self.bold {
            s.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            s.push_str("<w:i/><w:iCs/>");
        }
        if self.caps {
            s.push_str("<w:caps/>");
        }
        if let Some(c) = self.color {
            let _ = write!(s, r#"<w:color w:val="{c}"/>"#);
        }
        if let Some(sz) = self.size {
            let _ = write!(s, r#"<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>"#);
        }
        if s.is_empty() { s } else { format!("<w:rPr>{s}</w:rPr>") }
    }
}

/// One paragraph style. `priority` orders Word's style gallery; `quick` puts it there.
struct Para<'a> {
    id: &'a str,
    name: &'a str,
    based_on: Option<&'a str>,
    next: Option<&'a str>,
    priority: u32,
    quick: bool,
    p: P<'a>,
    r: R<'a>,
}

impl Para<'_> {
    fn write(&self, out: &mut String) {
        let default = if self.id == NORMAL { r#" w:default="1""# } else { "" };
        let _ = write!(
            out,
            r#"<w:style w:type="paragraph"{default} w:styleId="{}"><w:name w:val="{}"/>"#,
            self.id, self.name
        );
        if let Some(b) = self.based_on {
            let _ = write!(out, r#"<w:basedOn w:val="{b}"/>"#);
        }
        if let Some(n) = self.next {
            let _ = write!(out, r#"<w:next w:val="{n}"/>"#);
        }
        let _ = write!(out, r#"<w:uiPriority w:val="{}"/>"#, self.priority);
        if self.quick {
            out.push_str("<w:qFormat/>");
        }
        out.push_str(&self.p.xml());
        out.push_str(&self.r.xml());
        out.push_str("</w:style>");
    }
}

fn border(side: &str, size: usize) -> String {
    format!(r#"<w:pBdr><w:{side} w:val="single" w:sz="{size}" w:space="1" w:color="auto"/></w:pBdr>"#)
}

/// Indents of the numbered heading levels (number at the margin, text after a hanging indent):
/// wide enough for "2.1.100".
pub const HEADING_INDENTS: [u32; 3] = [567, 851, 1134];
/// Where TOC entries of each level start, and where their text starts after the number.
pub const TOC_INDENTS: [(u32, u32); 3] = [(0, 567), (567, 1418), (1418, 2552)];

/// The whole styles part for a document in `language` on a page of `geometry`.
pub fn styles_xml(language: &str, geometry: &Geometry) -> String {
    let lang = escape(if language.trim().is_empty() {
        "en"
    } else {
        language.trim()
    });
    let tw = geometry.text_width;
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    out.push_str(r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#);
    let _ = write!(
        out,
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
        f = BODY_FONT
    );

    let heading_font = Some(HEADING_FONT);
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
                font: Some(BODY_FONT),
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
        heading(0, "heading 1", 28, 480, 160),
        heading(1, "heading 2", 26, 360, 120),
        heading(2, "heading 3", 23, 280, 80),
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
pub fn signature_line_end(geometry: &Geometry) -> u32 {
    signature_block_width(geometry)
}

/// Width of one of the two signature blocks side by side.
pub fn signature_block_width(geometry: &Geometry) -> u32 {
    geometry.text_width.saturating_sub(SIGNATURE_GUTTER) / 2
}

fn heading(level: usize, name: &'static str, size: u32, before: u32, after: u32) -> Para<'static> {
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
            font: Some(HEADING_FONT),
            bold: true,
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

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
