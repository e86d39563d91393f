//! Files the reader must refuse, quickly and with a message that says what to do.

mod common;

use std::time::Instant;

use adopt_office::{Docx, ReadError, ReferenceDoc};
use common::bomb::zip_bomb;
use common::{docx, package};

fn refused(bytes: &[u8]) -> ReadError {
    let err = Docx::open(bytes).expect_err("refused");
    // The reference reader opens packages the same way and must refuse the same files.
    assert!(ReferenceDoc::parse(bytes).is_err());
    err
}

#[test]
fn random_bytes_are_not_a_word_document() {
    // A fixed pseudo-random sequence (xorshift), so failures can be reproduced.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let err = refused(&bytes);
    assert!(matches!(err, ReadError::NotDocx { .. }), "{err:?}");
    assert!(err.to_string().contains("not a Word document (.docx)"), "{err}");
    assert!(err.to_string().contains("save it"), "{err}");
    assert!(matches!(refused(b""), ReadError::NotDocx { .. }));
}

#[test]
fn a_pdf_given_as_docx_is_named() {
    let err = refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    assert!(err.to_string().contains("it is a PDF"), "{err}");
}

#[test]
fn a_password_protected_or_old_word_file_says_to_save_as_docx() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let err = refused(&ole);
    assert_eq!(err, ReadError::PasswordProtectedOrLegacy);
    let message = err.to_string();
    assert!(message.contains("password-protected"), "{message}");
    assert!(message.contains(".doc"), "{message}");
    assert!(
        message.contains("without") || message.contains("remove the password"),
        "{message}"
    );
}

#[test]
fn a_zip_without_the_main_document_is_refused() {
    let file = package(&[("readme.txt", b"hello")]);
    let err = refused(&file);
    assert!(matches!(err, ReadError::MissingDocumentPart { .. }), "{err:?}");
    assert!(err.to_string().contains("word/document.xml"), "{err}");
}

#[test]
fn an_opendocument_file_is_named() {
    let file = package(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content/>"),
    ]);
    let err = refused(&file);
    assert!(err.to_string().contains("OpenDocument"), "{err}");
}

#[test]
fn an_excel_workbook_renamed_docx_is_named_though_its_relationships_lead_somewhere() {
    let rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let file = package(&[
        ("_rels/.rels", rels),
        (
            "xl/workbook.xml",
            br#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"#,
        ),
    ]);
    let err = refused(&file);
    assert!(matches!(err, ReadError::MissingDocumentPart { .. }), "{err:?}");
    assert!(err.to_string().contains("Excel workbook"), "{err}");
}

#[test]
fn a_truncated_docx_is_damaged() {
    let file = docx("<w:p><w:r><w:t>Some text</w:t></w:r></w:p>", &[]);
    for cut in [file.len() / 2, file.len() - 10, 30] {
        let err = refused(&file[..cut]);
        assert!(matches!(err, ReadError::DamagedPackage { .. }), "cut at {cut}: {err:?}");
        assert!(err.to_string().contains("save it again"), "{err}");
    }
}

#[test]
fn every_prefix_of_a_real_file_is_refused_or_read_without_panicking() {
    let file = common::fixture("libreoffice-resaved.docx");
    for cut in (0..file.len()).step_by(97) {
        let _ = Docx::open(&file[..cut]);
        let _ = ReferenceDoc::parse(&file[..cut]);
    }
    // Flipped bytes in the middle of the file.
    for at in (0..file.len()).step_by(211) {
        let mut damaged = file.clone();
        damaged[at] ^= 0x5A;
        let _ = Docx::open(&damaged);
        let _ = ReferenceDoc::parse(&damaged);
    }
}

#[test]
fn malformed_xml_names_the_part() {
    let file = docx("<w:p><w:r><w:t>unclosed</w:r></w:p>", &[]);
    let err = refused(&file);
    assert!(
        matches!(&err, ReadError::MalformedXml { part, .. } if part == "word/document.xml"),
        "{err:?}"
    );
    assert!(err.to_string().contains("word/document.xml"), "{err}");

    let bad_custom = docx("<w:p/>", &[("docProps/custom.xml", b"<Properties><property")]);
    let err = Docx::open(&bad_custom).expect_err("refused");
    assert!(err.to_string().contains("docProps/custom.xml"), "{err}");
}

#[test]
fn entity_expansion_is_refused() {
    let body = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#;
    let document = format!(
        "{body}<w:document {}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>",
        common::W_NS
    );
    let file = package(&[
        ("_rels/.rels", common::PACKAGE_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ]);
    assert!(matches!(refused(&file), ReadError::MalformedXml { .. }));
}

#[test]
fn too_many_parts_are_refused() {
    let names: Vec<String> = (0..10_001).map(|i| format!("p/{i}")).collect();
    let mut parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    parts.push(("word/document.xml", b"<w:document/>"));
    let err = refused(&package(&parts));
    assert!(matches!(err, ReadError::Unsafe { .. }), "{err:?}");
    assert!(err.to_string().contains("10000"), "{err}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let big = vec![0u8; adopt_office::MAX_DOCX_BYTES as usize + 1];
    assert!(matches!(refused(&big), ReadError::TooLarge { .. }));
}

#[test]
fn a_zip_bomb_with_lying_headers_is_refused_fast() {
    // word/document.xml inflates to 2 GiB of zeros from about 2 MiB, while its headers claim
    // 4 KiB: the reader must count what it unpacks and stop long before allocating gigabytes.
    let bomb = zip_bomb("word/document.xml", 2 << 30, 4096);
    assert!(bomb.len() < 3 << 20, "{} bytes", bomb.len());
    let started = Instant::now();
    let err = refused(&bomb);
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    assert!(matches!(err, ReadError::Unsafe { .. }), "{err:?}");
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn a_zip_bomb_with_honest_headers_is_refused_at_once() {
    let bomb = zip_bomb("word/document.xml", 2 << 30, 2 << 30);
    let started = Instant::now();
    let err = refused(&bomb);
    assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
    assert!(matches!(err, ReadError::Unsafe { .. }), "{err:?}");
}

#[test]
fn a_bomb_made_by_the_zip_writer_is_refused() {
    // 32 MiB of zeros streamed through the zip writer (never held in memory), about 1000 : 1:
    // far past the compression ratio of any real document.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("_rels/.rels", options).unwrap();
    std::io::Write::write_all(&mut zip, common::PACKAGE_RELS.as_bytes()).unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    std::io::copy(&mut std::io::repeat(0).take(32 << 20), &mut zip).unwrap();
    let file = zip.finish().unwrap().into_inner();
    let err = refused(&file);
    assert!(matches!(err, ReadError::Unsafe { .. }), "{err:?}");
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

use std::io::Read as _;
