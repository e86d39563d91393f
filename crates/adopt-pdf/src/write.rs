//! Turns laid-out pages into PDF bytes: each page resolved (`resolve`) and turned into
//! printpdf's operations (`ops`), the fonts subset and embedded, the letterhead's pictures
//! embedded once for all pages (`letterhead`), then what printpdf 0.12 does not write
//! (`metadata`: nested outline, complete metadata, /Lang, the PDF/A output intent, a
//! content-derived file identifier; `structure`: the tagged PDF's structure tree).

use std::collections::{BTreeMap, BTreeSet};

use adopt_document::Document;
use printpdf::{ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions};

use crate::error::PdfError;
use crate::fonts::{self, Face};
use crate::hash::Fnv;
use crate::letterhead::{self, Embedded, image_id};
use crate::metadata;
use crate::ops::{PageOps, font_id, ops};
use crate::page::{Laid, MM};
use crate::resolve::{self, Resolved};
use crate::structure::{self, PageTags};
use crate::style::Palette;

pub(crate) fn write(doc: &Document, laid: &Laid) -> Result<Vec<u8>, PdfError> {
    let total = laid.pages.len();
    let g = laid.geometry;

    let embedded = match &doc.house_style {
        Some(style) => letterhead::embed(style)?,
        None => Embedded::default(),
    };
    let letterhead = resolve::letterhead(doc, &g, &embedded);
    // Resolve each page into pictures, graphics, text and links.
    let pages: Vec<Resolved> = (0..total).map(|i| resolve::page(doc, laid, i, &letterhead)).collect();

    // Fonts: each face cut down to the characters this document draws with it.
    let mut used: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
    for page in &pages {
        for t in &page.texts {
            used.entry(t.face).or_default().extend(t.text.chars());
        }
    }
    let mut pdf = PdfDocument::new("");
    // Each picture once, in the resources every page shares.
    for (i, xobject) in embedded.xobjects.into_iter().enumerate() {
        pdf.resources.xobjects.map.insert(image_id(i), xobject);
    }
    for (face, chars) in &used {
        let subset = fonts::subset(*face, chars)?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings).ok_or_else(|| {
            PdfError::Font(format!(
                "{}: printpdf cannot read the subset font",
                face.postscript_name()
            ))
        })?;
        parsed.codepoint_to_glyph = subset.cmap;
        parsed.font_name = Some(format!(
            "{}+{}",
            subset_tag(face.postscript_name(), chars),
            face.postscript_name()
        ));
        pdf.resources.fonts.map.insert(font_id(*face), PdfFont::new(parsed));
    }

    let palette = Palette::of(doc);
    let mut tags = Vec::with_capacity(total);
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let PageOps { ops, mcids } = ops(g.h, page, &palette, &laid.structure);
            tags.push(PageTags {
                mcids,
                links: page.links.iter().map(|l| (l.element, l.target.clone())).collect(),
            });
            PdfPage::new(printpdf::Mm(g.w / MM), printpdf::Mm(g.h / MM), ops)
        })
        .collect();
    pdf.with_pages(pdf_pages);

    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(
        &PdfSaveOptions {
            optimize: false,
            subset_fonts: false,
            secure: true,
            image_optimization: None,
        },
        &mut warnings,
    );
    metadata::finish(&mut lo, doc, &laid.marks, g.h)?;
    structure::finish(&mut lo, &laid.structure, &tags)?;
    lo.compress();
    let mut out = Vec::new();
    // Object streams: the structure tree is thousands of small dictionaries, which would
    // otherwise double the file.
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(6)
        .build();
    lo.save_with_options(&mut out, options)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    metadata::stamp_id(&mut out)?;
    Ok(out)
}

/// The six-letter tag that marks a subset font's name, derived from its content.
fn subset_tag(name: &str, chars: &BTreeSet<char>) -> String {
    let mut h = Fnv::new(0);
    h.write(name.as_bytes());
    for c in chars {
        h.write(&(*c as u32).to_le_bytes());
    }
    let mut v = h.finish();
    (0..6)
        .map(|_| {
            let c = (b'A' + (v % 26) as u8) as char;
            v /= 26;
            c
        })
        .collect()
}
