//! Circulated versions (contract §7): circulate, list, show, verify.

use std::path::Path;
use std::process::ExitCode;

use adopt_core::{Locale, VerifyStatus, VersionInfo, Workbench, short_fingerprint};

use crate::cli::VersionCommand;
use crate::output::{labelled, line, m, print, print_json, say};

pub fn run(workbench: &mut Workbench, command: VersionCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        VersionCommand::Circulate {
            workspace,
            label,
            note,
            date,
            json,
        } => {
            let date = date.map(|d| workbench.document_date(Some(&d))).transpose()?;
            let version = workbench.version_circulate(&workspace, label.as_deref(), note.as_deref(), date)?;
            if json {
                return print_json(&version);
            }
            // The same line as the footer of every page of the circulated files.
            say(
                locale,
                m("cli-version-circulated")
                    .with("label", &version.label)
                    .with("fingerprint", short_fingerprint(&version.fingerprint)),
            )
        }
        VersionCommand::List { workspace, json } => {
            let versions = workbench.version_list(&workspace)?;
            if json {
                return print_json(&versions);
            }
            if versions.is_empty() {
                return say(locale, m("cli-version-none"));
            }
            let width = versions.iter().map(|v| v.label.chars().count()).max().unwrap_or(0);
            let mut text = String::new();
            for v in &versions {
                text.push_str(&format!(
                    "{:<width$}  {}  {}  {}{}\n",
                    v.label,
                    v.date,
                    short_fingerprint(&v.fingerprint),
                    m("cli-version-by").with("by", &v.by).render(locale),
                    v.note.as_deref().map(|n| format!("  {n}")).unwrap_or_default(),
                ));
            }
            print(&text)
        }
        // Its own exit codes: run from `commands::run` through `verify` below.
        VersionCommand::Verify { file, json } => verify(workbench, &file, json, locale).map(|_| ()),
        VersionCommand::Show { workspace, label, json } => {
            let detail = workbench.version_show(&workspace, &label)?;
            if json {
                return print_json(&detail);
            }
            let v: &VersionInfo = &detail.version;
            let mut text = line(locale, m("cli-version-heading").with("label", &v.label));
            let utc = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%d %H:%M:%S UTC").to_string();
            let render = |message: adopt_core::Message| message.render(locale);
            text.push_str(&labelled(
                locale,
                vec![
                    (m("cli-label-date"), Some(v.date.to_string())),
                    (
                        m("cli-label-fingerprint"),
                        Some(format!(
                            "{} (SHA-256 {})",
                            short_fingerprint(&v.fingerprint),
                            v.fingerprint
                        )),
                    ),
                    (m("cli-label-template"), Some(v.template.clone())),
                    (
                        m("cli-label-circulated"),
                        Some(render(
                            m("cli-version-at-by")
                                .with("at", utc(v.circulated_at))
                                .with("by", &v.by),
                        )),
                    ),
                    (m("cli-label-prepared-by"), v.prepared_by.clone()),
                    (m("cli-label-note"), v.note.clone()),
                    (
                        m("cli-label-names-removed"),
                        v.names_removed_at
                            .map(|at| render(m("cli-version-names-removed").with("at", utc(at)))),
                    ),
                    (m("cli-label-items"), Some(detail.items.to_string())),
                    (
                        m("cli-label-files"),
                        Some(render(
                            m("cli-version-files")
                                .with("docx", detail.files.docx)
                                .with("pdf", detail.files.pdf),
                        )),
                    ),
                ],
            ));
            print(&text)
        }
    }
}

/// `version verify FILE`: exit 0 for a file as circulated or a working draft, 3 for an edited
/// copy, 1 for a file this database does not know (or cannot read).
pub fn verify(workbench: &Workbench, file: &Path, json: bool, locale: Locale) -> anyhow::Result<ExitCode> {
    let v = workbench.version_verify(file)?;
    let code = match v.status {
        VerifyStatus::Match | VerifyStatus::WorkingDraft => 0,
        VerifyStatus::Edited => 3,
        VerifyStatus::Unknown => 1,
    };
    if json {
        print_json(&v)?;
        return Ok(ExitCode::from(code));
    }
    let name = |id: &str| {
        workbench
            .workspace_show(id)
            .map(|d| format!("\"{}\" ({id})", d.workspace.name))
            .unwrap_or_else(|_| id.to_string())
    };
    let workspace = v.workspace.as_deref().map(name).unwrap_or_default();
    let fingerprint = v.fingerprint.as_deref().map(short_fingerprint).unwrap_or_default();
    let version = v.version.as_deref().unwrap_or_default();
    let said = match v.status {
        VerifyStatus::Match => m("cli-verify-match").with("detail", &v.detail),
        VerifyStatus::Edited if v.changed_clauses.is_empty() => m("cli-verify-edited").with("detail", &v.detail),
        VerifyStatus::Edited => m("cli-verify-edited-clauses")
            .with("count", v.changed_clauses.len())
            .with("clauses", v.changed_clauses.join(", ")),
        VerifyStatus::WorkingDraft => m("cli-verify-working-draft"),
        VerifyStatus::Unknown => {
            let said = m("cli-verify-unknown")
                .with("file", file.display().to_string())
                .with("detail", &v.detail);
            eprintln!("error: {}", said.render(locale));
            return Ok(ExitCode::from(code));
        }
    };
    let said = said
        .with("version", version)
        .with("workspace", workspace)
        .with("fingerprint", fingerprint);
    say(
        locale,
        m("cli-verify-line")
            .with("file", file.display().to_string())
            .with("result", said),
    )?;
    Ok(ExitCode::from(code))
}
