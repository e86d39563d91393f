//! The pieces of `word/styles.xml` written by hand: paragraph and run properties and paragraph
//! styles, each written in the element order the schema requires (docx-rs does not keep it).

use std::fmt::Write;

use crate::style_ids::NORMAL;

/// Paragraph properties, written in the order CT_PPr requires.
#[derive(Default)]
pub(crate) struct P<'a> {
    pub(crate) keep_next: bool,
    pub(crate) keep_lines: bool,
    pub(crate) num: Option<(usize, usize)>,
    pub(crate) border: Option<&'a str>,
    pub(crate) tabs: Vec<(&'a str, &'a str, u32)>,
    pub(crate) before: Option<u32>,
    pub(crate) after: Option<u32>,
    pub(crate) line: Option<u32>,
    pub(crate) left: Option<u32>,
    pub(crate) right: Option<u32>,
    pub(crate) hanging: Option<u32>,
    pub(crate) contextual: bool,
    pub(crate) jc: Option<&'a str>,
    pub(crate) outline: Option<u8>,
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
pub(crate) struct R<'a> {
    pub(crate) font: Option<&'a str>,
    pub(crate) bold: bool,
    pub(crate) italic: bool,
    pub(crate) caps: bool,
    pub(crate) color: Option<&'a str>,
    /// Half-points.
    pub(crate) size: Option<u32>,
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
pub(crate) struct Para<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) based_on: Option<&'a str>,
    pub(crate) next: Option<&'a str>,
    pub(crate) priority: u32,
    pub(crate) quick: bool,
    pub(crate) p: P<'a>,
    pub(crate) r: R<'a>,
}

impl Para<'_> {
    pub(crate) fn write(&self, out: &mut String) {
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

pub(crate) fn border(side: &str, size: usize) -> String {
    format!(r#"<w:pBdr><w:{side} w:val="single" w:sz="{size}" w:space="1" w:color="auto"/></w:pBdr>"#)
}
