//! Tables: column widths from percentages, wrapped cells, the row splitter that decides what
//! of a row goes on the current page, and the placing of a table on the flow of pages.

use adopt_document::Table;

use crate::flow::Flow;
use crate::fonts::Face;
use crate::page::{Item, Role};
use crate::redline;
use crate::style::{Align, Color, INK, Style};
use crate::text::{Frag, Line, break_lines};

pub(crate) const BEFORE: f32 = 8.0;
pub(crate) const AFTER: f32 = 10.0;
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.5;
const BORDER: f32 = 0.5;
const BORDER_COLOR: Color = Color::Gray(0.35);
const HEADER_FILL: Color = Color::Gray(0.88);

const CELL: Style = Style {
    face: Face::Serif,
    size: 9.5,
    leading: 12.5,
    color: INK,
    align: Align::Left,
    before: 0.0,
    after: 0.0,
};
const HEAD: Style = Style {
    face: Face::SansBold,
    size: 9.0,
    leading: 12.0,
    color: INK,
    align: Align::Left,
    before: 0.0,
    after: 0.0,
};

pub(crate) struct TablePrep {
    /// Each column's offset from the table's left edge and its width.
    cols: Vec<(f32, f32)>,
    header: Vec<Vec<Line>>,
    pub(crate) rows: Vec<RowPrep>,
}

pub(crate) struct RowPrep {
    cells: Vec<Vec<Line>>,
}

impl RowPrep {
    /// Lines of the tallest cell (at least one, so an empty row still shows).
    pub(crate) fn line_count(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0).max(1)
    }
}

/// Height of a row fragment of `lines` body lines.
fn body_height(lines: usize) -> f32 {
    lines as f32 * CELL.leading + 2.0 * PAD_Y
}

impl TablePrep {
    /// A table without columns has nothing to show.
    pub(crate) fn is_empty(&self) -> bool {
        self.cols.is_empty()
    }

    pub(crate) fn header_height(&self) -> f32 {
        self.header.iter().map(Vec::len).max().unwrap_or(0).max(1) as f32 * HEAD.leading + 2.0 * PAD_Y
    }

    /// What must fit for the table to start on a page: the header and two lines of the first
    /// row (or all of it if shorter).
    pub(crate) fn start_height(&self) -> f32 {
        self.header_height() + self.rows.first().map_or(0.0, |r| body_height(r.line_count().min(2)))
    }
}

/// Column widths from the model's percentages of the text width. Percentages that do not add
/// up to 100 are scaled to fill the width; all zero means equal columns.
pub(crate) fn column_widths(percents: &[u8], width: f32) -> Vec<f32> {
    let sum: u32 = percents.iter().map(|p| u32::from(*p)).sum();
    percents
        .iter()
        .map(|p| {
            if sum == 0 {
                width / percents.len() as f32
            } else {
                width * f32::from(*p) / sum as f32
            }
        })
        .collect()
}

pub(crate) fn prepare(t: &Table, width: f32) -> TablePrep {
    let widths = column_widths(&t.columns.iter().map(|c| c.width).collect::<Vec<_>>(), width);
    let mut x = 0.0;
    let cols: Vec<(f32, f32)> = widths
        .iter()
        .map(|w| {
            let c = (x, *w);
            x += w;
            c
        })
        .collect();
    let inner = |w: f32| (w - 2.0 * PAD_X).max(1.0);
    let header = t
        .columns
        .iter()
        .zip(&cols)
        .map(|(c, (_, w))| break_lines(&[Frag::new(&c.title, HEAD.face)], HEAD.size, inner(*w)))
        .collect();
    let rows = t
        .rows
        .iter()
        .map(|row| RowPrep {
            // Missing cells are empty; cells beyond the columns have nowhere to go.
            cells: cols
                .iter()
                .enumerate()
                .map(|(i, (_, w))| match row.get(i) {
                    Some(cell) => {
                        let frags: Vec<Frag<'_>> = cell
                            .iter()
                            .map(|s| Frag {
                                text: &s.text,
                                face: CELL.face.styled(s.bold, s.italic),
                                change: redline::change(s),
                            })
                            .collect();
                        break_lines(&frags, CELL.size, inner(*w))
                    }
                    None => Vec::new(),
                })
                .collect(),
        })
        .collect();
    TablePrep { cols, header, rows }
}

/// What to do with the rest of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// It fits here.
    Whole,
    /// Place this many lines here and carry the rest to the next page.
    Split(usize),
    /// Move it to the next page whole.
    NextPage,
}

/// Decides how `lines` remaining lines of a row go into `room` points, when a fresh page (under
/// the repeated header) offers `fresh_room`. Rows that fit on a page are kept whole unless they
/// are tall (over a third of a page: moving them would leave a gaping hole); rows taller than a
/// page are always split, so nothing overflows. A piece never has fewer than two lines unless
/// the page is empty, and a single line is not left to go alone to the next page.
pub(crate) fn plan_row(lines: usize, room: f32, fresh_room: f32, at_top: bool) -> Step {
    if body_height(lines) <= room + 0.01 {
        return Step::Whole;
    }
    let fit = ((room - 2.0 * PAD_Y) / CELL.leading + 0.001).floor().max(0.0) as usize;
    let fit = fit.min(lines.saturating_sub(1));
    let tall = body_height(lines) > fresh_room / 3.0;
    if at_top {
        // Nothing would be gained by a new page: split whatever fits (at least one line, so
        // layout always advances).
        return Step::Split(fit.max(1));
    }
    if tall && fit >= 2 {
        let k = if lines - fit == 1 && fit >= 3 { fit - 1 } else { fit };
        return Step::Split(k);
    }
    Step::NextPage
}

/// Draws the header row with its top at `y`; returns the y below it.
pub(crate) fn draw_header(
    t: &TablePrep,
    cells: &[usize],
    left: f32,
    y: f32,
    push: &mut impl FnMut(Item, Option<usize>),
) -> f32 {
    let h = t.header_height();
    let width = t.cols.last().map_or(0.0, |(x, w)| x + w);
    push(
        Item::Fill {
            x: left,
            y,
            w: width,
            h,
            color: HEADER_FILL,
        },
        None,
    );
    for (i, (cell, (x, _))) in t.header.iter().zip(&t.cols).enumerate() {
        for (k, line) in cell.iter().enumerate() {
            draw_cell_line(
                line,
                left + x + PAD_X,
                y + PAD_Y + k as f32 * HEAD.leading + HEAD.baseline(),
                &HEAD,
                &mut |item| push(item, cells.get(i).copied()),
            );
        }
    }
    borders(t, left, y, h, push);
    y + h
}

/// Draws lines `from..to` of every cell of `row` with the fragment's top at `y`, each cell's
/// text tagged as its element of `cells`; returns the y below it.
pub(crate) fn draw_row(
    t: &TablePrep,
    (row, cells): (&RowPrep, &[usize]),
    from: usize,
    to: usize,
    left: f32,
    y: f32,
    push: &mut impl FnMut(Item, Option<usize>),
) -> f32 {
    let h = body_height(to - from);
    // One change bar per line of the row that any cell changed on.
    for k in from..to {
        if row.cells.iter().any(|cell| cell.get(k).is_some_and(Line::changed)) {
            push(
                redline::bar(left, y + PAD_Y + (k - from) as f32 * CELL.leading, CELL.leading),
                None,
            );
        }
    }
    for (i, (cell, (x, _))) in row.cells.iter().zip(&t.cols).enumerate() {
        for (k, line) in cell.iter().enumerate().take(to).skip(from) {
            draw_cell_line(
                line,
                left + x + PAD_X,
                y + PAD_Y + (k - from) as f32 * CELL.leading + CELL.baseline(),
                &CELL,
                &mut |item| push(item, cells.get(i).copied()),
            );
        }
    }
    borders(t, left, y, h, push);
    y + h
}

fn draw_cell_line(line: &Line, x: f32, baseline: f32, st: &Style, push: &mut impl FnMut(Item)) {
    for run in &line.runs {
        push(Item::Text {
            x: x + run.x,
            y: baseline,
            face: run.face,
            size: st.size,
            color: redline::ink(run.change, st.color),
            text: run.text.clone(),
            gap: 0.0,
        });
    }
    if line.changed() {
        redline::marks(line, x, 0.0, baseline, st, push);
    }
}

/// Thin rules round and between the cells of one row (or row piece).
/// The cell borders: artifacts, as all graphics are.
fn borders(t: &TablePrep, left: f32, y: f32, h: f32, push: &mut impl FnMut(Item, Option<usize>)) {
    let right = left + t.cols.last().map_or(0.0, |(x, w)| x + w);
    let rule = |x1, y1, x2, y2| Item::Rule {
        x1,
        y1,
        x2,
        y2,
        width: BORDER,
        color: BORDER_COLOR,
    };
    push(rule(left, y, right, y), None);
    push(rule(left, y + h, right, y + h), None);
    for (x, _) in &t.cols {
        push(rule(left + x, y, left + x, y + h), None);
    }
    push(rule(right, y, right, y + h), None);
}

/// Places a table, repeating its header row on every page it continues on.
pub(crate) fn place(flow: &mut Flow, t: &TablePrep) {
    if t.is_empty() {
        return;
    }
    flow.start(BEFORE, t.start_height());
    let left = flow.g.left;
    // The table, its header row of column headers and its rows of cells; a header repeated
    // on a later page is an artifact.
    flow.open(Role::Table);
    flow.open(Role::TR);
    let heads: Vec<usize> = t.cols.iter().map(|_| flow.element(Role::TH)).collect();
    flow.close();
    flow.y = draw_header(t, &heads, left, flow.y, &mut |i, tag| flow.push_as(i, tag));
    let fresh_room = flow.g.height() - t.header_height();
    for row in &t.rows {
        flow.open(Role::TR);
        let cells: Vec<usize> = t.cols.iter().map(|_| flow.element(Role::TD)).collect();
        flow.close();
        let total = row.line_count();
        let mut from = 0;
        loop {
            let at_top = (flow.room() - fresh_room).abs() < 0.01;
            match plan_row(total - from, flow.room(), fresh_room, at_top) {
                Step::Whole => {
                    flow.y = draw_row(t, (row, &cells), from, total, left, flow.y, &mut |i, tag| {
                        flow.push_as(i, tag)
                    });
                    break;
                }
                Step::Split(k) => {
                    flow.y = draw_row(t, (row, &cells), from, from + k, left, flow.y, &mut |i, tag| {
                        flow.push_as(i, tag)
                    });
                    from += k;
                    continue_table(flow, t);
                }
                Step::NextPage => continue_table(flow, t),
            }
        }
    }
    flow.close();
    flow.pending = AFTER;
}

/// A table goes on over a page break: a new page, headed by the table's header row.
fn continue_table(flow: &mut Flow, t: &TablePrep) {
    flow.new_page();
    let left = flow.g.left;
    flow.y = draw_header(t, &[], left, flow.y, &mut |i, tag| flow.push_as(i, tag));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_percentages() {
        let w = column_widths(&[12, 48, 15, 25], 400.0);
        assert_eq!(w.len(), 4);
        assert!((w[1] - 192.0).abs() < 1e-3);
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 1e-3);
        // Not adding up to 100: scaled to the width. All zero: equal.
        let w = column_widths(&[10, 10], 400.0);
        assert!((w[0] - 200.0).abs() < 1e-3);
        let w = column_widths(&[0, 0, 0, 0], 400.0);
        assert!((w[3] - 100.0).abs() < 1e-3);
    }

    const PAGE: f32 = 650.0;

    #[test]
    fn a_row_that_fits_is_placed_whole() {
        assert_eq!(plan_row(2, body_height(2), PAGE, false), Step::Whole);
        assert_eq!(plan_row(3, 500.0, PAGE, false), Step::Whole);
    }

    #[test]
    fn a_short_row_that_does_not_fit_moves_to_the_next_page() {
        assert_eq!(plan_row(3, body_height(2), PAGE, false), Step::NextPage);
    }

    #[test]
    fn a_tall_row_splits_rather_than_leaving_a_hole() {
        // 30 lines is more than a third of the page: use the 10 lines of room.
        assert_eq!(plan_row(30, body_height(10), PAGE, false), Step::Split(10));
        // ... but not if only one line would fit.
        assert_eq!(plan_row(30, body_height(1), PAGE, false), Step::NextPage);
    }

    #[test]
    fn a_row_taller_than_a_page_always_splits() {
        let page_lines = ((PAGE - 2.0 * PAD_Y) / CELL.leading) as usize;
        let step = plan_row(page_lines * 3, PAGE, PAGE, true);
        assert_eq!(step, Step::Split(page_lines));
        // Layout always advances, even in absurdly small room on an empty page.
        assert_eq!(plan_row(5, 1.0, 1.0, true), Step::Split(1));
    }

    #[test]
    fn a_single_line_is_not_left_alone_for_the_next_page() {
        // 11 lines, room for 10 of a tall row: place 9, carry 2.
        assert_eq!(
            plan_row(11, body_height(10), 30.0 * CELL.leading, false),
            Step::Split(9)
        );
    }

    #[test]
    fn splitting_a_row_loses_and_repeats_no_line() {
        // Simulate a 200-line row flowing over pages of 40 lines.
        let fresh = body_height(40);
        let (mut from, mut room, mut at_top, mut pieces) = (0, body_height(7), false, Vec::new());
        while from < 200 {
            match plan_row(200 - from, room, fresh, at_top) {
                Step::Whole => {
                    pieces.push(200 - from);
                    from = 200;
                }
                Step::Split(k) => {
                    pieces.push(k);
                    from += k;
                    room = fresh;
                    at_top = true;
                }
                Step::NextPage => {
                    room = fresh;
                    at_top = true;
                }
            }
        }
        assert_eq!(pieces.iter().sum::<usize>(), 200);
        assert!(pieces.iter().all(|p| *p >= 2 && *p <= 40), "{pieces:?}");
    }
}
