//! A plain-text rendering of the model: what snapshot tests compare and what a reviewer
//! reads in a terminal. Emphasis is shown as *italic* and **bold**.

use std::fmt::Write;

use crate::model::{Block, Document, Paragraph, ParagraphStyle, Span};

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Cover(cover) => {
                let _ = writeln!(
                    out,
                    "[{}]\n{}\n{}",
                    cover.marking,
                    cover.instrument.to_uppercase(),
                    cover.title
                );
                for issuer in &cover.issuers {
                    let _ = writeln!(out, "  {issuer}");
                }
                let _ = writeln!(out, "{}", cover.jurisdiction);
                for (label, value) in &cover.details {
                    let _ = writeln!(out, "{label}: {value}");
                }
            }
            Block::TableOfContents { title } => {
                let _ = writeln!(out, "{title}");
                for heading in doc.blocks.iter().filter_map(|b| match b {
                    Block::Heading(h) if h.in_contents => Some(h),
                    _ => None,
                }) {
                    let indent = "  ".repeat(usize::from(heading.level.saturating_sub(1)));
                    let number = heading.number.as_deref().map(|n| format!("{n} ")).unwrap_or_default();
                    let _ = writeln!(out, "{indent}{number}{}", heading.text);
                }
            }
            Block::Heading(h) => {
                let marks = "#".repeat(usize::from(h.level));
                let number = h.number.as_deref().map(|n| format!("{n} ")).unwrap_or_default();
                let _ = writeln!(out, "{marks} {number}{}", h.text);
            }
            Block::Paragraph(p) => {
                let _ = writeln!(out, "{}", paragraph(p));
            }
            Block::List(list) => {
                for (i, item) in list.items.iter().enumerate() {
                    let bullet = if list.ordered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    let _ = writeln!(out, "{bullet} {}", spans(item));
                }
            }
            Block::Table(table) => {
                let header: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
                let _ = writeln!(out, "| {} |", header.join(" | "));
                for row in &table.rows {
                    let cells: Vec<String> = row.iter().map(|c| spans(c).replace('\n', " / ")).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
            }
            Block::Signatures(signatories) => {
                for s in signatories {
                    let _ = writeln!(
                        out,
                        "For {}: ____________________ ({})",
                        s.authority,
                        s.lines.join(", ")
                    );
                }
            }
            Block::PageBreak => out.push_str("---- page break ----\n"),
            // Ranges for DOCX readers: no text of their own.
            Block::BookmarkStart { .. } | Block::BookmarkEnd { .. } => continue,
        }
        out.push('\n');
    }
    out
}

fn paragraph(p: &Paragraph) -> String {
    let text = spans(&p.content);
    match p.style {
        ParagraphStyle::Body | ParagraphStyle::Field => text,
        ParagraphStyle::Quote => format!("> {text}"),
        ParagraphStyle::Note => format!("({text})"),
    }
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match (s.bold, s.italic) {
            (true, true) => format!("***{}***", s.text),
            (true, false) => format!("**{}**", s.text),
            (false, true) => format!("*{}*", s.text),
            (false, false) => s.text.clone(),
        })
        .collect()
}
