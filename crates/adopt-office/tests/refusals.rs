//! Files the reader must refuse, quickly and with a message that says what to do.

mod common;

use std::time::Instant;

use adopt_office::{Docx, ReadError, ReferenceDoc};
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

/// A zip whose one part inflates to `size` zero bytes, made by hand: a deflate block with
/// dynamic Huffman codes in which "copy 258 bytes from distance 1" costs two bits, as small as
/// deflate allows. The headers declare `declared` bytes and a wrong CRC.
fn zip_bomb(name: &str, size: u64, declared: u64) -> Vec<u8> {
    let deflate = zeros_deflate(size);
    let mut out = Vec::new();
    let name = name.as_bytes();
    let declared32 = u32::try_from(declared).unwrap_or(u32::MAX);
    let packed32 = u32::try_from(deflate.len()).expect("small");
    // Local file header.
    out.extend_from_slice(b"PK\x03\x04");
    out.extend_from_slice(&[20, 0, 0, 0, 8, 0, 0, 0, 0, 0]); // version, flags, deflate, time, date
    out.extend_from_slice(&0u32.to_le_bytes()); // crc (wrong on purpose)
    out.extend_from_slice(&packed32.to_le_bytes());
    out.extend_from_slice(&declared32.to_le_bytes());
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(name);
    out.extend_from_slice(&deflate);
    // Central directory with the one entry.
    let central = out.len() as u32;
    out.extend_from_slice(b"PK\x01\x02");
    out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&packed32.to_le_bytes());
    out.extend_from_slice(&declared32.to_le_bytes());
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // external attrs
    out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    out.extend_from_slice(name);
    let central_len = out.len() as u32 - central;
    // End of central directory.
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&central.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// Raw deflate data for `size` zero bytes (rounded to whole copies).
fn zeros_deflate(size: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.number(1, 1); // final block
    bits.number(2, 2); // dynamic Huffman codes
    bits.number(29, 5); // 286 literal/length codes
    bits.number(0, 5); // 1 distance code
    bits.number(14, 4); // 18 code length codes
    // Code length code lengths in the standard's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
    // symbols 0, 1, 2 and 18 get two bits each (codes 00, 01, 10, 11).
    for len in [0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        bits.number(len, 3);
    }
    let code_length = |bits: &mut Bits, symbol: u32| bits.code(symbol_code(symbol), 2);
    fn symbol_code(symbol: u32) -> u32 {
        match symbol {
            0 => 0b00,
            1 => 0b01,
            2 => 0b10,
            _ => 0b11, // 18: a run of zeros, 7 extra bits
        }
    }
    // Literal/length lengths: 0 -> 2, 1..=255 -> 0, 256 -> 2, 257..=284 -> 0, 285 -> 1; distance 0 -> 1.
    code_length(&mut bits, 2);
    code_length(&mut bits, 18);
    bits.number(138 - 11, 7);
    code_length(&mut bits, 18);
    bits.number(117 - 11, 7);
    code_length(&mut bits, 2);
    code_length(&mut bits, 18);
    bits.number(28 - 11, 7);
    code_length(&mut bits, 1);
    code_length(&mut bits, 1);
    // Canonical codes: 285 -> 0, literal 0 -> 10, end of block 256 -> 11; distance 0 -> 0.
    bits.code(0b10, 2); // one zero byte
    let copies = size.saturating_sub(1) / 258;
    bits.zeros(copies * 2); // each copy: length 258 (0), distance 1 (0)
    bits.code(0b11, 2); // end of block
    bits.finish()
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    current: u32,
    used: u32,
}

impl Bits {
    fn bit(&mut self, bit: u32) {
        self.current |= (bit & 1) << self.used;
        self.used += 1;
        if self.used == 8 {
            self.bytes.push(self.current as u8);
            self.current = 0;
            self.used = 0;
        }
    }
    /// A number, least significant bit first (header fields and extra bits).
    fn number(&mut self, value: u32, count: u32) {
        for i in 0..count {
            self.bit(value >> i);
        }
    }
    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        for i in (0..len).rev() {
            self.bit(code >> i);
        }
    }
    fn zeros(&mut self, mut count: u64) {
        while count > 0 && self.used != 0 {
            self.bit(0);
            count -= 1;
        }
        self.bytes.resize(self.bytes.len() + (count / 8) as usize, 0);
        for _ in 0..count % 8 {
            self.bit(0);
        }
    }
    fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.bytes.push(self.current as u8);
        }
        self.bytes
    }
}
