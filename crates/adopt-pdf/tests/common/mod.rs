//! What the PDF tests of redlines and of the house style share: the poppler and qpdf tools run
//! with a clear message when missing, a rendered document in the test's temporary folder, its
//! words with their boxes (pdftotext -bbox), its pages as pixels (pdftoppm at 60 dpi) and its
//! pictures (pdfimages). Each test file uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_document::Document;
use adopt_pdf::render;

/// Runs of white space as one space.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn ok(name: &str, args: &[&str]) -> String {
    let out = match Command::new(name).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{name}` is not installed: run scripts/install-deps.sh (it installs the Debian packages \
             poppler-utils and qpdf that these tests read PDFs with)"
        ),
        Err(e) => panic!("cannot run {name}: {e}"),
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{name} {args:?} failed:\n{stdout}\n{stderr}");
    stdout
}

pub fn tmp(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// A rendered document written to the test's temporary folder.
pub struct Rendered {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl Rendered {
    /// `doc` rendered as `adopt-pdf-{prefix}{name}.pdf` (each test file its own prefix).
    pub fn new(prefix: &str, name: &str, doc: &Document) -> Rendered {
        let bytes = render(doc).unwrap_or_else(|e| panic!("{name} does not render: {e}"));
        let path = tmp(&format!("adopt-pdf-{prefix}{name}.pdf"));
        std::fs::write(&path, &bytes).expect("the temporary folder is writable");
        Rendered { path, bytes }
    }

    pub fn p(&self) -> &str {
        self.path.to_str().expect("a UTF-8 path")
    }

    pub fn pages(&self) -> usize {
        let info = ok("pdfinfo", &[self.p()]);
        info.lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo prints a page count")
    }

    /// Every word of page `n` with its box, in points from the top-left corner.
    pub fn words(&self, n: usize) -> Vec<(String, [f32; 4])> {
        let n = n.to_string();
        let html = ok("pdftotext", &["-bbox", "-f", &n, "-l", &n, self.p(), "-"]);
        html.lines()
            .filter_map(|l| {
                let l = l.trim();
                let attrs = l.strip_prefix("<word ")?;
                let (attrs, rest) = attrs.split_once('>')?;
                let text = rest.strip_suffix("</word>")?;
                let attr = |name: &str| -> f32 {
                    let from = attrs.find(&format!("{name}=\"")).expect("a word box") + name.len() + 2;
                    let len = attrs[from..].find('"').expect("a quoted value");
                    attrs[from..from + len].parse().expect("a number")
                };
                Some((
                    text.to_string(),
                    [attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")],
                ))
            })
            .collect()
    }

    /// Text of page `n` (1-based) alone.
    pub fn page_text(&self, n: usize) -> String {
        let n = n.to_string();
        ok("pdftotext", &["-f", &n, "-l", &n, self.p(), "-"])
    }

    /// The boxes of the words of page `n` that are `word`.
    pub fn word_boxes(&self, n: usize, word: &str) -> Vec<[f32; 4]> {
        self.words(n)
            .into_iter()
            .filter(|(w, _)| w == word)
            .map(|(_, b)| b)
            .collect()
    }

    pub fn word_box(&self, n: usize, word: &str) -> [f32; 4] {
        self.words(n)
            .into_iter()
            .find(|(w, _)| w == word)
            .unwrap_or_else(|| panic!("no word {word:?} on page {n}"))
            .1
    }

    /// The lowest `word` on page `n`: the footer's, where the body has the word too.
    pub fn lowest(&self, n: usize, word: &str) -> [f32; 4] {
        self.words(n)
            .into_iter()
            .filter(|(w, _)| w == word)
            .map(|(_, b)| b)
            .max_by(|a, b| a[1].total_cmp(&b[1]))
            .unwrap_or_else(|| panic!("no word {word:?} on page {n}"))
    }

    /// Page `n` rendered at 60 dpi.
    pub fn picture(&self, n: usize) -> Picture {
        let n = n.to_string();
        let base = tmp(&format!("{}-p{n}", self.path.file_stem().unwrap().to_str().unwrap()));
        let base = base.to_str().unwrap();
        ok(
            "pdftoppm",
            &["-r", "60", "-f", &n, "-l", &n, "-singlefile", self.p(), base],
        );
        Picture::read(&std::fs::read(format!("{base}.ppm")).expect("pdftoppm wrote the page"))
    }

    /// `pdfimages -list` rows: (page, type, width, height, encoding, object number).
    pub fn images(&self) -> Vec<(usize, String, u32, u32, String, u32)> {
        ok("pdfimages", &["-list", self.p()])
            .lines()
            .skip(2)
            .map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (
                    f[0].parse().unwrap(),
                    f[2].to_string(),
                    f[3].parse().unwrap(),
                    f[4].parse().unwrap(),
                    f[8].to_string(),
                    f[10].parse().unwrap(),
                )
            })
            .collect()
    }
}

/// A binary PPM (P6) picture.
pub struct Picture {
    pub w: usize,
    pub h: usize,
    pub rgb: Vec<u8>,
}

pub type Rgb = (i32, i32, i32);

/// Pixels at 60 dpi to points.
pub fn pt(px: usize) -> f32 {
    px as f32 * 72.0 / 60.0
}

/// Points to pixels at 60 dpi.
pub fn px(pt: f32) -> usize {
    (pt * 60.0 / 72.0).round().max(0.0) as usize
}

impl Picture {
    pub fn read(bytes: &[u8]) -> Picture {
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(std::str::from_utf8(&bytes[start..at]).unwrap().to_string());
        }
        assert_eq!(fields[0], "P6");
        let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        let rgb = bytes[at + 1..].to_vec();
        assert_eq!(rgb.len(), w * h * 3);
        Picture { w, h, rgb }
    }

    pub fn pixel(&self, x: usize, y: usize) -> Rgb {
        let i = (y * self.w + x) * 3;
        (
            i32::from(self.rgb[i]),
            i32::from(self.rgb[i + 1]),
            i32::from(self.rgb[i + 2]),
        )
    }

    /// The box (in points: x0, y0, x1, y1) around every pixel of `f`'s colour, and their number.
    pub fn extent(&self, f: impl Fn(Rgb) -> bool) -> Option<([f32; 4], usize)> {
        let mut b = [usize::MAX, usize::MAX, 0, 0];
        let mut n = 0;
        for y in 0..self.h {
            for x in 0..self.w {
                if f(self.pixel(x, y)) {
                    b = [b[0].min(x), b[1].min(y), b[2].max(x + 1), b[3].max(y + 1)];
                    n += 1;
                }
            }
        }
        (n > 0).then(|| ([pt(b[0]), pt(b[1]), pt(b[2]), pt(b[3])], n))
    }

    /// How many pixels in the box (pixels, ends excluded) satisfy `f`.
    pub fn count(&self, x: std::ops::Range<usize>, y: std::ops::Range<usize>, f: impl Fn(Rgb) -> bool) -> usize {
        let mut n = 0;
        for yy in y.start..y.end.min(self.h) {
            for xx in x.start..x.end.min(self.w) {
                if f(self.pixel(xx, yy)) {
                    n += 1;
                }
            }
        }
        n
    }

    /// Pixels of `f`'s colour within a word's box (in points).
    pub fn in_box(&self, b: [f32; 4], f: impl Fn(Rgb) -> bool) -> usize {
        let mut n = 0;
        for y in px(b[1]).saturating_sub(1)..(px(b[3]) + 2).min(self.h) {
            for x in px(b[0]).saturating_sub(1)..(px(b[2]) + 2).min(self.w) {
                if f(self.pixel(x, y)) {
                    n += 1;
                }
            }
        }
        n
    }
}
