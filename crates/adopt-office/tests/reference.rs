//! The house style read from a reference DOCX: styles, fonts, colours, page setup, letterhead.

mod common;

use adopt_office::{ReadError, ReferenceDoc};
use common::{docx, fixture};

#[test]
fn libreoffice_output_gives_the_house_style() {
    // source.docx sets DejaVu Serif for body text, DejaVu Sans for headings, A4 with the
    // authority's margins and a PNG letterhead; LibreOffice re-saved it its own way.
    let png = {
        let source = ReferenceDoc::parse(&fixture("source.docx")).expect("source readable");
        source.header("default").expect("source header").media[0].bytes.clone()
    };
    for name in ["source.docx", "libreoffice-resaved.docx"] {
        let reference = ReferenceDoc::parse(&fixture(name)).expect(name);

        let ids = reference.style_ids();
        assert!(ids.contains(&"Normal") && ids.contains(&"Heading1"), "{name}: {ids:?}");
        let heading = reference.styles.iter().find(|s| s.id == "Heading1").unwrap();
        // Word's built-in name is "heading 1"; LibreOffice writes "Heading 1".
        assert!(
            heading
                .name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case("heading 1")),
            "{name}"
        );
        assert_eq!(heading.kind.as_deref(), Some("paragraph"));
        assert!(reference.styles_xml.contains("w:styleId=\"Heading1\""));

        assert_eq!(reference.fonts.body.as_deref(), Some("DejaVu Serif"), "{name}");
        assert_eq!(reference.fonts.heading.as_deref(), Some("DejaVu Sans"), "{name}");
        assert!(reference.fonts.all.contains(&"DejaVu Serif".to_string()), "{name}");
        assert!(reference.fonts.all.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        assert_eq!(reference.colours.heading.as_deref(), Some("1F3864"), "{name}");
        assert_eq!(reference.colours.body.as_deref(), Some("222222"), "{name}");

        let page = reference.page.as_ref().expect("page setup");
        assert_eq!((page.width, page.height), (Some(11906), Some(16838)), "{name}: A4");
        assert_eq!(page.margin_top, Some(1134));
        assert_eq!(page.margin_bottom, Some(1417));
        assert_eq!(page.margin_left, Some(1701));
        assert_eq!(page.margin_right, Some(1134));
        assert_eq!((page.margin_header, page.margin_footer), (Some(709), Some(709)));
        assert!(!page.landscape);

        let header = reference.header("default").expect("default header");
        assert!(header.xml.contains("Authority of Example"), "{name}");
        assert_eq!(header.media.len(), 1, "{name}");
        let image = &header.media[0];
        assert_eq!(image.content_type, "image/png");
        assert!(image.part_name.starts_with("word/media/"), "{}", image.part_name);
        assert_eq!(image.bytes, png, "{name}: the letterhead's bytes survive");
        assert!(image.bytes.starts_with(b"\x89PNG"));
        assert!(
            header
                .relationships
                .iter()
                .any(|r| r.id == image.rel_id && r.is_type("image"))
        );
        // 3 cm x 1 cm (LibreOffice rounds through its own units).
        let (cx, cy) = image.extent_emu.expect("extent");
        assert!(
            (cx - 1_080_000).abs() < 1_000 && (cy - 360_000).abs() < 1_000,
            "{name}: {cx} x {cy}"
        );

        let footer = reference.footer("default").expect("default footer");
        assert!(footer.xml.contains("Draft for consultation"));
        assert!(footer.media.is_empty());
        assert!(reference.header("first").is_none());
    }
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2f5496"/></w:rPr></w:style>
</w:styles>"#;

const THEME: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>
<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
</Relationships>"#;

#[test]
fn theme_fonts_a_localised_heading_style_and_headers_inherited_from_an_earlier_section() {
    // A French Word template: the heading style's id is Titre1, its name "heading 1"; fonts come
    // from the theme. The last section has no header of its own: the first section's carry on.
    let header = |text: &str| {
        format!(
            r#"<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:hdr>"#
        )
    };
    let (h1, h2) = (header("Every page"), header("First page"));
    let body = r#"<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId3"/>
        <w:headerReference w:type="first" r:id="rId4"/><w:titlePg/><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:pPr></w:p>
        <w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:bottom="720" w:left="1440" w:right="1440" w:header="0" w:footer="0"/></w:sectPr>"#;
    let file = docx(
        body,
        &[
            ("word/_rels/document.xml.rels", DOC_RELS.as_bytes()),
            ("word/styles.xml", STYLES.as_bytes()),
            ("word/theme/theme1.xml", THEME.as_bytes()),
            ("word/header1.xml", h1.as_bytes()),
            ("word/header2.xml", h2.as_bytes()),
        ],
    );
    let reference = ReferenceDoc::parse(&file).expect("readable");
    assert_eq!(reference.fonts.all, ["Calibri", "Calibri Light"]);
    assert_eq!(reference.fonts.body.as_deref(), Some("Calibri"));
    assert_eq!(reference.fonts.heading.as_deref(), Some("Calibri Light"));
    assert_eq!(reference.colours.heading.as_deref(), Some("2F5496"));
    let page = reference.page.clone().expect("page");
    assert_eq!(
        (page.width, page.height, page.landscape),
        (Some(16838), Some(11906), true)
    );
    assert_eq!(page.margin_left, Some(1440));
    assert!(
        !page.different_first_page,
        "the last section has no title page of its own"
    );
    assert!(reference.header("default").unwrap().xml.contains("Every page"));
    assert!(reference.header("first").unwrap().xml.contains("First page"));
    assert_eq!(reference.header("default").unwrap().part_name, "word/header1.xml");
}

#[test]
fn a_document_without_styles_is_not_a_reference_document() {
    let err = ReferenceDoc::parse(&docx("<w:p/>", &[])).expect_err("refused");
    assert_eq!(err, ReadError::NoStyles);
    assert!(err.to_string().contains("has no styles"), "{err}");
}

#[test]
fn malformed_styles_are_named() {
    let file = docx("<w:p/>", &[("word/styles.xml", b"<w:styles><w:style></w:styles>")]);
    let err = ReferenceDoc::parse(&file).expect_err("refused");
    assert!(err.to_string().contains("word/styles.xml"), "{err}");
}
