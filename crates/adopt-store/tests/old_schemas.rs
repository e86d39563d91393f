//! Every schema a dfs-adopt build has left behind (`tests/fixtures/schema-N.db`, each made through
//! the CLI of the commit that introduced migration N, see `tests/fixtures/README.md`) opens
//! with today's code: migrated to the latest schema, copied beside itself first, every row kept
//! and the values a user entered read back as they were.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use adopt_store::Store;
use chrono::{DateTime, TimeZone, Utc};
use rusqlite::Connection;
use tempfile::TempDir;

/// The schema version an up-to-date database has (the migrations' count), as the store writes it.
fn latest() -> i64 {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.sqlite3");
    drop(Store::open(&path, at()).unwrap());
    version(&Connection::open(&path).unwrap())
}

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap()
}

fn version(conn: &Connection) -> i64 {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

/// The fixture copied into a temporary folder: the committed file is never opened for writing.
fn copy_fixture(n: i64) -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(format!("schema-{n}.sqlite3"));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/fixtures/schema-{n}.db"));
    std::fs::copy(&fixture, &path).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    (dir, path)
}

/// Rows per table (the full-text index's own tables aside: they follow `catalog_search`).
fn row_counts(conn: &Connection) -> BTreeMap<String, i64> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'catalog_search_%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    names
        .into_iter()
        .map(|name| {
            let count = conn
                .query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| r.get(0))
                .unwrap();
            (name, count)
        })
        .collect()
}

/// Opens fixture `n` with today's store and checks what every upgrade must do; returns the store
/// reopened on the upgraded file, for the checks of what that schema held.
fn upgrade(n: i64) -> (TempDir, Store) {
    let latest = latest();
    let (dir, path) = copy_fixture(n);
    let before = {
        let conn = Connection::open(&path).unwrap();
        assert_eq!(version(&conn), n, "fixture schema-{n}.db is at schema {n}");
        row_counts(&conn)
    };
    assert!(
        before.get("history").copied().unwrap_or(0) > 10,
        "schema-{n}: the fixture has a history"
    );
    drop(Store::open(&path, at()).unwrap_or_else(|e| panic!("schema-{n} does not open: {e}")));

    let conn = Connection::open(&path).unwrap();
    assert_eq!(version(&conn), latest, "schema-{n} is brought up to date");
    let after = row_counts(&conn);
    for (table, count) in &before {
        assert_eq!(after.get(table), Some(count), "schema-{n}: every row of {table} kept");
    }
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "schema-{n}");
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0, "schema-{n}: every reference still points at its row");
    drop(conn);

    let backup = dir.path().join(format!("schema-{n}.sqlite3.v{n}-20261202T100000Z.bak"));
    if n < latest {
        let copy = Connection::open(&backup).unwrap_or_else(|e| panic!("schema-{n}: no backup beside it: {e}"));
        assert_eq!(version(&copy), n, "the backup is the database as it was");
        assert_eq!(row_counts(&copy), before, "schema-{n}: the backup holds every row");
    } else {
        assert!(!backup.exists(), "an up-to-date database is not copied");
    }
    let store = Store::open(&path, at()).unwrap();
    (dir, store)
}

/// What every fixture holds: the workspace made by `make-schema-1.sh` or `make-schema-5.sh`.
fn check_workspace(n: i64, store: &Store) -> String {
    let ws = store.find_workspace("Lesotho 2025").unwrap();
    assert_eq!(ws.jurisdiction, "Lesotho");
    assert_eq!(ws.reference.as_deref(), Some("LCA/CBL/DFS/2025/01"));
    assert_eq!(ws.prepared_by.as_deref(), Some("Clinic secretariat"));
    assert_eq!(ws.event.as_deref(), Some("ITU DFS Security Clinic"));
    let authorities: Vec<(&str, &str)> = ws
        .authorities
        .iter()
        .map(|a| (a.code.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(
        authorities,
        [
            ("LCA", "Lesotho Communications Authority"),
            ("CBL", "Central Bank of Lesotho")
        ]
    );
    let items = store.selected_items(&ws.id).unwrap();
    let item = |id: &str| {
        items
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("schema-{n}: {id} selected"))
    };
    let sim = &item("SIM-08").decision;
    // From schema 7 on, the second session's divergent resolution set it back to open.
    let status = if n >= 7 { "open" } else { "adopt-modified" };
    assert_eq!(sim.status.code(), status, "schema-{n}");
    let decided = "Operators shall hold transfers for 24 hours after a SIM swap.";
    // From schema 6 on, the reviewer's tracked replacement was accepted with `--apply`.
    let wording = if n >= 6 {
        "Build number recycling so DFS providers are told about churned or reassigned numbers (new IMSI); \
         the provider suspends the wallet until the new holder is verified as the owner."
    } else {
        decided
    };
    assert_eq!(sim.wording.as_deref(), Some(wording), "schema-{n}");
    assert_eq!(sim.lead.as_deref(), Some("LCA"));
    assert_eq!(sim.support, ["CBL"]);
    assert_eq!(sim.priority.map(|p| p.code()), Some("high"));
    assert_eq!(sim.due.map(|d| d.to_string()).as_deref(), Some("2026-03-31"));
    // make-schema-9.sh changes it on two laptops; the conflict keeps this laptop's value shown.
    let rationale = if n == 9 {
        "Fraud doubled in 2024"
    } else {
        "SIM swap fraud is rising"
    };
    assert_eq!(sim.rationale.as_deref(), Some(rationale), "schema-{n}");
    let reg = &item("REG-01").decision;
    assert_eq!(
        (reg.status.code(), reg.reason.map(|r| r.code())),
        ("deferred", Some("capacity-constraint"))
    );
    assert!(
        !item("SIM-08").sources.is_empty(),
        "the frozen catalog text kept its sources"
    );
    let history = store.history(&ws.id, Some("SIM-08")).unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.field == "wording" && h.new.as_deref() == Some(decided) && h.by == "fixture"),
        "schema-{n}: the history still says who wrote the wording"
    );
    ws.id
}

/// The discussion of `make-schema-3.sh` and `make-schema-5.sh`: the session on 2025-06-05.
fn check_discussion(store: &Store, ws: &str) {
    let d = store.discussion(ws).unwrap();
    let session = d
        .sessions
        .iter()
        .find(|s| s.date.to_string() == "2025-06-05")
        .expect("the session of 5 June");
    assert_eq!(session.facilitator, "Nthabiseng Facilitator");
    assert_eq!(session.place.as_deref(), Some("Maseru"));
    let ramakatsa = session
        .participants
        .iter()
        .find(|p| p.name == "Mpho Ramakatsa")
        .expect("participant's name kept");
    assert_eq!(
        (ramakatsa.authority.as_str(), ramakatsa.role.as_deref()),
        ("CBL", Some("Head of payments"))
    );
    let cbl = d
        .positions
        .iter()
        .find(|p| p.item == "PAY-01" && p.authority == "CBL" && p.session == session.id)
        .expect("CBL's position on PAY-01");
    assert_eq!(
        (cbl.stance.code(), cbl.note.as_deref()),
        ("support-with-changes", Some("Shorter delay"))
    );
    let agreed = d
        .resolutions
        .iter()
        .find(|r| r.item == "PAY-01")
        .expect("PAY-01 resolved");
    assert_eq!(
        (
            agreed.resolution.code(),
            agreed.conditions.as_deref(),
            agreed.session.as_str()
        ),
        ("agreed-with-conditions", Some("Within 24 hours"), session.id.as_str())
    );
    let action = d
        .actions
        .iter()
        .find(|a| a.what == "Draft the notice")
        .expect("the action item");
    assert_eq!(
        (
            action.owner.as_str(),
            action.due.to_string().as_str(),
            action.item.as_str()
        ),
        ("Mpho Ramakatsa", "2025-06-30", "PAY-01")
    );
}

fn check_baseline(store: &Store, ws: &str) {
    let answers = store.baseline(ws).unwrap();
    let sim = answers
        .iter()
        .find(|a| a.item == "SIM-08" && a.authority == "LCA")
        .expect("LCA's survey answer on SIM-08");
    assert_eq!(sim.status.code(), "partially-implemented");
    assert_eq!(sim.instrument.map(|i| i.code()), Some("licence-condition"));
    assert_eq!(
        (sim.evidence.as_deref(), sim.gap.as_deref()),
        (Some("Licence 4.2"), Some("No hold period"))
    );
}

#[test]
fn schemas_1_to_4_upgrade_with_their_decisions_archive_discussion_and_survey() {
    for n in 1..=4 {
        let (_dir, store) = upgrade(n);
        let ws = check_workspace(n, &store);
        let items = store.selected_items(&ws).unwrap();
        let pay = &items.iter().find(|i| i.id == "PAY-01").unwrap().decision;
        assert_eq!(pay.rationale.as_deref(), Some("Agreed at the clinic"));
        assert_eq!(pay.priority, None, "schema-{n}: a cleared field stays cleared");
        assert!(
            !items.iter().any(|i| i.id == "TEL-01"),
            "schema-{n}: deselected stays out"
        );
        if n >= 2 {
            let list = store.list_workspaces().unwrap();
            let draft = list
                .iter()
                .find(|w| w.name == "Lesotho 2024 draft")
                .expect("the duplicate");
            assert!(draft.archived, "schema-{n}: the archived copy stays archived");
            assert_eq!(draft.selected, 4);
        }
        if n >= 3 {
            check_discussion(&store, &ws);
            let d = store.discussion(&ws).unwrap();
            let app = d.resolutions.iter().find(|r| r.item == "APP-01").unwrap();
            assert_eq!(app.resolution.code(), "divergent");
            assert_eq!(d.sessions[0].time_box, Some(90));
        }
        if n >= 4 {
            check_baseline(&store, &ws);
        }
    }
}

#[test]
fn schemas_5_to_9_upgrade_with_their_versions_reviews_devices_and_replicas() {
    for n in 5..=9 {
        let (_dir, store) = upgrade(n);
        let ws = check_workspace(n, &store);
        check_discussion(&store, &ws);
        check_baseline(&store, &ws);
        let versions = store.versions(&ws).unwrap();
        assert_eq!(versions.len(), 1, "schema-{n}");
        assert_eq!(
            (versions[0].label.as_str(), versions[0].note.as_deref()),
            ("0.1", Some("For legal review"))
        );
        assert!(versions[0].docx_bytes > 0 && versions[0].pdf_bytes > 0);
        assert!(
            store.reference_doc(&ws).unwrap().is_some(),
            "schema-{n}: the reference document is kept"
        );
        if n >= 6 {
            let comments = store.review_comments(&ws, None, false).unwrap();
            assert!(
                comments.iter().any(
                    |c| c.response.as_deref() == Some("The directive keeps the current wording.")
                        && c.organisation.as_deref() == Some("Central Bank of Lesotho")
                ),
                "schema-{n}: the answered comment"
            );
        }
        if n >= 7 {
            let devices: std::collections::BTreeSet<Option<String>> = store
                .history(&ws, None)
                .unwrap()
                .into_iter()
                .map(|h| h.device)
                .collect();
            assert!(
                devices.contains(&Some("LCA legal laptop".to_string()))
                    && devices.contains(&Some("LCA legal team".to_string())),
                "schema-{n}: {devices:?}"
            );
            assert_eq!(store.discussion(&ws).unwrap().sessions.len(), 2);
        }
        if n == 9 {
            assert_eq!(
                store.conflict_ids(&ws).unwrap(),
                ["SIM-08/rationale"],
                "the unresolved conflict from the other laptop"
            );
        }
    }
}
