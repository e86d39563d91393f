//! What a reviewer left in a returned DOCX: comments with their replies and resolved state, and
//! tracked insertions and deletions, each anchored on the clause (item) or section it sits in.
//!
//! Read in the same pass as the rest of [`crate::Docx`] (one parse of the main document part, one
//! walk of its body in `body.rs`, of which [`ReviewReading`] is a sink):
//!
//! - `comments.xml`, found through the main part's relationships (type `.../comments`): each
//!   `w:comment`'s author, initials, date as written, and paragraphs joined with `\n`.
//! - `commentsExtended.xml` (type `.../commentsExtended`, Word 2013 and later): each `w15:commentEx`
//!   names a comment by the `w14:paraId` of its last paragraph; `w15:paraIdParent` makes it a reply
//!   of the comment whose last paragraph has that id, and `w15:done="1"` marks it resolved. Replies
//!   of replies are attached to the top-level comment.
//! - The body: `w:commentRangeStart`/`w:commentRangeEnd` give the text a comment is anchored on
//!   (as it reads with changes accepted, paragraphs joined with `\n`); `w:ins`/`w:del` give the
//!   tracked changes (`w:delText` for deleted text), one change per element, and consecutive
//!   elements of the same kind, author and date with nothing between them make one change.
//!
//! Anchoring: comment and revision ids are renumbered by every program that saves the file, so a
//! comment finds its item through the bookmarks open where its range starts, or where its first
//! character is when the range starts just before a clause's bookmark (a change: where it starts). The innermost bookmark `dfs_<ID>` or `dfs_<ID>_text` gives the item (`dfs_SIM_08` is
//! `SIM-08`), the innermost `dfs_sec_N` the section. A file without any `dfs_` bookmark (a version
//! circulated before they existed) is matched by clause headings instead: a heading paragraph that
//! begins with an item id (`SIM-08 — Title`) sets the item until the next heading.
//!
//! What LibreOffice does differently (seen in LibreOffice 7.4's `.docx` saves, the fixtures of
//! `tests/review.rs`):
//! - it renumbers comment, revision and bookmark ids from 0 and writes `w14:paraId` and a
//!   `commentsExtended.xml` entry only for a resolved comment;
//! - it drops a reply's parent: the reply comes back as a comment of its own on the same text,
//!   right after the comment it answered;
//! - it may put a `w:commentRangeEnd` inside a `w:del`; the range still ends there;
//! - it writes a bookmark that spans paragraphs with a second start of its name before its end,
//!   so a bookmark is closed by name, all its starts at once; a second save keeps only that
//!   repeated start, an empty `dfs_sec_N` where the section ends (and drops some). A place no
//!   section bookmark encloses is therefore in section N when it lies after the end of section
//!   N-1 and not after the end of section N;
//! - its tracked changes carry the author "Unknown Author" when its user has no name.

use std::collections::HashMap;

use roxmltree::Node;

use crate::body::{BodySink, BodyText, ChangeKind, Pos};
use crate::error::ReadError;
use crate::word::WordPackage;
use crate::xml::{is, is_w, parse, w_attr, w_child};

/// `w14:` (Word 2010): `paraId` on paragraphs.
const W14: &str = "http://schemas.microsoft.com/office/word/2010/wordml";
/// `w15:` (Word 2013): `commentEx`.
const W15: &str = "http://schemas.microsoft.com/office/word/2012/wordml";

/// What a reviewer left in a returned DOCX.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Review {
    /// Top-level comments (not replies), in document order.
    pub comments: Vec<ReviewComment>,
    /// Tracked insertions and deletions, in document order.
    pub changes: Vec<TrackedChange>,
}

/// A reviewer's comment with its replies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewComment {
    /// `w:author`, trimmed (empty when absent).
    pub author: String,
    /// `w:initials`, trimmed; `None` when absent or empty.
    pub initials: Option<String>,
    /// `w:date` as written (ISO 8601); `None` when absent.
    pub date: Option<String>,
    /// The comment's paragraphs joined with `\n`.
    pub text: String,
    /// Where in the document it was made.
    pub anchor: Anchor,
    /// Replies in the order of `comments.xml`.
    pub replies: Vec<Reply>,
    /// Marked resolved (done) in Word: `w15:done="1"` in `commentsExtended.xml`.
    pub resolved: bool,
}

/// A reply to a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub author: String,
    pub date: Option<String>,
    pub text: String,
}

/// A tracked insertion or deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackedChange {
    pub kind: ChangeKind,
    /// `w:author`, trimmed (empty when absent).
    pub author: String,
    /// `w:date` as written; `None` when absent.
    pub date: Option<String>,
    /// The inserted or deleted text.
    pub text: String,
    /// Where it was made; its `text` is the change's own text.
    pub anchor: Anchor,
}

/// Where a comment or change sits in the draft.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Anchor {
    /// The catalog item id (`SIM-08`) of the innermost enclosing clause bookmark, else of the
    /// clause heading before it (files without bookmarks).
    pub item: Option<String>,
    /// The number of the enclosing `dfs_sec_N` bookmark.
    pub section: Option<u32>,
    /// The text anchored on, as it reads (a change: its own text).
    pub text: String,
}

/// What a `dfs_` bookmark name stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    Item(String),
    Section(u32),
}

/// `dfs_SIM_08` and `dfs_SIM_08_text` name item `SIM-08`; `dfs_sec_6` section 6.
fn mark_of(name: &str) -> Option<Mark> {
    let rest = name.strip_prefix("dfs_")?;
    if let Some(n) = rest.strip_prefix("sec_") {
        return n.parse().ok().map(Mark::Section);
    }
    let id = rest.strip_suffix("_text").unwrap_or(rest);
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(Mark::Item(id.replace('_', "-")))
}

/// The item id a clause heading begins with: `SIM-08 — Title` (letters, `-`, digits), as the
/// export writes it, after any outline number typed into the text (`3.2 SIM-08 ...`).
fn heading_item(text: &str) -> Option<String> {
    let text = text.trim_start();
    let text = text
        .strip_prefix(|c: char| c.is_ascii_digit())
        .map(|_| {
            text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .trim_start()
        })
        .unwrap_or(text);
    let word: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let after = text[word.len()..].chars().next();
    let (group, number) = word.rsplit_once('-')?;
    let well_formed = !group.is_empty()
        && group
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && group.starts_with(|c: char| c.is_ascii_uppercase())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit());
    (well_formed && after.is_none_or(|c| c.is_whitespace() || c == '—' || c == '–' || c == ':')).then_some(word)
}

/// Reads the review from the package's comment parts and the body's walk (`body`, read as one
/// sink of it, and the text it read).
pub(crate) fn read_review(
    word: &mut WordPackage,
    main_part: &str,
    mut body: ReviewReading,
    text: &BodyText,
) -> Result<Review, ReadError> {
    let rels = word.rels_of(main_part)?;
    let comments_part = word.related_part(main_part, &rels, "comments");
    let extended_part = word.related_part(main_part, &rels, "commentsExtended");

    let mut notes = match &comments_part {
        Some(part) => match word.text(part)? {
            Some(text) => read_comments(part, &text)?,
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    let extended = match &extended_part {
        Some(part) => match word.text(part)? {
            Some(text) => read_extended(part, &text)?,
            None => Vec::new(),
        },
        None => Vec::new(),
    };

    body.finish();
    Ok(assemble(&mut notes, &extended, &body, text))
}

/// One `w:comment` as read from `comments.xml`.
struct Note {
    id: String,
    author: String,
    initials: Option<String>,
    date: Option<String>,
    text: String,
    /// `w14:paraId` of its last paragraph.
    last_para_id: Option<String>,
}

fn read_comments(part: &str, text: &str) -> Result<Vec<Note>, ReadError> {
    let doc = parse(part, text)?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| is_w(*n, "comment"))
        .filter_map(|n| {
            let id = w_attr(n, "id")?.to_string();
            let paragraphs: Vec<Node> = n.descendants().filter(|d| is_w(*d, "p")).collect();
            let text = paragraphs
                .iter()
                .map(|p| paragraph_text(*p))
                .collect::<Vec<_>>()
                .join("\n");
            let last_para_id = paragraphs
                .last()
                .and_then(|p| p.attribute((W14, "paraId")))
                .map(str::to_string);
            Some(Note {
                id,
                author: w_attr(n, "author").unwrap_or_default().trim().to_string(),
                initials: w_attr(n, "initials")
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
                date: w_attr(n, "date").map(str::to_string),
                text,
                last_para_id,
            })
        })
        .collect())
}

/// A comment paragraph's text: `w:t`, tabs and breaks; deleted text left out.
fn paragraph_text(p: Node) -> String {
    let mut out = String::new();
    for d in p.descendants() {
        if is_w(d, "t") {
            if !d.ancestors().any(|a| is_w(a, "del")) {
                out.extend(d.children().filter_map(|c| c.text()));
            }
        } else if is_w(d, "tab") && d.parent().is_some_and(|r| is_w(r, "r")) {
            out.push('\t');
        } else if is_w(d, "br") || is_w(d, "cr") {
            out.push('\n');
        }
    }
    out
}

/// One `w15:commentEx`.
struct Extended {
    para_id: String,
    parent: Option<String>,
    done: bool,
}

fn read_extended(part: &str, text: &str) -> Result<Vec<Extended>, ReadError> {
    let doc = parse(part, text)?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| is(*n, W15, "commentEx"))
        .filter_map(|n| {
            Some(Extended {
                para_id: n.attribute((W15, "paraId"))?.to_string(),
                parent: n.attribute((W15, "paraIdParent")).map(str::to_string),
                done: matches!(n.attribute((W15, "done")), Some("1" | "true")),
            })
        })
        .collect())
}

/// Puts comments, replies and anchors together.
fn assemble(notes: &mut [Note], extended: &[Extended], body: &ReviewReading, text: &BodyText) -> Review {
    let by_para: HashMap<&str, usize> = notes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.last_para_id.as_deref().map(|p| (p, i)))
        .collect();
    let mut parent: Vec<Option<usize>> = vec![None; notes.len()];
    let mut done = vec![false; notes.len()];
    for ex in extended {
        let Some(&me) = by_para.get(ex.para_id.as_str()) else {
            continue;
        };
        done[me] |= ex.done;
        if let Some(&p) = ex.parent.as_deref().and_then(|p| by_para.get(p))
            && p != me
        {
            parent[me] = Some(p);
        }
    }
    // The top-level comment of each: follow parents, at most once round all of them (a cycle in
    // a crafted file leaves the comment top-level).
    let count = notes.len();
    let top = |mut i: usize| {
        for _ in 0..count {
            match parent[i] {
                Some(p) => i = p,
                None => return Some(i),
            }
        }
        None
    };

    let mut order: Vec<usize> = Vec::with_capacity(notes.len());
    let index_by_id: HashMap<&str, usize> = notes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let mut placed = vec![false; notes.len()];
    for id in &body.comment_order {
        if let Some(&i) = index_by_id.get(id.as_str())
            && !placed[i]
        {
            placed[i] = true;
            order.push(i);
        }
    }
    // Comments the body never refers to come last, in the order of comments.xml.
    order.extend((0..notes.len()).filter(|i| !placed[*i]));

    let mut slot: HashMap<usize, usize> = HashMap::new();
    let mut comments: Vec<ReviewComment> = Vec::new();
    for &i in &order {
        if !matches!(top(i), Some(t) if t != i) {
            let note = &notes[i];
            slot.insert(i, comments.len());
            comments.push(ReviewComment {
                author: note.author.clone(),
                initials: note.initials.clone(),
                date: note.date.clone(),
                text: note.text.clone(),
                anchor: body.comment_anchor(&note.id, text),
                replies: Vec::new(),
                resolved: done[i],
            });
        }
    }
    // Replies in the order of comments.xml, which is the order they were written.
    let tops: Vec<Option<usize>> = (0..count).map(top).collect();
    for (i, note) in notes.iter_mut().enumerate() {
        if let Some(t) = tops[i].filter(|t| *t != i)
            && let Some(&s) = slot.get(&t)
        {
            comments[s].replies.push(Reply {
                author: std::mem::take(&mut note.author),
                date: note.date.take(),
                text: std::mem::take(&mut note.text),
            });
        }
    }
    Review {
        comments,
        changes: body.changes.clone(),
    }
}

/// Where a comment's range starts: the place and the marks open there.
struct Start {
    pos: Pos,
    item: Option<String>,
    section: Option<u32>,
}

/// The review's reading of the body: one sink of its walk (`body.rs`), which reads the text.
#[derive(Default)]
pub(crate) struct ReviewReading {
    has_dfs_bookmarks: bool,
    /// Open bookmarks in the order they started: (id, name, what it stands for).
    bookmarks: Vec<(String, String, Option<Mark>)>,
    /// The item of the last clause heading (files without bookmarks).
    heading_item: Option<String>,
    /// Comment ids in the order the body first names them.
    comment_order: Vec<String>,
    starts: HashMap<String, Start>,
    /// Open ranges outside any item that have read no text yet: a selection that begins just
    /// before a clause's bookmark (Word can put the range start first) takes the clause of its
    /// first character.
    before_text: Vec<String>,
    ranges: HashMap<String, (Start, Pos)>,
    /// The `w:ins`/`w:del` being read (one at a time; a nested one joins the outer).
    change: Option<(ChangeKind, usize)>,
    changes: Vec<TrackedChange>,
    /// Whether text was read since the last change closed (so the next one cannot merge).
    text_since_change: bool,
    /// The paragraph the last change ended in: a change merged across paragraphs gets a `\n`.
    change_paragraph: Option<usize>,
    /// Where each change starts, by index in `changes`.
    change_starts: Vec<Pos>,
    /// Where each `dfs_sec_N` bookmark ends (the first end of each number).
    section_ends: Vec<(Pos, u32)>,
}

impl BodySink for ReviewReading {
    fn paragraph(&mut self, p: Node) {
        if !self.has_dfs_bookmarks && is_heading(p) {
            let text: String = p
                .descendants()
                .filter(|d| is_w(*d, "t") && !d.ancestors().any(|a| is_w(a, "del")))
                .flat_map(|d| d.children().filter_map(|c| c.text()))
                .collect();
            self.heading_item = heading_item(&text);
        }
    }

    fn text(&mut self, text: &str, counts: bool) {
        if self.change.is_some() {
            self.push_change_text(text);
        } else if !text.is_empty() {
            self.text_since_change = true;
        }
        if counts && !text.is_empty() && !self.before_text.is_empty() {
            self.first_text_read();
        }
    }

    fn deleted_text(&mut self, text: &str) {
        self.push_change_text(text);
    }

    fn bookmark_start(&mut self, _body: &BodyText, id: &str, name: &str) {
        self.bookmarks.push((id.to_string(), name.to_string(), mark_of(name)));
    }

    fn bookmark_end(&mut self, body: &BodyText, id: Option<&str>) {
        // Closed by name: LibreOffice writes a second start of a name before its end.
        let id = id.unwrap_or_default();
        if let Some((name, mark)) = self
            .bookmarks
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, n, m)| (n.clone(), m.clone()))
        {
            self.bookmarks.retain(|(_, n, _)| *n != name);
            if let Some(Mark::Section(number)) = mark
                && !self.section_ends.iter().any(|(_, n)| *n == number)
            {
                self.section_ends.push((body.here(false), number));
            }
        }
    }

    fn comment_start(&mut self, body: &BodyText, id: &str) {
        self.name_comment(id);
        let start = self.start_here(body);
        if start.item.is_none() {
            self.before_text.push(id.to_string());
        }
        self.starts.entry(id.to_string()).or_insert(start);
    }

    fn comment_end(&mut self, body: &BodyText, id: &str) {
        if let Some(start) = self.starts.remove(id) {
            self.ranges.insert(id.to_string(), (start, body.here(false)));
        }
    }

    fn comment_reference(&mut self, body: &BodyText, id: &str) {
        // A comment without a range is anchored on the point of its mark.
        self.name_comment(id);
        if !self.ranges.contains_key(id) && !self.starts.contains_key(id) {
            let start = self.start_here(body);
            let end = start.pos;
            self.ranges.insert(id.to_string(), (start, end));
        }
    }

    fn change_start(&mut self, body: &BodyText, kind: ChangeKind, author: &str, date: Option<&str>) {
        if self.change.is_some() {
            return;
        }
        let date = date.map(str::to_string);
        // Word and LibreOffice split one edit into several elements where formatting changes.
        if !self.text_since_change
            && let Some(last) = self.changes.last()
            && last.kind == kind
            && last.author == author
            && last.date == date
        {
            let index = self.changes.len() - 1;
            self.change = Some((kind, index));
            if self.change_paragraph.is_some() && self.change_paragraph != body.open() {
                self.push_change_text("\n");
            }
            return;
        }
        let (item, section) = self.marks_here();
        self.change_starts.push(body.here(true));
        self.changes.push(TrackedChange {
            kind,
            author: author.to_string(),
            date,
            text: String::new(),
            anchor: Anchor {
                item,
                section,
                text: String::new(),
            },
        });
        self.change = Some((kind, self.changes.len() - 1));
    }

    fn change_end(&mut self, body: &BodyText, kind: ChangeKind) {
        if matches!(self.change, Some((k, _)) if k == kind) {
            self.change = None;
            self.text_since_change = false;
            self.change_paragraph = body.open();
        }
    }
}

impl ReviewReading {
    /// Ready for the walk of `body`: whether it has any `dfs_` bookmark decides how comments
    /// find their item.
    pub(crate) fn new(body: Option<Node>) -> ReviewReading {
        let has_dfs_bookmarks = body.is_some_and(|body| {
            body.descendants()
                .any(|n| is_w(n, "bookmarkStart") && w_attr(n, "name").is_some_and(|name| mark_of(name).is_some()))
        });
        ReviewReading {
            has_dfs_bookmarks,
            ..ReviewReading::default()
        }
    }

    fn name_comment(&mut self, id: &str) {
        if !self.starts.contains_key(id) && !self.ranges.contains_key(id) {
            self.comment_order.push(id.to_string());
        }
    }

    /// The ranges waiting for their first character take the item and section open here.
    fn first_text_read(&mut self) {
        let (item, section) = self.marks_here();
        for id in std::mem::take(&mut self.before_text) {
            if let Some(start) = self.starts.get_mut(&id) {
                start.item = item.clone();
                start.section = section.or(start.section);
            }
        }
    }

    fn push_change_text(&mut self, text: &str) {
        if let Some((_, index)) = self.change
            && let Some(change) = self.changes.get_mut(index)
        {
            change.text.push_str(text);
            change.anchor.text.push_str(text);
        }
    }

    /// After the walk: sections from where section bookmarks end, for anchors outside any
    /// (see [`ReviewReading::section_by_ends`]), and changes that carry no text (a paragraph mark
    /// or an empty run) dropped.
    fn finish(&mut self) {
        self.section_ends.sort();
        let mut changes = std::mem::take(&mut self.changes);
        for (change, start) in changes.iter_mut().zip(&self.change_starts) {
            if change.anchor.section.is_none() {
                change.anchor.section = self.section_by_ends(*start);
            }
        }
        changes.retain(|c| !c.text.is_empty());
        self.changes = changes;
        let mut starts: Vec<(String, Pos)> = Vec::new();
        for (id, (start, _)) in &self.ranges {
            if start.section.is_none() {
                starts.push((id.clone(), start.pos));
            }
        }
        for (id, pos) in starts {
            let section = self.section_by_ends(pos);
            if let Some((start, _)) = self.ranges.get_mut(&id) {
                start.section = section;
            }
        }
    }

    /// The section of a place no `dfs_sec_N` bookmark encloses, judged by where the sections
    /// end. LibreOffice's second save keeps of a section bookmark that spans paragraphs only the
    /// repeated start it wrote before the end, an empty bookmark where the section ends (and
    /// sometimes drops it). Sections follow each other, so a place after the end of section N-1
    /// and not after the end of section N is in section N; a place after a section whose next
    /// number is missing is left without one.
    fn section_by_ends(&self, at: Pos) -> Option<u32> {
        let next = self.section_ends.iter().position(|(end, _)| *end >= at)?;
        let previous = self.section_ends.get(next.checked_sub(1)?)?;
        let (_, number) = self.section_ends[next];
        (previous.1.checked_add(1) == Some(number) && previous.0 < at).then_some(number)
    }

    /// The innermost item and section bookmarks open here (else the last clause heading).
    fn marks_here(&self) -> (Option<String>, Option<u32>) {
        let mut item = None;
        let mut section = None;
        for (_, _, mark) in self.bookmarks.iter().rev() {
            match mark {
                Some(Mark::Item(id)) if item.is_none() => item = Some(id.clone()),
                Some(Mark::Section(n)) if section.is_none() => section = Some(*n),
                _ => {}
            }
        }
        if !self.has_dfs_bookmarks {
            item = self.heading_item.clone();
        }
        (item, section)
    }

    fn start_here(&self, body: &BodyText) -> Start {
        let (item, section) = self.marks_here();
        Start {
            pos: body.here(true),
            item,
            section,
        }
    }

    fn comment_anchor(&self, id: &str, text: &BodyText) -> Anchor {
        match self.ranges.get(id) {
            Some((start, end)) => Anchor {
                item: start.item.clone(),
                section: start.section,
                text: text.between(start.pos, *end),
            },
            None => match self.starts.get(id) {
                // A range that never ends: the item and section it started in, no text.
                Some(start) => Anchor {
                    item: start.item.clone(),
                    section: start.section,
                    text: String::new(),
                },
                None => Anchor::default(),
            },
        }
    }
}

/// A heading paragraph: a `Heading…` (or localised `Titre…`, `Überschrift…`) style, or an
/// outline level in its own properties.
fn is_heading(p: Node) -> bool {
    let Some(ppr) = w_child(p, "pPr") else {
        return false;
    };
    let style = w_child(ppr, "pStyle")
        .and_then(|s| w_attr(s, "val"))
        .unwrap_or_default();
    let lower = style.to_lowercase();
    lower.starts_with("heading")
        || lower.starts_with("titre")
        || lower.starts_with("berschrift")
        || lower.starts_with("überschrift")
        || w_child(ppr, "outlineLvl").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::read_body;
    use crate::xml::W;

    fn review_of(body: &str, comments: &str, extended: &str) -> Review {
        let xml = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element().first_element_child().unwrap();
        let mut reading = ReviewReading::new(Some(root));
        let text = read_body(root, &mut [&mut reading]);
        reading.finish();
        let comments = format!(r#"<w:comments xmlns:w="{W}" xmlns:w14="{W14}">{comments}</w:comments>"#);
        let extended = format!(r#"<w15:commentsEx xmlns:w15="{W15}">{extended}</w15:commentsEx>"#);
        let mut notes = read_comments("word/comments.xml", &comments).unwrap();
        let extended = read_extended("word/commentsExtended.xml", &extended).unwrap();
        assemble(&mut notes, &extended, &reading, &text)
    }

    #[test]
    fn a_comment_with_a_reply_in_a_clause() {
        let review = review_of(
            r#"<w:bookmarkStart w:id="0" w:name="dfs_sec_3"/>
            <w:p><w:bookmarkStart w:id="1" w:name="dfs_SIM_08"/><w:r><w:t>SIM-08 — Title</w:t></w:r></w:p>
            <w:p><w:bookmarkStart w:id="2" w:name="dfs_SIM_08_text"/><w:r><w:t xml:space="preserve">The operator </w:t></w:r>
            <w:commentRangeStart w:id="7"/><w:commentRangeStart w:id="8"/><w:r><w:t>shall</w:t></w:r>
            <w:del w:id="3" w:author="Ana" w:date="2026-11-02T10:00:00Z"><w:r><w:delText>may</w:delText></w:r></w:del>
            <w:commentRangeEnd w:id="7"/><w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="7"/></w:r>
            <w:r><w:commentReference w:id="8"/></w:r><w:r><w:t xml:space="preserve"> qualify.</w:t></w:r>
            <w:bookmarkEnd w:id="2"/><w:bookmarkEnd w:id="1"/></w:p>
            <w:p><w:commentRangeStart w:id="9"/><w:r><w:t>Later</w:t></w:r><w:commentRangeEnd w:id="9"/></w:p>
            <w:bookmarkEnd w:id="0"/><w:p><w:r><w:commentReference w:id="10"/></w:r></w:p>"#,
            r#"<w:comment w:id="7" w:author=" Ana " w:initials="A" w:date="2026-11-02T10:00:00Z">
              <w:p w14:paraId="0000000A"><w:r><w:t>Why</w:t></w:r></w:p><w:p w14:paraId="0000000B"><w:r><w:t>"shall"?</w:t></w:r></w:p></w:comment>
            <w:comment w:id="8" w:author="Ben"><w:p w14:paraId="0000000C"><w:r><w:t>Agreed.</w:t></w:r></w:p></w:comment>
            <w:comment w:id="9" w:author="Ben"><w:p><w:r><w:t>Section note</w:t></w:r></w:p></w:comment>
            <w:comment w:id="10" w:author=""><w:p><w:r><w:t>Outside</w:t></w:r></w:p></w:comment>"#,
            r#"<w15:commentEx w15:paraId="0000000B" w15:done="1"/>
            <w15:commentEx w15:paraId="0000000C" w15:paraIdParent="0000000B" w15:done="0"/>"#,
        );
        assert_eq!(review.comments.len(), 3, "{review:#?}");
        let first = &review.comments[0];
        assert_eq!((first.author.as_str(), first.initials.as_deref()), ("Ana", Some("A")));
        assert_eq!(first.text, "Why\n\"shall\"?");
        assert_eq!(first.anchor.item.as_deref(), Some("SIM-08"));
        assert_eq!(first.anchor.section, Some(3));
        assert_eq!(first.anchor.text, "shall");
        assert!(first.resolved);
        assert_eq!(
            first.replies,
            [Reply {
                author: "Ben".into(),
                date: None,
                text: "Agreed.".into()
            }]
        );
        let second = &review.comments[1];
        assert_eq!((second.anchor.item.as_deref(), second.anchor.section), (None, Some(3)));
        assert_eq!(second.anchor.text, "Later");
        assert_eq!(review.comments[2].anchor, Anchor::default());
        assert_eq!(review.changes.len(), 1);
        assert_eq!(review.changes[0].kind, ChangeKind::Deletion);
        assert_eq!(review.changes[0].text, "may");
        assert_eq!(review.changes[0].anchor.item.as_deref(), Some("SIM-08"));
    }

    #[test]
    fn split_insertions_merge_and_headings_anchor_files_without_bookmarks() {
        let review = review_of(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>REG-01 — Licensing</w:t></w:r></w:p>
            <w:p><w:ins w:id="1" w:author="Ana" w:date="d"><w:r><w:t xml:space="preserve">new </w:t></w:r></w:ins>
            <w:ins w:id="2" w:author="Ana" w:date="d"><w:r><w:rPr><w:b/></w:rPr><w:t>words</w:t></w:r></w:ins>
            <w:r><w:t xml:space="preserve"> kept </w:t></w:r>
            <w:ins w:id="3" w:author="Ana" w:date="d"><w:r><w:t>more</w:t></w:r></w:ins></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Annexes</w:t></w:r></w:p>
            <w:p><w:del w:id="4" w:author="Ben"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>"#,
            "",
            "",
        );
        let texts: Vec<_> = review
            .changes
            .iter()
            .map(|c| (c.text.as_str(), c.anchor.item.as_deref()))
            .collect();
        assert_eq!(
            texts,
            [("new words", Some("REG-01")), ("more", Some("REG-01")), ("gone", None)]
        );
        assert_eq!(review.changes[0].anchor.text, "new words");
    }

    #[test]
    fn sections_collapsed_by_a_libreoffice_resave_are_found_by_where_they_end() {
        // Sections 1 and 2 as empty bookmarks in their last paragraphs; section 4's lost.
        let p = |text: &str| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
        let comment = |id: u32, text: &str| {
            format!(
                r#"<w:p><w:commentRangeStart w:id="{id}"/><w:r><w:t>{text}</w:t></w:r><w:commentRangeEnd w:id="{id}"/></w:p>"#
            )
        };
        let end_of = |n: u32, text: &str| {
            format!(
                r#"<w:p><w:bookmarkStart w:id="{n}" w:name="dfs_sec_{n}"/><w:r><w:t>{text}</w:t></w:r><w:bookmarkEnd w:id="{n}"/></w:p>"#
            )
        };
        let body = [
            comment(0, "Cover"),
            p("One"),
            end_of(1, "end one"),
            comment(1, "Two"),
            end_of(2, "end two"),
            p("Three"),
            end_of(3, "end three"),
            comment(2, "Four"),
            end_of(5, "end five"),
        ]
        .concat();
        let notes: String = (0..3)
            .map(|id| {
                format!(r#"<w:comment w:id="{id}" w:author="A"><w:p><w:r><w:t>c{id}</w:t></w:r></w:p></w:comment>"#)
            })
            .collect();
        let review = review_of(&body, &notes, "");
        let sections: Vec<_> = review
            .comments
            .iter()
            .map(|c| (c.anchor.text.as_str(), c.anchor.section))
            .collect();
        assert_eq!(sections, [("Cover", None), ("Two", Some(2)), ("Four", None)]);
    }

    #[test]
    fn a_range_starting_just_before_a_clause_bookmark_takes_the_clause() {
        let review = review_of(
            r#"<w:p><w:r><w:t>Before.</w:t></w:r></w:p>
            <w:p><w:commentRangeStart w:id="1"/><w:bookmarkStart w:id="5" w:name="dfs_SIM_08"/>
            <w:r><w:t>SIM-08 — Title</w:t></w:r><w:commentRangeEnd w:id="1"/><w:bookmarkEnd w:id="5"/></w:p>
            <w:p><w:commentRangeStart w:id="2"/><w:r><w:t>After.</w:t></w:r><w:commentRangeEnd w:id="2"/></w:p>"#,
            r#"<w:comment w:id="1" w:author="A"><w:p><w:r><w:t>on the heading</w:t></w:r></w:p></w:comment>
            <w:comment w:id="2" w:author="A"><w:p><w:r><w:t>outside</w:t></w:r></w:p></w:comment>"#,
            "",
        );
        let items: Vec<_> = review
            .comments
            .iter()
            .map(|c| (c.anchor.text.as_str(), c.anchor.item.as_deref()))
            .collect();
        assert_eq!(items, [("SIM-08 — Title", Some("SIM-08")), ("After.", None)]);
    }

    #[test]
    fn bookmark_names_give_items_and_sections() {
        assert_eq!(mark_of("dfs_SIM_08"), Some(Mark::Item("SIM-08".into())));
        assert_eq!(mark_of("dfs_SIM_08_text"), Some(Mark::Item("SIM-08".into())));
        assert_eq!(mark_of("dfs_REG_01"), Some(Mark::Item("REG-01".into())));
        assert_eq!(mark_of("dfs_sec_6"), Some(Mark::Section(6)));
        assert_eq!(mark_of("dfs_sec_x"), None);
        assert_eq!(mark_of("_Toc123"), None);
        assert_eq!(mark_of("dfs_"), None);
    }

    #[test]
    fn clause_headings_give_items() {
        assert_eq!(
            heading_item("SIM-08 — Simulator qualification").as_deref(),
            Some("SIM-08")
        );
        assert_eq!(heading_item("3.2 REG-01 — Licensing").as_deref(), Some("REG-01"));
        assert_eq!(heading_item("SIM-08"), Some("SIM-08".into()));
        assert_eq!(heading_item("Requirements"), None);
        assert_eq!(heading_item("Annex A-1x"), None);
        assert_eq!(heading_item("COVID-19s"), None);
    }
}
