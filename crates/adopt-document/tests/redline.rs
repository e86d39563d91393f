//! Redlines of composed drafts: accepting every change gives the new draft's text, rejecting
//! every change gives the old one's, small edits are marked word by word, and each change is
//! attributed to whoever changed its item.

use std::collections::{BTreeMap, BTreeSet};

use adopt_catalog::Catalog;
use adopt_document::{
    Attribution, Author, Block, COMMENT_AUTHOR, ChangeRow, ChangesSince, Circulation, Comment, Document, DraftInput,
    Heading, RevisionKind, Span, Template, accept_all, body_text, clause_bookmark, clause_text_bookmark, compose,
    compose_redline, reject_all, whole_revision,
};
use adopt_domain::{
    Authority, AuthorityKind, DecisionStatus, Discussion, Finding, FindingKind, ItemResolution, Priority, ReasonCode,
    Resolution, SelectedItem, Workspace,
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 6, day, hour, 0, 0).unwrap()
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
}

/// A workspace's record: what a draft is composed from.
#[derive(Clone)]
struct State {
    workspace: Workspace,
    items: Vec<SelectedItem>,
    discussion: Discussion,
    findings: Vec<Finding>,
    circulation: Circulation,
    template: &'static str,
}

impl State {
    /// `n` catalog items spread over the groups, decided: most adopted, every fourth in national
    /// wording, two not adopted and the last left open.
    fn base(n: usize) -> State {
        let catalog = Catalog::builtin();
        let all = catalog.items();
        let step = (all.len() / n).max(1);
        let items = all
            .iter()
            .step_by(step)
            .take(n)
            .enumerate()
            .map(|(i, r)| {
                let mut item = SelectedItem::from_catalog(r, at(1, 9), "secretariat");
                let d = &mut item.decision;
                d.status = if i == n - 1 {
                    DecisionStatus::Open
                } else if i % 7 == 5 {
                    DecisionStatus::NotApplicable
                } else if i % 4 == 3 {
                    DecisionStatus::AdoptModified
                } else {
                    DecisionStatus::Adopt
                };
                if d.status == DecisionStatus::AdoptModified {
                    d.wording = Some(format!(
                        "Licensees shall apply measure {} to every DFS channel within 24 hours of a reported incident, and report the outcome to the lead authority.",
                        r.id
                    ));
                }
                if d.status == DecisionStatus::NotApplicable {
                    d.reason = Some(ReasonCode::NotRelevantToMarket);
                    d.rationale = Some("No such service is licensed in the jurisdiction.".into());
                }
                if d.status.is_adopted() {
                    d.lead = Some(if i % 2 == 0 { "TR" } else { "CB" }.into());
                    d.support = vec![if i % 2 == 0 { "CB" } else { "TR" }.into()];
                    d.priority = Some([Priority::High, Priority::Medium, Priority::Low][i % 3]);
                    d.due = Some(date() + chrono::Days::new(30 * (i as u64 % 9)));
                }
                item
            })
            .collect();
        State {
            workspace: Workspace {
                id: "ws1".into(),
                name: "Redline test".into(),
                jurisdiction: "Testland".into(),
                template: "joint-directive".into(),
                doc_version: Some("0.3".into()),
                reference: Some("TR/CB/DFS/2025/01".into()),
                prepared_by: Some("Secretariat".into()),
                event: None,
                language: Default::default(),
                authorities: vec![
                    Authority {
                        code: "TR".into(),
                        name: "Telecom Regulator".into(),
                        kind: AuthorityKind::TelecomRegulator,
                    },
                    Authority {
                        code: "CB".into(),
                        name: "Central Bank".into(),
                        kind: AuthorityKind::CentralBank,
                    },
                ],
                created_at: at(1, 8),
                created_by: "secretariat".into(),
            },
            items,
            discussion: Discussion::default(),
            findings: Vec::new(),
            circulation: Circulation::default(),
            template: "joint-directive",
        }
    }

    fn item(&mut self, id: &str) -> &mut SelectedItem {
        self.items.iter_mut().find(|i| i.id == id).unwrap()
    }

    /// Ids of the items with `status`.
    fn with_status(&self, status: DecisionStatus) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| i.decision.status == status)
            .map(|i| i.id.clone())
            .collect()
    }

    fn template(&self) -> Template {
        Template::builtin(self.template).unwrap()
    }

    fn input(&self) -> DraftInput<'_> {
        DraftInput {
            workspace: &self.workspace,
            items: &self.items,
            sources: Catalog::builtin().sources(),
            discussion: &self.discussion,
            baseline: &[],
            findings: &self.findings,
            comments: &[],
            date: date(),
            circulation: &self.circulation,
            rationale_comments: false,
            french: &[],
        }
    }

    fn compose(&self) -> Document {
        compose(&self.input(), &self.template()).unwrap()
    }
}

fn attribution(items: &[&str]) -> Attribution {
    Attribution {
        default: Author {
            name: "Secretariat".into(),
            date: at(4, 12),
        },
        items: items
            .iter()
            .map(|id| {
                (
                    id.to_string(),
                    Author {
                        name: format!("Editor of {id}"),
                        date: at(5, 10),
                    },
                )
            })
            .collect(),
    }
}

fn redline(old: &State, new: &State, attribution: &Attribution) -> Document {
    compose_redline(
        &old.input(),
        &old.template(),
        &new.input(),
        &new.template(),
        attribution,
    )
    .unwrap()
}

/// The redline of `old` against `new`, checked: accepting every change reads as `new`, rejecting
/// every change as `old`, and the model's invariants hold.
fn checked(old: &State, new: &State, attribution: &Attribution) -> Document {
    let r = redline(old, new, attribution);
    let plain_new = new.compose();
    assert_text_eq(
        &body_text(&accept_all(&r)),
        &body_text(&plain_new),
        "accepting every change",
    );
    assert_text_eq(
        &body_text(&reject_all(&r)),
        &body_text(&old.compose()),
        "rejecting every change",
    );
    check_model(&r, &plain_new);
    r
}

fn assert_text_eq(got: &str, want: &str, what: &str) {
    if got != want {
        let got: Vec<&str> = got.lines().collect();
        let want: Vec<&str> = want.lines().collect();
        let at = got
            .iter()
            .zip(&want)
            .position(|(g, w)| g != w)
            .unwrap_or(got.len().min(want.len()));
        panic!(
            "{what}: texts differ from line {at}:\n got: {:?}\nwant: {:?}",
            &got[at..(at + 3).min(got.len())],
            &want[at..(at + 3).min(want.len())]
        );
    }
}

/// Bookmarks paired and unique, anchors unique, numbered headings as in the plain new draft,
/// paragraphs either marked throughout or carrying some unmarked text.
fn check_model(r: &Document, plain_new: &Document) {
    let mut open = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for block in &r.blocks {
        match block {
            Block::BookmarkStart { name } => {
                assert!(seen.insert(name.clone()), "bookmark {name} twice");
                open.insert(name.clone());
            }
            Block::BookmarkEnd { name } => assert!(open.remove(name), "bookmark {name} ends unopened"),
            _ => {}
        }
    }
    assert!(open.is_empty(), "bookmarks left open: {open:?}");
    let anchors: Vec<&str> = headings(r).map(|h| h.anchor.as_str()).collect();
    assert_eq!(
        anchors.len(),
        anchors.iter().collect::<BTreeSet<_>>().len(),
        "anchors unique"
    );
    // Deleted headings keep their old numbers; the others are the new draft's.
    let numbers = |d: &Document| -> Vec<(Option<String>, String)> {
        headings(d)
            .filter(|h| h.number.is_some())
            .filter(|h| h.redline.as_deref().and_then(whole_revision) != Some(RevisionKind::Deleted))
            .map(|h| (h.number.clone(), h.text.clone()))
            .collect()
    };
    assert_eq!(numbers(r), numbers(plain_new), "numbered headings are the new draft's");
    for h in headings(r).filter(|h| h.redline.is_some()) {
        if whole_revision(h.redline.as_deref().unwrap()) == Some(RevisionKind::Deleted) {
            assert!(!h.in_contents, "a deleted heading is not in the contents");
        }
    }
}

fn headings(doc: &Document) -> impl Iterator<Item = &Heading> {
    doc.blocks.iter().filter_map(|b| match b {
        Block::Heading(h) => Some(h),
        _ => None,
    })
}

/// The blocks inside a bookmark.
fn bookmarked<'d>(doc: &'d Document, name: &str) -> &'d [Block] {
    let start = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::BookmarkStart { name: n } if n == name))
        .unwrap_or_else(|| panic!("no bookmark {name}"));
    let end = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::BookmarkEnd { name: n } if n == name))
        .unwrap();
    &doc.blocks[start + 1..end]
}

/// Every marked span of the document, with the text it belongs to.
fn marked(doc: &Document) -> Vec<&Span> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Heading(h) => out.extend(h.redline.iter().flatten()),
            Block::Paragraph(p) => out.extend(&p.content),
            Block::List(l) => out.extend(l.items.iter().flatten()),
            Block::Table(t) => out.extend(t.rows.iter().flatten().flatten()),
            _ => {}
        }
    }
    out.retain(|s| s.revision.is_some());
    out
}

fn texts_of(spans: &[Span], kind: RevisionKind) -> Vec<String> {
    spans
        .iter()
        .filter(|s| s.revision.as_ref().is_some_and(|r| r.kind == kind))
        .map(|s| s.text.clone())
        .collect()
}

/// Table rows naming `id`, with the table's first column title.
fn rows_naming<'d>(doc: &'d Document, id: &str) -> Vec<(&'d str, &'d Vec<Vec<Span>>)> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        if let Block::Table(t) = block {
            for row in &t.rows {
                if row.iter().any(|c| c.first().is_some_and(|s| s.text.trim() == id)) {
                    out.push((t.columns[0].title.as_str(), row));
                }
            }
        }
    }
    out
}

#[test]
fn an_unchanged_draft_is_its_plain_composition() {
    let state = State::base(12);
    let r = redline(&state, &state, &attribution(&[]));
    assert_eq!(r, state.compose());
    assert!(marked(&r).is_empty());
}

#[test]
fn the_redline_keeps_the_new_front_matter_and_closing_annexes_unmarked() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Adopt)[0].clone();
    new.item(&id).decision.lead = Some("CB".into());
    new.workspace.doc_version = Some("0.4".into());
    new.circulation.changes = Some(ChangesSince {
        label: "0.3".into(),
        rows: vec![ChangeRow {
            item: Some(id.clone()),
            what: "Lead authority".into(),
            old: Some("TR".into()),
            new: Some("CB".into()),
        }],
    });
    new.findings = vec![Finding {
        kind: FindingKind::MissingPriority,
        item: Some(id.clone()),
        field: None,
        message: adopt_messages::Message::new("finding-missing-priority").with("item", id.as_str()),
    }];
    let r = checked(&old, &new, &attribution(&[&id]));
    let plain = new.compose();
    let start = |d: &Document| {
        d.blocks
            .iter()
            .position(|b| matches!(b, Block::BookmarkStart { name } if name.starts_with("dfs_sec_")))
            .unwrap()
    };
    assert_eq!(
        r.blocks[..start(&r)],
        plain.blocks[..start(&plain)],
        "cover, control table, contents"
    );
    let annex_h = |d: &Document| {
        d.blocks
            .iter()
            .position(|b| matches!(b, Block::Heading(h) if h.text.starts_with("Annex H")))
            .unwrap()
            - 1
    };
    assert_eq!(
        r.blocks[annex_h(&r)..],
        plain.blocks[annex_h(&plain)..],
        "annex H then the findings, unmarked"
    );
    assert!(matches!(r.blocks.last(), Some(Block::Table(t)) if t.columns[1].title == "Finding"));
    assert_eq!(
        (&r.metadata, &r.footer, &r.version_line, &r.header),
        (&plain.metadata, &plain.footer, &plain.version_line, &plain.header)
    );
    assert!(!body_text(&r).contains("Annex H"), "annex H is not compared");
}

#[test]
fn a_few_words_of_national_wording_changed_are_marked_word_by_word() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::AdoptModified)[0].clone();
    let wording = new.item(&id).decision.wording.clone().unwrap();
    new.item(&id).decision.wording = Some(wording.replace("24 hours", "48 hours").replace("every DFS", "each DFS"));
    let attribution = attribution(&[&id]);
    let r = checked(&old, &new, &attribution);
    let text = bookmarked(&r, &clause_text_bookmark(&id));
    let [Block::Paragraph(p)] = text else {
        panic!("the clause text is one paragraph: {text:?}")
    };
    assert_eq!(texts_of(&p.content, RevisionKind::Deleted), ["every", "24"]);
    assert_eq!(texts_of(&p.content, RevisionKind::Inserted), ["each", "48"]);
    assert!(p.content[0].revision.is_none() && p.content[0].text.starts_with("Licensees shall apply measure"));
    let editor = &attribution.items[&id];
    for span in marked(&r) {
        let revision = span.revision.as_ref().unwrap();
        assert_eq!((&revision.author, revision.date), (&editor.name, editor.date));
    }
    assert_eq!(marked(&r).len(), 4, "nothing else changed");
}

#[test]
fn a_clause_no_longer_adopted_is_deleted_and_listed_in_annex_a() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Adopt)[1].clone();
    let item = new.item(&id);
    item.decision.status = DecisionStatus::Deferred;
    item.decision.reason = Some(ReasonCode::CapacityConstraint);
    let attribution = attribution(&[&id]);
    let r = checked(&old, &new, &attribution);
    assert!(
        !r.blocks
            .iter()
            .any(|b| matches!(b, Block::BookmarkStart { name } if *name == clause_bookmark(&id))),
        "the deleted clause's bookmarks are dropped"
    );
    let heading = headings(&r)
        .find(|h| h.text.starts_with(&format!("{id} — ")))
        .expect("the deleted heading stays");
    assert_eq!(
        whole_revision(heading.redline.as_deref().unwrap()),
        Some(RevisionKind::Deleted)
    );
    assert!(
        heading.number.is_some(),
        "a deleted clause keeps its old number, to come back with it"
    );
    assert!(!heading.in_contents);
    assert!(heading.anchor.starts_with("deleted-"));
    let rows = rows_naming(&r, &id);
    let annex_a = rows.iter().find(|(first, _)| *first == "Item").expect("an annex A row");
    assert_eq!(whole_revision(annex_a.1.iter().flatten()), Some(RevisionKind::Inserted));
    let revision = annex_a.1[0][0].revision.as_ref().unwrap();
    assert_eq!(revision.author, format!("Editor of {id}"));
    // The timeline's row is deleted, attributed to the item too.
    let timeline = r
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.columns[0].title == "Target date" => Some(t),
            _ => None,
        })
        .unwrap();
    let row = timeline
        .rows
        .iter()
        .find(|row| row[2][0].text.trim() == id)
        .expect("the timeline keeps the deleted row");
    assert_eq!(whole_revision(row.iter().flatten()), Some(RevisionKind::Deleted));
    assert_eq!(row[2][0].revision.as_ref().unwrap().author, format!("Editor of {id}"));
}

#[test]
fn a_newly_adopted_item_inserts_its_clause_and_timeline_row() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Open)[0].clone();
    let d = &mut new.item(&id).decision;
    d.status = DecisionStatus::Adopt;
    d.lead = Some("TR".into());
    d.priority = Some(Priority::High);
    d.due = Some(date() + chrono::Days::new(90));
    let r = checked(&old, &new, &attribution(&[&id]));
    let clause = bookmarked(&r, &clause_bookmark(&id));
    let Block::Heading(heading) = &clause[0] else {
        panic!("a clause opens with its heading")
    };
    assert!(heading.number.is_some(), "an inserted clause is numbered");
    assert_eq!(
        whole_revision(heading.redline.as_deref().unwrap()),
        Some(RevisionKind::Inserted)
    );
    for block in clause {
        if let Block::Paragraph(p) = block {
            assert_eq!(whole_revision(&p.content), Some(RevisionKind::Inserted), "{p:?}");
        }
    }
    let timeline_row = rows_naming(&r, &id)
        .into_iter()
        .find(|(first, _)| *first == "Target date")
        .map(|(_, row)| row)
        .expect("a timeline row");
    assert_eq!(
        whole_revision(timeline_row.iter().flatten()),
        Some(RevisionKind::Inserted)
    );
    assert_eq!(
        timeline_row[2][0].revision.as_ref().unwrap().author,
        format!("Editor of {id}")
    );
    let inserted_rows = r
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.rows)
        .filter(|row| row.iter().any(|c| c.iter().any(|s| s.text.trim() == id)))
        .filter(|row| whole_revision(row.iter().flatten()) == Some(RevisionKind::Inserted))
        .count();
    assert!(inserted_rows >= 2, "timeline and responsibilities rows inserted");
}

#[test]
fn a_changed_lead_authority_changes_words_in_the_clause_and_moves_responsibilities() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Adopt)[0].clone();
    let d = &mut new.item(&id).decision;
    let (lead, support) = (d.lead.clone().unwrap(), d.support[0].clone());
    d.lead = Some(support.clone());
    d.support = vec![lead.clone()];
    let r = checked(&old, &new, &attribution(&[&id]));
    let field = bookmarked(&r, &clause_bookmark(&id))
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(p) if p.content[0].text == "Lead authority: " => Some(p),
            _ => None,
        })
        .unwrap();
    assert!(field.content[0].revision.is_none(), "the label stays");
    assert!(texts_of(&field.content, RevisionKind::Deleted).concat().contains(&lead));
    assert!(
        texts_of(&field.content, RevisionKind::Inserted)
            .concat()
            .contains(&support)
    );
    // Nothing in the template's prose sections changed.
    let prose_marked = r
        .blocks
        .iter()
        .take_while(|b| !matches!(b, Block::Heading(h) if h.text == "Requirements"))
        .any(|b| matches!(b, Block::Paragraph(p) if p.content.iter().any(|s| s.revision.is_some())));
    assert!(!prose_marked);
}

#[test]
fn changed_priority_and_target_date_move_the_timeline_row() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Adopt)[0].clone();
    let d = &mut new.item(&id).decision;
    d.priority = Some(Priority::Low);
    d.due = Some(date() + chrono::Days::new(700));
    let r = checked(&old, &new, &attribution(&[&id]));
    let field = bookmarked(&r, &clause_bookmark(&id))
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(p) if p.content[0].text == "Priority: " => Some(p),
            _ => None,
        })
        .unwrap();
    let inserted = texts_of(&field.content, RevisionKind::Inserted);
    assert_eq!(inserted[0], "Low");
    assert!(inserted[1].ends_with("2027"), "{inserted:?}");
    assert!(whole_revision(&field.content).is_none());
}

#[test]
fn conditions_added_by_a_resolution_are_an_inserted_field() {
    let old = State::base(12);
    let mut new = old.clone();
    let id = new.with_status(DecisionStatus::Adopt)[2].clone();
    new.discussion.resolutions.push(ItemResolution {
        item: id.clone(),
        resolution: Resolution::AgreedWithConditions,
        conditions: Some("Only for licensees with more than 10,000 active accounts.".into()),
        status_before: DecisionStatus::Adopt,
        status_after: DecisionStatus::Adopt,
        session: "s1".into(),
        at: at(5, 11),
        by: "facilitator".into(),
    });
    let r = checked(&old, &new, &attribution(&[&id]));
    let field = bookmarked(&r, &clause_bookmark(&id))
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(p) if p.content[0].text == "Conditions agreed: " => Some(p),
            _ => None,
        })
        .unwrap();
    assert_eq!(whole_revision(&field.content), Some(RevisionKind::Inserted));
    assert_eq!(
        field.content[0].revision.as_ref().unwrap().author,
        format!("Editor of {id}")
    );
}

#[test]
fn a_changed_property_changes_the_prose_word_by_word_by_the_default_author() {
    let old = State::base(12);
    let mut new = old.clone();
    new.workspace.reference = Some("TR/CB/DFS/2025/07".into());
    let attribution = attribution(&[]);
    let r = checked(&old, &new, &attribution);
    let spans = marked(&r);
    assert_eq!(
        spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        ["01", "07"],
        "only the changed number"
    );
    assert!(
        spans
            .iter()
            .all(|s| s.revision.as_ref().unwrap().author == "Secretariat")
    );
}

#[test]
fn national_wording_replacing_the_statement_and_every_kind_of_change_at_once() {
    let old = State::base(16);
    let mut new = old.clone();
    let adopted = new.with_status(DecisionStatus::Adopt);
    // Adopt → adopt with national wording: the statement gives way to the wording and a quote.
    let first = new.item(&adopted[0]);
    first.decision.status = DecisionStatus::AdoptModified;
    first.decision.wording = Some(format!("{} In Testland this applies from 2026.", first.statement));
    new.item(&adopted[1]).decision.status = DecisionStatus::NotApplicable;
    new.item(&adopted[2]).decision.lead = Some("CB".into());
    new.item(&adopted[3]).decision.due = None;
    new.item(&adopted[4]).decision.priority = None;
    for id in new.with_status(DecisionStatus::Open) {
        new.item(&id).decision.status = DecisionStatus::Adopt;
    }
    for id in new.with_status(DecisionStatus::AdoptModified).iter().skip(1) {
        let item = new.item(id);
        item.decision.wording = item.decision.wording.as_ref().map(|w| w.replace("lead", "supporting"));
    }
    new.workspace.reference = None;
    let ids: Vec<&str> = adopted.iter().map(String::as_str).collect();
    let r = checked(&old, &new, &attribution(&ids));
    let text = bookmarked(&r, &clause_text_bookmark(&adopted[0]));
    let [Block::Paragraph(p)] = text else { panic!() };
    assert!(p.content[0].revision.is_none(), "the statement's words stay");
    assert_eq!(
        texts_of(&p.content, RevisionKind::Inserted).concat(),
        " In Testland this applies from 2026."
    );
}

#[test]
fn the_other_template_and_a_template_change() {
    let old = State::base(12);
    let mut new = old.clone();
    new.template = "guideline";
    new.item(&old.with_status(DecisionStatus::Adopt)[0]).decision.lead = Some("CB".into());
    checked(&old, &new, &attribution(&[]));
    let mut newer = new.clone();
    newer.item(&old.with_status(DecisionStatus::Adopt)[3]).decision.status = DecisionStatus::Deferred;
    checked(&new, &newer, &attribution(&[]));
}

#[test]
fn the_whole_catalog_with_every_item_changed() {
    let catalog = Catalog::builtin();
    let mut old = State::base(catalog.items().len());
    for item in &mut old.items {
        if !item.decision.status.is_adopted() {
            item.decision.status = DecisionStatus::Adopt;
            item.decision.lead = Some("TR".into());
        }
    }
    let mut new = old.clone();
    for (n, item) in new.items.iter_mut().enumerate() {
        let d = &mut item.decision;
        match n % 6 {
            0 => {
                d.status = DecisionStatus::AdoptModified;
                d.wording = Some(format!("{} Licensees report on it yearly.", item.statement));
            }
            1 => d.lead = Some(if d.lead.as_deref() == Some("TR") { "CB" } else { "TR" }.into()),
            2 => d.due = d.due.map(|due| due + chrono::Days::new(31)),
            3 => d.status = DecisionStatus::AlreadyCovered,
            4 => d.priority = Some(Priority::Low),
            _ => d.support.clear(),
        }
    }
    let ids: Vec<String> = new.items.iter().map(|i| i.id.clone()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let attribution = attribution(&ids);
    let r = checked(&old, &new, &attribution);
    // Changed wording is marked word by word: no clause text is wholly deleted.
    for item in new.items.iter().filter(|i| i.decision.status.is_adopted()) {
        for block in bookmarked(&r, &clause_text_bookmark(&item.id)) {
            if let Block::Paragraph(p) = block {
                assert_ne!(whole_revision(&p.content), Some(RevisionKind::Deleted), "{}", item.id);
            }
        }
    }
}

/// A small random generator, so the edits differ from round to round but every run is the same.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn random_edits_accept_to_the_new_text_and_reject_to_the_old() {
    let mut random = Lcg(11);
    let base = State::base(24);
    let words = [
        "promptly", "DFS", "licensee", "shall", "not", "every", "report", "agent", "within", "24",
    ];
    for _ in 0..30 {
        let mut new = base.clone();
        for _ in 0..1 + random.next(8) {
            let n = random.next(new.items.len());
            let item = &mut new.items[n];
            let d = &mut item.decision;
            match random.next(7) {
                0 => {
                    d.status = [
                        DecisionStatus::Adopt,
                        DecisionStatus::AdoptModified,
                        DecisionStatus::Deferred,
                        DecisionStatus::Open,
                    ][random.next(4)];
                    if d.status == DecisionStatus::AdoptModified && d.wording.is_none() {
                        d.wording = Some(item.statement.clone());
                    }
                }
                1 => {
                    let mut text: Vec<String> = d
                        .wording
                        .clone()
                        .unwrap_or_else(|| item.statement.clone())
                        .split(' ')
                        .map(str::to_string)
                        .collect();
                    for _ in 0..1 + random.next(4) {
                        let at = random.next(text.len() + 1);
                        match random.next(3) {
                            0 if at < text.len() => {
                                text.remove(at);
                            }
                            1 if at < text.len() => text[at] = words[random.next(words.len())].into(),
                            _ => text.insert(at, words[random.next(words.len())].into()),
                        }
                    }
                    d.status = DecisionStatus::AdoptModified;
                    d.wording = Some(text.join(" "));
                }
                2 => d.lead = [None, Some("TR".to_string()), Some("CB".to_string())][random.next(3)].clone(),
                3 => d.due = Some(date() + chrono::Days::new(random.next(400) as u64)),
                4 => d.priority = [None, Some(Priority::High), Some(Priority::Low)][random.next(3)],
                5 => {
                    d.support = if d.support.is_empty() {
                        vec!["TR".into()]
                    } else {
                        Vec::new()
                    }
                }
                _ => new.workspace.reference = Some(format!("REF/{}", random.next(100))),
            }
        }
        let mut attributed: BTreeMap<String, Author> = BTreeMap::new();
        for item in &new.items {
            attributed.insert(
                item.id.clone(),
                Author {
                    name: format!("Editor of {}", item.id),
                    date: at(5, 10),
                },
            );
        }
        let attribution = Attribution {
            default: Author {
                name: "Secretariat".into(),
                date: at(4, 12),
            },
            items: attributed,
        };
        checked(&base, &new, &attribution);
    }
}

#[test]
fn rationale_comments_sit_on_adopted_clauses_and_only_when_asked() {
    let mut state = State::base(12);
    let adopted = state.with_status(DecisionStatus::Adopt);
    let (dated, undated, blank) = (&adopted[0], &adopted[1], &adopted[2]);
    let d = &mut state.item(dated).decision;
    d.rationale = Some("  Mandated by the SIM Registration Act 2021.\n\nSee session 2.  ".into());
    d.updated_at = Some(at(3, 15));
    let d = &mut state.item(undated).decision;
    d.rationale = Some("Agreed by both authorities.".into());
    d.updated_at = None;
    state.item(blank).decision.rationale = Some(" \n ".into());

    let plain = state.compose();
    assert!(plain.comments.is_empty(), "a plain draft carries no comments");
    let asked = DraftInput {
        rationale_comments: true,
        ..state.input()
    };
    let doc = compose(&asked, &state.template()).unwrap();
    assert_eq!(doc.blocks, plain.blocks, "the comments leave the text as it is");
    let comment = |item: &str, date: DateTime<Utc>, text: &str| Comment {
        range: clause_text_bookmark(item),
        author: COMMENT_AUTHOR.into(),
        date,
        text: text.into(),
    };
    // Clause order; items not adopted keep their rationale in Annex A only; a blank one is none.
    assert_eq!(
        doc.comments,
        [
            comment(
                dated,
                at(3, 15),
                "Mandated by the SIM Registration Act 2021.\n\nSee session 2."
            ),
            comment(undated, at(6, 0), "Agreed by both authorities."),
        ]
    );
    for c in &doc.comments {
        assert!(
            doc.blocks
                .iter()
                .any(|b| matches!(b, Block::BookmarkStart { name } if *name == c.range)),
            "{} has no range",
            c.range
        );
    }

    // A redline carries the current draft's comments.
    let mut old = state.clone();
    old.item(dated).decision.status = DecisionStatus::Deferred;
    let r = compose_redline(
        &old.input(),
        &old.template(),
        &asked,
        &state.template(),
        &attribution(&[]),
    )
    .unwrap();
    assert_eq!(r.comments, doc.comments);
    assert!(redline(&old, &state, &attribution(&[])).comments.is_empty());
}
