//! The DOCX renderer from the outside: open the package, parse every part, check what Word
//! and LibreOffice rely on; then one real conversion with LibreOffice, read back with poppler.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use adopt_document::specimen::{HOSTILE, specimen};
use adopt_document::*;
use roxmltree::{Document as Xml, Node};

mod common;

use common::{run, tool};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const DC: &str = "http://purl.org/dc/elements/1.1/";
const CP: &str = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const DCTERMS: &str = "http://purl.org/dc/terms/";

/// Text width of an A4 page with 25 mm margins, in twips.
const A4_TEXT_WIDTH: u32 = 11906 - 2 * 1417;

/// The parts of a package by name.
struct Package(BTreeMap<String, String>);

impl Package {
    fn open(bytes: &[u8]) -> Package {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).expect("a readable entry");
            let mut text = String::new();
            entry.read_to_string(&mut text).expect("every part is UTF-8 text");
            parts.insert(entry.name().to_string(), text);
        }
        Package(parts)
    }

    fn part(&self, name: &str) -> &str {
        self.0
            .get(name)
            .unwrap_or_else(|| panic!("part {name} is missing; have {:?}", self.0.keys()))
    }

    /// Header and footer parts as the section refers to them: (type, part name).
    fn section_parts(&self, kind: &str) -> Vec<(String, String)> {
        let rels = parse(self.part("word/_rels/document.xml.rels"));
        let targets: BTreeMap<&str, &str> = rels
            .descendants()
            .filter(|n| n.has_tag_name("Relationship"))
            .map(|n| (n.attribute("Id").unwrap(), n.attribute("Target").unwrap()))
            .collect();
        let doc = parse(self.part("word/document.xml"));
        let sect = doc
            .descendants()
            .rfind(|n| n.has_tag_name((W, "sectPr")))
            .expect("a section");
        sect.children()
            .filter(|n| n.has_tag_name((W, kind)))
            .map(|n| {
                let id = n
                    .attribute((
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "id",
                    ))
                    .unwrap();
                (
                    n.attribute((W, "type")).unwrap().to_string(),
                    format!("word/{}", targets[id]),
                )
            })
            .collect()
    }
}

fn parse(text: &str) -> Xml<'_> {
    Xml::parse(text).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn render(doc: &Document) -> Package {
    Package::open(&adopt_docx::render(doc).expect("renders"))
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn val<'a>(node: Node<'a, 'a>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

fn style_of<'a>(p: Node<'a, 'a>) -> Option<&'a str> {
    w(p, "pPr").and_then(|ppr| w(ppr, "pStyle")).and_then(val)
}

/// A paragraph's text with w:tab as '\t' and w:br as '\n'.
fn text_of(p: Node<'_, '_>) -> String {
    let mut s = String::new();
    for n in p.descendants() {
        if n.has_tag_name((W, "t")) {
            s.push_str(n.text().unwrap_or(""));
        } else if n.has_tag_name((W, "tab")) && n.parent().is_some_and(|r| r.has_tag_name((W, "r"))) {
            s.push('\t');
        } else if n.has_tag_name((W, "br")) {
            s.push('\n');
        }
    }
    s
}

fn paragraphs<'a>(doc: &'a Xml<'a>) -> impl Iterator<Item = Node<'a, 'a>> {
    doc.descendants().filter(|n| n.has_tag_name((W, "p")))
}

fn num_id<'a>(p: Node<'a, 'a>) -> Option<&'a str> {
    w(p, "pPr")
        .and_then(|ppr| w(ppr, "numPr"))
        .and_then(|np| w(np, "numId"))
        .and_then(val)
}

fn headings(doc: &Document) -> Vec<&Heading> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        })
        .collect()
}

#[test]
fn every_part_is_well_formed_xml_and_declared() {
    let pkg = render(&specimen(5));
    let types = pkg.part("[Content_Types].xml").to_string();
    for (name, text) in &pkg.0 {
        parse(text);
        let declared =
            types.contains(&format!("\"/{name}\"")) || name.ends_with(".rels") || name == "[Content_Types].xml";
        assert!(declared, "{name} has no content type override");
    }
    for name in [
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        pkg.part(name);
    }
}

#[test]
fn styles_define_headings_with_outline_levels_and_explicit_fonts() {
    let pkg = render(&specimen(3));
    let styles = parse(pkg.part("word/styles.xml"));
    let style = |id: &str| {
        styles
            .descendants()
            .find(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
            .unwrap_or_else(|| panic!("style {id}"))
    };
    for (i, id) in ["Heading1", "Heading2", "Heading3"].into_iter().enumerate() {
        let s = style(id);
        assert_eq!(
            w(s, "name").and_then(val),
            Some(format!("heading {}", i + 1).as_str()),
            "Word's built-in name"
        );
        let ppr = w(s, "pPr").expect("pPr");
        assert_eq!(w(ppr, "outlineLvl").and_then(val), Some(i.to_string().as_str()));
        assert!(w(ppr, "keepNext").is_some(), "{id} keeps with next");
        let spacing = w(ppr, "spacing").expect("spacing");
        assert!(spacing.attribute((W, "before")).is_some() && spacing.attribute((W, "after")).is_some());
        let fonts = w(w(s, "rPr").unwrap(), "rFonts").unwrap();
        for attr in ["ascii", "hAnsi", "cs", "eastAsia"] {
            assert_eq!(fonts.attribute((W, attr)), Some("Arial"));
        }
    }
    let defaults = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .unwrap();
    let fonts = defaults.descendants().find(|n| n.has_tag_name((W, "rFonts"))).unwrap();
    for attr in ["ascii", "hAnsi", "cs", "eastAsia"] {
        assert_eq!(fonts.attribute((W, attr)), Some("Times New Roman"));
    }
    assert_eq!(
        defaults
            .descendants()
            .find(|n| n.has_tag_name((W, "lang")))
            .and_then(val),
        Some("en")
    );
    for id in [
        "Normal",
        "BodyText",
        "Title",
        "Quote",
        "Note",
        "Field",
        "TOC1",
        "TOC2",
        "TOC3",
        "ListParagraph",
        "AdoptionTable",
        "Header",
        "Footer",
    ] {
        style(id);
    }
    // TOC styles: right tab with dot leader at the margin.
    let tab = style("TOC1")
        .descendants()
        .find(|n| n.has_tag_name((W, "tab")))
        .unwrap();
    assert_eq!(tab.attribute((W, "leader")), Some("dot"));
    assert_eq!(tab.attribute((W, "pos")), Some(A4_TEXT_WIDTH.to_string().as_str()));
}

#[test]
fn every_paragraph_and_table_names_a_defined_style() {
    let pkg = render(&specimen(3));
    let styles = parse(pkg.part("word/styles.xml"));
    let defined: BTreeSet<&str> = styles
        .descendants()
        .filter_map(|n| n.attribute((W, "styleId")))
        .collect();
    let mut used = BTreeSet::new();
    for (name, text) in &pkg.0 {
        if !(name == "word/document.xml" || name.starts_with("word/header") || name.starts_with("word/footer"))
            || name.ends_with(".rels")
        {
            continue;
        }
        let doc = parse(text);
        for p in paragraphs(&doc) {
            let style =
                style_of(p).unwrap_or_else(|| panic!("a paragraph in {name} without a style: {:?}", text_of(p)));
            assert!(defined.contains(style), "{style} used in {name} is not defined");
            used.insert(style.to_string());
        }
        for t in doc.descendants().filter(|n| n.has_tag_name((W, "tblStyle"))) {
            assert!(defined.contains(val(t).unwrap()));
        }
    }
    for expected in [
        "Title",
        "Heading1",
        "Heading2",
        "Heading3",
        "BodyText",
        "Quote",
        "Note",
        "Field",
        "TOC1",
        "TOC2",
        "ListParagraph",
        "TableHeading",
        "TableText",
    ] {
        assert!(used.contains(expected), "{expected} is never used");
    }
}

/// Word's numbering of the heading paragraphs as the XML says it: numbered by the linked list
/// unless the paragraph switches numbering off (numId 0).
fn word_heading_numbers(pkg: &Package) -> Vec<Option<String>> {
    let doc = parse(pkg.part("word/document.xml"));
    let mut counters = [0u32; 3];
    let mut out = Vec::new();
    for p in paragraphs(&doc) {
        let Some(level) = style_of(p)
            .and_then(|s| s.strip_prefix("Heading"))
            .and_then(|l| l.parse::<usize>().ok())
        else {
            continue;
        };
        if num_id(p) == Some("0") {
            out.push(None);
            continue;
        }
        assert!(
            num_id(p).is_none(),
            "numbered headings take their numbering from the style"
        );
        counters[level - 1] += 1;
        counters[level..].iter_mut().for_each(|c| *c = 0);
        out.push(Some(
            counters[..level]
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join("."),
        ));
    }
    out
}

#[test]
fn heading_numbering_is_linked_to_the_heading_styles_and_reproduces_the_model() {
    let doc = specimen(12);
    let pkg = render(&doc);
    let numbering = parse(pkg.part("word/numbering.xml"));
    let abstract_num = numbering
        .descendants()
        .find(|n| {
            n.has_tag_name((W, "abstractNum"))
                && n.descendants()
                    .any(|d| d.has_tag_name((W, "pStyle")) && val(d) == Some("Heading1"))
        })
        .expect("an abstract numbering linked to Heading1");
    let abstract_id = abstract_num.attribute((W, "abstractNumId")).unwrap();
    for (i, text) in ["%1", "%1.%2", "%1.%2.%3"].into_iter().enumerate() {
        let lvl = abstract_num
            .children()
            .find(|n| n.has_tag_name((W, "lvl")) && n.attribute((W, "ilvl")) == Some(&i.to_string()))
            .unwrap();
        assert_eq!(w(lvl, "lvlText").and_then(val), Some(text));
        assert_eq!(w(lvl, "numFmt").and_then(val), Some("decimal"));
        assert_eq!(
            lvl.descendants().find(|n| n.has_tag_name((W, "pStyle"))).and_then(val),
            Some(format!("Heading{}", i + 1).as_str())
        );
    }
    let num = numbering
        .descendants()
        .find(|n| n.has_tag_name((W, "num")) && w(*n, "abstractNumId").and_then(val) == Some(abstract_id))
        .expect("a numbering instance of it");
    let num_id_val = num.attribute((W, "numId")).unwrap();
    let styles = parse(pkg.part("word/styles.xml"));
    for i in 0..3 {
        let s = styles
            .descendants()
            .find(|n| n.attribute((W, "styleId")) == Some(&format!("Heading{}", i + 1)))
            .unwrap();
        let np = s
            .descendants()
            .find(|n| n.has_tag_name((W, "numPr")))
            .expect("the heading style is numbered");
        assert_eq!(w(np, "numId").and_then(val), Some(num_id_val));
        assert_eq!(w(np, "ilvl").and_then(val), Some(i.to_string().as_str()));
    }
    let model: Vec<Option<String>> = headings(&doc).iter().map(|h| h.number.clone()).collect();
    assert_eq!(word_heading_numbers(&pkg), model);
    assert!(model.contains(&Some("2.1.12".to_string())) && model.contains(&None));
}

#[test]
fn numbers_automatic_numbering_cannot_reproduce_are_written_as_text() {
    let mut doc = specimen(2);
    for b in &mut doc.blocks {
        if let Block::Heading(h) = b
            && h.number.as_deref() == Some("3")
        {
            h.number = Some("7".into());
        }
    }
    let pkg = render(&doc);
    assert!(
        word_heading_numbers(&pkg).iter().all(Option::is_none),
        "automatic numbering is off everywhere"
    );
    let xml = parse(pkg.part("word/document.xml"));
    let texts: Vec<String> = paragraphs(&xml)
        .filter(|p| style_of(*p).is_some_and(|s| s.starts_with("Heading")))
        .map(text_of)
        .collect();
    assert!(texts.contains(&"7\tImplementation timeline".to_string()), "{texts:?}");
    assert!(texts.contains(&"2.1.2\tSIM-02 Notify DFS providers of recycled numbers".to_string()));
    assert!(texts.contains(&"Annex A — Items not adopted".to_string()));
}

#[test]
fn lists_have_their_own_numbering_and_ordered_lists_restart() {
    let mut doc = specimen(1);
    let list = |ordered| {
        Block::List(List {
            ordered,
            items: vec![vec![Span::plain("one")], vec![Span::plain("two")]],
        })
    };
    doc.blocks.extend([list(true), list(false), list(true)]);
    let pkg = render(&doc);
    let xml = parse(pkg.part("word/document.xml"));
    let numbering = parse(pkg.part("word/numbering.xml"));
    let abstract_of = |num: &str| {
        let n = numbering
            .descendants()
            .find(|n| n.has_tag_name((W, "num")) && n.attribute((W, "numId")) == Some(num))
            .unwrap();
        let a = w(n, "abstractNumId").and_then(val).unwrap();
        let abs = numbering
            .descendants()
            .find(|n| n.has_tag_name((W, "abstractNum")) && n.attribute((W, "abstractNumId")) == Some(a))
            .unwrap();
        (
            n,
            abs.descendants()
                .find(|d| d.has_tag_name((W, "numFmt")))
                .and_then(val)
                .unwrap()
                .to_string(),
            a.to_string(),
        )
    };
    let mut ordered = Vec::new();
    let mut bullets = BTreeSet::new();
    let mut last = None;
    for p in paragraphs(&xml).filter(|p| style_of(*p) == Some("ListParagraph")) {
        let id = num_id(p).expect("list items are numbered").to_string();
        let (num, fmt, abs) = abstract_of(&id);
        if fmt == "decimal" {
            if last.as_ref() != Some(&id) {
                let start = num
                    .descendants()
                    .find(|n| n.has_tag_name((W, "startOverride")))
                    .and_then(val);
                assert_eq!(start, Some("1"), "ordered lists restart at 1");
                ordered.push(abs);
            }
        } else {
            assert_eq!(fmt, "bullet");
            bullets.insert(id.clone());
        }
        last = Some(id);
    }
    assert_eq!(ordered.len(), 3, "three ordered lists");
    assert_eq!(
        ordered.iter().collect::<BTreeSet<_>>().len(),
        3,
        "each with its own definition"
    );
    assert_eq!(bullets.len(), 1, "bulleted lists share one definition");
}

#[test]
fn every_data_table_repeats_its_header_row_and_follows_the_column_widths() {
    let mut doc = specimen(4);
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "A".into(),
                width: 30,
            },
            Column {
                title: "B".into(),
                width: 70,
            },
        ],
        rows: vec![
            vec![vec![Span::plain("a")], vec![Span::plain("b")]],
            vec![
                vec![Span::plain("long")],
                vec![Span::plain("a long rationale ".repeat(200))],
            ],
        ],
    }));
    let pkg = render(&doc);
    let xml = parse(pkg.part("word/document.xml"));
    let tables: Vec<_> = xml
        .descendants()
        .filter(|n| {
            n.has_tag_name((W, "tbl"))
                && n.descendants()
                    .any(|d| d.has_tag_name((W, "tblStyle")) && val(d) == Some("AdoptionTable"))
        })
        .collect();
    assert_eq!(tables.len(), 2);
    for t in tables {
        let rows: Vec<_> = t.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
        let trpr = w(rows[0], "trPr").expect("the header row has properties");
        assert!(w(trpr, "tblHeader").is_some(), "the first row repeats");
        assert!(w(trpr, "cantSplit").is_some(), "the header row does not split");
        for r in &rows[1..] {
            let props = w(*r, "trPr");
            assert!(
                props.is_none_or(|p| w(p, "tblHeader").is_none()),
                "only the first row repeats"
            );
            // Short rows move whole to the next page; long ones may break across pages.
            let long = text_of(*r).len() > 1000;
            let unbroken = props.is_some_and(|p| w(p, "cantSplit").is_some());
            assert_eq!(
                unbroken,
                !long,
                "row {:?}",
                text_of(*r).chars().take(40).collect::<String>()
            );
        }
        for cell in rows[0].children().filter(|n| n.has_tag_name((W, "tc"))) {
            let shd = cell
                .descendants()
                .find(|n| n.has_tag_name((W, "shd")))
                .expect("shaded header cell");
            assert!(shd.attribute((W, "fill")).is_some_and(|f| f != "FFFFFF" && f != "auto"));
            assert_eq!(style_of(w(cell, "p").unwrap()), Some("TableHeading"));
        }
        let grid: Vec<u32> = t
            .descendants()
            .filter(|n| n.has_tag_name((W, "gridCol")))
            .map(|g| g.attribute((W, "w")).unwrap().parse().unwrap())
            .collect();
        assert_eq!(grid.iter().sum::<u32>(), A4_TEXT_WIDTH);
        assert_eq!(
            w(w(t, "tblPr").unwrap(), "tblLayout").and_then(|l| l.attribute((W, "type"))),
            Some("fixed")
        );
        if grid.len() == 2 {
            assert_eq!(grid[0], A4_TEXT_WIDTH * 30 / 100);
        } else {
            assert_eq!(grid[1], A4_TEXT_WIDTH * 48 / 100);
        }
    }
    // Line breaks in a cell stay line breaks.
    let cells: Vec<String> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "tc")))
        .map(text_of)
        .collect();
    assert!(cells.contains(&"LCA\nCBL".to_string()));
}

#[test]
fn document_properties_come_from_the_metadata() {
    let doc = specimen(1);
    let pkg = render(&doc);
    let core = parse(pkg.part("docProps/core.xml"));
    let get = |ns: &str, name: &str| {
        core.descendants()
            .find(|n| n.has_tag_name((ns, name)))
            .and_then(|n| n.text())
            .map(str::to_string)
    };
    assert_eq!(get(DC, "title").as_deref(), Some(doc.metadata.title.as_str()));
    assert_eq!(get(DC, "subject").as_deref(), Some(doc.metadata.subject.as_str()));
    assert_eq!(get(DC, "creator").as_deref(), Some(doc.metadata.author.as_str()));
    assert_eq!(get(DC, "language").as_deref(), Some("en"));
    assert_eq!(get(CP, "keywords").as_deref(), Some("DFS; security; ITU"));
    assert_eq!(get(DCTERMS, "created").as_deref(), Some("2025-06-06T00:00:00Z"));
    assert_eq!(get(DCTERMS, "modified").as_deref(), Some("2025-06-06T00:00:00Z"));
    let app = parse(pkg.part("docProps/app.xml"));
    assert!(app.descendants().any(|n| n.has_tag_name("Application")));
    let settings = parse(pkg.part("word/settings.xml"));
    let update = settings
        .descendants()
        .find(|n| n.has_tag_name((W, "updateFields")))
        .expect("updateFields");
    assert_eq!(val(update), Some("true"));
    // The zip entries carry the document date, not the clock.
    let mut zip = zip::ZipArchive::new(Cursor::new(adopt_docx::render(&doc).unwrap())).unwrap();
    let t = zip.by_index(0).unwrap().last_modified().expect("a timestamp");
    assert_eq!((t.year(), t.month(), t.day(), t.hour(), t.minute()), (2025, 6, 6, 0, 0));
}

#[test]
fn running_header_skips_the_cover_and_the_footer_counts_pages() {
    let doc = specimen(1);
    let pkg = render(&doc);
    let xml = parse(pkg.part("word/document.xml"));
    let sect = xml.descendants().rfind(|n| n.has_tag_name((W, "sectPr"))).unwrap();
    assert!(w(sect, "titlePg").is_some(), "the cover is a title page");
    let headers: BTreeMap<String, String> = pkg.section_parts("headerReference").into_iter().collect();
    let footers: BTreeMap<String, String> = pkg.section_parts("footerReference").into_iter().collect();
    let header_text = |name: &str| paragraphs(&parse(pkg.part(name))).map(text_of).collect::<String>();
    assert_eq!(header_text(&headers["default"]), doc.header);
    assert_eq!(header_text(&headers["first"]), "", "no running header on the cover");
    for kind in ["default", "first"] {
        let footer = parse(pkg.part(&footers[kind]));
        let instr: Vec<&str> = footer
            .descendants()
            .filter(|n| n.has_tag_name((W, "instrText")))
            .filter_map(|n| n.text())
            .map(str::trim)
            .collect();
        assert_eq!(instr, ["PAGE", "NUMPAGES"]);
        let text = paragraphs(&footer).map(text_of).collect::<String>();
        assert!(text.starts_with("DRAFT — for legal review\tPage "), "{text}");
        assert!(text.contains(" of "));
    }

    // Without a cover every page gets the header.
    let mut plain = specimen(1);
    plain.blocks.retain(|b| !matches!(b, Block::Cover(_)));
    let pkg = render(&plain);
    let xml = parse(pkg.part("word/document.xml"));
    let sect = xml.descendants().rfind(|n| n.has_tag_name((W, "sectPr"))).unwrap();
    assert!(w(sect, "titlePg").is_none());
}

#[test]
fn table_of_contents_is_a_field_with_the_entries_as_cached_result() {
    let doc = specimen(3);
    let pkg = render(&doc);
    let xml = parse(pkg.part("word/document.xml"));
    let instr: Vec<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "instrText")))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(instr.iter().filter(|i| i.trim_start().starts_with("TOC ")).count(), 1);
    assert!(
        instr.iter().any(|i| i.trim() == r#"TOC \o "1-2" \h \z \u"#),
        "{instr:?}"
    );

    let expected: Vec<String> = headings(&doc)
        .iter()
        .filter(|h| h.in_contents)
        .map(|h| match &h.number {
            Some(n) => format!("{n}\t{}\t", h.text),
            None => format!("{}\t", h.text),
        })
        .collect();
    let entries: Vec<Node> = paragraphs(&xml)
        .filter(|p| style_of(*p).is_some_and(|s| s.starts_with("TOC") && s != "TOCHeading"))
        .collect();
    assert_eq!(entries.iter().map(|p| text_of(*p)).collect::<Vec<_>>(), expected);
    let levels: Vec<&str> = entries.iter().map(|p| style_of(*p).unwrap()).collect();
    assert_eq!(levels, ["TOC1", "TOC1", "TOC2", "TOC1", "TOC1", "TOC1"]);

    // Entries link to bookmarks on the headings; page numbers are PAGEREF fields left empty.
    let bookmarks: BTreeMap<&str, String> = paragraphs(&xml)
        .filter_map(|p| {
            p.children()
                .find(|n| n.has_tag_name((W, "bookmarkStart")))
                .map(|b| (b.attribute((W, "name")).unwrap(), text_of(p)))
        })
        .collect();
    for (entry, expected) in entries.iter().zip(&expected) {
        let link = entry
            .children()
            .find(|n| n.has_tag_name((W, "hyperlink")))
            .expect("a hyperlink");
        let anchor = link.attribute((W, "anchor")).unwrap();
        assert!(
            anchor.len() <= 40 && !anchor.contains('-'),
            "a name Word accepts for a bookmark: {anchor}"
        );
        let heading = &bookmarks[anchor];
        assert!(
            expected.trim_end().ends_with(heading.as_str()),
            "{anchor} marks {heading:?}"
        );
        let pageref = link
            .descendants()
            .find(|n| n.has_tag_name((W, "instrText")))
            .and_then(|n| n.text())
            .unwrap();
        assert_eq!(pageref.trim(), format!("PAGEREF {anchor} \\h"));
    }
    let chars: Vec<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "fldChar")))
        .map(|n| n.attribute((W, "fldCharType")).unwrap())
        .collect();
    let count = |t: &str| chars.iter().filter(|c| **c == t).count();
    assert_eq!(count("begin"), count("end"));
    assert_eq!(count("begin"), count("separate"));
    assert_eq!(count("begin"), 1 + expected.len());
    // The field ends after the last entry.
    assert_eq!(
        entries
            .last()
            .unwrap()
            .children()
            .next_back()
            .and_then(|r| w(r, "fldChar"))
            .and_then(|f| f.attribute((W, "fldCharType"))),
        Some("end")
    );
}

#[test]
fn hostile_text_is_escaped_cleaned_and_kept() {
    let mut doc = specimen(7);
    let long: String = HOSTILE.chars().cycle().take(50_000).collect();
    doc.blocks.push(Block::Paragraph(Paragraph::body(long.clone())));
    doc.blocks.push(Block::Paragraph(Paragraph::new(
        ParagraphStyle::Quote,
        vec![Span::bold("a\tb\nc\r\nd\u{1}e")],
    )));
    doc.metadata.title = format!("{HOSTILE} title");
    doc.metadata.author = "A & B <authors>".into();
    doc.header = HOSTILE.into();
    doc.footer = "\u{0}]]>".into();
    doc.page_label = "{page}/{pages} <{pages}>".into();
    let pkg = render(&doc);
    for text in pkg.0.values() {
        parse(text);
    }
    let cleaned = |s: &str| {
        s.chars()
            .filter(|c| !c.is_control() || *c == '\t' || *c == '\n')
            .collect::<String>()
    };
    let xml = parse(pkg.part("word/document.xml"));
    let texts: Vec<String> = paragraphs(&xml).map(text_of).collect();
    assert!(
        texts.contains(&cleaned(HOSTILE)),
        "the hostile paragraph survives, minus control characters"
    );
    assert!(texts.contains(&cleaned(&long)), "a 50,000-character paragraph survives");
    assert!(
        texts.contains(&"a\tb\nc\nde".to_string()),
        "tabs and line feeds become w:tab / w:br"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("🛡️💸 עברית العربية Ελληνικά Русский e\u{301} Zürich € ∑ \u{200b}\u{feff}"))
    );
    let core = parse(pkg.part("docProps/core.xml"));
    let title = core
        .descendants()
        .find(|n| n.has_tag_name((DC, "title")))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, cleaned(&format!("{HOSTILE} title")));
    let creator = core
        .descendants()
        .find(|n| n.has_tag_name((DC, "creator")))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(creator, "A & B <authors>");
}

#[test]
fn odd_documents_still_give_valid_files() {
    let mut doc = specimen(1);
    doc.blocks = vec![
        Block::PageBreak,
        Block::TableOfContents { title: String::new() },
        Block::Heading(Heading {
            level: 0,
            number: None,
            text: String::new(),
            anchor: "a".into(),
            in_contents: false,
            redline: None,
        }),
        Block::Heading(Heading {
            level: 9,
            number: Some("x.y".into()),
            text: "deep".into(),
            anchor: "b".into(),
            in_contents: false,
            redline: None,
        }),
        Block::Paragraph(Paragraph::new(ParagraphStyle::Field, vec![])),
        Block::List(List {
            ordered: true,
            items: vec![],
        }),
        Block::Table(Table {
            columns: vec![],
            rows: vec![],
        }),
        Block::Table(Table {
            columns: vec![],
            rows: vec![vec![vec![Span::plain("ragged")]], vec![]],
        }),
        Block::Table(Table {
            columns: vec![Column {
                title: "only".into(),
                width: 0,
            }],
            rows: vec![vec![vec![], vec![Span::plain("extra")]]],
        }),
        Block::PageBreak,
        Block::PageBreak,
        Block::Signatures(vec![]),
        Block::Signatures(
            (0..3)
                .map(|i| Signatory {
                    authority: format!("Authority {i}"),
                    lines: vec![String::new(), "Date:".into()],
                })
                .collect(),
        ),
        Block::PageBreak,
    ];
    doc.page.margin_left = 500.0;
    doc.metadata.language = String::new();
    doc.metadata.keywords = vec![];
    let pkg = render(&doc);
    for text in pkg.0.values() {
        parse(text);
    }
    let xml = parse(pkg.part("word/document.xml"));
    // Leading, doubled and trailing breaks collapse: one before the TOC entry, one before the
    // signatures.
    assert_eq!(
        xml.descendants()
            .filter(|n| n.has_tag_name((W, "pageBreakBefore")))
            .count(),
        2
    );
    let tables = xml.descendants().filter(|n| n.has_tag_name((W, "tbl"))).count();
    assert_eq!(tables, 3, "two data tables with cells and the signatures");

    let empty = Document {
        blocks: vec![],
        header: String::new(),
        footer: String::new(),
        version_line: String::new(),
        page_label: String::new(),
        house_style: None,
        ..specimen(1)
    };
    let pkg = render(&empty);
    for text in pkg.0.values() {
        parse(text);
    }
}

#[test]
fn rendering_is_deterministic() {
    let doc = specimen(30);
    let first = adopt_docx::render(&doc).unwrap();
    let _other = adopt_docx::render(&specimen(3)).unwrap();
    assert!(
        first == adopt_docx::render(&doc).unwrap(),
        "a second render in the same process"
    );
    let threaded = std::thread::spawn(move || adopt_docx::render(&doc).unwrap())
        .join()
        .unwrap();
    assert!(first == threaded, "a render on another thread");
    assert!(first != adopt_docx::render(&specimen(31)).unwrap());
}

// ---- LibreOffice ----------------------------------------------------------------------------

fn pdf_text(pdf: &Path, pages: Option<(u32, u32)>) -> String {
    let mut cmd = Command::new(tool("pdftotext"));
    // Layout mode keeps each printed line together (a heading number with its text).
    cmd.arg("-layout");
    if let Some((first, last)) = pages {
        cmd.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let text = run(cmd.arg(pdf).arg("-"), Duration::from_secs(60));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn libreoffice_shows_headings_numbers_contents_and_page_labels() {
    let libreoffice = tool("libreoffice");
    let dir = tempfile::tempdir().unwrap();
    let doc = specimen(12);
    let docx = dir.path().join("draft.docx");
    std::fs::write(&docx, adopt_docx::render(&doc).unwrap()).unwrap();
    // A private profile, so parallel runs and a user's open LibreOffice do not interfere.
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("profile").display());
    run(
        Command::new(libreoffice)
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir.path())
            .arg(&docx),
        Duration::from_secs(180),
    );
    let pdf = dir.path().join("draft.pdf");
    assert!(pdf.is_file(), "LibreOffice wrote no PDF");

    let all = pdf_text(&pdf, None);
    let cover = pdf_text(&pdf, Some((1, 1)));
    let contents = pdf_text(&pdf, Some((2, 2)));
    let body = pdf_text(&pdf, Some((3, 999)));

    for h in headings(&doc) {
        let shown = match &h.number {
            Some(n) => format!("{n} {}", h.text),
            None => h.text.clone(),
        };
        assert!(body.contains(&shown), "heading {shown:?} is not in the body text");
    }
    // Unnumbered headings get no number from the outline numbering.
    assert!(body.contains("Annex A — Items not adopted") && !body.contains("4 Annex A"));
    assert!(!body.contains("5 Signatures") && !body.contains("4 Signatures"));
    // The contents page lists the cached entries in order, level-3 clauses left out, with
    // neither field codes nor invented page numbers between them.
    let entries = "Contents 1 Purpose 2 Requirements 2.1 SIM life cycle (SIM) 3 Implementation timeline Annex A — Items not adopted Signatures";
    assert!(contents.contains(entries), "the contents page reads: {contents}");
    assert!(!contents.contains("SIM-01"), "level-3 clauses stay out of the contents");
    assert!(
        !all.contains("PAGEREF") && !all.contains("TOC \\o"),
        "no field codes on paper"
    );

    assert!(cover.contains("Page 1 of"), "footer page label on the cover: {cover}");
    assert!(cover.contains("DRAFT — for legal review"), "the footer marking");
    assert!(!cover.contains(&doc.header), "no running header on the cover");
    assert!(contents.contains(&doc.header) && contents.contains("Page 2 of"));
    for s in ["Zürich", "Ελληνικά", "<w:t>&amp;", "Name:", "LCA/CBL/DFS/2025/01"] {
        assert!(all.contains(s), "{s:?} missing");
    }

    let info = run(Command::new(tool("pdfinfo")).arg(&pdf), Duration::from_secs(60));
    assert!(
        info.contains(&doc.metadata.title),
        "LibreOffice read the title from core.xml: {info}"
    );
}
