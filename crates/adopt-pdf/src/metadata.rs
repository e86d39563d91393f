//! What printpdf 0.12 writes incompletely, set on its document before saving: the document
//! information (dates from the document, never the clock), /Lang, viewer preferences, the
//! nested outline and the sRGB output intent PDF/A asks for; then the file identifier, a hash
//! of the saved bytes.

use adopt_document::Document;
use lopdf::{Dictionary, Object, Stream, StringFormat};

use crate::error::PdfError;
use crate::hash::Fnv;
use crate::page::Mark;
use crate::xmp::{self, Packet};

const CREATOR: &str = "dfs-adopt";
/// The sRGB profile of the output intent (Debian's icc-profiles-free, zlib licence: see
/// `icc/LICENSE`). Every colour is device grey or RGB, which PDF/A-2 accepts under it.
const SRGB_PROFILE: &[u8] = include_bytes!("../icc/sRGB.icc");
const SRGB_CONDITION: &str = "sRGB IEC61966-2.1";
const PRODUCER: &str = concat!("adopt-pdf ", env!("CARGO_PKG_VERSION"), " (printpdf 0.12)");
/// Standard entries of the document information, which a custom property may not replace.
const STANDARD_INFO: [&str; 9] = [
    "Title",
    "Author",
    "Subject",
    "Keywords",
    "Creator",
    "Producer",
    "CreationDate",
    "ModDate",
    "Trapped",
];

/// Text as the document information holds it: without control characters.
fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// A PDF text string: plain when printable ASCII, otherwise UTF-16BE with a byte-order mark.
pub(crate) fn text_string(s: &str) -> Object {
    let clean = clean(s);
    if clean.chars().all(|c| (' '..='~').contains(&c)) {
        Object::String(clean.into_bytes(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        bytes.extend(clean.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// Metadata (the information dictionary with the custom properties, and XMP), language, viewer
/// preferences and the outline: written here because printpdf 0.12's own versions are
/// incomplete (no /Lang, a flat outline, fixed creation dates, no XMP).
pub(crate) fn finish(lo: &mut lopdf::Document, doc: &Document, marks: &[Mark], ph: f32) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    lo.version = "1.7".into();
    let m = &doc.metadata;
    let day = m.date.to_string();
    let date: String = day.chars().filter(char::is_ascii_digit).collect();
    let date = format!("D:{date}000000Z");
    let keywords = m.keywords.join(", ");
    let mut info = Dictionary::new();
    info.set("Title", text_string(&m.title));
    info.set("Author", text_string(&m.author));
    info.set("Subject", text_string(&m.subject));
    info.set("Keywords", text_string(&keywords));
    info.set("Creator", text_string(CREATOR));
    info.set("Producer", text_string(PRODUCER));
    info.set(
        "CreationDate",
        Object::String(date.clone().into_bytes(), StringFormat::Literal),
    );
    info.set("ModDate", Object::String(date.into_bytes(), StringFormat::Literal));
    // Custom properties under their own names (`/dfs-adopt.version`), as a reader's document
    // properties dialog lists them.
    for (name, value) in &m.properties {
        if !name.is_empty() && !STANDARD_INFO.contains(&name.as_str()) {
            info.set(name.as_bytes().to_vec(), text_string(value));
        }
    }
    let info_id = lo.trailer.get(b"Info").and_then(Object::as_reference).map_err(err)?;
    lo.set_object(info_id, info);

    let packet = xmp::packet(&Packet {
        title: &clean(&m.title),
        author: &clean(&m.author),
        subject: &clean(&m.subject),
        keywords: &clean(&keywords),
        language: m.language.trim(),
        creator_tool: CREATOR,
        producer: PRODUCER,
        date: &format!("{day}T00:00:00Z"),
        properties: &m.properties,
    });
    let mut stream = Dictionary::new();
    stream.set("Type", Object::Name(b"Metadata".to_vec()));
    stream.set("Subtype", Object::Name(b"XML".to_vec()));
    // Uncompressed, so that tools that do not parse PDF can still find the packet.
    let metadata_id = lo.add_object(Stream::new(stream, packet.into_bytes()).with_compression(false));

    let outline = outline(lo, marks, ph);
    let intent = output_intent(lo);
    let catalog = lo.catalog_mut().map_err(err)?;
    catalog.set("OutputIntents", Object::Array(vec![Object::Reference(intent)]));
    if !m.language.trim().is_empty() {
        catalog.set("Lang", text_string(m.language.trim()));
    }
    catalog.set("Metadata", Object::Reference(metadata_id));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if let Some(root) = outline {
        catalog.set("Outlines", Object::Reference(root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    // Placeholder, replaced by a hash of the final bytes (see `stamp_id`).
    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// The PDF/A output intent: colours are meant for sRGB, whose profile is embedded.
fn output_intent(lo: &mut lopdf::Document) -> lopdf::ObjectId {
    let mut profile = Dictionary::new();
    profile.set("N", Object::Integer(3));
    let profile = lo.add_object(Stream::new(profile, SRGB_PROFILE.to_vec()));
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set("OutputConditionIdentifier", text_string(SRGB_CONDITION));
    intent.set("Info", text_string(SRGB_CONDITION));
    intent.set("DestOutputProfile", Object::Reference(profile));
    lo.add_object(intent)
}

/// Builds the outline: one item per heading, nested by level, pointing at the heading's
/// position. Top-level items start open, deeper ones closed (a draft can have thousands of
/// clauses).
fn outline(lo: &mut lopdf::Document, marks: &[Mark], ph: f32) -> Option<lopdf::ObjectId> {
    if marks.is_empty() {
        return None;
    }
    let pages = lo.get_pages();
    // Parent of each mark (None: top level), found with a stack of open levels.
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(marks.len());
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); marks.len()];
    let mut roots = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        while stack.last().is_some_and(|&s| marks[s].level >= m.level) {
            stack.pop();
        }
        let p = stack.last().copied();
        match p {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
        parent.push(p);
        stack.push(i);
    }
    let root_id = lo.new_object_id();
    let ids: Vec<lopdf::ObjectId> = marks.iter().map(|_| lo.new_object_id()).collect();
    let siblings = |i: usize| -> &Vec<usize> { parent[i].map_or(&roots, |p| &children[p]) };
    for (i, m) in marks.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&m.title));
        d.set("Parent", Object::Reference(parent[i].map_or(root_id, |p| ids[p])));
        let sib = siblings(i);
        let pos = sib.iter().position(|&s| s == i).unwrap_or(0);
        if pos > 0 {
            d.set("Prev", Object::Reference(ids[sib[pos - 1]]));
        }
        if let Some(&n) = sib.get(pos + 1) {
            d.set("Next", Object::Reference(ids[n]));
        }
        if let (Some(&f), Some(&l)) = (children[i].first(), children[i].last()) {
            d.set("First", Object::Reference(ids[f]));
            d.set("Last", Object::Reference(ids[l]));
            let n = children[i].len() as i64;
            // Open items count their visible children; closed ones carry a negative count.
            d.set("Count", Object::Integer(if parent[i].is_none() { n } else { -n }));
        }
        if let Some(page) = pages.get(&(m.page as u32 + 1)) {
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real(ph - m.y),
                    Object::Null,
                ]),
            );
        }
        lo.set_object(ids[i], d);
    }
    let visible: usize = roots.len() + roots.iter().map(|&r| children[r].len()).sum::<usize>();
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    root.set("First", Object::Reference(ids[roots[0]]));
    root.set(
        "Last",
        Object::Reference(ids[*roots.last().expect("marks is not empty")]),
    );
    root.set("Count", Object::Integer(visible as i64));
    lo.set_object(root_id, root);
    Some(root_id)
}

const ID_PLACEHOLDER: &[u8; 16] = b"adopt-pdf-id-\xff\xfe\xfd";

/// Replaces the placeholder file identifier with a hash of the file: the same document gives
/// the same bytes, different documents different identifiers.
pub(crate) fn stamp_id(out: &mut [u8]) -> Result<(), PdfError> {
    let placeholder = hex(ID_PLACEHOLDER);
    let mut a = Fnv::new(0);
    let mut b = Fnv::new(0x9e37_79b9_7f4a_7c15);
    a.write(out);
    b.write(out);
    let mut digest = [0u8; 16];
    digest[..8].copy_from_slice(&a.finish().to_be_bytes());
    digest[8..].copy_from_slice(&b.finish().to_be_bytes());
    let id = hex(&digest);
    let mut found = 0;
    let mut i = 0;
    while let Some(p) = find(&out[i..], placeholder.as_bytes()) {
        let at = i + p;
        out[at..at + id.len()].copy_from_slice(id.as_bytes());
        i = at + id.len();
        found += 1;
    }
    if found == 2 {
        Ok(())
    } else {
        Err(PdfError::Write(format!(
            "file identifier placeholder found {found} times, expected 2"
        )))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_use_utf16_beyond_ascii() {
        assert_eq!(
            text_string("DFS"),
            Object::String(b"DFS".to_vec(), StringFormat::Literal)
        );
        match text_string("Zürich") {
            Object::String(b, StringFormat::Hexadecimal) => assert_eq!(&b[..4], &[0xfe, 0xff, 0, b'Z']),
            other => panic!("{other:?}"),
        }
    }
}
