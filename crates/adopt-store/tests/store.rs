//! The store's promises, checked against a real SQLite file: one transaction per edit, an
//! append-only history, stale revisions refused, frozen catalog text, WAL and foreign keys.

use adopt_catalog::Catalog;
use adopt_domain::{
    Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, Recommendation, SelectedItem,
};
use adopt_store::{Store, StoreError};
use chrono::{DateTime, TimeZone, Utc};
use tempfile::TempDir;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 6, 5, 9, minute, 0).unwrap()
}

fn lesotho() -> NewWorkspace {
    NewWorkspace {
        name: "Lesotho 2025".into(),
        jurisdiction: "Lesotho".into(),
        authorities: vec![
            Authority {
                code: "LCA".into(),
                name: "Lesotho Communications Authority".into(),
                kind: AuthorityKind::TelecomRegulator,
            },
            Authority {
                code: "CBL".into(),
                name: "Central Bank of Lesotho".into(),
                kind: AuthorityKind::CentralBank,
            },
        ],
        template: "joint-directive".into(),
    }
}

fn item(id: &str) -> &'static Recommendation {
    Catalog::builtin().get(id).unwrap()
}

/// The workspace's selected item `id`, as the store reads it back.
fn selected(store: &Store, workspace: &str, id: &str) -> SelectedItem {
    store
        .selected_items(workspace)
        .unwrap()
        .into_iter()
        .find(|i| i.id == id)
        .expect("the item is selected")
}

fn adopt() -> DecisionPatch {
    DecisionPatch {
        status: Some(DecisionStatus::Adopt),
        lead: Some("LCA".into()),
        ..DecisionPatch::default()
    }
}

#[test]
fn a_decision_survives_reopening_the_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nested/folder/adopt.sqlite3");
    let id = {
        let mut store = Store::open(&path, at(0)).unwrap();
        let ws = store.create_workspace(&lesotho(), at(0), "facilitator").unwrap();
        store.select(&ws.id, &[item("SIM-08")], at(1), "facilitator").unwrap();
        store
            .decide(&ws.id, "SIM-08", &adopt(), None, at(2), "facilitator")
            .unwrap();
        ws.id
    };
    let store = Store::open(&path, at(0)).unwrap();
    let decision = selected(&store, &id, "SIM-08").decision;
    assert_eq!(decision.status, DecisionStatus::Adopt);
    assert_eq!(decision.lead.as_deref(), Some("LCA"));
    assert_eq!(decision.revision, 1);
    assert_eq!(decision.updated_at, Some(at(2)));
    assert_eq!(decision.updated_by.as_deref(), Some("facilitator"));
}

#[test]
fn a_change_based_on_an_old_revision_is_refused_and_the_newer_one_kept() {
    let mut store = Store::open_in_memory().unwrap();
    let ws = store.create_workspace(&lesotho(), at(0), "a").unwrap();
    store.select(&ws.id, &[item("SIM-08")], at(1), "a").unwrap();
    // Two people read revision 0; the first one saves.
    store
        .decide(&ws.id, "SIM-08", &adopt(), Some(0), at(2), "first")
        .unwrap();
    let late = DecisionPatch {
        status: Some(DecisionStatus::Deferred),
        ..DecisionPatch::default()
    };
    let err = store
        .decide(&ws.id, "SIM-08", &late, Some(0), at(3), "second")
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                expected: 0,
                current: 1,
                ..
            }
        ),
        "{err}"
    );
    let decision = selected(&store, &ws.id, "SIM-08").decision;
    assert_eq!(decision.status, DecisionStatus::Adopt, "the newer change is kept");
    assert_eq!(
        store
            .history(&ws.id, Some("SIM-08"))
            .unwrap()
            .iter()
            .filter(|h| h.by == "second")
            .count(),
        0
    );
}

#[test]
fn the_history_is_append_only() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let mut store = Store::open(&path, at(0)).unwrap();
    let ws = store.create_workspace(&lesotho(), at(0), "a").unwrap();
    store.select(&ws.id, &[item("SIM-08")], at(1), "a").unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let update = conn.execute("UPDATE history SET by = 'someone else'", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = conn.execute("DELETE FROM history", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
}

#[test]
fn a_selection_keeps_the_catalog_text_it_was_selected_with() {
    let mut store = Store::open_in_memory().unwrap();
    let ws = store.create_workspace(&lesotho(), at(0), "a").unwrap();
    let original = item("SIM-08").clone();
    store.select(&ws.id, &[&original], at(1), "a").unwrap();
    // A later catalog release rewords the item; the draft must not change silently.
    let reworded = Recommendation {
        statement: "A reworded statement.".into(),
        title: "New title".into(),
        ..original.clone()
    };
    let added = store.select(&ws.id, &[&reworded], at(2), "a").unwrap();
    assert!(added.is_empty(), "an item already selected is left as it is");
    let kept = selected(&store, &ws.id, "SIM-08");
    assert_eq!(kept.statement, original.statement);
    assert_eq!(kept.title, original.title);
    assert_eq!(kept.sources, original.sources);
}

#[test]
fn a_failed_edit_leaves_no_trace() {
    let mut store = Store::open_in_memory().unwrap();
    let ws = store.create_workspace(&lesotho(), at(0), "a").unwrap();
    store
        .select(&ws.id, &[item("SIM-08"), item("SIM-11")], at(1), "a")
        .unwrap();
    store.decide(&ws.id, "SIM-11", &adopt(), None, at(2), "a").unwrap();
    let before = store.history(&ws.id, None).unwrap();
    // SIM-08 would go, but SIM-11 is decided: neither goes.
    let err = store
        .deselect(&ws.id, &["SIM-08", "SIM-11"], false, at(3), "a")
        .unwrap_err();
    assert!(matches!(err, StoreError::Decided { .. }));
    assert_eq!(store.selected_items(&ws.id).unwrap().len(), 2);
    assert_eq!(store.history(&ws.id, None).unwrap(), before);
}

#[test]
fn names_are_unique_regardless_of_case() {
    let mut store = Store::open_in_memory().unwrap();
    store.create_workspace(&lesotho(), at(0), "a").unwrap();
    let again = NewWorkspace {
        name: "LESOTHO 2025".into(),
        ..lesotho()
    };
    assert!(matches!(
        store.create_workspace(&again, at(1), "a"),
        Err(StoreError::NameTaken(_))
    ));
    assert_eq!(store.list_workspaces().unwrap().len(), 1);
    assert_eq!(store.find_workspace("lesotho 2025").unwrap().name, "Lesotho 2025");
}

#[test]
fn the_database_runs_in_wal_mode_with_foreign_keys() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    drop(Store::open(&path, at(0)).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 1, "migrations record the schema version");
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    drop(Store::open(&path, at(0)).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert!(matches!(Store::open(&path, at(0)), Err(StoreError::NewerSchema { .. })));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 99);
}

#[test]
fn catalog_search_ranks_title_matches_and_follows_catalog_updates() {
    let mut store = Store::open_in_memory().unwrap();
    let catalog = Catalog::builtin();
    store.index_catalog(catalog.items(), &catalog.fingerprint()).unwrap();
    let hits = store.search_catalog("recycl").unwrap();
    assert!(
        hits.contains(&"SIM-08".to_string()),
        "prefix search finds recycling items: {hits:?}"
    );
    assert!(store.search_catalog("qqqzzz").unwrap().is_empty());

    let mut changed = catalog.items().to_vec();
    changed[0].title = "Quetzalcoatl measure".into();
    store.index_catalog(&changed, "changed").unwrap();
    assert_eq!(store.search_catalog("quetzalcoatl").unwrap(), [changed[0].id.clone()]);
}

#[test]
fn removed_names_are_nowhere_in_the_database_file() {
    use adopt_domain::{ActionInput, Participant, PositionInput, SessionDraft, Stance};
    use adopt_store::Topic;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let mut store = Store::open(&path, at(0)).unwrap();
    let ws = store.create_workspace(&lesotho(), at(0), "secretariat").unwrap();
    store.select(&ws.id, &[item("SIM-08")], at(1), "secretariat").unwrap();
    let draft = SessionDraft {
        date: chrono::NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(),
        place: None,
        facilitator: "Zanele Facilitator".into(),
        participants: vec![Participant {
            name: "Mpho Ramakatsa".into(),
            organisation: "Central Bank of Lesotho".into(),
            authority: "CBL".into(),
            role: None,
        }],
        time_box: None,
    };
    let session = store.create_session(&ws.id, &draft, at(2), "secretariat").unwrap();
    let topic = Topic {
        workspace: &ws.id,
        session: &session.id,
        item: "SIM-08",
    };
    let position = PositionInput {
        authority: "CBL".into(),
        stance: Stance::Oppose,
        note: None,
    };
    store.record_position(topic, &position, at(3), "secretariat").unwrap();
    let action = ActionInput {
        what: "Consult the issuers".into(),
        owner: "Mpho Ramakatsa".into(),
        due: chrono::NaiveDate::from_ymd_opt(2025, 6, 20).unwrap(),
    };
    store.add_action(topic, &action, at(4), "secretariat").unwrap();
    store
        .anonymise_participants(&ws.id, at(5), "secretariat", |_, _, _| Ok::<_, StoreError>(None))
        .unwrap();
    drop(store);

    // Every text value of every table, the append-only history included.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'catalog_search%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut texts = String::new();
    for table in &tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                if let Ok(Some(text)) = row.get::<_, Option<String>>(i) {
                    texts.push_str(&text);
                    texts.push('\n');
                }
            }
        }
    }
    assert!(texts.contains("Consult the issuers"), "the record stays");
    for name in ["Mpho", "Zanele"] {
        assert!(!texts.contains(name), "{name} is still in the database");
    }
}
