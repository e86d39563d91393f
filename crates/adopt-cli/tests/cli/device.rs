//! Contract §9: the global `--device NAME` names this database's device, the stored name is used
//! when the flag is absent, and a bad name is refused as a usage error.

use serde_json::Value;

use crate::common::Db;

fn device(db: &Db, extra: &[&str]) -> serde_json::Value {
    let mut args = extra.to_vec();
    args.extend(["device", "show", "--json"]);
    db.json(&args)
}

#[test]
fn a_new_database_gets_a_device_with_a_random_id_and_a_default_name() {
    let db = Db::new();
    let first = device(&db, &[]);
    let id = first["id"].as_str().unwrap();
    assert_eq!(id.len(), 32, "{first}");
    assert!(
        id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "{id}"
    );
    assert!(!first["name"].as_str().unwrap().trim().is_empty(), "{first}");
    assert_eq!(device(&db, &[]), first, "made once: the same on every later run");
    assert_ne!(
        device(&Db::new(), &[])["id"],
        first["id"],
        "another database, another device"
    );
}

#[test]
fn device_sets_the_name_which_is_kept_until_changed_and_the_id_never_changes() {
    let db = Db::new();
    let before = device(&db, &[]);
    let named = device(&db, &["--device", "  CBL legal laptop "]);
    assert_eq!(named["name"], "CBL legal laptop", "trimmed");
    assert_eq!(named["id"], before["id"]);
    assert_eq!(
        device(&db, &[])["name"],
        "CBL legal laptop",
        "stored, used without the flag"
    );
    // Any command stores it, not only `device show`.
    let ws = db.lesotho();
    db.ok(&["--device", "LCA laptop", "select", &ws, "SIM-01"]);
    assert_eq!(device(&db, &[])["name"], "LCA laptop");
    let text = db.ok(&["device", "show"]);
    assert!(
        text.contains("LCA laptop") && text.contains(before["id"].as_str().unwrap()),
        "{text}"
    );
}

#[test]
fn a_bad_device_name_is_a_usage_error_and_changes_nothing() {
    let db = Db::new();
    db.ok(&["--device", "CBL laptop", "device", "show"]);
    let long = "x".repeat(101);
    for (name, reason) in [
        ("   ", "must not be empty"),
        (long.as_str(), "too long"),
        ("CBL\tlaptop", "control character"),
    ] {
        let out = db.run(&["--device", name, "device", "show"]);
        assert_eq!(out.code, 2, "{name:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("device name") && out.stderr.contains(reason),
            "{}",
            out.stderr
        );
        assert_eq!(out.stdout, "");
    }
    assert_eq!(device(&db, &[])["name"], "CBL laptop", "the stored name stays");
    let fresh = Db::new();
    assert_eq!(fresh.run(&["--device", "", "workspace", "list"]).code, 2);
    assert!(
        !fresh.dir.path().join("test.sqlite3").exists(),
        "refused before the database is even created"
    );
}

#[test]
fn history_json_keeps_its_keys_and_gains_the_line_id_and_the_device() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["--device", "LCA laptop", "decide", &ws, "SIM-08", "--status", "adopt"]);
    let history = db.json(&["history", &ws, "--json"]);
    let lines = history.as_array().unwrap();
    for line in lines {
        assert_eq!(
            crate::common::keys(line),
            ["at", "by", "device", "field", "id", "item", "new", "old"],
            "{line}"
        );
        let id = line["id"].as_str().unwrap();
        assert!(id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    }
    let mut ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), lines.len(), "one id per line");
    let status = lines.iter().find(|l| l["field"] == "status").unwrap();
    assert_eq!(status["device"], "LCA laptop");
    assert_eq!(status["by"], "tester");
    assert_ne!(
        lines[0]["device"], "LCA laptop",
        "earlier lines keep the name they were written under"
    );

    // A workspace file carries each line with its id and device to another laptop.
    let file = db.path("lesotho.dfs-adopt.json");
    db.ok(&["workspace", "export", &ws, "--out", &file]);
    let laptop = Db::new();
    laptop.ok(&["--device", "CBL laptop", "workspace", "import", &file]);
    let copied = laptop.json(&["history", "Lesotho 2025", "--json"]);
    let copied_status = copied
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["field"] == "status")
        .unwrap();
    assert_eq!(copied_status["id"], status["id"], "the same line, the same id");
    assert_eq!(copied_status["device"], "LCA laptop", "written on the other laptop");
    let last = copied.as_array().unwrap().last().unwrap();
    assert_eq!(last["device"], "CBL laptop", "the import itself is this laptop's line");
}

#[test]
fn the_schema_7_fixture_shows_its_devices_global_ids_and_derived_numbers() {
    let db = Db::new();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-7.db");
    std::fs::copy(fixture, db.dir.path().join("test.sqlite3")).unwrap();
    let ws = "Lesotho 2025";
    assert_eq!(device(&db, &[])["name"], "LCA legal team", "the name stored last");
    let history = db.json(&["history", ws, "--json"]);
    // The first open by this version froze the French text of the items selected before, with
    // a line of its own written by this laptop.
    let (upgrade, lines): (Vec<&Value>, Vec<&Value>) = history
        .as_array()
        .unwrap()
        .iter()
        .partition(|l| l["field"] == "frozen_text_fr");
    assert_eq!(upgrade.len(), 1, "{upgrade:?}");
    assert_eq!(upgrade[0]["device"], "LCA legal team");
    let devices: Vec<&str> = lines.iter().map(|l| l["device"].as_str().unwrap()).collect();
    assert!(
        devices[..devices.len() - 1].iter().all(|d| *d == "LCA legal laptop"),
        "{devices:?}"
    );
    assert_eq!(devices.last(), Some(&"LCA legal team"));
    let sessions = db.json(&["session", "list", ws, "--json"]);
    let shown: Vec<(u64, &str)> = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["number"].as_u64().unwrap(), s["date"].as_str().unwrap()))
        .collect();
    assert_eq!(shown, [(1, "2025-06-04"), (2, "2025-06-05")], "numbered by date");
    assert!(sessions[0]["id"].as_str().unwrap().starts_with("s-"));
    let minutes = db.path("minutes.pdf");
    assert!(
        db.ok(&["minutes", ws, "s1", "--format", "pdf", "--out", &minutes])
            .starts_with("wrote ")
    );
    let out = db.ok(&[
        "position",
        ws,
        "SIM-08",
        "--authority",
        "LCA",
        "--stance",
        "oppose",
        "--session",
        "s1",
    ]);
    assert_eq!(out, "SIM-08: LCA oppose (was support) in session s1\n");
}
