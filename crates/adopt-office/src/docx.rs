//! A returned Word document: its custom properties (which workspace and version it is), the text
//! of its bookmarks (the clauses), its paragraphs and whether it carries tracked changes.
//!
//! Text is read as it reads with all changes accepted: inserted text counts, deleted text does
//! not, and a paragraph whose mark was deleted runs on into the next one. The body is walked
//! once (`body.rs`), with the bookmarks here and the review's anchors (`review.rs`) as its sinks.

use std::collections::{BTreeMap, HashMap};

use roxmltree::Node;

use crate::body::{BodySink, BodyText, ParagraphText, Pos, read_body};
use crate::error::{ReadError, guarded};
use crate::package::Limits;
use crate::review::{Review, ReviewReading, read_review};
use crate::word::WordPackage;
use crate::xml::{is_w, parse};

/// The custom properties part's usual name.
const DEFAULT_CUSTOM_PART: &str = "docProps/custom.xml";

/// A DOCX that came from outside, read safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docx {
    custom_properties: Vec<(String, String)>,
    paragraphs: Vec<ParagraphText>,
    bookmarks: BTreeMap<String, String>,
    tracked_changes: bool,
    review: Review,
}

impl Docx {
    /// Reads a DOCX. Refuses (never panics on) anything that is not a readable Word document.
    pub fn open(bytes: &[u8]) -> Result<Docx, ReadError> {
        Self::open_with_limits(bytes, Limits::DEFAULT)
    }

    pub(crate) fn open_with_limits(bytes: &[u8], limits: Limits) -> Result<Docx, ReadError> {
        guarded("the Word document", || {
            let mut word = WordPackage::open(bytes, limits)?;
            let main_part = word.main_part.clone();
            let text = word.text(&main_part)?.unwrap_or_default();
            let doc = parse(&main_part, &text)?;
            let body = doc.root_element().children().find(|n| is_w(*n, "body"));
            // One walk of the body gives the paragraphs, the bookmarks and the review's anchors.
            let mut bookmarks = Bookmarks::default();
            let mut anchors = ReviewReading::new(body);
            let body_text = match body {
                Some(body) => read_body(body, &mut [&mut bookmarks, &mut anchors]),
                None => BodyText::default(),
            };
            let tracked_changes = doc.descendants().any(is_tracked_change);
            let review = read_review(&mut word, &main_part, anchors, &body_text)?;

            let custom_part = word
                .related_part("", &word.package_rels.clone(), "custom-properties")
                .unwrap_or_else(|| DEFAULT_CUSTOM_PART.to_string());
            let custom_properties = match word.text(&custom_part)? {
                Some(text) => custom_properties(&custom_part, &text)?,
                None => Vec::new(),
            };
            let bookmarks = bookmarks.texts(&body_text);
            Ok(Docx {
                custom_properties,
                paragraphs: body_text.paragraphs,
                bookmarks,
                tracked_changes,
                review,
            })
        })
    }

    /// The custom document properties (`docProps/custom.xml`), name and value as written,
    /// in the file's order.
    pub fn custom_properties(&self) -> Vec<(String, String)> {
        self.custom_properties.clone()
    }

    /// The value of one custom property.
    pub fn custom_property(&self, name: &str) -> Option<&str> {
        self.custom_properties
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The text each bookmark covers, by bookmark name (paragraphs joined with `\n`). Starts
    /// and ends are matched by id within the file (Word and LibreOffice renumber ids on save;
    /// names stay). A bookmark without an end is left out; a name started again before its end
    /// (as LibreOffice 7.4 writes bookmarks that span paragraphs) counts from its first start;
    /// of two complete bookmarks with the same name, the first counts.
    pub fn bookmark_texts(&self) -> BTreeMap<String, String> {
        self.bookmarks.clone()
    }

    /// The text one bookmark covers.
    pub fn bookmark_text(&self, name: &str) -> Option<&str> {
        self.bookmarks.get(name).map(String::as_str)
    }

    /// The body's paragraphs in reading order.
    pub fn paragraphs(&self) -> Vec<ParagraphText> {
        self.paragraphs.clone()
    }

    /// Whether the document carries tracked changes (insertions, deletions, moves or
    /// formatting changes not yet accepted or rejected).
    pub fn has_tracked_changes(&self) -> bool {
        self.tracked_changes
    }

    /// What reviewers left in the file: comments with replies and resolved state, tracked
    /// insertions and deletions, each anchored on its clause or section. Read by [`Docx::open`]
    /// in the same pass; empty for a file without comments or changes.
    pub fn review(&self) -> &Review {
        &self.review
    }
}

/// Reads `docProps/custom.xml`: each `property`'s name and the text of its value element.
fn custom_properties(part: &str, text: &str) -> Result<Vec<(String, String)>, ReadError> {
    let doc = parse(part, text)?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "property")
        .filter_map(|n| {
            let name = n.attribute("name")?.to_string();
            let value = n.children().find(|c| c.is_element()).map(text_of).unwrap_or_default();
            Some((name, value))
        })
        .collect())
}

/// All the text under a node.
fn text_of(node: Node) -> String {
    node.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect()
}

fn is_tracked_change(node: Node) -> bool {
    const CHANGES: [&str; 11] = [
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
    ];
    node.is_element() && CHANGES.iter().any(|c| is_w(node, c))
}

/// The bookmarks of the body, as one sink of its walk.
#[derive(Default)]
struct Bookmarks {
    /// Starts waiting for their end, by id.
    starts: HashMap<String, (String, Pos)>,
    /// Complete bookmarks in the order they ended.
    ranges: Vec<(String, Pos, Pos)>,
}

impl BodySink for Bookmarks {
    fn bookmark_start(&mut self, body: &BodyText, id: &str, name: &str) {
        let pos = body.here(true);
        self.starts.entry(id.to_string()).or_insert((name.to_string(), pos));
    }

    fn bookmark_end(&mut self, body: &BodyText, id: Option<&str>) {
        if let Some((name, _)) = id.and_then(|id| self.starts.get(id)) {
            // LibreOffice 7.4 writes a bookmark that spans paragraphs with a second start of the
            // same name (a new id) just before its end: the earliest start of the name that is
            // still open is where the bookmark begins.
            let name = name.clone();
            let start = self
                .starts
                .values()
                .filter(|(n, _)| *n == name)
                .map(|(_, pos)| *pos)
                .min();
            self.starts.retain(|_, (n, _)| *n != name);
            if let Some(start) = start {
                self.ranges.push((name, start, body.here(false)));
            }
        }
    }
}

impl Bookmarks {
    /// The text of each complete bookmark; of two with the same name, the first to end.
    fn texts(&self, body: &BodyText) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (name, start, end) in &self.ranges {
            out.entry(name.clone()).or_insert_with(|| body.between(*start, *end));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::{MC, W};

    /// What a body gives `Docx`: its paragraphs and bookmark texts.
    struct Reading {
        paragraphs: Vec<ParagraphText>,
        texts: BTreeMap<String, String>,
    }

    impl Reading {
        fn bookmark_texts(&self) -> BTreeMap<String, String> {
            self.texts.clone()
        }
    }

    fn read_body(body: &str) -> Reading {
        let xml = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let body = doc.root_element().first_element_child().unwrap();
        let mut bookmarks = Bookmarks::default();
        let text = crate::body::read_body(body, &mut [&mut bookmarks]);
        Reading {
            texts: bookmarks.texts(&text),
            paragraphs: text.paragraphs,
        }
    }

    #[test]
    fn a_bookmark_from_body_level_covers_whole_paragraphs() {
        let r = read_body(
            r#"<w:p><w:r><w:t>before</w:t></w:r></w:p>
            <w:bookmarkStart w:id="7" w:name="dfs_SIM_08"/>
            <w:p><w:r><w:t>SIM-08 Title</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>
            <w:bookmarkEnd w:id="7"/>
            <w:p><w:r><w:t>after</w:t></w:r></w:p>"#,
        );
        assert_eq!(r.bookmark_texts()["dfs_SIM_08"], "SIM-08 Title\na\tb\nc");
    }

    #[test]
    fn bookmarks_inside_runs_nest_and_overlap() {
        let r = read_body(
            r#"<w:p><w:r><w:t>ab</w:t></w:r><w:bookmarkStart w:id="1" w:name="outer"/><w:r><w:t>cd</w:t></w:r>
            <w:bookmarkStart w:id="2" w:name="inner"/><w:r><w:t>ef</w:t></w:r><w:bookmarkEnd w:id="2"/>
            <w:bookmarkStart w:id="3" w:name="overlap"/><w:r><w:t>gh</w:t></w:r></w:p>
            <w:p><w:r><w:t>ij</w:t></w:r><w:bookmarkEnd w:id="1"/><w:r><w:t>kl</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>"#,
        );
        let texts = r.bookmark_texts();
        assert_eq!(texts["outer"], "cdefgh\nij");
        assert_eq!(texts["inner"], "ef");
        assert_eq!(texts["overlap"], "gh\nijkl");
    }

    #[test]
    fn changes_read_as_accepted() {
        let r = read_body(
            r#"<w:bookmarkStart w:id="0" w:name="c"/>
            <w:p><w:r><w:t>keep </w:t></w:r><w:del w:id="5"><w:r><w:delText>old</w:delText></w:r></w:del>
            <w:ins w:id="6"><w:r><w:t>new</w:t></w:r></w:ins></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="9"/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p>
            <w:p><w:r><w:t>here</w:t></w:r></w:p><w:bookmarkEnd w:id="0"/>"#,
        );
        assert_eq!(r.bookmark_texts()["c"], "keep new\njoined here");
        assert_eq!(r.paragraphs.len(), 2);
    }

    #[test]
    fn a_repeated_start_as_libreoffice_writes_it_counts_from_the_first() {
        let r = read_body(
            r#"<w:p><w:bookmarkStart w:id="0" w:name="dfs_SIM_08"/><w:r><w:t>Heading</w:t></w:r></w:p>
            <w:p><w:bookmarkStart w:id="2" w:name="dfs_SIM_08"/><w:r><w:t>last</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>
            <w:p><w:bookmarkStart w:id="3" w:name="later"/><w:r><w:t>x</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>"#,
        );
        let texts = r.bookmark_texts();
        assert_eq!(texts["dfs_SIM_08"], "Heading\nlast");
        assert_eq!(texts["later"], "x");
    }

    #[test]
    fn table_paragraphs_are_read_in_order_with_their_styles() {
        let r = read_body(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>
            <w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
        );
        let texts: Vec<_> = r.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["H", "A1", "B1"]);
        assert_eq!(r.paragraphs[0].style.as_deref(), Some("Heading1"));
    }

    #[test]
    fn an_empty_or_unended_bookmark() {
        let r = read_body(
            r#"<w:p><w:r><w:t>x</w:t></w:r></w:p><w:bookmarkStart w:id="1" w:name="empty"/><w:bookmarkEnd w:id="1"/>
            <w:bookmarkStart w:id="2" w:name="open"/><w:p/>"#,
        );
        let texts = r.bookmark_texts();
        assert_eq!(texts.get("empty").map(String::as_str), Some(""));
        assert!(!texts.contains_key("open"));
    }

    #[test]
    fn field_instructions_and_fallbacks_are_not_text() {
        let r = read_body(&format!(
            r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x"><w:r><w:t>A</w:t></w:r></mc:Choice>
            <mc:Fallback><w:r><w:t>A</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#
        ));
        assert_eq!(r.paragraphs[0].text, "3A");
    }
}
