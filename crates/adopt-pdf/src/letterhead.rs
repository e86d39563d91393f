//! The letterhead: the house style's pictures, each decoded and embedded once as an image
//! XObject that every page draws, and how a row of them fits a band of the margin.
//!
//! PNG is decoded with the `png` crate and handed to printpdf as raw pixels (it compresses them
//! and keeps the alpha channel as a soft mask); JPEG goes into the file as it is (DCTDecode),
//! only its header read for the size and colour space. printpdf's own decoders would pull in
//! the `image` crate through its `png`/`jpeg` features. Where the pictures sit is decided by
//! `resolve`, which knows the running header and footer.

use std::collections::BTreeMap;
use std::io::Cursor;

use adopt_document::{HouseStyle, ImageFormat, LetterheadImage};
use printpdf::{DictItem, ExternalStream, ExternalXObject, RawImage, RawImageData, RawImageFormat, XObject, XObjectId};

use crate::error::PdfError;
use crate::page::MM;

/// Largest picture accepted, in pixels: far beyond any letterhead (a banner across an A4 page
/// at 1200 dpi is about 10 million), small enough that a crafted file cannot exhaust memory
/// (64 MB decoded at most).
const MAX_PIXELS: u64 = 16_000_000;
/// Largest side in pixels (PDF viewers refuse larger images).
const MAX_SIDE: u32 = 20_000;
/// Space between pictures side by side.
const GAP: f32 = 4.0 * MM;

/// The letterhead's pictures, decoded and ready to embed.
#[derive(Default)]
pub(crate) struct Embedded {
    /// One XObject per distinct picture (the same bytes used twice are embedded once).
    pub(crate) xobjects: Vec<XObject>,
    /// For each picture of the house style, in its order: its XObject and its natural size in
    /// points on the page.
    pub(crate) pictures: Vec<Natural>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Natural {
    pub(crate) image: usize,
    pub(crate) w: f32,
    pub(crate) h: f32,
    pub(crate) in_footer: bool,
}

/// A picture placed on the page: points from the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Placed {
    pub(crate) image: usize,
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) w: f32,
    pub(crate) h: f32,
}

/// The resource name of XObject `i`: fixed, so that renders are reproducible (printpdf would
/// draw a random one).
pub(crate) fn image_id(i: usize) -> XObjectId {
    XObjectId(format!("Im{}", i + 1))
}

/// Decodes every picture of `style`; the error says which picture could not be used and why.
pub(crate) fn embed(style: &HouseStyle) -> Result<Embedded, PdfError> {
    let mut out = Embedded::default();
    // Distinct pictures by content, to embed each once.
    let mut seen: BTreeMap<(&[u8], u8), usize> = BTreeMap::new();
    for (n, pic) in style.letterhead.iter().enumerate() {
        let refuse = |why: String| PdfError::Letterhead {
            reference: style.name.clone(),
            picture: n + 1,
            why,
        };
        let key = (pic.bytes.as_slice(), pic.format as u8);
        let (image, px) = match seen.get(&key) {
            Some(&i) => (i, pixel_size(&out.xobjects[i])),
            None => {
                let (xobject, px) = decode(pic).map_err(refuse)?;
                out.xobjects.push(xobject);
                seen.insert(key, out.xobjects.len() - 1);
                (out.xobjects.len() - 1, px)
            }
        };
        let (w, h) = natural_size(pic, px);
        out.pictures.push(Natural {
            image,
            w,
            h,
            in_footer: pic.in_footer,
        });
    }
    Ok(out)
}

fn pixel_size(x: &XObject) -> (u32, u32) {
    x.get_width_height()
        .map_or((1, 1), |(w, h)| (w.0.max(1) as u32, h.0.max(1) as u32))
}

/// The size the reference gives the picture, or its pixels at 96 per inch (Word's assumption
/// for a picture without a size) when that size is unusable.
fn natural_size(pic: &LetterheadImage, (pw, ph): (u32, u32)) -> (f32, f32) {
    let ok = |v: f32| v.is_finite() && v > 0.0;
    if ok(pic.width_mm) && ok(pic.height_mm) {
        (pic.width_mm * MM, pic.height_mm * MM)
    } else {
        (pw as f32 * 0.75, ph as f32 * 0.75)
    }
}

/// The picture as an image XObject, with its size in pixels.
pub(crate) fn decode(pic: &LetterheadImage) -> Result<(XObject, (u32, u32)), String> {
    match pic.format {
        ImageFormat::Png => png_image(&pic.bytes),
        ImageFormat::Jpeg => jpeg_image(&pic.bytes),
    }
}

fn check_size(w: u32, h: u32) -> Result<(), String> {
    if w == 0 || h == 0 {
        return Err("the picture has no pixels".into());
    }
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "the picture is {w}×{h} pixels, more than a letterhead needs (at most {MAX_SIDE} a side and {} million in all)",
            MAX_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

fn png_image(bytes: &[u8]) -> Result<(XObject, (u32, u32)), String> {
    let bad = |e: png::DecodingError| format!("not a readable PNG picture ({e})");
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: 64 << 20 });
    // Palettes, transparency and low bit depths expanded, 16 bits cut to 8: one of four
    // layouts comes out.
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(bad)?;
    let (w, h) = reader.info().size();
    check_size(w, h)?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).map_err(bad)?;
    buf.truncate(info.buffer_size());
    let mut format = match info.color_type {
        png::ColorType::Grayscale => RawImageFormat::R8,
        png::ColorType::GrayscaleAlpha => RawImageFormat::RG8,
        png::ColorType::Rgb => RawImageFormat::RGB8,
        png::ColorType::Rgba => RawImageFormat::RGBA8,
        png::ColorType::Indexed => return Err("a PNG palette that could not be expanded".into()),
    };
    // An alpha channel that hides nothing is dropped: no soft mask for an opaque picture.
    let channels = match format {
        RawImageFormat::RG8 => 2,
        RawImageFormat::RGBA8 => 4,
        _ => 0,
    };
    if channels > 0 && buf.chunks_exact(channels).all(|px| px[channels - 1] == 255) {
        buf = buf
            .chunks_exact(channels)
            .flat_map(|px| px[..channels - 1].iter().copied())
            .collect();
        format = if channels == 2 {
            RawImageFormat::R8
        } else {
            RawImageFormat::RGB8
        };
    }
    let image = RawImage {
        pixels: RawImageData::U8(buf),
        width: w as usize,
        height: h as usize,
        data_format: format,
        tag: Vec::new(),
    };
    Ok((XObject::Image(image), (w, h)))
}

/// What a JPEG's header says: size, components, and whether Adobe's marker is there (its CMYK
/// pictures are stored inverted).
#[derive(Debug, PartialEq)]
struct JpegInfo {
    width: u32,
    height: u32,
    components: u8,
    adobe: bool,
}

/// Reads the markers up to the frame header. Every length is checked against the data.
fn jpeg_info(b: &[u8]) -> Result<JpegInfo, String> {
    let bad = |why: &str| format!("not a readable JPEG picture ({why})");
    if b.len() < 4 || b[0] != 0xFF || b[1] != 0xD8 {
        return Err(bad("it does not start as a JPEG file does"));
    }
    let mut at = 2;
    let mut adobe = false;
    loop {
        // Markers may be padded with extra 0xFF bytes.
        while b.get(at) == Some(&0xFF) && b.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (b.get(at), b.get(at + 1)) else {
            return Err(bad("it ends before its frame header"));
        };
        at += 2;
        // Markers without a length.
        if marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            continue;
        }
        if marker == 0xD9 || marker == 0xDA {
            return Err(bad("no frame header before its image data"));
        }
        let len = match (b.get(at), b.get(at + 1)) {
            (Some(&hi), Some(&lo)) => usize::from(u16::from_be_bytes([hi, lo])),
            _ => return Err(bad("a segment is cut off")),
        };
        if len < 2 || at + len > b.len() {
            return Err(bad("a segment is longer than the file"));
        }
        let seg = &b[at + 2..at + len];
        match marker {
            // Start of frame, any coding except the arithmetic and lossless ones PDF lacks.
            0xC0..=0xC2 => {
                if seg.len() < 6 {
                    return Err(bad("its frame header is too short"));
                }
                if seg[0] != 8 {
                    return Err(format!(
                        "a JPEG picture with {} bits per sample, which PDF cannot show (8 only)",
                        seg[0]
                    ));
                }
                return Ok(JpegInfo {
                    height: u32::from(u16::from_be_bytes([seg[1], seg[2]])),
                    width: u32::from(u16::from_be_bytes([seg[3], seg[4]])),
                    components: seg[5],
                    adobe,
                });
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                return Err("a JPEG picture in a coding PDF cannot show (lossless, hierarchical or arithmetic); save it as a baseline JPEG or as PNG".into());
            }
            0xEE if seg.starts_with(b"Adobe") => adobe = true,
            _ => {}
        }
        at += len;
    }
}

fn jpeg_image(bytes: &[u8]) -> Result<(XObject, (u32, u32)), String> {
    let info = jpeg_info(bytes)?;
    check_size(info.width, info.height)?;
    let name = |s: &str| DictItem::Name(s.as_bytes().to_vec());
    let (space, decode) = match info.components {
        1 => ("DeviceGray", None),
        3 => ("DeviceRGB", None),
        // Adobe's CMYK JPEGs hold inverted values; PDF readers expect them undone here.
        4 => (
            "DeviceCMYK",
            info.adobe
                .then(|| DictItem::Array([1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec())),
        ),
        n => return Err(format!("a JPEG picture with {n} colour components")),
    };
    let mut dict = BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(i64::from(info.width))),
        ("Height".to_string(), DictItem::Int(i64::from(info.height))),
        ("ColorSpace".to_string(), name(space)),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
        ("Filter".to_string(), name("DCTDecode")),
    ]);
    if let Some(d) = decode {
        dict.insert("Decode".to_string(), d);
    }
    let xobject = XObject::External(ExternalXObject {
        stream: ExternalStream {
            dict,
            content: bytes.to_vec(),
            compress: false,
        },
        width: Some(printpdf::Px(info.width as usize)),
        height: Some(printpdf::Px(info.height as usize)),
        dpi: None,
    });
    Ok((xobject, (info.width, info.height)))
}

/// Places a row of pictures (natural sizes) in the band `left..left + width`, `top..top +
/// height`: all scaled by one factor, never enlarged, so that the row fits. One picture is
/// centred when it takes at least half the width (a banner) and otherwise stands at the left
/// margin (a logo); several spread from margin to margin. Returns nothing when the band is too
/// shallow for a picture to be recognisable.
pub(crate) fn arrange(row: &[Natural], left: f32, width: f32, top: f32, height: f32) -> Vec<Placed> {
    const MIN_HEIGHT: f32 = 3.0 * MM;
    if row.is_empty() || height < MIN_HEIGHT || width <= 0.0 {
        return Vec::new();
    }
    let n = row.len();
    let total_w: f32 = row.iter().map(|p| p.w).sum();
    let max_h = row.iter().map(|p| p.h).fold(0.0, f32::max);
    let gaps = GAP * (n - 1) as f32;
    let room = if gaps < width / 2.0 { width - gaps } else { width / 2.0 };
    let scale = 1.0f32.min(room / total_w).min(height / max_h);
    let widths: Vec<f32> = row.iter().map(|p| p.w * scale).collect();
    let used: f32 = widths.iter().sum();
    let (mut x, step) = if n == 1 {
        let x = if used >= width / 2.0 {
            left + (width - used) / 2.0
        } else {
            left
        };
        (x, 0.0)
    } else {
        (left, (width - used) / (n - 1) as f32)
    };
    row.iter()
        .zip(widths)
        .map(|(p, w)| {
            let placed = Placed {
                image: p.image,
                x,
                y: top,
                w,
                h: p.h * scale,
            };
            x += w + step;
            placed
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn natural(w: f32, h: f32) -> Natural {
        Natural {
            image: 0,
            w,
            h,
            in_footer: false,
        }
    }

    #[test]
    fn a_row_is_shrunk_to_its_band_and_never_enlarged() {
        let placed = arrange(&[natural(100.0, 50.0)], 50.0, 400.0, 10.0, 100.0);
        assert_eq!(placed[0].w, 100.0, "a small logo keeps its size");
        assert_eq!(placed[0].x, 50.0, "and stands at the left margin");
        let placed = arrange(&[natural(600.0, 60.0)], 50.0, 400.0, 10.0, 100.0);
        assert!((placed[0].w - 400.0).abs() < 1e-3 && (placed[0].h - 40.0).abs() < 1e-3);
        let placed = arrange(&[natural(300.0, 60.0)], 50.0, 400.0, 10.0, 30.0);
        assert!((placed[0].h - 30.0).abs() < 1e-3, "too tall: shrunk to the band");
        assert!((placed[0].w - 150.0).abs() < 1e-3 && placed[0].x == 50.0, "{placed:?}");
        assert!(arrange(&[natural(300.0, 60.0)], 50.0, 400.0, 10.0, 2.0).is_empty());
    }

    #[test]
    fn several_pictures_spread_from_margin_to_margin() {
        let placed = arrange(&[natural(80.0, 40.0), natural(60.0, 30.0)], 50.0, 400.0, 10.0, 100.0);
        assert_eq!(placed[0].x, 50.0);
        assert!((placed[1].x + placed[1].w - 450.0).abs() < 1e-3);
    }

    #[test]
    fn jpeg_headers_are_read_and_broken_ones_refused() {
        // SOI, an APP0 segment, SOF0 of a 3×2 RGB picture.
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0];
        b.extend([0xFF, 0xC0, 0, 17, 8, 0, 2, 0, 3, 3]);
        b.extend([0; 9]);
        assert_eq!(
            jpeg_info(&b),
            Ok(JpegInfo {
                width: 3,
                height: 2,
                components: 3,
                adobe: false
            })
        );
        for cut in 0..b.len() - 1 {
            assert!(jpeg_info(&b[..cut]).is_err(), "cut at {cut}");
        }
        assert!(jpeg_info(b"\x89PNG\r\n").is_err());
        let mut twelve = b.clone();
        twelve[12] = 12;
        assert!(jpeg_info(&twelve).unwrap_err().contains("12 bits"));
    }

    #[test]
    fn broken_png_is_refused_not_a_panic() {
        for bytes in [&b""[..], b"\x89PNG\r\n\x1a\n", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0"] {
            assert!(png_image(bytes).is_err());
        }
    }
}
