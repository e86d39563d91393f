//! The document properties of a PDF from outside: its Info dictionary and the `dfs-adopt`
//! properties of its XMP metadata, which say which workspace and version it was exported from.

use std::collections::BTreeMap;

use lopdf::{Document, LoadOptions, Object};

use crate::error::{ReadError, guarded};
use crate::xml::{parse, part_text};

/// The namespace of the properties dfs-adopt writes into XMP (prefix `dfsadopt`).
pub const DFS_ADOPT_XMP_NS: &str = "https://dfs-adopt.org/ns/1.0/";
/// The key prefix XMP properties of that namespace get (`workspace` → `dfs-adopt.workspace`).
const KEY_PREFIX: &str = "dfs-adopt.";

const MIB: usize = 1024 * 1024;
/// Bytes of the PDF itself. Larger than for a DOCX: returned copies may carry scanned pages.
pub const MAX_PDF_BYTES: usize = 128 * MIB;
/// Bytes any stream may unpack to while the document is loaded or its metadata read.
const MAX_STREAM: usize = 16 * MIB;
/// Where the `%PDF-` header may stand (some producers put junk before it).
const HEADER_WINDOW: usize = 1024;

/// The document properties of a PDF: every string entry of its Info dictionary under its own
/// name (`Title`, `dfs-adopt.fingerprint`...), decoded from PDFDocEncoding or UTF-16BE, and the
/// XMP properties in the dfs-adopt namespace as `dfs-adopt.<name>` where the Info dictionary
/// does not already have that key.
pub fn pdf_properties(bytes: &[u8]) -> Result<BTreeMap<String, String>, ReadError> {
    guarded("the PDF", || read(bytes))
}

fn read(bytes: &[u8]) -> Result<BTreeMap<String, String>, ReadError> {
    if bytes.len() > MAX_PDF_BYTES {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_PDF_BYTES as u64,
        });
    }
    let head = &bytes[..bytes.len().min(HEADER_WINDOW)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        let detail = if bytes.starts_with(b"PK") {
            "it is a zip package (a Word document?)".to_string()
        } else if bytes.is_empty() {
            "the file is empty".to_string()
        } else {
            "it has no %PDF- header".to_string()
        };
        return Err(ReadError::NotPdf { detail });
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_STREAM),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => ReadError::PdfEncrypted,
        other => ReadError::PdfUnreadable {
            detail: other.to_string(),
        },
    })?;
    // A PDF that opens with the empty user password (protected only against editing) has been
    // decrypted by now; one that still carries /Encrypt needs a password.
    if doc.is_encrypted() {
        return Err(ReadError::PdfEncrypted);
    }

    let mut properties = info_properties(&doc);
    for (key, value) in xmp_properties(&doc)? {
        properties.entry(key).or_insert(value);
    }
    Ok(properties)
}

/// The string entries of the trailer's Info dictionary.
fn info_properties(doc: &Document) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .map(|(_, o)| o);
    let Some(Object::Dictionary(info)) = info else {
        return out;
    };
    for (key, value) in info.iter() {
        let value = doc.dereference(value).map(|(_, o)| o).unwrap_or(value);
        if let Object::String(..) = value
            && let Ok(text) = lopdf::decode_text_string(value)
        {
            out.insert(String::from_utf8_lossy(key).into_owned(), text);
        }
    }
    out
}

/// The dfs-adopt properties of the catalog's XMP metadata stream, written as elements or as
/// attributes of `rdf:Description`.
fn xmp_properties(doc: &Document) -> Result<Vec<(String, String)>, ReadError> {
    let stream = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Metadata").ok())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_stream().ok());
    let Some(stream) = stream else {
        return Ok(Vec::new());
    };
    let bytes = if stream.dict.get(b"Filter").is_ok() {
        stream
            .decompressed_content_with_limit(MAX_STREAM)
            .map_err(|e| ReadError::PdfUnreadable {
                detail: format!("its XMP metadata cannot be unpacked: {e}"),
            })?
    } else {
        stream.content.clone()
    };
    let part = "the PDF's XMP metadata";
    let text = part_text(part, bytes)?;
    let xmp = parse(part, &text)?;
    let mut out = Vec::new();
    for node in xmp.descendants().filter(|n| n.is_element()) {
        if node.tag_name().namespace() == Some(DFS_ADOPT_XMP_NS) {
            // A value in an rdf:Alt/Seq/Bag: its first item.
            let item = node
                .descendants()
                .find(|d| d.is_element() && d.tag_name().name() == "li")
                .unwrap_or(node);
            let value: String = item
                .descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect();
            out.push((
                format!("{KEY_PREFIX}{}", node.tag_name().name()),
                value.trim().to_string(),
            ));
        }
        for attribute in node.attributes().filter(|a| a.namespace() == Some(DFS_ADOPT_XMP_NS)) {
            out.push((
                format!("{KEY_PREFIX}{}", attribute.name()),
                attribute.value().trim().to_string(),
            ));
        }
    }
    Ok(out)
}
