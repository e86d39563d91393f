//! A French draft, as a French-speaking legal reviewer reads it: French headings and tables,
//! articles numbered « Article premier », « Article 2 »…, French dates, the French catalog
//! text where the selection froze it, and French spacing around punctuation throughout.

use adopt_catalog::Catalog;
use adopt_document::{
    Block, Document, DraftInput, ItemFrench, MinutesInput, Span, Template, builtin_names, compose, compose_minutes,
};
use adopt_domain::{
    Authority, AuthorityKind, DecisionStatus, Discussion, Finding, FindingKind, Language, Priority, ReasonCode,
    SelectedItem, Session, Workspace, check_french_typography,
};
use chrono::{NaiveDate, TimeZone, Utc};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, d).unwrap()
}

struct State {
    workspace: Workspace,
    items: Vec<SelectedItem>,
    french: Vec<ItemFrench>,
    discussion: Discussion,
    findings: Vec<Finding>,
}

/// An Ivorian workspace: six SIM and payment items, five adopted, one not applicable.
fn state() -> State {
    let catalog = Catalog::builtin();
    let ids = ["SIM-01", "SIM-02", "SIM-08", "PAY-01", "PAY-02", "TEL-01"];
    let mut french = Vec::new();
    let items = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let r = catalog.items().iter().find(|r| r.id == *id).unwrap();
            french.push(ItemFrench {
                item: r.id.clone(),
                title: Some(r.title_fr.clone()),
                statement: Some(r.statement_fr.clone()),
            });
            let mut item = SelectedItem::from_catalog(r, Utc.with_ymd_and_hms(2025, 6, 2, 9, 0, 0).unwrap(), "s");
            let d = &mut item.decision;
            if i == 5 {
                d.status = DecisionStatus::NotApplicable;
                d.reason = Some(ReasonCode::NotRelevantToMarket);
                d.rationale = Some("Aucun service de ce type n’est agréé.".into());
            } else {
                d.status = DecisionStatus::Adopt;
                d.lead = Some(if i % 2 == 0 { "ARTCI" } else { "BCEAO" }.into());
                d.support = vec![if i % 2 == 0 { "BCEAO" } else { "ARTCI" }.into()];
                d.priority = Some(Priority::High);
                d.due = Some(NaiveDate::from_ymd_opt(2026, 1 + i as u32, 1).unwrap());
            }
            item
        })
        .collect();
    State {
        workspace: Workspace {
            id: "ci1".into(),
            name: "Côte d'Ivoire 2025".into(),
            jurisdiction: "Côte d'Ivoire".into(),
            template: "directive-conjointe".into(),
            doc_version: Some("0.1".into()),
            reference: Some("ARTCI/BCEAO/SFN/2025/01".into()),
            prepared_by: Some("Secrétariat conjoint".into()),
            event: Some("Atelier SFN d’Abidjan".into()),
            language: Language::Fr,
            authorities: vec![
                Authority {
                    code: "ARTCI".into(),
                    name: "Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire".into(),
                    kind: AuthorityKind::TelecomRegulator,
                },
                Authority {
                    code: "BCEAO".into(),
                    name: "Banque Centrale des États de l’Afrique de l’Ouest".into(),
                    kind: AuthorityKind::CentralBank,
                },
            ],
            created_at: Utc.with_ymd_and_hms(2025, 6, 1, 8, 0, 0).unwrap(),
            created_by: "s".into(),
        },
        items,
        french,
        discussion: Discussion::default(),
        findings: Vec::new(),
    }
}

impl State {
    fn compose_on(&self, template: &str, date: NaiveDate) -> Document {
        let input = DraftInput {
            workspace: &self.workspace,
            items: &self.items,
            sources: Catalog::builtin().sources(),
            discussion: &self.discussion,
            baseline: &[],
            findings: &self.findings,
            comments: &[],
            date,
            circulation: &Default::default(),
            rationale_comments: false,
            french: &self.french,
        };
        compose(&input, &Template::builtin(template).unwrap()).unwrap()
    }

    fn compose(&self) -> Document {
        self.compose_on("directive-conjointe", day(1))
    }
}

/// Every text of the body a reader sees, one entry per paragraph, heading, item or cell.
fn texts(doc: &Document) -> Vec<String> {
    let spans = |s: &[Span]| s.iter().map(|s| s.text.as_str()).collect::<String>();
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Cover(c) => {
                out.extend([c.marking.clone(), c.instrument.clone(), c.title.clone()]);
                out.extend(
                    c.details
                        .iter()
                        .map(|(l, v)| format!("{l} : {v}").replace(" :", "\u{a0}:")),
                );
            }
            Block::TableOfContents { title } => out.push(title.clone()),
            Block::Heading(h) => out.push(format!("{} {}", h.number.clone().unwrap_or_default(), h.text)),
            Block::Paragraph(p) => out.push(p.text()),
            Block::List(l) => out.extend(l.items.iter().map(|i| spans(i))),
            Block::Table(t) => {
                out.extend(t.columns.iter().map(|c| c.title.clone()));
                out.extend(t.rows.iter().flatten().map(|c| spans(c)));
            }
            Block::Signatures(s) => out.extend(s.iter().flat_map(|s| s.lines.clone())),
            _ => {}
        }
    }
    out
}

fn headings(doc: &Document) -> Vec<(Option<String>, String)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some((h.number.clone(), h.text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_french_templates_are_built_in_and_in_french() {
    let names = builtin_names();
    for name in ["directive-conjointe", "ligne-directrice"] {
        assert!(names.contains(&name), "{names:?}");
        assert_eq!(Template::builtin(name).unwrap().manifest.language, "fr");
    }
}

#[test]
fn a_french_draft_numbers_its_articles_and_speaks_french() {
    let doc = state().compose();
    assert_eq!(doc.metadata.language, "fr");
    let headings = headings(&doc);
    let articles: Vec<&str> = headings.iter().filter_map(|(n, _)| n.as_deref()).collect();
    assert_eq!(articles[0], "Article premier");
    assert_eq!(articles[1], "Article 2");
    assert!(
        articles
            .iter()
            .enumerate()
            .all(|(i, a)| i == 0 || *a == format!("Article {}", i + 1)),
        "articles follow each other: {articles:?}"
    );
    let titles: Vec<&str> = headings.iter().map(|(_, t)| t.as_str()).collect();
    for wanted in [
        "Suivi du document",
        "Objet",
        "Exigences de sécurité",
        "Calendrier de mise en œuvre",
        "Annexe A — Recommandations non retenues",
        "Annexe B — Documents sources",
        "Annexe C — Définitions",
    ] {
        assert!(titles.contains(&wanted), "no heading {wanted:?} in {titles:?}");
    }
    // Each adopted item is an article, titled in French.
    let catalog = Catalog::builtin();
    let sim08 = catalog.items().iter().find(|r| r.id == "SIM-08").unwrap();
    assert!(
        headings
            .iter()
            .any(|(n, t)| n.as_deref().is_some_and(|n| n.starts_with("Article ")) && t.contains(&sim08.title_fr)),
        "SIM-08 is an article with its French title"
    );
    let Some(Block::TableOfContents { title }) = doc.blocks.iter().find(|b| matches!(b, Block::TableOfContents { .. }))
    else {
        panic!("no contents")
    };
    assert_eq!(title, "Sommaire");
    assert_eq!(doc.page_label, "Page {page} sur {pages}");
    assert_eq!(doc.footer, "PROJET — pour examen juridique");
}

#[test]
fn a_french_draft_has_its_preamble_and_decides() {
    let text = texts(&state().compose()).join("\n");
    assert!(
        text.contains("Vu les textes régissant l’Autorité de Régulation"),
        "visas name each authority with its article"
    );
    assert!(text.contains("Vu les textes régissant la Banque Centrale"));
    assert!(text.contains("Considérant que"), "considérants");
    assert!(text.contains("Décident\u{a0}:"), "« Décident : » with a no-break space");
    assert!(text.contains("l’Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire (ARTCI) et la Banque Centrale des États de l’Afrique de l’Ouest (BCEAO)"));
    assert!(text.contains("Autorité chef de file\u{a0}:"));
    assert!(text.contains("Exigence") && !text.contains("Lead authority") && !text.contains("Target date"));
}

#[test]
fn french_dates_are_written_out_in_french() {
    let doc = state().compose();
    let Some(Block::Cover(cover)) = doc.blocks.first() else {
        panic!("no cover")
    };
    assert!(
        cover.details.contains(&("Date".into(), "1er juin 2025".into())),
        "{:?}",
        cover.details
    );
    let text = texts(&doc).join("\n");
    assert!(text.contains("1er janvier 2026"), "target dates in French");
    let later = state().compose_on("directive-conjointe", day(5));
    let Some(Block::Cover(cover)) = later.blocks.first() else {
        panic!("no cover")
    };
    assert!(cover.details.contains(&("Date".into(), "5 juin 2025".into())));
}

#[test]
fn every_text_of_a_french_draft_follows_french_typography() {
    for template in ["directive-conjointe", "ligne-directrice"] {
        let doc = state().compose_on(template, day(1));
        for text in texts(&doc) {
            // Addresses keep their own punctuation.
            if text.contains("http") {
                continue;
            }
            assert_eq!(check_french_typography(&text), Ok(()), "{template}: {text:?}");
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        }
    }
}

#[test]
fn the_french_statement_is_used_and_the_english_one_only_where_none_was_frozen() {
    let mut s = state();
    let sim01 = s.items.iter().find(|i| i.id == "SIM-01").unwrap().clone();
    let text = texts(&s.compose()).join("\n");
    let french = s.french.iter().find(|f| f.item == "SIM-01").unwrap().clone();
    let first_words: String = french.statement.clone().unwrap().chars().take(30).collect();
    assert!(text.contains(&first_words), "the frozen French statement");
    assert!(!text.contains(&sim01.statement), "not the English one");
    s.french.retain(|f| f.item != "SIM-01");
    let text = texts(&s.compose()).join("\n");
    let english: String = sim01.statement.chars().take(30).collect();
    assert!(text.contains(&english), "falls back to the English statement");
}

#[test]
fn an_incomplete_french_draft_says_so_in_french() {
    let mut s = state();
    s.findings.push(Finding {
        kind: FindingKind::MissingLead,
        item: Some("SIM-08".into()),
        field: None,
        message: adopt_messages::Message::new("finding-missing-lead").with("item", "SIM-08"),
    });
    let doc = s.compose();
    assert_eq!(doc.footer, "PROJET — INCOMPLET");
    let text = texts(&doc).join("\n");
    assert!(text.contains("Points à compléter"));
    assert!(text.contains("SIM-08\u{a0}: retenu sans autorité chef de file\u{202f}; désignez-en une"));
    assert!(text.contains("«\u{a0}PROJET — INCOMPLET\u{a0}»"));
    assert!(!text.contains("adopted without"), "no English message");
}

#[test]
fn the_minutes_of_a_french_workspace_are_in_french() {
    let mut s = state();
    s.discussion.sessions.push(Session {
        id: "s-1".into(),
        number: 1,
        date: day(3),
        place: Some("Abidjan".into()),
        facilitator: "Secrétariat".into(),
        participants: Vec::new(),
        time_box: Some(90),
        agenda: Vec::new(),
        current_item: None,
        current_since: None,
        anonymised: false,
        created_at: Utc.with_ymd_and_hms(2025, 6, 3, 8, 0, 0).unwrap(),
        created_by: "s".into(),
    });
    let minutes = compose_minutes(
        &MinutesInput {
            workspace: &s.workspace,
            items: &s.items,
            discussion: &s.discussion,
            session: "s-1",
            date: day(4),
        },
        &Template::builtin("directive-conjointe").unwrap(),
    );
    assert_eq!(minutes.metadata.language, "fr");
    assert_eq!(
        minutes.metadata.title,
        "Procès-verbal de la concertation du 3 juin 2025"
    );
    let text = texts(&minutes).join("\n");
    for wanted in [
        "Participants",
        "Synthèse",
        "Points examinés",
        "Actions convenues",
        "Durée impartie\u{a0}: 90 minutes",
    ] {
        assert!(text.contains(wanted), "{wanted:?} in {text}");
    }
    assert!(text.contains("4 juin 2025"));
}
