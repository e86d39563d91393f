//! The demo workspace opened in the user's own database (`Workbench::demo_open`), the way the
//! app's empty start screen offers it.

use adopt_core::Workbench;
use chrono::{TimeZone, Utc};

mod common;
use common::{demo, lesotho};

/// A user's database, on the same clock as `common::demo`'s secretariat.
fn users_database() -> Workbench {
    let mut workbench = Workbench::in_memory("secretariat").unwrap();
    workbench.set_clock(|| Utc.with_ymd_and_hms(2025, 6, 6, 12, 0, 0).unwrap());
    workbench
}

#[test]
fn opening_the_demo_copies_the_whole_demo_workspace_in_with_its_history() {
    let (built, built_id) = demo();
    let mut wb = users_database();
    let opened = wb.demo_open().unwrap();
    assert_eq!(opened.name, "Demo — Lesotho 2025");

    let (before, after) = (
        built.workspace_show(&built_id).unwrap(),
        wb.workspace_show(&opened.id).unwrap(),
    );
    assert_eq!(
        after.items, before.items,
        "selections, decisions, positions and resolutions"
    );
    assert_eq!(after.workspace.authorities, before.workspace.authorities);
    assert_eq!(after.workspace.event, before.workspace.event);
    assert_eq!(wb.discussion_show(&opened.id).unwrap().sessions.len(), 2);
    assert_eq!(wb.baseline(&opened.id).unwrap(), built.baseline(&built_id).unwrap());

    let (built_history, history) = (
        built.history(&built_id, None).unwrap(),
        wb.history(&opened.id, None).unwrap(),
    );
    assert_eq!(
        history.len(),
        built_history.len() + 1,
        "the demo's history, then one line"
    );
    assert_eq!(
        history[0].new.as_deref(),
        Some("Demo — Lesotho 2025"),
        "created under the name it has"
    );
    // Each build of the demo makes new lines, sessions and actions, so new random ids: compare
    // what the lines say, with each session and action named as the user sees it.
    let said = |wb: &Workbench, ws: &str, lines: &[adopt_domain::HistoryEntry]| -> Vec<adopt_domain::HistoryEntry> {
        let d = wb.discussion_show(ws).unwrap();
        let mut names: Vec<(String, String)> = d.sessions.iter().map(|s| (s.id.clone(), s.label())).collect();
        names.extend(d.actions.iter().map(|a| (a.id.clone(), format!("action {}", a.number))));
        let plain = |text: &str| names.iter().fold(text.to_string(), |t, (id, name)| t.replace(id, name));
        lines
            .iter()
            .map(|h| adopt_domain::HistoryEntry {
                id: String::new(),
                field: plain(&h.field),
                new: h.new.as_deref().map(plain),
                old: h.old.as_deref().map(plain),
                ..h.clone()
            })
            .collect()
    };
    let opened_lines = said(&wb, &opened.id, &history[1..built_history.len()]);
    assert_eq!(opened_lines, said(&built, &built_id, &built_history[1..]));
    assert!(
        opened_lines.iter().any(|h| h.field == "position LCA s1"),
        "the lines name the demo's sessions"
    );
    let last = history.last().unwrap();
    assert_eq!(
        (last.field.as_str(), last.new.as_deref()),
        ("opened", Some("from the built-in demo"))
    );
    assert_eq!(
        wb.workspace_list().unwrap().len(),
        1,
        "one workspace, nothing half-built"
    );
}

#[test]
fn opening_the_demo_again_never_takes_a_name_the_user_has() {
    let mut wb = users_database();
    let mut mine = lesotho();
    mine.name = "demo — LESOTHO 2025".into();
    wb.workspace_create(mine).unwrap();
    let names: Vec<String> = (0..2).map(|_| wb.demo_open().unwrap().name).collect();
    assert_eq!(
        names,
        ["Demo — Lesotho 2025 (2)", "Demo — Lesotho 2025 (3)"],
        "names are compared case-insensitively, as the store does"
    );
    assert_eq!(wb.workspace_list().unwrap().len(), 3);
}

#[test]
fn the_opened_demo_exports_its_draft() {
    let mut wb = users_database();
    let opened = wb.demo_open().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2025, 6, 6).unwrap();
    let pdf = wb
        .export_draft(&opened.id, adopt_core::ExportFormat::Pdf, None, date)
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}
