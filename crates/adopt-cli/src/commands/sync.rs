//! `sync export` and `sync import` (contract §9).

use std::path::Path;

use adopt_core::{ConflictChoice, Workbench};

use crate::cli::{ConflictsCommand, SyncCommand};
use crate::output::{print, print_json};

pub fn run(workbench: &mut Workbench, command: SyncCommand) -> anyhow::Result<()> {
    match command {
        SyncCommand::Export { workspace, out, json } => export(workbench, &workspace, &out, json),
        SyncCommand::Import { file, dry_run, json } => import(workbench, &file, dry_run, json),
    }
}

fn export(workbench: &mut Workbench, workspace: &str, out: &Path, json: bool) -> anyhow::Result<()> {
    let sent = workbench.sync_export(workspace, out)?;
    if json {
        return print_json(&sent);
    }
    print(&format!(
        "Saved workspace {} from device \"{}\" to {} ({} bytes); open it on the other laptop with `dfs-adopt sync import`\n",
        sent.workspace,
        sent.device,
        out.display(),
        sent.bytes
    ))
}

fn import(workbench: &mut Workbench, file: &Path, dry_run: bool, json: bool) -> anyhow::Result<()> {
    let report = workbench.sync_import(file, dry_run)?;
    if json {
        return print_json(&report.counts);
    }
    let c = &report.counts;
    let mut text = String::new();
    if dry_run {
        text.push_str("Dry run: nothing was changed.\n");
    }
    let verb = match (c.created, dry_run) {
        (true, true) => "Would create",
        (true, false) => "Created",
        (false, true) => "Would merge into",
        (false, false) => "Merged into",
    };
    text.push_str(&format!(
        "{verb} workspace {} from device \"{}\"\n",
        c.workspace, report.from_device
    ));
    if let Some(name) = &report.renamed {
        text.push_str(&format!(
            "Its name is taken here, so it is called \"{name}\" on this laptop\n"
        ));
    }
    let list = |ids: &[String]| {
        if ids.is_empty() {
            "none".to_string()
        } else {
            ids.join(", ")
        }
    };
    text.push_str(&format!(
        "Fields changed: {}\nItems added: {}\nItems removed: {}\nNew conflicts: {}\n",
        c.fields_changed,
        list(&c.items_added),
        list(&c.items_removed),
        c.conflicts
    ));
    if c.conflicts > 0 {
        text.push_str(&format!(
            "Settle them with `dfs-adopt conflicts list {}` and `conflicts resolve`\n",
            c.workspace
        ));
    }
    print(&text)
}

pub fn conflicts(workbench: &mut Workbench, command: ConflictsCommand) -> anyhow::Result<()> {
    match command {
        ConflictsCommand::List { workspace, json } => {
            let conflicts = workbench.conflicts_list(&workspace)?;
            if json {
                return print_json(&conflicts);
            }
            if conflicts.is_empty() {
                return print("No conflicts.\n");
            }
            let mut text = String::new();
            for conflict in &conflicts {
                text.push_str(&format!("{}\n", conflict.id));
                for (n, value) in conflict.values.iter().enumerate() {
                    let shown = if value.value.is_empty() {
                        "(empty)"
                    } else {
                        &value.value
                    };
                    text.push_str(&format!(
                        "  {}. {shown}  ({}, {}, {})\n",
                        n + 1,
                        value.device,
                        value.by,
                        value.at.format("%Y-%m-%d %H:%M")
                    ));
                }
            }
            text.push_str("Keep one with `dfs-adopt conflicts resolve WS CONFLICT --keep N`\n");
            print(&text)
        }
        ConflictsCommand::Resolve {
            workspace,
            conflict,
            keep,
            value,
        } => {
            // clap requires one of the two.
            let choice = match keep {
                Some(n) => ConflictChoice::Keep(n),
                None => ConflictChoice::Value(value.unwrap_or_default()),
            };
            let kept = workbench.conflicts_resolve(&workspace, &conflict, &choice)?;
            let shown = if kept.is_empty() { "(empty)" } else { &kept };
            print(&format!("Settled {conflict}: kept {shown}\n"))
        }
    }
}
