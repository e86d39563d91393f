//! The workspace's reference document (the authorities' house style): a DOCX file kept in the
//! database, not as a path, so every machine exports the same draft. It is read through
//! `adopt-office` (the reader that never trusts a file from outside); its page, colours, fonts
//! and letterhead go into the document model, and the DOCX renderer also takes its styles.

use std::path::Path;

use adopt_document::{Document, HouseStyle, ImageFormat, LetterheadImage, PageSetup, PageSize};
use adopt_domain::ExportFormat;
use adopt_store::ReferenceDoc;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::export::render;
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
    /// Stores `doc` as the workspace's reference document (replacing any), with a history line,
    /// once it has been read: a file that cannot be used changes nothing.
    pub fn reference_doc_set(&mut self, key: &str, doc: &ReferenceDoc) -> Result<ReferenceDocInfo> {
        let reference = HouseReference::read(doc)?;
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        self.store
            .set_reference_doc(&workspace.id, Some((&doc.name, &doc.bytes)), at, &by)?;
        Ok(reference.info())
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

/// What the properties dialog and `workspace show` say of a reference document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReferenceDocInfo {
    pub file_name: String,
    /// The font of running text and of headings, as the reference names them.
    pub body_font: Option<String>,
    pub heading_font: Option<String>,
    /// Every font the reference's styles name.
    pub fonts: Vec<String>,
    /// Its page size and margins; `null` when it sets none (the template's are kept).
    pub page: Option<ReferencePage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReferencePage {
    pub width_mm: f32,
    pub height_mm: f32,
    pub margins: PageMargins,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PageMargins {
    pub top_mm: f32,
    pub right_mm: f32,
    pub bottom_mm: f32,
    pub left_mm: f32,
}

/// The smallest page a reference may set: narrower pages leave no room for the tables.
const MIN_PAGE_TWIPS: i64 = 4 * 1440;
/// A letterhead picture without a size in the header is drawn this wide.
const DEFAULT_LETTERHEAD_WIDTH_MM: f32 = 40.0;

/// A reference document read and checked: the DOCX renderer takes its styles and header and
/// footer parts; both renderers take its page, colours and letterhead through the model.
pub struct HouseReference {
    pub name: String,
    pub parsed: adopt_office::ReferenceDoc,
}

impl HouseReference {
    /// Reads `doc`; a file that is not a DOCX, is password-protected or has no styles is
    /// refused with what to do.
    pub fn read(doc: &ReferenceDoc) -> Result<HouseReference> {
        let parsed = adopt_office::ReferenceDoc::parse(&doc.bytes).map_err(|e| Error::ReferenceDocInvalid {
            name: doc.name.clone(),
            reason: e.to_string(),
        })?;
        if let Some(page) = &parsed.page
            && (page.width.is_some_and(|w| w < MIN_PAGE_TWIPS) || page.height.is_some_and(|h| h < MIN_PAGE_TWIPS))
        {
            return Err(Error::ReferenceDocInvalid {
                name: doc.name.clone(),
                reason: "its page is smaller than 4 inches (about 10 cm) on one side".into(),
            });
        }
        let reference = HouseReference {
            name: doc.name.clone(),
            parsed,
        };
        // A letterhead picture the PDF could not draw is refused now, not at the first export.
        adopt_pdf::check_letterhead(&reference.house_style()).map_err(|e| Error::ReferenceDocInvalid {
            name: doc.name.clone(),
            reason: e.to_string(),
        })?;
        Ok(reference)
    }

    pub fn info(&self) -> ReferenceDocInfo {
        let mut page = PageSetup::new(PageSize::A4);
        let reference_page = self.parsed.page.as_ref().map(|p| {
            apply_page(&mut page, p);
            page
        });
        let round = |v: f32| (v * 10.0).round() / 10.0;
        ReferenceDocInfo {
            file_name: self.name.clone(),
            body_font: self.parsed.fonts.body.clone(),
            heading_font: self.parsed.fonts.heading.clone(),
            fonts: self.parsed.fonts.all.clone(),
            page: reference_page.map(|p| {
                let (width, height) = p.size.size_mm();
                ReferencePage {
                    width_mm: round(width),
                    height_mm: round(height),
                    margins: PageMargins {
                        top_mm: round(p.margin_top),
                        right_mm: round(p.margin_right),
                        bottom_mm: round(p.margin_bottom),
                        left_mm: round(p.margin_left),
                    },
                }
            }),
        }
    }

    /// Gives `document` the reference's page, colours, fonts and letterhead.
    pub fn apply(&self, document: &mut Document) {
        if let Some(p) = &self.parsed.page {
            apply_page(&mut document.page, p);
        }
        document.house_style = Some(self.house_style());
    }

    /// What the model carries of the reference: colours, fonts, letterhead pictures.
    fn house_style(&self) -> HouseStyle {
        let colour = |hex: &Option<String>| -> Option<[u8; 3]> {
            let hex = hex.as_deref()?;
            if hex.len() != 6 {
                return None;
            }
            let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
            Some([byte(0)?, byte(2)?, byte(4)?])
        };
        let mut letterhead = Vec::new();
        for (parts, in_footer) in [(&self.parsed.headers, false), (&self.parsed.footers, true)] {
            // The pictures of the part every page shows (the default one).
            let Some(part) = parts.iter().find(|p| p.kind == "default") else {
                continue;
            };
            for media in &part.media {
                let format = match media.content_type.as_str() {
                    "image/png" => ImageFormat::Png,
                    "image/jpeg" => ImageFormat::Jpeg,
                    _ => continue,
                };
                let (width_mm, height_mm) = match media.extent_emu {
                    Some((cx, cy)) if cx > 0 && cy > 0 => (cx as f32 / 36_000.0, cy as f32 / 36_000.0),
                    _ => (DEFAULT_LETTERHEAD_WIDTH_MM, DEFAULT_LETTERHEAD_WIDTH_MM / 2.0),
                };
                letterhead.push(LetterheadImage {
                    bytes: media.bytes.clone(),
                    format,
                    width_mm,
                    height_mm,
                    in_footer,
                });
            }
        }
        HouseStyle {
            name: self.name.clone(),
            heading_colour: colour(&self.parsed.colours.heading),
            text_colour: colour(&self.parsed.colours.body),
            body_font: self.parsed.fonts.body.clone(),
            heading_font: self.parsed.fonts.heading.clone(),
            letterhead,
        }
    }
}

/// The reference's page size and margins, where it sets them, over `page`.
fn apply_page(page: &mut PageSetup, reference: &adopt_office::PageSetup) {
    let mm = |v: i64| (v.max(0) as f32) * 25.4 / 1440.0;
    if let (Some(width), Some(height)) = (reference.width, reference.height) {
        let twips = |v: i64| u32::try_from(v.max(0)).unwrap_or(u32::MAX);
        // Word's own A4 and Letter sizes keep their names in Word's page-setup dialog.
        page.size = match (twips(width), twips(height)) {
            (11900..=11910, 16834..=16842) => PageSize::A4,
            (12236..=12244, 15836..=15844) => PageSize::Letter,
            (width_twips, height_twips) => PageSize::Custom {
                width_twips,
                height_twips,
            },
        };
    }
    for (margin, value) in [
        (&mut page.margin_top, reference.margin_top),
        (&mut page.margin_bottom, reference.margin_bottom),
        (&mut page.margin_left, reference.margin_left),
        (&mut page.margin_right, reference.margin_right),
    ] {
        if let Some(value) = value {
            *margin = mm(value);
        }
    }
}

/// What a PDF export in the house style of `reference` should tell the user: each font the
/// reference names that the PDF does not embed, and what it draws instead.
pub fn house_style_notes(reference: &HouseReference) -> Vec<String> {
    adopt_pdf::substituted_fonts(&reference.house_style())
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// Renders `document` in the house style of `reference`, when there is one.
pub fn render_styled(document: &Document, format: ExportFormat, reference: Option<&HouseReference>) -> Result<Vec<u8>> {
    let Some(reference) = reference else {
        return render(document, format);
    };
    let mut styled = document.clone();
    reference.apply(&mut styled);
    match format {
        ExportFormat::Docx => {
            adopt_docx::render_with_reference(&styled, &reference.parsed).map_err(|e| Error::Render(e.to_string()))
        }
        ExportFormat::Pdf => render(&styled, format),
    }
}

impl Workbench {
    /// The house style an export of the workspace follows: `given` (a file named on the
    /// command line) or else the reference document stored in the workspace.
    pub fn house_reference(&self, key: &str, given: Option<&ReferenceDoc>) -> Result<Option<HouseReference>> {
        match given {
            Some(doc) => HouseReference::read(doc).map(Some),
            None => self.reference_doc(key)?.as_ref().map(HouseReference::read).transpose(),
        }
    }

    /// What the workspace's reference document sets, if it has one.
    pub fn reference_doc_show(&self, key: &str) -> Result<Option<ReferenceDocInfo>> {
        Ok(self.house_reference(key, None)?.map(|r| r.info()))
    }
}
