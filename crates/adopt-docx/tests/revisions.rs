//! Circulated versions and redlines in the DOCX: tracked changes (`w:ins` / `w:del` on runs,
//! paragraph marks and rows), clause bookmarks, custom properties, the version line in the
//! footer and change tracking in the settings; then the same file through LibreOffice, which
//! must list the changes and give the new text on "Accept All" and the old on "Reject All".

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use adopt_document::*;
use chrono::{TimeZone, Utc};
use roxmltree::{Document as Xml, Node};

mod common;

use common::{run, tool};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CUSTOM: &str = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT: &str = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

const AUTHOR: &str = "Legal Unit <LCA> & \"Co\"";
const VERSION_LINE: &str = "Version 0.2 · 3f9a 1c2b 7d4e";
const FINGERPRINT: &str = "3f9a1c2b7d4e00112233445566778899aabbccddeeff00112233445566778899";
const STATEMENT: &str = "Operators shall notify DFS providers within 24 hours of recycled numbers.";

fn revision(kind: RevisionKind) -> Revision {
    Revision {
        kind,
        author: AUTHOR.into(),
        date: Utc.with_ymd_and_hms(2026, 12, 2, 10, 15, 0).unwrap(),
    }
}

fn ins(text: &str) -> Span {
    Span::plain(text).revised(revision(RevisionKind::Inserted))
}

fn del(text: &str) -> Span {
    Span::plain(text).revised(revision(RevisionKind::Deleted))
}

fn heading(level: u8, number: Option<&str>, text: &str, anchor: &str, redline: Option<Vec<Span>>) -> Block {
    Block::Heading(Heading {
        level,
        number: number.map(str::to_string),
        text: text.into(),
        anchor: anchor.into(),
        in_contents: level <= 2,
        redline,
    })
}

fn start(name: &str) -> Block {
    Block::BookmarkStart { name: name.into() }
}

fn end(name: &str) -> Block {
    Block::BookmarkEnd { name: name.into() }
}

/// A small circulated version compared with an earlier one: a changed clause title and
/// statement, a paragraph added, one removed, list items and table rows added and removed.
fn redline() -> Document {
    let blocks = vec![
        Block::Cover(Cover {
            marking: "DRAFT — for legal review".into(),
            instrument: "Joint Directive".into(),
            title: "Security of Digital Financial Services".into(),
            issuers: vec!["Lesotho Communications Authority".into()],
            jurisdiction: "Kingdom of Lesotho".into(),
            details: vec![("Version".into(), "0.2".into())],
        }),
        Block::PageBreak,
        Block::TableOfContents {
            title: "Contents".into(),
        },
        Block::PageBreak,
        start("dfs_sec_1"),
        heading(1, Some("1"), "Requirements", "section-1", None),
        heading(2, Some("1.1"), "SIM life cycle (SIM)", "section-1-1", None),
        start("dfs_SIM_08"),
        heading(
            3,
            Some("1.1.1"),
            "SIM-08 — Recycled numbers",
            "section-1-1-1",
            Some(vec![
                Span::plain("SIM-08 — "),
                del("Number recycling"),
                ins("Recycled numbers"),
            ]),
        ),
        start("dfs_SIM_08_text"),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![
                Span::plain("Operators shall notify DFS providers "),
                del("monthly"),
                ins("within 24 hours"),
                Span::plain(" of recycled numbers."),
            ],
        )),
        end("dfs_SIM_08_text"),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Field,
            vec![Span::bold("Lead authority: "), Span::plain("LCA")],
        )),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![
                ins("Conditions: "),
                Span::plain(""),
                ins("subject to a review in 2027."),
            ],
        )),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Note,
            vec![del("Note: this clause was discussed in session 2.")],
        )),
        end("dfs_SIM_08"),
        Block::List(List {
            ordered: false,
            items: vec![
                vec![Span::plain("mobile network operators;")],
                vec![ins("payment service providers;")],
                vec![del("their agents.")],
            ],
        }),
        end("dfs_sec_1"),
        start("dfs_sec_2"),
        heading(
            1,
            Some("2"),
            "Implementation timeline",
            "section-2",
            Some(vec![ins("Implementation timeline")]),
        ),
        Block::Table(Table {
            columns: vec![
                Column {
                    title: "Clause".into(),
                    width: 30,
                },
                Column {
                    title: "Target date".into(),
                    width: 70,
                },
            ],
            rows: vec![
                vec![vec![Span::plain("1.1.1")], vec![Span::plain("31 March 2027")]],
                vec![vec![ins("1.1.2")], vec![ins("30 June 2027")]],
                vec![vec![del("1.1.3")], vec![del("31 December 2027")]],
                vec![vec![Span::plain("1.1.4")], vec![del("2028"), ins("2029")]],
            ],
        }),
        heading(
            2,
            Some("2.1"),
            "Payments Authority (PA)",
            "section-2-1",
            Some(vec![ins("Payments Authority (PA)")]),
        ),
        Block::Table(Table {
            columns: vec![
                Column {
                    title: "Clause".into(),
                    width: 30,
                },
                Column {
                    title: "Role".into(),
                    width: 70,
                },
            ],
            rows: vec![vec![vec![ins("1.1.1")], vec![ins("Lead")]]],
        }),
        end("dfs_sec_2"),
        heading(1, None, "Old annex", "old-annex", Some(vec![del("Old annex")])),
        Block::Paragraph(Paragraph::body("The end.")),
        // A document may end with a table (the findings annex does).
        Block::Table(Table {
            columns: vec![Column {
                title: "Finding".into(),
                width: 100,
            }],
            rows: vec![vec![vec![Span::plain("No priority")]]],
        }),
    ];
    Document {
        metadata: Metadata {
            title: "Security of Digital Financial Services".into(),
            subject: "Adoption of the ITU DFS security recommendations".into(),
            author: "Lesotho Communications Authority".into(),
            language: "en".into(),
            keywords: vec![],
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            properties: vec![
                ("dfs-adopt.workspace".into(), "ws-lesotho".into()),
                ("dfs-adopt.version".into(), "0.2".into()),
                ("dfs-adopt.fingerprint".into(), FINGERPRINT.into()),
            ],
        },
        page: PageSetup::new(PageSize::A4),
        header: "DFS Security Directive".into(),
        footer: "DRAFT — for legal review".into(),
        version_line: VERSION_LINE.into(),
        page_label: "Page {page} of {pages}".into(),
        house_style: None,
        blocks,
        comments: Vec::new(),
    }
}

/// The same document as the earlier version read (every change rejected) and as it reads now.
const OLD_TEXT: &[&str] = &[
    "SIM-08 — Number recycling",
    "Operators shall notify DFS providers monthly of recycled numbers.",
    "Lead authority: LCA",
    "Note: this clause was discussed in session 2.",
    "mobile network operators;",
    "their agents.",
    "|1.1.1|31 March 2027|",
    "|1.1.3|31 December 2027|",
    "|1.1.4|2028|",
    "Old annex",
    "The end.",
    "|No priority|",
];
const NEW_TEXT: &[&str] = &[
    "SIM-08 — Recycled numbers",
    STATEMENT,
    "Lead authority: LCA",
    "Conditions: subject to a review in 2027.",
    "mobile network operators;",
    "payment service providers;",
    "Implementation timeline",
    "|1.1.1|31 March 2027|",
    "|1.1.2|30 June 2027|",
    "|1.1.4|2029|",
    "Payments Authority (PA)",
    "|1.1.1|Lead|",
    "The end.",
    "|No priority|",
];

// ---- the package -----------------------------------------------------------------------------

fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            (entry.name().to_string(), text)
        })
        .collect()
}

fn render(doc: &Document) -> BTreeMap<String, String> {
    parts(&adopt_docx::render(doc).expect("renders"))
}

fn parse(text: &str) -> Xml<'_> {
    Xml::parse(text).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn style_of<'a>(p: Node<'a, 'a>) -> &'a str {
    w(p, "pPr")
        .and_then(|p| w(p, "pStyle"))
        .and_then(|s| s.attribute((W, "val")))
        .unwrap_or("")
}

fn attr<'a>(node: Node<'a, 'a>, name: &str) -> &'a str {
    node.attribute((W, name))
        .unwrap_or_else(|| panic!("{:?} has no w:{name}", node.tag_name()))
}

/// The mark on a paragraph mark (`w:pPr/w:rPr/w:ins|w:del`) or a row (`w:trPr/w:ins|w:del`).
fn mark<'a>(node: Node<'a, 'a>, kind: &str) -> Option<Node<'a, 'a>> {
    if node.has_tag_name((W, "p")) {
        w(node, "pPr").and_then(|p| w(p, "rPr")).and_then(|r| w(r, kind))
    } else {
        w(node, "trPr").and_then(|p| w(p, kind))
    }
}

/// The text of a paragraph as a reviewer sees it after accepting (`keep = "ins"`) or rejecting
/// (`keep = "del"`) every change: text inside the other kind is dropped.
fn text_as(p: Node<'_, '_>, keep: &str) -> String {
    let drop = if keep == "ins" { "del" } else { "ins" };
    let mut s = String::new();
    for n in p.descendants() {
        let dropped = n.ancestors().any(|a| a.has_tag_name((W, drop)));
        if dropped {
            continue;
        }
        if n.has_tag_name((W, "t")) || n.has_tag_name((W, "delText")) {
            s.push_str(n.text().unwrap_or(""));
        } else if n.has_tag_name((W, "tab")) && n.parent().is_some_and(|r| r.has_tag_name((W, "r"))) {
            s.push('\t');
        }
    }
    s
}

/// The body after accepting or rejecting every change, by the rules of WordprocessingML: a
/// paragraph or row whose mark is of the dropped kind disappears with its content. Paragraphs
/// before the first heading (cover, contents) and the empty one closing the body are left
/// out; a row reads `|a|b|`.
fn resolved(document: &str, keep: &str) -> Vec<String> {
    let drop = if keep == "ins" { "del" } else { "ins" };
    let xml = parse(document);
    let body = xml.descendants().find(|n| n.has_tag_name((W, "body"))).unwrap();
    let mut out = Vec::new();
    let mut started = false;
    for block in body.children() {
        if block.has_tag_name((W, "p")) {
            if style_of(block) == "Heading3" {
                started = true;
            }
            if started && mark(block, drop).is_none() {
                out.push(text_as(block, keep));
            }
        } else if block.has_tag_name((W, "tbl")) && started {
            for row in block.children().filter(|n| n.has_tag_name((W, "tr"))).skip(1) {
                if mark(row, drop).is_some() {
                    continue;
                }
                let cells: Vec<String> = row
                    .children()
                    .filter(|n| n.has_tag_name((W, "tc")))
                    .map(|c| text_as(c, keep))
                    .collect();
                out.push(format!("|{}|", cells.join("|")));
            }
        }
    }
    if out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

#[test]
fn tracked_changes_carry_author_date_and_unique_ids() {
    let pkg = render(&redline());
    let document = &pkg["word/document.xml"];
    let xml = parse(document);
    let marks: Vec<Node> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "ins")) || n.has_tag_name((W, "del")))
        .collect();
    assert!(marks.len() >= 20, "only {} tracked changes", marks.len());
    for m in &marks {
        assert_eq!(attr(*m, "author"), AUTHOR);
        assert_eq!(attr(*m, "date"), "2026-12-02T10:15:00Z");
    }
    // Ids are unique among every annotation: changes and bookmarks.
    let mut ids = BTreeSet::new();
    for n in xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "ins")) || n.has_tag_name((W, "del")) || n.has_tag_name((W, "bookmarkStart")))
    {
        assert!(
            ids.insert(attr(n, "id").parse::<u32>().unwrap()),
            "id {} twice",
            attr(n, "id")
        );
    }

    // Deleted text is delText inside w:del, inserted text is w:t inside w:ins.
    for n in xml.descendants().filter(|n| n.has_tag_name((W, "delText"))) {
        assert!(n.ancestors().any(|a| a.has_tag_name((W, "del"))));
    }
    for n in xml.descendants().filter(|n| n.has_tag_name((W, "t"))) {
        assert!(!n.ancestors().any(|a| a.has_tag_name((W, "del"))), "w:t in a deletion");
    }
    let deleted: String = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "delText")))
        .filter_map(|n| n.text())
        .collect();
    assert!(deleted.contains("monthly") && deleted.contains("Number recycling"));

    // Paragraphs, list items and headings inserted or deleted as a whole have their mark
    // marked too, and nothing unchanged inside; partly changed ones do not.
    let para = |text: &str| {
        xml.descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .filter(|p| !style_of(*p).starts_with("TOC"))
            .find(|p| text_as(*p, "ins").contains(text) || text_as(*p, "del").contains(text))
            .unwrap_or_else(|| panic!("no paragraph with {text:?}"))
    };
    for (text, kind) in [
        ("Conditions: subject", "ins"),
        ("payment service providers;", "ins"),
        ("Implementation timeline", "ins"),
        ("Note: this clause", "del"),
        ("their agents.", "del"),
        ("Old annex", "del"),
    ] {
        let p = para(text);
        let m = mark(p, kind).unwrap_or_else(|| panic!("the mark of {text:?} is not w:{kind}"));
        assert_eq!(attr(m, "author"), AUTHOR);
        let other = if kind == "ins" { "del" } else { "ins" };
        assert_eq!(text_as(p, other), "", "{text:?}: nothing outside the change");
        // The schema puts the paragraph mark's properties last in w:pPr.
        let ppr = w(p, "pPr").unwrap();
        assert!(ppr.last_element_child().unwrap().has_tag_name((W, "rPr")));
    }
    for text in ["within 24 hours", "Recycled numbers", "mobile network operators;"] {
        let p = para(text);
        assert!(mark(p, "ins").is_none() && mark(p, "del").is_none(), "{text:?}");
    }

    // So do the contents entries of headings inserted or deleted as a whole.
    let entries: Vec<Node> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")) && style_of(*n).starts_with("TOC") && style_of(*n) != "TOCHeading")
        .collect();
    let entry_marks: Vec<(String, Option<&str>)> = entries
        .iter()
        .map(|p| {
            let kind = ["ins", "del"].into_iter().find(|k| mark(*p, k).is_some());
            (text_as(*p, if kind == Some("del") { "del" } else { "ins" }), kind)
        })
        .collect();
    assert_eq!(
        entry_marks,
        [
            ("1\tRequirements\t".to_string(), None),
            ("1.1\tSIM life cycle (SIM)\t".to_string(), None),
            ("2\tImplementation timeline\t".to_string(), Some("ins")),
            ("2.1\tPayments Authority (PA)\t".to_string(), Some("ins")),
            ("Old annex\t".to_string(), Some("del")),
        ]
    );

    // Rows inserted or deleted as a whole carry the mark last in w:trPr; a changed cell does not.
    let rows: Vec<Node> = xml.descendants().filter(|n| n.has_tag_name((W, "tr"))).collect();
    let row = |text: &str| {
        *rows
            .iter()
            .find(|r| text_as(**r, "ins").contains(text) || text_as(**r, "del").contains(text))
            .unwrap()
    };
    for (text, kind) in [("30 June 2027", "ins"), ("31 December 2027", "del")] {
        let r = row(text);
        let m = mark(r, kind).unwrap_or_else(|| panic!("row {text:?} is not w:{kind}"));
        assert_eq!(attr(m, "date"), "2026-12-02T10:15:00Z");
        assert_eq!(w(r, "trPr").unwrap().last_element_child(), Some(m));
    }
    let changed = row("2029");
    assert!(mark(changed, "ins").is_none() && mark(changed, "del").is_none());
    // The header row still repeats.
    let header = rows[0];
    assert!(w(w(header, "trPr").unwrap(), "tblHeader").is_some());
}

/// The paragraph of the heading reading `text` (deleted text included).
fn heading_paragraph<'a>(xml: &'a Xml<'a>, text: &str) -> Node<'a, 'a> {
    xml.descendants()
        .find(|n| n.has_tag_name((W, "p")) && style_of(*n).starts_with("Heading") && text_as(*n, "del").contains(text))
        .unwrap_or_else(|| panic!("no heading {text}"))
}

#[test]
fn a_deleted_numbered_heading_keeps_word_numbering_so_rejecting_restores_its_number() {
    // Old 1.1 deleted, keeping its number, before the new 1.1: with every change accepted the
    // numbers are 1, 1.1, 1.1.1, 2, 2.1, which Word's outline numbering reproduces; rejecting
    // brings the old 1.1 back and Word renumbers the rest.
    let mut doc = redline();
    let at = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(h) if h.text == "SIM life cycle (SIM)"))
        .unwrap();
    doc.blocks.insert(
        at,
        heading(
            2,
            Some("1.1"),
            "Old section",
            "deleted-section-1-1",
            Some(vec![del("Old section")]),
        ),
    );
    let pkg = render(&doc);
    let xml = parse(&pkg["word/document.xml"]);
    let old = heading_paragraph(&xml, "Old section");
    let ppr = w(old, "pPr").unwrap();
    assert!(w(ppr, "numPr").is_none(), "numbered by its style, not switched off");
    assert!(mark(old, "del").is_some(), "its paragraph mark is deleted");
    assert_eq!(text_as(old, "del"), "Old section", "no number written as text");
    let kept = heading_paragraph(&xml, "Requirements");
    assert!(w(w(kept, "pPr").unwrap(), "numPr").is_none());
    assert_eq!(text_as(kept, "ins"), "Requirements");
}

#[test]
fn a_body_ending_with_a_table_ends_with_a_paragraph() {
    // Word always has one there; LibreOffice adds it itself and, with tracking on, lists that
    // as format changes (the LibreOffice test checks that no such change appears).
    let pkg = render(&redline());
    let xml = parse(&pkg["word/document.xml"]);
    let body = xml.descendants().find(|n| n.has_tag_name((W, "body"))).unwrap();
    let blocks: Vec<Node> = body.children().filter(|n| n.is_element()).collect();
    assert!(blocks[blocks.len() - 1].has_tag_name((W, "sectPr")));
    assert!(blocks[blocks.len() - 2].has_tag_name((W, "p")));
    assert!(blocks[blocks.len() - 3].has_tag_name((W, "tbl")));
}

#[test]
fn accepting_every_change_gives_the_new_text_and_rejecting_the_old() {
    let pkg = render(&redline());
    let document = &pkg["word/document.xml"];
    assert_eq!(resolved(document, "ins"), NEW_TEXT);
    assert_eq!(resolved(document, "del"), OLD_TEXT);
}

#[test]
fn a_redline_renders_to_the_same_bytes_every_time() {
    let doc = redline();
    let first = adopt_docx::render(&doc).unwrap();
    // docx-rs counts tracked changes process-wide: renders in between must not shift the ids.
    let _ = adopt_docx::render(&doc).unwrap();
    assert!(
        first == adopt_docx::render(&doc).unwrap(),
        "a second render in the same process"
    );
    let threaded = std::thread::spawn(move || adopt_docx::render(&doc).unwrap())
        .join()
        .unwrap();
    assert!(first == threaded, "a render on another thread");
}

/// Bookmark name → the text between its start and its end, in document order.
fn bookmarked(document: &str) -> BTreeMap<String, String> {
    let xml = parse(document);
    let mut names: BTreeMap<&str, &str> = BTreeMap::new();
    let mut open: Vec<(String, String)> = Vec::new();
    let mut done = BTreeMap::new();
    for n in xml.descendants() {
        if n.has_tag_name((W, "bookmarkStart")) {
            assert!(
                names.insert(attr(n, "id"), attr(n, "name")).is_none(),
                "bookmark id {} twice",
                attr(n, "id")
            );
            open.push((attr(n, "id").to_string(), String::new()));
        } else if n.has_tag_name((W, "bookmarkEnd")) {
            let id = attr(n, "id");
            let i = open
                .iter()
                .position(|(o, _)| o == id)
                .unwrap_or_else(|| panic!("bookmark end {id} without a start before it"));
            let (_, text) = open.remove(i);
            done.insert(names[id].to_string(), text);
        } else if n.has_tag_name((W, "t")) {
            for (_, text) in &mut open {
                text.push_str(n.text().unwrap_or(""));
            }
        } else if n.has_tag_name((W, "p")) {
            for (_, text) in &mut open {
                if !text.is_empty() {
                    text.push('\n');
                }
            }
        }
    }
    assert!(open.is_empty(), "bookmarks without an end: {open:?}");
    done
}

#[test]
fn clause_and_section_bookmarks_wrap_their_text_and_the_contents_still_links() {
    let doc = redline();
    let pkg = render(&doc);
    let document = &pkg["word/document.xml"];
    let marks = bookmarked(document);
    for name in ["dfs_sec_1", "dfs_sec_2", "dfs_SIM_08", "dfs_SIM_08_text"] {
        assert!(marks.contains_key(name), "{name} missing; have {:?}", marks.keys());
    }
    // The text range holds the statement exactly (as shown: old and new words).
    let text = &marks["dfs_SIM_08_text"];
    assert_eq!(
        text.as_str(),
        "Operators shall notify DFS providers within 24 hours of recycled numbers."
    );
    // Accepting the changes inside it gives the statement as it reads now.
    let xml = parse(document);
    let start = xml
        .descendants()
        .find(|n| n.has_tag_name((W, "bookmarkStart")) && attr(*n, "name") == "dfs_SIM_08_text")
        .unwrap();
    assert_eq!(text_as(start.parent().unwrap(), "ins"), STATEMENT);
    // The clause starts with its heading and ends with its last paragraph.
    let clause = &marks["dfs_SIM_08"];
    assert!(clause.starts_with("SIM-08 — Recycled numbers\n"), "{clause}");
    // (The deleted note after it shows no w:t: an empty line here.)
    assert!(clause.ends_with("subject to a review in 2027.\n"), "{clause:?}");
    let section2 = &marks["dfs_sec_2"];
    assert!(section2.starts_with("Implementation timeline\nClause"), "{section2}");
    assert!(
        section2.ends_with("1.1.4\n2029\nPayments Authority (PA)\nClause\nRole\n1.1.1\nLead"),
        "{section2:?}"
    );
    // Starts sit inside paragraphs (or the table's first cell), never between blocks.
    for n in xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "bookmarkStart")) || n.has_tag_name((W, "bookmarkEnd")))
    {
        assert!(
            n.parent().unwrap().has_tag_name((W, "p")),
            "a bookmark outside a paragraph"
        );
    }

    // Headings keep their _Toc bookmarks, and the contents link to them.
    let tocs: BTreeSet<&str> = marks
        .keys()
        .filter(|k| k.starts_with("_Toc"))
        .map(String::as_str)
        .collect();
    let headings = doc.blocks.iter().filter(|b| matches!(b, Block::Heading(_))).count();
    assert_eq!(tocs.len(), headings, "{tocs:?}");
    let anchors: BTreeSet<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "hyperlink")))
        .filter_map(|n| n.attribute((W, "anchor")))
        .collect();
    assert!(
        !anchors.is_empty() && anchors.is_subset(&tocs),
        "{anchors:?} vs {tocs:?}"
    );
}

/// Comment id → the text between its range start and end (as `bookmarked` reads text).
fn commented(document: &str) -> BTreeMap<String, String> {
    let xml = parse(document);
    let mut open: Vec<(String, String)> = Vec::new();
    let mut done = BTreeMap::new();
    for n in xml.descendants() {
        if n.has_tag_name((W, "commentRangeStart")) {
            open.push((attr(n, "id").to_string(), String::new()));
        } else if n.has_tag_name((W, "commentRangeEnd")) {
            let id = attr(n, "id");
            let i = open
                .iter()
                .position(|(o, _)| o == id)
                .unwrap_or_else(|| panic!("comment range end {id} without a start before it"));
            let (id, text) = open.remove(i);
            assert!(done.insert(id.clone(), text).is_none(), "comment range {id} twice");
        } else if n.has_tag_name((W, "t")) {
            for (_, text) in &mut open {
                text.push_str(n.text().unwrap_or(""));
            }
        }
    }
    assert!(open.is_empty(), "comment ranges without an end: {open:?}");
    done
}

#[test]
fn a_comment_on_a_clause_covers_its_text_among_tracked_changes() {
    let mut doc = redline();
    doc.comments = vec![Comment {
        range: "dfs_SIM_08_text".into(),
        author: "dfs-adopt".into(),
        date: Utc.with_ymd_and_hms(2026, 11, 30, 16, 5, 0).unwrap(),
        text: "Recycled numbers are the main SIM-swap route <LCA report 2024> & rising.\nSee session 2.".into(),
    }];
    let bytes = adopt_docx::render(&doc).unwrap();
    let pkg = parts(&bytes);
    let document = &pkg["word/document.xml"];
    let ranges = commented(document);
    assert_eq!(ranges.len(), 1, "{ranges:?}");
    let (id, covered) = ranges.iter().next().unwrap();
    assert_eq!(
        covered,
        &bookmarked(document)["dfs_SIM_08_text"],
        "the comment covers the clause's text, no more"
    );

    // One reference, after the range's end, in the same paragraph, with the same id.
    let xml = parse(document);
    let references: Vec<Node> = xml
        .descendants()
        .filter(|n| n.has_tag_name((W, "commentReference")))
        .collect();
    assert_eq!(references.len(), 1);
    assert_eq!(attr(references[0], "id"), id);
    let end = xml
        .descendants()
        .find(|n| n.has_tag_name((W, "commentRangeEnd")))
        .unwrap();
    assert!(end.parent().unwrap().has_tag_name((W, "p")));
    assert!(
        end.next_siblings().any(|s| s.descendants().any(|d| d == references[0])),
        "the reference follows the range's end"
    );

    // Comment ids are unique among every annotation: changes, bookmarks and comments.
    let mut ids = BTreeSet::new();
    for n in xml.descendants().filter(|n| {
        ["ins", "del", "bookmarkStart", "commentRangeStart"]
            .iter()
            .any(|k| n.has_tag_name((W, *k)))
    }) {
        assert!(ids.insert(attr(n, "id").to_string()), "id {} twice", attr(n, "id"));
    }

    // The comment itself: same id, by dfs-adopt with initials, dated, one paragraph a line.
    let comments = parse(&pkg["word/comments.xml"]);
    let written: Vec<Node> = comments
        .descendants()
        .filter(|n| n.has_tag_name((W, "comment")))
        .collect();
    assert_eq!(written.len(), 1);
    let c = written[0];
    assert_eq!(attr(c, "id"), id);
    assert_eq!(attr(c, "author"), "dfs-adopt");
    assert_eq!(attr(c, "initials"), "DA");
    assert_eq!(attr(c, "date"), "2026-11-30T16:05:00Z");
    let lines: Vec<String> = c
        .children()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| text_as(p, "ins"))
        .collect();
    assert_eq!(
        lines,
        [
            "Recycled numbers are the main SIM-swap route <LCA report 2024> & rising.",
            "See session 2."
        ]
    );
    // Word finds the part through the document's relationships and its content type.
    assert!(pkg["word/_rels/document.xml.rels"].contains(r#"Target="comments.xml""#));
    assert!(pkg["[Content_Types].xml"].contains(r#"PartName="/word/comments.xml""#));
    // Tracked changes are still renumbered after every bookmark and comment id.
    let last_annotation = ids.iter().map(|i| i.parse::<usize>().unwrap()).max().unwrap();
    assert!(last_annotation > id.parse::<usize>().unwrap());

    assert!(
        bytes == adopt_docx::render(&doc).unwrap(),
        "the same document, the same bytes"
    );
    let plain = render(&redline());
    assert!(!plain["word/document.xml"].contains("commentRange"));
    assert!(!plain["word/comments.xml"].contains("<w:comment "));
    assert!(!plain["word/_rels/document.xml.rels"].contains(r#"Target="comments.xml""#));
}

#[test]
fn custom_properties_are_strings_in_the_models_order() {
    let doc = redline();
    let pkg = render(&doc);
    let types = &pkg["[Content_Types].xml"];
    assert!(types.contains(r#"PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml""#));
    assert!(pkg["_rels/.rels"].contains(r#"relationships/custom-properties" Target="docProps/custom.xml""#));
    let custom = parse(&pkg["docProps/custom.xml"]);
    let props: Vec<(&str, &str, &str)> = custom
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((CUSTOM, "property")))
        .map(|n| {
            assert_eq!(n.attribute("fmtid"), Some("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
            let value = n.children().find(|v| v.has_tag_name((VT, "lpwstr"))).expect("a string");
            (
                n.attribute("pid").unwrap(),
                n.attribute("name").unwrap(),
                value.text().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        props,
        [
            ("2", "dfs-adopt.workspace", "ws-lesotho"),
            ("3", "dfs-adopt.version", "0.2"),
            ("4", "dfs-adopt.fingerprint", FINGERPRINT),
        ]
    );

    // A working draft: the version is empty, still written; odd values are escaped.
    let mut draft = redline();
    draft.metadata.properties[1].1 = String::new();
    draft
        .metadata
        .properties
        .push(("odd <&>".into(), "a \"b\" & <c>\u{1}".into()));
    draft
        .metadata
        .properties
        .push(("dfs-adopt.workspace".into(), "a second value".into()));
    let pkg = render(&draft);
    let custom = parse(&pkg["docProps/custom.xml"]);
    let values: Vec<(&str, &str)> = custom
        .descendants()
        .filter(|n| n.has_tag_name((CUSTOM, "property")))
        .map(|n| {
            (
                n.attribute("name").unwrap(),
                n.descendants().find_map(|v| v.text()).unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(values[1], ("dfs-adopt.version", ""));
    assert_eq!(values[3], ("odd <&>", "a \"b\" & <c>"));
    assert_eq!(values.len(), 4, "a repeated name is written once");
}

fn tracks(doc: &Document) -> bool {
    let pkg = render(doc);
    parse(&pkg["word/settings.xml"])
        .descendants()
        .any(|n| n.has_tag_name((W, "trackRevisions")))
}

#[test]
fn reviewers_edits_are_tracked_in_redlines_and_circulated_versions_only() {
    let doc = redline();
    assert!(tracks(&doc), "a circulated redline");

    // A working draft with no changes shown: no tracking.
    let mut plain = adopt_document::specimen::specimen(2);
    plain.metadata.properties = vec![
        (adopt_document::PROPERTY_WORKSPACE.into(), "ws".into()),
        (adopt_document::PROPERTY_VERSION.into(), String::new()),
    ];
    assert!(!tracks(&plain));
    let pkg = render(&plain);
    let document = &pkg["word/document.xml"];
    assert!(!document.contains("<w:ins ") && !document.contains("<w:del "));

    // A circulated version without changes shown: tracked.
    plain.metadata.properties[1].1 = "0.2".into();
    assert!(tracks(&plain));

    // A redline of a working draft: tracked.
    let mut working = redline();
    working.metadata.properties.clear();
    assert!(tracks(&working));

    // In schema order: after the zoom, before the default tab stop.
    let pkg = render(&doc);
    let settings = parse(&pkg["word/settings.xml"]);
    let names: Vec<&str> = settings
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(at("zoom") < at("trackRevisions") && at("trackRevisions") < at("defaultTabStop"));
}

#[test]
fn every_footer_carries_the_version_line() {
    let doc = redline();
    let pkg = render(&doc);
    let footers: Vec<&String> = pkg
        .iter()
        .filter(|(name, _)| name.starts_with("word/footer"))
        .map(|(_, text)| text)
        .collect();
    assert_eq!(footers.len(), 2, "the cover's footer and the others'");
    for footer in footers {
        let xml = parse(footer);
        let paragraphs: Vec<String> = xml
            .descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .map(|p| text_as(p, "ins"))
            .collect();
        assert_eq!(paragraphs.len(), 2);
        assert!(paragraphs[0].starts_with("DRAFT — for legal review\tPage "));
        assert_eq!(paragraphs[1], VERSION_LINE);
    }
    // No version line, no second paragraph.
    let mut bare = redline();
    bare.version_line = String::new();
    let pkg = render(&bare);
    let footer = pkg.iter().find(|(n, _)| n.starts_with("word/footer")).unwrap().1;
    assert_eq!(
        parse(footer).descendants().filter(|n| n.has_tag_name((W, "p"))).count(),
        1
    );
}

// ---- LibreOffice -------------------------------------------------------------------------------

/// The contents entries LibreOffice shows: the paragraphs between the contents title and the
/// first heading.
fn lo_contents(blocks: &serde_json::Value) -> Vec<&str> {
    let blocks: Vec<&str> = blocks.as_array().unwrap().iter().filter_map(|b| b.as_str()).collect();
    let from = blocks.iter().position(|b| *b == "Contents").unwrap() + 1;
    let to = blocks.iter().position(|b| *b == "Requirements").unwrap();
    blocks[from..to].to_vec()
}

/// What LibreOffice reports of the file: body blocks as strings, tables as `|a|b|` rows,
/// from the first clause heading on, without the empty paragraph closing the body.
fn lo_text(blocks: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut started = false;
    for b in blocks.as_array().unwrap() {
        match b {
            serde_json::Value::String(s) => {
                started |= s.starts_with("SIM-08");
                if started {
                    out.push(s.clone());
                }
            }
            serde_json::Value::Array(rows) if started => {
                for row in rows.iter().skip(1) {
                    let cells: Vec<&str> = row.as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
                    out.push(format!("|{}|", cells.join("|")));
                }
            }
            _ => {}
        }
    }
    if out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

fn pdf_pages(pdf: &Path) -> Vec<String> {
    let info = run(Command::new(tool("pdfinfo")).arg(pdf), Duration::from_secs(30));
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    (1..=pages)
        .map(|page| {
            let text = run(
                Command::new(tool("pdftotext"))
                    .args(["-layout", "-f", &page.to_string(), "-l", &page.to_string()])
                    .arg(pdf)
                    .arg("-"),
                Duration::from_secs(30),
            );
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn libreoffice_lists_the_changes_accepts_and_rejects_them_and_prints_the_version_line() {
    let python = tool("/usr/bin/python3");
    tool("soffice");
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("redline.docx");
    let doc = redline();
    std::fs::write(&docx, adopt_docx::render(&doc).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lo_redlines.py");
    let out = run(
        Command::new(python).arg(&script).arg(&docx).arg(dir.path()),
        Duration::from_secs(120),
    );
    let report: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));

    // Every change is listed with its author and date; reviewers' edits will be recorded too.
    let changes = report["changes"].as_array().unwrap();
    assert!(
        changes.len() >= 12,
        "LibreOffice sees {} changes: {changes:?}",
        changes.len()
    );
    let types: BTreeSet<&str> = changes.iter().map(|c| c["type"].as_str().unwrap()).collect();
    for t in ["Insert", "Delete"] {
        assert!(types.contains(t), "no {t} among {types:?}");
    }
    for c in changes {
        assert_eq!(c["author"], AUTHOR, "{c}");
        assert_eq!(c["date"], "2026-12-02T10:15:00", "{c}");
    }
    assert_eq!(report["recording"], true, "trackRevisions turns recording on");

    // Accept All gives today's text, Reject All the version compared to, with no empty
    // paragraph or row left where a whole one was inserted or deleted.
    assert_eq!(lo_text(&report["accepted"]), NEW_TEXT, "after Accept All");
    // LibreOffice 7.4 does not join a paragraph with the table after it: rejecting the two
    // headings inserted right before a table leaves them empty (their marks are written as
    // everywhere else; the XML tests check them).
    let mut old_in_libreoffice: Vec<&str> = OLD_TEXT.to_vec();
    old_in_libreoffice.insert(
        old_in_libreoffice.iter().position(|t| t.starts_with("|1.1.1")).unwrap(),
        "",
    );
    old_in_libreoffice.insert(old_in_libreoffice.iter().position(|t| *t == "Old annex").unwrap(), "");
    assert_eq!(lo_text(&report["rejected"]), old_in_libreoffice, "after Reject All");
    assert_eq!(
        lo_contents(&report["rejected"]),
        ["1\tRequirements\t", "1.1\tSIM life cycle (SIM)\t", "Old annex\t"]
    );
    // (The deleted last entry leaves an empty line: LibreOffice does not join the contents'
    // last paragraph with the page after it. Word rebuilds the contents when fields update.)
    assert_eq!(
        lo_contents(&report["accepted"]),
        [
            "1\tRequirements\t",
            "1.1\tSIM life cycle (SIM)\t",
            "2\tImplementation timeline\t",
            "2.1\tPayments Authority (PA)\t",
            ""
        ]
    );
    assert_eq!(report["left_after_accept"], 0);
    assert_eq!(report["left_after_reject"], 0);

    // The custom properties as LibreOffice reads them.
    let props = &report["properties"];
    assert_eq!(props["dfs-adopt.workspace"], "ws-lesotho");
    assert_eq!(props["dfs-adopt.version"], "0.2");
    assert_eq!(props["dfs-adopt.fingerprint"], FINGERPRINT);

    // Printed, every page, the cover included, ends with the page label and the version line.
    let pages = pdf_pages(&dir.path().join("shown.pdf"));
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        let footer = format!("Page {} of {} {VERSION_LINE}", i + 1, pages.len());
        assert!(page.ends_with(&footer), "page {}: {page}", i + 1);
    }
}
