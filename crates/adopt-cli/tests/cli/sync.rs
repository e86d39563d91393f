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
    let history = json_on(&a, &["history", &ws, "--json"]);
    let history = history.as_array().unwrap();
    assert_eq!(
        history[..history_before.as_array().unwrap().len()],
        history_before.as_array().unwrap()[..]
    );
    let mut added: Vec<(&str, &str)> = history[history_before.as_array().unwrap().len()..]
        .iter()
        .map(|h| (h["device"].as_str().unwrap(), h["field"].as_str().unwrap()))
        .collect();
    added.sort();
    assert_eq!(
        added,
        [
            ("CBL laptop", "doc_version"),
            ("CBL laptop", "rationale"),
            ("CBL laptop", "selection")
        ],
        "B's lines with B's device; a merge writes no history lines of its own"
    );
    assert_eq!(shared_history(&a, &ws), shared_history(&b, &ws));
}

/// `history --json` as every laptop should show it: each line's id, device, item, field, old
/// and new, by id (lines another laptop brought come after this one's own).
fn shared_history(db: &(Db, String), ws: &str) -> Vec<Value> {
    let history = json_on(db, &["history", ws, "--json"]);
    let mut lines: Vec<Value> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let keep = ["id", "device", "item", "field", "old", "new"];
            Value::Object(keep.iter().map(|k| (k.to_string(), h[*k].clone())).collect())
        })
        .collect();
    lines.sort_by_key(|line| line["id"].as_str().unwrap().to_string());
    lines
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

/// Exports `ws` from `from` to a new file and returns its path.
fn bundle(from: &(Db, String), ws: &str) -> String {
    let file = from.0.path(&format!("{ws}-{}.dfs-sync", rand_suffix()));
    on(from, &["sync", "export", ws, "--out", &file]);
    file
}

fn import(to: &(Db, String), file: &str) -> Value {
    json_on(to, &["sync", "import", file, "--json"])
}

fn finding_kinds(db: &(Db, String), ws: &str) -> Vec<String> {
    let out = db.0.run(&["check", ws, "--json"]);
    let findings: Value = serde_json::from_str(&out.stdout).unwrap();
    findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn three_laptops_exchanging_in_different_orders_agree_and_a_resolution_reaches_all() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let c = laptop("Facilitator laptop");
    let ws = a.0.lesotho();
    let first = bundle(&a, &ws);
    import(&b, &first);
    import(&c, &first);

    // Different fields of one item, the same field on two laptops, a deselect against a decide.
    on(&a, &["decide", &ws, "REG-01", "--status", "adopt", "--lead", "LCA"]);
    on(&b, &["decide", &ws, "REG-01", "--priority", "high"]);
    on(
        &a,
        &[
            "decide",
            &ws,
            "SIM-08",
            "--rationale",
            "Covered by the LCA's 2023 directive",
        ],
    );
    on(
        &c,
        &[
            "decide",
            &ws,
            "SIM-08",
            "--rationale",
            "The central bank's circular covers it",
        ],
    );
    on(&b, &["deselect", &ws, "SIM-11"]);
    on(&c, &["decide", &ws, "SIM-11", "--status", "adopt", "--lead", "CBL"]);
    on(&a, &["workspace", "set", &ws, "--event", "Maseru clinic"]);

    let (from_a, from_b, from_c) = (bundle(&a, &ws), bundle(&b, &ws), bundle(&c, &ws));
    let raised: u64 = [import(&a, &from_b), import(&a, &from_c)]
        .iter()
        .map(|r| r["conflicts"].as_u64().unwrap())
        .sum();
    assert_eq!(raised, 2, "the rationale and SIM-11's selection");
    import(&b, &from_c);
    import(&b, &from_a);
    import(&c, &from_a);
    import(&c, &from_b);

    let view = shared_view(&a, &ws);
    assert_eq!(shared_view(&b, &ws), view, "B agrees with A");
    assert_eq!(shared_view(&c, &ws), view, "C agrees with A");
    let reg01 = crate::common::item(&view, "REG-01");
    assert_eq!(reg01["decision"]["status"], "adopt");
    assert_eq!(reg01["decision"]["priority"], "high", "both laptops' fields kept");
    assert_eq!(view["event"], "Maseru clinic");
    let sim11 = crate::common::item(&view, "SIM-11");
    assert_eq!(
        sim11["decision"]["status"], "adopt",
        "a deselect never silently beats a decide"
    );

    let conflicts = json_on(&a, &["conflicts", "list", &ws, "--json"]);
    assert_eq!(json_on(&b, &["conflicts", "list", &ws, "--json"]), conflicts);
    assert_eq!(json_on(&c, &["conflicts", "list", &ws, "--json"]), conflicts);
    let ids: Vec<&str> = conflicts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["SIM-08/rationale", "SIM-11/selected"]);
    let rationale = &conflicts[0];
    assert_eq!(rationale["item"], "SIM-08");
    assert_eq!(rationale["field"], "rationale");
    let mut devices: Vec<&str> = rationale["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["device"].as_str().unwrap())
        .collect();
    devices.sort();
    assert_eq!(devices, ["Facilitator laptop", "LCA laptop"]);
    assert_eq!(
        rationale["values"][0]["value"],
        view_rationale(&view, "SIM-08"),
        "the shown value first"
    );
    assert!(finding_kinds(&a, &ws).contains(&"unresolved-conflict".to_string()));

    // Settled on B, keeping the second value; the change reaches A and C.
    let kept = rationale["values"][1]["value"].as_str().unwrap().to_string();
    on(&b, &["conflicts", "resolve", &ws, "SIM-08/rationale", "--keep", "2"]);
    on(&b, &["conflicts", "resolve", &ws, "SIM-11/selected", "--keep", "1"]);
    assert_eq!(
        json_on(&b, &["conflicts", "list", &ws, "--json"]),
        serde_json::json!([])
    );
    let history = json_on(&b, &["history", &ws, "--item", "SIM-08", "--json"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(
        (last["field"].as_str(), last["new"].as_str()),
        (Some("rationale"), Some(kept.as_str()))
    );
    let settled = bundle(&b, &ws);
    import(&a, &settled);
    import(&c, &settled);
    for peer in [&a, &c] {
        assert_eq!(
            json_on(peer, &["conflicts", "list", &ws, "--json"]),
            serde_json::json!([])
        );
        assert!(!finding_kinds(peer, &ws).contains(&"unresolved-conflict".to_string()));
    }
    let view = shared_view(&a, &ws);
    assert_eq!(view_rationale(&view, "SIM-08"), kept.as_str());
    assert_eq!(shared_view(&b, &ws), view);
    assert_eq!(shared_view(&c, &ws), view);

    // The history is the union of every laptop's lines, each with its device.
    let history = shared_history(&a, &ws);
    assert_eq!(shared_history(&b, &ws), history, "B has the same lines as A");
    assert_eq!(shared_history(&c, &ws), history, "C has the same lines as A");
    let who = |device: &str, field: &str| {
        history
            .iter()
            .filter(|h| h["device"] == device && h["field"] == field)
            .count()
    };
    let created = history.iter().filter(|h| h["field"] == "created").count();
    assert_eq!(created, 1, "A's creation, once");
    assert_eq!(who("LCA laptop", "event"), 1);
    assert_eq!(who("CBL laptop", "priority"), 1);
    assert_eq!(who("Facilitator laptop", "rationale"), 1);
    assert_eq!(who("CBL laptop", "rationale"), 1, "the resolution made on B");
    assert_eq!(who("CBL laptop", "selected"), 1, "the selection conflict settled on B");
}

fn view_rationale<'a>(view: &'a Value, item: &str) -> &'a str {
    crate::common::item(view, item)["decision"]["rationale"]
        .as_str()
        .unwrap()
}

#[test]
fn resolving_needs_a_known_conflict_and_a_value_in_the_list() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let ws = a.0.lesotho();
    import(&b, &bundle(&a, &ws));
    on(&a, &["decide", &ws, "REG-01", "--rationale", "A's reason"]);
    on(&b, &["decide", &ws, "REG-01", "--rationale", "B's reason"]);
    import(&a, &bundle(&b, &ws));
    a.0.refused(
        &ws,
        &["conflicts", "resolve", &ws, "REG-01/rationale", "--keep", "3"],
        2,
        "from 1 to 2",
    );
    a.0.refused(
        &ws,
        &["conflicts", "resolve", &ws, "REG-01/wording", "--keep", "1"],
        1,
        "no conflict",
    );
    a.0.refused(&ws, &["conflicts", "resolve", &ws, "REG-01/rationale"], 2, "--keep");
    on(
        &a,
        &[
            "conflicts",
            "resolve",
            &ws,
            "REG-01/rationale",
            "--value",
            "Both reasons hold",
        ],
    );
    assert_eq!(view_rationale(&a.0.show(&ws), "REG-01"), "Both reasons hold");
    assert_eq!(
        json_on(&a, &["conflicts", "list", &ws, "--json"]),
        serde_json::json!([])
    );
}

/// `shared_view` without what stays on the laptop where it was typed: the facilitator's and
/// participants' names (other laptops see the organisation).
fn shared_discussion(db: &(Db, String), ws: &str) -> Value {
    let mut view = shared_view(db, ws);
    for session in view["sessions"].as_array_mut().unwrap() {
        let session = session.as_object_mut().unwrap();
        session.remove("facilitator");
        for person in session["participants"].as_array_mut().unwrap() {
            person.as_object_mut().unwrap().remove("name");
        }
    }
    view
}

#[test]
fn the_discussion_travels_and_positions_in_one_session_conflict_only_for_the_same_authority() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let c = laptop("Facilitator laptop");
    let ws = a.0.lesotho();
    let first = bundle(&a, &ws);
    import(&b, &first);
    import(&c, &first);
    let session = on(
        &a,
        &[
            "session",
            "create",
            &ws,
            "--date",
            "2025-06-05",
            "--facilitator",
            "Ada Facilitator",
            "--place",
            "Maseru",
            "--participant",
            "Thabo Mokoena|Lesotho Communications Authority|LCA|Director",
            "--participant",
            "Lerato Nthako|Central Bank of Lesotho|CBL",
        ],
    )
    .trim()
    .to_string();
    let with_session = bundle(&a, &ws);
    import(&b, &with_session);
    import(&c, &with_session);
    let sid = session.as_str();

    // Positions in the same session: each authority its own; the same one on two laptops.
    on(
        &a,
        &[
            "position",
            &ws,
            "REG-01",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            sid,
        ],
    );
    on(
        &b,
        &[
            "position",
            &ws,
            "REG-01",
            "--authority",
            "CBL",
            "--stance",
            "support-with-changes",
            "--note",
            "Needs a transition period",
            "--session",
            sid,
        ],
    );
    on(
        &c,
        &[
            "position",
            &ws,
            "REG-01",
            "--authority",
            "LCA",
            "--stance",
            "oppose",
            "--session",
            sid,
        ],
    );
    on(
        &b,
        &[
            "action",
            &ws,
            "REG-01",
            "--what",
            "Draft the transition clause",
            "--owner",
            "Lerato Nthako",
            "--due",
            "2025-09-30",
            "--session",
            sid,
        ],
    );
    on(
        &c,
        &[
            "resolve",
            &ws,
            "SIM-08",
            "--resolution",
            "agreed",
            "--status",
            "adopt",
            "--session",
            sid,
        ],
    );

    let (from_a, from_b, from_c) = (bundle(&a, &ws), bundle(&b, &ws), bundle(&c, &ws));
    import(&a, &from_c);
    import(&a, &from_b);
    import(&b, &from_a);
    import(&b, &from_c);
    import(&c, &from_b);
    import(&c, &from_a);

    let view = shared_discussion(&a, &ws);
    assert_eq!(shared_discussion(&b, &ws), view, "B agrees with A");
    assert_eq!(shared_discussion(&c, &ws), view, "C agrees with A");
    let reg01 = crate::common::item(&view, "REG-01");
    let mut stances: Vec<(&str, &str)> = reg01["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["authority"].as_str().unwrap(), p["stance"].as_str().unwrap()))
        .collect();
    stances.sort();
    assert_eq!(stances.len(), 2, "one position per authority: {stances:?}");
    assert_eq!(
        stances[0],
        ("CBL", "support-with-changes"),
        "B's position reached everyone"
    );
    let sim08 = crate::common::item(&view, "SIM-08");
    assert_eq!(
        sim08["resolution"]["resolution"], "agreed",
        "C's resolution reached everyone"
    );
    assert_eq!(sim08["decision"]["status"], "adopt");
    let sessions = view["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["place"], "Maseru");
    let organisations: Vec<&str> = sessions[0]["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["organisation"].as_str().unwrap())
        .collect();
    assert_eq!(
        organisations,
        ["Lesotho Communications Authority", "Central Bank of Lesotho"]
    );

    // Names stay where they were typed; other laptops see the organisation.
    let names = |db: &(Db, String)| -> Vec<String> {
        let show = json_on(db, &["workspace", "show", &ws, "--json"]);
        show["sessions"][0]["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&a), ["Thabo Mokoena", "Lerato Nthako"]);
    assert_eq!(
        names(&b),
        ["Lesotho Communications Authority", "Central Bank of Lesotho"]
    );
    for db in [&a, &b, &c] {
        let file = db.0.path(&format!("names-{}.dfs-sync", rand_suffix()));
        on(db, &["sync", "export", &ws, "--out", &file]);
        let bundle = adopt_sync::Bundle::from_bytes(&std::fs::read(&file).unwrap()).unwrap();
        let device = "0123456789abcdef0123456789abcdef";
        let bytes = adopt_sync::ReplicatedWorkspace::load(&bundle.document, device)
            .unwrap()
            .save_uncompressed();
        let holds = |text: &str| bytes.windows(text.len()).any(|w| w == text.as_bytes());
        // The search is meaningful: the organisations are there, as plain text.
        assert!(holds("Central Bank of Lesotho") && holds("Draft the transition clause"));
        for name in ["Thabo", "Lerato", "Ada Facilitator"] {
            assert!(
                !holds(name),
                "{name} must never leave the laptop where it was typed ({})",
                db.1
            );
        }
    }

    // The same authority's position on two laptops is one conflict; settled on B, everywhere.
    let conflicts = json_on(&a, &["conflicts", "list", &ws, "--json"]);
    assert_eq!(json_on(&b, &["conflicts", "list", &ws, "--json"]), conflicts);
    assert_eq!(json_on(&c, &["conflicts", "list", &ws, "--json"]), conflicts);
    let id = format!("REG-01/position.{sid}.LCA.stance");
    let ids: Vec<&str> = conflicts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [id.as_str()]);
    assert_eq!(conflicts[0]["item"], "REG-01");
    let mut values: Vec<&str> = conflicts[0]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_str().unwrap())
        .collect();
    values.sort();
    assert_eq!(values, ["oppose", "support"]);
    on(&b, &["conflicts", "resolve", &ws, &id, "--value", "support"]);
    let settled = bundle(&b, &ws);
    import(&a, &settled);
    import(&c, &settled);
    for db in [&a, &b, &c] {
        assert_eq!(
            json_on(db, &["conflicts", "list", &ws, "--json"]),
            serde_json::json!([])
        );
        let view = shared_discussion(db, &ws);
        let lca = crate::common::item(&view, "REG-01")["positions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["authority"] == "LCA")
            .cloned()
            .unwrap();
        assert_eq!(lca["stance"], "support", "{}", db.1);
    }
    assert_eq!(shared_discussion(&a, &ws), shared_discussion(&c, &ws));
    let history = shared_history(&a, &ws);
    assert_eq!(shared_history(&b, &ws), history);
    assert_eq!(shared_history(&c, &ws), history);
    assert!(
        history
            .iter()
            .any(|h| h["device"] == "CBL laptop" && h["field"].as_str().unwrap().starts_with("action")),
        "B's action line reached A"
    );
}

/// Copies a laptop's database (and its write-ahead log, if any) into a fresh scratch folder.
fn copy_of(db: &(Db, String)) -> (Db, String) {
    let copy = laptop(&db.1);
    for suffix in ["", "-wal", "-shm"] {
        let from = db.0.dir.path().join(format!("test.sqlite3{suffix}"));
        if from.exists() {
            std::fs::copy(&from, copy.0.dir.path().join(format!("test.sqlite3{suffix}"))).unwrap();
        }
    }
    copy
}

/// What a merge changes, read through the CLI (opening the file also recovers its log),
/// without what each run stamps with its own time (revisions, "last changed", selection times).
fn merge_view(db: &(Db, String), ws: &str) -> Value {
    serde_json::json!([
        shared_view(db, ws),
        json_on(db, &["conflicts", "list", ws, "--json"]),
        shared_history(db, ws)
    ])
}

#[test]
fn a_sync_import_killed_at_any_moment_leaves_the_database_as_before_or_as_after() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let ws = a.0.lesotho();
    import(&b, &bundle(&a, &ws));
    // A large merge: the whole SIM group selected and decided on A, one field in conflict.
    let sim: Vec<String> = (1..=16).map(|n| format!("SIM-{n:02}")).collect();
    let mut select = vec!["select", ws.as_str()];
    select.extend(sim.iter().map(String::as_str));
    on(&a, &select);
    for (n, item) in sim.iter().enumerate() {
        let rationale = format!("Decided on the LCA laptop, item {n}");
        on(
            &a,
            &[
                "decide",
                &ws,
                item,
                "--status",
                "adopt",
                "--lead",
                "LCA",
                "--rationale",
                &rationale,
            ],
        );
    }
    on(
        &b,
        &["decide", &ws, "SIM-08", "--rationale", "Decided on the CBL laptop"],
    );
    let file = bundle(&a, &ws);

    let before = merge_view(&b, &ws);
    let merged = copy_of(&b);
    let started = std::time::Instant::now();
    import(&merged, &file);
    let took = started.elapsed();
    let after = merge_view(&merged, &ws);
    assert_ne!(before, after);

    let binary = assert_cmd::cargo::cargo_bin("dfs-adopt");
    let trials = 12;
    let (mut as_before, mut as_after) = (0, 0);
    for trial in 0..trials {
        let victim = copy_of(&b);
        let mut child = std::process::Command::new(&binary)
            .arg("--db")
            .arg(victim.0.dir.path().join("test.sqlite3"))
            .args(["--by", "tester", "--device", "CBL laptop", "sync", "import", &file])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kills spread over the whole import, from its start to just past its usual end.
        std::thread::sleep(took.mul_f64(trial as f64 / (trials - 2) as f64));
        let _ = child.kill();
        child.wait().unwrap();
        let conn = rusqlite::Connection::open(victim.0.dir.path().join("test.sqlite3")).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "trial {trial}");
        drop(conn);
        let view = merge_view(&victim, &ws);
        if view == before {
            as_before += 1;
        } else {
            assert_eq!(
                view, after,
                "trial {trial}: killed midway, the database must be as before or as after"
            );
            as_after += 1;
        }
    }
    assert_eq!(as_before + as_after, trials);
    eprintln!("sync import killed {trials} times over {took:?}: {as_before} as before, {as_after} as after");
}

/// The stored file of version `label` on `db`, byte for byte.
fn version_file(db: &(Db, String), ws: &str, label: &str, format: &str) -> Vec<u8> {
    let out = db.0.path(&format!("{label}-{}.{format}", rand_suffix()));
    on(
        db,
        &["export", ws, "--version", label, "--format", format, "--out", &out],
    );
    std::fs::read(&out).unwrap()
}

fn review_fixture(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../adopt-office/tests/fixtures")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

fn conflict_ids(db: &(Db, String), ws: &str) -> Vec<String> {
    json_on(db, &["conflicts", "list", ws, "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn reviewers_comments_and_circulated_versions_travel_and_one_label_twice_is_a_conflict_settled_by_keeping_one() {
    let a = laptop("LCA laptop");
    let b = laptop("CBL laptop");
    let c = laptop("Facilitator laptop");
    let ws = a.0.lesotho();
    let first = bundle(&a, &ws);
    import(&b, &first);
    import(&c, &first);

    // A version circulated on A reaches B and C, its files byte for byte.
    on(
        &a,
        &["version", "circulate", &ws, "--label", "0.1", "--date", "2025-06-06"],
    );
    let with_version = bundle(&a, &ws);
    import(&b, &with_version);
    import(&c, &with_version);
    let versions = json_on(&a, &["version", "list", &ws, "--json"]);
    assert_eq!(versions.as_array().unwrap().len(), 1);
    for db in [&b, &c] {
        assert_eq!(json_on(db, &["version", "list", &ws, "--json"]), versions, "{}", db.1);
        assert_eq!(
            json_on(db, &["version", "show", &ws, "0.1", "--json"]),
            json_on(&a, &["version", "show", &ws, "0.1", "--json"])
        );
        for format in ["docx", "pdf"] {
            assert_eq!(
                version_file(db, &ws, "0.1", format),
                version_file(&a, &ws, "0.1", format),
                "{format} on {}",
                db.1
            );
        }
    }

    // A reviewer's file imported on A, one comment answered on B: the answer reaches all three.
    on(
        &a,
        &[
            "review",
            "import",
            &ws,
            &review_fixture("review-comments.docx"),
            "--organisation",
            "Central Bank of Lesotho",
        ],
    );
    let reviewed = bundle(&a, &ws);
    import(&b, &reviewed);
    import(&c, &reviewed);
    let comments = json_on(&b, &["review", "list", &ws, "--json"]);
    let on_item: Vec<String> = comments
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["item"] == "SIM-08")
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert!(on_item.len() >= 2, "{comments}");
    let (answered, disputed) = (&on_item[0], &on_item[1]);
    on(
        &b,
        &[
            "review",
            "respond",
            &ws,
            answered,
            "--disposition",
            "accepted",
            "--response",
            "Wording changed",
        ],
    );
    let answer = bundle(&b, &ws);
    import(&a, &answer);
    import(&c, &answer);
    let listed = json_on(&a, &["review", "list", &ws, "--json"]);
    assert_eq!(json_on(&b, &["review", "list", &ws, "--json"]), listed);
    assert_eq!(json_on(&c, &["review", "list", &ws, "--json"]), listed);
    let seen = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == answered.as_str())
        .unwrap();
    assert_eq!(seen["disposition"], "accepted");
    assert_eq!(seen["response"], "Wording changed");

    // Concurrently: A and C answer another comment differently; B and C circulate "0.2".
    on(&a, &["review", "respond", &ws, disputed, "--disposition", "noted"]);
    on(
        &c,
        &[
            "review",
            "respond",
            &ws,
            disputed,
            "--disposition",
            "rejected",
            "--response",
            "Out of scope",
        ],
    );
    on(
        &b,
        &["version", "circulate", &ws, "--label", "0.2", "--date", "2025-06-07"],
    );
    on(&c, &["decide", &ws, "REG-01", "--status", "adopt", "--lead", "LCA"]);
    on(
        &c,
        &["version", "circulate", &ws, "--label", "0.2", "--date", "2025-06-08"],
    );
    let b_pdf = version_file(&b, &ws, "0.2", "pdf");
    let c_pdf = version_file(&c, &ws, "0.2", "pdf");
    let c_docx = version_file(&c, &ws, "0.2", "docx");
    let b_docx = version_file(&b, &ws, "0.2", "docx");
    assert_ne!(b_pdf, c_pdf, "two different versions under one label");

    let (from_a, from_b, from_c) = (bundle(&a, &ws), bundle(&b, &ws), bundle(&c, &ws));
    import(&a, &from_c);
    import(&a, &from_b);
    import(&b, &from_a);
    import(&b, &from_c);
    import(&c, &from_b);
    import(&c, &from_a);

    let conflicts = json_on(&a, &["conflicts", "list", &ws, "--json"]);
    assert_eq!(json_on(&b, &["conflicts", "list", &ws, "--json"]), conflicts);
    assert_eq!(json_on(&c, &["conflicts", "list", &ws, "--json"]), conflicts);
    let ids = conflict_ids(&a, &ws);
    assert_eq!(
        ids,
        [
            "-/version.0.2".to_string(),
            format!("SIM-08/comment.{disputed}.disposition")
        ]
    );
    for db in [&a, &b, &c] {
        assert_eq!(
            json_on(db, &["version", "list", &ws, "--json"]),
            json_on(&a, &["version", "list", &ws, "--json"]),
            "one version shown under the label on {}",
            db.1
        );
    }
    // Both versions' files are still at hand before settling: every bundle carries both.
    let shown = version_file(&a, &ws, "0.2", "pdf");
    assert!(shown == b_pdf || shown == c_pdf);
    for db in [&a, &b, &c] {
        let file = bundle(db, &ws);
        let sent = adopt_sync::Bundle::from_bytes(&std::fs::read(&file).unwrap()).unwrap();
        for pdf in [&b_pdf, &c_pdf] {
            assert!(sent.blobs.iter().any(|blob| blob.bytes() == pdf.as_slice()), "{}", db.1);
            let document = &sent.document;
            assert!(
                !document
                    .windows(pdf.len().min(64))
                    .any(|w| w == &pdf[..pdf.len().min(64)]),
                "files travel beside the document, not inside it"
            );
        }
    }

    // A typed value is refused for a version; --keep 2 on A keeps the other one, everywhere.
    let mut args = vec!["--device", "LCA laptop"];
    args.extend(["conflicts", "resolve", &ws, "-/version.0.2", "--value", "0.2"]);
    a.0.refused(&ws, &args, 2, "cannot be typed as a value; keep one of the versions");
    on(&a, &["conflicts", "resolve", &ws, "-/version.0.2", "--keep", "2"]);
    let (kept_pdf, kept_docx) = if shown == b_pdf {
        (c_pdf, c_docx)
    } else {
        (b_pdf, b_docx)
    };
    let settled = bundle(&a, &ws);
    import(&b, &settled);
    import(&c, &settled);
    let versions = json_on(&a, &["version", "list", &ws, "--json"]);
    for db in [&a, &b, &c] {
        assert_eq!(
            conflict_ids(db, &ws),
            [format!("SIM-08/comment.{disputed}.disposition")],
            "the version conflict is gone on {}",
            db.1
        );
        assert_eq!(json_on(db, &["version", "list", &ws, "--json"]), versions);
        assert_eq!(version_file(db, &ws, "0.2", "pdf"), kept_pdf, "{}", db.1);
        assert_eq!(version_file(db, &ws, "0.2", "docx"), kept_docx, "{}", db.1);
    }
}
