//! What a screen reader and an archive read in the PDF beyond its drawing: the structure tree
//! (headings, paragraphs, lists, tables, contents links) over the marked content of the pages,
//! running headers and footers left out as artifacts, links attached to their elements and
//! printable, and the PDF/A identification and output intent. Read with lopdf, as the
//! structure is not visible to poppler's tools.

use std::collections::BTreeMap;

use adopt_document::specimen::specimen;
use adopt_document::{Block, Column, Document, Heading, List, Metadata, PageSetup, PageSize, Paragraph, Span, Table};
use lopdf::content::Content;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};

fn heading(level: u8, number: &str, text: &str) -> Block {
    Block::Heading(Heading {
        level,
        number: Some(number.into()),
        text: text.into(),
        anchor: format!("h-{number}"),
        in_contents: true,
        redline: None,
    })
}

fn doc(blocks: Vec<Block>) -> Document {
    Document {
        metadata: Metadata {
            language: "en".into(),
            ..specimen(1).metadata
        },
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

/// A short draft with every kind of block a screen reader must tell apart.
fn draft(rows: usize) -> Document {
    doc(vec![
        Block::TableOfContents {
            title: "Contents".into(),
        },
        heading(1, "1", "Scope"),
        Block::Paragraph(Paragraph::body("This directive applies to every licensee.")),
        Block::List(List {
            ordered: true,
            items: vec![vec![Span::plain("Banks")], vec![Span::plain("Mobile money operators")]],
        }),
        heading(2, "1.1", "Records"),
        Block::Table(Table {
            columns: vec![
                Column {
                    title: "Clause".into(),
                    width: 30,
                },
                Column {
                    title: "Requirement".into(),
                    width: 70,
                },
            ],
            rows: (0..rows)
                .map(|i| {
                    vec![
                        vec![Span::plain(format!("R-{i}"))],
                        vec![Span::plain("Keep transaction records for five years.")],
                    ]
                })
                .collect(),
        }),
    ])
}

fn load(doc: &Document) -> Pdf {
    let bytes = adopt_pdf::render(doc).expect("the document renders");
    Pdf::load_mem(&bytes).expect("lopdf reads the file")
}

fn dict<'a>(pdf: &'a Pdf, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => pdf.get_dictionary(*id).expect("a dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn name_of(d: &Dictionary, key: &[u8]) -> String {
    String::from_utf8_lossy(d.get(key).and_then(Object::as_name).unwrap_or(b"")).into_owned()
}

/// A structure element as found in the tree.
struct Elem {
    id: ObjectId,
    role: String,
    depth: usize,
    /// (page, MCID) of its marked content.
    mcids: Vec<(ObjectId, i64)>,
    /// Annotations it owns.
    objrs: Vec<ObjectId>,
    attrs: Option<Dictionary>,
}

/// The structure tree, depth first (reading order).
fn tree(pdf: &Pdf) -> Vec<Elem> {
    let catalog = pdf.catalog().unwrap();
    let root = dict(pdf, catalog.get(b"StructTreeRoot").expect("a structure tree"));
    assert_eq!(name_of(root, b"Type"), "StructTreeRoot");
    let mut out = Vec::new();
    let top = root.get(b"K").and_then(Object::as_reference).expect("one top element");
    walk(pdf, top, 0, &mut out);
    out
}

fn walk(pdf: &Pdf, id: ObjectId, depth: usize, out: &mut Vec<Elem>) {
    let d = pdf.get_dictionary(id).expect("an element");
    let page = d.get(b"Pg").and_then(Object::as_reference).ok();
    let at = out.len();
    out.push(Elem {
        id,
        role: name_of(d, b"S"),
        depth,
        mcids: Vec::new(),
        objrs: Vec::new(),
        attrs: d.get(b"A").ok().map(|a| dict(pdf, a).clone()),
    });
    for kid in d.get(b"K").and_then(Object::as_array).cloned().unwrap_or_default() {
        match kid {
            Object::Integer(mcid) => out[at].mcids.push((page.expect("/Pg for integer MCIDs"), mcid)),
            Object::Reference(child) => walk(pdf, child, depth + 1, out),
            Object::Dictionary(k) => match name_of(&k, b"Type").as_str() {
                "MCR" => {
                    let pg = k.get(b"Pg").and_then(Object::as_reference).unwrap();
                    out[at]
                        .mcids
                        .push((pg, k.get(b"MCID").and_then(Object::as_i64).unwrap()));
                }
                "OBJR" => out[at]
                    .objrs
                    .push(k.get(b"Obj").and_then(Object::as_reference).unwrap()),
                other => panic!("unexpected kid {other}"),
            },
            other => panic!("unexpected kid {other:?}"),
        }
    }
}

/// The parent tree as key → value.
fn parent_tree(pdf: &Pdf) -> BTreeMap<i64, Object> {
    let root = dict(pdf, pdf.catalog().unwrap().get(b"StructTreeRoot").unwrap());
    let nums = dict(pdf, root.get(b"ParentTree").unwrap())
        .get(b"Nums")
        .and_then(Object::as_array)
        .unwrap()
        .clone();
    nums.chunks(2)
        .map(|kv| (kv[0].as_i64().unwrap(), kv[1].clone()))
        .collect()
}

/// The marked-content sequences of a page's content stream, in order: the tag, and the MCID
/// or the artifact's subtype.
fn marked(pdf: &Pdf, page: ObjectId) -> Vec<(String, Option<i64>, String, usize)> {
    let content = Content::decode(&pdf.get_page_content(page)).unwrap();
    let mut out = Vec::new();
    let mut depth = 0usize;
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" => {
                let tag = String::from_utf8_lossy(op.operands[0].as_name().unwrap()).into_owned();
                let props = op.operands[1].as_dict().unwrap();
                let mcid = props.get(b"MCID").and_then(Object::as_i64).ok();
                out.push((tag, mcid, name_of(props, b"Subtype"), 0));
                depth += 1;
            }
            "BMC" => depth += 1,
            "EMC" => depth -= 1,
            "Tj" | "TJ" => {
                assert!(depth > 0, "text outside any marked content: {op:?}");
                if let Some(last) = out.last_mut() {
                    last.3 += 1;
                }
            }
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every marked-content sequence is closed");
    out
}

#[test]
fn headings_paragraphs_lists_and_tables_are_tagged_in_reading_order() {
    let pdf = load(&draft(2));
    let roles: Vec<String> = tree(&pdf)
        .iter()
        .map(|e| format!("{}{}", "  ".repeat(e.depth), e.role))
        .collect();
    let expected = [
        "Document",
        "  H1",
        "  TOC",
        "    TOCI",
        "      Link",
        "    TOCI",
        "      Link",
        "  H1",
        "  P",
        "  L",
        "    LI",
        "      Lbl",
        "      LBody",
        "    LI",
        "      Lbl",
        "      LBody",
        "  H2",
        "  Table",
        "    TR",
        "      TH",
        "      TH",
        "    TR",
        "      TD",
        "      TD",
        "    TR",
        "      TD",
        "      TD",
    ];
    assert_eq!(roles, expected);
    let elems = tree(&pdf);
    for e in elems.iter().filter(|e| e.role == "TH") {
        let a = e.attrs.as_ref().expect("a column header has attributes");
        assert_eq!(name_of(a, b"O"), "Table");
        assert_eq!(name_of(a, b"Scope"), "Column");
    }
    let list = elems.iter().find(|e| e.role == "L").unwrap();
    assert_eq!(name_of(list.attrs.as_ref().unwrap(), b"ListNumbering"), "Decimal");
    // Every element that holds text has marked content; containers have none.
    for e in &elems {
        let container = ["Document", "TOC", "TOCI", "L", "LI", "Table", "TR"].contains(&e.role.as_str());
        assert_eq!(e.mcids.is_empty(), container, "{} marked content", e.role);
    }
}

#[test]
fn every_marked_content_belongs_to_the_element_the_parent_tree_names() {
    let pdf = load(&specimen(30));
    let elems = tree(&pdf);
    let parents = parent_tree(&pdf);
    let mut owner: BTreeMap<(ObjectId, i64), ObjectId> = BTreeMap::new();
    for e in &elems {
        for m in &e.mcids {
            assert!(owner.insert(*m, e.id).is_none(), "MCID {m:?} owned twice");
        }
    }
    let mut seen = 0;
    for (page_no, page) in pdf.get_pages() {
        let p = pdf.get_dictionary(page).unwrap();
        let key = p
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .expect("/StructParents");
        assert_eq!(key, i64::from(page_no) - 1);
        assert_eq!(
            name_of(p, b"Tabs"),
            "S",
            "page {page_no}: annotations in structure order"
        );
        let Some(Object::Array(slots)) = parents.get(&key) else {
            panic!("no parent tree entry for page {page_no}");
        };
        let seqs = marked(&pdf, page);
        let mcids: Vec<i64> = seqs.iter().filter_map(|s| s.1).collect();
        assert_eq!(mcids, (0..mcids.len() as i64).collect::<Vec<_>>(), "MCIDs count up");
        assert_eq!(slots.len(), mcids.len(), "page {page_no}: one parent per MCID");
        for (tag, mcid, _, _) in seqs.iter().filter(|s| s.1.is_some()) {
            let mcid = mcid.unwrap();
            let elem = owner.get(&(page, mcid)).expect("each MCID is in the tree");
            assert_eq!(slots[mcid as usize].as_reference().unwrap(), *elem);
            let role = &elems.iter().find(|e| e.id == *elem).unwrap().role;
            assert_eq!(tag, role, "the sequence is tagged with its element's type");
            seen += 1;
        }
    }
    assert_eq!(seen, owner.len(), "every MCID in the tree is on its page");
}

#[test]
fn running_header_footer_and_page_numbers_are_artifacts() {
    let pdf = load(&draft(2));
    let pages = pdf.get_pages();
    // Page 1 has the contents and the body; its header and footer are pagination artifacts.
    let seqs = marked(&pdf, pages[&1]);
    let subtypes: Vec<&str> = seqs
        .iter()
        .filter(|s| s.0 == "Artifact")
        .map(|s| s.2.as_str())
        .collect();
    assert!(subtypes.contains(&"Header"), "{subtypes:?}");
    assert!(subtypes.contains(&"Footer"), "{subtypes:?}");
    // Footer text ("DRAFT", "Page 1 of 1") is never inside an element.
    let footer_texts: usize = seqs.iter().filter(|s| s.2 == "Footer").map(|s| s.3).sum();
    assert_eq!(footer_texts, 2);
}

#[test]
fn a_table_header_repeated_on_a_later_page_is_not_read_twice() {
    let pdf = load(&draft(120));
    assert!(pdf.get_pages().len() >= 3, "the table runs over pages");
    let elems = tree(&pdf);
    assert_eq!(elems.iter().filter(|e| e.role == "TH").count(), 2);
    assert_eq!(elems.iter().filter(|e| e.role == "TR").count(), 121);
    // The repeats are layout artifacts on the later pages.
    let last = pdf.get_pages().into_values().last().unwrap();
    let seqs = marked(&pdf, last);
    assert!(seqs.iter().any(|s| s.0 == "Artifact" && s.3 >= 2), "{seqs:?}");
}

#[test]
fn contents_links_are_printable_described_and_attached_to_their_link_elements() {
    let pdf = load(&draft(2));
    let elems = tree(&pdf);
    let parents = parent_tree(&pdf);
    let links: Vec<&Elem> = elems.iter().filter(|e| e.role == "Link").collect();
    assert_eq!(links.len(), 2, "one per contents entry");
    for link in links {
        assert_eq!(link.objrs.len(), 1);
        let annot = pdf.get_dictionary(link.objrs[0]).unwrap();
        assert_eq!(name_of(annot, b"Subtype"), "Link");
        assert_eq!(annot.get(b"F").and_then(Object::as_i64).unwrap(), 4, "printable");
        let contents = lopdf::decode_text_string(annot.get(b"Contents").unwrap()).unwrap();
        assert!(contents.contains("page 1"), "{contents}");
        let key = annot.get(b"StructParent").and_then(Object::as_i64).unwrap();
        assert_eq!(parents[&key].as_reference().unwrap(), link.id);
    }
}

#[test]
fn the_catalog_declares_a_tagged_pdf_a_with_an_srgb_output_intent() {
    let pdf = load(&draft(2));
    let catalog = pdf.catalog().unwrap();
    let mark_info = dict(&pdf, catalog.get(b"MarkInfo").unwrap());
    assert!(
        mark_info.get(b"Marked").and_then(Object::as_bool).unwrap(),
        "/MarkInfo /Marked true"
    );
    assert_eq!(lopdf::decode_text_string(catalog.get(b"Lang").unwrap()).unwrap(), "en");
    let prefs = dict(&pdf, catalog.get(b"ViewerPreferences").unwrap());
    assert!(prefs.get(b"DisplayDocTitle").and_then(Object::as_bool).unwrap());
    let intents = catalog.get(b"OutputIntents").and_then(Object::as_array).unwrap();
    assert_eq!(intents.len(), 1);
    let intent = dict(&pdf, &intents[0]);
    assert_eq!(name_of(intent, b"S"), "GTS_PDFA1");
    let profile = pdf
        .get_object(intent.get(b"DestOutputProfile").and_then(Object::as_reference).unwrap())
        .and_then(Object::as_stream)
        .unwrap();
    assert_eq!(profile.dict.get(b"N").and_then(Object::as_i64).unwrap(), 3);
    let icc = profile
        .decompressed_content()
        .unwrap_or_else(|_| profile.content.clone());
    assert_eq!(&icc[36..40], b"acsp", "an ICC profile");
    assert_eq!(&icc[16..20], b"RGB ", "of an RGB colour space");

    let xmp_id = catalog.get(b"Metadata").and_then(Object::as_reference).unwrap();
    let xmp = pdf.get_object(xmp_id).and_then(Object::as_stream).unwrap();
    let xml = std::str::from_utf8(&xmp.content).unwrap();
    let x = roxmltree::Document::parse(xml).expect("the XMP parses");
    let text_of = |ns: &str, name: &str| -> Vec<String> {
        x.descendants()
            .filter(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name)
            .filter_map(|n| n.text().map(str::to_string))
            .collect()
    };
    const PDFAID: &str = "http://www.aiim.org/pdfa/ns/id/";
    const PDFUAID: &str = "http://www.aiim.org/pdfua/ns/id/";
    const SCHEMA: &str = "http://www.aiim.org/pdfa/ns/schema#";
    assert_eq!(text_of(PDFAID, "part"), ["2"]);
    assert_eq!(text_of(PDFAID, "conformance"), ["B"]);
    assert_eq!(text_of(PDFUAID, "part"), ["1"]);
    // pdfuaid is not one of PDF/A's own schemas: it is declared as an extension.
    assert!(text_of(SCHEMA, "namespaceURI").contains(&PDFUAID.to_string()));
}
