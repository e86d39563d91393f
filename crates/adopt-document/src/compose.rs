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
use crate::typography::french_typography;
use crate::words::{Words, language_of, words};

/// Composes the draft adoption document.
pub fn compose(input: &DraftInput<'_>, template: &Template) -> Result<Document, TemplateError> {
    let (doc, context) = compose_body(input, template)?;
    Ok(finish(doc, &context, input, template))
}

/// The words of the template's language.
pub(crate) fn template_words(template: &Template) -> &'static Words {
    words(language_of(&template.manifest.language))
}

/// The template's parts in order, from the cover to the last annex it lists: everything but the
/// closing annexes [`finish`] adds. A redline compares two of these.
pub(crate) fn compose_body(input: &DraftInput<'_>, template: &Template) -> Result<(Composer, Context), TemplateError> {
    let manifest = &template.manifest;
    let context = Context::new(input, template);
    let mut doc = Composer::new(template_words(template));
    for part in &manifest.parts {
        match part {
            Part::Prose { prose: name } => {
                let (source, file) = template.prose(name);
                let filled = prose::fill(&file, source, &context)?;
                for block in prose::blocks(&filled) {
                    match block {
                        // A top-level heading of the prose is a provision (an article in French);
                        // below it, a subsection.
                        ProseBlock::Heading { level: 1, text } => {
                            doc.provision(1, &text);
                        }
                        ProseBlock::Heading { level, text } => doc.division(level, &text),
                        ProseBlock::Block(block) => doc.blocks.push(block),
                    }
                }
            }
            Part::Generated { generated, title } => {
                let title = title
                    .clone()
                    .unwrap_or_else(|| default_title(doc.words, *generated).to_string());
                match generated {
                    Generated::Cover => cover(&mut doc, input, &context),
                    Generated::DocumentControl => document_control(&mut doc, input, &context),
                    Generated::Contents => {
                        doc.blocks.push(Block::TableOfContents {
                            title: doc.words.contents.into(),
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
    let words = doc.words;
    if !input.comments.is_empty() {
        annex_comments(&mut doc, input);
    }
    if let Some(changes) = &input.circulation.changes {
        annex_changes(&mut doc, changes);
    }
    if !input.findings.is_empty() {
        annex_findings(&mut doc, input.findings);
    }
    let mut keywords: Vec<String> = words.keywords.iter().map(|k| k.to_string()).collect();
    keywords.push(input.workspace.jurisdiction.clone());
    let authorities = &input.workspace.authorities;
    let document = Document {
        metadata: Metadata {
            title: context.title.clone(),
            subject: (words.subject)(&input.workspace.jurisdiction),
            author: authorities
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            language: manifest.language.clone(),
            keywords,
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
        footer: input.marking_in(words.language).into(),
        version_line: input.circulation.version_line_in(words.language),
        page_label: words.page_label.into(),
        house_style: None,
        blocks: doc.blocks,
        comments: doc.comments,
    };
    french_typography(document)
}

fn default_title(words: &Words, part: Generated) -> &'static str {
    match part {
        Generated::Cover => words.part_cover,
        Generated::DocumentControl => words.part_document_control,
        Generated::Contents => words.contents,
        Generated::Requirements => words.part_requirements,
        Generated::Timeline => words.part_timeline,
        Generated::Responsibilities => words.part_responsibilities,
        Generated::Signatures => words.part_signatures,
        Generated::AnnexNotAdopted => words.annex_not_adopted,
        Generated::AnnexSources => words.annex_sources,
        Generated::AnnexDefinitions => words.annex_definitions,
        Generated::AnnexDiscussion => words.annex_discussion,
        Generated::AnnexDivergence => words.annex_divergence,
        Generated::AnnexGapAnalysis => words.annex_gap_analysis,
    }
}
