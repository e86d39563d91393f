//! A Word package: the zip package with its main document part found through the package
//! relationships, and parts read as text.

use crate::error::ReadError;
use crate::package::{Limits, Package, rels_part_of, resolve_target};
use crate::xml::{Relationship, part_text, relationships};

/// The main document part's usual name (what Word and LibreOffice write).
pub(crate) const DEFAULT_MAIN_PART: &str = "word/document.xml";

/// An opened Word package and the name of its main document part.
pub(crate) struct WordPackage<'a> {
    pub package: Package<'a>,
    pub main_part: String,
    /// The package-level relationships (`_rels/.rels`).
    pub package_rels: Vec<Relationship>,
}

impl<'a> WordPackage<'a> {
    /// Opens the package and finds its main document part, refusing one that has none.
    pub fn open(bytes: &'a [u8], limits: Limits) -> Result<Self, ReadError> {
        let mut package = Package::open(bytes, limits)?;
        // Another kind of office file is refused by name, even though its package relationships
        // lead to a main part (an Excel workbook's `xl/workbook.xml`).
        let hint = if let Some(kind) = package.opendocument_kind() {
            format!(" (it is an OpenDocument file, {kind})")
        } else if package.contains("xl/workbook.xml") {
            " (it is an Excel workbook)".to_string()
        } else if package.contains("ppt/presentation.xml") {
            " (it is a PowerPoint presentation)".to_string()
        } else {
            String::new()
        };
        let missing = |hint: String| ReadError::MissingDocumentPart {
            part: DEFAULT_MAIN_PART.to_string(),
            hint,
        };
        if !hint.is_empty() {
            return Err(missing(hint));
        }
        let package_rels = read_rels(&mut package, "")?;
        let by_rels = package_rels
            .iter()
            .find(|r| r.is_type("officeDocument") && !r.external)
            .map(|r| resolve_target("", &r.target))
            .filter(|part| package.contains(part));
        let main_part = match by_rels {
            Some(part) => part,
            None if package.contains(DEFAULT_MAIN_PART) => DEFAULT_MAIN_PART.to_string(),
            None => return Err(missing(hint)),
        };
        Ok(WordPackage {
            package,
            main_part,
            package_rels,
        })
    }

    /// A part as text, `None` if the package has no such part.
    pub fn text(&mut self, part: &str) -> Result<Option<String>, ReadError> {
        match self.package.read(part)? {
            Some(bytes) => part_text(part, bytes).map(Some),
            None => Ok(None),
        }
    }

    /// The relationships of a part (empty when it has no `.rels` part).
    pub fn rels_of(&mut self, part: &str) -> Result<Vec<Relationship>, ReadError> {
        read_rels(&mut self.package, part)
    }

    /// The part that the first internal relationship of this type from `source` points to.
    pub fn related_part(&self, source: &str, rels: &[Relationship], rel_type: &str) -> Option<String> {
        rels.iter()
            .find(|r| r.is_type(rel_type) && !r.external)
            .map(|r| resolve_target(source, &r.target))
            .filter(|part| self.package.contains(part))
    }
}

fn read_rels(package: &mut Package, part: &str) -> Result<Vec<Relationship>, ReadError> {
    let rels_part = rels_part_of(part);
    match package.read(&rels_part)? {
        Some(bytes) => relationships(&rels_part, &part_text(&rels_part, bytes)?),
        None => Ok(Vec::new()),
    }
}
