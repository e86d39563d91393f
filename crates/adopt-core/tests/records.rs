//! Whole workspaces: duplicate, archive, carry to another machine as a file; undo's
//! `restore_decision`; the overview and the history as CSV.

use adopt_core::{ErrorCode, Workbench};
use adopt_domain::{DecisionPatch, DecisionStatus, Priority};
use tempfile::TempDir;

mod common;
use common::demo;

#[test]
fn a_workspace_file_carries_an_exact_copy_to_another_database() {
    let (wb, ws) = demo();
    let dir = TempDir::new().unwrap();
    let file = dir
        .path()
        .join(adopt_core::workspace_file_name("Lesotho DFS Security Clinic 2025"));
    wb.workspace_export(&ws, &file).unwrap();

    let mut other = Workbench::open(&dir.path().join("laptop.sqlite3"), "reviewer").unwrap();
    let imported = other.workspace_import(&file).unwrap();
    let (before, after) = (
        wb.workspace_show(&ws).unwrap(),
        other.workspace_show(&imported.id).unwrap(),
    );
    assert_eq!(imported.name, before.workspace.name);
    assert_eq!(
        after.items, before.items,
        "selections, frozen texts and decisions are identical"
    );
    assert_eq!(after.workspace.authorities, before.workspace.authorities);
    let (old_history, new_history) = (
        wb.history(&ws, None).unwrap(),
        other.history(&imported.id, None).unwrap(),
    );
    assert_eq!(
        &new_history[..old_history.len()],
        &old_history[..],
        "the history comes along, line for line"
    );
    assert_eq!(new_history.last().unwrap().field, "imported");

    let again = other.workspace_import(&file).unwrap();
    assert_eq!(
        again.name, "Lesotho DFS Security Clinic 2025 (imported)",
        "an import never takes an existing name"
    );
    assert_ne!(again.id, imported.id);
    assert_eq!(other.workspace_list().unwrap().len(), 2);
}

#[test]
fn files_that_are_not_workspace_files_are_refused_and_change_nothing() {
    let (mut wb, ws) = demo();
    let dir = TempDir::new().unwrap();
    let good = dir.path().join("good.json");
    wb.workspace_export(&ws, &good).unwrap();
    let text = std::fs::read_to_string(&good).unwrap();
    let cases = [
        (
            "not-json.json",
            "this is a spreadsheet".to_string(),
            "not a dfs-adopt workspace file",
        ),
        (
            "other.json",
            text.replace("\"dfs-adopt workspace\"", "\"something else\""),
            "not a dfs-adopt workspace file",
        ),
        (
            "newer.json",
            text.replace("\"version\": 1", "\"version\": 9"),
            "newer dfs-adopt",
        ),
        (
            "stranger.json",
            text.replace("\"lead\": \"CBL\"", "\"lead\": \"RBM\""),
            "\"RBM\" is not an authority",
        ),
    ];
    for (name, content, needle) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let err = wb.workspace_import(&path).unwrap_err();
        assert!(err.to_string().contains(needle), "{name}: {err}");
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(wb.workspace_list().unwrap().len(), 1, "{name} left a workspace behind");
    }
    let missing = wb.workspace_import(&dir.path().join("nowhere.json")).unwrap_err();
    assert!(missing.to_string().contains("cannot be read"), "{missing}");
}

#[test]
fn duplicating_keeps_the_decisions_and_starts_a_new_history() {
    let (mut wb, ws) = demo();
    let copy = wb.workspace_duplicate(&ws, "Lesotho draft B").unwrap();
    assert_eq!(
        wb.workspace_show(&copy.id).unwrap().items,
        wb.workspace_show(&ws).unwrap().items
    );
    let history = wb.history(&copy.id, None).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].field, "duplicate of");
    assert_eq!(history[0].new.as_deref(), Some("Lesotho DFS Security Clinic 2025"));
    let taken = wb.workspace_duplicate(&ws, "lesotho draft b").unwrap_err();
    assert_eq!(taken.code(), ErrorCode::Conflict);
}

#[test]
fn archiving_hides_nothing_but_is_recorded() {
    let (mut wb, ws) = demo();
    wb.workspace_archive(&ws, true).unwrap();
    assert!(wb.workspace_list().unwrap()[0].archived);
    wb.workspace_archive(&ws, true).unwrap();
    wb.workspace_archive(&ws, false).unwrap();
    assert!(!wb.workspace_list().unwrap()[0].archived);
    let lines: Vec<_> = wb
        .history(&ws, None)
        .unwrap()
        .into_iter()
        .filter(|h| h.field == "archived")
        .collect();
    assert_eq!(lines.len(), 2, "archiving twice records once");
}

#[test]
fn restore_decision_undoes_and_redoes_a_change_unless_someone_moved_on() {
    let (mut wb, ws) = demo();
    let before = wb
        .workspace_show(&ws)
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == "SIM-08")
        .unwrap()
        .decision;
    let patch = DecisionPatch {
        status: Some(DecisionStatus::Deferred),
        priority: Some(Priority::Low),
        clear: vec![adopt_domain::DecisionField::Wording],
        ..Default::default()
    };
    let after = wb.decide(&ws, "SIM-08", &patch, Some(before.revision)).unwrap();
    let undone = wb.decision_restore(&ws, "SIM-08", &before, after.revision).unwrap();
    assert_eq!(
        (undone.status, undone.priority, &undone.wording),
        (before.status, before.priority, &before.wording)
    );
    assert_eq!(
        undone.revision,
        after.revision + 1,
        "an undo is a change of its own, in the history"
    );
    let redone = wb.decision_restore(&ws, "SIM-08", &after, undone.revision).unwrap();
    assert_eq!(redone.status, DecisionStatus::Deferred);
    let stale = wb
        .decision_restore(&ws, "SIM-08", &before, undone.revision)
        .unwrap_err();
    assert_eq!(stale.code(), ErrorCode::StaleRevision);
}

#[test]
fn the_overview_counts_by_status_group_and_lead() {
    let (wb, ws) = demo();
    let overview = wb.overview(&ws).unwrap();
    let items = wb.workspace_show(&ws).unwrap().items;
    assert_eq!(overview.total as usize, items.len());
    let sum: u32 = overview.by_status.iter().map(|s| s.count).sum();
    assert_eq!(sum, overview.total);
    let open = overview
        .by_status
        .iter()
        .find(|s| s.status == DecisionStatus::Open)
        .unwrap()
        .count;
    assert_eq!(open as usize, overview.open_items.len());
    let by_group: u32 = overview
        .by_group
        .iter()
        .flat_map(|g| &g.by_status)
        .map(|s| s.count)
        .sum();
    let by_lead: u32 = overview
        .by_lead
        .iter()
        .flat_map(|g| &g.by_status)
        .map(|s| s.count)
        .sum();
    assert_eq!((by_group, by_lead), (overview.total, overview.total));
    assert_eq!(overview.by_lead[0].lead.as_deref(), Some("LCA"));
}

#[test]
fn the_history_exports_as_csv_that_a_spreadsheet_reads() {
    let (mut wb, ws) = demo();
    let tricky = DecisionPatch {
        rationale: Some("Agreed, \"subject to\" review;\nsecond line".into()),
        ..Default::default()
    };
    wb.decide(&ws, "TEL-01", &tricky, None).unwrap();
    let csv = wb.history_csv(&ws).unwrap();
    assert!(csv.starts_with("at,by,item,field,old,new\n"));
    assert!(
        csv.contains("\"Agreed, \"\"subject to\"\" review;\nsecond line\""),
        "fields are quoted and escaped"
    );
    let rows = csv.matches("2025-06-06T12:00:00Z,").count();
    assert_eq!(rows, wb.history(&ws, None).unwrap().len());
}
