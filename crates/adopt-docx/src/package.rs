//! The OPC package: docx-rs's parts plus the ones written by hand (styles, settings,
//! document properties, custom properties, comments), zipped with fixed timestamps so equal documents
//! give equal bytes.

use std::io::{Cursor, Write};

use adopt_document::Metadata;
use chrono::Datelike;
use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;

use crate::error::DocxError;
use crate::revisions::fix_document;
use crate::style_ids::TABLE_STYLE;
use crate::styles::word_language;
use crate::text::escape;

/// The custom property naming the circulated version (empty for a working draft), as the CLI
/// contract (§7) and the composition (`adopt_document::PROPERTY_VERSION`) name it; this crate
/// reads the model only, so it names it again (a test checks that both agree).
const PROPERTY_VERSION: &str = "dfs-adopt.version";

/// What the body builder learnt that the package step needs to know.
pub struct BodyFacts {
    /// Whether any tracked change was written: they are renumbered and put in schema order,
    /// and settings turn tracking on.
    pub revisions: bool,
    /// Bookmark and comment ids run from 1 to this; tracked-change ids follow, so no two
    /// annotations share one.
    pub bookmarks: usize,
    /// `word/comments.xml` when the body marked comments (docx-rs's empty part otherwise).
    pub comments: Option<String>,
}

/// Zip entries in a fixed order, `[Content_Types].xml` first as packages conventionally have it.
pub fn zip_parts(parts: &[(String, Vec<u8>)], meta: &Metadata) -> Result<Vec<u8>, DocxError> {
    // Zip timestamps start in 1980: earlier document dates fall back to the format's epoch.
    let d = meta.date;
    let time = u16::try_from(d.year())
        .ok()
        .and_then(|y| zip::DateTime::from_date_and_time(y, d.month() as u8, d.day() as u8, 0, 0, 0).ok())
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// All parts of the package: docx-rs's, with styles, settings and properties replaced, the
/// header rows of data tables marked as repeating and tracked changes put in order.
pub fn parts(
    xml: XMLDocx,
    styles: String,
    meta: &Metadata,
    body: &BodyFacts,
) -> Result<Vec<(String, Vec<u8>)>, DocxError> {
    let document =
        String::from_utf8(xml.document).map_err(|_| DocxError::Internal("word/document.xml is not UTF-8"))?;
    let mut document = mark_header_rows(&document)?;
    if body.revisions {
        document = fix_document(&document, body.bookmarks + 1);
    }
    // Reviewers' own edits are tracked in a redline and in every circulated version.
    let circulated = meta
        .properties
        .iter()
        .any(|(name, value)| name == PROPERTY_VERSION && !value.trim().is_empty());
    let track = body.revisions || circulated;
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), app_xml().into_bytes()),
        ("docProps/core.xml".into(), core_xml(meta).into_bytes()),
        ("docProps/custom.xml".into(), custom_xml(&meta.properties).into_bytes()),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), document.into_bytes()),
        ("word/styles.xml".into(), styles.into_bytes()),
        (
            "word/settings.xml".into(),
            settings_xml(&meta.language, track).into_bytes(),
        ),
        ("word/fontTable.xml".into(), xml.font_table),
        (
            "word/comments.xml".into(),
            body.comments.clone().map_or(xml.comments, String::into_bytes),
        ),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
    ];
    // docx-rs always produces a footnotes part but declares it only when there are footnotes:
    // an undeclared, unreferenced part is clutter, so it goes in only when declared.
    if parts[0]
        .1
        .windows(b"/word/footnotes.xml".len())
        .any(|w| w == b"/word/footnotes.xml")
    {
        parts.push(("word/footnotes.xml".into(), xml.footnotes));
    }
    for (i, h) in xml.headers.into_iter().enumerate() {
        parts.push((format!("word/header{}.xml", i + 1), h));
        if let Some(rels) = xml.header_rels.get(i) {
            parts.push((format!("word/_rels/header{}.xml.rels", i + 1), rels.clone()));
        }
    }
    for (i, f) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
        if let Some(rels) = xml.footer_rels.get(i) {
            parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone()));
        }
    }
    Ok(parts)
}

/// Adds `w:tblHeader` to the first row of every data table (docx-rs has no API for it), so
/// the header row repeats on each page. Text cannot contain markup here: docx-rs escaped it.
pub fn mark_header_rows(document: &str) -> Result<String, DocxError> {
    let style = format!(r#"<w:tblStyle w:val="{TABLE_STYLE}""#);
    let mut out = String::with_capacity(document.len() + 1024);
    let mut rest = document;
    while let Some(i) = rest.find(&style) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let row = find_row_start(tail).ok_or(DocxError::Internal("a data table without rows"))?;
        let after_row = &tail[row..];
        let tr_end = after_row.find('>').ok_or(DocxError::Internal("unterminated w:tr"))? + 1;
        let (tr_open, inside) = after_row.split_at(tr_end);
        out.push_str(&tail[..row]);
        out.push_str(tr_open);
        if let Some(body) = inside
            .strip_prefix("<w:trPr />")
            .or_else(|| inside.strip_prefix("<w:trPr/>"))
        {
            out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
            rest = body;
        } else if inside.starts_with("<w:trPr>") {
            // Last among the row properties docx-rs writes (cantSplit, trHeight), as the schema
            // orders them.
            let end = inside
                .find("</w:trPr>")
                .ok_or(DocxError::Internal("unterminated w:trPr"))?;
            out.push_str(&inside[..end]);
            out.push_str("<w:tblHeader />");
            rest = &inside[end..];
        } else {
            out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
            rest = inside;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Offset of the first `<w:tr>` / `<w:tr ...>` (not `<w:trPr`, `<w:trHeight`...).
fn find_row_start(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find("<w:tr") {
        let at = from + i;
        match s.as_bytes().get(at + 5) {
            Some(b'>' | b' ' | b'/') => return Some(at),
            _ => from = at + 5,
        }
    }
    None
}

fn core_xml(meta: &Metadata) -> String {
    let date = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    let keywords = meta
        .keywords
        .iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{author}</dc:creator>",
            "<cp:keywords>{keywords}</cp:keywords><dc:language>{language}</dc:language>",
            "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = escape(&meta.title),
        subject = escape(&meta.subject),
        author = escape(&meta.author),
        keywords = escape(&keywords),
        language = escape(&meta.language),
        date = date,
    )
}

fn app_xml() -> String {
    concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#,
        r#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#,
        "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>dfs-adopt</Application>",
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>",
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
    )
    .to_string()
}

/// Custom document properties, strings in the model's order. Names must be unique in the part:
/// a repeated name keeps its first value.
fn custom_xml(properties: &[(String, String)]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" "#,
        r#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
    ));
    let mut seen: Vec<&str> = Vec::with_capacity(properties.len());
    for (name, value) in properties {
        if name.trim().is_empty() || seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        // The format identifier every user-defined property carries; pids start at 2.
        out.push_str(&format!(
            r#"<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property>"#,
            pid = seen.len() + 1,
            name = escape(name),
            value = escape(value),
        ));
    }
    out.push_str("</Properties>");
    out
}

/// Settings in CT_Settings order. `updateFields` makes Word offer to refresh the fields on
/// opening, which fills the table of contents' page numbers; `trackRevisions` records the
/// reader's own edits as tracked changes.
fn settings_xml(language: &str, track: bool) -> String {
    let lang = escape(word_language(language));
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            r#"<w:zoom w:percent="100"/>{track}<w:defaultTabStop w:val="720"/>"#,
            r#"<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>"#,
            r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
            r#"<w:themeFontLang w:val="{lang}"/></w:settings>"#
        ),
        lang = lang,
        track = if track { "<w:trackRevisions/>" } else { "" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows_are_marked_once_per_data_table() {
        let doc = concat!(
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="AdoptionTable" /></w:tblPr><w:tblGrid /><w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc /></w:tr><w:tr><w:trPr /></w:tr></w:tbl>"#,
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="SignatureTable" /></w:tblPr><w:tr><w:trPr /></w:tr></w:tbl>"#,
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="AdoptionTable" /></w:tblPr><w:tr w14:paraId="1"><w:trPr /><w:tc /></w:tr></w:tbl>"#,
        );
        let got = mark_header_rows(doc).unwrap();
        assert_eq!(got.matches("<w:tblHeader />").count(), 2);
        assert!(got.contains(r#"<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>"#));
        assert!(got.contains(r#"<w:tr w14:paraId="1"><w:trPr><w:tblHeader /></w:trPr><w:tc />"#));
        assert!(got.contains(r#"SignatureTable" /></w:tblPr><w:tr><w:trPr /></w:tr>"#));
    }

    #[test]
    fn a_table_without_rows_is_an_error_not_a_panic() {
        assert!(mark_header_rows(r#"<w:tblStyle w:val="AdoptionTable" />"#).is_err());
    }
}
