//! The error [`crate::render`] returns.

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The page size and margins leave no usable page.
    #[error("the page setup cannot be printed: {0}. Change the page size or margins in the document's page setup.")]
    PageSetup(String),
    /// An embedded font could not be read or subset: a defect of the build, not of the input.
    #[error(
        "a built-in font could not be used ({0}). This is a defect of this build of dfs-adopt, not of the document; please report it."
    )]
    Font(String),
    /// A picture of the reference document's letterhead cannot be drawn.
    #[error(
        "picture {picture} of the letterhead in the reference document \"{reference}\" cannot be used: {why}. Save the reference document again with its header and footer pictures as PNG or JPEG, or choose another reference document."
    )]
    Letterhead {
        /// The reference document's name.
        reference: String,
        /// 1-based, in the order of the house style's letterhead.
        picture: usize,
        why: String,
    },
    /// The PDF could not be assembled.
    #[error(
        "the PDF could not be written ({0}). This is a defect of dfs-adopt; please report it with the document that caused it."
    )]
    Write(String),
}
