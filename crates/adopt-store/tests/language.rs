//! The workspace's document language and the French text frozen with a selection (schema 11):
//! kept, changed with a history line, filled once for items selected before, and searched in
//! either language with accents ignored.

use std::path::Path;

use adopt_catalog::Catalog;
use adopt_domain::{Authority, AuthorityKind, Language, NewWorkspace, PropertyField};
use adopt_store::Store;
use chrono::{DateTime, TimeZone, Utc};
use rusqlite::Connection;
use tempfile::TempDir;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 10, minute, 0).unwrap()
}

fn abidjan() -> NewWorkspace {
    NewWorkspace {
        name: "Côte d’Ivoire 2025".into(),
        jurisdiction: "Côte d’Ivoire".into(),
        authorities: vec![Authority {
            code: "ARTCI".into(),
            name: "Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire".into(),
            kind: AuthorityKind::TelecomRegulator,
        }],
        template: "directive-conjointe".into(),
    }
}

/// The built-in catalog's French title and statement of an item, as the core hands them in.
fn french(id: &str) -> Option<(String, String)> {
    Catalog::builtin()
        .get(id)
        .map(|item| (item.title_fr.clone(), item.statement_fr.clone()))
}

#[test]
fn a_french_workspace_keeps_its_language_and_a_change_is_in_the_history() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let mut store = Store::open(&path, at(0)).unwrap();
    let ws = store
        .create_workspace_in(&abidjan(), Language::Fr, at(1), "aya")
        .unwrap();
    assert_eq!(ws.language, Language::Fr);
    drop(store);
    let mut store = Store::open(&path, at(2)).unwrap();
    assert_eq!(
        store.find_workspace(&ws.id).unwrap().language,
        Language::Fr,
        "kept on disk"
    );
    let changes = [
        (PropertyField::Language, Some("en".to_string())),
        (PropertyField::Template, Some("joint-directive".to_string())),
    ];
    let after = store.set_properties(&ws.id, &changes, at(3), "aya").unwrap();
    assert_eq!(
        (after.language, after.template.as_str()),
        (Language::En, "joint-directive")
    );
    let lines: Vec<(String, Option<String>, Option<String>)> = store
        .history(&ws.id, None)
        .unwrap()
        .into_iter()
        .filter(|h| h.field == "language")
        .map(|h| (h.field, h.old, h.new))
        .collect();
    assert_eq!(
        lines,
        [
            ("language".into(), None, Some("fr".into())),
            ("language".into(), Some("fr".into()), Some("en".into())),
        ],
        "created French, then switched to English"
    );
    let english = store
        .create_workspace(
            &NewWorkspace {
                name: "Lesotho".into(),
                template: "joint-directive".into(),
                ..abidjan()
            },
            at(4),
            "aya",
        )
        .unwrap();
    assert_eq!(english.language, Language::En);
}

#[test]
fn a_selection_freezes_the_french_title_and_statement_too() {
    let mut store = Store::open_in_memory().unwrap();
    let ws = store
        .create_workspace_in(&abidjan(), Language::Fr, at(1), "aya")
        .unwrap();
    let item = Catalog::builtin().get("SIM-08").unwrap();
    store.select(&ws.id, &[item], at(2), "aya").unwrap();
    let selected = &store.selected_items(&ws.id).unwrap()[0];
    assert_eq!(selected.title_fr.as_deref(), Some(item.title_fr.as_str()));
    assert_eq!(selected.statement_fr.as_deref(), Some(item.statement_fr.as_str()));
    assert_eq!(selected.title_in(Language::Fr), item.title_fr);
    assert_ne!(selected.title_in(Language::Fr), selected.title_in(Language::En));
}

/// Copies the schema-9 fixture (made by the CLI of its day, before selections kept French).
fn schema_9(dir: &TempDir) -> std::path::PathBuf {
    let path = dir.path().join("schema-9.sqlite3");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-9.db");
    std::fs::copy(&fixture, &path).unwrap();
    path
}

#[test]
fn items_selected_before_get_their_french_text_once_with_one_history_line_per_workspace() {
    let dir = TempDir::new().unwrap();
    let path = schema_9(&dir);
    let mut store = Store::open(&path, at(0)).unwrap();
    let workspaces = store.list_workspaces().unwrap();
    assert!(!workspaces.is_empty());
    for w in &workspaces {
        let ws = store.find_workspace(&w.id).unwrap();
        assert_eq!(ws.language, Language::En, "an existing workspace is English");
        for item in store.selected_items(&w.id).unwrap() {
            assert_eq!(item.title_fr, None, "{} has no French text before the upgrade", item.id);
        }
    }
    let filled = store.freeze_missing_french(&french, at(1), "upgrade").unwrap();
    let mut expected = 0;
    for w in &workspaces {
        let items = store.selected_items(&w.id).unwrap();
        for item in &items {
            let (title, statement) = french(&item.id).unwrap();
            assert_eq!(item.title_fr.as_deref(), Some(title.as_str()), "{}", item.id);
            assert_eq!(item.statement_fr.as_deref(), Some(statement.as_str()), "{}", item.id);
        }
        let lines: Vec<_> = store
            .history(&w.id, None)
            .unwrap()
            .into_iter()
            .filter(|h| h.field == "frozen_text_fr")
            .collect();
        if items.is_empty() {
            assert!(lines.is_empty(), "nothing to say for a workspace without items");
        } else {
            assert_eq!(lines.len(), 1, "one line for the workspace");
            let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
            assert_eq!(lines[0].new.as_deref(), Some(ids.join(", ").as_str()));
            assert_eq!(lines[0].by, "upgrade");
        }
        expected += items.len();
    }
    assert!(expected > 0, "the fixture has selected items");
    assert_eq!(filled, expected);
    // The next open finds nothing to do and writes nothing.
    drop(store);
    let mut store = Store::open(&path, at(2)).unwrap();
    let before = history_rows(&path);
    assert_eq!(store.freeze_missing_french(&french, at(3), "upgrade").unwrap(), 0);
    assert_eq!(history_rows(&path), before);
}

fn history_rows(path: &Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row("SELECT count(*) FROM history", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_catalog_is_searched_in_either_language_with_accents_ignored() {
    let mut store = Store::open_in_memory().unwrap();
    let catalog = Catalog::builtin();
    store.index_catalog(catalog.items(), "test").unwrap();
    let unaccented = store.search_catalog("securite reseau").unwrap();
    let accented = store.search_catalog("sécurité réseau").unwrap();
    assert!(!unaccented.is_empty(), "French words find French text");
    assert_eq!(unaccented, accented, "accents make no difference");
    for id in &unaccented {
        let item = catalog.get(id).unwrap();
        let text = adopt_domain::fold_for_search(&format!("{} {}", item.title_fr, item.statement_fr));
        assert!(text.contains("securit"), "{id} is found by its French text");
    }
    // "œuvre" typed as "oeuvre" finds the ligature.
    let oeuvre = store.search_catalog("oeuvre").unwrap();
    assert!(!oeuvre.is_empty());
    assert!(
        oeuvre
            .iter()
            .all(|id| catalog.get(id).unwrap().statement_fr.contains("œuvre")
                || catalog.get(id).unwrap().title_fr.contains("œuvre")
                || catalog.get(id).unwrap().topic_fr.contains("œuvre")
                || catalog.get(id).unwrap().vulnerability_fr.contains("œuvre"))
    );
    assert!(
        !store.search_catalog("SIM swap").unwrap().is_empty(),
        "English still found"
    );
}
