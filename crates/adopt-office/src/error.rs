//! Why a file from outside could not be read. Each message says what was wrong and what to do.

use adopt_messages::{Localized, Message};
use thiserror::Error;

/// A DOCX or PDF that the reader refuses. `Display` is the English of its message.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{}", self.message().english())]
pub enum ReadError {
    /// The file is larger than the reader accepts.
    TooLarge { size: u64, limit: u64 },

    /// An OLE compound file: an encrypted (password-protected) Office file or an old Word 97-2003 .doc.
    #[error(
        "the file is password-protected or an old Word 97-2003 .doc: open it in Word or LibreOffice, \
         remove the password and save it as a Word document (.docx)"
    )]
    PasswordProtectedOrLegacy,

    /// Not a zip package at all (a DOCX is a zip).
    NotDocx { detail: String },

    /// A zip that is not a Word document (no main document part).
    MissingDocumentPart { part: String, hint: String },

    /// The zip package itself is damaged (truncated, bad entry, unsupported compression).
    DamagedPackage { detail: String },

    /// An entry of the zip is encrypted.
    EncryptedPart { part: String },

    /// The package looks like a zip bomb or is unreasonably large once unpacked.
    Unsafe { detail: String },

    /// A part is not well-formed XML.
    MalformedXml { part: String, detail: String },

    /// A reference document without styles.
    NoStyles,

    /// Not a PDF file.
    NotPdf { detail: String },

    /// A PDF that needs a password to open.
    PdfEncrypted,

    /// A PDF the parser could not read.
    PdfUnreadable { detail: String },

    /// The reader itself failed on this file (a bug or an input it cannot handle).
    ReaderFailed { what: String },
}

impl Localized for ReadError {
    fn message(&self) -> Message {
        let m = Message::new;
        match self {
            Self::TooLarge { size, limit } => m("office-too-large").with("size", *size).with("limit", *limit),
            Self::PasswordProtectedOrLegacy => m("office-password-or-legacy"),
            Self::NotDocx { detail } => m("office-not-docx").with("detail", detail),
            Self::MissingDocumentPart { part, hint } => m("office-missing-part").with("part", part).with("hint", hint),
            Self::DamagedPackage { detail } => m("office-damaged").with("detail", detail),
            Self::EncryptedPart { part } => m("office-encrypted-part").with("part", part),
            Self::Unsafe { detail } => m("office-unsafe").with("detail", detail),
            Self::MalformedXml { part, detail } => m("office-malformed-xml").with("part", part).with("detail", detail),
            Self::NoStyles => m("office-no-styles"),
            Self::NotPdf { detail } => m("office-not-pdf").with("detail", detail),
            Self::PdfEncrypted => m("office-pdf-encrypted"),
            Self::PdfUnreadable { detail } => m("office-pdf-unreadable").with("detail", detail),
            Self::ReaderFailed { what } => m("office-reader-failed").with("what", what),
        }
    }
}

/// Stack for a reader's thread: the XML and PDF parsers recurse once per nesting level, and
/// the caller's thread may have little stack left (2 MiB by default for spawned threads).
const READER_STACK: usize = 64 * 1024 * 1024;

/// Runs a reader on a thread of its own with a large stack, with a last belt: a panic in it
/// (ours or a parser's) becomes a refusal.
pub(crate) fn guarded<T: Send>(what: &str, read: impl FnOnce() -> Result<T, ReadError> + Send) -> Result<T, ReadError> {
    let failed = || ReadError::ReaderFailed { what: what.to_string() };
    std::thread::scope(|scope| {
        let reader = std::thread::Builder::new()
            .name("adopt-office reader".into())
            .stack_size(READER_STACK)
            .spawn_scoped(scope, || std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)));
        match reader {
            Ok(handle) => match handle.join() {
                Ok(Ok(result)) => result,
                Ok(Err(_)) | Err(_) => Err(failed()),
            },
            Err(_) => Err(failed()),
        }
    })
}
