//! The error [`crate::render`] returns.

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The page size and margins leave no usable page.
    #[error("the page setup cannot be printed: {0}. Change the margins in the document's page setup.")]
    PageSetup(String),
    /// An embedded font could not be read or subset: a defect of the build, not of the input.
    #[error(
        "a built-in font could not be used ({0}). This is a defect of this build of dfs-adopt, not of the document; please report it."
    )]
    Font(String),
    /// The PDF could not be assembled.
    #[error(
        "the PDF could not be written ({0}). This is a defect of dfs-adopt; please report it with the document that caused it."
    )]
    Write(String),
}
