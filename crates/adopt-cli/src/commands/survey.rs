//! The gap-analysis survey and the completeness check (contract §6).

use std::process::ExitCode;

use adopt_core::{FindingView, Locale};
use adopt_core::{SurveyImport, Workbench, write_file};

use crate::cli::SurveyCommand;
use crate::output::{m, print, print_json, say};

/// The exit code of `check` when it found something (contract §1).
const FINDINGS: u8 = 3;

pub fn run(workbench: &mut Workbench, command: SurveyCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        SurveyCommand::Template { workspace, out, all } => {
            let bytes = workbench.survey_template(&workspace, all, &out)?;
            write_file(&out, &bytes)?;
            say(locale, m("cli-wrote").with("path", out.display().to_string()))
        }
        SurveyCommand::Import {
            workspace,
            file,
            authority,
            dry_run,
        } => {
            let report = workbench.survey_import(&workspace, &file, authority.as_deref(), dry_run)?;
            print(&summary(&report, dry_run, locale))
        }
    }
}

fn summary(report: &SurveyImport, dry_run: bool, locale: Locale) -> String {
    let mut text = String::new();
    for change in &report.changes {
        let old = change
            .old
            .as_ref()
            .map_or_else(|| m("cli-survey-no-answer").render(locale), |o| o.status.to_string());
        text.push_str(&format!(
            "  {:<7} {:<6} {old} -> {}\n",
            change.item, change.authority, change.new.status
        ));
    }
    let said = if dry_run {
        m("cli-survey-would-change")
    } else {
        m("cli-survey-changed")
    };
    text.push_str(
        &said
            .with("rows", report.rows)
            .with("answers", report.changes.len())
            .with("unchanged", report.unchanged)
            .render(locale),
    );
    if report.skipped > 0 {
        text.push_str(&m("cli-survey-skipped").with("rows", report.skipped).render(locale));
    }
    if dry_run {
        text.push(' ');
        text.push_str(&m("cli-dry-run-note").render(locale));
    }
    text.push('\n');
    text
}

/// Where the CLI fixes a finding: a document property's `workspace set` flag, or the review
/// commands for unanswered comments.
/// The finding's message with that hint, in `locale`.
fn with_hint(finding: &FindingView, workspace: &str, locale: Locale) -> String {
    let hint = if finding.kind == adopt_domain::FindingKind::UnansweredComment {
        m("cli-check-hint-review")
    } else if finding.kind == adopt_domain::FindingKind::UnresolvedConflict {
        m("cli-check-hint-conflicts")
    } else if let Some(field) = finding.field {
        m("cli-check-hint-property").with("flag", field.code().replace('_', "-"))
    } else {
        return finding.message.clone();
    };
    hint.with("finding", &finding.message)
        .with("workspace", shell_word(workspace))
        .render(locale)
}

/// A workspace name as one shell word, quoted when it holds anything but plain characters.
fn shell_word(text: &str) -> String {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

pub fn check(
    workbench: &Workbench,
    workspace: &str,
    json: bool,
    date: Option<&str>,
    locale: Locale,
) -> anyhow::Result<ExitCode> {
    let date = workbench.document_date(date)?;
    // The messages follow --lang in JSON too; the kinds and fields are codes and never change.
    let findings = FindingView::all(&workbench.check(workspace, date)?, locale);
    if json {
        print_json(&findings)?;
    } else if findings.is_empty() {
        say(locale, m("cli-check-complete"))?;
    } else {
        let mut text = String::new();
        for f in &findings {
            text.push_str(&format!("{:<22} {}\n", f.kind.code(), with_hint(f, workspace, locale)));
        }
        text.push_str(&m("cli-check-summary").with("count", findings.len()).render(locale));
        text.push('\n');
        print(&text)?;
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FINDINGS)
    })
}
