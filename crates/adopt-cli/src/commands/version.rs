//! Circulated versions (contract §7): circulate, list, show, verify.

use std::path::Path;
use std::process::ExitCode;

use adopt_core::{VerifyStatus, VersionInfo, Workbench, short_fingerprint};

use crate::cli::VersionCommand;
use crate::output::{print, print_json};

pub fn run(workbench: &mut Workbench, command: VersionCommand) -> anyhow::Result<()> {
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
            print(&format!(
                "Version {} · {}\n",
                version.label,
                short_fingerprint(&version.fingerprint)
            ))
        }
        VersionCommand::List { workspace, json } => {
            let versions = workbench.version_list(&workspace)?;
            if json {
                return print_json(&versions);
            }
            if versions.is_empty() {
                return print("No version circulated yet. Circulate one with `dfs-adopt version circulate`.\n");
            }
            let width = versions.iter().map(|v| v.label.chars().count()).max().unwrap_or(0);
            let mut text = String::new();
            for v in &versions {
                text.push_str(&format!(
                    "{:<width$}  {}  {}  by {}{}\n",
                    v.label,
                    v.date,
                    short_fingerprint(&v.fingerprint),
                    v.by,
                    v.note.as_deref().map(|n| format!("  {n}")).unwrap_or_default(),
                ));
            }
            print(&text)
        }
        // Its own exit codes: run from `commands::run` through `verify` below.
        VersionCommand::Verify { file, json } => verify(workbench, &file, json).map(|_| ()),
        VersionCommand::Show { workspace, label, json } => {
            let detail = workbench.version_show(&workspace, &label)?;
            if json {
                return print_json(&detail);
            }
            let v: &VersionInfo = &detail.version;
            let mut text = format!(
                "Version {}\nDate:          {}\nFingerprint:   {} (SHA-256 {})\nTemplate:      {}\nCirculated:    {} by {}\n",
                v.label,
                v.date,
                short_fingerprint(&v.fingerprint),
                v.fingerprint,
                v.template,
                v.circulated_at.format("%Y-%m-%d %H:%M:%S UTC"),
                v.by,
            );
            if let Some(prepared_by) = &v.prepared_by {
                text.push_str(&format!("Prepared by:   {prepared_by}\n"));
            }
            if let Some(note) = &v.note {
                text.push_str(&format!("Note:          {note}\n"));
            }
            if let Some(at) = v.names_removed_at {
                text.push_str(&format!(
                    "Names removed: {} (its files were rendered again without them)\n",
                    at.format("%Y-%m-%d %H:%M:%S UTC")
                ));
            }
            text.push_str(&format!(
                "Items:         {}\nFiles:         DOCX {} bytes, PDF {} bytes\n",
                detail.items, detail.files.docx, detail.files.pdf
            ));
            print(&text)
        }
    }
}

/// `version verify FILE`: exit 0 for a file as circulated or a working draft, 3 for an edited
/// copy, 1 for a file this database does not know (or cannot read).
pub fn verify(workbench: &Workbench, file: &Path, json: bool) -> anyhow::Result<ExitCode> {
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
    let line = match v.status {
        VerifyStatus::Match => format!(
            "version {version} of {workspace} · {fingerprint}, as circulated ({})",
            v.detail
        ),
        VerifyStatus::Edited if v.changed_clauses.is_empty() => {
            format!("version {version} of {workspace} · {fingerprint}, edited: {}", v.detail)
        }
        VerifyStatus::Edited => format!(
            "version {version} of {workspace} · {fingerprint}, edited: clause{} {} changed",
            if v.changed_clauses.len() == 1 { "" } else { "s" },
            v.changed_clauses.join(", ")
        ),
        VerifyStatus::WorkingDraft => format!("a working draft of {workspace}, not a circulated version"),
        VerifyStatus::Unknown => {
            eprintln!("error: {} is not a file of this database: {}", file.display(), v.detail);
            return Ok(ExitCode::from(code));
        }
    };
    print(&format!("{}: {line}\n", file.display()))?;
    Ok(ExitCode::from(code))
}
