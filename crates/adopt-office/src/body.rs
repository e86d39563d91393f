//! The one walk through a Word document's body (`w:body` of `word/document.xml`).
//!
//! It reads the text as it reads with all changes accepted, into paragraphs, and tells each
//! [`BodySink`] what it meets on the way: paragraph starts, text, deleted text, bookmark and
//! comment range marks, tracked change starts and ends. The bookmark texts (`docx.rs`) and the
//! review's anchors and changes (`review.rs`) are sinks of the same walk, so both see the same
//! text and the body is walked once.
//!
//! - Inserted text counts, deleted text (`w:del`, `w:moveFrom`) does not, and a paragraph whose
//!   mark was deleted runs on into the next one.
//! - `w:tab` and `w:ptab` read as a tab, `w:br` and `w:cr` as a line break, `w:noBreakHyphen`
//!   as U+2011.
//! - Of `mc:AlternateContent`, the first choice is read; the fallback repeats it.
//! - Properties, field instructions, text boxes, drawings and objects hold no text of the body.

use roxmltree::Node;

use crate::xml::{MC, Step, W, W_STRICT, is, is_w, w_attr, w_child, walk};

/// One paragraph of the body, in reading order (paragraphs in tables included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphText {
    /// The paragraph style id (`w:pStyle`), e.g. `Heading1`; `None` for the default style.
    pub style: Option<String>,
    /// The text with changes accepted: `w:tab` as a tab, `w:br` as a line break.
    pub text: String,
}

/// Whether a tracked change inserts or deletes text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Insertion,
    Deletion,
}

/// A place in the text: a paragraph and a byte offset in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub(crate) paragraph: usize,
    pub(crate) offset: usize,
}

/// The body's text as read so far.
#[derive(Debug, Default)]
pub(crate) struct BodyText {
    pub(crate) paragraphs: Vec<ParagraphText>,
    /// The paragraph being read.
    open: Option<usize>,
    /// A paragraph whose mark was deleted: the next paragraph's text continues it.
    run_on: Option<usize>,
    /// Whether the paragraph being read has its mark deleted.
    mark_deleted: bool,
    /// Depth of `w:del`/`w:moveFrom` the walk is in: their text does not count.
    deleted: usize,
}

impl BodyText {
    /// The paragraph being read.
    pub(crate) fn open(&self) -> Option<usize> {
        self.open
    }

    /// Where a mark stands. Between paragraphs, a start belongs to the next paragraph and an
    /// end to the previous one.
    pub(crate) fn here(&self, is_start: bool) -> Pos {
        if let Some(index) = self.open.or(self.run_on) {
            return Pos {
                paragraph: index,
                offset: self.paragraphs[index].text.len(),
            };
        }
        match self.paragraphs.len() {
            n if is_start || n == 0 => Pos {
                paragraph: n,
                offset: 0,
            },
            n => Pos {
                paragraph: n - 1,
                offset: self.paragraphs[n - 1].text.len(),
            },
        }
    }

    /// The text from `start` to `end`, paragraphs joined with `\n`.
    pub(crate) fn between(&self, start: Pos, end: Pos) -> String {
        if start >= end || start.paragraph >= self.paragraphs.len() {
            return String::new();
        }
        let last = end.paragraph.min(self.paragraphs.len() - 1);
        let mut pieces = Vec::new();
        for index in start.paragraph..=last {
            let text = &self.paragraphs[index].text;
            let from = if index == start.paragraph {
                start.offset.min(text.len())
            } else {
                0
            };
            let to = if index == end.paragraph {
                end.offset.min(text.len())
            } else {
                text.len()
            };
            pieces.push(text.get(from..to.max(from)).unwrap_or_default());
        }
        pieces.join("\n")
    }

    fn open_paragraph(&mut self, node: Node) {
        let ppr = w_child(node, "pPr");
        let index = match self.run_on.take() {
            Some(index) => index,
            None => {
                let style = ppr
                    .and_then(|ppr| w_child(ppr, "pStyle"))
                    .and_then(|s| w_attr(s, "val"))
                    .map(str::to_string);
                self.paragraphs.push(ParagraphText {
                    style,
                    text: String::new(),
                });
                self.paragraphs.len() - 1
            }
        };
        self.open = Some(index);
        self.mark_deleted = ppr
            .and_then(|ppr| w_child(ppr, "rPr"))
            .is_some_and(|rpr| w_child(rpr, "del").is_some() || w_child(rpr, "moveFrom").is_some());
    }

    fn close_paragraph(&mut self) {
        if let Some(index) = self.open.take()
            && self.mark_deleted
        {
            self.run_on = Some(index);
        }
        self.mark_deleted = false;
    }
}

/// What a reading of the body does with what the walk meets. Marks get the text read so far,
/// to place themselves in it. Every method does nothing unless a sink needs it.
pub(crate) trait BodySink {
    /// A paragraph begins (not one nested in another, which joins the outer one).
    fn paragraph(&mut self, _p: Node) {}
    /// Text (`w:t`, a tab, a break, a hyphen), before it is added; `counts` is false when it is
    /// deleted or outside any paragraph, so the body's text leaves it out.
    fn text(&mut self, _text: &str, _counts: bool) {}
    /// A deletion's text (`w:delText`).
    fn deleted_text(&mut self, _text: &str) {}
    fn bookmark_start(&mut self, _body: &BodyText, _id: &str, _name: &str) {}
    /// `id` is `None` when the end carries none.
    fn bookmark_end(&mut self, _body: &BodyText, _id: Option<&str>) {}
    fn comment_start(&mut self, _body: &BodyText, _id: &str) {}
    fn comment_end(&mut self, _body: &BodyText, _id: &str) {}
    /// A comment's mark (`w:commentReference`).
    fn comment_reference(&mut self, _body: &BodyText, _id: &str) {}
    /// A `w:ins` or `w:del` begins; `author` trimmed.
    fn change_start(&mut self, _body: &BodyText, _kind: ChangeKind, _author: &str, _date: Option<&str>) {}
    /// A `w:ins` ends (an insertion), or a `w:del` or `w:moveFrom` (a deletion).
    fn change_end(&mut self, _body: &BodyText, _kind: ChangeKind) {}
}

/// Walks the body once, telling every sink in turn, and returns its text.
pub(crate) fn read_body(body: Node, sinks: &mut [&mut dyn BodySink]) -> BodyText {
    let mut reader = Reader {
        text: BodyText::default(),
        sinks,
    };
    walk(body, |step| reader.step(step));
    reader.text
}

struct Reader<'s, 'k> {
    text: BodyText,
    sinks: &'s mut [&'k mut dyn BodySink],
}

impl Reader<'_, '_> {
    /// Handles one step of the walk; returns whether to walk into the element.
    fn step(&mut self, step: Step) -> bool {
        match step {
            Step::Open(node) => self.open_element(node),
            Step::Close(node) => {
                if is_w(node, "p") {
                    self.text.close_paragraph();
                } else if is_w(node, "del") || is_w(node, "moveFrom") {
                    self.text.deleted = self.text.deleted.saturating_sub(1);
                    self.each(|s, body| s.change_end(body, ChangeKind::Deletion));
                } else if is_w(node, "ins") {
                    self.each(|s, body| s.change_end(body, ChangeKind::Insertion));
                }
                true
            }
        }
    }

    fn each(&mut self, mut event: impl FnMut(&mut dyn BodySink, &BodyText)) {
        for sink in self.sinks.iter_mut() {
            event(&mut **sink, &self.text);
        }
    }

    fn open_element(&mut self, node: Node) -> bool {
        let ns = node.tag_name().namespace();
        if ns == Some(MC) {
            return !is(node, MC, "Fallback");
        }
        if ns != Some(W) && ns != Some(W_STRICT) {
            // Other vocabularies can wrap runs and marks; only what is inside counts.
            return true;
        }
        let id = || w_attr(node, "id");
        match node.tag_name().name() {
            "p" => {
                // A paragraph inside a paragraph (only in malformed files once text boxes are
                // skipped): its text joins the outer one.
                if self.text.open.is_none() {
                    self.each(|s, _| s.paragraph(node));
                    self.text.open_paragraph(node);
                }
                true
            }
            "t" => {
                let text: String = node.children().filter_map(|c| c.text()).collect();
                self.push_text(&text);
                false
            }
            "delText" => {
                let text: String = node.children().filter_map(|c| c.text()).collect();
                self.each(|s, _| s.deleted_text(&text));
                false
            }
            "tab" | "ptab" => {
                self.push_text("\t");
                false
            }
            "br" | "cr" => {
                self.push_text("\n");
                false
            }
            "noBreakHyphen" => {
                self.push_text("\u{2011}");
                false
            }
            "ins" => {
                self.change_start(node, ChangeKind::Insertion);
                true
            }
            "del" => {
                self.text.deleted += 1;
                self.change_start(node, ChangeKind::Deletion);
                true
            }
            "moveFrom" => {
                self.text.deleted += 1;
                true
            }
            "bookmarkStart" => {
                if let (Some(id), Some(name)) = (id(), w_attr(node, "name")) {
                    self.each(|s, body| s.bookmark_start(body, id, name));
                }
                false
            }
            "bookmarkEnd" => {
                self.each(|s, body| s.bookmark_end(body, id()));
                false
            }
            "commentRangeStart" => {
                if let Some(id) = id() {
                    self.each(|s, body| s.comment_start(body, id));
                }
                false
            }
            "commentRangeEnd" => {
                if let Some(id) = id() {
                    self.each(|s, body| s.comment_end(body, id));
                }
                false
            }
            "commentReference" => {
                if let Some(id) = id() {
                    self.each(|s, body| s.comment_reference(body, id));
                }
                false
            }
            "pPr" | "rPr" | "sdtPr" | "sdtEndPr" | "tblPr" | "tblGrid" | "trPr" | "tcPr" | "sectPr" | "instrText"
            | "delInstrText" | "txbxContent" | "fldData" | "drawing" | "pict" | "object" => false,
            _ => true,
        }
    }

    fn push_text(&mut self, text: &str) {
        let counts = self.text.deleted == 0 && self.text.open.is_some();
        self.each(|s, _| s.text(text, counts));
        if counts && let Some(index) = self.text.open {
            self.text.paragraphs[index].text.push_str(text);
        }
    }

    fn change_start(&mut self, node: Node, kind: ChangeKind) {
        let author = w_attr(node, "author").unwrap_or_default().trim();
        let date = w_attr(node, "date");
        self.each(|s, body| s.change_start(body, kind, author, date));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::W;

    /// Writes down what it is told, one line per event, with places as `paragraph:offset`.
    #[derive(Default)]
    struct Log(Vec<String>);

    fn at(pos: Pos) -> String {
        format!("{}:{}", pos.paragraph, pos.offset)
    }

    impl BodySink for Log {
        fn text(&mut self, text: &str, counts: bool) {
            self.0.push(format!("text {text:?} counts={counts}"));
        }
        fn deleted_text(&mut self, text: &str) {
            self.0.push(format!("deleted {text:?}"));
        }
        fn comment_start(&mut self, body: &BodyText, id: &str) {
            self.0.push(format!("comment {id} from {}", at(body.here(true))));
        }
        fn comment_end(&mut self, body: &BodyText, id: &str) {
            self.0.push(format!("comment {id} to {}", at(body.here(false))));
        }
        fn change_start(&mut self, body: &BodyText, kind: ChangeKind, author: &str, date: Option<&str>) {
            self.0
                .push(format!("{kind:?} by {author:?} {date:?} at {}", at(body.here(true))));
        }
        fn change_end(&mut self, _body: &BodyText, kind: ChangeKind) {
            self.0.push(format!("end {kind:?}"));
        }
    }

    #[test]
    fn every_sink_hears_of_a_deletion_the_text_leaves_out() {
        let xml = format!(
            r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t xml:space="preserve">keep </w:t></w:r>
            <w:commentRangeStart w:id="4"/><w:del w:id="1" w:author=" Ana " w:date="d"><w:r><w:delText>old</w:delText></w:r></w:del>
            <w:ins w:id="2" w:author="Ben"><w:r><w:t>new</w:t></w:r></w:ins><w:commentRangeEnd w:id="4"/></w:p>
            <w:moveFrom w:id="3"><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:body></w:document>"#
        );
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let body = doc.root_element().first_element_child().unwrap();
        let (mut first, mut second) = (Log::default(), Log::default());
        let text = read_body(body, &mut [&mut first, &mut second]);
        assert_eq!(text.paragraphs.len(), 1);
        assert_eq!(text.paragraphs[0].text, "keep new");
        assert_eq!(
            first.0,
            [
                r#"text "keep " counts=true"#,
                "comment 4 from 0:5",
                r#"Deletion by "Ana" Some("d") at 0:5"#,
                r#"deleted "old""#,
                "end Deletion",
                r#"Insertion by "Ben" None at 0:5"#,
                r#"text "new" counts=true"#,
                "end Insertion",
                "comment 4 to 0:8",
                r#"text "moved" counts=false"#,
                "end Deletion",
            ]
        );
        assert_eq!(first.0, second.0);
    }
}
