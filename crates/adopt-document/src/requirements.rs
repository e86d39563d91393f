//! The requirements: one clause per adopted recommendation, grouped by catalog group, with the
//! national wording, the conditions agreed, who leads, priority, target date and sources.

use std::collections::BTreeSet;

use adopt_domain::{Authority, CatalogGroup, DecisionStatus, Discussion, Flag, Language, SelectedItem};
use chrono::NaiveTime;

use crate::composer::Composer;
use crate::dates::long_date_in;
use crate::input::{COMMENT_AUTHOR, DraftInput, adopted, clause_bookmark, clause_text_bookmark};
use crate::model::*;

pub(crate) fn requirements(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.division(1, title);
    let words = doc.words;
    let language = words.language;
    let cited: BTreeSet<&str> = adopted(input)
        .iter()
        .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
        .collect();
    // In the catalog's order (S2 before S10), not in the order of the text.
    let sources: Vec<&str> = input
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| cited.contains(id))
        .collect();
    doc.paragraph(
        ParagraphStyle::Note,
        vec![
            Span::bold(words.about_statements),
            Span::plain((words.about_statements_text)(&if sources.is_empty() {
                words.none_cited.to_string()
            } else {
                sources.join(", ")
            })),
        ],
    );
    let adopted = adopted(input);
    if adopted.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic(words.none_adopted)]);
        return;
    }
    let authorities = &input.workspace.authorities;
    for group in CatalogGroup::ALL {
        let items: Vec<&&SelectedItem> = adopted.iter().filter(|i| i.group == *group).collect();
        if items.is_empty() {
            continue;
        }
        doc.division(2, &format!("{} ({})", group.label_in(language), group.code()));
        for item in items {
            let bookmark = clause_bookmark(&item.id);
            doc.blocks.push(Block::BookmarkStart { name: bookmark.clone() });
            let number = doc.provision(3, &format!("{} — {}", item.id, input.title_in(item, language)));
            doc.clause_numbers.insert(item.id.clone(), number);
            clause(doc, input, item, authorities);
            doc.blocks.push(Block::BookmarkEnd { name: bookmark });
            if input.rationale_comments {
                doc.comments.extend(rationale_comment(item, input));
            }
        }
    }
}

fn clause(doc: &mut Composer, input: &DraftInput<'_>, item: &SelectedItem, authorities: &[Authority]) {
    let words = doc.words;
    let language = words.language;
    let discussion: &Discussion = input.discussion;
    let statement = input.statement_in(item, language).to_string();
    let d = &item.decision;
    let text = clause_text_bookmark(&item.id);
    doc.blocks.push(Block::BookmarkStart { name: text.clone() });
    match (&d.status, &d.wording) {
        (DecisionStatus::AdoptModified, Some(wording)) => {
            doc.paragraph(ParagraphStyle::Body, vec![Span::plain(wording.clone())]);
            doc.blocks.push(Block::BookmarkEnd { name: text });
            doc.paragraph(
                ParagraphStyle::Quote,
                vec![Span::bold(words.statement_for_comparison), Span::italic(statement)],
            );
        }
        _ => {
            doc.paragraph(ParagraphStyle::Body, vec![Span::plain(statement)]);
            doc.blocks.push(Block::BookmarkEnd { name: text });
        }
    }
    if let Some(conditions) = discussion.resolution(&item.id).and_then(|r| r.conditions.as_ref()) {
        doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold(words.conditions_agreed), Span::plain(conditions.clone())],
        );
    }
    let stakeholders: Vec<String> = item
        .stakeholders
        .iter()
        .map(|s| in_sentence(s.label_in(language), language))
        .collect();
    doc.paragraph(
        ParagraphStyle::Field,
        vec![Span::bold(words.addressed_to), Span::plain(stakeholders.join("; "))],
    );
    let lead = d.lead.as_deref().map_or(words.to_be_assigned.to_string(), |c| {
        format!("{} ({c})", authority_name(authorities, c))
    });
    let mut responsibility = vec![Span::bold(words.lead_authority), Span::plain(lead)];
    if !d.support.is_empty() {
        let support: Vec<String> = d
            .support
            .iter()
            .map(|c| format!("{} ({c})", authority_name(authorities, c)))
            .collect();
        responsibility.push(Span::plain("; "));
        responsibility.push(Span::bold(words.supporting));
        responsibility.push(Span::plain(support.join(", ")));
    }
    doc.paragraph(ParagraphStyle::Field, responsibility);
    doc.paragraph(
        ParagraphStyle::Field,
        vec![
            Span::bold(words.priority_field),
            Span::plain(d.priority.map_or(words.to_be_set.to_string(), |p| {
                in_sentence(p.label_in(language), language)
            })),
            Span::plain("; "),
            Span::bold(words.target_date_field),
            Span::plain(
                d.due
                    .map_or(words.to_be_set.to_string(), |due| long_date_in(due, language)),
            ),
        ],
    );
    let references: Vec<String> = item
        .sources
        .iter()
        .map(|s| format!("{} {}", s.document, s.reference))
        .collect();
    let mut note = vec![Span::bold(words.source_field), Span::plain(references.join("; "))];
    if item.flag == Flag::Recalled {
        note.push(Span::plain(". "));
        note.push(Span::italic(words.recalled));
    }
    doc.paragraph(ParagraphStyle::Note, note);
}

/// The decision's rationale as a comment on the clause's text, by dfs-adopt, dated when the
/// decision last changed (the document date when it never did); none without a rationale.
fn rationale_comment(item: &SelectedItem, input: &DraftInput<'_>) -> Option<Comment> {
    let rationale = item.decision.rationale.as_deref()?.trim();
    if rationale.is_empty() {
        return None;
    }
    let date = item
        .decision
        .updated_at
        .unwrap_or_else(|| input.date.and_time(NaiveTime::MIN).and_utc());
    Some(Comment {
        range: clause_text_bookmark(&item.id),
        author: COMMENT_AUTHOR.to_string(),
        date,
        text: rationale.to_string(),
    })
}

/// A label as it reads inside a French sentence, after « : » or « ; »: « haute », « opérateur
/// de réseau mobile ». Acronyms ("SFN", "SIM") keep their capitals; English keeps the label.
fn in_sentence(label: &str, language: Language) -> String {
    let mut chars = label.chars();
    match (language, chars.next(), chars.next()) {
        (Language::Fr, Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

fn authority_name<'a>(authorities: &'a [Authority], code: &'a str) -> &'a str {
    authorities
        .iter()
        .find(|a| a.code == code)
        .map_or(code, |a| a.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_label_inside_a_sentence_starts_in_lower_case_unless_an_acronym() {
        assert_eq!(in_sentence("Haute", Language::Fr), "haute");
        assert_eq!(
            in_sentence("Opérateur de réseau mobile", Language::Fr),
            "opérateur de réseau mobile"
        );
        assert_eq!(in_sentence("SFN", Language::Fr), "SFN");
        assert_eq!(in_sentence("High", Language::En), "High");
    }
}
