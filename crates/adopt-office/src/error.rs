//! Why a file from outside could not be read. Each message says what was wrong and what to do.

use thiserror::Error;

/// A DOCX or PDF that the reader refuses.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The file is larger than the reader accepts.
    #[error(
        "the file is {size} bytes, more than the {limit} bytes accepted: save a smaller copy (without large pictures)"
    )]
    TooLarge { size: u64, limit: u64 },

    /// An OLE compound file: an encrypted (password-protected) Office file or an old Word 97-2003 .doc.
    #[error(
        "the file is password-protected or an old Word 97-2003 .doc: open it in Word or LibreOffice, \
         remove the password and save it as a Word document (.docx)"
    )]
    PasswordProtectedOrLegacy,

    /// Not a zip package at all (a DOCX is a zip).
    #[error("the file is not a Word document (.docx): {detail}; save it from Word or LibreOffice as .docx")]
    NotDocx { detail: String },

    /// A zip that is not a Word document (no main document part).
    #[error(
        "the file is a zip package but not a Word document: it has no {part}{hint}; save it as a Word document (.docx)"
    )]
    MissingDocumentPart { part: String, hint: String },

    /// The zip package itself is damaged (truncated, bad entry, unsupported compression).
    #[error("the Word document is damaged ({detail}): open it in Word or LibreOffice and save it again")]
    DamagedPackage { detail: String },

    /// An entry of the zip is encrypted.
    #[error("part {part} of the Word document is encrypted: remove the password and save it again as .docx")]
    EncryptedPart { part: String },

    /// The package looks like a zip bomb or is unreasonably large once unpacked.
    #[error("the Word document is refused as unsafe to unpack: {detail}")]
    Unsafe { detail: String },

    /// A part is not well-formed XML.
    #[error(
        "part {part} of the Word document is not well-formed XML ({detail}): open it in Word or LibreOffice and save it again"
    )]
    MalformedXml { part: String, detail: String },

    /// A reference document without styles.
    #[error(
        "the reference document has no styles (word/styles.xml is missing): save a document with the house styles from Word or LibreOffice as .docx"
    )]
    NoStyles,

    /// Not a PDF file.
    #[error("the file is not a PDF: {detail}")]
    NotPdf { detail: String },

    /// A PDF that needs a password to open.
    #[error("the PDF is encrypted and needs a password to open: save or print it again without a password")]
    PdfEncrypted,

    /// A PDF the parser could not read.
    #[error("the PDF could not be read ({detail}): save or print it again as PDF")]
    PdfUnreadable { detail: String },

    /// The reader itself failed on this file (a bug or an input it cannot handle).
    #[error(
        "the file could not be read: the reader failed on {what}; save it again from Word, LibreOffice or a PDF viewer"
    )]
    ReaderFailed { what: String },
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
