//! Reviewers' comments (contract §8): import a reviewer's DOCX, list, respond.

use std::path::Path;

use adopt_core::{ReviewImportReport, Workbench, read_review_file};
use adopt_domain::{Disposition, ReviewComment};

use crate::args::parse;
use crate::cli::ReviewCommand;
use crate::output::{print, print_json};

pub fn run(workbench: &mut Workbench, command: ReviewCommand) -> anyhow::Result<()> {
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
            print(&import_summary(&report, dry_run))
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
                let what = if open {
                    "No open reviewers' comments"
                } else {
                    "No reviewers' comments"
                };
                return print(&format!(
                    "{what}. Import a reviewer's file with `dfs-adopt review import`.\n"
                ));
            }
            print(&comments.iter().map(describe).collect::<String>())
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
            let applied = if apply {
                format!("; {} now has the reviewer's wording (adopt-modified)", place(&answered))
            } else {
                String::new()
            };
            print(&format!(
                "{} {}: {disposition}{applied}\n",
                short(&answered.id),
                place(&answered)
            ))
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
fn place(c: &ReviewComment) -> String {
    match (&c.item, c.section) {
        (Some(item), _) => item.clone(),
        (None, Some(section)) => format!("section {section}"),
        (None, None) => "the document".to_string(),
    }
}

fn import_summary(import: &ReviewImportReport, dry_run: bool) -> String {
    let report = &import.counts;
    let mut text = String::new();
    for (item, n) in &report.by_item {
        text.push_str(&format!("  {item:<8} {n}\n"));
    }
    let attached_to_sections = report.attached - report.by_item.values().sum::<u32>();
    if attached_to_sections > 0 {
        text.push_str(&format!("  {:<8} {attached_to_sections}\n", "sections"));
    }
    if report.unattached > 0 {
        text.push_str(&format!("  {:<8} {}\n", "document", report.unattached));
    }
    let verb = if dry_run { "would attach" } else { "attached" };
    text.push_str(&format!(
        "{verb} {} new, {} already known, {} on the document as a whole",
        report.attached, report.skipped_known, report.unattached
    ));
    if let Some(version) = &import.source_version {
        text.push_str(&format!(" (from version {version})"));
    }
    if dry_run {
        text.push_str(" (dry run: nothing was written)");
    }
    text.push('\n');
    text
}

/// One comment in a few lines: id, where, kind, who, then the text and the answer.
fn describe(c: &ReviewComment) -> String {
    let who = match &c.organisation {
        Some(org) => format!("{} ({org})", c.author),
        None => c.author.clone(),
    };
    let state = match (c.disposition, c.resolved) {
        (Some(d), _) => d.label().to_string(),
        (None, true) => "open (resolved in Word)".to_string(),
        (None, false) => "open".to_string(),
    };
    let mut text = format!(
        "{} {} {} by {who}{} — {state}\n",
        short(&c.id),
        place(c),
        c.kind.label().to_lowercase(),
        c.at.as_deref().map(|a| format!(", {a}")).unwrap_or_default(),
    );
    if !c.anchor_text.is_empty() && c.kind == adopt_domain::ReviewKind::Comment {
        text.push_str(&format!("    on \"{}\"\n", one_line(&c.anchor_text)));
    }
    text.push_str(&format!("    {}\n", one_line(&c.text)));
    for reply in &c.replies {
        text.push_str(&format!("    ↳ {}: {}\n", reply.author, one_line(&reply.text)));
    }
    if let Some(response) = &c.response {
        text.push_str(&format!("    response: {}\n", one_line(response)));
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
