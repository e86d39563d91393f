//! The document body, running header and footer, built with docx-rs.

use adopt_document::{
    Block, Comment, Cover, Document, Heading, List, Paragraph as ModelParagraph, ParagraphStyle, Revision,
    RevisionKind, Signatory, Span, Table as ModelTable,
};
use docx_rs::{
    DocumentChild, Docx, FieldCharType, Footer, Header, Hyperlink, HyperlinkType, IndentLevel, InstrText, NumPages,
    NumberingId, PageMargin, PageNum, PageOrientationType, Paragraph, ParagraphChild, Run, Shading, Tab, TabLeaderType,
    TabValueType, Table, TableBorder, TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType,
    TableRow, WidthType,
};

use crate::bookmarks::Bookmarks;
use crate::comments::comments_xml;
use crate::measures::{BORDER_SIZE, CELL_PADDING, HEADER_FILL, SIGNATURE_GUTTER, signature_block_width};
use crate::numbering::{self, Lists};
use crate::package::BodyFacts;
use crate::page::Geometry;
use crate::runs::{self, span_child, whole};
use crate::style_ids::*;
use crate::text::one_line;

/// What the body builder learnt that the package step needs.
pub struct Body {
    pub docx: Docx,
    pub facts: BodyFacts,
}

/// A heading as the table of contents and the bookmarks see it.
struct HeadingRef<'a> {
    heading: &'a Heading,
    level: usize,
    bookmark: String,
}

impl HeadingRef<'_> {
    /// Deleted as a whole (in a redline).
    fn deleted(&self) -> bool {
        self.heading
            .redline
            .as_deref()
            .and_then(whole)
            .is_some_and(|r| r.kind == RevisionKind::Deleted)
    }
}

struct Builder<'a> {
    docx: Docx,
    geometry: &'a Geometry,
    lists: Lists,
    /// A page break waits for the next paragraph (as "page break before"): breaks in a row
    /// collapse into one and a break at the very end adds no blank page.
    pending_break: bool,
    /// Whether Word numbers the headings itself; otherwise numbers are written as text.
    auto_numbers: bool,
    headings: Vec<HeadingRef<'a>>,
    next_heading: usize,
    bookmarks: Bookmarks,
    /// Whether a tracked change has been written.
    revisions: bool,
    /// The model's comments, and the id each range's comment was given.
    comments: &'a [Comment],
    comment_ids: Vec<(usize, &'a Comment)>,
}

pub fn build(doc: &Document, geometry: &Geometry) -> Body {
    // docx-rs numbers paragraphs (w14:paraId) from a per-thread counter that only its `build`
    // resets; building an empty document first makes the ids independent of earlier use.
    let _ = Docx::new().build();

    let headings: Vec<HeadingRef<'_>> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        })
        .enumerate()
        .map(|(i, heading)| HeadingRef {
            heading,
            level: usize::from(heading.level.clamp(1, 3)),
            bookmark: format!("_Toc{:08}", i + 1),
        })
        .collect();
    // Judged on the headings once every change is accepted: deleted ones keep their old numbers
    // (so Word and LibreOffice give them back on rejecting), which the new sequence leaves out.
    let auto_numbers = numbering::numbers_reproducible(
        headings
            .iter()
            .filter(|h| !h.deleted())
            .map(|h| (h.level as u8, h.heading.number.as_deref())),
    );

    let mut docx = Docx::new()
        .page_size(geometry.width, geometry.height)
        .page_margin(PageMargin {
            top: geometry.top as i32,
            left: geometry.left as i32,
            bottom: geometry.bottom as i32,
            right: geometry.right as i32,
            header: geometry.header as i32,
            footer: geometry.footer as i32,
            gutter: 0,
        });
    if geometry.width > geometry.height {
        // A wide custom size (from a reference document): Word's page setup shows landscape.
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    docx = numbering::add_heading_numbering(docx);
    // The numbering part is always written (heading numbering lives in the styles), but docx-rs
    // links it only when a paragraph carries numbering itself.
    docx.document_rels.has_numberings = true;

    let footer = footer(doc);
    docx = docx
        .header(Header::new().add_paragraph(text_paragraph(HEADER, &doc.header)))
        .footer(footer.clone());
    if matches!(doc.blocks.first(), Some(Block::Cover(_))) {
        // The cover gets the first-page header (empty) but keeps the footer with the marking.
        // (Normal, not Header: the header style's rule would show on the cover.)
        docx = docx
            .title_pg()
            .first_header(Header::new().add_paragraph(Paragraph::new().style(NORMAL)))
            .first_footer(footer);
    }

    let mut b = Builder {
        docx,
        geometry,
        lists: Lists::new(),
        pending_break: false,
        auto_numbers,
        headings,
        next_heading: 0,
        bookmarks: Bookmarks::default(),
        revisions: false,
        comments: &doc.comments,
        comment_ids: Vec::new(),
    };
    for block in &doc.blocks {
        match block {
            Block::Cover(cover) => b.cover(cover),
            Block::TableOfContents { title } => b.table_of_contents(title),
            Block::Heading(_) => b.heading(),
            Block::Paragraph(p) => b.paragraph(p),
            Block::List(list) => b.list(list),
            Block::Table(table) => b.table(table),
            Block::Signatures(signatories) => b.signatures(signatories),
            Block::PageBreak => b.pending_break = true,
            Block::BookmarkStart { name } => b.bookmark_start(name),
            Block::BookmarkEnd { name } => b.bookmarks.end(name, &mut b.docx.document.children),
        }
    }
    b.bookmarks.finish(&mut b.docx.document.children);
    let written = b.bookmarks.comments();
    let comments: Vec<(usize, &Comment)> = b
        .comment_ids
        .iter()
        .filter(|(id, _)| written.contains(id))
        .copied()
        .collect();
    let comments = (!comments.is_empty()).then(|| {
        // docx-rs lists comments.xml among the document's relationships only when it wrote
        // comments itself.
        b.docx.document_rels.has_comments = true;
        comments_xml(&comments)
    });
    if matches!(b.docx.document.children.last(), Some(DocumentChild::Table(_))) {
        // Word ends every body with a paragraph. LibreOffice adds a missing one itself and,
        // when changes are tracked, lists that as format changes on every cell of the table.
        let p = Paragraph::new().style(NORMAL);
        b.docx.document.children.push(DocumentChild::Paragraph(Box::new(p)));
    }
    Body {
        docx: b.docx,
        facts: BodyFacts {
            revisions: b.revisions,
            bookmarks: b.bookmarks.count(),
            comments,
        },
    }
}

/// Rows up to this many (estimated) lines move whole to the next page rather than leave a line
/// or two behind; longer rows may break across pages, as a row taller than a page must.
const MAX_UNBROKEN_ROW_LINES: usize = 8;
/// Average advance of a character of 10 pt table text in a serif face, in twips.
const TABLE_CHAR_TWIPS: u32 = 95;

/// A rough line count of a cell: enough to tell a short row from a long one.
fn estimated_lines(cell: &[Span], width: u32) -> usize {
    let per_line = (width.saturating_sub(2 * CELL_PADDING) / TABLE_CHAR_TWIPS).max(1) as usize;
    let text: String = cell.iter().map(|s| s.text.as_str()).collect();
    text.split('\n')
        .map(|l| l.chars().count().div_ceil(per_line).max(1))
        .sum()
}

fn text_run(text: &str, bold: bool, italic: bool) -> Option<Run> {
    runs::run(text, bold, italic, false)
}

/// Marks the paragraph mark of a paragraph inserted or deleted as a whole, so that accepting
/// or rejecting the change leaves no empty paragraph.
fn mark_paragraph(mut p: Paragraph, mark: Option<&Revision>) -> Paragraph {
    match mark {
        Some(r) if r.kind == RevisionKind::Inserted => p.property.run_property.ins = Some(runs::mark_insert(r)),
        Some(r) => p.property.run_property.del = Some(runs::mark_delete(r)),
        None => {}
    }
    p
}

/// Marks a row inserted or deleted as a whole (accepting or rejecting removes it); its cells'
/// paragraph marks stay, as a cell always keeps one.
fn mark_row(row: TableRow, mark: Option<&Revision>) -> TableRow {
    match mark {
        Some(r) if r.kind == RevisionKind::Inserted => row.insert(runs::mark_insert(r)),
        Some(r) => row.delete(runs::mark_delete(r)),
        None => row,
    }
}

fn text_paragraph(style: &str, text: &str) -> Paragraph {
    let p = Paragraph::new().style(style);
    match text_run(text, false, false) {
        Some(run) => p.add_run(run),
        None => p,
    }
}

/// The footer: the marking at the left, the page label at the right margin with PAGE and
/// NUMPAGES fields for `{page}` and `{pages}`; the version line under them.
fn footer(doc: &Document) -> Footer {
    let mut p = text_paragraph(FOOTER, &doc.footer);
    if !doc.page_label.is_empty() {
        if !doc.footer.is_empty() {
            p = p.add_run(Run::new().add_tab());
        }
        let mut rest = doc.page_label.as_str();
        while !rest.is_empty() {
            let next = [("{pages}", true), ("{page}", false)]
                .into_iter()
                .filter_map(|(tag, all)| rest.find(tag).map(|i| (i, tag, all)))
                .min();
            match next {
                Some((i, tag, all)) => {
                    if let Some(run) = text_run(&rest[..i], false, false) {
                        p = p.add_run(run);
                    }
                    p = if all {
                        p.add_num_pages(NumPages::new())
                    } else {
                        p.add_page_num(PageNum::new())
                    };
                    rest = &rest[i + tag.len()..];
                }
                None => {
                    if let Some(run) = text_run(rest, false, false) {
                        p = p.add_run(run);
                    }
                    rest = "";
                }
            }
        }
    }
    let footer = Footer::new().add_paragraph(p);
    if doc.version_line.trim().is_empty() {
        footer
    } else {
        // Same style: the rule above the footer spans both lines.
        footer.add_paragraph(text_paragraph(FOOTER, &one_line(&doc.version_line)))
    }
}

impl<'a> Builder<'a> {
    /// A named range starts; the model's comment on it, if any, starts with it.
    fn bookmark_start(&mut self, name: &str) {
        match self.comments.iter().find(|c| c.range == name) {
            Some(comment) => {
                let id = self.bookmarks.start_commented(name);
                self.comment_ids.push((id, comment));
            }
            None => self.bookmarks.start(name),
        }
    }

    /// A paragraph in `style`, starting a new page if a break is pending.
    fn para(&mut self, style: &str) -> Paragraph {
        let p = Paragraph::new().style(style);
        if std::mem::take(&mut self.pending_break) {
            p.page_break_before(true)
        } else {
            p
        }
    }

    // Straight into the children: `Docx::add_paragraph` takes the document by value, and
    // `mem::take` would build a fresh default `Docx` (content types, rels...) per paragraph.
    // The numbering relationship it would set is always on here. Bookmarks waiting for a
    // paragraph start in this one.
    fn push(&mut self, mut p: Paragraph) {
        self.bookmarks.attach(&mut p);
        self.docx.document.children.push(DocumentChild::Paragraph(Box::new(p)));
    }

    fn push_table(&mut self, mut t: Table) {
        if std::mem::take(&mut self.pending_break) {
            // A table cannot start a page by itself: an empty paragraph carries the break
            // (and no bookmark: the range starts with the table).
            let p = Paragraph::new().style(NORMAL).page_break_before(true);
            self.docx.document.children.push(DocumentChild::Paragraph(Box::new(p)));
        }
        self.bookmarks.attach_table(&mut t);
        self.docx.document.children.push(DocumentChild::Table(Box::new(t)));
    }

    /// Adds the spans to `p`, revised ones as tracked changes.
    fn add_spans(&mut self, mut p: Paragraph, spans: &[Span]) -> Paragraph {
        for span in spans {
            if let Some(child) = span_child(span) {
                self.revisions |= !matches!(child, ParagraphChild::Run(_));
                p.children.push(child);
            }
        }
        p
    }

    fn push_text(&mut self, style: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let p = self.para(style);
        let p = match text_run(text, false, false) {
            Some(run) => p.add_run(run),
            None => p,
        };
        self.push(p);
    }

    fn cover(&mut self, cover: &Cover) {
        self.push_text(COVER_MARKING, &cover.marking);
        self.push_text(SUBTITLE, &cover.instrument);
        self.push_text(TITLE, &cover.title);
        for issuer in &cover.issuers {
            self.push_text(COVER_ISSUER, issuer);
        }
        self.push_text(COVER_JURISDICTION, &cover.jurisdiction);
        for (label, value) in &cover.details {
            let mut p = self.para(COVER_DETAIL);
            if let Some(run) = text_run(&format!("{label}: "), true, false) {
                p = p.add_run(run);
            }
            if let Some(run) = text_run(value, false, false) {
                p = p.add_run(run);
            }
            self.push(p);
        }
        self.pending_break = true;
    }

    /// A TOC field whose cached result already lists the entries (LibreOffice shows the cached
    /// result; Word rebuilds it when fields are updated, which settings.xml asks for). The
    /// page-number slot is a PAGEREF field with an empty result: we do not know Word's pages.
    fn table_of_contents(&mut self, title: &str) {
        let title = one_line(title);
        if !title.trim().is_empty() {
            let p = self.para(TOC_HEADING).add_run(Run::new().add_text(title));
            self.push(p);
        }
        type Entry<'a> = (usize, Option<String>, String, String, Option<&'a Revision>);
        let entries: Vec<Entry<'_>> = self
            .headings
            .iter()
            .filter(|h| h.heading.in_contents)
            .map(|h| {
                (
                    h.level,
                    h.heading.number.clone(),
                    one_line(&h.heading.text),
                    h.bookmark.clone(),
                    h.heading.redline.as_deref().and_then(whole),
                )
            })
            .collect();
        // Word rebuilds the TOC from outline levels: cover exactly the levels listed here, so an
        // update does not suddenly add every level-3 clause.
        let depth = entries.iter().map(|e| e.0).max().unwrap_or(3);
        let instr = format!(r#" TOC \o "1-{depth}" \h \z \u "#);
        let begin = Run::new()
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(InstrText::Unsupported(instr))
            .add_field_char(FieldCharType::Separate, false);
        let end = Run::new().add_field_char(FieldCharType::End, false);
        if entries.is_empty() {
            let p = self.para(TOCS[0]).add_run(begin).add_run(end);
            self.push(p);
            return;
        }
        let last = entries.len() - 1;
        for (i, (level, number, text, bookmark, revision)) in entries.into_iter().enumerate() {
            // The cached entries have no page numbers yet: a plain stop instead of the style's dot
            // leader keeps LibreOffice from drawing dots that lead nowhere. Word rebuilds these
            // paragraphs from the TOC styles (with leaders) when it updates the field.
            let mut p = self.para(TOCS[level - 1]).add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .leader(TabLeaderType::None)
                    .pos(self.geometry.text_width as usize),
            );
            if i == 0 {
                p = p.add_run(begin.clone());
            }
            let mut link = Hyperlink::new(bookmark.clone(), HyperlinkType::Anchor);
            if let Some(r) = revision {
                // The entry of a heading inserted or deleted as a whole is too, so the cached
                // contents agree with the text once changes are accepted or rejected. (Its page
                // number field is left out: it is empty until Word updates the contents.)
                let number = number
                    .map(|n| format!("{}{}", one_line(&n), toc_gap(&n)))
                    .unwrap_or_default();
                for text in [number, format!("{text}\t")] {
                    let span = Span::plain(text).revised(r.clone());
                    link.children.extend(span_child(&span));
                }
                self.revisions = true;
                p = mark_paragraph(p.add_hyperlink(link), Some(r));
            } else {
                if let Some(n) = number {
                    link = link.add_run(match toc_gap(&n) {
                        "\t" => Run::new().add_text(one_line(&n)).add_tab(),
                        gap => Run::new().add_text(format!("{}{gap}", one_line(&n))),
                    });
                }
                link = link.add_run(Run::new().add_text(text).add_tab()).add_run(
                    Run::new()
                        .add_field_char(FieldCharType::Begin, false)
                        .add_instr_text(InstrText::Unsupported(format!(" PAGEREF {bookmark} \\h ")))
                        .add_field_char(FieldCharType::Separate, false)
                        .add_field_char(FieldCharType::End, false),
                );
                p = p.add_hyperlink(link);
            }
            if i == last {
                p = p.add_run(end.clone());
            }
            self.push(p);
        }
    }

    fn heading(&mut self) {
        let h = &self.headings[self.next_heading];
        self.next_heading += 1;
        let (heading, level, bookmark) = (h.heading, h.level, h.bookmark.clone());
        let id = self.bookmarks.next_id();
        let mut p = self.para(HEADINGS[level - 1]);
        let written_number = match (&heading.number, self.auto_numbers) {
            (Some(_), true) => None,
            (Some(n), false) => Some(n),
            (None, _) => None,
        };
        if heading.number.is_none() || !self.auto_numbers {
            // numId 0 switches off the numbering the heading style carries.
            p = p.numbering(NumberingId::new(0), IndentLevel::new(0));
        }
        p = p.add_bookmark_start(id, bookmark);
        // A heading inserted or deleted as a whole takes its written number with it.
        let whole_revision = heading.redline.as_deref().and_then(whole);
        if let Some(n) = written_number {
            let number = Span {
                text: format!("{}\t", one_line(n)),
                revision: whole_revision.cloned(),
                ..Span::default()
            };
            p = self.add_spans(p, std::slice::from_ref(&number));
        }
        match &heading.redline {
            None => {
                if let Some(run) = text_run(&heading.text, false, false) {
                    p = p.add_run(run);
                }
            }
            Some(spans) => {
                p = self.add_spans(p, spans);
                p = mark_paragraph(p, whole_revision);
            }
        }
        p = p.add_bookmark_end(id);
        self.push(p);
    }

    fn paragraph(&mut self, para: &ModelParagraph) {
        let style = match para.style {
            ParagraphStyle::Body => BODY,
            ParagraphStyle::Quote => QUOTE,
            ParagraphStyle::Note => NOTE,
            ParagraphStyle::Field => FIELD,
        };
        let p = self.para(style);
        let p = self.add_spans(p, &para.content);
        self.push(mark_paragraph(p, whole(&para.content)));
    }

    fn list(&mut self, list: &List) {
        if list.items.is_empty() {
            return;
        }
        let docx = std::mem::take(&mut self.docx);
        let (docx, id) = if list.ordered {
            self.lists.ordered(docx)
        } else {
            self.lists.bullets(docx)
        };
        self.docx = docx;
        for item in &list.items {
            let p = self
                .para(LIST_PARAGRAPH)
                .numbering(NumberingId::new(id), IndentLevel::new(0));
            let p = self.add_spans(p, item);
            self.push(mark_paragraph(p, whole(item)));
        }
    }

    fn table(&mut self, table: &ModelTable) {
        let ncols = table
            .rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(table.columns.len());
        if ncols == 0 {
            return;
        }
        // Columns the model forgot to declare get the average share of the declared ones.
        let declared: Vec<u32> = table.columns.iter().map(|c| u32::from(c.width)).collect();
        let average = if declared.is_empty() {
            1
        } else {
            (declared.iter().sum::<u32>() / declared.len() as u32).max(1)
        };
        let percents: Vec<u32> = (0..ncols)
            .map(|i| declared.get(i).copied().unwrap_or(average))
            .collect();
        let widths = self.geometry.columns(&percents);

        // A table whose every row was inserted (or deleted) was itself: its header row goes with
        // it, so rejecting (or accepting) leaves no header without a table.
        let row_marks: Vec<Option<&Revision>> = table.rows.iter().map(|row| whole(row.iter().flatten())).collect();
        let table_mark = match row_marks.first() {
            Some(Some(first)) if row_marks.iter().all(|m| m.is_some_and(|m| m.kind == first.kind)) => Some(*first),
            _ => None,
        };
        let mut header_cells = Vec::with_capacity(ncols);
        for (i, &width) in widths.iter().enumerate() {
            let title = table.columns.get(i).map(|c| c.title.as_str()).unwrap_or("");
            let p = match table_mark {
                None => text_paragraph(TABLE_HEADING, title),
                Some(r) => {
                    let span = Span::plain(title).revised(r.clone());
                    self.add_spans(Paragraph::new().style(TABLE_HEADING), std::slice::from_ref(&span))
                }
            };
            header_cells.push(
                TableCell::new()
                    .width(width as usize, WidthType::Dxa)
                    .shading(Shading::new().fill(HEADER_FILL))
                    .add_paragraph(p),
            );
        }
        // The header row repeats on every page (w:tblHeader is added when packaging) and never splits.
        let mut header = TableRow::new(header_cells).cant_split();
        header = mark_row(header, table_mark);
        let mut rows = vec![header];
        for (row, row_mark) in table.rows.iter().zip(row_marks) {
            let mut cells = Vec::with_capacity(ncols);
            for (i, &width) in widths.iter().enumerate() {
                let p = Paragraph::new().style(TABLE_TEXT);
                let p = self.add_spans(p, row.get(i).map_or(&[][..], Vec::as_slice));
                cells.push(TableCell::new().width(width as usize, WidthType::Dxa).add_paragraph(p));
            }
            let lines = (0..ncols)
                .map(|i| estimated_lines(row.get(i).map_or(&[][..], Vec::as_slice), widths[i]))
                .max();
            let mut row_xml = TableRow::new(cells);
            if lines.unwrap_or(0) <= MAX_UNBROKEN_ROW_LINES {
                row_xml = row_xml.cant_split();
            }
            rows.push(mark_row(row_xml, row_mark));
        }
        let mut borders = TableBorders::new();
        for pos in [
            TableBorderPosition::Top,
            TableBorderPosition::Left,
            TableBorderPosition::Bottom,
            TableBorderPosition::Right,
            TableBorderPosition::InsideH,
            TableBorderPosition::InsideV,
        ] {
            borders = borders.set(TableBorder::new(pos).size(BORDER_SIZE));
        }
        let t = Table::new(rows)
            .style(TABLE_STYLE)
            .set_grid(widths.iter().map(|&w| w as usize).collect())
            .width(self.geometry.text_width as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .set_borders(borders)
            .margins(
                TableCellMargins::new()
                    .margin_left(CELL_PADDING as usize, WidthType::Dxa)
                    .margin_right(CELL_PADDING as usize, WidthType::Dxa),
            );
        self.push_table(t);
    }

    /// Two signature blocks per row, side by side, in a borderless table: a row of authority
    /// names, then a row with the signature rules and lines, so the rules line up even when one
    /// name wraps. Rows never split, and the names keep with their rules.
    fn signatures(&mut self, signatories: &[Signatory]) {
        if signatories.is_empty() {
            return;
        }
        let block = signature_block_width(self.geometry);
        let last = self.geometry.text_width - block - SIGNATURE_GUTTER;
        let grid = [block, SIGNATURE_GUTTER, last];
        let row = |contents: [Vec<Paragraph>; 3]| {
            let cells = contents
                .into_iter()
                .zip(grid)
                .map(|(ps, w)| {
                    ps.into_iter().fold(
                        TableCell::new().width(w as usize, WidthType::Dxa),
                        TableCell::add_paragraph,
                    )
                })
                .collect();
            TableRow::new(cells).cant_split()
        };
        let mut rows = Vec::new();
        for pair in signatories.chunks(2) {
            // Empty cells still use the row's style, so the whole row keeps with the next one.
            let name = |s: Option<&Signatory>| {
                vec![text_paragraph(
                    SIGNATURE_AUTHORITY,
                    s.map_or("", |s| s.authority.as_str()),
                )]
            };
            let lines = |s: Option<&Signatory>| s.map_or_else(|| vec![Paragraph::new().style(NORMAL)], signature_lines);
            rows.push(row([name(pair.first()), name(None), name(pair.get(1))]));
            rows.push(row([lines(pair.first()), lines(None), lines(pair.get(1))]));
        }
        let t = Table::without_borders(rows)
            .style(SIGNATURE_TABLE_STYLE)
            .set_grid(grid.iter().map(|&w| w as usize).collect())
            .width(self.geometry.text_width as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(0, 0, 0, 0));
        self.push_table(t);
    }
}

/// Room to sign above a rule, then "Name: ____" lines to fill in by hand.
fn signature_lines(s: &Signatory) -> Vec<Paragraph> {
    let mut ps = vec![Paragraph::new().style(SIGNATURE_RULE)];
    for line in &s.lines {
        let label = one_line(line);
        let label = match label.trim_end() {
            "" => String::new(),
            l if l.ends_with(':') => format!("{l} "),
            l => format!("{l}: "),
        };
        ps.push(
            Paragraph::new()
                .style(SIGNATURE_LINE)
                .add_run(Run::new().add_text(label).add_tab()),
        );
    }
    ps
}

/// What separates a heading's number from its title in the contents: a tab to the number
/// column for an outline number ("3.1"), a space after a label too wide for that column
/// (« Article premier »), which a tab would push to the page-number stop.
fn toc_gap(number: &str) -> &'static str {
    if number.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        "\t"
    } else {
        " "
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contents_entry_keeps_an_article_label_beside_its_title() {
        assert_eq!(toc_gap("3.1"), "\t");
        assert_eq!(toc_gap("Article premier"), " ");
    }

    #[test]
    fn line_estimate_grows_with_text_and_line_breaks() {
        let cell = |t: &str| vec![Span::plain(t)];
        assert_eq!(estimated_lines(&cell(""), 2000), 1);
        assert_eq!(estimated_lines(&cell("LCA\nCBL"), 2000), 2);
        let per_line = ((2000 - 2 * CELL_PADDING) / TABLE_CHAR_TWIPS) as usize;
        assert_eq!(estimated_lines(&cell(&"x".repeat(per_line * 3)), 2000), 3);
        assert_eq!(
            estimated_lines(&cell("a"), 0),
            1,
            "a zero-width column does not divide by zero"
        );
    }
}
