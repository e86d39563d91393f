//! The gap-analysis survey and the completeness check (contract §6).

use std::process::ExitCode;

use adopt_core::{FindingView, Locale};
use adopt_core::{SurveyImport, Workbench, write_file};

use crate::cli::SurveyCommand;
use crate::output::{count, print, print_json};

/// The exit code of `check` when it found something (contract §1).
const FINDINGS: u8 = 3;

pub fn run(workbench: &mut Workbench, command: SurveyCommand) -> anyhow::Result<()> {
    match command {
        SurveyCommand::Template { workspace, out, all } => {
            let bytes = workbench.survey_template(&workspace, all, &out)?;
            write_file(&out, &bytes)?;
            print(&format!("wrote {}\n", out.display()))
        }
        SurveyCommand::Import {
            workspace,
            file,
            authority,
            dry_run,
        } => {
            let report = workbench.survey_import(&workspace, &file, authority.as_deref(), dry_run)?;
            print(&summary(&report, dry_run))
        }
    }
}

fn summary(report: &SurveyImport, dry_run: bool) -> String {
    let mut text = String::new();
    for change in &report.changes {
        let old = change
            .old
            .as_ref()
            .map_or("no answer".to_string(), |o| o.status.to_string());
        text.push_str(&format!(
            "  {:<7} {:<6} {old} -> {}\n",
            change.item, change.authority, change.new.status
        ));
    }
    let verb = if dry_run { "would change" } else { "changed" };
    text.push_str(&format!(
        "{} read: {} {verb}, {} unchanged",
        count(report.rows, "row", "rows"),
        count(report.changes.len() as u64, "answer", "answers"),
        report.unchanged
    ));
    if report.skipped > 0 {
        text.push_str(&format!(
            ", {} of other authorities left out",
            count(report.skipped, "row", "rows")
        ));
    }
    if dry_run {
        text.push_str(" (dry run: nothing was written)");
    }
    text.push('\n');
    text
}

/// Where the CLI fixes a finding: a document property's `workspace set` flag, or the review
/// commands for unanswered comments.
fn hint(finding: &FindingView, workspace: &str) -> String {
    if finding.kind == adopt_domain::FindingKind::UnansweredComment {
        return format!(
            " (`dfs-adopt review list {} --open`, then `dfs-adopt review respond`)",
            shell_word(workspace)
        );
    }
    if finding.kind == adopt_domain::FindingKind::UnresolvedConflict {
        return format!(
            " (`dfs-adopt conflicts list {}`, then `dfs-adopt conflicts resolve`)",
            shell_word(workspace)
        );
    }
    match finding.field {
        Some(field) => format!(
            "; set it with `dfs-adopt workspace set {} --{} TEXT`",
            shell_word(workspace),
            field.code().replace('_', "-")
        ),
        None => String::new(),
    }
}

/// A workspace name as one shell word, quoted when it holds anything but plain characters.
fn shell_word(text: &str) -> String {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

pub fn check(workbench: &Workbench, workspace: &str, json: bool, date: Option<&str>) -> anyhow::Result<ExitCode> {
    let date = workbench.document_date(date)?;
    let findings = FindingView::all(&workbench.check(workspace, date)?, Locale::En);
    if json {
        print_json(&findings)?;
    } else if findings.is_empty() {
        print("complete: no findings\n")?;
    } else {
        let mut text = String::new();
        for f in &findings {
            text.push_str(&format!("{:<22} {}{}\n", f.kind.code(), f.message, hint(f, workspace)));
        }
        text.push_str(&format!(
            "{} finding{}; the exported draft is marked \"DRAFT — INCOMPLETE\" until they are resolved\n",
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        ));
        print(&text)?;
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FINDINGS)
    })
}
