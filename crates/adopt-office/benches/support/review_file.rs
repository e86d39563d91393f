//! A returned draft with 5,000 comments (and 2,500 replies, 1,000 tracked changes), written
//! here: 500 clauses in 10 sections, each clause bookmarked as the export does, with 10 comments
//! on its text. Shared by the reader's benchmark (adopt-office) and the import's (adopt-core).

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
const W15: &str = r#"xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml""#;
pub const CLAUSES: usize = 500;
pub const COMMENTS_PER_CLAUSE: usize = 10;

/// A DOCX with `CLAUSES` clauses and `COMMENTS_PER_CLAUSE` comments on each; every second
/// comment has a reply, every fifth is resolved, each clause has a tracked deletion and insertion.
pub fn review_docx() -> Vec<u8> {
    let mut body = String::new();
    let mut comments = String::new();
    let mut extended = String::new();
    let mut id = 0usize;
    let mut bookmark = 0usize;
    for clause in 0..CLAUSES {
        let section = clause / (CLAUSES / 10) + 1;
        if clause % (CLAUSES / 10) == 0 {
            if section > 1 {
                body.push_str(&format!(r#"<w:bookmarkEnd w:id="{}"/>"#, 100_000 + section - 1));
            }
            body.push_str(&format!(
                r#"<w:bookmarkStart w:id="{}" w:name="dfs_sec_{section}"/><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Section {section}</w:t></w:r></w:p>"#,
                100_000 + section
            ));
        }
        let item = format!("SIM_{clause:03}");
        let (outer, inner) = (bookmark, bookmark + 1);
        bookmark += 2;
        body.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:bookmarkStart w:id="{outer}" w:name="dfs_{item}"/><w:r><w:t>SIM-{clause:03} — Clause title</w:t></w:r></w:p><w:p><w:bookmarkStart w:id="{inner}" w:name="dfs_{item}_text"/>"#
        ));
        for _ in 0..COMMENTS_PER_CLAUSE {
            let (comment, reply) = (id, id + 1);
            id += 2;
            body.push_str(&format!(
                r#"<w:commentRangeStart w:id="{comment}"/><w:r><w:t xml:space="preserve">The operator shall keep records &amp; report. </w:t></w:r><w:commentRangeEnd w:id="{comment}"/><w:r><w:commentReference w:id="{comment}"/></w:r>"#
            ));
            comments.push_str(&format!(
                r#"<w:comment w:id="{comment}" w:author="Reviewer {}" w:initials="R" w:date="2026-11-03T09:15:00Z"><w:p><w:r><w:t>Comment {comment}: why &lt;shall&gt;? نص 👍</w:t></w:r></w:p><w:p w14:paraId="{comment:08X}"><w:r><w:t>Second paragraph.</w:t></w:r></w:p></w:comment>"#,
                comment % 7
            ));
            let done = if comment % 10 == 0 { "1" } else { "0" };
            extended.push_str(&format!(
                r#"<w15:commentEx w15:paraId="{comment:08X}" w15:done="{done}"/>"#
            ));
            if comment % 4 == 0 {
                comments.push_str(&format!(
                    r#"<w:comment w:id="{reply}" w:author="Drafter" w:date="2026-11-04T10:00:00Z"><w:p w14:paraId="{reply:08X}"><w:r><w:t>Agreed.</w:t></w:r></w:p></w:comment>"#
                ));
                extended.push_str(&format!(
                    r#"<w15:commentEx w15:paraId="{reply:08X}" w15:paraIdParent="{comment:08X}" w15:done="0"/>"#
                ));
            }
        }
        body.push_str(&format!(
            r#"<w:del w:id="{}" w:author="R" w:date="2026-11-03T09:00:00Z"><w:r><w:delText>may</w:delText></w:r></w:del><w:ins w:id="{}" w:author="R" w:date="2026-11-03T09:00:00Z"><w:r><w:t>shall</w:t></w:r></w:ins><w:bookmarkEnd w:id="{inner}"/><w:bookmarkEnd w:id="{outer}"/></w:p>"#,
            200_000 + 2 * clause,
            200_001 + 2 * clause
        ));
    }
    body.push_str(&format!(r#"<w:bookmarkEnd w:id="{}"/>"#, 100_010));
    let document =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
    let comments = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:comments {W}>{comments}</w:comments>"#);
    let extended =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx {W15}>{extended}</w15:commentsEx>"#);
    let parts: [(&str, &str); 5] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        (
            "word/_rels/document.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>"#,
        ),
        ("word/document.xml", &document),
        ("word/comments.xml", &comments),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, text) in parts
        .iter()
        .chain([("word/commentsExtended.xml", extended.as_str())].iter())
    {
        zip.start_file(*name, options).expect("start part");
        zip.write_all(text.as_bytes()).expect("write part");
    }
    zip.finish().expect("finish zip").into_inner()
}
