//! How a redline shows on the page: inserted text in blue and underlined, deleted text in red
//! and struck through (still real text, so it can be read, searched and copied), and a change
//! bar in the left margin beside every line that carries a change, as reviewers expect from a
//! printed comparison. Paragraphs, headings, list items and table cells all draw through here.

use adopt_document::{RevisionKind, Span};

use crate::fonts;
use crate::page::{Item, MM};
use crate::style::{Color, Style};
use crate::text::Line;

/// Inserted text: a blue that stays distinct from the red when printed in grey.
pub(crate) const INSERTED: Color = Color::Rgb(0.0, 0.35, 0.75);
/// Deleted text.
pub(crate) const DELETED: Color = Color::Rgb(0.75, 0.1, 0.1);
const BAR: Color = Color::Gray(0.15);
const BAR_WIDTH: f32 = 1.5;
/// Distance of the change bar from the text's left edge, well inside the narrowest margin
/// (10 mm) and clear of hanging list markers and heading numbers, which stay in the text area.
const BAR_OFFSET: f32 = 5.0 * MM;

/// What a redline did to a span, if anything.
pub(crate) fn change(s: &Span) -> Option<RevisionKind> {
    s.revision.as_ref().map(|r| r.kind)
}

/// The change that made a whole list item (or paragraph): the one every span with text
/// carries, when they all carry the same.
pub(crate) fn whole(spans: &[Span]) -> Option<RevisionKind> {
    let mut with_text = spans.iter().filter(|s| !s.text.trim().is_empty());
    let first = change(with_text.next()?)?;
    with_text.all(|s| change(s) == Some(first)).then_some(first)
}

/// The colour of a run's text: its change's colour, or the style's.
pub(crate) fn ink(change: Option<RevisionKind>, plain: Color) -> Color {
    match change {
        Some(RevisionKind::Inserted) => INSERTED,
        Some(RevisionKind::Deleted) => DELETED,
        None => plain,
    }
}

/// The underlines and strike-throughs of the changed runs of `line`, drawn from `x0` with the
/// justification `gap` (added at each space) on the baseline `y`. The caller adds the change
/// bar (a table row draws one per line, however many of its cells changed).
pub(crate) fn marks(line: &Line, x0: f32, gap: f32, y: f32, st: &Style, push: &mut impl FnMut(Item)) {
    // Positions and thickness after Liberation's own underline and strike-out metrics.
    let thickness = (0.07 * st.size).max(0.5);
    for run in line.runs.iter().filter(|r| r.change.is_some()) {
        // Spaces at either end of the run stay unmarked, so that a deleted word and the
        // inserted one after it read as two marks; spaces inside it are marked.
        let words = run.text.trim_matches(' ');
        if words.is_empty() {
            continue;
        }
        let space = fonts::metrics(run.face).advance(' ') * st.size + gap;
        let lead = run.text.len() - run.text.trim_start_matches(' ').len();
        let trail = run.text.len() - run.text.trim_end_matches(' ').len();
        let x = x0 + run.x + gap * run.spaces_before as f32 + space * lead as f32;
        let w = run.width + gap * run.text.matches(' ').count() as f32 - space * (lead + trail) as f32;
        let ry = match run.change {
            Some(RevisionKind::Deleted) => y - 0.26 * st.size,
            _ => y + 0.12 * st.size,
        };
        push(Item::Rule {
            x1: x,
            y1: ry,
            x2: x + w,
            y2: ry,
            width: thickness,
            color: ink(run.change, st.color),
        });
    }
}

/// The change bar beside a line box starting at `top`, `height` tall, of text whose left edge
/// is `left`. The bars of successive lines join into one.
pub(crate) fn bar(left: f32, top: f32, height: f32) -> Item {
    let x = left - BAR_OFFSET;
    Item::Rule {
        x1: x,
        y1: top,
        x2: x,
        y2: top + height,
        width: BAR_WIDTH,
        color: BAR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use adopt_document::Revision;

    fn revised(text: &str, kind: RevisionKind) -> Span {
        Span::plain(text).revised(Revision {
            kind,
            author: "A".into(),
            date: Default::default(),
        })
    }

    #[test]
    fn an_item_is_changed_whole_when_all_its_text_is() {
        use RevisionKind::{Deleted, Inserted};
        assert_eq!(
            whole(&[revised("a", Inserted), Span::plain(" "), revised("b", Inserted)]),
            Some(Inserted)
        );
        assert_eq!(whole(&[revised("a", Inserted), revised("b", Deleted)]), None);
        assert_eq!(whole(&[revised("a", Deleted), Span::plain("b")]), None);
        assert_eq!(whole(&[]), None);
    }
}
