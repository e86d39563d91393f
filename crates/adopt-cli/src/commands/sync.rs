//! `sync export` and `sync import` (contract §9).

use std::path::Path;

use adopt_core::{ConflictChoice, Locale, Workbench};

use crate::cli::{ConflictsCommand, SyncCommand};
use crate::output::{line, m, print, print_json, say};

pub fn run(workbench: &mut Workbench, command: SyncCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        SyncCommand::Export { workspace, out, json } => export(workbench, &workspace, &out, json, locale),
        SyncCommand::Import { file, dry_run, json } => import(workbench, &file, dry_run, json, locale),
    }
}

fn export(workbench: &mut Workbench, workspace: &str, out: &Path, json: bool, locale: Locale) -> anyhow::Result<()> {
    let sent = workbench.sync_export(workspace, out)?;
    if json {
        return print_json(&sent);
    }
    say(
        locale,
        m("cli-sync-saved")
            .with("workspace", &sent.workspace)
            .with("device", &sent.device)
            .with("path", out.display().to_string())
            .with("bytes", sent.bytes),
    )
}

fn import(workbench: &mut Workbench, file: &Path, dry_run: bool, json: bool, locale: Locale) -> anyhow::Result<()> {
    let report = workbench.sync_import(file, dry_run)?;
    if json {
        return print_json(&report.counts);
    }
    let c = &report.counts;
    let mut text = String::new();
    if dry_run {
        text.push_str(&line(locale, m("cli-sync-dry-run")));
    }
    let said = match (c.created, dry_run) {
        (true, true) => m("cli-sync-would-create"),
        (true, false) => m("cli-sync-created"),
        (false, true) => m("cli-sync-would-merge"),
        (false, false) => m("cli-sync-merged"),
    };
    text.push_str(&line(
        locale,
        said.with("workspace", &c.workspace).with("device", &report.from_device),
    ));
    if let Some(name) = &report.renamed {
        text.push_str(&line(locale, m("cli-sync-renamed").with("name", name)));
    }
    let none = m("cli-sync-none").render(locale);
    let list = |ids: &[String]| if ids.is_empty() { none.clone() } else { ids.join(", ") };
    text.push_str(&labelled_counts(
        locale,
        vec![
            (m("cli-sync-fields-changed"), c.fields_changed.to_string()),
            (m("cli-sync-items-added"), list(&c.items_added)),
            (m("cli-sync-items-removed"), list(&c.items_removed)),
            (m("cli-sync-new-conflicts"), c.conflicts.to_string()),
        ],
    ));
    if c.conflicts > 0 {
        text.push_str(&line(locale, m("cli-sync-settle").with("workspace", &c.workspace)));
    }
    print(&text)
}

/// One "label: value" line per row, each row a message that takes its value.
fn labelled_counts(locale: Locale, rows: Vec<(adopt_core::Message, String)>) -> String {
    rows.into_iter()
        .map(|(label, value)| line(locale, label.with("value", value)))
        .collect()
}

pub fn conflicts(workbench: &mut Workbench, command: ConflictsCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        ConflictsCommand::List { workspace, json } => {
            let conflicts = workbench.conflicts_list(&workspace)?;
            if json {
                return print_json(&conflicts);
            }
            if conflicts.is_empty() {
                return say(locale, m("cli-conflicts-none"));
            }
            let mut text = String::new();
            for conflict in &conflicts {
                text.push_str(&format!("{}\n", conflict.id));
                for (n, value) in conflict.values.iter().enumerate() {
                    let shown = if value.value.is_empty() {
                        m("cli-conflicts-empty").render(locale)
                    } else {
                        value.value.clone()
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
            text.push_str(&line(locale, m("cli-conflicts-keep-one")));
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
            let shown = if kept.is_empty() {
                m("cli-conflicts-empty").render(locale)
            } else {
                kept
            };
            say(
                locale,
                m("cli-conflicts-settled")
                    .with("conflict", &conflict)
                    .with("kept", shown),
            )
        }
    }
}
