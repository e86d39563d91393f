//! The rendered PDF as readers see it, checked with real tools: qpdf (structure), poppler's
//! pdffonts, pdfinfo and pdftotext (fonts, metadata, extracted text page by page).
//!
//! The tools come from the Debian packages qpdf and poppler-utils; a missing tool fails the
//! test with a message saying how to install it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use adopt_document::specimen::{HOSTILE, specimen};
use adopt_document::{
    Block, Column, Cover, Document, Heading, List, Metadata, PageSetup, PageSize, Paragraph, ParagraphStyle, Signatory,
    Span, Table,
};
use adopt_pdf::{PdfError, render};

// ---------------------------------------------------------------------------------------------
// Helpers

/// Runs a PDF tool and returns its stdout; a missing tool fails with what to do about it.
fn tool(name: &str, args: &[&str]) -> (bool, String, String) {
    let out = match Command::new(name).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{name}` is not installed: run scripts/install-deps.sh (it installs the Debian packages \
             poppler-utils and qpdf that these tests read PDFs with)"
        ),
        Err(e) => panic!("cannot run {name}: {e}"),
    };
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(name: &str, args: &[&str]) -> String {
    let (success, stdout, stderr) = tool(name, args);
    assert!(success, "{name} {args:?} failed:\n{stdout}\n{stderr}");
    stdout
}

/// A rendered document written to the test's temporary folder.
struct Rendered {
    path: PathBuf,
    bytes: Vec<u8>,
    doc: Document,
}

impl Rendered {
    fn new(name: &str, doc: Document) -> Rendered {
        let bytes = render(&doc).unwrap_or_else(|e| panic!("{name} does not render: {e}"));
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("adopt-pdf-{name}.pdf"));
        std::fs::write(&path, &bytes).expect("the temporary folder is writable");
        Rendered { path, bytes, doc }
    }

    fn p(&self) -> &str {
        self.path.to_str().expect("a UTF-8 path")
    }

    fn pages(&self) -> usize {
        let info = ok("pdfinfo", &[self.p()]);
        field(&info, "Pages").parse().expect("pdfinfo prints a page count")
    }

    /// Text of every page (pdftotext separates pages with form feeds).
    fn page_texts(&self, layout: bool) -> Vec<String> {
        let mut args = vec![];
        if layout {
            args.push("-layout");
        }
        args.extend([self.p(), "-"]);
        let text = ok("pdftotext", &args);
        let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        pages
    }

    /// Text of page `n` (1-based) alone, extracted with `pdftotext -f n -l n -layout`.
    fn page_text(&self, n: usize) -> String {
        let n = n.to_string();
        ok("pdftotext", &["-f", &n, "-l", &n, "-layout", self.p(), "-"])
    }

    fn headings(&self) -> Vec<&Heading> {
        self.doc
            .blocks
            .iter()
            .filter_map(|b| if let Block::Heading(h) = b { Some(h) } else { None })
            .collect()
    }
}

fn field<'a>(info: &'a str, key: &str) -> &'a str {
    info.lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(':')))
        .map(str::trim)
        .unwrap_or_else(|| panic!("pdfinfo prints no {key}:\n{info}"))
}

/// Whitespace collapsed, for comparing extracted text with model text.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn heading_line(h: &Heading) -> String {
    match &h.number {
        Some(n) => format!("{n} {}", h.text),
        None => h.text.clone(),
    }
}

fn s30() -> &'static Rendered {
    static R: OnceLock<Rendered> = OnceLock::new();
    R.get_or_init(|| Rendered::new("specimen-30", specimen(30)))
}

fn s300() -> &'static Rendered {
    static R: OnceLock<Rendered> = OnceLock::new();
    R.get_or_init(|| Rendered::new("specimen-300", specimen(300)))
}

fn metadata() -> Metadata {
    specimen(1).metadata
}

fn doc(blocks: Vec<Block>) -> Document {
    Document {
        metadata: metadata(),
        page: PageSetup::new(PageSize::A4),
        header: "Running header".into(),
        footer: "DRAFT".into(),
        version_line: String::new(),
        page_label: "Page {page} of {pages}".into(),
        house_style: None,
        blocks,
        comments: Vec::new(),
    }
}

fn heading(level: u8, number: Option<&str>, text: &str) -> Block {
    Block::Heading(Heading {
        level,
        number: number.map(str::to_string),
        text: text.into(),
        anchor: format!("a-{}", text.replace(' ', "-")),
        in_contents: level <= 2,
        redline: None,
    })
}

/// A document whose table of contents takes several pages.
fn many_headings() -> Document {
    let mut blocks = vec![
        Block::TableOfContents {
            title: "Contents".into(),
        },
        Block::PageBreak,
    ];
    for i in 1..=12 {
        blocks.push(heading(1, Some(&i.to_string()), &format!("Part {i}")));
        for j in 1..=12 {
            blocks.push(heading(
                2,
                Some(&format!("{i}.{j}")),
                &format!("Section {i}.{j} on licensing"),
            ));
            let text = "The licensee shall keep records of every transaction for five years. ".repeat(1 + (i * j) % 9);
            blocks.push(Block::Paragraph(Paragraph::body(text)));
        }
    }
    doc(blocks)
}

// ---------------------------------------------------------------------------------------------
// Structure, fonts, metadata

#[test]
fn qpdf_finds_no_errors() {
    for r in [s30(), s300()] {
        let (success, stdout, stderr) = tool("qpdf", &["--check", r.p()]);
        assert!(success, "qpdf --check {}:\n{stdout}\n{stderr}", r.p());
        assert!(stdout.contains("No syntax or stream encoding errors"), "{stdout}");
        assert!(!stderr.contains("WARNING"), "{stderr}");
    }
}

#[test]
fn every_font_is_embedded_and_subset() {
    let out = ok("pdffonts", &[s30().p()]);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(
        rows.len() >= 5,
        "regular, bold, italic faces and the sans faces:\n{out}"
    );
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object-id generation
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "font not embedded+subset+unicode: {row}"
        );
        assert!(cols[0].contains("+Liberation"), "{row}");
    }
    for face in [
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSans-Bold",
    ] {
        assert!(
            rows.iter()
                .any(|r| r.split_whitespace().next().unwrap().ends_with(&format!("+{face}"))),
            "{face} missing:\n{out}"
        );
    }
}

#[test]
fn bold_italic_face_is_used_for_bold_italic_spans() {
    let r = Rendered::new(
        "bold-italic",
        doc(vec![Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![Span {
                text: "Both at once".into(),
                bold: true,
                italic: true,
                revision: None,
            }],
        ))]),
    );
    let out = ok("pdffonts", &[r.p()]);
    assert!(out.contains("+LiberationSerif-BoldItalic"), "{out}");
}

#[test]
fn metadata_comes_from_the_document() {
    let r = s30();
    let info = ok("pdfinfo", &[r.p()]);
    let m = &r.doc.metadata;
    assert_eq!(field(&info, "Title"), m.title);
    assert_eq!(field(&info, "Author"), m.author);
    assert_eq!(field(&info, "Subject"), m.subject);
    assert_eq!(field(&info, "Keywords"), "DFS, security, ITU");
    // The creation date is the document date, never the clock.
    let created = field(&info, "CreationDate");
    assert!(
        created.contains("Jun") && created.contains("2025") && created.contains(" 6 "),
        "{created}"
    );
    assert_eq!(field(&info, "Page size"), "595.276 x 841.89 pts (A4)");
    let objects = ok("qpdf", &["--json", "--json-key=qpdf", r.p()]);
    assert!(objects.contains("\"/Lang\": \"u:en\""), "no /Lang en in the catalog");
    assert!(objects.contains("\"/DisplayDocTitle\": true"));
}

#[test]
fn page_counts_are_sensible() {
    let (p30, p300) = (s30().pages(), s300().pages());
    eprintln!(
        "specimen(30): {p30} pages, {} bytes; specimen(300): {p300} pages, {} bytes",
        s30().bytes.len(),
        s300().bytes.len()
    );
    assert!((8..=20).contains(&p30), "{p30}");
    assert!((50..=130).contains(&p300), "{p300}");
    // Fonts are subset: size grows with the text, not with six whole fonts (2.3 MB).
    assert!(s30().bytes.len() < 300_000, "{}", s30().bytes.len());
    assert_eq!(s30().page_texts(false).len(), p30);
}

// ---------------------------------------------------------------------------------------------
// Text and reading order

#[test]
fn every_heading_is_extracted_in_order() {
    for r in [s30(), s300()] {
        // Body pages only: the table of contents repeats the titles.
        let body: Vec<String> = r
            .page_texts(false)
            .into_iter()
            .filter(|p| !p.contains(". . ."))
            .collect();
        let text = squash(&body.join("\n"));
        let mut from = 0;
        for h in r.headings() {
            let line = heading_line(h);
            let at = text[from..]
                .find(&line)
                .unwrap_or_else(|| panic!("heading {line:?} not found after byte {from}"));
            from += at + line.len();
        }
    }
}

#[test]
fn headings_come_before_their_paragraphs() {
    let text = squash(&s30().page_texts(false).join("\n"));
    for k in 1..30 {
        let this = text.find(&format!("2.1.{k} SIM-{k:02}")).expect("clause heading");
        let body = this
            + text[this..]
                .find("Mobile network operators shall notify")
                .expect("clause body");
        let next = text
            .find(&format!("2.1.{} SIM-{:02}", k + 1, k + 1))
            .expect("next heading");
        assert!(this < body && body < next, "clause {k} out of order");
    }
}

#[test]
fn table_cells_are_extracted_row_by_row() {
    let text = s30().page_texts(true).join("\n");
    for k in [1, 5, 13, 30] {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("2.1.{k} ")) && l.contains("Requirement number"))
            .unwrap_or_else(|| panic!("no table row for 2.1.{k}"));
        assert!(
            line.contains(&format!("Requirement number {k} "))
                && line.contains("LCA")
                && line.contains("31 March 2027"),
            "{line}"
        );
    }
}

#[test]
fn hostile_text_renders_as_text() {
    let text = s30().page_texts(false).join("\n");
    for expected in [
        "<w:t>&amp;",
        "\"quotes\"",
        "Ελληνικά",
        "Русский",
        "Zürich",
        "€",
        "∑",
        "é",
    ] {
        assert!(text.contains(expected), "{expected:?} not extracted");
    }
    // Control characters are dropped; unknown scripts become a visible '?'.
    assert!(
        !text.chars().any(|c| c.is_control() && !"\n\u{c}".contains(c)),
        "control characters in the output"
    );
    assert!(text.contains("emoji ??"));
    assert!(!text.contains('\u{fffd}'));
}

#[test]
fn a_document_of_nothing_but_hostile_text_renders() {
    let hostile = || HOSTILE.to_string();
    let spans = || {
        vec![
            Span::plain(HOSTILE),
            Span::bold(HOSTILE),
            Span {
                text: HOSTILE.into(),
                bold: true,
                italic: true,
                revision: None,
            },
        ]
    };
    let mut d = doc(vec![
        Block::Cover(Cover {
            marking: hostile(),
            instrument: hostile(),
            title: hostile(),
            issuers: vec![hostile(), String::new()],
            jurisdiction: hostile(),
            details: vec![(hostile(), hostile()), (String::new(), String::new())],
        }),
        Block::TableOfContents { title: hostile() },
        Block::PageBreak,
        Block::PageBreak,
        heading(1, Some(HOSTILE), HOSTILE),
        heading(2, None, ""),
        heading(9, Some(""), "Level out of range"),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Field,
            vec![Span::plain("No bold label: value")],
        )),
        Block::Paragraph(Paragraph::new(ParagraphStyle::Quote, spans())),
        Block::Paragraph(Paragraph::new(ParagraphStyle::Note, spans())),
        Block::Paragraph(Paragraph::new(ParagraphStyle::Body, vec![])),
        Block::Paragraph(Paragraph::body("\n\n\n")),
        Block::List(List {
            ordered: true,
            items: vec![spans(), vec![]],
        }),
        Block::List(List {
            ordered: false,
            items: vec![],
        }),
        Block::Table(Table {
            columns: vec![],
            rows: vec![vec![spans()]],
        }),
        Block::Table(Table {
            columns: vec![
                Column {
                    title: hostile(),
                    width: 0,
                },
                Column {
                    title: hostile(),
                    width: 0,
                },
            ],
            rows: vec![vec![spans()], vec![], vec![spans(), spans(), spans()]],
        }),
        Block::Table(Table {
            columns: vec![Column {
                title: "Empty".into(),
                width: 250,
            }],
            rows: vec![],
        }),
        Block::Signatures(vec![]),
        Block::Signatures(vec![
            Signatory {
                authority: hostile(),
                lines: vec![hostile()]
            };
            3
        ]),
        Block::PageBreak,
    ]);
    d.header = hostile().repeat(5);
    d.footer = hostile().repeat(5);
    d.page_label = format!("{} {{page}}/{{pages}} {{unknown}}", HOSTILE);
    d.metadata.title = hostile();
    d.metadata.author = hostile();
    d.metadata.keywords = vec![hostile(), String::new()];
    let r = Rendered::new("hostile", d);
    ok("qpdf", &["--check", r.p()]);
    let info = ok("pdfinfo", &[r.p()]);
    assert!(field(&info, "Title").contains("Ελληνικά"), "{info}");
    let text = r.page_texts(false).join("\n");
    assert!(text.contains("No bold label: value"));
    assert!(text.contains("Level out of range"));
}

#[test]
fn an_empty_document_is_one_valid_page() {
    let r = Rendered::new("empty", doc(vec![]));
    ok("qpdf", &["--check", r.p()]);
    assert_eq!(r.pages(), 1);
    assert!(r.page_text(1).contains("Page 1 of 1"));
}

// ---------------------------------------------------------------------------------------------
// Page furniture and pagination

#[test]
fn every_page_has_its_label_and_the_running_header_skips_the_cover() {
    let r = s30();
    let pages = r.page_texts(false);
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {n}", i + 1)),
            "page {} has no label:\n{page}",
            i + 1
        );
        assert!(
            page.contains("DRAFT — for legal review"),
            "page {} has no footer",
            i + 1
        );
        assert_eq!(page.contains(&r.doc.header), i > 0, "running header on page {}", i + 1);
    }
}

#[test]
fn cover_and_page_breaks_start_new_pages() {
    let pages = s30().page_texts(false);
    assert!(
        pages[0].contains("JOINT DIRECTIVE")
            && pages[0].contains("Kingdom of Lesotho")
            && pages[0].contains("LCA/CBL/DFS/2025/01")
    );
    // The table of contents sits alone between its page breaks.
    assert!(pages[1].contains("Contents") && !pages[1].contains("This directive adopts"));
    let first_body = squash(&pages[2]);
    assert!(
        first_body.starts_with("DFS Security Joint Directive 1 Purpose"),
        "{first_body}"
    );
}

#[test]
fn no_heading_is_left_alone_at_the_foot_of_a_page() {
    for r in [s300(), &Rendered::new("many-headings", many_headings())] {
        let headings: BTreeSet<String> = r.headings().iter().map(|h| heading_line(h)).collect();
        let n = r.pages();
        for (i, page) in r.page_texts(true).iter().enumerate() {
            let body: Vec<String> = page
                .lines()
                .map(squash)
                .filter(|l| !l.is_empty() && !l.contains(&format!("Page {} of {n}", i + 1)))
                .collect();
            let last = body.last().expect("every page has text");
            assert!(
                !headings.contains(last),
                "page {} of {} ends with heading {last:?}",
                i + 1,
                r.p()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Table of contents and outline

/// The TOC's entries ("title", page) as extracted from pages `toc_pages`.
fn toc_entries(r: &Rendered, toc_pages: std::ops::Range<usize>) -> Vec<(String, usize)> {
    let pages = r.page_texts(false);
    let mut entries = Vec::new();
    for page in &pages[toc_pages] {
        for line in page.lines().filter(|l| l.contains(". . .")) {
            let (title, number) = line.rsplit_once(' ').expect("an entry ends with its page");
            let title = title.trim_end_matches([' ', '.']).to_string();
            entries.push((
                title,
                number
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("no page number in {line:?}")),
            ));
        }
    }
    entries
}

fn assert_toc_points_at_headings(r: &Rendered, toc_pages: std::ops::Range<usize>) {
    let pages: Vec<String> = r.page_texts(false).iter().map(|p| squash(p)).collect();
    let entries = toc_entries(r, toc_pages);
    let listed: Vec<String> = r
        .headings()
        .iter()
        .filter(|h| h.in_contents)
        .map(|h| heading_line(h))
        .collect();
    assert_eq!(entries.iter().map(|e| e.0.clone()).collect::<Vec<_>>(), listed);
    for (title, page) in entries {
        assert!(
            pages[page - 1].contains(&title),
            "TOC says {title:?} is on page {page}, it is not"
        );
    }
}

#[test]
fn table_of_contents_lists_headings_with_their_pages() {
    assert_toc_points_at_headings(s30(), 1..2);
    assert_toc_points_at_headings(s300(), 1..2);
}

#[test]
fn a_table_of_contents_over_several_pages_still_has_the_right_numbers() {
    let r = Rendered::new("long-toc", many_headings());
    let pages = r.page_texts(false);
    let toc_pages = pages.iter().take_while(|p| p.contains(". . .")).count();
    assert!(toc_pages >= 3, "the TOC takes {toc_pages} pages");
    assert_toc_points_at_headings(&r, 0..toc_pages);
}

#[test]
fn outline_has_every_heading_nested_by_level() {
    let r = s30();
    let json: serde_json::Value = serde_json::from_str(&ok("qpdf", &["--json", "--json-key=outlines", r.p()])).unwrap();
    let top = json["outlines"].as_array().expect("an outline");
    let titles = |items: &serde_json::Value| -> Vec<String> {
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        titles(&json["outlines"]),
        [
            "1 Purpose",
            "2 Requirements",
            "3 Implementation timeline",
            "Annex A — Items not adopted",
            "Signatures"
        ]
    );
    let requirements = &top[1]["kids"];
    assert_eq!(titles(requirements), ["2.1 SIM life cycle (SIM)"]);
    let clauses = &requirements[0]["kids"];
    assert_eq!(clauses.as_array().unwrap().len(), 30);
    assert_eq!(
        clauses[2]["title"],
        "2.1.3 SIM-03 Notify DFS providers of recycled numbers"
    );
    // Each item points at the page its heading is on.
    let pages: Vec<String> = r.page_texts(false).iter().map(|p| squash(p)).collect();
    for item in [&top[0], &top[2], &top[4], &clauses[0], &clauses[29]] {
        let page = item["destpageposfrom1"].as_u64().unwrap() as usize;
        let title = item["title"].as_str().unwrap();
        assert!(
            pages[page - 1].contains(title),
            "outline: {title:?} is not on page {page}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Tables over pages

#[test]
fn a_long_table_repeats_its_header_on_every_page() {
    let r = s300();
    let pages = r.page_texts(false);
    // Body pages only: the table of contents has the same titles.
    let body = |title: &str| {
        1 + pages
            .iter()
            .position(|p| !p.contains(". . .") && squash(p).contains(title))
            .expect(title)
    };
    let (start, end) = (body("3 Implementation timeline"), body("Annex A — Items not adopted"));
    assert!(end - start >= 10, "the table spans {start}..={end}");
    let mut rows = BTreeSet::new();
    for n in start..=end {
        let text = r.page_text(n);
        let header = text
            .lines()
            .find(|l| l.contains("Requirement") && l.contains("Target date"));
        let header = header.unwrap_or_else(|| panic!("page {n} has no table header:\n{text}"));
        assert!(
            header.trim_start().starts_with("Clause") && header.contains("Lead"),
            "{header}"
        );
        for line in text.lines() {
            let first = line.split_whitespace().next().unwrap_or("");
            if let Some(k) = first.strip_prefix("2.1.").and_then(|k| k.parse::<usize>().ok())
                && line.contains("31 March 2027")
            {
                assert!(rows.insert(k), "row 2.1.{k} appears twice");
            }
        }
    }
    assert_eq!(rows, (1..=300).collect::<BTreeSet<_>>(), "every row once");
}

#[test]
fn a_row_taller_than_a_page_splits_and_loses_nothing() {
    let long: String = (1..=400).map(|i| format!("Obligation line {i:03}\n")).collect();
    let r = Rendered::new(
        "tall-row",
        doc(vec![
            Block::Paragraph(Paragraph::body("Before the table.")),
            Block::Table(Table {
                columns: vec![
                    Column {
                        title: "Item".into(),
                        width: 20,
                    },
                    Column {
                        title: "Text".into(),
                        width: 80,
                    },
                ],
                rows: vec![
                    vec![vec![Span::plain("A")], vec![Span::plain("short row")]],
                    vec![vec![Span::plain("B")], vec![Span::plain(long)]],
                    vec![vec![Span::plain("C")], vec![Span::plain("after the tall row")]],
                ],
            }),
        ]),
    );
    ok("qpdf", &["--check", r.p()]);
    let n = r.pages();
    assert!(n >= 7, "{n} pages");
    let mut seen = Vec::new();
    for p in 1..=n {
        let text = r.page_text(p);
        assert!(
            text.lines().any(|l| squash(l) == "Item Text"),
            "page {p} lacks the repeated header"
        );
        seen.extend(text.lines().filter_map(|l| {
            l.split("Obligation line ")
                .nth(1)
                .map(|k| k.trim().parse::<usize>().unwrap())
        }));
    }
    assert_eq!(seen, (1..=400).collect::<Vec<_>>(), "each line exactly once, in order");
}

// ---------------------------------------------------------------------------------------------
// Determinism, page setup

#[test]
fn the_same_document_gives_the_same_bytes_even_after_others() {
    let a = specimen(5);
    let b = specimen(7);
    let first = render(&a).unwrap();
    let other = render(&b).unwrap();
    let again = render(&a).unwrap();
    assert!(first == again, "two renders of one document differ");
    assert_ne!(first, other);
    // The file identifiers differ between documents (they are content hashes).
    let id = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        let at = text.rfind("/ID").expect("a trailer /ID");
        text[at..at + 80].to_string()
    };
    assert_ne!(id(&first), id(&other));
}

#[test]
fn page_size_and_margins_are_honoured() {
    let mut d = specimen(3);
    d.page = PageSetup::new(PageSize::Letter);
    let r = Rendered::new("letter", d);
    assert_eq!(field(&ok("pdfinfo", &[r.p()]), "Page size"), "612 x 792 pts (letter)");
    ok("qpdf", &["--check", r.p()]);
}

#[test]
fn impossible_margins_are_refused_with_advice() {
    let mut d = specimen(1);
    d.page.margin_left = 3.0;
    let err = render(&d).unwrap_err();
    assert!(matches!(err, PdfError::PageSetup(_)));
    assert!(err.to_string().contains("margin"), "{err}");
    d.page.margin_left = 100.0;
    d.page.margin_right = 100.0;
    let err = render(&d).unwrap_err();
    assert!(err.to_string().contains("reduce them"), "{err}");
}
