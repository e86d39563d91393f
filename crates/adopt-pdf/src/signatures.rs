//! The signature page's blocks: each authority's name, room to sign above a rule, and the
//! lines ("Name", "Title", "Date") to fill in by hand; two blocks side by side.

use adopt_document::Signatory;

use crate::flow::Flow;
use crate::fonts::{self, Face};
use crate::page::{Item, MM, Role};
use crate::style::{Align, BODY, INK, MUTED, Style, style};
use crate::text::{Frag, Line, break_lines};

const SIG_NAME: Style = style(Face::SerifBold, 11.0, 14.0, Align::Left, 0.0, 0.0);

pub(crate) struct SigPrep {
    /// Width of one signature block; two sit side by side.
    pub(crate) col: f32,
    pub(crate) blocks: Vec<(Vec<Line>, Vec<String>)>,
}

/// Vertical layout of one signature block, shared by measuring and drawing.
const SIG_SPACE: f32 = 16.0 * MM;
const SIG_LINE_STEP: f32 = 9.0 * MM;
const SIG_LABEL: f32 = 8.0;

impl SigPrep {
    fn block_height(&self, b: &(Vec<Line>, Vec<String>)) -> f32 {
        b.0.len() as f32 * SIG_NAME.leading + SIG_SPACE + 12.0 + b.1.len() as f32 * SIG_LINE_STEP + 4.0
    }
    pub(crate) fn row_height(&self, row: &[(Vec<Line>, Vec<String>)]) -> f32 {
        row.iter().map(|b| self.block_height(b)).fold(0.0, f32::max)
    }
}

/// Measures the signature blocks: two side by side, or one wider block alone.
pub(crate) fn prepare(s: &[Signatory], width: f32) -> SigPrep {
    let gap = 14.0 * MM;
    let col = if s.len() > 1 { (width - gap) / 2.0 } else { width * 0.55 };
    let blocks = s
        .iter()
        .map(|sig| {
            let lines = break_lines(&[Frag::new(&sig.authority, SIG_NAME.face)], SIG_NAME.size, col);
            // A label longer than half the column would leave no line to write on.
            let labels = sig
                .lines
                .iter()
                .map(|l| fonts::fit(&fonts::clean_line(l, Face::Sans), Face::Sans, SIG_LABEL, col / 2.0))
                .collect();
            (lines, labels)
        })
        .collect();
    SigPrep { col, blocks }
}

/// Places the signature blocks, a row of two at a time; a row is never split.
pub(crate) fn place(flow: &mut Flow, s: &SigPrep) {
    let gap = flow.g.width() - 2.0 * s.col;
    for (r, row) in s.blocks.chunks(2).enumerate() {
        let h = s.row_height(row);
        flow.start(if r == 0 { 10.0 } else { 12.0 * MM }, h);
        let top = flow.y;
        for (k, (name, labels)) in row.iter().enumerate() {
            let x = flow.g.left + k as f32 * (s.col + gap);
            let mut y = top;
            // A signatory's name and the labels of its lines read as one paragraph.
            flow.content(Role::P);
            for line in name {
                flow.line(line, x, y + SIG_NAME.baseline(), s.col, &SIG_NAME);
                y += SIG_NAME.leading;
            }
            y += SIG_SPACE;
            // The signature line itself; the model's labels ("Name", "Date"...) follow.
            flow.push(Item::Rule {
                x1: x,
                y1: y,
                x2: x + s.col,
                y2: y,
                width: 0.6,
                color: INK,
            });
            y += 12.0;
            for label in labels {
                y += SIG_LINE_STEP;
                let lw = fonts::width(Face::Sans, label, SIG_LABEL);
                flow.push(Item::Text {
                    x,
                    y,
                    face: Face::Sans,
                    size: SIG_LABEL,
                    color: MUTED,
                    text: label.clone(),
                    gap: 0.0,
                });
                flow.push(Item::Rule {
                    x1: x + lw + 4.0,
                    y1: y + 1.0,
                    x2: x + s.col,
                    y2: y + 1.0,
                    width: 0.4,
                    color: MUTED,
                });
            }
        }
        flow.y = top + h;
    }
    flow.pending = BODY.after;
}
