//! The house style of a reference document (`render_with_reference`), from the outside: the
//! reference is adopt-office's fixture, a DOCX LibreOffice re-saved with DejaVu fonts, a heading
//! colour, its own margins and a letterhead picture in the header; a second reference made from
//! it here adds an odd page size, other header and footer distances, a first-page header and a
//! picture in the footer. The output is read back with the same safe reader, parsed part by
//! part, and converted by LibreOffice and checked with poppler.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use adopt_document::specimen::specimen;
use adopt_document::*;
use adopt_office::ReferenceDoc;
use roxmltree::{Document as Xml, Node};

mod common;

use common::{run, tool};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const VERSION_LINE: &str = "Version 0.2 · 3f9a 1c2b 7d4e";
/// The second reference's page: 200 mm x 270 mm.
const ODD_SIZE: (u32, u32) = (11340, 15309);

fn fixture() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../adopt-office/tests/fixtures/libreoffice-resaved.docx");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The entries of a zip archive by name.
fn entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (entry.name().to_string(), data)
        })
        .collect()
}

fn zipped(entries: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn edit(entries: &mut BTreeMap<String, Vec<u8>>, name: &str, from: &str, to: &str) {
    let text = String::from_utf8(entries[name].clone()).unwrap();
    assert!(text.contains(from), "{name} has no {from:?}");
    entries.insert(name.to_string(), text.replacen(from, to, 1).into_bytes());
}

/// The fixture with a 200 x 270 mm page, other margins, header 10 mm and footer 8 mm from the
/// edges, a first-page header of its own, and the letterhead picture in the footer too.
fn odd_reference() -> Vec<u8> {
    let mut e = entries(&fixture());
    edit(
        &mut e,
        "word/document.xml",
        r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
        &format!(r#"<w:pgSz w:w="{}" w:h="{}"/>"#, ODD_SIZE.0, ODD_SIZE.1),
    );
    edit(
        &mut e,
        "word/document.xml",
        r#"<w:pgMar w:left="1701" w:right="1134" w:gutter="0" w:header="709" w:top="1134" w:footer="709" w:bottom="1417"/>"#,
        r#"<w:pgMar w:left="1531" w:right="1247" w:gutter="0" w:header="567" w:top="1588" w:footer="454" w:bottom="1304"/>"#,
    );
    edit(
        &mut e,
        "word/document.xml",
        r#"<w:footerReference w:type="default" r:id="rId3"/>"#,
        r#"<w:footerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rIdFirst"/>"#,
    );
    edit(
        &mut e,
        "word/document.xml",
        "<w:textDirection",
        "<w:titlePg/><w:textDirection",
    );
    edit(
        &mut e,
        "word/_rels/document.xml.rels",
        "</Relationships>",
        r#"<Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"#,
    );
    edit(
        &mut e,
        "[Content_Types].xml",
        "</Types>",
        r#"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#,
    );
    let header = String::from_utf8(e["word/header1.xml"].clone()).unwrap();
    e.insert(
        "word/header2.xml".into(),
        header
            .replace("Authority of Example", "Office of the Governor")
            .into_bytes(),
    );
    e.insert(
        "word/_rels/header2.xml.rels".into(),
        e["word/_rels/header1.xml.rels"].clone(),
    );
    // The header's drawing, moved into the footer's paragraph.
    let drawing = &header[header.find("<w:drawing>").unwrap()..header.find("</w:drawing>").unwrap() + 12];
    edit(
        &mut e,
        "word/footer1.xml",
        "<w:t>Draft for consultation</w:t></w:r>",
        &format!("<w:t>Draft for consultation</w:t></w:r><w:r>{drawing}</w:r>"),
    );
    e.insert(
        "word/_rels/footer1.xml.rels".into(),
        e["word/_rels/header1.xml.rels"].clone(),
    );
    zipped(&e)
}

/// The specimen draft with its page set from the reference as the core sets it: the size in
/// twips, the margins in millimetres.
fn draft_for(reference: &ReferenceDoc) -> Document {
    let mut doc = specimen(8);
    doc.version_line = VERSION_LINE.into();
    let page = reference.page.clone().expect("the reference has a section");
    let mm = |t: Option<i64>| twips_to_mm(u32::try_from(t.expect("a margin")).unwrap());
    doc.page = PageSetup {
        size: PageSize::Custom {
            width_twips: u32::try_from(page.width.unwrap()).unwrap(),
            height_twips: u32::try_from(page.height.unwrap()).unwrap(),
        },
        margin_top: mm(page.margin_top),
        margin_bottom: mm(page.margin_bottom),
        margin_left: mm(page.margin_left),
        margin_right: mm(page.margin_right),
    };
    doc
}

struct Output {
    reference: ReferenceDoc,
    doc: Document,
    bytes: Vec<u8>,
    parts: BTreeMap<String, Vec<u8>>,
}

fn render(reference_bytes: &[u8]) -> Output {
    let reference = ReferenceDoc::parse(reference_bytes).expect("the reference reads");
    let doc = draft_for(&reference);
    let bytes = adopt_docx::render_with_reference(&doc, &reference).expect("renders");
    let parts = entries(&bytes);
    Output {
        reference,
        doc,
        bytes,
        parts,
    }
}

impl Output {
    fn text(&self, name: &str) -> String {
        let bytes = self
            .parts
            .get(name)
            .unwrap_or_else(|| panic!("part {name} is missing; have {:?}", self.parts.keys()));
        String::from_utf8(bytes.clone()).expect("UTF-8")
    }

    /// Our section's header or footer parts by type (`default`, `first`).
    fn section_parts(&self, reference: &str) -> BTreeMap<String, String> {
        let rels = self.text("word/_rels/document.xml.rels");
        let rels = parse(&rels);
        let targets: HashMap<&str, &str> = rels
            .descendants()
            .filter(|n| n.has_tag_name("Relationship"))
            .map(|n| (n.attribute("Id").unwrap(), n.attribute("Target").unwrap()))
            .collect();
        let document = self.text("word/document.xml");
        let document = parse(&document);
        let section = document.descendants().rfind(|n| n.has_tag_name((W, "sectPr"))).unwrap();
        section
            .children()
            .filter(|n| n.has_tag_name((W, reference)))
            .map(|n| {
                (
                    n.attribute((W, "type")).unwrap().to_string(),
                    format!("word/{}", targets[n.attribute((R, "id")).unwrap()]),
                )
            })
            .collect()
    }
}

fn parse(text: &str) -> Xml<'_> {
    Xml::parse(text).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|c| c.has_tag_name((W, name)))
}

fn val<'a>(node: Option<Node<'a, 'a>>) -> Option<&'a str> {
    node.and_then(|n| n.attribute((W, "val")))
}

fn style<'a>(styles: &'a Xml<'a>, id: &str) -> Node<'a, 'a> {
    styles
        .descendants()
        .find(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
        .unwrap_or_else(|| panic!("no style {id}"))
}

/// The text of each paragraph of a part, in order.
fn paragraphs(xml: &str) -> Vec<String> {
    parse(xml)
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name((W, "t")) || n.has_tag_name((W, "instrText")))
                .filter_map(|n| n.text())
                .collect()
        })
        .collect()
}

#[test]
fn the_styles_take_the_references_fonts_sizes_and_colours_and_keep_the_numbering() {
    let out = render(&fixture());
    let styles_xml = out.text("word/styles.xml");
    let styles = parse(&styles_xml);

    // Read back as a reference document, the output has the reference's house style.
    let again = ReferenceDoc::parse(&out.bytes).expect("the output reads as a reference");
    assert_eq!(out.reference.fonts.body.as_deref(), Some("DejaVu Serif"));
    assert_eq!(out.reference.fonts.heading.as_deref(), Some("DejaVu Sans"));
    assert_eq!(again.fonts.body, out.reference.fonts.body, "Normal's font");
    assert_eq!(again.fonts.heading, out.reference.fonts.heading, "Heading 1's font");
    assert_eq!(again.colours.heading.as_deref(), Some("1F3864"));
    assert_eq!(again.colours.body.as_deref(), Some("222222"));
    assert!(
        !again.fonts.all.iter().any(|f| f == "Times New Roman" || f == "Arial"),
        "{:?}",
        again.fonts.all
    );

    // The defaults are the reference's (size 11 pt), in the draft's language.
    let defaults = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .unwrap();
    let rpr = w(defaults, "rPr").unwrap();
    assert_eq!(w(rpr, "rFonts").unwrap().attribute((W, "ascii")), Some("DejaVu Serif"));
    assert_eq!(val(w(rpr, "sz")), Some("22"));
    assert_eq!(val(w(rpr, "lang")), Some(out.doc.metadata.language.as_str()));

    // Heading 1: its size and bold from the reference; still numbered by our outline numbering,
    // at outline level 0, kept with the next paragraph.
    let h1 = style(&styles, "Heading1");
    let h1_rpr = w(h1, "rPr").unwrap();
    assert_eq!(val(w(h1_rpr, "sz")), Some("32"));
    assert!(w(h1_rpr, "b").is_some());
    let h1_ppr = w(h1, "pPr").unwrap();
    let num_id = val(w(w(h1_ppr, "numPr").unwrap(), "numId")).unwrap();
    let numbering = out.text("word/numbering.xml");
    let numbering = parse(&numbering);
    assert!(
        numbering
            .descendants()
            .any(|n| n.has_tag_name((W, "num")) && n.attribute((W, "numId")) == Some(num_id)),
        "Heading 1's numbering {num_id} is defined"
    );
    assert_eq!(val(w(h1_ppr, "outlineLvl")), Some("0"));
    assert!(w(h1_ppr, "keepNext").is_some());

    // Every style named anywhere is defined, every link leads to a style, ids are unique, and
    // exactly one paragraph style is the default.
    let ids: Vec<&str> = styles
        .descendants()
        .filter_map(|n| n.attribute((W, "styleId")))
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
    for link in styles
        .descendants()
        .filter(|n| ["basedOn", "next", "link"].iter().any(|l| n.has_tag_name((W, *l))))
    {
        assert!(ids.contains(&val(Some(link)).unwrap()), "{link:?} leads nowhere");
    }
    for (name, text) in &out.parts {
        if !(name.starts_with("word/") && name.ends_with(".xml")) {
            continue;
        }
        let text = String::from_utf8(text.clone()).unwrap();
        for n in parse(&text).descendants() {
            if n.has_tag_name((W, "pStyle")) || n.has_tag_name((W, "rStyle")) || n.has_tag_name((W, "tblStyle")) {
                assert!(ids.contains(&val(Some(n)).unwrap()), "{name} names {:?}", val(Some(n)));
            }
        }
    }
    let defaults = styles
        .descendants()
        .filter(|n| n.attribute((W, "type")) == Some("paragraph") && n.attribute((W, "default")).is_some())
        .count();
    assert_eq!(defaults, 1);
}

#[test]
fn the_page_has_the_references_size_margins_and_header_distances() {
    for (reference, size) in [(fixture(), (11906, 16838)), (odd_reference(), ODD_SIZE)] {
        let out = render(&reference);
        let document = out.text("word/document.xml");
        let document = parse(&document);
        let section = document.descendants().rfind(|n| n.has_tag_name((W, "sectPr"))).unwrap();
        let pg_sz = w(section, "pgSz").unwrap();
        assert_eq!(pg_sz.attribute((W, "w")), Some(size.0.to_string().as_str()));
        assert_eq!(pg_sz.attribute((W, "h")), Some(size.1.to_string().as_str()));
        assert_eq!(pg_sz.attribute((W, "orient")), None, "portrait");
        let page = out.reference.page.clone().unwrap();
        let margins = w(section, "pgMar").unwrap();
        for (attr, want) in [
            ("top", page.margin_top),
            ("bottom", page.margin_bottom),
            ("left", page.margin_left),
            ("right", page.margin_right),
            ("header", page.margin_header),
            ("footer", page.margin_footer),
        ] {
            assert_eq!(
                margins.attribute((W, attr)),
                Some(want.unwrap().to_string().as_str()),
                "pgMar {attr}"
            );
        }
    }
    // A wide custom size is a landscape page.
    let reference = ReferenceDoc::parse(&odd_reference()).unwrap();
    let mut doc = draft_for(&reference);
    doc.page.size = PageSize::Custom {
        width_twips: ODD_SIZE.1,
        height_twips: ODD_SIZE.0,
    };
    let bytes = adopt_docx::render_with_reference(&doc, &reference).unwrap();
    let again = ReferenceDoc::parse(&bytes).unwrap().page.unwrap();
    assert_eq!(
        (again.width, again.height, again.landscape),
        (Some(15309), Some(11340), true)
    );
}

#[test]
fn the_letterhead_is_copied_with_its_pictures_and_our_lines_follow_it() {
    let out = render(&odd_reference());
    let picture = &out.reference.header("default").unwrap().media[0].bytes;
    assert!(picture.starts_with(b"\x89PNG"));
    let headers = out.section_parts("headerReference");
    let footers = out.section_parts("footerReference");
    assert_eq!(headers.keys().collect::<Vec<_>>(), ["default", "first"]);
    assert_eq!(footers.keys().collect::<Vec<_>>(), ["default", "first"]);
    let types = out.text("[Content_Types].xml");

    for (kind, part) in headers.iter().chain(&footers) {
        let xml = out.text(part);
        let doc = parse(&xml);
        // Every relationship id the part uses is one of its relationships, and every picture
        // it shows is in the package with the reference's bytes and a content type.
        let rels_name = part.replace("word/", "word/_rels/") + ".rels";
        let rels = out.text(&rels_name);
        let rels = parse(&rels);
        let targets: HashMap<&str, &str> = rels
            .descendants()
            .filter(|n| n.has_tag_name("Relationship"))
            .map(|n| (n.attribute("Id").unwrap(), n.attribute("Target").unwrap()))
            .collect();
        let embeds: Vec<&str> = doc.descendants().filter_map(|n| n.attribute((R, "embed"))).collect();
        assert_eq!(embeds.len(), 1, "{part} shows the letterhead picture");
        for id in embeds {
            let target = format!(
                "word/{}",
                targets
                    .get(id)
                    .unwrap_or_else(|| panic!("{part}: {id} has no relationship"))
            );
            assert_eq!(&out.parts[&target], picture, "{target} holds the picture");
            assert!(types.contains(&format!(r#"PartName="/{target}" ContentType="image/png""#)));
        }
        assert!(kind == "default" || kind == "first");
    }
    let media: Vec<_> = out.parts.keys().filter(|n| n.starts_with("word/media/")).collect();
    assert_eq!(media, ["word/media/letterhead1.png"], "one picture, stored once");

    // The running header under the letterhead; the cover shows the first-page letterhead alone.
    let header = paragraphs(&out.text(&headers["default"]));
    assert_eq!(header.len(), 2);
    assert!(header[0].contains("Authority of Example") && header[1] == out.doc.header);
    let cover = paragraphs(&out.text(&headers["first"]));
    assert_eq!(cover.len(), 1);
    assert!(cover[0].contains("Office of the Governor") && !cover[0].contains(&out.doc.header));

    // Our footer lines under the reference's, on the cover too: marking and page label with
    // PAGE and NUMPAGES fields, then the version line.
    for part in footers.values() {
        let footer = paragraphs(&out.text(part));
        assert_eq!(footer.len(), 3, "{part}: {footer:?}");
        assert_eq!(footer[0], "Draft for consultation");
        assert!(footer[1].starts_with(&out.doc.footer) && footer[1].contains("PAGE") && footer[1].contains("NUMPAGES"));
        assert_eq!(footer[2], VERSION_LINE);
    }

    // Read back by the safe reader, the output's letterhead is the reference's.
    let again = ReferenceDoc::parse(&out.bytes).unwrap();
    assert_eq!(&again.header("default").unwrap().media[0].bytes, picture);
    assert_eq!(&again.footer("default").unwrap().media[0].bytes, picture);
    let mut doc_pr: Vec<String> = Vec::new();
    for part in headers.values().chain(footers.values()) {
        let xml = out.text(part);
        doc_pr.extend(
            parse(&xml)
                .descendants()
                .filter(|n| n.tag_name().name() == "docPr")
                .map(|n| n.attribute("id").unwrap().to_string()),
        );
    }
    let count = doc_pr.len();
    doc_pr.sort();
    doc_pr.dedup();
    assert_eq!(doc_pr.len(), count, "picture ids are unique");

    // The same input gives the same bytes.
    assert!(adopt_docx::render_with_reference(&out.doc, &out.reference).unwrap() == out.bytes);
}

#[test]
fn without_a_reference_nothing_of_it_appears() {
    let reference = ReferenceDoc::parse(&odd_reference()).unwrap();
    let doc = draft_for(&reference);
    let parts = entries(&adopt_docx::render(&doc).unwrap());
    assert!(!parts.keys().any(|n| n.starts_with("word/media/")));
    let styles = String::from_utf8(parts["word/styles.xml"].clone()).unwrap();
    assert!(!styles.contains("DejaVu") && styles.contains("Times New Roman"));
    // The page size still comes from the model.
    let document = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    assert!(document.contains(r#"<w:pgSz w:w="11340" w:h="15309" />"#));
}

#[test]
fn a_reference_with_styles_only_changes_the_styles_only() {
    let styles = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>"#,
        r#"<w:rPr><w:rFonts w:ascii="Garamond" w:hAnsi="Garamond"/></w:rPr></w:style></w:styles>"#
    );
    let package = BTreeMap::from([
        (
            "[Content_Types].xml".to_string(),
            concat!(
                r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
                r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
                r#"<Default Extension="xml" ContentType="application/xml"/>"#,
                r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
            )
            .as_bytes()
            .to_vec(),
        ),
        (
            "_rels/.rels".to_string(),
            concat!(
                r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#
            )
            .as_bytes()
            .to_vec(),
        ),
        (
            "word/document.xml".to_string(),
            format!(r#"<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p/></w:body></w:document>"#).into_bytes(),
        ),
        ("word/styles.xml".to_string(), styles.as_bytes().to_vec()),
    ]);
    let reference = ReferenceDoc::parse(&zipped(&package)).expect("a minimal reference reads");
    assert!(reference.page.is_none() && reference.headers.is_empty());
    let doc = specimen(3);
    let plain = entries(&adopt_docx::render(&doc).unwrap());
    let styled = entries(&adopt_docx::render_with_reference(&doc, &reference).unwrap());
    assert_eq!(plain.keys().collect::<Vec<_>>(), styled.keys().collect::<Vec<_>>());
    for (name, bytes) in &plain {
        if name != "word/styles.xml" {
            assert!(styled[name] == *bytes, "{name} changed");
        }
    }
    let again = ReferenceDoc::parse(&adopt_docx::render_with_reference(&doc, &reference).unwrap()).unwrap();
    assert_eq!(again.fonts.body.as_deref(), Some("Garamond"));
    // Headings keep ours: the reference names no heading font.
    assert_eq!(again.fonts.heading.as_deref(), Some("Arial"));
}

// ---- LibreOffice ----------------------------------------------------------------------------

fn poppler(name: &str, args: &[&str], pdf: &Path) -> String {
    run(Command::new(tool(name)).args(args).arg(pdf), Duration::from_secs(30))
}

/// Pages and page size in points, from pdfinfo.
fn page_info(pdf: &Path) -> (usize, f64, f64) {
    let info = poppler("pdfinfo", &[], pdf);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in {info}"))
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().unwrap();
    let size = field("Page size:");
    let numbers: Vec<f64> = size.split_whitespace().filter_map(|t| t.parse().ok()).collect();
    (pages, numbers[0], numbers[1])
}

/// How many pictures pdfimages lists on each page.
fn pictures_per_page(pdf: &Path, pages: usize) -> Vec<usize> {
    let list = poppler("pdfimages", &["-list"], pdf);
    let mut per_page = vec![0; pages];
    for line in list.lines().skip(2) {
        if let Some(page) = line.split_whitespace().next().and_then(|p| p.parse::<usize>().ok()) {
            per_page[page - 1] += 1;
        }
    }
    per_page
}

/// One page's text, whitespace collapsed.
fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    let text = run(
        Command::new(tool("pdftotext"))
            .args(["-layout", "-f", &p, "-l", &p])
            .arg(pdf)
            .arg("-"),
        Duration::from_secs(30),
    );
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn libreoffice_prints_the_house_style_the_page_and_the_letterhead() {
    let soffice = tool("soffice");
    let dir = tempfile::tempdir().unwrap();
    let plain = render(&fixture());
    let odd = render(&odd_reference());
    let files = [("plain", &plain), ("odd", &odd)];
    for (name, out) in files {
        std::fs::write(dir.path().join(format!("{name}.docx")), &out.bytes).unwrap();
    }
    // One LibreOffice run for both files, with a private profile.
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("profile").display());
    run(
        Command::new(soffice)
            .args([
                profile.as_str(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir.path())
            .args(files.iter().map(|(name, _)| dir.path().join(format!("{name}.docx")))),
        Duration::from_secs(120),
    );

    for (name, out) in files {
        let pdf = dir.path().join(format!("{name}.pdf"));
        assert!(pdf.is_file(), "LibreOffice wrote no {name}.pdf");

        // The reference's fonts (DejaVu) print the whole draft: none of ours is left.
        let fonts = poppler("pdffonts", &[], &pdf);
        assert!(
            fonts.contains("DejaVuSerif") && fonts.contains("DejaVuSans-Bold"),
            "{fonts}"
        );
        assert!(
            !fonts.contains("Liberation") && !fonts.contains("Times") && !fonts.contains("Arial"),
            "{fonts}"
        );

        // The page size is the reference's.
        let (pages, width, height) = page_info(&pdf);
        let size = out.reference.page.clone().unwrap();
        let points = |twips: Option<i64>| twips.unwrap() as f64 / 20.0;
        assert!((width - points(size.width)).abs() < 0.5, "{name}: width {width}");
        assert!((height - points(size.height)).abs() < 0.5, "{name}: height {height}");
        assert!(pages >= 3, "{name}: {pages} pages");

        // Heading numbers still come from our outline numbering under the reference's styles.
        let texts: Vec<String> = (1..=pages).map(|p| page_text(&pdf, p)).collect();
        let all = texts.join(" ");
        assert!(
            all.contains("2.1.1 SIM-01") && all.contains("1 Purpose"),
            "{name}: {all}"
        );

        // The letterhead picture on every page (and the footer's too in the odd reference), the
        // reference's header and footer text, and our footer lines on every page.
        let per_page = pictures_per_page(&pdf, pages);
        let expected = if name == "odd" { 2 } else { 1 };
        assert!(
            per_page.iter().all(|n| *n == expected),
            "{name}: pictures per page {per_page:?}"
        );
        for (text, page) in texts.iter().zip(1..) {
            for line in [
                "Draft for consultation",
                out.doc.footer.as_str(),
                &format!("Page {page} of {pages}"),
                VERSION_LINE,
            ] {
                assert!(text.contains(line), "{name} page {page} lacks {line:?}: {text}");
            }
            let letterhead = if name == "odd" && page == 1 {
                "Office of the Governor"
            } else {
                "Authority of Example"
            };
            assert!(text.contains(letterhead), "{name} page {page}: {text}");
            assert_eq!(
                text.contains(&out.doc.header),
                page > 1,
                "{name} page {page}: running header"
            );
        }
    }
}
