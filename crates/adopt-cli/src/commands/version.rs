//! Circulated versions (contract §7): circulate, list, show.

use adopt_core::{VersionInfo, Workbench, short_fingerprint};

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
