//! The error [`crate::render`] returns.

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
}
