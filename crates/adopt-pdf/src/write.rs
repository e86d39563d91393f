//! Turns laid-out pages into PDF bytes: page furniture and deferred page numbers, fonts
//! (subset and embedded), printpdf's page operations, then what printpdf 0.12 does not write
//! (nested outline, complete metadata, /Lang) and a content-derived file identifier.

use std::collections::{BTreeMap, BTreeSet};

use adopt_document::Document;
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Actions, BorderArray, ColorArray, Destination, FontId, HighlightingMode, Line as PdfLine, LinePoint,
    LinkAnnotation, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    Rect, TextItem, TextMatrix,
};

use crate::PdfError;
use crate::fonts::{self, Face};
use crate::layout::{Color, Geometry, Item, Laid, MM, MUTED, Mark};

const FURNITURE: f32 = 8.5;

/// A text item after every deferred value is known.
struct Text {
    x: f32,
    y: f32,
    face: Face,
    size: f32,
    color: Color,
    text: String,
    gap: f32,
}

pub(crate) fn write(doc: &Document, laid: &Laid) -> Result<Vec<u8>, PdfError> {
    let total = laid.pages.len();
    let g = laid.geometry;

    // Resolve each page into graphics, text and links.
    let mut pages = Vec::with_capacity(total);
    for (i, page) in laid.pages.iter().enumerate() {
        let mut graphics = Vec::new();
        let mut texts = Vec::new();
        let mut links = Vec::new();
        running_header(doc, &g, page.cover, &mut graphics, &mut texts);
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    face,
                    size,
                    color,
                    text,
                    gap,
                } => texts.push(Text {
                    x: *x,
                    y: *y,
                    face: *face,
                    size: *size,
                    color: *color,
                    text: text.clone(),
                    gap: *gap,
                }),
                Item::PageRef {
                    heading,
                    x_right,
                    y,
                    face,
                    size,
                    leader_from,
                } => {
                    let number = laid
                        .marks
                        .get(*heading)
                        .map_or(String::new(), |m| (m.page + 1).to_string());
                    let nx = x_right - fonts::width(*face, &number, *size);
                    if let Some(dots) = leader(*leader_from, nx - 0.4 * size, g.left, *size) {
                        texts.push(Text {
                            x: dots.0,
                            y: *y,
                            face: Face::Serif,
                            size: *size,
                            color: MUTED,
                            text: dots.1,
                            gap: 0.0,
                        });
                    }
                    texts.push(Text {
                        x: nx,
                        y: *y,
                        face: *face,
                        size: *size,
                        color: crate::layout::INK,
                        text: number,
                        gap: 0.0,
                    });
                }
                Item::Link { x, y, w, h, heading } => {
                    if let Some(m) = laid.marks.get(*heading) {
                        links.push((
                            Rect::from_xywh(Pt(*x), Pt(g.h - y - h), Pt(*w), Pt(*h)),
                            m.page,
                            g.h - m.y,
                        ));
                    }
                }
                other => graphics.push(other.clone()),
            }
        }
        footer(doc, &g, i + 1, total, &mut graphics, &mut texts);
        pages.push((graphics, texts, links));
    }

    // Fonts: each face cut down to the characters this document draws with it.
    let mut used: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
    for (_, texts, _) in &pages {
        for t in texts {
            used.entry(t.face).or_default().extend(t.text.chars());
        }
    }
    let mut pdf = PdfDocument::new("");
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

    let pdf_pages = pages
        .into_iter()
        .map(|(graphics, texts, links)| {
            PdfPage::new(
                printpdf::Mm(g.w / MM),
                printpdf::Mm(g.h / MM),
                ops(g.h, &graphics, &texts, &links),
            )
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
    finish(&mut lo, doc, &laid.marks, g.h)?;
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out).map_err(|e| PdfError::Write(e.to_string()))?;
    stamp_id(&mut out)?;
    Ok(out)
}

fn furniture_rule(g: &Geometry, y: f32) -> Item {
    Item::Rule {
        x1: g.left,
        y1: y,
        x2: g.right,
        y2: y,
        width: 0.4,
        color: Color::Gray(0.55),
    }
}

fn furniture_text(x: f32, y: f32, text: String) -> Text {
    Text {
        x,
        y,
        face: Face::Sans,
        size: FURNITURE,
        color: MUTED,
        text,
        gap: 0.0,
    }
}

/// The running header, above a rule; not on cover pages.
fn running_header(doc: &Document, g: &Geometry, cover: bool, graphics: &mut Vec<Item>, texts: &mut Vec<Text>) {
    let header = fonts::clean_line(&doc.header, Face::Sans);
    if !cover && !header.is_empty() {
        let rule_y = g.top - (g.top * 0.3).clamp(3.0 * MM, 7.0 * MM);
        graphics.push(furniture_rule(g, rule_y));
        texts.push(furniture_text(g.left, rule_y - 3.5, fit(&header, g.width())));
    }
}

/// The footer below a rule: the footer text at the left, the page label at the right.
fn footer(doc: &Document, g: &Geometry, page: usize, pages: usize, graphics: &mut Vec<Item>, texts: &mut Vec<Text>) {
    let label = fonts::clean_line(
        &doc.page_label
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string()),
        Face::Sans,
    );
    let footer = fonts::clean_line(&doc.footer, Face::Sans);
    if label.is_empty() && footer.is_empty() {
        return;
    }
    let rule_y = g.bottom + ((g.h - g.bottom) * 0.3).clamp(3.0 * MM, 7.0 * MM);
    let base = rule_y + 3.5 + FURNITURE * 0.9;
    graphics.push(furniture_rule(g, rule_y));
    // The label wins over the footer text, but never takes more than 60% of the line.
    let label = fit(&label, 0.6 * g.width());
    let label_w = fonts::width(Face::Sans, &label, FURNITURE);
    if !footer.is_empty() {
        texts.push(furniture_text(
            g.left,
            base,
            fit(&footer, g.width() - label_w - 6.0 * MM),
        ));
    }
    if !label.is_empty() {
        texts.push(furniture_text(g.right - label_w, base, label));
    }
}

/// `s` cut to `width` points of page furniture, with an ellipsis when cut.
fn fit(s: &str, width: f32) -> String {
    fonts::fit(s, Face::Sans, FURNITURE, width)
}

/// A dot leader between `from` and `to`: dots on a grid anchored at `origin`, so leaders on
/// successive lines line up. Returns the first dot's x and the text.
fn leader(from: f32, to: f32, origin: f32, size: f32) -> Option<(f32, String)> {
    let m = fonts::metrics(Face::Serif);
    let dot = m.advance('.') * size;
    let pitch = (m.advance('.') + m.advance(' ')) * size;
    let first = ((from - origin) / pitch).ceil();
    let last = ((to - dot - origin) / pitch).floor();
    if last < first + 1.0 {
        return None;
    }
    let n = (last - first) as usize + 1;
    let mut s = String::with_capacity(2 * n);
    for k in 0..n {
        if k > 0 {
            s.push(' ');
        }
        s.push('.');
    }
    Some((origin + first * pitch, s))
}

/// Resource names are fixed per face: printpdf would otherwise draw them from its
/// process-wide counter and two renders of one document would differ.
fn font_id(face: Face) -> FontId {
    FontId(format!("F{}", face.index() + 1))
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

fn pdf_color(c: Color) -> printpdf::Color {
    match c {
        Color::Gray(v) => printpdf::Color::Greyscale(printpdf::Greyscale {
            percent: v,
            icc_profile: None,
        }),
        Color::Rgb(r, g, b) => printpdf::Color::Rgb(printpdf::Rgb {
            r,
            g,
            b,
            icc_profile: None,
        }),
    }
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// printpdf operations for one page: graphics first, then all text in one text object (in
/// layout order, which is reading order), then link areas.
fn ops(ph: f32, graphics: &[Item], texts: &[Text], links: &[(Rect, usize, f32)]) -> Vec<Op> {
    let mut ops = Vec::with_capacity(graphics.len() * 3 + texts.len() * 3 + 8);
    for item in graphics {
        match item {
            Item::Fill { x, y, w, h, color } => {
                ops.push(Op::SetFillColor { col: pdf_color(*color) });
                let mut r = Rect::from_xywh(Pt(*x), Pt(ph - y - h), Pt(*w), Pt(*h));
                r.mode = Some(PaintMode::Fill);
                ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Frame {
                x,
                y,
                w,
                h,
                width,
                color,
            } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                let mut r = Rect::from_xywh(Pt(*x), Pt(ph - y - h), Pt(*w), Pt(*h));
                r.mode = Some(PaintMode::Stroke);
                ops.push(Op::DrawRectangle { rectangle: r });
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: vec![point(*x1, ph - y1), point(*x2, ph - y2)],
                        is_closed: false,
                    },
                });
            }
            _ => {}
        }
    }
    if !texts.is_empty() {
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut color: Option<Color> = None;
        for t in texts {
            if font != Some((t.face, t.size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(t.face)),
                    size: Pt(t.size),
                });
                font = Some((t.face, t.size));
            }
            if color != Some(t.color) {
                ops.push(Op::SetFillColor {
                    col: pdf_color(t.color),
                });
                color = Some(t.color);
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(t.x), Pt(ph - t.y)),
            });
            ops.push(Op::ShowText {
                items: show(&t.text, t.gap, t.size),
            });
        }
        ops.push(Op::EndTextSection);
    }
    for (rect, page, top) in links {
        let dest = Destination::Xyz {
            page: page + 1,
            left: None,
            top: Some(*top),
            zoom: None,
        };
        let link = LinkAnnotation::new(
            rect.clone(),
            Actions::go_to(dest),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            Some(ColorArray::Transparent),
            Some(HighlightingMode::Invert),
        );
        ops.push(Op::LinkAnnotation { link });
    }
    ops
}

/// Text items for one run; justified runs stretch each space by `gap` points. (Word spacing,
/// `Tw`, does not apply to the two-byte codes of embedded CID fonts, hence explicit offsets.)
fn show(text: &str, gap: f32, size: f32) -> Vec<TextItem> {
    if gap <= 0.0 || !text.contains(' ') {
        return vec![TextItem::Text(text.to_string())];
    }
    let offset = -gap / size * 1000.0;
    let mut items = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(' ') {
        items.push(TextItem::Text(rest[..=i].to_string()));
        items.push(TextItem::Offset(offset));
        rest = &rest[i + 1..];
    }
    if !rest.is_empty() {
        items.push(TextItem::Text(rest.to_string()));
    }
    items
}

/// A PDF text string: plain when printable ASCII, otherwise UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    let clean: String = s.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().all(|c| (' '..='~').contains(&c)) {
        Object::String(clean.into_bytes(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        bytes.extend(clean.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// Metadata, language, viewer preferences and the outline: written here because printpdf
/// 0.12's own versions are incomplete (no /Lang, a flat outline, fixed creation dates).
fn finish(lo: &mut lopdf::Document, doc: &Document, marks: &[Mark], ph: f32) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    lo.version = "1.7".into();
    let m = &doc.metadata;
    let date: String = m.date.to_string().chars().filter(char::is_ascii_digit).collect();
    let date = format!("D:{date}000000Z");
    let mut info = Dictionary::new();
    info.set("Title", text_string(&m.title));
    info.set("Author", text_string(&m.author));
    info.set("Subject", text_string(&m.subject));
    info.set("Keywords", text_string(&m.keywords.join(", ")));
    info.set("Creator", text_string("dfs-adopt"));
    info.set(
        "Producer",
        text_string(concat!("adopt-pdf ", env!("CARGO_PKG_VERSION"), " (printpdf 0.12)")),
    );
    info.set(
        "CreationDate",
        Object::String(date.clone().into_bytes(), StringFormat::Literal),
    );
    info.set("ModDate", Object::String(date.into_bytes(), StringFormat::Literal));
    let info_id = lo.trailer.get(b"Info").and_then(Object::as_reference).map_err(err)?;
    lo.set_object(info_id, info);

    let outline = outline(lo, marks, ph);
    let catalog = lo.catalog_mut().map_err(err)?;
    if !m.language.trim().is_empty() {
        catalog.set("Lang", text_string(m.language.trim()));
    }
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if let Some(root) = outline {
        catalog.set("Outlines", Object::Reference(root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    // Placeholder, replaced by a hash of the final bytes (see `stamp_id`).
    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// Builds the outline: one item per heading, nested by level, pointing at the heading's
/// position. Top-level items start open, deeper ones closed (a draft can have thousands of
/// clauses).
fn outline(lo: &mut lopdf::Document, marks: &[Mark], ph: f32) -> Option<lopdf::ObjectId> {
    if marks.is_empty() {
        return None;
    }
    let pages = lo.get_pages();
    // Parent of each mark (None: top level), found with a stack of open levels.
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(marks.len());
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); marks.len()];
    let mut roots = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        while stack.last().is_some_and(|&s| marks[s].level >= m.level) {
            stack.pop();
        }
        let p = stack.last().copied();
        match p {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
        parent.push(p);
        stack.push(i);
    }
    let root_id = lo.new_object_id();
    let ids: Vec<lopdf::ObjectId> = marks.iter().map(|_| lo.new_object_id()).collect();
    let siblings = |i: usize| -> &Vec<usize> { parent[i].map_or(&roots, |p| &children[p]) };
    for (i, m) in marks.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&m.title));
        d.set("Parent", Object::Reference(parent[i].map_or(root_id, |p| ids[p])));
        let sib = siblings(i);
        let pos = sib.iter().position(|&s| s == i).unwrap_or(0);
        if pos > 0 {
            d.set("Prev", Object::Reference(ids[sib[pos - 1]]));
        }
        if let Some(&n) = sib.get(pos + 1) {
            d.set("Next", Object::Reference(ids[n]));
        }
        if let (Some(&f), Some(&l)) = (children[i].first(), children[i].last()) {
            d.set("First", Object::Reference(ids[f]));
            d.set("Last", Object::Reference(ids[l]));
            let n = children[i].len() as i64;
            // Open items count their visible children; closed ones carry a negative count.
            d.set("Count", Object::Integer(if parent[i].is_none() { n } else { -n }));
        }
        if let Some(page) = pages.get(&(m.page as u32 + 1)) {
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real(ph - m.y),
                    Object::Null,
                ]),
            );
        }
        lo.set_object(ids[i], d);
    }
    let visible: usize = roots.len() + roots.iter().map(|&r| children[r].len()).sum::<usize>();
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    root.set("First", Object::Reference(ids[roots[0]]));
    root.set(
        "Last",
        Object::Reference(ids[*roots.last().expect("marks is not empty")]),
    );
    root.set("Count", Object::Integer(visible as i64));
    lo.set_object(root_id, root);
    Some(root_id)
}

const ID_PLACEHOLDER: &[u8; 16] = b"adopt-pdf-id-\xff\xfe\xfd";

/// Replaces the placeholder file identifier with a hash of the file: the same document gives
/// the same bytes, different documents different identifiers.
fn stamp_id(out: &mut [u8]) -> Result<(), PdfError> {
    let placeholder = hex(ID_PLACEHOLDER);
    let mut a = Fnv::new(0);
    let mut b = Fnv::new(0x9e37_79b9_7f4a_7c15);
    a.write(out);
    b.write(out);
    let mut digest = [0u8; 16];
    digest[..8].copy_from_slice(&a.finish().to_be_bytes());
    digest[8..].copy_from_slice(&b.finish().to_be_bytes());
    let id = hex(&digest);
    let mut found = 0;
    let mut i = 0;
    while let Some(p) = find(&out[i..], placeholder.as_bytes()) {
        let at = i + p;
        out[at..at + id.len()].copy_from_slice(id.as_bytes());
        i = at + id.len();
        found += 1;
    }
    if found == 2 {
        Ok(())
    } else {
        Err(PdfError::Write(format!(
            "file identifier placeholder found {found} times, expected 2"
        )))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// 64-bit FNV-1a: identifiers and subset tags need stability, not secrecy.
struct Fnv(u64);

impl Fnv {
    fn new(salt: u64) -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ salt)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaders_sit_on_a_shared_grid() {
        fonts::init().unwrap();
        let (x1, s1) = leader(103.0, 400.0, 70.0, 10.0).unwrap();
        let (x2, _) = leader(151.3, 400.0, 70.0, 10.0).unwrap();
        let pitch = (fonts::metrics(Face::Serif).advance('.') + fonts::metrics(Face::Serif).advance(' ')) * 10.0;
        assert!(x1 >= 103.0 && x2 >= 151.3);
        let k = (x2 - x1) / pitch;
        assert!((k - k.round()).abs() < 1e-3);
        assert!(s1.starts_with(". .") && s1.ends_with('.'));
        assert!(leader(395.0, 400.0, 70.0, 10.0).is_none());
    }

    #[test]
    fn justified_runs_stretch_only_spaces() {
        let items = show("a b c", 2.0, 10.0);
        assert_eq!(items.len(), 5);
        assert_eq!(items[1], TextItem::Offset(-200.0));
        assert_eq!(show("abc", 2.0, 10.0), vec![TextItem::Text("abc".into())]);
    }

    #[test]
    fn text_strings_use_utf16_beyond_ascii() {
        assert_eq!(
            text_string("DFS"),
            Object::String(b"DFS".to_vec(), StringFormat::Literal)
        );
        match text_string("Zürich") {
            Object::String(b, StringFormat::Hexadecimal) => assert_eq!(&b[..4], &[0xfe, 0xff, 0, b'Z']),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn furniture_text_is_cut_with_an_ellipsis() {
        fonts::init().unwrap();
        let long = "A very long running footer that cannot possibly fit ".repeat(10);
        let cut = fit(&long, 200.0);
        assert!(cut.ends_with('\u{2026}'));
        assert!(fonts::width(Face::Sans, &cut, FURNITURE) <= 200.0 + 1e-3);
    }
}
