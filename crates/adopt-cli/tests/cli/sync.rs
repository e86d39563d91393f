//! Contract §9: laptops in sync. A workspace sent as a `.dfs-sync` bundle is created on the
//! laptop that lacks it and merged where it exists; the same bundle twice changes nothing; bad
//! bundles are refused and change nothing.

use serde_json::Value;

use crate::common::Db;

/// A database with its device named.
fn laptop(device: &str) -> (Db, String) {
    (Db::new(), device.to_string())
}

fn on(db: &(Db, String), args: &[&str]) -> String {
    let mut all = vec!["--device", db.1.as_str()];
    all.extend(args);
    db.0.ok(&all)
}

fn json_on(db: &(Db, String), args: &[&str]) -> Value {
    serde_json::from_str(&on(db, args)).unwrap()
}

/// Sends workspace `ws` from `from` and imports it on `to`; returns the import's JSON.
fn send(from: &(Db, String), to: &(Db, String), ws: &str) -> Value {
    let file = from.0.path(&format!("{ws}-{}.dfs-sync", rand_suffix()));
    on(from, &["sync", "export", ws, "--out", &file]);
    json_on(to, &["sync", "import", &file, "--json"])
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// `workspace show --json` without what is local to a laptop: revisions, "last changed", and
/// who created or selected (names of people stay on their laptop).
pub fn shared_view(db: &(Db, String), ws: &str) -> Value {
    let mut show = json_on(db, &["workspace", "show", ws, "--json"]);
    show.as_object_mut().unwrap().remove("created_by");
    for item in show["items"].as_array_mut().unwrap() {
        let item = item.as_object_mut().unwrap();
        item.remove("selected_at");
        item.remove("selected_by");
        let decision = item["decision"].as_object_mut().unwrap();
        for local in ["revision", "updated_at", "updated_by"] {
            decision.remove(local);
        }
    }
    show
}

#[test]
fn a_workspace_sent_to_another_laptop_is_created_there_and_its_edits_come_back() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let ws = a.0.lesotho();
    on(&a, &["decide", &ws, "REG-01", "--status", "adopt", "--lead", "LCA"]);
    let file = a.0.path("lesotho.dfs-sync");
    let sent = json_on(&a, &["sync", "export", &ws, "--out", &file, "--json"]);
    assert_eq!(sent["workspace"], ws.as_str());
    assert_eq!(sent["device"], "LCA laptop");
    assert_eq!(sent["bytes"].as_u64().unwrap(), std::fs::metadata(&file).unwrap().len());

    let created = json_on(&b, &["sync", "import", &file, "--json"]);
    let keys: Vec<&str> = created.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "conflicts",
            "created",
            "fields_changed",
            "items_added",
            "items_removed",
            "workspace"
        ]
    );
    assert_eq!(created["workspace"], ws.as_str(), "the same id on every laptop");
    assert_eq!(created["created"], true);
    assert_eq!(
        created["items_added"],
        serde_json::json!(["REG-01", "SIM-08", "SIM-11"])
    );
    assert_eq!(shared_view(&b, &ws), shared_view(&a, &ws));

    let again = json_on(&b, &["sync", "import", &file, "--json"]);
    assert_eq!(again["created"], false);
    assert_eq!(again["fields_changed"], 0, "{again}");
    assert_eq!(again["items_added"], serde_json::json!([]));
    assert_eq!(
        shared_view(&b, &ws),
        shared_view(&a, &ws),
        "the same bundle twice changes nothing"
    );

    on(&b, &["decide", &ws, "REG-01", "--rationale", "MOU signed in 2024"]);
    on(&b, &["deselect", &ws, "SIM-11"]);
    on(&b, &["workspace", "set", &ws, "--doc-version", "0.3"]);
    let history_before = json_on(&a, &["history", &ws, "--json"]);
    let merged = send(&b, &a, &ws);
    assert_eq!(merged["created"], false);
    assert_eq!(merged["fields_changed"], 2, "rationale and doc_version: {merged}");
    assert_eq!(merged["items_removed"], serde_json::json!(["SIM-11"]));
    assert_eq!(merged["conflicts"], 0);
    assert_eq!(shared_view(&a, &ws), shared_view(&b, &ws));
    assert_eq!(
        json_on(&a, &["history", &ws, "--json"]),
        history_before,
        "a merge writes no history lines of its own"
    );
}

#[test]
fn a_name_taken_here_gets_the_sending_device_and_a_dry_run_writes_nothing() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let ws = a.0.lesotho();
    let own = b.0.lesotho();
    let file = a.0.path("lesotho.dfs-sync");
    on(&a, &["sync", "export", &ws, "--out", &file]);

    let before = b.0.ok(&["workspace", "list", "--json"]);
    let preview = on(&b, &["sync", "import", &file, "--dry-run"]);
    assert!(preview.contains("nothing was changed"), "{preview}");
    assert!(preview.contains("Would create"), "{preview}");
    assert_eq!(
        b.0.ok(&["workspace", "list", "--json"]),
        before,
        "the dry run wrote nothing"
    );

    let text = on(&b, &["sync", "import", &file]);
    assert!(
        text.contains("\"Lesotho 2025 (LCA laptop)\""),
        "the output says so: {text}"
    );
    assert_eq!(b.0.show(&ws)["name"], "Lesotho 2025 (LCA laptop)");
    assert_eq!(
        b.0.show(&own)["name"],
        "Lesotho 2025",
        "the workspace here keeps its name"
    );
    assert_eq!(b.0.show(&own)["items"].as_array().unwrap().len(), 3);
}

#[test]
fn bad_bundles_are_refused_and_change_nothing() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let ws = a.0.lesotho();
    let other = b.0.lesotho();
    let file = a.0.path("lesotho.dfs-sync");
    on(&a, &["sync", "export", &ws, "--out", &file]);
    let good = std::fs::read(&file).unwrap();

    let mut corrupted = good.clone();
    let middle = corrupted.len() / 2;
    corrupted[middle] ^= 0x55;
    let mut newer = good.clone();
    newer[8] = 0xff;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() - 10].to_vec(), "truncated"),
        ("corrupted", corrupted, "corrupted"),
        (
            "not a bundle",
            b"PK\x03\x04 a Word file".to_vec(),
            "not a dfs-adopt sync bundle",
        ),
        ("newer", newer, "update dfs-adopt"),
    ];
    for (name, bytes, needle) in cases {
        let path = b.0.file(&format!("{name}.dfs-sync"), bytes);
        b.0.refused(&other, &["sync", "import", &path], 1, needle);
    }
    let missing = b.0.path("nowhere.dfs-sync");
    b.0.refused(&other, &["sync", "import", &missing], 1, "cannot be read");
}
