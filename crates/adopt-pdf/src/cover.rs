//! The cover page: the boxed draft marking, the instrument, title and issuers, and the details
//! block at its foot.

use adopt_document::Cover;

use crate::flow::Flow;
use crate::fonts::{self, Face};
use crate::page::{Item, MM, Role};
use crate::style::{Align, Color, HEADING, INK, MUTED, Style, style};
use crate::text::{Frag, Line, break_lines};

/// The draft marking on the cover: a dark red that still prints as a strong grey.
const MARKING: Color = Color::Rgb(0.62, 0.08, 0.08);

/// Places the cover, on a page of its own.
pub(crate) fn place(flow: &mut Flow, c: &Cover) {
    if !flow.fresh {
        flow.new_page();
    }
    flow.break_next = false;
    flow.pages.last_mut().expect("a page").cover = true;
    let g = flow.g;
    let w = g.width();

    // The marking: boxed, bold, at the very top, so nobody mistakes the draft for the act.
    let marking = fonts::clean_line(&c.marking, Face::SansBold);
    if !marking.is_empty() {
        let size = 14.0;
        let lines = break_lines(&[Frag::new(&marking, Face::SansBold)], size, w - 16.0 * MM);
        let st = Style {
            color: MARKING,
            ..style(Face::SansBold, size, 18.0, Align::Center, 0.0, 0.0)
        };
        let box_w = lines.iter().map(|l| l.width).fold(0.0, f32::max) + 16.0 * MM;
        let box_h = lines.len() as f32 * st.leading + 4.0 * MM;
        flow.push(Item::Frame {
            x: g.left + (w - box_w) / 2.0,
            y: flow.y,
            w: box_w,
            h: box_h,
            width: 1.2,
            color: MARKING,
        });
        flow.y += 2.0 * MM;
        flow.content(Role::P);
        flow.lines(&lines, 0.0, w, &st);
        flow.y += 2.0 * MM + 38.0 * MM;
    } else {
        flow.y += 40.0 * MM;
    }

    let centred = |face: Face, size: f32, leading: f32, color: Color| Style {
        color,
        ..style(face, size, leading, Align::Center, 0.0, 0.0)
    };
    let instrument = fonts::clean_line(&c.instrument, Face::Sans).to_uppercase();
    if !instrument.is_empty() {
        let st = centred(Face::Sans, 13.0, 17.0, MUTED);
        let lines = break_lines(&[Frag::new(&instrument, st.face)], st.size, w);
        flow.content(Role::P);
        flow.lines(&lines, 0.0, w, &st);
        flow.y += 6.0 * MM;
    }
    let st = centred(Face::SerifBold, 24.0, 30.0, HEADING);
    let lines = break_lines(&[Frag::new(&c.title, st.face)], st.size, w * 0.9);
    flow.content(Role::P);
    flow.lines(&lines, w * 0.05, w * 0.9, &st);
    flow.y += 8.0 * MM;
    let rule = 30.0 * MM;
    flow.push(Item::Rule {
        x1: g.left + (w - rule) / 2.0,
        y1: flow.y,
        x2: g.left + (w + rule) / 2.0,
        y2: flow.y,
        width: 0.8,
        color: HEADING,
    });
    flow.y += 10.0 * MM;
    let st = centred(Face::Serif, 13.0, 17.0, INK);
    for issuer in &c.issuers {
        let lines = break_lines(&[Frag::new(issuer, st.face)], st.size, w * 0.9);
        flow.content(Role::P);
        flow.lines(&lines, w * 0.05, w * 0.9, &st);
        flow.y += 2.0;
    }
    if !c.jurisdiction.trim().is_empty() {
        flow.y += 5.0 * MM;
        let st = centred(Face::SerifItalic, 12.0, 16.0, INK);
        let lines = break_lines(&[Frag::new(&c.jurisdiction, st.face)], st.size, w * 0.9);
        flow.content(Role::P);
        flow.lines(&lines, w * 0.05, w * 0.9, &st);
    }

    // Details: labels right-aligned against values, as a block at the foot of the cover.
    if !c.details.is_empty() {
        let label_st = style(Face::SansBold, 9.5, 16.0, Align::Left, 0.0, 0.0);
        let value_st = style(Face::Serif, 11.0, 16.0, Align::Left, 0.0, 0.0);
        let mid = g.left + w * 0.42;
        let gutter = 2.5 * MM;
        let value_w = g.right - mid - gutter;
        let rows: Vec<(String, Vec<Line>)> = c
            .details
            .iter()
            .map(|(label, value)| {
                (
                    fonts::fit(
                        &fonts::clean_line(label, label_st.face),
                        label_st.face,
                        label_st.size,
                        mid - gutter - g.left,
                    ),
                    break_lines(&[Frag::new(value, value_st.face)], value_st.size, value_w),
                )
            })
            .collect();
        let height: f32 = rows
            .iter()
            .map(|(_, v)| v.len().max(1) as f32 * value_st.leading)
            .sum::<f32>()
            + 4.0 * MM;
        let target = g.bottom - height;
        if flow.y + 15.0 * MM <= target {
            flow.y = target;
        } else {
            flow.y += 15.0 * MM;
        }
        flow.push(Item::Rule {
            x1: g.left,
            y1: flow.y,
            x2: g.right,
            y2: flow.y,
            width: 0.4,
            color: MUTED,
        });
        flow.y += 4.0 * MM;
        for (label, value) in rows {
            // A label and its value read as one paragraph.
            flow.content(Role::P);
            if flow.y + value_st.leading > g.bottom + 0.01 {
                flow.new_page();
            }
            let lw = fonts::width(label_st.face, &label, label_st.size);
            // Label and value share a baseline: the value's.
            let y = flow.y + value_st.baseline();
            flow.push(Item::Text {
                x: mid - gutter - lw,
                y,
                face: label_st.face,
                size: label_st.size,
                color: MUTED,
                text: label,
                gap: 0.0,
            });
            if value.is_empty() {
                flow.y += value_st.leading;
            } else {
                flow.lines(&value, mid - g.left, value_w, &value_st);
            }
        }
    }
    flow.break_next = true;
}
