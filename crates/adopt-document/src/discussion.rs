//! The open discussion in documents: the draft's annexes "Record of the open discussion" and
//! "Divergence register", and the minutes of one session (a document of its own, same model).

use adopt_domain::{Discussion, ItemResolution, Resolution, SelectedItem, Session, Workspace};
use chrono::NaiveDate;

use crate::composer::{Composer, column};
use crate::dates::long_date;
use crate::input::DraftInput;
use crate::model::*;
use crate::template::Template;

/// The marking on every page of the minutes.
pub const MINUTES_MARKING: &str = "Minutes — draft for approval by the participants";

/// What the minutes of one session are made from.
pub struct MinutesInput<'a> {
    pub workspace: &'a Workspace,
    pub items: &'a [SelectedItem],
    pub discussion: &'a Discussion,
    /// The session's id, e.g. "s1".
    pub session: &'a str,
    /// The date printed as the minutes' date (never the clock).
    pub date: NaiveDate,
}

fn title_of(items: &[SelectedItem], id: &str) -> String {
    match items.iter().find(|i| i.id == id) {
        Some(item) => format!("{id} — {}", item.title),
        None => format!("{id} (no longer selected)"),
    }
}

fn authority_label(workspace: &Workspace, code: &str) -> String {
    workspace
        .authorities
        .iter()
        .find(|a| a.code == code)
        .map_or(code.to_string(), |a| format!("{} ({code})", a.name))
}

fn session_heading(session: &Session) -> String {
    let place = session.place.as_deref().unwrap_or("place not recorded");
    format!("Session {}: {}, {place}", session.label(), long_date(session.date))
}

fn participants_table(doc: &mut Composer, workspace: &Workspace, session: &Session) {
    if session.participants.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic("No participant was recorded.")]);
        return;
    }
    let rows = session
        .participants
        .iter()
        .map(|p| {
            vec![
                vec![Span::plain(p.name.clone())],
                vec![Span::plain(p.organisation.clone())],
                vec![Span::plain(authority_label(workspace, &p.authority))],
                vec![Span::plain(p.role.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Name", 24),
            column("Organisation", 28),
            column("Speaks for", 28),
            column("Role", 20),
        ],
        rows,
    }));
}

/// The day a record was made: its session's date (the clinic day), not the moment of typing.
fn day_of(discussion: &Discussion, r: &ItemResolution) -> String {
    long_date(discussion.session(&r.session).map_or(r.at.date_naive(), |s| s.date))
}

fn resolution_text(r: &ItemResolution) -> String {
    match r.resolution {
        Resolution::Divergent => "Divergent — escalated; the decision stays open".to_string(),
        _ => format!("{}; decision: {}", r.resolution.label(), r.status_after.label()),
    }
}

/// Positions, resolution, conditions, note, parking and actions of one item in one session.
fn item_record(
    doc: &mut Composer,
    workspace: &Workspace,
    discussion: &Discussion,
    session: &Session,
    item: &str,
    with_note: bool,
) {
    if with_note
        && let Some(note) = discussion
            .notes
            .iter()
            .find(|n| n.session == session.id && n.item == item)
    {
        doc.paragraph(ParagraphStyle::Body, vec![Span::plain(note.note.clone())]);
    }
    let positions: Vec<_> = discussion
        .positions_on(item)
        .filter(|p| p.session == session.id)
        .collect();
    if positions.is_empty() {
        doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold("Positions: "), Span::plain("none recorded")],
        );
    } else {
        let rows = positions
            .iter()
            .map(|p| {
                vec![
                    vec![Span::plain(authority_label(workspace, &p.authority))],
                    vec![Span::bold(p.stance.label())],
                    vec![Span::plain(p.note.clone().unwrap_or_else(|| "—".into()))],
                ]
            })
            .collect();
        doc.blocks.push(Block::Table(Table {
            columns: vec![column("Authority", 34), column("Position", 24), column("Note", 42)],
            rows,
        }));
    }
    let resolution = discussion
        .resolutions
        .iter()
        .rev()
        .find(|r| r.session == session.id && r.item == item);
    match resolution {
        Some(r) => {
            doc.paragraph(
                ParagraphStyle::Field,
                vec![Span::bold("Resolution: "), Span::plain(resolution_text(r))],
            );
            if let Some(conditions) = &r.conditions {
                doc.paragraph(
                    ParagraphStyle::Field,
                    vec![Span::bold("Conditions: "), Span::plain(conditions.clone())],
                );
            }
        }
        None => doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold("Resolution: "), Span::plain("none recorded in this session")],
        ),
    }
    if let Some(reason) = session
        .agenda
        .iter()
        .find(|a| a.item == item)
        .and_then(|a| a.parked.as_ref())
    {
        doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold("Parked for later: "), Span::plain(reason.clone())],
        );
    }
    let actions: Vec<_> = discussion
        .actions
        .iter()
        .filter(|a| a.session == session.id && a.item == item)
        .collect();
    if !actions.is_empty() {
        doc.blocks.push(Block::List(List {
            ordered: false,
            items: actions
                .iter()
                .map(|a| {
                    vec![
                        Span::bold(format!("Action {}: ", a.number)),
                        Span::plain(format!("{} — {}, by {}", a.what, a.owner, long_date(a.due))),
                    ]
                })
                .collect(),
        }));
    }
}

/// Annex: sessions, participants, and per item the positions, resolution, conditions and actions.
pub(crate) fn annex_discussion(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let discussion = input.discussion;
    if discussion.sessions.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("No open discussion has been recorded for this draft.")],
        );
        return;
    }
    let codes: Vec<&str> = input.workspace.authorities.iter().map(|a| a.code.as_str()).collect();
    let who = match codes.as_slice() {
        [one] => format!("by {one}"),
        [init @ .., last] => format!("between {} and {last}", init.join(", ")),
        [] => "between the authorities".to_string(),
    };
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "The recommendations were discussed in {} session{} {who}. For each item this annex records the position of each authority, the joint resolution, any conditions, and the actions agreed.",
            discussion.sessions.len(),
            if discussion.sessions.len() == 1 { "" } else { "s" },
        ))],
    );
    for session in &discussion.sessions {
        doc.unnumbered(2, &session_heading(session));
        doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold("Facilitator: "), Span::plain(session.facilitator.clone())],
        );
        participants_table(doc, input.workspace, session);
        for item in discussion.items_of_session(&session.id) {
            doc.unnumbered(3, &title_of(input.items, &item));
            item_record(doc, input.workspace, discussion, session, &item, false);
        }
    }
}

/// Annex: the items on which the authorities diverged, and how each was settled or is open.
pub(crate) fn annex_divergence(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let discussion = input.discussion;
    let register = discussion.divergences();
    if register.is_empty() {
        let text = if discussion.sessions.is_empty() {
            "No open discussion has been recorded for this draft."
        } else {
            "The authorities did not diverge on any recommendation."
        };
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(text)]);
        return;
    }
    let open = register.iter().filter(|d| d.settled.is_none()).count();
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "The authorities diverged on {} recommendation{}; {} settled and {open} still open. Open items stay undecided in this draft until the authorities settle them, for example through the joint committee of their memorandum of understanding.",
            register.len(),
            if register.len() == 1 { "" } else { "s" },
            register.len() - open,
        ))],
    );
    let rows = register
        .iter()
        .map(|d| {
            let positions: Vec<String> = discussion
                .positions_on(&d.item)
                .filter(|p| p.session == d.raised.session)
                .map(|p| format!("{}: {}", p.authority, p.stance.label()))
                .collect();
            let outcome = match &d.settled {
                Some(s) => {
                    let mut text = format!(
                        "Settled on {} (session {}): {}",
                        day_of(discussion, s),
                        discussion.session_label(&s.session),
                        resolution_text(s)
                    );
                    if let Some(c) = &s.conditions {
                        text.push_str(&format!(". Conditions: {c}"));
                    }
                    vec![Span::plain(text)]
                }
                None => vec![Span::bold("Open"), Span::plain(" — escalated, awaiting settlement")],
            };
            vec![
                vec![Span::bold(title_of(input.items, &d.item))],
                vec![Span::plain(format!(
                    "{} (session {})",
                    day_of(discussion, &d.raised),
                    discussion.session_label(&d.raised.session)
                ))],
                vec![Span::plain(if positions.is_empty() {
                    "—".to_string()
                } else {
                    positions.join("; ")
                })],
                outcome,
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column("Recommendation", 30),
            column("Diverged", 18),
            column("Positions", 22),
            column("Outcome", 30),
        ],
        rows,
    }));
}

/// The minutes of one session: who was there, what each item came to, and the actions.
pub fn compose_minutes(input: &MinutesInput<'_>, template: &Template) -> Document {
    let w = input.workspace;
    let d = input.discussion;
    let mut doc = Composer::default();
    let session = d.session(input.session).cloned().unwrap_or_else(|| Session {
        id: input.session.to_string(),
        number: 0,
        date: input.date,
        place: None,
        facilitator: String::new(),
        participants: Vec::new(),
        time_box: None,
        agenda: Vec::new(),
        current_item: None,
        current_since: None,
        anonymised: false,
        created_at: chrono::DateTime::default(),
        created_by: String::new(),
    });
    let title = format!("Minutes of the open discussion, {}", long_date(session.date));
    doc.unnumbered(1, &title);
    let field = |label: &str, value: String| {
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Field,
            vec![Span::bold(format!("{label}: ")), Span::plain(value)],
        ))
    };
    doc.blocks.push(field("Jurisdiction", w.jurisdiction.clone()));
    doc.blocks.push(field("Workspace", w.name.clone()));
    // A session the record lacks is named as asked for.
    let shown = if session.number > 0 {
        session.label()
    } else {
        session.id.clone()
    };
    doc.blocks.push(field("Session", shown));
    doc.blocks.push(field(
        "Place",
        session.place.clone().unwrap_or_else(|| "not recorded".into()),
    ));
    doc.blocks.push(field("Facilitator", session.facilitator.clone()));
    if let Some(minutes) = session.time_box {
        doc.blocks.push(field("Time box", format!("{minutes} minutes")));
    }
    doc.blocks.push(field("Minutes dated", long_date(input.date)));

    doc.unnumbered(2, "Participants");
    participants_table(&mut doc, w, &session);

    let items = d.items_of_session(&session.id);
    let resolved_in = |item: &str| {
        d.resolutions
            .iter()
            .rev()
            .find(|r| r.session == session.id && r.item == item)
    };
    let agreed = items
        .iter()
        .filter(|i| resolved_in(i).is_some_and(|r| r.resolution != Resolution::Divergent))
        .count();
    let divergent = items
        .iter()
        .filter(|i| resolved_in(i).is_some_and(|r| r.resolution == Resolution::Divergent))
        .count();
    let parked = session.agenda.iter().filter(|a| a.parked.is_some()).count();
    let remaining = items.len() - agreed - divergent;
    doc.unnumbered(2, "Summary");
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "{} item{} discussed: {agreed} agreed, {divergent} divergent, {remaining} without a resolution ({parked} parked for later).",
            items.len(),
            if items.len() == 1 { "" } else { "s" },
        ))],
    );

    doc.unnumbered(2, "Items discussed");
    if items.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("No item was discussed in this session.")],
        );
    }
    for item in &items {
        doc.unnumbered(3, &title_of(input.items, item));
        item_record(&mut doc, w, d, &session, item, true);
    }

    doc.unnumbered(2, "Action items");
    let actions: Vec<_> = d.actions.iter().filter(|a| a.session == session.id).collect();
    if actions.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic("No action item was recorded.")]);
    } else {
        let rows = actions
            .iter()
            .map(|a| {
                vec![
                    vec![Span::plain(a.number.to_string())],
                    vec![Span::bold(a.item.clone())],
                    vec![Span::plain(a.what.clone())],
                    vec![Span::plain(a.owner.clone())],
                    vec![Span::plain(long_date(a.due))],
                ]
            })
            .collect();
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                column("No.", 7),
                column("Item", 12),
                column("Action", 43),
                column("Owner", 20),
                column("Due", 18),
            ],
            rows,
        }));
    }

    Document {
        metadata: Metadata {
            title: title.clone(),
            subject: format!(
                "Open discussion on the ITU DFS security recommendations in {}",
                w.jurisdiction
            ),
            author: w
                .authorities
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            language: template.manifest.language.clone(),
            keywords: vec!["minutes".into(), "open discussion".into(), w.jurisdiction.clone()],
            date: input.date,
            properties: Vec::new(),
        },
        page: PageSetup::new(template.manifest.page_size.into()),
        header: format!("Open discussion minutes — {}", w.name),
        footer: MINUTES_MARKING.into(),
        version_line: String::new(),
        page_label: "Page {page} of {pages}".into(),
        house_style: None,
        blocks: doc.blocks,
        comments: Vec::new(),
    }
}
