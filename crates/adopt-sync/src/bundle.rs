//! The file one laptop sends another (`.dfs-sync`): a workspace's Automerge document and the
//! content-addressed files beside it, framed so that a damaged or foreign file is refused
//! before the engine reads a byte of it.
//!
//! Framing (integers little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 8 | magic `89 53 59 4E 43 0D 0A 1A` (`\x89SYNC\r\n\x1a`: a mail or text transfer that strips the high bit or rewrites line ends breaks it visibly) |
//! | 2 | format version (`FORMAT_VERSION`); a larger one is refused as newer before anything else is read |
//! | 8 | total length of the bundle, checksum included: a shorter file is truncated |
//! | 4 | length of the header |
//! | header | JSON: `{"project": "dfs-adopt", "workspace", "device", "document": length, "blobs": [{"sha256", "length"}]}` |
//! | document | the Automerge bytes, raw |
//! | blobs | each blob's bytes, in the header's order; each must hash to its SHA-256 |
//! | 32 | SHA-256 of everything before it |

use adopt_messages::{Localized, Message};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The framing this version writes and the newest it reads. 2: the document may hold records
/// beyond the decision and the bundle the circulated versions' files; a version-1 bundle reads
/// the same (it simply has neither).
pub const FORMAT_VERSION: u16 = 2;
/// The project marker: a bundle from another program with the same framing is refused.
pub const PROJECT: &str = "dfs-adopt";

const MAGIC: [u8; 8] = [0x89, b'S', b'Y', b'N', b'C', b'\r', b'\n', 0x1a];
/// Magic, version, total length, header length.
const PREFIX: usize = 8 + 2 + 8 + 4;
const CHECKSUM: usize = 32;

/// Why a bundle was refused; nothing was read from it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message().english())]
pub enum BundleError {
    NotABundle(String),
    Truncated { found: u64, expected: u64 },
    Corrupted(String),
    NewerFormat { found: u16, supported: u16 },
    OtherProject { project: String },
}

impl Localized for BundleError {
    fn message(&self) -> Message {
        let m = Message::new;
        match self {
            Self::NotABundle(reason) => m("bundle-not-a-bundle").with("reason", reason),
            Self::Truncated { found, expected } => {
                m("bundle-truncated").with("found", *found).with("expected", *expected)
            }
            Self::Corrupted(reason) => m("bundle-corrupted").with("reason", reason),
            Self::NewerFormat { found, supported } => m("bundle-newer-format")
                .with("found", *found)
                .with("supported", *supported),
            Self::OtherProject { project } => m("bundle-other-project").with("project", project),
        }
    }
}

/// A file that travels beside the document, known by the SHA-256 of its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blob {
    sha256: String,
    bytes: Vec<u8>,
}

impl Blob {
    pub fn new(bytes: Vec<u8>) -> Self {
        Self {
            sha256: sha256_hex(&bytes),
            bytes,
        }
    }

    /// The SHA-256 of the bytes, 64 lower-case hex digits.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// What one laptop sends another for one workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub format_version: u16,
    pub project: String,
    pub workspace: String,
    /// The sending device's name, so the receiver can say where the changes came from.
    pub device: String,
    /// The workspace's Automerge document (`ReplicatedWorkspace::save`).
    pub document: Vec<u8>,
    pub blobs: Vec<Blob>,
}

#[derive(Deserialize)]
struct Header {
    project: String,
    workspace: String,
    device: String,
    document: u64,
    blobs: Vec<BlobEntry>,
}

#[derive(Deserialize)]
struct BlobEntry {
    sha256: String,
    length: u64,
}

impl Bundle {
    /// A bundle of this format and project.
    pub fn new(workspace: &str, device: &str, document: Vec<u8>, blobs: Vec<Blob>) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            project: PROJECT.to_string(),
            workspace: workspace.to_string(),
            device: device.to_string(),
            document,
            blobs,
        }
    }

    /// The bundle as the bytes of a `.dfs-sync` file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let blobs: Vec<serde_json::Value> = self
            .blobs
            .iter()
            .map(|b| serde_json::json!({"sha256": b.sha256, "length": b.bytes.len()}))
            .collect();
        let header = serde_json::json!({
            "project": self.project,
            "workspace": self.workspace,
            "device": self.device,
            "document": self.document.len(),
            "blobs": blobs,
        })
        .to_string();
        let body: usize = self.document.len() + self.blobs.iter().map(|b| b.bytes.len()).sum::<usize>();
        let total = PREFIX + header.len() + body + CHECKSUM;
        let mut out = Vec::with_capacity(total);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&self.format_version.to_le_bytes());
        out.extend_from_slice(&(total as u64).to_le_bytes());
        out.extend_from_slice(&(header.len() as u32).to_le_bytes());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&self.document);
        for blob in &self.blobs {
            out.extend_from_slice(&blob.bytes);
        }
        let checksum = Sha256::digest(&out);
        out.extend_from_slice(&checksum);
        out
    }

    /// Reads a `.dfs-sync` file, refusing anything that is not a whole, intact bundle of a
    /// format this version knows, from dfs-adopt. Never panics, whatever the bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        let found = bytes.len() as u64;
        if bytes.is_empty() {
            return Err(BundleError::NotABundle("the file is empty".to_string()));
        }
        let magic_len = bytes.len().min(MAGIC.len());
        if bytes[..magic_len] != MAGIC[..magic_len] {
            return Err(BundleError::NotABundle(
                "it does not start as a bundle does".to_string(),
            ));
        }
        if bytes.len() < PREFIX {
            return Err(BundleError::Truncated {
                found,
                expected: PREFIX as u64,
            });
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version == 0 {
            return Err(BundleError::Corrupted("format version 0".to_string()));
        }
        if version > FORMAT_VERSION {
            return Err(BundleError::NewerFormat {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let total = u64::from_le_bytes(array(&bytes[10..18]));
        if found < total {
            return Err(BundleError::Truncated { found, expected: total });
        }
        if found > total {
            return Err(BundleError::Corrupted(format!("{} bytes after its end", found - total)));
        }
        if bytes.len() < PREFIX + CHECKSUM {
            return Err(BundleError::Corrupted("too short for a checksum".to_string()));
        }
        let (content, checksum) = bytes.split_at(bytes.len() - CHECKSUM);
        if Sha256::digest(content).as_slice() != checksum {
            return Err(BundleError::Corrupted(
                "its checksum does not match its contents".to_string(),
            ));
        }
        let header_len = u32::from_le_bytes(array(&bytes[18..22])) as usize;
        let rest = &content[PREFIX..];
        if header_len > rest.len() {
            return Err(BundleError::Corrupted("its header runs past its end".to_string()));
        }
        let (header, mut body) = rest.split_at(header_len);
        let header: Header = serde_json::from_slice(header)
            .map_err(|e| BundleError::Corrupted(format!("its header cannot be read: {e}")))?;
        if header.project != PROJECT {
            return Err(BundleError::OtherProject {
                project: header.project,
            });
        }
        let mut take = |length: u64, what: &str| -> Result<Vec<u8>, BundleError> {
            let length = usize::try_from(length)
                .ok()
                .filter(|l| *l <= body.len())
                .ok_or_else(|| BundleError::Corrupted(format!("its {what} runs past its end")))?;
            let (taken, left) = body.split_at(length);
            body = left;
            Ok(taken.to_vec())
        };
        let document = take(header.document, "document")?;
        let mut blobs = Vec::with_capacity(header.blobs.len().min(1024));
        for entry in &header.blobs {
            let blob = Blob::new(take(entry.length, "file")?);
            if blob.sha256 != entry.sha256 {
                return Err(BundleError::Corrupted(format!(
                    "file {} does not match its hash",
                    entry.sha256
                )));
            }
            blobs.push(blob);
        }
        if !body.is_empty() {
            return Err(BundleError::Corrupted(format!(
                "{} bytes the header does not account for",
                body.len()
            )));
        }
        Ok(Self {
            format_version: version,
            project: header.project,
            workspace: header.workspace,
            device: header.device,
            document,
            blobs,
        })
    }
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    out.copy_from_slice(&bytes[..N]);
    out
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bundle {
        Bundle::new(
            "ws1",
            "Regulator laptop",
            b"automerge bytes".to_vec(),
            vec![Blob::new(b"%PDF-1.7 draft".to_vec()), Blob::new(Vec::new())],
        )
    }

    /// Re-seals `bytes` with a correct checksum after a deliberate change.
    fn reseal(mut bytes: Vec<u8>) -> Vec<u8> {
        let end = bytes.len() - CHECKSUM;
        let checksum = Sha256::digest(&bytes[..end]);
        bytes[end..].copy_from_slice(&checksum);
        bytes
    }

    #[test]
    fn a_bundle_reads_back_as_written() {
        let bundle = sample();
        let read = Bundle::from_bytes(&bundle.to_bytes()).unwrap();
        assert_eq!(read, bundle);
        assert_eq!(read.blobs[0].sha256().len(), 64);
        assert_eq!(
            read.blobs[1].sha256(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "an empty file has the well-known SHA-256 of nothing"
        );
    }

    #[test]
    fn a_flipped_byte_is_corruption() {
        let bytes = sample().to_bytes();
        for at in [PREFIX + 3, bytes.len() - 40, bytes.len() - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x01;
            assert!(
                matches!(Bundle::from_bytes(&damaged), Err(BundleError::Corrupted(_))),
                "byte {at}"
            );
        }
    }

    #[test]
    fn a_cut_file_is_truncated_and_an_extended_one_corrupted() {
        let bytes = sample().to_bytes();
        let cut = &bytes[..bytes.len() - 10];
        assert_eq!(
            Bundle::from_bytes(cut),
            Err(BundleError::Truncated {
                found: cut.len() as u64,
                expected: bytes.len() as u64
            })
        );
        let mut longer = bytes.clone();
        longer.extend_from_slice(b"\r\n");
        assert!(matches!(Bundle::from_bytes(&longer), Err(BundleError::Corrupted(_))));
    }

    #[test]
    fn a_newer_format_is_refused_as_newer() {
        let mut bytes = sample().to_bytes();
        bytes[8] = 3;
        let error = Bundle::from_bytes(&bytes).unwrap_err();
        assert_eq!(error, BundleError::NewerFormat { found: 3, supported: 2 });
        assert!(error.to_string().contains("update dfs-adopt"));
    }

    #[test]
    fn another_projects_bundle_is_refused_by_its_marker() {
        let mut bundle = sample();
        bundle.project = "other-tool".to_string();
        let error = Bundle::from_bytes(&bundle.to_bytes()).unwrap_err();
        assert_eq!(
            error,
            BundleError::OtherProject {
                project: "other-tool".to_string()
            }
        );
    }

    #[test]
    fn other_files_are_not_bundles() {
        for bytes in [
            &b""[..],
            b"PK\x03\x04 a zip",
            b"%PDF-1.7",
            b"{\"project\": \"dfs-adopt\"}",
        ] {
            assert!(matches!(Bundle::from_bytes(bytes), Err(BundleError::NotABundle(_))));
        }
    }

    #[test]
    fn a_blob_that_does_not_match_its_hash_is_corruption() {
        let bundle = sample();
        let mut bytes = bundle.to_bytes();
        // The first blob's bytes sit after the document; change one and re-seal the checksum.
        let text = b"%PDF-1.7 draft";
        let at = bytes.windows(text.len()).position(|w| w == text).unwrap();
        bytes[at] = b'#';
        let error = Bundle::from_bytes(&reseal(bytes)).unwrap_err();
        assert!(
            matches!(&error, BundleError::Corrupted(m) if m.contains("does not match its hash")),
            "{error}"
        );
    }

    #[test]
    fn a_header_that_lies_about_lengths_is_corruption() {
        let mut bytes = sample().to_bytes();
        let header = br#""document":15"#;
        let at = bytes.windows(header.len()).position(|w| w == header).unwrap();
        bytes[at + header.len() - 2..at + header.len()].copy_from_slice(b"99");
        assert!(matches!(
            Bundle::from_bytes(&reseal(bytes)),
            Err(BundleError::Corrupted(_))
        ));
    }
}
