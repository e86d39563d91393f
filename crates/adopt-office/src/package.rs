//! The zip package of a DOCX, opened with caps: the input size, the number of entries, each part's
//! unpacked size, the total unpacked and the compression ratio are all bounded, and sizes are
//! counted while reading, never taken from the headers.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::rc::Rc;

use zip::ZipArchive;
use zip::result::ZipError;

use crate::error::ReadError;

const MIB: u64 = 1024 * 1024;

/// The first bytes of an OLE compound file: an encrypted Office file or a Word 97-2003 .doc.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// How much the reader is willing to unpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Bytes of the file itself.
    pub max_input: u64,
    /// Entries in the zip's central directory.
    pub max_entries: u64,
    /// Unpacked bytes of one part.
    pub max_part: u64,
    /// Unpacked bytes of all the parts read from one file.
    pub max_total: u64,
    /// Unpacked bytes per packed byte, checked once a part has unpacked past `ratio_floor`.
    pub max_ratio: u64,
    /// Below this many unpacked bytes, the ratio is not checked (tiny parts compress very well).
    pub ratio_floor: u64,
}

impl Limits {
    /// Generous for any real document, far below what would hurt the machine. Deflate reaches
    /// about 1 000 : 1 only on runs of one byte; real XML and pictures stay well under 100 : 1.
    pub const DEFAULT: Limits = Limits {
        max_input: 64 * MIB,
        max_entries: 10_000,
        max_part: 64 * MIB,
        max_total: 256 * MIB,
        max_ratio: 400,
        ratio_floor: MIB,
    };
}

/// A DOCX's zip package, read part by part on demand.
pub(crate) struct Package<'a> {
    archive: ZipArchive<Counted<'a>>,
    /// Where the zip crate is reading in the file: tells how many packed bytes a part has used.
    position: Rc<Cell<u64>>,
    /// Lower-cased part name (OPC names are case-insensitive) to the zip index.
    index: BTreeMap<String, usize>,
    limits: Limits,
    /// Unpacked bytes read so far from this package.
    total: u64,
}

impl<'a> Package<'a> {
    /// Opens the package after checking what the file is and how many entries it declares.
    pub fn open(bytes: &'a [u8], limits: Limits) -> Result<Self, ReadError> {
        let size = bytes.len() as u64;
        if size > limits.max_input {
            return Err(ReadError::TooLarge {
                size,
                limit: limits.max_input,
            });
        }
        if bytes.starts_with(&OLE_MAGIC) {
            return Err(ReadError::PasswordProtectedOrLegacy);
        }
        if !bytes.starts_with(b"PK") {
            return Err(ReadError::NotDocx {
                detail: what_it_is(bytes),
            });
        }
        if let Some(count) = declared_entry_count(bytes)
            && count > limits.max_entries
        {
            return Err(ReadError::Unsafe {
                detail: format!(
                    "it declares {count} parts, more than the {} accepted",
                    limits.max_entries
                ),
            });
        }
        let position = Rc::new(Cell::new(0));
        let reader = Counted {
            inner: Cursor::new(bytes),
            position: Rc::clone(&position),
        };
        let archive = ZipArchive::new(reader).map_err(|e| ReadError::DamagedPackage {
            detail: format!("not a complete zip package: {}", zip_detail(&e)),
        })?;
        if archive.len() as u64 > limits.max_entries {
            return Err(ReadError::Unsafe {
                detail: format!(
                    "it has {} parts, more than the {} accepted",
                    archive.len(),
                    limits.max_entries
                ),
            });
        }
        let mut index = BTreeMap::new();
        for i in 0..archive.len() {
            if let Some(name) = archive.name_for_index(i) {
                // The first entry of a name wins, as in most readers.
                index.entry(normalise(name)).or_insert(i);
            }
        }
        Ok(Package {
            archive,
            position,
            index,
            limits,
            total: 0,
        })
    }

    /// Whether the package has a part of this name.
    pub fn contains(&self, name: &str) -> bool {
        self.index.contains_key(&normalise(name))
    }

    /// Whether the package is an OpenDocument file (its first part is `mimetype`).
    pub fn opendocument_kind(&mut self) -> Option<String> {
        if !self.contains("mimetype") {
            return None;
        }
        let bytes = self.read("mimetype").ok().flatten()?;
        let text = String::from_utf8_lossy(&bytes).trim().to_string();
        text.starts_with("application/vnd.oasis.opendocument").then_some(text)
    }

    /// The unpacked bytes of a part, `None` if there is no such part.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        let Some(&i) = self.index.get(&normalise(name)) else {
            return Ok(None);
        };
        let limits = self.limits;
        let mut file = self.archive.by_index(i).map_err(|e| match e {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
                ReadError::EncryptedPart { part: name.to_string() }
            }
            other => ReadError::DamagedPackage {
                detail: format!("part {name}: {}", zip_detail(&other)),
            },
        })?;
        if file.is_dir() {
            return Ok(None);
        }
        let part_budget = limits.max_part.min(limits.max_total.saturating_sub(self.total));
        let too_large = |limits: &Limits| {
            let detail = if part_budget < limits.max_part {
                format!("its parts unpack to more than {} bytes in all", limits.max_total)
            } else {
                format!("part {name} unpacks to more than {} bytes", limits.max_part)
            };
            ReadError::Unsafe { detail }
        };
        let too_compressed = |limits: &Limits| ReadError::Unsafe {
            detail: format!(
                "part {name} is compressed more than {} : 1, as a zip bomb is; real documents are not",
                limits.max_ratio
            ),
        };
        // What the headers declare is refused at once when it is already too much; what they
        // do not declare is caught below while reading.
        let declared = file.size();
        if declared > part_budget {
            return Err(too_large(&limits));
        }
        if declared > limits.ratio_floor && declared / file.compressed_size().max(1) > limits.max_ratio {
            return Err(too_compressed(&limits));
        }
        let data_start = file.data_start().unwrap_or_else(|| file.header_start());
        // The headers' sizes are only a hint for the first allocation; what counts is what is read.
        let hint = file.size().min(part_budget).min(16 * MIB) as usize;
        let mut out = Vec::with_capacity(hint);
        let mut limited = (&mut file).take(part_budget + 1);
        let mut buf = [0u8; 64 * 1024];
        loop {
            let n = match limited.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(ReadError::DamagedPackage {
                        detail: format!("part {name} cannot be unpacked: {e}"),
                    });
                }
            };
            out.extend_from_slice(&buf[..n]);
            let unpacked = out.len() as u64;
            if unpacked > part_budget {
                return Err(too_large(&limits));
            }
            // Packed bytes used so far (the zip crate reads ahead a few KiB, which only errs
            // on the generous side).
            let packed = self.position.get().saturating_sub(data_start).max(1);
            if unpacked > limits.ratio_floor && unpacked / packed > limits.max_ratio {
                return Err(too_compressed(&limits));
            }
        }
        self.total += out.len() as u64;
        Ok(Some(out))
    }
}

/// The file as the zip crate reads it, telling where it reads.
struct Counted<'a> {
    inner: Cursor<&'a [u8]>,
    position: Rc<Cell<u64>>,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position.set(self.inner.position());
        Ok(n)
    }
}

impl Seek for Counted<'_> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let at = self.inner.seek(to)?;
        self.position.set(at);
        Ok(at)
    }
}

/// Part names compare case-insensitively, with `/` separators and no leading slash.
fn normalise(name: &str) -> String {
    name.replace('\\', "/").trim_start_matches('/').to_lowercase()
}

/// A zip error in a few words, without the crate's own phrasing of "invalid Zip archive".
fn zip_detail(e: &ZipError) -> String {
    match e {
        ZipError::Io(io) => io.to_string(),
        ZipError::InvalidArchive(msg) => msg.to_string(),
        ZipError::UnsupportedArchive(msg) => format!("unsupported: {msg}"),
        ZipError::CompressionMethodNotSupported(m) => format!("compression method {m} is not supported"),
        other => other.to_string(),
    }
}

/// Names what a file that is not a zip seems to be, so the message can say what to do.
fn what_it_is(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(512)];
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if bytes.is_empty() {
        "the file is empty".into()
    } else if bytes.starts_with(b"%PDF-") {
        "it is a PDF".into()
    } else if trimmed.starts_with("{\\rtf") {
        "it is a Rich Text (.rtf) file".into()
    } else if trimmed.starts_with('<') {
        "it is an XML or HTML file, not a zip package".into()
    } else {
        "it is not a zip package".into()
    }
}

/// The number of entries the zip's end of central directory declares, read before the zip crate
/// builds its table so that a forged count cannot make it allocate for millions of entries.
/// `None` when the record cannot be found (the zip crate then reports the damage).
fn declared_entry_count(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8] = b"PK\x05\x06";
    const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
    const ZIP64_EOCD: &[u8] = b"PK\x06\x06";
    // The record is 22 bytes plus a comment of at most 65 535 bytes.
    let from = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[from..];
    let pos = from + tail.windows(4).rposition(|w| w == EOCD)?;
    let total = u64::from(u16::from_le_bytes(bytes.get(pos + 10..pos + 12)?.try_into().ok()?));
    let zip64_total = || {
        let locator = pos.checked_sub(20)?;
        if bytes.get(locator..locator + 4) != Some(ZIP64_LOCATOR) {
            return None;
        }
        let offset = u64::from_le_bytes(bytes.get(locator + 8..locator + 16)?.try_into().ok()?);
        let offset = usize::try_from(offset).ok()?;
        if bytes.get(offset..offset.checked_add(4)?) != Some(ZIP64_EOCD) {
            return None;
        }
        Some(u64::from_le_bytes(
            bytes.get(offset + 32..offset + 40)?.try_into().ok()?,
        ))
    };
    Some(zip64_total().map_or(total, |t| t.max(total)))
}

/// The part a relationship target points to, from the part that holds the relationship:
/// `media/image1.png` from `word/header1.xml` is `word/media/image1.png`.
pub(crate) fn resolve_target(source_part: &str, target: &str) -> String {
    let target = target.replace('\\', "/");
    let mut segments: Vec<&str> = if let Some(absolute) = target.strip_prefix('/') {
        return collapse(absolute.split('/').collect());
    } else {
        source_part.split('/').collect()
    };
    segments.pop(); // the source part's own file name
    segments.extend(target.split('/'));
    collapse(segments)
}

fn collapse(segments: Vec<&str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for s in segments {
        match s {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    out.join("/")
}

/// The relationships part of a part: `word/_rels/document.xml.rels` for `word/document.xml`.
pub(crate) fn rels_part_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_relative_to_the_source_part() {
        assert_eq!(
            resolve_target("word/header1.xml", "media/image1.png"),
            "word/media/image1.png"
        );
        assert_eq!(
            resolve_target("word/document.xml", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(
            resolve_target("word/document.xml", "/word/media/a.png"),
            "word/media/a.png"
        );
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(rels_part_of("word/header2.xml"), "word/_rels/header2.xml.rels");
        assert_eq!(rels_part_of(""), "_rels/.rels");
    }

    #[test]
    fn a_forged_entry_count_is_refused_before_the_zip_table_is_built() {
        // An end-of-central-directory record that declares 65 535 entries and nothing else.
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\0\0\0\0\0\0\0\0\0\0");
        let err = Package::open(&bytes, Limits::DEFAULT).err().expect("refused");
        assert!(matches!(err, ReadError::Unsafe { .. }), "{err:?}");
        assert!(err.to_string().contains("65535 parts"), "{err}");
    }

    fn zip_of(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        for (name, bytes) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// Bytes that do not compress, so that only the size caps (not the ratio) can refuse them.
    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut x = seed | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn each_part_and_all_parts_together_are_capped() {
        let limits = Limits {
            max_part: 1000,
            max_total: 1500,
            ..Limits::DEFAULT
        };
        let bytes = zip_of(&[("a", noise(800, 1)), ("b", noise(800, 2)), ("big", noise(1001, 3))]);
        let mut package = Package::open(&bytes, limits).unwrap();
        let err = package.read("big").unwrap_err();
        assert!(
            err.to_string().contains("part big unpacks to more than 1000 bytes"),
            "{err}"
        );
        assert_eq!(
            package.read("A").unwrap().map(|b| b.len()),
            Some(800),
            "names are case-insensitive"
        );
        let err = package.read("b").unwrap_err();
        assert!(err.to_string().contains("more than 1500 bytes in all"), "{err}");
        assert_eq!(package.read("missing").unwrap(), None);
    }

    #[test]
    fn a_large_input_is_refused_before_it_is_opened() {
        let limits = Limits {
            max_input: 10,
            ..Limits::DEFAULT
        };
        let err = Package::open(&[b'P'; 11], limits).err().expect("refused");
        assert_eq!(err, ReadError::TooLarge { size: 11, limit: 10 });
    }

    #[test]
    fn not_a_zip_is_named() {
        assert!(what_it_is(b"%PDF-1.7").contains("PDF"));
        assert!(what_it_is(b"{\\rtf1").contains("Rich Text"));
        assert!(what_it_is(b"").contains("empty"));
        assert!(what_it_is(b"\x00\x01").contains("not a zip"));
    }
}
