//! The open discussion in documents: the draft's annexes "Record of the open discussion" and
//! "Divergence register", and the minutes of one session (a document of its own, same model).

use adopt_domain::{Discussion, ItemResolution, Resolution, SelectedItem, Session, Workspace};
use chrono::NaiveDate;

use crate::compose::template_words;
use crate::composer::{Composer, column};
use crate::dates::long_date_in;
use crate::input::DraftInput;
use crate::model::*;
use crate::template::Template;
use crate::typography::french_typography;
use crate::words::{EN, Words};

/// The marking on every page of the minutes.
pub const MINUTES_MARKING: &str = EN.minutes_marking;

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

/// "SIM-08 — title": the title in the document's language where `input` has it.
fn title_of(items: &[SelectedItem], id: &str, words: &Words, input: Option<&DraftInput<'_>>) -> String {
    match items.iter().find(|i| i.id == id) {
        Some(item) => {
            let title = input.map_or(item.title.as_str(), |input| input.title_in(item, words.language));
            format!("{id} — {title}")
        }
        None => format!("{id} {}", words.no_longer_selected),
    }
}

fn authority_label(workspace: &Workspace, code: &str) -> String {
    workspace
        .authorities
        .iter()
        .find(|a| a.code == code)
        .map_or(code.to_string(), |a| format!("{} ({code})", a.name))
}

fn session_heading(session: &Session, words: &Words) -> String {
    let place = session.place.as_deref().unwrap_or(words.place_not_recorded);
    (words.session_heading)(&session.label(), &long_date_in(session.date, words.language), place)
}

fn participants_table(doc: &mut Composer, workspace: &Workspace, session: &Session) {
    let words = doc.words;
    if session.participants.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_participant)]);
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
            column(words.col_name, 24),
            column(words.col_organisation, 28),
            column(words.col_speaks_for, 28),
            column(words.col_role, 20),
        ],
        rows,
    }));
}

/// The day a record was made: its session's date (the clinic day), not the moment of typing.
fn day_of(discussion: &Discussion, r: &ItemResolution, words: &Words) -> String {
    long_date_in(
        discussion.session(&r.session).map_or(r.at.date_naive(), |s| s.date),
        words.language,
    )
}

fn resolution_text(r: &ItemResolution, words: &Words) -> String {
    match r.resolution {
        Resolution::Divergent => words.divergent_escalated.to_string(),
        _ => (words.resolution_decision)(
            r.resolution.label_in(words.language),
            r.status_after.label_in(words.language),
        ),
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
    let words = doc.words;
    let language = words.language;
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
            vec![Span::bold(words.positions), Span::plain(words.none_recorded)],
        );
    } else {
        let rows = positions
            .iter()
            .map(|p| {
                vec![
                    vec![Span::plain(authority_label(workspace, &p.authority))],
                    vec![Span::bold(p.stance.label_in(language))],
                    vec![Span::plain(p.note.clone().unwrap_or_else(|| "—".into()))],
                ]
            })
            .collect();
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                column(words.col_authority, 34),
                column(words.col_position, 24),
                column(words.note, 42),
            ],
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
                vec![Span::bold(words.resolution), Span::plain(resolution_text(r, words))],
            );
            if let Some(conditions) = &r.conditions {
                doc.paragraph(
                    ParagraphStyle::Field,
                    vec![Span::bold(words.conditions), Span::plain(conditions.clone())],
                );
            }
        }
        None => doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold(words.resolution), Span::plain(words.none_in_session)],
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
            vec![Span::bold(words.parked), Span::plain(reason.clone())],
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
                        Span::bold((words.action)(&a.number.to_string())),
                        Span::plain((words.action_text)(&a.what, &a.owner, &long_date_in(a.due, language))),
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
    let words = doc.words;
    let discussion = input.discussion;
    if discussion.sessions.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_discussion)]);
        return;
    }
    let codes: Vec<&str> = input.workspace.authorities.iter().map(|a| a.code.as_str()).collect();
    let who = (words.between)(&codes);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.discussion_intro)(discussion.sessions.len(), &who))],
    );
    for session in &discussion.sessions {
        doc.unnumbered(2, &session_heading(session, words));
        doc.paragraph(
            ParagraphStyle::Field,
            vec![
                Span::bold(format!("{}: ", words.facilitator)),
                Span::plain(session.facilitator.clone()),
            ],
        );
        participants_table(doc, input.workspace, session);
        for item in discussion.items_of_session(&session.id) {
            doc.unnumbered(3, &title_of(input.items, &item, words, Some(input)));
            item_record(doc, input.workspace, discussion, session, &item, false);
        }
    }
}

/// Annex: the items on which the authorities diverged, and how each was settled or is open.
pub(crate) fn annex_divergence(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let words = doc.words;
    let language = words.language;
    let discussion = input.discussion;
    let register = discussion.divergences();
    if register.is_empty() {
        let text = if discussion.sessions.is_empty() {
            words.no_discussion
        } else {
            words.no_divergence
        };
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(text)]);
        return;
    }
    let open = register.iter().filter(|d| d.settled.is_none()).count();
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.divergence_intro)(register.len(), open))],
    );
    let rows = register
        .iter()
        .map(|d| {
            let positions: Vec<String> = discussion
                .positions_on(&d.item)
                .filter(|p| p.session == d.raised.session)
                .map(|p| (words.answer)(&p.authority, p.stance.label_in(language)))
                .collect();
            let outcome = match &d.settled {
                Some(s) => {
                    let mut text = (words.settled_on)(
                        &day_of(discussion, s, words),
                        &discussion.session_label(&s.session),
                        &resolution_text(s, words),
                    );
                    if let Some(c) = &s.conditions {
                        text.push_str(&format!(". {}{c}", words.conditions));
                    }
                    vec![Span::plain(text)]
                }
                None => vec![Span::bold(words.open), Span::plain(words.escalated_awaiting)],
            };
            vec![
                vec![Span::bold(title_of(input.items, &d.item, words, Some(input)))],
                vec![Span::plain((words.raised_on)(
                    &day_of(discussion, &d.raised, words),
                    &discussion.session_label(&d.raised.session),
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
            column(words.col_recommendation, 30),
            column(words.col_diverged, 18),
            column(words.col_positions, 22),
            column(words.col_outcome, 30),
        ],
        rows,
    }));
}

/// The minutes of one session: who was there, what each item came to, and the actions.
pub fn compose_minutes(input: &MinutesInput<'_>, template: &Template) -> Document {
    let w = input.workspace;
    let d = input.discussion;
    let words = template_words(template);
    let language = words.language;
    let mut doc = Composer::new(words);
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
    let title = (words.minutes_title)(&long_date_in(session.date, language));
    doc.unnumbered(1, &title);
    let field = |label: &str, value: String| {
        Block::Paragraph(Paragraph::new(
            ParagraphStyle::Field,
            vec![Span::bold(format!("{label}: ")), Span::plain(value)],
        ))
    };
    doc.blocks.push(field(words.jurisdiction, w.jurisdiction.clone()));
    doc.blocks.push(field(words.workspace, w.name.clone()));
    // A session the record lacks is named as asked for.
    let shown = if session.number > 0 {
        session.label()
    } else {
        session.id.clone()
    };
    doc.blocks.push(field(words.session, shown));
    doc.blocks.push(field(
        words.place,
        session.place.clone().unwrap_or_else(|| words.not_recorded.into()),
    ));
    doc.blocks.push(field(words.facilitator, session.facilitator.clone()));
    if let Some(minutes) = session.time_box {
        doc.blocks.push(field(words.time_box, (words.minutes)(minutes)));
    }
    doc.blocks
        .push(field(words.minutes_dated, long_date_in(input.date, language)));

    doc.unnumbered(2, words.participants);
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
    doc.unnumbered(2, words.summary);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.minutes_summary)(
            items.len(),
            agreed,
            divergent,
            remaining,
            parked,
        ))],
    );

    doc.unnumbered(2, words.items_discussed);
    if items.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_item_discussed)]);
    }
    for item in &items {
        doc.unnumbered(3, &title_of(input.items, item, words, None));
        item_record(&mut doc, w, d, &session, item, true);
    }

    doc.unnumbered(2, words.action_items);
    let actions: Vec<_> = d.actions.iter().filter(|a| a.session == session.id).collect();
    if actions.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_action)]);
    } else {
        let rows = actions
            .iter()
            .map(|a| {
                vec![
                    vec![Span::plain(a.number.to_string())],
                    vec![Span::bold(a.item.clone())],
                    vec![Span::plain(a.what.clone())],
                    vec![Span::plain(a.owner.clone())],
                    vec![Span::plain(long_date_in(a.due, language))],
                ]
            })
            .collect();
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                column(words.col_number, 7),
                column(words.col_item, 12),
                column(words.col_action, 43),
                column(words.col_owner, 20),
                column(words.col_due, 18),
            ],
            rows,
        }));
    }

    let mut keywords: Vec<String> = words.minutes_keywords.iter().map(|k| k.to_string()).collect();
    keywords.push(w.jurisdiction.clone());
    french_typography(Document {
        metadata: Metadata {
            title: title.clone(),
            subject: (words.minutes_subject)(&w.jurisdiction),
            author: w
                .authorities
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            language: template.manifest.language.clone(),
            keywords,
            date: input.date,
            properties: Vec::new(),
        },
        page: PageSetup::new(template.manifest.page_size.into()),
        header: (words.minutes_header)(&w.name),
        footer: words.minutes_marking.into(),
        version_line: String::new(),
        page_label: words.page_label.into(),
        house_style: None,
        blocks: doc.blocks,
        comments: Vec::new(),
    })
}
