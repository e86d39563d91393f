//! Prose parts: Markdown with `{{ placeholders }}` filled by minijinja, then read by
//! pulldown-cmark into model blocks. Values are escaped for Markdown, so a name with `*` or
//! `#` in it prints as written. An unknown placeholder is an error naming file and line.

use minijinja::{Environment, UndefinedBehavior, Value};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::model::{Block, List, Paragraph, ParagraphStyle, Span};
use crate::template::TemplateError;

/// Fills the placeholders of `source` (named `file` in messages) from `context`.
pub(crate) fn fill(file: &str, source: &str, context: &impl Serialize) -> Result<String, TemplateError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_formatter(|out, _state, value| {
        let text = if value.is_none() || value.is_undefined() {
            String::new()
        } else {
            value.to_string()
        };
        out.write_str(&escape_markdown(&text))?;
        Ok(())
    });
    let error = |e: minijinja::Error| TemplateError::Placeholder {
        file: file.to_string(),
        line: e.line().unwrap_or(0),
        message: match e.kind() {
            minijinja::ErrorKind::UndefinedError => format!(
                "unknown placeholder ({}); see templates/README.md for the placeholders available",
                e.detail().unwrap_or("a name that is not defined")
            ),
            _ => e.detail().map(str::to_string).unwrap_or_else(|| e.kind().to_string()),
        },
    };
    env.add_template(file, source).map_err(error)?;
    let template = env.get_template(file).map_err(error)?;
    template.render(Value::from_serialize(context)).map_err(error)
}

/// Backslash-escapes what Markdown would read as syntax; line breaks become spaces.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Reads Markdown into blocks. `# ` lines become numbered level-1 headings (numbers are given
/// later by the composition), `## ` level 2, deeper levels level 3.
pub(crate) fn blocks(markdown: &str) -> Vec<ProseBlock> {
    let mut out = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (0u32, 0u32);
    let mut list: Option<List> = None;
    let mut quote = false;
    let mut heading: Option<u8> = None;
    for event in Parser::new_ext(markdown, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                })
            }
            Event::End(TagEnd::Heading(_)) => {
                let text: String = spans.drain(..).map(|s| s.text).collect();
                out.push(ProseBlock::Heading {
                    level: heading.take().unwrap_or(1),
                    text: text.trim().to_string(),
                });
            }
            Event::Start(Tag::List(first)) => {
                list = Some(List {
                    ordered: first.is_some(),
                    items: Vec::new(),
                })
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(list) = list.take() {
                    out.push(ProseBlock::Block(Block::List(list)));
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some(list) = &mut list {
                    list.items.push(std::mem::take(&mut spans));
                }
            }
            Event::Start(Tag::BlockQuote(_)) => quote = true,
            Event::End(TagEnd::BlockQuote(_)) => quote = false,
            Event::End(TagEnd::Paragraph) if list.is_none() => {
                let style = if quote {
                    ParagraphStyle::Quote
                } else {
                    ParagraphStyle::Body
                };
                out.push(ProseBlock::Block(Block::Paragraph(Paragraph::new(
                    style,
                    std::mem::take(&mut spans),
                ))));
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Text(text) | Event::Code(text) => push(&mut spans, &text, bold > 0, italic > 0),
            Event::SoftBreak => push(&mut spans, " ", bold > 0, italic > 0),
            Event::HardBreak => push(&mut spans, "\n", bold > 0, italic > 0),
            _ => {}
        }
    }
    out
}

/// Appends text, merging it into the previous span when the emphasis is the same.
fn push(spans: &mut Vec<Span>, text: &str, bold: bool, italic: bool) {
    match spans.last_mut() {
        Some(last) if last.bold == bold && last.italic == italic => last.text.push_str(text),
        _ => spans.push(Span {
            text: text.to_string(),
            bold,
            italic,
            revision: None,
        }),
    }
}

/// A block of prose before numbering: headings are numbered by the composition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ProseBlock {
    Heading { level: u8, text: String },
    Block(Block),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_escaped() {
        let context = serde_json_like();
        let text = fill("t/a.md", "# For {{ name }}\n\nIn {{ place }}.", &context).unwrap();
        assert_eq!(text, "# For A\\*B \\# C\n\nIn Maseru.");
        let blocks = blocks(&text);
        assert_eq!(
            blocks[0],
            ProseBlock::Heading {
                level: 1,
                text: "For A*B # C".into()
            }
        );
    }

    #[test]
    fn an_unknown_placeholder_names_file_and_line() {
        let err = fill(
            "joint-directive/purpose.md",
            "line one\n\nline {{ nope }}",
            &serde_json_like(),
        )
        .unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("joint-directive/purpose.md, line 3: unknown placeholder"),
            "{message}"
        );
    }

    #[test]
    fn a_malformed_template_names_file_and_line() {
        let err = fill("g/a.md", "ok\n{% if %}", &serde_json_like())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g/a.md, line 2:"), "{err}");
    }

    #[test]
    fn markdown_becomes_paragraphs_lists_and_emphasis() {
        let blocks = blocks("Some *italic* and **bold** text\ncontinues.\n\n1. one\n2. two\n\n- a\n- b\n\n> quoted\n");
        let ProseBlock::Block(Block::Paragraph(p)) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(p.text(), "Some italic and bold text continues.");
        assert!(p.content[1].italic && p.content[3].bold);
        assert!(matches!(&blocks[1], ProseBlock::Block(Block::List(l)) if l.ordered && l.items.len() == 2));
        assert!(matches!(&blocks[2], ProseBlock::Block(Block::List(l)) if !l.ordered));
        assert!(matches!(&blocks[3], ProseBlock::Block(Block::Paragraph(p)) if p.style == ParagraphStyle::Quote));
    }

    fn serde_json_like() -> std::collections::BTreeMap<&'static str, &'static str> {
        [("name", "A*B # C"), ("place", "Maseru")].into_iter().collect()
    }
}
