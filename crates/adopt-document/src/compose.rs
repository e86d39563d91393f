//! Composition: a workspace, its decisions and a template become one [`Document`]. This is the
//! only place that knows how a decision turns into clauses, tables and annexes; renderers only
//! see the model.

use std::collections::{BTreeMap, BTreeSet};

use adopt_domain::{
    Authority, BaselineAnswer, CatalogGroup, DecisionStatus, Discussion, Finding, Flag, SelectedItem, SourceDocument,
    Workspace,
};
use chrono::NaiveDate;
use serde::Serialize;

use crate::model::*;
use crate::prose::{self, ProseBlock};
use crate::template::{Generated, Part, Template, TemplateError};

/// The marking on every page of a draft.
pub const DRAFT_MARKING: &str = "DRAFT — for legal review";

/// Everything a draft is made from. The date is given, never read from the clock, so the same
/// input always gives the same document.
pub struct DraftInput<'a> {
    pub workspace: &'a Workspace,
    pub items: &'a [SelectedItem],
    /// The catalog's source documents (Annex B lists those the adopted items cite).
    pub sources: &'a [SourceDocument],
    /// The open discussion (annexes on the discussion and the divergences).
    pub discussion: &'a Discussion,
    /// The gap-analysis answers (the gap-analysis annex).
    pub baseline: &'a [BaselineAnswer],
    /// What the completeness check found; any finding marks the draft incomplete and adds an
    /// annex listing them.
    pub findings: &'a [Finding],
    pub date: NaiveDate,
}

impl DraftInput<'_> {
    /// The marking on the cover and every page.
    pub fn marking(&self) -> &'static str {
        if self.findings.is_empty() {
            DRAFT_MARKING
        } else {
            crate::gap::INCOMPLETE_MARKING
        }
    }
}

/// Composes the draft adoption document.
pub fn compose(input: &DraftInput<'_>, template: &Template) -> Result<Document, TemplateError> {
    let manifest = &template.manifest;
    let context = Context::new(input, template);
    let mut doc = Composer::default();
    for part in &manifest.parts {
        match part {
            Part::Prose { prose: name } => {
                let (source, file) = template.prose(name);
                let filled = prose::fill(&file, source, &context)?;
                for block in prose::blocks(&filled) {
                    match block {
                        ProseBlock::Heading { level, text } => {
                            doc.numbered(level, &text);
                        }
                        ProseBlock::Block(block) => doc.blocks.push(block),
                    }
                }
            }
            Part::Generated { generated, title } => {
                let title = title.clone().unwrap_or_else(|| default_title(*generated).to_string());
                match generated {
                    Generated::Cover => cover(&mut doc, input, &context),
                    Generated::DocumentControl => document_control(&mut doc, input, &context),
                    Generated::Contents => {
                        doc.blocks.push(Block::TableOfContents {
                            title: "Contents".into(),
                        });
                        doc.blocks.push(Block::PageBreak);
                    }
                    Generated::Requirements => requirements(&mut doc, input, &title),
                    Generated::Timeline => timeline(&mut doc, input, &title),
                    Generated::Responsibilities => responsibilities(&mut doc, input, &title),
                    Generated::Signatures => signatures(&mut doc, input, &title),
                    Generated::AnnexNotAdopted => annex_not_adopted(&mut doc, input, &title),
                    Generated::AnnexSources => annex_sources(&mut doc, input, &title),
                    Generated::AnnexDefinitions => annex_definitions(&mut doc, input, template, &title),
                    Generated::AnnexDiscussion => crate::discussion::annex_discussion(&mut doc, input, &title),
                    Generated::AnnexDivergence => crate::discussion::annex_divergence(&mut doc, input, &title),
                    Generated::AnnexGapAnalysis => crate::gap::annex_gap_analysis(&mut doc, input, &title),
                }
            }
        }
    }
    if !input.findings.is_empty() {
        crate::gap::annex_findings(&mut doc, input.findings);
    }
    let authorities = &input.workspace.authorities;
    Ok(Document {
        metadata: Metadata {
            title: context.title.clone(),
            subject: format!(
                "Adoption of the ITU DFS security recommendations in {}",
                input.workspace.jurisdiction
            ),
            author: authorities
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            language: manifest.language.clone(),
            keywords: vec![
                "digital financial services".into(),
                "security".into(),
                "ITU".into(),
                input.workspace.jurisdiction.clone(),
            ],
            date: input.date,
        },
        page: PageSetup::new(manifest.page_size.into()),
        header: manifest.short_title.clone(),
        footer: input.marking().into(),
        page_label: "Page {page} of {pages}".into(),
        blocks: doc.blocks,
    })
}

fn default_title(part: Generated) -> &'static str {
    match part {
        Generated::Cover => "Cover",
        Generated::DocumentControl => "Document control",
        Generated::Contents => "Contents",
        Generated::Requirements => "Requirements",
        Generated::Timeline => "Implementation timeline",
        Generated::Responsibilities => "Responsibilities of each authority",
        Generated::Signatures => "Signatures",
        Generated::AnnexNotAdopted => "Annex A — Recommendations not adopted",
        Generated::AnnexSources => "Annex B — Source documents",
        Generated::AnnexDefinitions => "Annex C — Definitions",
        Generated::AnnexDiscussion => "Annex D — Record of the open discussion",
        Generated::AnnexDivergence => "Annex E — Divergence register",
        Generated::AnnexGapAnalysis => "Annex F — Gap analysis and implementation roadmap",
    }
}

/// What prose parts may use as `{{ placeholders }}` (listed in templates/README.md).
#[derive(Serialize)]
struct Context {
    title: String,
    short_title: String,
    instrument: String,
    jurisdiction: String,
    workspace: String,
    /// "the Lesotho Communications Authority (LCA) and the Central Bank of Lesotho (CBL)"
    issuers_text: String,
    authorities: Vec<AuthorityContext>,
    version: String,
    reference: String,
    prepared_by: String,
    event: String,
    /// The document date, written out: "6 June 2025".
    date: String,
    adopted_count: usize,
    selected_count: usize,
}

#[derive(Serialize)]
struct AuthorityContext {
    code: String,
    name: String,
    kind: String,
}

impl Context {
    fn new(input: &DraftInput<'_>, template: &Template) -> Context {
        let w = input.workspace;
        let named: Vec<String> = w
            .authorities
            .iter()
            .map(|a| format!("the {} ({})", a.name, a.code))
            .collect();
        let issuers_text = match named.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        };
        Context {
            title: template.manifest.title.clone(),
            short_title: template.manifest.short_title.clone(),
            instrument: template.manifest.instrument.clone(),
            jurisdiction: w.jurisdiction.clone(),
            workspace: w.name.clone(),
            issuers_text,
            authorities: w
                .authorities
                .iter()
                .map(|a| AuthorityContext {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    kind: a.kind.label().to_string(),
                })
                .collect(),
            version: w.doc_version.clone().unwrap_or_default(),
            reference: w.reference.clone().unwrap_or_default(),
            prepared_by: w.prepared_by.clone().unwrap_or_default(),
            event: w.event.clone().unwrap_or_default(),
            date: long_date(input.date),
            adopted_count: input.items.iter().filter(|i| is_adopted(i)).count(),
            selected_count: input.items.len(),
        }
    }
}

/// "6 June 2025".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn is_adopted(item: &SelectedItem) -> bool {
    matches!(
        item.decision.status,
        DecisionStatus::Adopt | DecisionStatus::AdoptModified
    )
}

/// Adopted items in clause order (catalog group, then id), which is also `input.items` order
/// within a group.
fn adopted<'a>(input: &'a DraftInput<'_>) -> Vec<&'a SelectedItem> {
    let mut items: Vec<&SelectedItem> = input.items.iter().filter(|i| is_adopted(i)).collect();
    items.sort_by(|a, b| (group_rank(a.group), &a.id).cmp(&(group_rank(b.group), &b.id)));
    items
}

fn group_rank(group: CatalogGroup) -> usize {
    CatalogGroup::ALL.iter().position(|g| *g == group).unwrap_or(usize::MAX)
}

/// Builds the block list, numbering headings in outline order and keeping anchors unique.
#[derive(Default)]
pub(crate) struct Composer {
    pub(crate) blocks: Vec<Block>,
    counters: [u32; 3],
    anchors: BTreeSet<String>,
    /// Clause number of each adopted item, for the tables that refer back to it.
    clause_numbers: BTreeMap<String, String>,
}

impl Composer {
    fn numbered(&mut self, level: u8, text: &str) -> String {
        let level = level.clamp(1, 3);
        let index = usize::from(level - 1);
        self.counters[index] += 1;
        for deeper in &mut self.counters[index + 1..] {
            *deeper = 0;
        }
        let number = self.counters[..=index]
            .iter()
            .map(|n| n.max(&1).to_string())
            .collect::<Vec<_>>()
            .join(".");
        self.heading(level, Some(number.clone()), text);
        number
    }

    pub(crate) fn unnumbered(&mut self, level: u8, text: &str) {
        self.heading(level, None, text);
    }

    fn heading(&mut self, level: u8, number: Option<String>, text: &str) {
        let base = match &number {
            Some(n) => format!("section-{}", n.replace('.', "-")),
            None => slug(text),
        };
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.anchors.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        self.blocks.push(Block::Heading(Heading {
            level,
            number,
            text: text.to_string(),
            anchor,
            in_contents: level <= 2,
        }));
    }

    pub(crate) fn paragraph(&mut self, style: ParagraphStyle, content: Vec<Span>) {
        self.blocks.push(Block::Paragraph(Paragraph::new(style, content)));
    }
}

fn slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() { "section".into() } else { slug }
}

fn cover(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    let mut details = Vec::new();
    let not_set = "[to be completed]".to_string();
    details.push((
        "Version".to_string(),
        w.doc_version.clone().unwrap_or_else(|| not_set.clone()),
    ));
    details.push((
        "Reference".to_string(),
        w.reference.clone().unwrap_or_else(|| not_set.clone()),
    ));
    details.push(("Date".to_string(), context.date.clone()));
    if let Some(event) = &w.event {
        details.push(("Prepared at".to_string(), event.clone()));
    }
    doc.blocks.push(Block::Cover(Cover {
        marking: input.marking().into(),
        instrument: context.instrument.clone(),
        title: context.title.clone(),
        issuers: w.authorities.iter().map(|a| a.name.clone()).collect(),
        jurisdiction: w.jurisdiction.clone(),
        details,
    }));
    doc.blocks.push(Block::PageBreak);
}

fn document_control(doc: &mut Composer, input: &DraftInput<'_>, context: &Context) {
    let w = input.workspace;
    doc.unnumbered(1, "Document control");
    let cell = |text: &Option<String>| vec![Span::plain(text.clone().unwrap_or_else(|| "—".into()))];
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Version".into(),
                width: 15,
            },
            Column {
                title: "Date".into(),
                width: 20,
            },
            Column {
                title: "Prepared by".into(),
                width: 30,
            },
            Column {
                title: "Event".into(),
                width: 35,
            },
        ],
        rows: vec![vec![
            cell(&w.doc_version),
            vec![Span::plain(context.date.clone())],
            cell(&w.prepared_by),
            cell(&w.event),
        ]],
    }));
    doc.paragraph(
        ParagraphStyle::Note,
        vec![Span::plain(format!(
            "Prepared with dfs-adopt from the workspace \"{}\": {} of {} selected recommendations adopted.",
            w.name, context.adopted_count, context.selected_count
        ))],
    );
}

fn authority_name<'a>(authorities: &'a [Authority], code: &'a str) -> &'a str {
    authorities
        .iter()
        .find(|a| a.code == code)
        .map_or(code, |a| a.name.as_str())
}

fn requirements(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.numbered(1, title);
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
            Span::bold("About the statements. "),
            Span::plain(format!(
                "The requirements below summarise ITU DFS security recommendations in this document's own words; they are not ITU text. The source documents ({}) listed in Annex B are authoritative and should be consulted for the exact wording. Requirements whose source section could not be verified are marked as such.",
                if sources.is_empty() { "none cited".to_string() } else { sources.join(", ") }
            )),
        ],
    );
    let adopted = adopted(input);
    if adopted.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("No recommendation has been adopted yet.")],
        );
        return;
    }
    let authorities = &input.workspace.authorities;
    for group in CatalogGroup::ALL {
        let items: Vec<&&SelectedItem> = adopted.iter().filter(|i| i.group == *group).collect();
        if items.is_empty() {
            continue;
        }
        doc.numbered(2, &format!("{} ({})", group.label(), group.code()));
        for item in items {
            let number = doc.numbered(3, &format!("{} — {}", item.id, item.title));
            doc.clause_numbers.insert(item.id.clone(), number);
            clause(doc, item, authorities, input.discussion);
        }
    }
}

fn clause(doc: &mut Composer, item: &SelectedItem, authorities: &[Authority], discussion: &Discussion) {
    let d = &item.decision;
    match (&d.status, &d.wording) {
        (DecisionStatus::AdoptModified, Some(wording)) => {
            doc.paragraph(ParagraphStyle::Body, vec![Span::plain(wording.clone())]);
            doc.paragraph(
                ParagraphStyle::Quote,
                vec![
                    Span::bold("Catalog statement, for comparison: "),
                    Span::italic(item.statement.clone()),
                ],
            );
        }
        _ => doc.paragraph(ParagraphStyle::Body, vec![Span::plain(item.statement.clone())]),
    }
    if let Some(conditions) = discussion.resolution(&item.id).and_then(|r| r.conditions.as_ref()) {
        doc.paragraph(
            ParagraphStyle::Field,
            vec![Span::bold("Conditions agreed: "), Span::plain(conditions.clone())],
        );
    }
    let stakeholders: Vec<&str> = item.stakeholders.iter().map(|s| s.label()).collect();
    doc.paragraph(
        ParagraphStyle::Field,
        vec![Span::bold("Addressed to: "), Span::plain(stakeholders.join("; "))],
    );
    let lead = d.lead.as_deref().map_or("[to be assigned]".to_string(), |c| {
        format!("{} ({c})", authority_name(authorities, c))
    });
    let mut responsibility = vec![Span::bold("Lead authority: "), Span::plain(lead)];
    if !d.support.is_empty() {
        let support: Vec<String> = d
            .support
            .iter()
            .map(|c| format!("{} ({c})", authority_name(authorities, c)))
            .collect();
        responsibility.push(Span::plain("; "));
        responsibility.push(Span::bold("supporting: "));
        responsibility.push(Span::plain(support.join(", ")));
    }
    doc.paragraph(ParagraphStyle::Field, responsibility);
    doc.paragraph(
        ParagraphStyle::Field,
        vec![
            Span::bold("Priority: "),
            Span::plain(d.priority.map_or("[to be set]", |p| p.label()).to_string()),
            Span::plain("; "),
            Span::bold("target date: "),
            Span::plain(d.due.map_or("[to be set]".to_string(), long_date)),
        ],
    );
    let references: Vec<String> = item
        .sources
        .iter()
        .map(|s| format!("{} {}", s.document, s.reference))
        .collect();
    let mut note = vec![Span::bold("Source: "), Span::plain(references.join("; "))];
    if item.flag == Flag::Recalled {
        note.push(Span::plain(". "));
        note.push(Span::italic(
            "The source section of this requirement could not be verified; consult the source before relying on it.",
        ));
    }
    doc.paragraph(ParagraphStyle::Note, note);
}

fn timeline(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.numbered(1, title);
    let mut adopted = adopted(input);
    if adopted.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("No recommendation has been adopted yet.")],
        );
        return;
    }
    // Dated items first, by date; undated ones last, in clause order.
    adopted.sort_by_key(|i| (i.decision.due.is_none(), i.decision.due));
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(
            "The adopted requirements are to be implemented by the following target dates.",
        )],
    );
    let rows = adopted
        .iter()
        .map(|i| {
            vec![
                vec![Span::plain(i.decision.due.map_or("Not set".into(), long_date))],
                vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                vec![Span::bold(format!("{} ", i.id)), Span::plain(i.title.clone())],
                vec![Span::plain(i.decision.lead.clone().unwrap_or_else(|| "—".into()))],
                vec![Span::plain(i.decision.priority.map_or("—", |p| p.label()).to_string())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Target date".into(),
                width: 18,
            },
            Column {
                title: "Clause".into(),
                width: 10,
            },
            Column {
                title: "Requirement".into(),
                width: 50,
            },
            Column {
                title: "Lead".into(),
                width: 10,
            },
            Column {
                title: "Priority".into(),
                width: 12,
            },
        ],
        rows,
    }));
}

fn responsibilities(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.numbered(1, title);
    let adopted = adopted(input);
    for authority in &input.workspace.authorities {
        doc.numbered(2, &format!("{} ({})", authority.name, authority.code));
        let rows: Vec<Vec<Cell>> = adopted
            .iter()
            .filter_map(|i| {
                let role = if i.decision.lead.as_deref() == Some(&authority.code) {
                    "Lead"
                } else if i.decision.support.contains(&authority.code) {
                    "Supporting"
                } else {
                    return None;
                };
                Some(vec![
                    vec![Span::plain(doc.clause_numbers.get(&i.id).cloned().unwrap_or_default())],
                    vec![Span::bold(format!("{} ", i.id)), Span::plain(i.title.clone())],
                    vec![Span::plain(role)],
                    vec![Span::plain(i.decision.due.map_or("Not set".into(), long_date))],
                ])
            })
            .collect();
        if rows.is_empty() {
            doc.paragraph(
                ParagraphStyle::Body,
                vec![Span::italic("No requirement is assigned to this authority yet.")],
            );
            continue;
        }
        doc.blocks.push(Block::Table(Table {
            columns: vec![
                Column {
                    title: "Clause".into(),
                    width: 10,
                },
                Column {
                    title: "Requirement".into(),
                    width: 52,
                },
                Column {
                    title: "Role".into(),
                    width: 15,
                },
                Column {
                    title: "Target date".into(),
                    width: 23,
                },
            ],
            rows,
        }));
    }
}

fn signatures(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.unnumbered(1, title);
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain(format!(
            "Done at ____________________, {}, on ____________________.",
            input.workspace.jurisdiction
        ))],
    );
    doc.blocks.push(Block::Signatures(
        input
            .workspace
            .authorities
            .iter()
            .map(|a| Signatory {
                authority: a.name.clone(),
                lines: vec!["Name".into(), "Title".into(), "Date".into()],
            })
            .collect(),
    ));
}

fn annex_not_adopted(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let mut items: Vec<&SelectedItem> = input
        .items
        .iter()
        .filter(|i| {
            matches!(
                i.decision.status,
                DecisionStatus::NotApplicable | DecisionStatus::Deferred | DecisionStatus::AlreadyCovered
            )
        })
        .collect();
    items.sort_by_key(|i| (group_rank(i.group), i.id.clone()));
    if items.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic("Every recommendation decided so far has been adopted.")],
        );
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain("The following recommendations were considered and not adopted in this instrument, deferred, or found to be covered already.")],
    );
    let rows = items
        .iter()
        .map(|i| {
            vec![
                vec![Span::bold(i.id.clone())],
                vec![Span::plain(i.title.clone())],
                vec![Span::plain(i.decision.status.label())],
                vec![Span::plain(i.decision.reason.map_or("—", |r| r.label()).to_string())],
                vec![Span::plain(i.decision.rationale.clone().unwrap_or_else(|| "—".into()))],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Item".into(),
                width: 10,
            },
            Column {
                title: "Recommendation".into(),
                width: 28,
            },
            Column {
                title: "Decision".into(),
                width: 14,
            },
            Column {
                title: "Reason".into(),
                width: 16,
            },
            Column {
                title: "Rationale".into(),
                width: 32,
            },
        ],
        rows,
    }));
}

fn annex_sources(doc: &mut Composer, input: &DraftInput<'_>, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let cited: BTreeSet<&str> = adopted(input)
        .iter()
        .flat_map(|i| i.sources.iter().map(|s| s.document.as_str()))
        .collect();
    let documents: Vec<&SourceDocument> = input.sources.iter().filter(|s| cited.contains(s.id.as_str())).collect();
    if documents.is_empty() {
        doc.paragraph(ParagraphStyle::Body, vec![Span::italic("No source is cited yet.")]);
        return;
    }
    doc.paragraph(
        ParagraphStyle::Body,
        vec![Span::plain("The requirements of this instrument summarise the following documents, which are authoritative for their wording.")],
    );
    let rows = documents
        .iter()
        .map(|s| {
            vec![
                vec![Span::bold(s.id.clone())],
                vec![Span::plain(s.title.clone())],
                vec![Span::plain(s.publisher.clone())],
                vec![Span::plain(s.year.clone())],
                vec![Span::plain(s.url.clone())],
            ]
        })
        .collect();
    doc.blocks.push(Block::Table(Table {
        columns: vec![
            Column {
                title: "Id".into(),
                width: 7,
            },
            Column {
                title: "Title".into(),
                width: 33,
            },
            Column {
                title: "Publisher".into(),
                width: 18,
            },
            Column {
                title: "Year".into(),
                width: 10,
            },
            Column {
                title: "Address".into(),
                width: 32,
            },
        ],
        rows,
    }));
}

fn annex_definitions(doc: &mut Composer, input: &DraftInput<'_>, template: &Template, title: &str) {
    doc.blocks.push(Block::PageBreak);
    doc.unnumbered(1, title);
    let adopted = adopted(input);
    let texts: Vec<&str> = adopted
        .iter()
        .flat_map(|i| {
            [
                i.title.as_str(),
                i.statement.as_str(),
                i.decision.wording.as_deref().unwrap_or(""),
            ]
        })
        .collect();
    let terms = template.glossary.used_in(&texts);
    if terms.is_empty() {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![Span::italic(
                "The adopted requirements use no term that needs a definition.",
            )],
        );
        return;
    }
    doc.paragraph(ParagraphStyle::Body, vec![Span::plain("In this instrument:")]);
    for term in terms {
        doc.paragraph(
            ParagraphStyle::Body,
            vec![
                Span::bold(format!("{}: ", term.term)),
                Span::plain(term.definition.clone()),
            ],
        );
    }
}
