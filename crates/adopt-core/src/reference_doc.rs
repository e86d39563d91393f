//! The workspace's reference document (the authorities' house style): a DOCX file kept in the
//! database, not as a path, so every machine exports the same draft. Reading its styles and
//! applying them to the draft is the renderer's business; this module stores the file.

use std::path::Path;

use adopt_store::ReferenceDoc;

use crate::error::{Error, Result};
use crate::workbench::Workbench;

/// The largest reference document accepted: a Word template with a letterhead is far smaller.
pub const MAX_REFERENCE_DOC_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a reference document from disk: its file name and bytes, at most
/// [`MAX_REFERENCE_DOC_BYTES`].
pub fn read_reference_doc(path: &Path) -> Result<ReferenceDoc> {
    let read_error = |source| Error::ReferenceDocRead {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_REFERENCE_DOC_BYTES {
        return Err(Error::ReferenceDocTooLarge {
            path: path.to_path_buf(),
            megabytes: size.div_ceil(1024 * 1024),
            max_megabytes: MAX_REFERENCE_DOC_BYTES / (1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    Ok(ReferenceDoc { name, bytes })
}

impl Workbench {
    /// Stores `doc` as the workspace's reference document (replacing any), with a history line.
    pub fn reference_doc_set(&mut self, key: &str, doc: &ReferenceDoc) -> Result<()> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        self.store
            .set_reference_doc(&workspace.id, Some((&doc.name, &doc.bytes)), at, &by)?;
        Ok(())
    }

    /// Removes the workspace's reference document; returns whether there was one.
    pub fn reference_doc_clear(&mut self, key: &str) -> Result<bool> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.set_reference_doc(&workspace.id, None, at, &by)?)
    }

    /// The workspace's reference document, if it has one.
    pub fn reference_doc(&self, key: &str) -> Result<Option<ReferenceDoc>> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self.store.reference_doc(&workspace.id)?)
    }
}
