//! A returned PDF's properties: the Info dictionary and the dfs-adopt XMP properties.

mod common;

use adopt_office::{DFS_ADOPT_XMP_NS, ReadError, pdf_properties};
use common::fixture;
use lopdf::{Document, Object, Stream, dictionary};

const FINGERPRINT: &str = "3f9a1c2b7d4e00112233445566778899aabbccddeeff00112233445566778899";

/// A one-page PDF with this Info dictionary and, if given, this XMP packet (compressed or not).
fn pdf(info: lopdf::Dictionary, xmp: Option<(&str, bool)>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if let Some((packet, compress)) = xmp {
        let mut stream = Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            packet.as_bytes().to_vec(),
        );
        if compress {
            stream.compress().expect("compress");
            assert!(stream.dict.get(b"Filter").is_ok());
        }
        let xmp_id = doc.add_object(stream);
        catalog.set("Metadata", xmp_id);
    }
    let catalog_id = doc.add_object(catalog);
    let info_id = doc.add_object(info);
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

fn xmp(description: &str) -> String {
    format!(
        r#"<?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
{description}
</rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"#
    )
}

#[test]
fn info_and_xmp_properties_are_read() {
    let info = dictionary! {
        "Title" => lopdf::text_string("Décision d’adoption — Ελληνικά"),
        "Producer" => Object::string_literal("dfs-adopt"),
        "dfs-adopt.workspace" => Object::string_literal("ws-demo"),
        "Pages" => 3,
    };
    let packet = xmp(&format!(
        r#"<rdf:Description rdf:about="" xmlns:dfsadopt="{DFS_ADOPT_XMP_NS}" dfsadopt:fingerprint="{FINGERPRINT}">
<dfsadopt:version>v2.1</dfsadopt:version><dfsadopt:workspace>from-xmp</dfsadopt:workspace></rdf:Description>"#
    ));
    let properties = pdf_properties(&pdf(info, Some((&packet, false)))).expect("readable");
    assert_eq!(
        properties["Title"], "Décision d’adoption — Ελληνικά",
        "UTF-16BE decoded"
    );
    assert_eq!(properties["Producer"], "dfs-adopt");
    assert_eq!(
        properties["dfs-adopt.workspace"], "ws-demo",
        "the Info dictionary's value counts"
    );
    assert_eq!(properties["dfs-adopt.version"], "v2.1", "an XMP element");
    assert_eq!(properties["dfs-adopt.fingerprint"], FINGERPRINT, "an XMP attribute");
    assert!(!properties.contains_key("Pages"), "only strings");
}

#[test]
fn a_compressed_xmp_stream_alone_gives_the_keys() {
    let packet = xmp(&format!(
        r#"<rdf:Description rdf:about="" xmlns:dfsadopt="{DFS_ADOPT_XMP_NS}">
<dfsadopt:workspace>ws-9</dfsadopt:workspace><dfsadopt:version></dfsadopt:version>
<dfsadopt:fingerprint>{FINGERPRINT}</dfsadopt:fingerprint></rdf:Description>"#
    ));
    let properties = pdf_properties(&pdf(dictionary! {}, Some((&packet, true)))).expect("readable");
    assert_eq!(properties["dfs-adopt.workspace"], "ws-9");
    assert_eq!(properties["dfs-adopt.version"], "");
    assert_eq!(properties["dfs-adopt.fingerprint"], FINGERPRINT);
}

#[test]
fn a_pdf_from_libreoffice_is_read_and_an_owner_password_alone_does_not_stop_it() {
    for name in ["libreoffice.pdf", "owner-only.pdf"] {
        let properties = pdf_properties(&fixture(name)).expect(name);
        assert_eq!(
            properties.get("Producer").map(String::as_str),
            Some("LibreOffice 7.4"),
            "{name}"
        );
        assert!(!properties.contains_key("dfs-adopt.fingerprint"));
    }
}

#[test]
fn a_pdf_that_needs_a_password_is_refused() {
    let err = pdf_properties(&fixture("password.pdf")).expect_err("refused");
    assert_eq!(err, ReadError::PdfEncrypted);
    assert!(err.to_string().contains("password"), "{err}");
}

#[test]
fn what_is_not_a_pdf_is_refused() {
    for bytes in [&b"hello world"[..], b"", &fixture("source.docx")] {
        let err = pdf_properties(bytes).expect_err("refused");
        assert!(matches!(err, ReadError::NotPdf { .. }), "{err:?}");
        assert!(err.to_string().contains("not a PDF"), "{err}");
    }
}

#[test]
fn a_damaged_pdf_is_refused_without_panicking() {
    let file = fixture("libreoffice.pdf");
    let err = pdf_properties(&file[..file.len() / 3]).expect_err("refused");
    assert!(
        matches!(err, ReadError::PdfUnreadable { .. } | ReadError::ReaderFailed { .. }),
        "{err:?}"
    );
    for cut in (0..file.len()).step_by(1031) {
        let _ = pdf_properties(&file[..cut]);
    }
    for at in (0..file.len()).step_by(257) {
        let mut damaged = file.clone();
        damaged[at] ^= 0x5A;
        let _ = pdf_properties(&damaged);
    }
}
