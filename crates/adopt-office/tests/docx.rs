//! A returned DOCX: custom properties, bookmarks, paragraphs and tracked changes, from packages
//! built here and from files LibreOffice wrote.

mod common;

use adopt_office::{Docx, ParagraphText};
use common::{docx, fixture};

const CUSTOM: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="dfs-adopt.workspace"><vt:lpwstr>ws-1</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="dfs-adopt.version"><vt:lpwstr></vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Reviewed"><vt:bool>true</vt:bool></property>
</Properties>"#;

#[test]
fn custom_properties_are_read_in_order() {
    let file = docx("<w:p/>", &[("docProps/custom.xml", CUSTOM.as_bytes())]);
    let doc = Docx::open(&file).expect("readable");
    assert_eq!(
        doc.custom_properties(),
        [
            ("dfs-adopt.workspace".to_string(), "ws-1".to_string()),
            ("dfs-adopt.version".to_string(), String::new()),
            ("Reviewed".to_string(), "true".to_string()),
        ]
    );
    assert_eq!(doc.custom_property("dfs-adopt.workspace"), Some("ws-1"));
    assert_eq!(doc.custom_property("dfs-adopt.fingerprint"), None);
}

#[test]
fn a_document_without_custom_properties_has_none() {
    let doc = Docx::open(&docx("<w:p/>", &[])).expect("readable");
    assert!(doc.custom_properties().is_empty());
    assert!(!doc.has_tracked_changes());
}

#[test]
fn a_clause_bookmark_reads_as_the_reviewer_left_it_with_changes_accepted() {
    let body = r#"
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="10" w:name="dfs_SIM_08"/>
          <w:r><w:t>SIM-08 — Simulator qualification</w:t></w:r></w:p>
        <w:p><w:bookmarkStart w:id="11" w:name="dfs_SIM_08_text"/><w:r><w:t xml:space="preserve">The operator </w:t></w:r>
          <w:del w:id="1" w:author="R"><w:r><w:delText>may</w:delText></w:r></w:del>
          <w:ins w:id="2" w:author="R"><w:r><w:t>shall</w:t></w:r></w:ins>
          <w:r><w:t xml:space="preserve"> qualify.</w:t></w:r><w:bookmarkEnd w:id="11"/><w:bookmarkEnd w:id="10"/></w:p>
        <w:p><w:r><w:t>Outside.</w:t></w:r></w:p>"#;
    let doc = Docx::open(&docx(body, &[])).expect("readable");
    let texts = doc.bookmark_texts();
    assert_eq!(
        texts["dfs_SIM_08"],
        "SIM-08 — Simulator qualification\nThe operator shall qualify."
    );
    assert_eq!(texts["dfs_SIM_08_text"], "The operator shall qualify.");
    assert_eq!(
        doc.bookmark_text("dfs_SIM_08_text"),
        Some("The operator shall qualify.")
    );
    assert!(doc.has_tracked_changes());
    assert_eq!(
        doc.paragraphs(),
        [
            ParagraphText {
                style: Some("Heading1".into()),
                text: "SIM-08 — Simulator qualification".into()
            },
            ParagraphText {
                style: None,
                text: "The operator shall qualify.".into()
            },
            ParagraphText {
                style: None,
                text: "Outside.".into()
            },
        ]
    );
}

#[test]
fn libreoffice_keeps_bookmark_names_and_the_reader_finds_the_same_clause_text() {
    // source.docx was written by hand; LibreOffice re-saved it, renumbering every bookmark id and
    // writing each multi-paragraph bookmark with a second start (see tests/fixtures/make.sh).
    let source = Docx::open(&fixture("source.docx")).expect("source readable");
    let resaved = Docx::open(&fixture("libreoffice-resaved.docx")).expect("LibreOffice's file readable");
    let expected = [
        (
            "dfs_SIM_08",
            "SIM-08 — Simulator qualification\nThe operator shall annually qualify each simulator.\nRecords are kept\tfor five years.",
        ),
        (
            "dfs_SIM_08_text",
            "The operator shall annually qualify each simulator.\nRecords are kept\tfor five years.",
        ),
        ("overlap_a", "alpha beta"),
        ("overlap_b", "beta gamma"),
        ("dfs_SIM_09_text", "Cell text."),
    ];
    for doc in [&source, &resaved] {
        let texts = doc.bookmark_texts();
        for (name, text) in expected {
            assert_eq!(texts.get(name).map(String::as_str), Some(text), "bookmark {name}");
        }
        assert_eq!(texts.len(), expected.len(), "{texts:?}");
        assert!(doc.has_tracked_changes());
        assert_eq!(doc.custom_property("dfs-adopt.version"), Some("v1.0"));
        assert_eq!(doc.custom_property("dfs-adopt.workspace"), Some("ws-demo"));
        let paragraphs = doc.paragraphs();
        let heading = paragraphs
            .iter()
            .find(|p| p.text.starts_with("SIM-08"))
            .expect("clause heading");
        assert_eq!(heading.style.as_deref(), Some("Heading1"));
        assert!(
            paragraphs.iter().any(|p| p.text == "SIM-09"),
            "table cell paragraphs are read"
        );
    }
    assert_eq!(source.bookmark_texts(), resaved.bookmark_texts());
}

#[test]
fn a_paragraph_in_a_structured_tag_or_hyperlink_is_read() {
    let body = r#"<w:sdt><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr><w:sdtContent>
        <w:p><w:hyperlink w:anchor="x"><w:r><w:t>Linked</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> text</w:t></w:r></w:p>
        </w:sdtContent></w:sdt>"#;
    let doc = Docx::open(&docx(body, &[])).expect("readable");
    assert_eq!(doc.paragraphs()[0].text, "Linked text");
}

#[test]
fn part_names_are_found_whatever_their_case() {
    // OPC part names are case-insensitive; some tools write `Word/Document.xml`.
    let document = common::document_xml("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>");
    let rels = common::PACKAGE_RELS.replace("word/document.xml", "Word/Document.xml");
    let file = common::package(&[
        ("_rels/.rels", rels.as_bytes()),
        ("Word/Document.xml", document.as_bytes()),
    ]);
    let doc = Docx::open(&file).expect("readable");
    assert_eq!(doc.paragraphs()[0].text, "Hello");
}
