//! Redlines: the current draft compared with a circulated version, every difference marked as
//! an insertion or a deletion (DOCX tracked changes, a PDF redline).
//!
//! [`compose_redline`] composes both drafts and keeps the new one up to its first numbered
//! section; from there to the end of the template's parts the two block lists are compared:
//! - blocks are aligned by a key (bookmarks by name, headings and paragraphs by text, tables by
//!   their columns, lists by their items) within the clause they belong to, with the patience
//!   diff of the `similar` crate, so unchanged clauses anchor the comparison and each changed
//!   stretch (hunk) is compared on its own;
//! - inside a hunk, blocks of the same kind, style and clause whose words are alike are paired
//!   and compared word by word; the others are deleted (old) or inserted (new), the deleted ones
//!   placed before the next kept block, so rejecting every change restores the old order;
//! - table rows are aligned by the item they name (or their first cell), then compared cell by
//!   cell; list items by their text.
//!
//! The closing annexes (changes since the version, completeness findings) follow unmarked.
//! Who made a change and when comes from an [`Attribution`]: the item's latest change for text in
//! its clause or in a table row naming it, otherwise a default.
//!
//! A deleted heading keeps its old number (outside the model's numbering order: the numbered
//! headings that are not deleted follow it), is left out of the contents and gets a fresh
//! anchor; a DOCX numbers it automatically so rejecting the changes gives the old numbers back.
//!
//! Bookmarks are the new draft's only: those of deleted text are dropped, so names stay unique
//! and paired. Page breaks and signature blocks carry no text to mark: a deleted one is dropped
//! and an inserted one kept unmarked, as is a deleted table without rows.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::Hash;
use std::ops::Range;

use chrono::{DateTime, Utc};
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::compose::{compose_body, finish};
use crate::input::{DraftInput, clause_bookmark};
use crate::model::*;
use crate::template::{Template, TemplateError};
use crate::words::{EN, FR, Words};

/// Who made a change, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub date: DateTime<Utc>,
}

/// Who made the changes a redline shows: per item (keyed by item id, "SIM-08"), the author and
/// date of its latest change since the version compared to; `default` for everything else
/// (template prose, workspace properties, items not in `items`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub default: Author,
    pub items: BTreeMap<String, Author>,
}

impl Attribution {
    /// Everything attributed to one author.
    pub fn to(default: Author) -> Self {
        Attribution {
            default,
            items: BTreeMap::new(),
        }
    }

    /// The author of a change to `item`, or the default.
    pub fn author(&self, item: Option<&str>) -> &Author {
        item.and_then(|id| self.items.get(id)).unwrap_or(&self.default)
    }
}

/// Titles of the closing annexes in every language: the changes since a version, up to the
/// label (`changes.rs`), and the completeness findings (`gap.rs`).
const CLOSING_ANNEXES: [&Words; 2] = [&EN, &FR];

/// Composes the redline of `new` against `old`: the new draft, identical to [`compose`] up to its
/// first numbered section, then the old and new bodies compared with every difference marked
/// (see the module documentation), then the closing annexes of `new` unmarked: the changes since
/// the version (when `new.circulation.changes` is set) and the completeness findings.
///
/// [`compose`]: crate::compose()
pub fn compose_redline(
    old: &DraftInput<'_>,
    old_template: &Template,
    new: &DraftInput<'_>,
    new_template: &Template,
    attribution: &Attribution,
) -> Result<Document, TemplateError> {
    let (old_doc, _) = compose_body(old, old_template)?;
    let (mut doc, context) = compose_body(new, new_template)?;
    let old_body = &old_doc.blocks[body_start(&old_doc.blocks)..];
    let new_body = doc.blocks.split_off(body_start(&doc.blocks));
    let mut redliner = Redliner::new(attribution, doc.blocks.iter().chain(&new_body));
    let compared = redliner.blocks(old_body, &new_body);
    doc.blocks.extend(compared);
    Ok(finish(doc, &context, new, new_template))
}

/// The document with every change accepted: deleted text, and blocks, list items and table rows
/// wholly deleted, are dropped; inserted text is kept unmarked; headings show their new text.
pub fn accept_all(doc: &Document) -> Document {
    settle(doc, RevisionKind::Deleted)
}

/// The document with every change rejected: inserted text, and blocks, list items and table rows
/// wholly inserted, are dropped; deleted text is kept unmarked; headings show their old text.
/// Heading numbers and anchors stay the new draft's, but for deleted headings, which keep their
/// old numbers.
pub fn reject_all(doc: &Document) -> Document {
    settle(doc, RevisionKind::Inserted)
}

/// The text of the compared part of a draft, one line per heading, paragraph, list item and
/// table row, for comparing drafts by their words: from the first numbered section to the
/// closing annexes (changes since a version, completeness findings), which are left out.
/// Headings read as displayed (their redline when they have one), without their numbers.
pub fn body_text(doc: &Document) -> String {
    let start = body_start(&doc.blocks);
    let end = doc.blocks[start..]
        .iter()
        .position(|b| matches!(b, Block::Heading(h) if is_closing_annex(h)))
        .map_or(doc.blocks.len(), |i| start + i);
    let mut lines: Vec<String> = Vec::new();
    for block in &doc.blocks[start..end] {
        match block {
            Block::Heading(h) => {
                let text = h.redline.as_deref().map_or_else(|| h.text.clone(), text_of);
                lines.push(format!("{} {text}", "#".repeat(usize::from(h.level))));
            }
            Block::Paragraph(p) => lines.push(text_of(&p.content)),
            Block::List(list) => lines.extend(list.items.iter().map(|i| format!("- {}", text_of(i)))),
            Block::Table(table) => {
                let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
                lines.push(format!("| {} |", titles.join(" | ")));
                for row in &table.rows {
                    let cells: Vec<String> = row.iter().map(|c| text_of(c)).collect();
                    lines.push(format!("| {} |", cells.join(" | ")));
                }
            }
            Block::Signatures(signatories) => {
                let names: Vec<&str> = signatories.iter().map(|s| s.authority.as_str()).collect();
                lines.push(format!("Signatures: {}", names.join("; ")));
            }
            Block::Cover(_)
            | Block::TableOfContents { .. }
            | Block::PageBreak
            | Block::BookmarkStart { .. }
            | Block::BookmarkEnd { .. } => {}
        }
    }
    lines.join("\n")
}

/// Whether spans were wholly inserted or deleted, as the model defines it for a paragraph,
/// heading redline, list item or table row: every span with text (or, when none has text, every
/// span) carries a revision of that kind.
pub fn whole_revision<'a>(spans: impl IntoIterator<Item = &'a Span> + Clone) -> Option<RevisionKind> {
    let has_text = spans.clone().into_iter().any(|s| !s.text.is_empty());
    let mut kind = None;
    for span in spans.into_iter().filter(|s| !has_text || !s.text.is_empty()) {
        match (&span.revision, kind) {
            (None, _) => return None,
            (Some(r), None) => kind = Some(r.kind),
            (Some(r), Some(k)) if r.kind != k => return None,
            _ => {}
        }
    }
    kind
}

/// Where the compared part starts: the first top-level section's bookmark, or else the first
/// numbered level-1 heading.
fn body_start(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .position(|b| matches!(b, Block::BookmarkStart { name } if is_section(name)))
        .or_else(|| {
            blocks
                .iter()
                .position(|b| matches!(b, Block::Heading(h) if h.level == 1 && h.number.is_some()))
        })
        .unwrap_or(blocks.len())
}

fn is_closing_annex(h: &Heading) -> bool {
    h.level == 1
        && h.number.is_none()
        && CLOSING_ANNEXES
            .iter()
            .any(|w| h.text.starts_with(w.annex_changes_prefix) || h.text == w.annex_findings)
}

fn is_section(name: &str) -> bool {
    name.starts_with("dfs_sec_")
}

/// A clause's bookmark (`dfs_SIM_08`), not a section's or a clause text's.
fn is_clause(name: &str) -> bool {
    name.starts_with("dfs_") && !is_section(name) && !name.ends_with("_text")
}

fn text_of(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Drops what has `drop` kind and unmarks the rest.
fn settle(doc: &Document, drop: RevisionKind) -> Document {
    let keep = |spans: &[Span]| -> Vec<Span> {
        spans
            .iter()
            .filter(|s| s.revision.as_ref().is_none_or(|r| r.kind != drop))
            .map(|s| Span {
                revision: None,
                ..s.clone()
            })
            .collect()
    };
    let blocks = doc
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading(h) => match &h.redline {
                None => Some(block.clone()),
                Some(spans) if whole_revision(spans) == Some(drop) => None,
                Some(spans) => Some(Block::Heading(Heading {
                    text: text_of(&keep(spans)),
                    redline: None,
                    ..h.clone()
                })),
            },
            Block::Paragraph(p) if whole_revision(&p.content) == Some(drop) => None,
            Block::Paragraph(p) => Some(Block::Paragraph(Paragraph::new(p.style, keep(&p.content)))),
            Block::List(list) => {
                let items: Vec<Vec<Span>> = list
                    .items
                    .iter()
                    .filter(|i| whole_revision(i.iter()) != Some(drop))
                    .map(|i| keep(i))
                    .collect();
                // A list (or table) all of whose items were dropped was itself dropped.
                let dropped = items.is_empty() && !list.items.is_empty();
                (!dropped).then_some(Block::List(List {
                    ordered: list.ordered,
                    items,
                }))
            }
            Block::Table(table) => {
                let rows: Vec<Vec<Cell>> = table
                    .rows
                    .iter()
                    .filter(|r| whole_revision(r.iter().flatten()) != Some(drop))
                    .map(|r| r.iter().map(|c| keep(c)).collect())
                    .collect();
                let dropped = rows.is_empty() && !table.rows.is_empty();
                (!dropped).then_some(Block::Table(Table {
                    columns: table.columns.clone(),
                    rows,
                }))
            }
            _ => Some(block.clone()),
        })
        .collect();
    Document { blocks, ..doc.clone() }
}

/// How a block is recognised in the other draft. Text blocks carry the clause they belong to,
/// so the same field line in two clauses is two keys.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Key<'a> {
    kind: u8,
    /// Heading level, paragraph style, whether a list is ordered.
    sub: u8,
    scope: Option<&'a str>,
    text: Cow<'a, str>,
}

fn key<'a>(block: &'a Block, scope: Option<&'a str>) -> Key<'a> {
    let (kind, sub, scope, text): (u8, u8, Option<&str>, Cow<'a, str>) = match block {
        Block::BookmarkStart { name } => (0, 0, None, name.into()),
        Block::BookmarkEnd { name } => (1, 0, None, name.into()),
        Block::Heading(h) => (2, h.level, scope, h.text.as_str().into()),
        Block::Paragraph(p) => (3, style_code(p.style), scope, span_text(&p.content)),
        Block::List(list) => (
            4,
            u8::from(list.ordered),
            scope,
            list.items
                .iter()
                .map(|i| text_of(i))
                .collect::<Vec<_>>()
                .join("\u{1f}")
                .into(),
        ),
        Block::Table(table) => (
            5,
            0,
            scope,
            table
                .columns
                .iter()
                .map(|c| c.title.as_str())
                .collect::<Vec<_>>()
                .join("\u{1f}")
                .into(),
        ),
        Block::Signatures(s) => (
            6,
            0,
            None,
            s.iter()
                .map(|s| s.authority.as_str())
                .collect::<Vec<_>>()
                .join("\u{1f}")
                .into(),
        ),
        Block::PageBreak => (7, 0, None, "".into()),
        Block::Cover(c) => (8, 0, None, c.title.as_str().into()),
        Block::TableOfContents { title } => (9, 0, None, title.as_str().into()),
    };
    Key { kind, sub, scope, text }
}

fn span_text(spans: &[Span]) -> Cow<'_, str> {
    match spans {
        [one] => Cow::Borrowed(one.text.as_str()),
        _ => Cow::Owned(text_of(spans)),
    }
}

fn style_code(style: ParagraphStyle) -> u8 {
    match style {
        ParagraphStyle::Body => 0,
        ParagraphStyle::Quote => 1,
        ParagraphStyle::Note => 2,
        ParagraphStyle::Field => 3,
    }
}

/// For each block, the clause bookmark it sits in (the innermost), if any.
fn scopes(blocks: &[Block]) -> Vec<Option<&str>> {
    let mut open: Vec<&str> = Vec::new();
    blocks
        .iter()
        .map(|block| {
            match block {
                Block::BookmarkStart { name } if is_clause(name) => open.push(name),
                Block::BookmarkEnd { name } if is_clause(name) => {
                    if let Some(at) = open.iter().rposition(|n| n == name) {
                        open.remove(at);
                    }
                }
                _ => {}
            }
            open.last().copied()
        })
        .collect()
}

/// How many old blocks (rows, items) ahead of the last paired one a hunk looks for a partner:
/// bounds the work in a long hunk.
const WINDOW: usize = 48;
/// Share of words two texts must have in common to be shown as one text changed rather than
/// one deleted and another inserted.
const ALIKE: f32 = 0.5;

/// The comparison under way: attribution lookups and the anchors already taken.
struct Redliner<'a> {
    attribution: &'a Attribution,
    /// Clause bookmark name → item id, for the items the attribution names.
    items_by_bookmark: HashMap<String, &'a str>,
    anchors: BTreeSet<String>,
}

/// Two revisions for one author: what a deleted and an inserted span carry.
struct Marks {
    deleted: Revision,
    inserted: Revision,
}

impl Marks {
    fn of(&self, kind: RevisionKind) -> &Revision {
        match kind {
            RevisionKind::Deleted => &self.deleted,
            RevisionKind::Inserted => &self.inserted,
        }
    }
}

impl<'a> Redliner<'a> {
    fn new<'b>(attribution: &'a Attribution, new_blocks: impl Iterator<Item = &'b Block>) -> Self {
        let anchors = new_blocks
            .filter_map(|b| match b {
                Block::Heading(h) => Some(h.anchor.clone()),
                _ => None,
            })
            .collect();
        Redliner {
            attribution,
            items_by_bookmark: attribution
                .items
                .keys()
                .map(|id| (clause_bookmark(id), id.as_str()))
                .collect(),
            anchors,
        }
    }

    /// The item a clause bookmark wraps: the attribution's id, else the name read back.
    fn item_of<'s>(&'s self, bookmark: &'s str) -> Cow<'s, str> {
        match self.items_by_bookmark.get(bookmark) {
            Some(id) => Cow::Borrowed(id),
            None => Cow::Owned(bookmark.trim_start_matches("dfs_").replace('_', "-")),
        }
    }

    fn marks(&self, item: Option<&str>) -> Marks {
        let author = self.attribution.author(item);
        let revision = |kind| Revision {
            kind,
            author: author.name.clone(),
            date: author.date,
        };
        Marks {
            deleted: revision(RevisionKind::Deleted),
            inserted: revision(RevisionKind::Inserted),
        }
    }

    fn scope_marks(&self, scope: Option<&str>) -> Marks {
        let item = scope.map(|s| self.item_of(s));
        self.marks(item.as_deref())
    }

    /// The item a table row names: a cell's first word that the attribution knows or that reads
    /// as an item id ("SIM-08").
    fn row_item<'r>(&self, row: &'r [Cell]) -> Option<&'r str> {
        row.iter().find_map(|cell| {
            let first = cell.first()?.text.split_whitespace().next()?;
            let word = first.trim_matches(|c: char| !c.is_alphanumeric());
            (self.attribution.items.contains_key(word) || looks_like_item(word)).then_some(word)
        })
    }

    fn fresh_anchor(&mut self, old: &str) -> String {
        // New anchors never start with "deleted-" (numbered ones are "section-…", the closing
        // annexes' are fixed slugs), so these stay unique once those annexes are added.
        let base = format!("deleted-{old}");
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.anchors.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        anchor
    }

    /// Compares two block lists.
    fn blocks(&mut self, old: &[Block], new: &[Block]) -> Vec<Block> {
        let old_scopes = scopes(old);
        let new_scopes = scopes(new);
        let old_keys = old.iter().zip(&old_scopes).map(|(b, s)| key(b, *s));
        let new_keys = new.iter().zip(&new_scopes).map(|(b, s)| key(b, *s));
        let mut out = Vec::with_capacity(new.len());
        for op in align(old_keys, new_keys) {
            let (_, olds, news) = op.as_tag_tuple();
            match op {
                DiffOp::Equal { .. } => {
                    for (o, n) in olds.zip(news) {
                        out.push(self.same_key(&old[o], &new[n], new_scopes[n]));
                    }
                }
                _ => self.hunk(old, &old_scopes, olds, new, &new_scopes, news, &mut out),
            }
        }
        out
    }

    /// Two blocks with the same key: the same text, unless a table whose rows differ.
    fn same_key(&self, old: &Block, new: &Block, scope: Option<&str>) -> Block {
        match (old, new) {
            (Block::Table(o), Block::Table(n)) if o != n => Block::Table(self.table(o, n, scope)),
            _ => new.clone(),
        }
    }

    /// A changed stretch: pairs blocks alike, deletes and inserts the others.
    #[allow(clippy::too_many_arguments)]
    fn hunk(
        &mut self,
        old: &[Block],
        old_scopes: &[Option<&str>],
        olds: Range<usize>,
        new: &[Block],
        new_scopes: &[Option<&str>],
        news: Range<usize>,
        out: &mut Vec<Block>,
    ) {
        let mut next_old = olds.start;
        for n in news {
            let limit = olds.end.min(next_old + WINDOW);
            let paired = (next_old..limit).find_map(|o| {
                (old_scopes[o] == new_scopes[n])
                    .then(|| self.pair(&old[o], &new[n], new_scopes[n]))
                    .flatten()
                    .map(|block| (o, block))
            });
            match paired {
                Some((o, block)) => {
                    for d in next_old..o {
                        self.push_deleted(&old[d], old_scopes[d], out);
                    }
                    out.push(block);
                    next_old = o + 1;
                }
                None => out.push(self.inserted(&new[n], new_scopes[n])),
            }
        }
        for d in next_old..olds.end {
            self.push_deleted(&old[d], old_scopes[d], out);
        }
    }

    /// Two blocks of one kind in one clause, shown as one block changed, if they are alike.
    fn pair(&self, old: &Block, new: &Block, scope: Option<&str>) -> Option<Block> {
        match (old, new) {
            (Block::Heading(o), Block::Heading(n)) if o.level == n.level => {
                let marks = self.scope_marks(scope);
                let (spans, alike) = words(&[Span::plain(&o.text)], &[Span::plain(&n.text)], &marks);
                // A clause heading stays its clause's heading whatever its words.
                ((alike >= ALIKE || scope.is_some()) && whole_revision(&spans).is_none()).then(|| {
                    Block::Heading(Heading {
                        redline: Some(spans),
                        ..n.clone()
                    })
                })
            }
            (Block::Paragraph(o), Block::Paragraph(n)) if o.style == n.style => {
                let marks = self.scope_marks(scope);
                let (spans, alike) = words(&o.content, &n.content, &marks);
                ((alike >= ALIKE || same_label(&o.content, &n.content)) && whole_revision(&spans).is_none())
                    .then(|| Block::Paragraph(Paragraph::new(n.style, spans)))
            }
            (Block::List(o), Block::List(n)) if o.ordered == n.ordered => {
                let marks = self.scope_marks(scope);
                let (items, kept) = list_items(&o.items, &n.items, &marks);
                (kept > 0).then_some(Block::List(List {
                    ordered: n.ordered,
                    items,
                }))
            }
            (Block::Table(o), Block::Table(n)) if same_columns(o, n) => Some(Block::Table(self.table(o, n, scope))),
            (Block::PageBreak, Block::PageBreak) | (Block::Signatures(_), Block::Signatures(_)) => Some(new.clone()),
            _ => None,
        }
    }

    fn push_deleted(&mut self, block: &Block, scope: Option<&str>, out: &mut Vec<Block>) {
        if let Some(block) = self.deleted(block, scope) {
            out.push(block);
        }
    }

    /// An old block shown deleted; `None` for what has no text to mark.
    fn deleted(&mut self, block: &Block, scope: Option<&str>) -> Option<Block> {
        let marks = self.scope_marks(scope);
        let revision = &marks.deleted;
        Some(match block {
            // The old number stays, so a renderer can restore it when changes are rejected
            // (DOCX numbers such headings automatically); out of the contents, a new anchor.
            Block::Heading(h) => Block::Heading(Heading {
                level: h.level,
                number: h.number.clone(),
                text: h.text.clone(),
                anchor: self.fresh_anchor(&h.anchor),
                in_contents: false,
                redline: Some(vec![Span::plain(&h.text).revised(revision.clone())]),
            }),
            Block::Paragraph(p) => Block::Paragraph(Paragraph::new(p.style, mark(&p.content, revision))),
            Block::List(list) => Block::List(List {
                ordered: list.ordered,
                items: list.items.iter().map(|i| mark(i, revision)).collect(),
            }),
            Block::Table(table) if !table.rows.is_empty() => Block::Table(Table {
                columns: table.columns.clone(),
                rows: table
                    .rows
                    .iter()
                    .map(|r| self.whole_row_of_item(r, RevisionKind::Deleted, &marks))
                    .collect(),
            }),
            _ => return None,
        })
    }

    /// A new block shown inserted.
    fn inserted(&self, block: &Block, scope: Option<&str>) -> Block {
        let marks = self.scope_marks(scope);
        let revision = &marks.inserted;
        match block {
            Block::Heading(h) => Block::Heading(Heading {
                redline: Some(vec![Span::plain(&h.text).revised(revision.clone())]),
                ..h.clone()
            }),
            Block::Paragraph(p) => Block::Paragraph(Paragraph::new(p.style, mark(&p.content, revision))),
            Block::List(list) => Block::List(List {
                ordered: list.ordered,
                items: list.items.iter().map(|i| mark(i, revision)).collect(),
            }),
            Block::Table(table) => Block::Table(Table {
                columns: table.columns.clone(),
                rows: table
                    .rows
                    .iter()
                    .map(|r| self.whole_row_of_item(r, RevisionKind::Inserted, &marks))
                    .collect(),
            }),
            _ => block.clone(),
        }
    }

    /// A row wholly deleted or inserted.
    fn whole_row(&self, row: &[Cell], kind: RevisionKind, marks: &Marks) -> Vec<Cell> {
        row.iter().map(|c| mark(c, marks.of(kind))).collect()
    }

    /// A row wholly deleted or inserted, attributed to the item it names, else to `marks`.
    fn whole_row_of_item(&self, row: &[Cell], kind: RevisionKind, marks: &Marks) -> Vec<Cell> {
        match self.row_item(row) {
            Some(item) => self.whole_row(row, kind, &self.marks(Some(item))),
            None => self.whole_row(row, kind, marks),
        }
    }

    /// Two tables with the same columns: rows aligned by the item they name (else their first
    /// cell), paired rows compared cell by cell.
    fn table(&self, old: &Table, new: &Table, scope: Option<&str>) -> Table {
        let marks = self.scope_marks(scope);
        let old_items: Vec<Option<&str>> = old.rows.iter().map(|r| self.row_item(r)).collect();
        let new_items: Vec<Option<&str>> = new.rows.iter().map(|r| self.row_item(r)).collect();
        let row_key = |row: &'_ [Cell], item: Option<&str>| -> String {
            match item {
                Some(item) => format!("item\u{1f}{item}"),
                None => row.first().map_or_else(String::new, |c| text_of(c)),
            }
        };
        let old_keys = old.rows.iter().zip(&old_items).map(|(r, i)| row_key(r, *i));
        let new_keys = new.rows.iter().zip(&new_items).map(|(r, i)| row_key(r, *i));
        let whole = |row: &[Cell], item: Option<&str>, kind: RevisionKind| -> Vec<Cell> {
            match item {
                Some(item) => self.whole_row(row, kind, &self.marks(Some(item))),
                None => self.whole_row(row, kind, &marks),
            }
        };
        let mut rows = Vec::with_capacity(new.rows.len());
        for op in align(old_keys, new_keys) {
            let (_, olds, news) = op.as_tag_tuple();
            if let DiffOp::Equal { .. } = op {
                for (o, n) in olds.zip(news) {
                    let item = new_items[n].or(old_items[o]);
                    match self.row(&old.rows[o], &new.rows[n], item, &marks, true) {
                        Some(row) => rows.push(row),
                        None => {
                            rows.push(whole(&old.rows[o], old_items[o], RevisionKind::Deleted));
                            rows.push(whole(&new.rows[n], new_items[n], RevisionKind::Inserted));
                        }
                    }
                }
                continue;
            }
            let mut next_old = olds.start;
            for n in news {
                let limit = olds.end.min(next_old + WINDOW);
                // Rows naming different items are never one row changed.
                let paired = (next_old..limit)
                    .filter(|o| old_items[*o].is_none() || new_items[n].is_none())
                    .find_map(|o| {
                        let item = new_items[n].or(old_items[o]);
                        self.row(&old.rows[o], &new.rows[n], item, &marks, false)
                            .map(|r| (o, r))
                    });
                match paired {
                    Some((o, row)) => {
                        rows.extend((next_old..o).map(|d| whole(&old.rows[d], old_items[d], RevisionKind::Deleted)));
                        rows.push(row);
                        next_old = o + 1;
                    }
                    None => rows.push(whole(&new.rows[n], new_items[n], RevisionKind::Inserted)),
                }
            }
            rows.extend((next_old..olds.end).map(|d| whole(&old.rows[d], old_items[d], RevisionKind::Deleted)));
        }
        Table {
            columns: new.columns.clone(),
            rows,
        }
    }

    /// One row changed, cell by cell; `None` when the rows are not alike (unless `same_key`) or
    /// the result would read as a whole row deleted or inserted.
    fn row(&self, old: &[Cell], new: &[Cell], item: Option<&str>, marks: &Marks, same_key: bool) -> Option<Vec<Cell>> {
        if old == new {
            return Some(new.to_vec());
        }
        let own = item.map(|i| self.marks(Some(i)));
        let marks = own.as_ref().unwrap_or(marks);
        let empty: Cell = Vec::new();
        let mut common = 0.0;
        let mut total = 0.0;
        let cells: Vec<Cell> = (0..old.len().max(new.len()))
            .map(|i| {
                let o = old.get(i).unwrap_or(&empty);
                let n = new.get(i).unwrap_or(&empty);
                if o == n {
                    let words = words_in(n) as f32;
                    common += 2.0 * words;
                    total += 2.0 * words;
                    return n.clone();
                }
                let (spans, _) = words(o, n, marks);
                let (c, t) = word_counts(&spans);
                common += c;
                total += t;
                spans
            })
            .collect();
        let alike = if total == 0.0 { 1.0 } else { common / total };
        ((same_key || alike >= ALIKE) && whole_revision(cells.iter().flatten()).is_none()).then_some(cells)
    }
}

/// Items of two lists aligned by text, alike ones compared word by word; also how many items
/// are kept (same or changed) rather than deleted or inserted.
fn list_items(old: &[Vec<Span>], new: &[Vec<Span>], marks: &Marks) -> (Vec<Vec<Span>>, usize) {
    let mut items = Vec::with_capacity(new.len());
    let mut kept = 0;
    for op in align(old.iter().map(|i| text_of(i)), new.iter().map(|i| text_of(i))) {
        let (_, olds, news) = op.as_tag_tuple();
        if let DiffOp::Equal { .. } = op {
            kept += news.len();
            items.extend(new[news].iter().cloned());
            continue;
        }
        let mut next_old = olds.start;
        for n in news {
            let limit = olds.end.min(next_old + WINDOW);
            let paired = (next_old..limit).find_map(|o| {
                let (spans, alike) = words(&old[o], &new[n], marks);
                (alike >= ALIKE && whole_revision(&spans).is_none()).then_some((o, spans))
            });
            match paired {
                Some((o, spans)) => {
                    items.extend(old[next_old..o].iter().map(|i| mark(i, &marks.deleted)));
                    items.push(spans);
                    kept += 1;
                    next_old = o + 1;
                }
                None => items.push(mark(&new[n], &marks.inserted)),
            }
        }
        items.extend(old[next_old..olds.end].iter().map(|i| mark(i, &marks.deleted)));
    }
    (items, kept)
}

/// Aligns two sequences by their keys (patience diff: unique keys anchor the alignment, each
/// stretch between them is compared on its own). Keys are numbered first, so the diff compares
/// numbers rather than text.
fn align<K: Hash + Eq>(old: impl Iterator<Item = K>, new: impl Iterator<Item = K>) -> Vec<DiffOp> {
    let mut numbers: HashMap<K, u32> = HashMap::new();
    let mut number = |key: K| {
        let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
        *numbers.entry(key).or_insert(next)
    };
    let old: Vec<u32> = old.map(&mut number).collect();
    let new: Vec<u32> = new.map(&mut number).collect();
    capture_diff_slices(Algorithm::Patience, &old, &new)
}

fn same_columns(old: &Table, new: &Table) -> bool {
    old.columns.len() == new.columns.len() && old.columns.iter().zip(&new.columns).all(|(o, n)| o.title == n.title)
}

/// Both paragraphs open with the same bold label ("Lead authority: "): the same field.
fn same_label(old: &[Span], new: &[Span]) -> bool {
    match (old.first(), new.first()) {
        (Some(o), Some(n)) => o.bold && n.bold && !o.text.trim().is_empty() && o.text == n.text,
        _ => false,
    }
}

/// "SIM-08": capitals, a hyphen, digits.
fn looks_like_item(word: &str) -> bool {
    match word.split_once('-') {
        Some((group, number)) => {
            group.len() >= 2
                && group.chars().all(|c| c.is_ascii_uppercase())
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// The spans, each marked.
fn mark(spans: &[Span], revision: &Revision) -> Vec<Span> {
    spans.iter().map(|s| s.clone().revised(revision.clone())).collect()
}

/// A word of a text with its emphasis: the unit a redline compares. Words are runs of letters
/// and digits, runs of white space, or single other characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Token<'a> {
    text: &'a str,
    bold: bool,
    italic: bool,
}

impl Token<'_> {
    fn is_space(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }
}

fn tokens(spans: &[Span]) -> Vec<Token<'_>> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Word,
        Space,
        Other,
    }
    let class = |c: char| {
        if c.is_alphanumeric() {
            Class::Word
        } else if c.is_whitespace() {
            Class::Space
        } else {
            Class::Other
        }
    };
    let mut out = Vec::new();
    for span in spans {
        let text = span.text.as_str();
        let mut start = 0;
        let mut current: Option<Class> = None;
        for (at, c) in text.char_indices() {
            let this = class(c);
            if let Some(prev) = current
                && (prev != this || this == Class::Other)
            {
                out.push(Token {
                    text: &text[start..at],
                    bold: span.bold,
                    italic: span.italic,
                });
                start = at;
            }
            current = Some(this);
        }
        if start < text.len() {
            out.push(Token {
                text: &text[start..],
                bold: span.bold,
                italic: span.italic,
            });
        }
    }
    out
}

/// Words (not white space) in spans.
fn words_in(spans: &[Span]) -> usize {
    tokens(spans).iter().filter(|t| !t.is_space()).count()
}

/// Words kept twice-counted and words in all, of a compared text: (2 × kept, deleted + inserted
/// + 2 × kept), so their ratio is the share of words the two texts have in common.
fn word_counts(spans: &[Span]) -> (f32, f32) {
    let mut common = 0.0;
    let mut total = 0.0;
    for span in spans {
        let n = tokens(std::slice::from_ref(span))
            .iter()
            .filter(|t| !t.is_space())
            .count() as f32;
        if span.revision.is_none() {
            common += 2.0 * n;
            total += 2.0 * n;
        } else {
            total += n;
        }
    }
    (common, total)
}

/// A stretch of a word comparison: kept, or old words replaced by new ones (either may be empty).
struct Stretch {
    kept: bool,
    old: Range<usize>,
    new: Range<usize>,
}

/// Compares two texts word by word: the new text with the old words deleted and the new ones
/// inserted, each keeping its emphasis, and the share of words the two have in common.
fn words(old: &[Span], new: &[Span], marks: &Marks) -> (Vec<Span>, f32) {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let mut stretches: Vec<Stretch> = Vec::new();
    let mut ops = capture_diff_slices(Algorithm::Myers, &old_tokens, &new_tokens)
        .into_iter()
        .peekable();
    while let Some(op) = ops.next() {
        let (_, old_range, new_range) = op.as_tag_tuple();
        let kept = matches!(op, DiffOp::Equal { .. });
        let after_change = stretches.last().is_some_and(|l| !l.kept);
        // White space alone between two changes joins them: "~~shall notify~~ must inform",
        // not a change per word.
        let lone_space = kept
            && after_change
            && ops.peek().is_some_and(|next| !matches!(next, DiffOp::Equal { .. }))
            && new_tokens[new_range.clone()].iter().all(Token::is_space);
        match stretches.last_mut() {
            Some(last) if after_change && (!kept || lone_space) => {
                last.old.end = old_range.end;
                last.new.end = new_range.end;
            }
            _ => stretches.push(Stretch {
                kept,
                old: old_range,
                new: new_range,
            }),
        }
    }
    let mut common = 0usize;
    let mut spans: Vec<Span> = Vec::new();
    for stretch in &stretches {
        if stretch.kept {
            common += new_tokens[stretch.new.clone()].iter().filter(|t| !t.is_space()).count();
            for token in &new_tokens[stretch.new.clone()] {
                push_token(&mut spans, token, None);
            }
        } else {
            for token in &old_tokens[stretch.old.clone()] {
                push_token(&mut spans, token, Some(&marks.deleted));
            }
            for token in &new_tokens[stretch.new.clone()] {
                push_token(&mut spans, token, Some(&marks.inserted));
            }
        }
    }
    let all = old_tokens.iter().chain(&new_tokens).filter(|t| !t.is_space()).count();
    let alike = if all == 0 {
        1.0
    } else {
        2.0 * common as f32 / all as f32
    };
    (spans, alike)
}

/// Appends a token, extending the last span when its emphasis and mark are the same.
fn push_token(spans: &mut Vec<Span>, token: &Token<'_>, revision: Option<&Revision>) {
    if let Some(last) = spans.last_mut()
        && last.bold == token.bold
        && last.italic == token.italic
        && last.revision.as_ref() == revision
    {
        last.text.push_str(token.text);
        return;
    }
    spans.push(Span {
        text: token.text.to_string(),
        bold: token.bold,
        italic: token.italic,
        revision: revision.cloned(),
    });
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn marks() -> Marks {
        let author = |kind| Revision {
            kind,
            author: "A".into(),
            date: Utc.with_ymd_and_hms(2025, 6, 5, 10, 0, 0).unwrap(),
        };
        Marks {
            deleted: author(RevisionKind::Deleted),
            inserted: author(RevisionKind::Inserted),
        }
    }

    /// The compared text as "kept [-deleted-] {+inserted+}".
    fn shown(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| match s.revision.as_ref().map(|r| r.kind) {
                None => s.text.clone(),
                Some(RevisionKind::Deleted) => format!("[-{}-]", s.text),
                Some(RevisionKind::Inserted) => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn words_are_letters_and_digits_spaces_or_single_signs() {
        let spans = [Span::plain("Lead (TR),  24h"), Span::bold("x")];
        let texts: Vec<&str> = tokens(&spans).iter().map(|t| t.text).collect();
        assert_eq!(texts, ["Lead", " ", "(", "TR", ")", ",", "  ", "24h", "x"]);
    }

    #[test]
    fn a_changed_word_is_deleted_then_inserted_and_neighbouring_changes_join() {
        let old = [Span::plain("Licensees shall notify providers within 24 hours.")];
        let new = [Span::plain("Licensees must inform operators within 48 hours.")];
        let (spans, alike) = words(&old, &new, &marks());
        assert_eq!(
            shown(&spans),
            "Licensees [-shall notify providers-]{+must inform operators+} within [-24-]{+48+} hours."
        );
        assert_eq!(alike, 0.5, "4 of 8 words kept on each side");
    }

    #[test]
    fn emphasis_is_kept_from_each_side() {
        let old = [Span::bold("Lead authority: "), Span::plain("Telecom Regulator (TR)")];
        let new = [Span::bold("Lead authority: "), Span::plain("Central Bank (CB)")];
        let (spans, _) = words(&old, &new, &marks());
        assert!(spans[0].bold && spans[0].revision.is_none() && spans[0].text == "Lead authority: ");
        assert_eq!(
            shown(&spans[1..]),
            "[-Telecom Regulator-]{+Central Bank+} ([-TR-]{+CB+})"
        );
        assert!(spans[1..].iter().all(|s| !s.bold));
    }

    #[test]
    fn a_text_revised_throughout_is_told_by_its_spans_with_text() {
        let m = marks();
        let deleted = [Span::plain("gone").revised(m.deleted.clone()), Span::plain("")];
        assert_eq!(whole_revision(&deleted), Some(RevisionKind::Deleted));
        let mixed = [
            Span::plain("a").revised(m.deleted.clone()),
            Span::plain("b").revised(m.inserted),
        ];
        assert_eq!(whole_revision(&mixed), None);
        assert_eq!(whole_revision(&[Span::plain("kept")]), None);
        assert_eq!(
            whole_revision(&[Span::plain("").revised(m.deleted)]),
            Some(RevisionKind::Deleted)
        );
        assert_eq!(whole_revision(&[] as &[Span]), None);
    }

    #[test]
    fn item_ids_and_clause_bookmarks_are_recognised() {
        assert!(looks_like_item("SIM-08") && looks_like_item("REG-100"));
        assert!(!looks_like_item("S9") && !looks_like_item("6.1.1") && !looks_like_item("Sim-08"));
        assert!(is_clause("dfs_SIM_08") && !is_clause("dfs_SIM_08_text") && !is_clause("dfs_sec_3"));
        let attribution = Attribution::to(Author {
            name: "A".into(),
            date: Utc.with_ymd_and_hms(2025, 6, 5, 10, 0, 0).unwrap(),
        });
        let redliner = Redliner::new(&attribution, std::iter::empty());
        assert_eq!(redliner.item_of("dfs_SIM_08"), "SIM-08");
    }
}
