//! The error [`crate::render`] and [`crate::render_with_reference`] return.

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("writing the DOCX archive failed: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("writing the DOCX archive failed: {0}")]
    Io(#[from] std::io::Error),
    /// docx-rs produced something the packaging step did not expect: a bug, not bad input.
    #[error("internal error while assembling the DOCX: {0}")]
    Internal(&'static str),
    /// A part of the reference document could not be taken over (its XML does not parse, or
    /// it is not what the part should be).
    #[error("the reference document's {part} cannot be used: {detail}")]
    Reference { part: String, detail: String },
}
