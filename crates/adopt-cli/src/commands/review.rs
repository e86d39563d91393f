//! Reviewers' comments (contract §8): import a reviewer's DOCX, list, respond.

use std::path::Path;

use adopt_core::{Locale, ReviewImportReport, Workbench, read_review_file};
use adopt_domain::{Disposition, ReviewComment};

use crate::args::parse;
use crate::cli::ReviewCommand;
use crate::output::{language, line, m, print, print_json, say};

pub fn run(workbench: &mut Workbench, command: ReviewCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        ReviewCommand::Import {
            workspace,
            file,
            reviewer,
            organisation,
            dry_run,
            json,
        } => {
            let bytes = read_review_file(&file)?;
            let report = workbench.review_import(
                &workspace,
                &bytes,
                &file_name(&file),
                reviewer.as_deref(),
                organisation.as_deref(),
                dry_run,
            )?;
            // Notes go to stderr, so the JSON on stdout stays exactly the contract's.
            for note in &report.notes {
                eprintln!("note: {note}");
            }
            if json {
                return print_json(&report.counts);
            }
            print(&import_summary(&report, dry_run, locale))
        }
        ReviewCommand::List {
            workspace,
            item,
            open,
            json,
        } => {
            let comments = workbench.review_list(&workspace, item.as_deref(), open)?;
            if json {
                return print_json(&comments);
            }
            if comments.is_empty() {
                return say(
                    locale,
                    if open {
                        m("cli-review-none-open")
                    } else {
                        m("cli-review-none")
                    },
                );
            }
            print(&comments.iter().map(|c| describe(c, locale)).collect::<String>())
        }
        ReviewCommand::Respond {
            workspace,
            comment,
            disposition,
            response,
            apply,
        } => {
            let disposition: Disposition = parse(&disposition)?;
            let answered = workbench.review_respond(&workspace, &comment, disposition, response.as_deref(), apply)?;
            let said = if apply {
                m("cli-review-responded-applied")
            } else {
                m("cli-review-responded")
            };
            say(
                locale,
                said.with("id", short(&answered.id))
                    .with("place", place(&answered, locale))
                    .with("disposition", disposition.to_string()),
            )
        }
    }
}

/// The file's name as the comment-response table cites it: without its folder.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The start of an id: enough to name a comment to `review respond`.
fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

/// Where a comment sits: its item, its section, or the document.
fn place(c: &ReviewComment, locale: Locale) -> String {
    match (&c.item, c.section) {
        (Some(item), _) => item.clone(),
        (None, Some(section)) => m("cli-review-section")
            .with("section", section.to_string())
            .render(locale),
        (None, None) => m("cli-review-whole-document").render(locale),
    }
}

fn import_summary(import: &ReviewImportReport, dry_run: bool, locale: Locale) -> String {
    let report = &import.counts;
    let mut text = String::new();
    for (item, n) in &report.by_item {
        text.push_str(&format!("  {item:<8} {n}\n"));
    }
    let attached_to_sections = report.attached - report.by_item.values().sum::<u32>();
    if attached_to_sections > 0 {
        let sections = m("cli-review-row-sections").render(locale);
        text.push_str(&format!("  {sections:<8} {attached_to_sections}\n"));
    }
    if report.unattached > 0 {
        let document = m("cli-review-row-document").render(locale);
        text.push_str(&format!("  {document:<8} {}\n", report.unattached));
    }
    let said = if dry_run {
        m("cli-review-would-attach")
    } else {
        m("cli-review-attached")
    };
    text.push_str(
        &said
            .with("attached", report.attached)
            .with("known", report.skipped_known)
            .with("unattached", report.unattached)
            .render(locale),
    );
    if let Some(version) = &import.source_version {
        text.push(' ');
        text.push_str(&m("cli-review-from-version").with("version", version).render(locale));
    }
    if dry_run {
        text.push(' ');
        text.push_str(&m("cli-dry-run-note").render(locale));
    }
    text.push('\n');
    text
}

/// One comment in a few lines: id, where, kind, who, then the text and the answer.
fn describe(c: &ReviewComment, locale: Locale) -> String {
    let who = match &c.organisation {
        Some(org) => format!("{} ({org})", c.author),
        None => c.author.clone(),
    };
    let state = match (c.disposition, c.resolved) {
        (Some(d), _) => d.label_in(language(locale)).to_string(),
        (None, true) => m("cli-review-open-resolved-in-word").render(locale),
        (None, false) => m("cli-review-open").render(locale),
    };
    let mut text = format!("{} {} ", short(&c.id), place(c, locale));
    text.push_str(&line(
        locale,
        m("cli-review-entry")
            .with("kind", c.kind.label_in(language(locale)).to_lowercase())
            .with("who", who)
            .with("at", c.at.as_deref().map(|a| format!(", {a}")).unwrap_or_default())
            .with("state", state),
    ));
    if !c.anchor_text.is_empty() && c.kind == adopt_domain::ReviewKind::Comment {
        text.push_str("    ");
        text.push_str(&line(
            locale,
            m("cli-review-anchor").with("text", one_line(&c.anchor_text)),
        ));
    }
    text.push_str(&format!("    {}\n", one_line(&c.text)));
    for reply in &c.replies {
        text.push_str(&format!("    ↳ {}: {}\n", reply.author, one_line(&reply.text)));
    }
    if let Some(response) = &c.response {
        text.push_str("    ");
        text.push_str(&line(locale, m("cli-review-response").with("text", one_line(response))));
    }
    text
}

/// Text on one line, cut at 200 characters: the list is for finding a comment, `--json` has all.
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}
