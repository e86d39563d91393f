//! Composition: a workspace, its decisions and a template become one [`Document`]. This module
//! walks the template's parts in order and hands each generated part to the module that writes
//! it; together they are the only place that knows how a decision turns into clauses, tables
//! and annexes. Renderers only see the model.

use crate::annexes::{annex_definitions, annex_not_adopted, annex_sources};
use crate::changes::annex_changes;
use crate::composer::Composer;
use crate::context::Context;
use crate::discussion::{annex_discussion, annex_divergence};
use crate::formalities::{cover, document_control, signatures};
use crate::gap::{annex_findings, annex_gap_analysis};
use crate::implementation::{responsibilities, timeline};
use crate::input::{DraftInput, PROPERTY_FINGERPRINT, PROPERTY_VERSION, PROPERTY_WORKSPACE};
use crate::model::*;
use crate::prose::{self, ProseBlock};
use crate::requirements::requirements;
use crate::responses::annex_comments;
use crate::template::{Generated, Part, Template, TemplateError};

/// Composes the draft adoption document.
pub fn compose(input: &DraftInput<'_>, template: &Template) -> Result<Document, TemplateError> {
    let (doc, context) = compose_body(input, template)?;
    Ok(finish(doc, &context, input, template))
}

/// The template's parts in order, from the cover to the last annex it lists: everything but the
/// closing annexes [`finish`] adds. A redline compares two of these.
pub(crate) fn compose_body(input: &DraftInput<'_>, template: &Template) -> Result<(Composer, Context), TemplateError> {
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
                    Generated::AnnexDiscussion => annex_discussion(&mut doc, input, &title),
                    Generated::AnnexDivergence => annex_divergence(&mut doc, input, &title),
                    Generated::AnnexGapAnalysis => annex_gap_analysis(&mut doc, input, &title),
                }
            }
        }
    }
    doc.close_section();
    Ok((doc, context))
}

/// Adds the closing annexes, never compared in a redline (the reviewers' comments, the changes
/// since a version, then the completeness findings, always last), and wraps the blocks into the document.
pub(crate) fn finish(mut doc: Composer, context: &Context, input: &DraftInput<'_>, template: &Template) -> Document {
    let manifest = &template.manifest;
    if !input.comments.is_empty() {
        annex_comments(&mut doc, input);
    }
    if let Some(changes) = &input.circulation.changes {
        annex_changes(&mut doc, changes);
    }
    if !input.findings.is_empty() {
        annex_findings(&mut doc, input.findings);
    }
    let authorities = &input.workspace.authorities;
    Document {
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
            properties: vec![
                (PROPERTY_WORKSPACE.into(), input.workspace.id.clone()),
                (
                    PROPERTY_VERSION.into(),
                    input.circulation.label.clone().unwrap_or_default(),
                ),
                (PROPERTY_FINGERPRINT.into(), input.circulation.fingerprint.clone()),
            ],
        },
        page: PageSetup::new(manifest.page_size.into()),
        header: manifest.short_title.clone(),
        footer: input.marking().into(),
        version_line: input.circulation.version_line(),
        page_label: "Page {page} of {pages}".into(),
        house_style: None,
        blocks: doc.blocks,
        comments: doc.comments,
    }
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
