//! The gap analysis in the draft: the survey's baseline per group and authority, the roadmap
//! that closes the gaps (by quarter and priority), and, when the completeness check found
//! something, the annex that lists it.

use adopt_domain::{CatalogGroup, Finding, Language, Priority, SelectedItem, SurveyStatus};
use chrono::Datelike;

use crate::composer::{Composer, column};
use crate::input::DraftInput;
use crate::model::*;
use crate::words::Words;

/// "2026 Q3" for a target date; undated items go last.
fn quarter(item: &SelectedItem, words: &Words) -> String {
    item.decision.due.map_or(words.no_target_date.into(), |d| {
        (words.quarter)(d.year(), (d.month() - 1) / 3 + 1)
    })
}

/// Annex: the baseline per group and authority, then the roadmap that closes the gaps.
pub(crate) fn annex_gap_analysis(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let words = doc.words;
    let language = words.language;
    let baseline = input.baseline;
    let selected = |id: &str| input.items.iter().any(|i| i.id == id);
    if !baseline.iter().any(|b| selected(&b.item)) {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_survey)]);
        return;
    }
    let full = |item: &str, authority: &str| baseline.iter().find(|b| b.item == item && b.authority == authority);
    let answer = |item: &str, authority: &str| full(item, authority).map(|b| b.status);
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.gap_intro)]);
    doc.unnumbered(2, words.gap_summary);
    let mut rows = Vec::new();
    for group in CatalogGroup::ALL {
        let items: Vec<&SelectedItem> = input.items.iter().filter(|i| i.group == *group).collect();
        if items.is_empty() {
            continue;
        }
        for authority in &input.workspace.authorities {
            let count = |wanted: &[Option<SurveyStatus>]| {
                items
                    .iter()
                    .filter(|i| wanted.contains(&answer(&i.id, &authority.code)))
                    .count()
                    .to_string()
            };
            rows.push(vec![
                vec![Span::plain(group.label_in(language))],
                vec![Span::bold(authority.code.clone())],
                vec![Span::plain(count(&[Some(SurveyStatus::Implemented)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::PartiallyImplemented)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::Planned)]))],
                vec![Span::plain(count(&[Some(SurveyStatus::NotImplemented)]))],
                vec![Span::plain(count(&[
                    Some(SurveyStatus::NotApplicable),
                    Some(SurveyStatus::Unknown),
                    None,
                ]))],
            ]);
        }
    }
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_group, 20),
            column(words.col_authority, 13),
            column(words.col_implemented, 16),
            column(words.col_partly, 10),
            column(words.col_planned, 11),
            column(words.col_not_implemented, 15),
            column(words.col_no_answer, 15),
        ],
        rows,
    }));

    doc.unnumbered(2, words.roadmap);
    let mut gaps: Vec<&SelectedItem> = input
        .items
        .iter()
        .filter(|i| i.decision.status.is_adopted())
        .filter(|i| {
            input
                .workspace
                .authorities
                .iter()
                .any(|a| !SurveyStatus::closes_gap(answer(&i.id, &a.code)))
        })
        .collect();
    if gaps.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.no_gap)]);
        return;
    }
    let rank = |p: Option<Priority>| match p {
        Some(Priority::High) => 0,
        Some(Priority::Medium) => 1,
        Some(Priority::Low) => 2,
        None => 3,
    };
    gaps.sort_by_key(|i| {
        (
            i.decision.due.is_none(),
            i.decision.due.map(|d| (d.year(), (d.month() - 1) / 3)),
            rank(i.decision.priority),
            i.id.clone(),
        )
    });
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain(words.roadmap_intro)]);
    let rows = gaps
        .iter()
        .map(|i| {
            let today: Vec<String> = input
                .workspace
                .authorities
                .iter()
                .map(|a| match full(&i.id, &a.code) {
                    // What is missing, in the authority's own words, when it said.
                    Some(b) => match &b.gap {
                        Some(gap) if !SurveyStatus::closes_gap(Some(b.status)) => {
                            (words.answer_with_gap)(&a.code, b.status.label_in(language), gap)
                        }
                        _ => (words.answer)(&a.code, b.status.label_in(language)),
                    },
                    None => (words.no_answer)(&a.code),
                })
                .collect();
            vec![
                vec![Span::plain(quarter(i, words))],
                vec![Span::plain(
                    i.decision.priority.map_or("—", |p| p.label_in(language)).to_string(),
                )],
                vec![
                    Span::bold(format!("{} ", i.id)),
                    Span::plain(input.title_in(i, language).to_string()),
                ],
                vec![Span::plain(i.decision.lead.clone().unwrap_or_else(|| "—".into()))],
                vec![Span::plain(today.join("; "))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_quarter, 14),
            column(words.col_priority, 11),
            column(words.col_requirement, 36),
            column(words.col_lead, 9),
            column(words.col_in_place, 30),
        ],
        rows,
    }));
}

/// The last annex of an incomplete draft: what the completeness check found.
pub(crate) fn annex_findings(doc: &mut Composer, findings: &[Finding]) {
    doc.blocks.push(Block::PageBreak);
    let words = doc.words;
    let language = words.language;
    doc.unnumbered(1, words.annex_findings);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain((words.findings_intro)(findings.len()))],
    );
    let rows = findings
        .iter()
        .map(|f| {
            vec![
                vec![Span::bold(f.item.clone().unwrap_or_else(|| words.document.into()))],
                vec![Span::plain(f.kind.label_in(language))],
                vec![Span::plain(what_to_do(f, language))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            column(words.col_item, 14),
            column(words.col_finding, 28),
            column(words.col_what_to_do, 58),
        ],
        rows,
    }));
}

/// What to do about a finding, said in the document's language.
fn what_to_do(f: &Finding, language: Language) -> String {
    let locale = match language {
        Language::En => adopt_messages::Locale::En,
        Language::Fr => adopt_messages::Locale::Fr,
    };
    f.message.render(locale)
}
