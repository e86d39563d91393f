//! Circulated versions and redlines in the PDF (contract §7), checked as a reader meets them:
//! the version line on every page (pdftotext page by page), the custom properties in the
//! document information (pdfinfo) and in XMP, and a redline's inserted and deleted text,
//! coloured, underlined or struck through, with change bars in the margin (pdftoppm pixels at
//! the places pdftotext's word boxes give).
//!
//! The tools come from the Debian packages qpdf and poppler-utils.

use adopt_document::specimen::{HOSTILE, specimen};
use adopt_document::{
    Block, Column, Document, Heading, List, PageSetup, PageSize, Paragraph, ParagraphStyle, Revision, RevisionKind,
    Span, Table,
};
use adopt_pdf::render;

mod common;

use common::{Rendered, ok, px, squash};

fn blue((r, g, b): (i32, i32, i32)) -> bool {
    b > 120 && b > r + 60 && b > g + 30
}

fn red((r, g, b): (i32, i32, i32)) -> bool {
    r > 120 && r > g + 60 && r > b + 60
}

fn dark((r, g, b): (i32, i32, i32)) -> bool {
    r < 130 && g < 130 && b < 130
}

fn revision(kind: RevisionKind) -> Revision {
    Revision {
        kind,
        author: "Legal adviser".into(),
        date: Default::default(),
    }
}

fn ins(text: &str) -> Span {
    Span::plain(text).revised(revision(RevisionKind::Inserted))
}

fn del(text: &str) -> Span {
    Span::plain(text).revised(revision(RevisionKind::Deleted))
}

const VERSION_LINE: &str = "Version 0.2 · 3f9a 1c2b 7d4e";
const FINGERPRINT: &str = "3f9a1c2b7d4e00112233445566778899aabbccddeeff00112233445566778899";

fn properties() -> Vec<(String, String)> {
    vec![
        ("dfs-adopt.workspace".into(), "lso-joint-2025".into()),
        ("dfs-adopt.version".into(), "0.2".into()),
        ("dfs-adopt.fingerprint".into(), FINGERPRINT.into()),
    ]
}

/// The specimen as a circulated version: version line and properties set.
fn circulated(rows: usize) -> Document {
    let mut d = specimen(rows);
    d.version_line = VERSION_LINE.into();
    d.metadata.properties = properties();
    d
}

/// A one-page redline: a changed heading, paragraph, list and table cells, and text that did
/// not change.
fn redline() -> Document {
    let mut d = specimen(1);
    d.version_line = "Working draft — not circulated".into();
    d.metadata.properties = properties();
    let column = |title: &str, width: u8| Column {
        title: title.into(),
        width,
    };
    d.blocks = vec![
        Block::Heading(Heading {
            level: 1,
            number: Some("1".into()),
            text: "Purpose".into(),
            anchor: "purpose".into(),
            in_contents: true,
            redline: None,
        }),
        Block::Paragraph(Paragraph::body(
            "Unchanged text: licensees shall keep records of every transaction for five years, \
             and produce them to the authority on request.",
        )),
        Block::Heading(Heading {
            level: 2,
            number: Some("2.1".into()),
            text: "SIM-03 Inform DFS providers of recycled numbers".into(),
            anchor: "sim-03".into(),
            in_contents: true,
            redline: Some(vec![
                Span::plain("SIM-03 "),
                del("Notify "),
                ins("Inform "),
                Span::plain("DFS providers of recycled numbers"),
            ]),
        }),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![
                Span::plain(
                    "Mobile network operators shall notify DFS providers of every churned or reassigned number within ",
                ),
                del("thirty "),
                ins("ten "),
                Span::plain("working days, and DFS providers shall "),
                del("freeze "),
                ins("suspend "),
                Span::plain("the linked account until the new holder is verified."),
            ],
        )),
        Block::List(List {
            ordered: true,
            items: vec![
                vec![Span::plain("Report every incident to the authority.")],
                vec![ins("Test the recovery plan every year.")],
            ],
        }),
        Block::Table(Table {
            columns: vec![
                column("Clause", 15),
                column("Requirement", 55),
                column("Target date", 30),
            ],
            rows: vec![
                vec![
                    vec![Span::plain("2.1.1")],
                    vec![Span::plain("Warn DFS providers of recycled numbers")],
                    vec![del("31 March 2027 "), ins("30 June 2027")],
                ],
                vec![
                    vec![Span::plain("2.1.2")],
                    vec![Span::plain("Verify the identity of new holders")],
                    vec![Span::plain("31 December 2026")],
                ],
            ],
        }),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![del("This paragraph was removed from the draft.")],
        )),
    ];
    d
}

// ---------------------------------------------------------------------------------------------
// The version line

fn assert_every_page_has_the_version_line(r: &Rendered, version_line: &str) {
    let n = r.pages();
    assert!(n > 3, "{n} pages");
    for page in 1..=n {
        let text = squash(&r.page_text(page));
        assert!(text.contains(version_line), "page {page} has no version line:\n{text}");
        assert!(
            text.contains("DRAFT — for legal review"),
            "page {page} lost its marking"
        );
        assert!(
            text.contains(&format!("Page {page} of {n}")),
            "page {page} lost its label"
        );
    }
}

#[test]
fn every_page_carries_the_version_line_cover_included() {
    let r = Rendered::new("", "version-line", &circulated(30));
    assert_every_page_has_the_version_line(&r, VERSION_LINE);
    // On the cover too (page 1 is the cover of the specimen).
    assert!(r.page_text(1).contains("JOINT DIRECTIVE"));
}

#[test]
fn the_version_line_fits_even_the_narrowest_margins() {
    let mut d = circulated(30);
    d.page.margin_bottom = 10.0;
    d.page.margin_left = 10.0;
    d.page.margin_right = 10.0;
    let r = Rendered::new("", "version-line-narrow", &d);
    assert_every_page_has_the_version_line(&r, VERSION_LINE);
    // Nothing runs off the page: every word of the footer lies within the paper.
    for word in ["Version", "7d4e"] {
        for b in r.word_boxes(2, word) {
            assert!(b[3] <= 841.9 && b[0] >= 0.0, "{word} at {b:?}");
        }
    }
}

#[test]
fn a_working_draft_says_so_in_its_footer() {
    let mut d = specimen(30);
    d.version_line = "Working draft — not circulated".into();
    let r = Rendered::new("", "working-draft", &d);
    assert_every_page_has_the_version_line(&r, "Working draft — not circulated");
}

// ---------------------------------------------------------------------------------------------
// Properties: document information and XMP

/// The value `pdfinfo -custom` shows for the document information entry `name`.
fn custom(r: &Rendered, name: &str) -> String {
    let info = ok("pdfinfo", &["-custom", r.p()]);
    info.lines()
        .find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(':')))
        .unwrap_or_else(|| panic!("pdfinfo -custom shows no {name}:\n{info}"))
        .trim()
        .to_string()
}

#[test]
fn custom_properties_are_in_the_document_information() {
    let r = Rendered::new("", "properties", &circulated(3));
    for (name, value) in properties() {
        assert_eq!(custom(&r, &name), value);
    }
    // The standard entries are still there.
    assert_eq!(
        custom(&r, "Title"),
        "Joint Directive on the Security of Digital Financial Services"
    );
}

#[test]
fn xmp_holds_the_properties_and_declares_their_schema() {
    let d = circulated(3);
    let r = Rendered::new("", "xmp", &d);
    let check = ok("qpdf", &["--check", r.p()]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");

    let pdf = lopdf::Document::load_mem(&r.bytes).expect("lopdf reads the file");
    let catalog = pdf.catalog().unwrap();
    let id = catalog
        .get(b"Metadata")
        .and_then(lopdf::Object::as_reference)
        .expect("/Metadata in the catalog");
    let stream = pdf
        .get_object(id)
        .and_then(lopdf::Object::as_stream)
        .expect("a metadata stream");
    assert_eq!(stream.dict.get(b"Type").unwrap().as_name().unwrap(), b"Metadata");
    assert_eq!(stream.dict.get(b"Subtype").unwrap().as_name().unwrap(), b"XML");
    assert!(stream.dict.get(b"Filter").is_err(), "the XMP stream is compressed");
    let xml = std::str::from_utf8(&stream.content).expect("XMP is UTF-8");
    // The packet can be found in the raw file, as XMP scanners look for it.
    assert!(String::from_utf8_lossy(&r.bytes).contains("dfsadopt:fingerprint"));

    let doc = roxmltree::Document::parse(xml).expect("the XMP parses");
    const NS: &str = "https://dfs-adopt.org/ns/1.0/";
    const DC: &str = "http://purl.org/dc/elements/1.1/";
    const XMP: &str = "http://ns.adobe.com/xap/1.0/";
    const SCHEMA: &str = "http://www.aiim.org/pdfa/ns/schema#";
    const PROPERTY: &str = "http://www.aiim.org/pdfa/ns/property#";
    let text_of = |ns: &str, name: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name)
            .map(|n| {
                n.descendants()
                    .filter(|t| t.is_text())
                    .filter_map(|t| t.text())
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(text_of(NS, "workspace"), ["lso-joint-2025"]);
    assert_eq!(text_of(NS, "version"), ["0.2"]);
    assert_eq!(text_of(NS, "fingerprint"), [FINGERPRINT]);
    let dfs_prefix = doc
        .descendants()
        .find(|n| n.tag_name().namespace() == Some(NS))
        .and_then(|n| n.lookup_prefix(NS));
    assert_eq!(dfs_prefix, Some("dfsadopt"));
    assert_eq!(text_of(DC, "title"), [d.metadata.title.as_str()]);
    assert_eq!(text_of(DC, "creator"), [d.metadata.author.as_str()]);
    assert_eq!(text_of(DC, "language"), ["en"]);
    assert_eq!(text_of(XMP, "CreateDate"), ["2025-06-06T00:00:00Z"]);
    // The PDF/A extension schemas declare the namespace, its prefix and each property, after
    // the PDF/UA identification's (`pdfuaid:part`).
    const PDFUAID: &str = "http://www.aiim.org/pdfua/ns/id/";
    assert_eq!(text_of(SCHEMA, "namespaceURI"), [PDFUAID, NS]);
    assert_eq!(text_of(SCHEMA, "prefix"), ["pdfuaid", "dfsadopt"]);
    assert_eq!(
        text_of(PROPERTY, "name"),
        ["part", "workspace", "version", "fingerprint"]
    );
    assert_eq!(text_of(PROPERTY, "valueType"), ["Integer", "Text", "Text", "Text"]);
}

#[test]
fn hostile_metadata_still_gives_well_formed_xmp() {
    let mut d = circulated(1);
    d.metadata.title = HOSTILE.into();
    d.metadata.author = "A <b>&amp; \u{7}".into();
    d.metadata
        .properties
        .push(("dfs-adopt.version".into(), "v2 <& \"quoted\">".into()));
    d.metadata
        .properties
        .push(("not a name/with#delims".into(), HOSTILE.into()));
    let r = Rendered::new("", "xmp-hostile", &d);
    ok("qpdf", &["--check", r.p()]);
    let pdf = lopdf::Document::load_mem(&r.bytes).unwrap();
    let id = pdf.catalog().unwrap().get(b"Metadata").unwrap().as_reference().unwrap();
    let xml = String::from_utf8(pdf.get_object(id).unwrap().as_stream().unwrap().content.clone()).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("the XMP parses");
    let version: Vec<&str> = doc
        .descendants()
        .filter(|n| {
            n.tag_name().name() == "version" && n.tag_name().namespace() == Some("https://dfs-adopt.org/ns/1.0/")
        })
        .filter_map(|n| n.text())
        .collect();
    // A property given twice keeps its last value, in the information dictionary as in XMP.
    assert_eq!(version, ["v2 <& \"quoted\">"]);
    assert_eq!(custom(&r, "dfs-adopt.version"), "v2 <& \"quoted\">");
}

#[test]
fn circulated_versions_render_deterministically() {
    let d = redline();
    assert!(render(&d).unwrap() == render(&d).unwrap());
    let mut other = redline();
    other.metadata.properties[2].1 = "0".repeat(64);
    assert!(render(&d).unwrap() != render(&other).unwrap());
}

// ---------------------------------------------------------------------------------------------
// Redline drawing

#[test]
fn a_redline_shows_the_old_and_the_new_words() {
    let r = Rendered::new("", "redline-text", &redline());
    assert_eq!(r.pages(), 1);
    let text = squash(&r.page_text(1));
    for expected in [
        // heading: deleted then inserted word
        "2.1 SIM-03 Notify Inform DFS providers of recycled numbers",
        "within thirty ten working days",
        "shall freeze suspend the linked account",
        "Test the recovery plan every year.",
        "31 March 2027",
        "30 June 2027",
        "This paragraph was removed from the draft.",
        "Working draft — not circulated",
    ] {
        assert!(text.contains(expected), "{expected:?} not extracted from:\n{text}");
    }
    // The outline carries the new heading only.
    let json: serde_json::Value = serde_json::from_str(&ok("qpdf", &["--json", "--json-key=outlines", r.p()])).unwrap();
    let titles: Vec<&str> = json["outlines"][0]["kids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["2.1 SIM-03 Inform DFS providers of recycled numbers"]);
}

#[test]
fn inserted_text_is_blue_deleted_text_red_and_changed_lines_carry_a_bar() {
    let r = Rendered::new("", "redline-picture", &redline());
    let pic = r.picture(1);
    let left_margin = px(25.0 * 72.0 / 25.4);
    let word = |w: &str| -> [f32; 4] {
        let boxes = r.word_boxes(1, w);
        assert_eq!(boxes.len(), 1, "{w} is on the page once: {boxes:?}");
        boxes[0]
    };
    // A change bar: dark pixels in the left margin, clear of the text, beside the word.
    let bar = |b: [f32; 4]| {
        pic.count(
            left_margin.saturating_sub(25)..left_margin - 4,
            px(b[1])..px(b[3]),
            dark,
        )
    };
    for (w, colour, name) in [
        ("Notify", red as fn((i32, i32, i32)) -> bool, "red"),
        ("Inform", blue, "blue"),
        ("thirty", red, "red"),
        ("ten", blue, "blue"),
        ("recovery", blue, "blue"),
        // The marker of an item inserted whole.
        ("2.", blue, "blue"),
        ("March", red, "red"),
        ("June", blue, "blue"),
        ("removed", red, "red"),
    ] {
        let b = word(w);
        assert!(pic.in_box(b, colour) >= 3, "{w} is not drawn in {name}");
        assert!(bar(b) >= 2, "no change bar beside {w}");
    }
    // Unchanged text keeps its ink and has no bar.
    for w in ["Unchanged", "Report", "Verify"] {
        let b = word(w);
        assert_eq!(pic.in_box(b, red) + pic.in_box(b, blue), 0, "{w} is coloured");
        assert!(pic.in_box(b, dark) > 5, "{w} is not drawn in ink");
        assert_eq!(bar(b), 0, "a change bar beside unchanged {w}");
    }
    // Deleted words are struck through: a red stroke crosses the middle of the word's box,
    // between its letters too. Inserted words are underlined: blue below the baseline.
    let thirty = word("thirty");
    let middle = px((thirty[1] + thirty[3]) / 2.0);
    let struck = pic.count(px(thirty[0])..px(thirty[2]), middle - 2..middle + 2, red);
    assert!(struck >= px(thirty[2] - thirty[0]), "thirty is not struck through");
    let ten = word("ten");
    let under = pic.count(px(ten[0])..px(ten[2]), px(ten[3]) - 2..px(ten[3]) + 2, blue);
    assert!(under >= px(ten[2] - ten[0]) / 2, "ten is not underlined");
}

#[test]
fn a_deleted_heading_shows_its_old_number_struck_through_and_stays_out_of_the_outline_numbers() {
    // A redline keeps a deleted heading's old number (the DOCX numbers it so rejecting restores
    // it); the PDF strikes it through with the title.
    let mut d = redline();
    d.blocks.push(Block::Heading(Heading {
        level: 2,
        number: Some("2.7".into()),
        text: "SIM-09 Withdrawn clause".into(),
        anchor: "deleted-sim-09".into(),
        in_contents: false,
        redline: Some(vec![del("SIM-09 Withdrawn clause")]),
    }));
    let r = Rendered::new("", "redline-deleted-heading", &d);
    let text = squash(&r.page_text(1));
    assert!(text.contains("2.7 SIM-09 Withdrawn clause"), "{text}");
    let pic = r.picture(1);
    let boxes = r.word_boxes(1, "2.7");
    assert_eq!(boxes.len(), 1, "{boxes:?}");
    let b = boxes[0];
    assert!(pic.in_box(b, red) >= 3, "the old number is not red");
    let middle = px((b[1] + b[3]) / 2.0);
    let struck = pic.count(px(b[0])..px(b[2]), middle - 2..middle + 2, red);
    assert!(struck >= px(b[2] - b[0]), "the old number is not struck through");
    let json: serde_json::Value = serde_json::from_str(&ok("qpdf", &["--json", "--json-key=outlines", r.p()])).unwrap();
    let titles: Vec<&str> = json["outlines"][0]["kids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "2.1 SIM-03 Inform DFS providers of recycled numbers",
            "SIM-09 Withdrawn clause"
        ]
    );
}

#[test]
fn a_document_without_revisions_has_no_change_bars() {
    let mut d = redline();
    let plain = |spans: &mut Vec<Span>| spans.iter_mut().for_each(|s| s.revision = None);
    for block in &mut d.blocks {
        match block {
            Block::Paragraph(p) => plain(&mut p.content),
            Block::Heading(h) => h.redline = None,
            Block::List(l) => l.items.iter_mut().for_each(plain),
            Block::Table(t) => t.rows.iter_mut().flatten().for_each(plain),
            _ => {}
        }
    }
    let r = Rendered::new("", "redline-none", &d);
    let pic = r.picture(1);
    let left_margin = px(25.0 * 72.0 / 25.4);
    assert_eq!(pic.count(0..left_margin - 2, 0..pic.h, dark), 0, "marks in the margin");
    assert_eq!(pic.count(0..pic.w, 0..pic.h, blue), 0);
}

#[test]
fn revised_text_wraps_within_the_margins() {
    let mut d = redline();
    let long = "Licensees shall retain the transaction records required by this clause for no less than seven years. ";
    d.blocks.push(Block::Paragraph(Paragraph::new(
        ParagraphStyle::Body,
        vec![ins(&long.repeat(6)), del(&long.repeat(6)), Span::plain("End.")],
    )));
    d.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Before".into(),
                width: 50,
            },
            Column {
                title: "Now".into(),
                width: 50,
            },
        ],
        rows: vec![vec![vec![del(&long.repeat(4))], vec![ins(&long.repeat(4))]]],
    }));
    let r = Rendered::new("", "redline-long", &d);
    ok("qpdf", &["--check", r.p()]);
    let right = 595.28 - 25.0 * 72.0 / 25.4;
    for page in 1..=r.pages() {
        for w in ["Licensees", "retain", "seven", "years."] {
            for b in r.word_boxes(page, w) {
                assert!(
                    b[2] <= right + 0.5,
                    "{w} runs into the right margin on page {page}: {b:?}"
                );
            }
        }
    }
    let all: String = (1..=r.pages()).map(|p| r.page_text(p)).collect();
    assert_eq!(squash(&all).matches("seven years.").count(), 6 + 6 + 4 + 4);
}

#[test]
fn odd_revised_spans_render() {
    let mut d = redline();
    d.blocks.push(Block::Paragraph(Paragraph::new(
        ParagraphStyle::Field,
        vec![del("Lead authority: LCA"), ins("Lead authority: CBL")],
    )));
    d.blocks.push(Block::Paragraph(Paragraph::new(
        ParagraphStyle::Quote,
        vec![ins(""), del("\n\n"), ins(HOSTILE), del(HOSTILE), Span::plain(" ")],
    )));
    d.blocks.push(Block::Heading(Heading {
        level: 3,
        number: Some("2.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1".into()),
        text: "New".into(),
        anchor: "odd".into(),
        in_contents: false,
        redline: Some(vec![del("Old"), ins("New"), ins("")]),
    }));
    d.blocks.push(Block::Heading(Heading {
        level: 2,
        number: None,
        text: String::new(),
        anchor: "empty".into(),
        in_contents: true,
        redline: Some(vec![]),
    }));
    d.blocks.push(Block::BookmarkStart {
        name: "dfs_SIM_03".into(),
    });
    d.blocks.push(Block::BookmarkEnd {
        name: "dfs_SIM_03".into(),
    });
    d.page = PageSetup::new(PageSize::Letter);
    let r = Rendered::new("", "redline-odd", &d);
    ok("qpdf", &["--check", r.p()]);
    let all = squash(&(1..=r.pages()).map(|p| r.page_text(p)).collect::<String>());
    assert!(all.contains("Lead authority: LCA Lead authority: CBL"), "{all}");
    assert!(all.contains("Old New"), "{all}");
}
