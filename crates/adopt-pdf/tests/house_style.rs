//! The authorities' house style in the PDF (issue "House style"): a page size and margins of
//! their own, their colours for headings and running text, their letterhead pictures on every
//! page; checked as a reader meets them: pdfinfo (page size), pdfimages (the pictures, each
//! embedded once), pdftotext's word boxes (nothing outside the margins) and pdftoppm's pixels
//! (where the pictures and the colours are).
//!
//! The tools come from the Debian packages qpdf and poppler-utils. The footer picture is a
//! JPEG made once with ImageMagick (`tests/fixtures/footer-logo.jpg`: `convert -size 80x40
//! xc:'#008080' -size 80x40 xc:'#C000C0' +append -strip -quality 90 -sampling-factor 1x1`);
//! the PNG pictures are made here with the `png` crate.

use std::path::Path;

use adopt_document::specimen::specimen;
use adopt_document::{
    Block, Cover, Document, Heading, HouseStyle, ImageFormat, LetterheadImage, PageSetup, PageSize, Paragraph,
    ParagraphStyle, Revision, RevisionKind, Span,
};
use adopt_pdf::{PdfError, check_letterhead, render, substituted_fonts};

mod common;

use common::{Rendered, Rgb, ok};

// The colours of the house style and of the pictures, and how to recognise their pixels
// (anti-aliased text mixes them with white).
const HEADING_GREEN: [u8; 3] = [0x00, 0x70, 0x3C];
const TEXT_BROWN: [u8; 3] = [0x6E, 0x32, 0x00];

fn green((r, g, b): Rgb) -> bool {
    g > r + 50 && g > b + 30
}
fn brown((r, g, b): Rgb) -> bool {
    r > g + 20 && g > b + 15 && r < 230
}
fn blue((r, g, b): Rgb) -> bool {
    b > 120 && b > r + 60 && b > g + 30
}
fn red((r, g, b): Rgb) -> bool {
    r > 120 && r > g + 60 && r > b + 60 && (g - b).abs() < 25
}
fn black((r, g, b): Rgb) -> bool {
    r < 100 && (r - g).abs() < 12 && (g - b).abs() < 12
}
/// The header banner (PNG): orange.
fn orange((r, g, b): Rgb) -> bool {
    r > 190 && (80..170).contains(&g) && b < 70
}
/// The footer logo (JPEG): teal and magenta halves.
fn logo((r, g, b): Rgb) -> bool {
    (r < 70 && g > 90 && b > 90 && (g - b).abs() < 30) || (r > 150 && g < 70 && b > 150)
}

/// An RGBA PNG of `w`×`h` pixels: orange, its bottom quarter transparent (so it needs a
/// soft mask).
fn banner_png(w: u32, h: u32) -> Vec<u8> {
    let mut pixels = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        let alpha = if y >= h * 3 / 4 { 0 } else { 255 };
        for _ in 0..w {
            pixels.extend([0xE0, 0x78, 0x10, alpha]);
        }
    }
    encode_png(w, h, png::ColorType::Rgba, png::BitDepth::Eight, &pixels, None)
}

fn encode_png(
    w: u32,
    h: u32,
    color: png::ColorType,
    depth: png::BitDepth,
    data: &[u8],
    palette: Option<(&[u8], &[u8])>,
) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(color);
        enc.set_depth(depth);
        if let Some((plte, trns)) = palette {
            enc.set_palette(plte.to_vec());
            enc.set_trns(trns.to_vec());
        }
        let mut writer = enc.write_header().expect("a PNG header");
        writer.write_image_data(data).expect("PNG data");
    }
    out
}

fn footer_jpeg() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/footer-logo.jpg"))
        .expect("the JPEG fixture")
}

fn picture(bytes: Vec<u8>, format: ImageFormat, (w, h): (f32, f32), in_footer: bool) -> LetterheadImage {
    LetterheadImage {
        bytes,
        format,
        width_mm: w,
        height_mm: h,
        in_footer,
    }
}

/// The banner is taller (24 mm) than the band above the running header leaves (about 22 mm
/// with a 45 mm top margin): it must shrink.
fn banner() -> LetterheadImage {
    picture(banner_png(240, 48), ImageFormat::Png, (120.0, 24.0), false)
}

fn footer_logo() -> LetterheadImage {
    picture(footer_jpeg(), ImageFormat::Jpeg, (40.0, 10.0), true)
}

fn house(letterhead: Vec<LetterheadImage>) -> HouseStyle {
    HouseStyle {
        name: "LCA-CBL house style.docx".into(),
        heading_colour: Some(HEADING_GREEN),
        text_colour: Some(TEXT_BROWN),
        body_font: Some("Times New Roman".into()),
        heading_font: Some("Calibri".into()),
        letterhead,
    }
}

/// 200 × 260 mm in twips (rounded to the nearest twip, as Word stores it).
const ODD_SIZE: PageSize = PageSize::Custom {
    width_twips: 11339,
    height_twips: 14740,
};
const TOP: f32 = 45.0;
const BOTTOM: f32 = 35.0;
const SIDE: f32 = 30.0;
const MM: f32 = 72.0 / 25.4;

fn odd_page() -> PageSetup {
    PageSetup {
        size: ODD_SIZE,
        margin_top: TOP,
        margin_bottom: BOTTOM,
        margin_left: SIDE,
        margin_right: SIDE,
    }
}

/// The specimen in the house style: odd page, wide margins, colours, a PNG banner at the top
/// and a JPEG logo at the foot of every page.
fn styled(rows: usize) -> Document {
    let mut d = specimen(rows);
    d.page = odd_page();
    d.header = "Joint directive house style".into();
    d.footer = "DRAFT".into();
    d.version_line = "Version 0.2 · 3f9a 1c2b 7d4e".into();
    d.page_label = "Page {page} of {pages}".into();
    d.house_style = Some(house(vec![banner(), footer_logo()]));
    d
}

fn styled_rendered() -> &'static Rendered {
    static R: std::sync::OnceLock<Rendered> = std::sync::OnceLock::new();
    R.get_or_init(|| Rendered::new("house-", "styled", &styled(12)))
}

// ---------------------------------------------------------------------------------------------
// Page size and margins

#[test]
fn an_odd_page_size_is_the_size_of_every_page() {
    let mut d = specimen(12);
    d.page = odd_page();
    for (name, doc) in [("odd-plain", d), ("odd-styled", styled(12))] {
        let r = Rendered::new("house-", name, &doc);
        let n = r.pages();
        assert!(n >= 3, "{n} pages");
        let info = ok("pdfinfo", &["-f", "1", "-l", &n.to_string(), r.p()]);
        let sizes: Vec<&str> = info
            .lines()
            .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
            .collect();
        assert_eq!(sizes.len(), n, "{info}");
        for line in sizes {
            // "Page    1 size: 566.929 x 737 pts"
            let nums: Vec<f32> = line.split_whitespace().filter_map(|w| w.parse().ok()).skip(1).collect();
            assert!(
                (nums[0] - 11339.0 / 20.0).abs() < 0.1 && (nums[1] - 14740.0 / 20.0).abs() < 0.1,
                "{name}: {line}"
            );
        }
    }
}

#[test]
fn nothing_is_written_outside_wide_margins() {
    let r = styled_rendered();
    let (w, h) = (11339.0 / 20.0, 14740.0 / 20.0);
    let (left, right, top, bottom) = (SIDE * MM, w - SIDE * MM, TOP * MM, h - BOTTOM * MM);
    let furniture = [
        "Joint",
        "directive",
        "house",
        "style",
        "DRAFT",
        "Page",
        "of",
        "Version",
        "0.2",
        "·",
    ];
    for page in 1..=r.pages() {
        let words = r.words(page);
        assert!(!words.is_empty());
        for (word, b) in words {
            assert!(
                b[0] >= left - 0.5 && b[2] <= right + 0.5,
                "page {page}: {word:?} at {b:?} crosses a side margin ({left}..{right})"
            );
            let in_body = b[1] >= top - 0.5 && b[3] <= bottom + 0.5;
            let in_margin = b[3] <= top + 0.5 || b[1] >= bottom - 0.5;
            assert!(
                in_body || in_margin,
                "page {page}: {word:?} at {b:?} straddles the top or bottom margin"
            );
            if !in_body {
                assert!(
                    furniture.contains(&word.as_str()) || word.chars().all(|c| c.is_ascii_alphanumeric()),
                    "page {page}: only the running header and footer sit in the margins, not {word:?} at {b:?}"
                );
            }
        }
    }
}

#[test]
fn a_page_larger_than_pdf_allows_is_refused() {
    let mut d = specimen(1);
    d.page.size = PageSize::Custom {
        width_twips: 11339,
        height_twips: 300_000,
    };
    let err = render(&d).unwrap_err();
    assert!(matches!(err, PdfError::PageSetup(_)), "{err:?}");
    assert!(err.to_string().contains("5080 mm"), "{err}");
    d.page.size = PageSize::Custom {
        width_twips: 0,
        height_twips: 0,
    };
    assert!(matches!(render(&d), Err(PdfError::PageSetup(_))));
}

// ---------------------------------------------------------------------------------------------
// Letterhead

#[test]
fn each_picture_is_embedded_once_and_shown_on_every_page() {
    let r = styled_rendered();
    let n = r.pages();
    let rows = r.images();
    let images: Vec<_> = rows.iter().filter(|row| row.1 == "image").collect();
    assert_eq!(
        images.len(),
        2 * n,
        "a banner and a logo on each of {n} pages:\n{rows:?}"
    );
    for page in 1..=n {
        let on_page: Vec<_> = images.iter().filter(|row| row.0 == page).collect();
        assert!(
            on_page
                .iter()
                .any(|row| (row.2, row.3, row.4.as_str()) == (240, 48, "image")),
            "page {page}: the PNG banner, as pixels: {on_page:?}"
        );
        assert!(
            on_page
                .iter()
                .any(|row| (row.2, row.3, row.4.as_str()) == (160, 40, "jpeg")),
            "page {page}: the JPEG logo, as it was: {on_page:?}"
        );
    }
    let objects: std::collections::BTreeSet<u32> = images.iter().map(|row| row.5).collect();
    assert_eq!(objects.len(), 2, "each picture is one object, shared by all pages");
    assert!(
        rows.iter().any(|row| row.1 == "smask"),
        "the banner's transparency is kept as a soft mask:\n{rows:?}"
    );
    // The JPEG is the fixture's bytes, not a re-encoding.
    let jpeg = footer_jpeg();
    assert!(
        r.bytes.windows(jpeg.len()).any(|w| w == jpeg.as_slice()),
        "the JPEG passes through unchanged"
    );
}

#[test]
fn the_letterhead_sits_in_the_margins_clear_of_the_header_text_and_footer() {
    let r = styled_rendered();
    let n = r.pages();
    let h = 14740.0 / 20.0;
    let (left, right) = (SIDE * MM, 11339.0 / 20.0 - SIDE * MM);
    let body_top = TOP * MM;
    let body_bottom = h - BOTTOM * MM;
    for page in [1, 2, n] {
        let pic = r.picture(page);
        let (banner, _) = pic.extent(orange).unwrap_or_else(|| panic!("page {page}: no banner"));
        let (logo_box, _) = pic.extent(logo).unwrap_or_else(|| panic!("page {page}: no logo"));
        let slack = 1.5; // a pixel at 60 dpi
        // The banner: within the side margins, off the paper's edge, above the body.
        assert!(banner[0] >= left - slack && banner[2] <= right + slack, "{banner:?}");
        assert!(
            banner[1] >= 3.0 * MM - slack,
            "page {page}: banner at the paper's edge: {banner:?}"
        );
        assert!(
            banner[3] <= body_top,
            "page {page}: banner reaches the body: {banner:?}"
        );
        // Shrunk: 24 mm does not fit, and it keeps its proportions (5:1, bottom quarter
        // transparent, so the orange is 5:0.75).
        let (bw, bh) = (banner[2] - banner[0], (banner[3] - banner[1]) / 0.75);
        assert!(
            bh < 24.0 * MM - 2.0,
            "page {page}: the banner was not shrunk: {bh} pt tall"
        );
        assert!((bw / bh - 5.0).abs() < 0.3, "page {page}: proportions {bw}×{bh}");
        // Wide (over half the text width): centred.
        let centre = (banner[0] + banner[2]) / 2.0;
        assert!(
            (centre - (left + right) / 2.0).abs() < 3.0,
            "page {page}: banner not centred"
        );
        // The logo: under the body, above the footer's words.
        assert!(
            logo_box[1] >= body_bottom,
            "page {page}: logo reaches the body: {logo_box:?}"
        );
        let footer = r.lowest(page, "DRAFT");
        assert!(
            logo_box[3] <= footer[1] + slack,
            "page {page}: logo {logo_box:?} over the footer {footer:?}"
        );
        let version = r.lowest(page, "Version");
        assert!(
            version[3] <= h - 2.5 * MM,
            "page {page}: the version line falls off the paper"
        );
        // 40 × 10 mm, kept, at the left margin (a small logo).
        assert!(((logo_box[2] - logo_box[0]) - 40.0 * MM).abs() < 3.0, "{logo_box:?}");
        assert!((logo_box[0] - left).abs() < 2.0, "{logo_box:?}");
        if page > 1 {
            // The running header, not on the cover, sits between banner and body.
            let header = r.word_box(page, "Joint");
            assert!(
                banner[3] <= header[1],
                "page {page}: banner {banner:?} over the header {header:?}"
            );
        }
    }
}

#[test]
fn pictures_too_large_for_the_margins_are_shrunk_into_them() {
    let mut d = styled(2);
    d.house_style = Some(house(vec![
        picture(banner_png(300, 100), ImageFormat::Png, (300.0, 100.0), false),
        picture(footer_jpeg(), ImageFormat::Jpeg, (400.0, 100.0), true),
    ]));
    let r = Rendered::new("house-", "oversized", &d);
    let h = 14740.0 / 20.0;
    let (left, right) = (SIDE * MM, 11339.0 / 20.0 - SIDE * MM);
    for page in 1..=r.pages() {
        let pic = r.picture(page);
        let (banner, _) = pic.extent(orange).expect("a banner");
        let (logo_box, _) = pic.extent(logo).expect("a logo");
        for b in [banner, logo_box] {
            assert!(b[0] >= left - 1.5 && b[2] <= right + 1.5, "page {page}: {b:?}");
        }
        assert!(banner[3] <= TOP * MM);
        assert!(logo_box[1] >= h - BOTTOM * MM && logo_box[3] <= r.lowest(page, "DRAFT")[1] + 1.5);
    }
    ok("qpdf", &["--check", r.p()]);
}

#[test]
fn every_kind_of_png_is_drawn() {
    let (w, h) = (8, 4);
    let gray: Vec<u8> = (0..w * h).map(|i| (i * 8) as u8).collect();
    let gray_alpha: Vec<u8> = (0..w * h).flat_map(|i| [(i * 8) as u8, 128]).collect();
    let rgb16: Vec<u8> = (0..w * h).flat_map(|i| [0xE0, i as u8, 0x78, 0, 0x10, 0]).collect();
    let indexed: Vec<u8> = (0..w * h).map(|i| (i % 2) as u8).collect();
    let plte = [0xE0, 0x78, 0x10, 0x00, 0x80, 0x80];
    let pngs = [
        encode_png(w, h, png::ColorType::Grayscale, png::BitDepth::Eight, &gray, None),
        encode_png(
            w,
            h,
            png::ColorType::GrayscaleAlpha,
            png::BitDepth::Eight,
            &gray_alpha,
            None,
        ),
        encode_png(w, h, png::ColorType::Rgb, png::BitDepth::Sixteen, &rgb16, None),
        encode_png(
            w,
            h,
            png::ColorType::Indexed,
            png::BitDepth::Eight,
            &indexed,
            Some((&plte, &[255, 0])),
        ),
    ];
    let mut d = styled(1);
    d.house_style = Some(house(
        pngs.into_iter()
            .map(|b| picture(b, ImageFormat::Png, (20.0, 10.0), false))
            .collect(),
    ));
    let r = Rendered::new("house-", "png-kinds", &d);
    let rows = r.images();
    let page1: Vec<_> = rows.iter().filter(|row| row.0 == 1 && row.1 == "image").collect();
    assert_eq!(page1.len(), 4, "{rows:?}");
    assert!(page1.iter().all(|row| (row.2, row.3) == (w, h)), "{rows:?}");
    // Gray + alpha and the palette with a transparent entry keep their transparency.
    assert_eq!(
        rows.iter().filter(|row| row.0 == 1 && row.1 == "smask").count(),
        2,
        "{rows:?}"
    );
    ok("qpdf", &["--check", r.p()]);
}

#[test]
fn a_broken_picture_is_refused_with_its_number_and_the_reference_name() {
    let mut style = house(vec![
        banner(),
        picture(
            b"\x89PNG\r\n\x1a\nbroken".to_vec(),
            ImageFormat::Png,
            (30.0, 10.0),
            true,
        ),
    ]);
    let err = check_letterhead(&style).unwrap_err();
    let PdfError::Letterhead { picture: number, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*number, 2);
    let message = err.to_string();
    assert!(
        message.contains("LCA-CBL house style.docx") && message.contains("PNG or JPEG"),
        "{message}"
    );
    let mut d = styled(1);
    d.house_style = Some(style.clone());
    assert!(matches!(render(&d), Err(PdfError::Letterhead { picture: 2, .. })));
    // A JPEG that is something else.
    style.letterhead = vec![picture(banner_png(4, 4), ImageFormat::Jpeg, (30.0, 10.0), false)];
    assert!(check_letterhead(&style).unwrap_err().to_string().contains("JPEG"));
    style.letterhead = vec![banner(), footer_logo()];
    assert!(check_letterhead(&style).is_ok());
}

// ---------------------------------------------------------------------------------------------
// Colours

fn revised(text: &str, kind: RevisionKind) -> Span {
    Span::plain(text).revised(Revision {
        kind,
        author: "Legal adviser".into(),
        date: Default::default(),
    })
}

/// A cover, a heading, running text with an insertion and a deletion.
fn coloured(house_style: Option<HouseStyle>) -> Document {
    let mut d = specimen(1);
    d.house_style = house_style;
    d.blocks = vec![
        Block::Cover(Cover {
            marking: "DRAFT".into(),
            instrument: "Joint Directive".into(),
            title: "Securing Digital Finance".into(),
            issuers: vec!["Central Bank".into()],
            jurisdiction: String::new(),
            details: Vec::new(),
        }),
        Block::PageBreak,
        Block::Heading(Heading {
            level: 1,
            number: Some("1".into()),
            text: "Purpose".into(),
            anchor: "purpose".into(),
            in_contents: true,
            redline: None,
        }),
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Body,
            vec![
                Span::plain("Licensees shall keep records for "),
                revised("seven ", RevisionKind::Deleted),
                revised("twelve ", RevisionKind::Inserted),
                Span::plain("years and produce them on request."),
            ],
        )),
    ];
    d
}

#[test]
fn headings_and_text_take_the_house_colours_and_redlines_keep_theirs() {
    let r = Rendered::new("house-", "colours", &coloured(Some(house(Vec::new()))));
    let cover = r.picture(1);
    let title = r.word_box(1, "Securing");
    assert!(
        cover.in_box(title, green) > 10,
        "the cover's title in the heading colour"
    );
    let body = r.picture(2);
    let heading = r.word_box(2, "Purpose");
    assert!(body.in_box(heading, green) > 10, "the heading in the heading colour");
    assert_eq!(body.in_box(heading, black), 0, "no black left in the heading");
    let text = r.word_box(2, "Licensees");
    assert!(body.in_box(text, brown) > 10, "running text in the text colour");
    assert_eq!(body.in_box(text, green), 0);
    assert!(
        body.in_box(r.word_box(2, "twelve"), blue) > 5,
        "an insertion stays blue"
    );
    assert!(body.in_box(r.word_box(2, "seven"), red) > 5, "a deletion stays red");
    assert_eq!(body.in_box(r.word_box(2, "twelve"), brown), 0);

    // Without a house style: black, as always.
    let plain = Rendered::new("house-", "colours-plain", &coloured(None));
    let page = plain.picture(2);
    assert_eq!(page.in_box(plain.word_box(2, "Purpose"), green), 0);
    assert!(page.in_box(plain.word_box(2, "Licensees"), black) > 10);
}

#[test]
fn headings_without_a_colour_of_their_own_take_the_text_colour() {
    let mut style = house(Vec::new());
    style.heading_colour = None;
    let r = Rendered::new("house-", "text-colour-only", &coloured(Some(style)));
    let page = r.picture(2);
    assert!(page.in_box(r.word_box(2, "Purpose"), brown) > 10);
}

// ---------------------------------------------------------------------------------------------
// Files as a whole

#[test]
fn a_styled_document_is_valid_and_reproducible() {
    let r = styled_rendered();
    let out = ok("qpdf", &["--check", r.p()]);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    // The same bytes again, after rendering something else in between.
    render(&styled(3)).unwrap();
    assert_eq!(render(&styled(12)).unwrap(), r.bytes);
}

#[test]
fn a_house_style_that_sets_nothing_changes_nothing() {
    let plain = specimen(5);
    let mut empty = plain.clone();
    empty.house_style = Some(HouseStyle {
        name: "empty.docx".into(),
        heading_colour: None,
        text_colour: None,
        body_font: None,
        heading_font: None,
        letterhead: Vec::new(),
    });
    assert_eq!(render(&empty).unwrap(), render(&plain).unwrap());
}

#[test]
fn the_fonts_the_reference_names_are_reported_with_what_draws_them() {
    let found = substituted_fonts(&house(Vec::new()));
    let said: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{said:?}");
    assert!(
        said[0].starts_with("Times New Roman") && said[0].contains("metric-compatible"),
        "{said:?}"
    );
    assert!(
        said[1].starts_with("Calibri") && said[1].contains("not embedded"),
        "{said:?}"
    );
    // And the PDF embeds nothing but Liberation.
    let fonts = ok("pdffonts", &[styled_rendered().p()]);
    for row in fonts.lines().skip(2) {
        assert!(row.contains("Liberation"), "{row}");
    }
}
