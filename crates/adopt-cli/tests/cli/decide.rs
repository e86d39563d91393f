//! Selecting items, deciding them and reading the history.

use serde_json::Value;

use crate::common::{Db, item};

#[test]
fn select_is_all_or_nothing_and_deselecting_a_decided_item_needs_force() {
    let db = Db::new();
    let ws = db.lesotho();
    db.refused(
        &ws,
        &["select", &ws, "PAY-01", "PAY-999"],
        1,
        "unknown recommendation \"PAY-999\"",
    );
    let out = db.ok(&["select", &ws, "PAY-01", "SIM-08"]);
    assert!(
        out.contains("selected: PAY-01") && out.contains("already selected: SIM-08"),
        "{out}"
    );

    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt"]);
    db.refused(
        &ws,
        &["deselect", &ws, "PAY-01", "SIM-08"],
        1,
        "add --force to deselect it anyway",
    );
    db.refused(&ws, &["deselect", &ws, "APP-01"], 1, "APP-01 is not selected");
    db.ok(&["deselect", &ws, "PAY-01", "SIM-08", "--force"]);
    let show = db.show(&ws);
    assert!(show["items"].as_array().unwrap().iter().all(|i| i["id"] != "SIM-08"));
    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let fields: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["selection", "status", "selection"],
        "the decided item's history stays"
    );
}

#[test]
fn decide_changes_only_the_fields_given_and_counts_revisions() {
    let db = Db::new();
    let ws = db.lesotho();
    let out = db.ok(&[
        "decide",
        &ws,
        "sim-08",
        "--status",
        "adopt-modified",
        "--reason",
        "risk-assessment",
        "--rationale",
        "Recycled numbers led to wallet takeovers in 2024.",
        "--wording",
        "Operators shall notify DFS providers within 24 hours.",
        "--lead",
        "lca",
        "--support",
        "CBL",
        "--priority",
        "high",
        "--due",
        "2027-03-31",
    ]);
    assert_eq!(out, "SIM-08: status adopt-modified, revision 1\n");
    db.ok(&["decide", &ws, "SIM-08", "--priority", "medium", "--if-revision", "1"]);
    let d = &item(&db.show(&ws), "SIM-08")["decision"].clone();
    assert_eq!(d["status"], "adopt-modified");
    assert_eq!(d["reason"], "risk-assessment");
    assert_eq!(d["wording"], "Operators shall notify DFS providers within 24 hours.");
    assert_eq!(d["lead"], "LCA");
    assert_eq!(d["support"], serde_json::json!(["CBL"]));
    assert_eq!(d["priority"], "medium");
    assert_eq!(d["due"], "2027-03-31");
    assert_eq!(d["revision"], 2);
    assert_eq!(d["updated_by"], "tester");
    assert!(d["updated_at"].as_str().unwrap().ends_with('Z'));

    db.ok(&["decide", &ws, "SIM-08", "--clear", "support", "--clear", "due"]);
    let d = &item(&db.show(&ws), "SIM-08")["decision"].clone();
    assert_eq!(d["support"], serde_json::json!([]));
    assert_eq!(d["due"], Value::Null);
    assert_eq!(d["revision"], 3);

    let same = db.ok(&["decide", &ws, "SIM-08", "--priority", "medium"]);
    assert!(same.contains("nothing changed"), "{same}");
    let d = &item(&db.show(&ws), "SIM-08")["decision"].clone();
    assert_eq!(d["revision"], 3, "a change to the same value is no revision");
}

#[test]
fn every_kind_of_bad_decision_is_refused_and_changes_nothing() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--status", "maybe"],
            2,
            "unknown status \"maybe\"; use one of: open, adopt, adopt-modified, already-covered, deferred, not-applicable",
        ),
        (&["--reason", "whim"], 2, "unknown reason \"whim\""),
        (&["--priority", "urgent"], 2, "unknown priority \"urgent\""),
        (&["--due", "2026-02-30"], 2, "2026-02-30 is not a day of the calendar"),
        (&["--due", "31/03/2027"], 2, "write dates as YYYY-MM-DD"),
        (
            &["--lead", "RBM"],
            1,
            "\"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        ),
        (
            &["--support", "LCA", "--support", "MACRA"],
            1,
            "\"MACRA\" is not an authority",
        ),
        (
            &["--lead", "LCA", "--support", "LCA"],
            1,
            "cannot also be a supporting authority",
        ),
        (&["--clear", "status"], 2, "status cannot be cleared"),
        (&["--clear", "colour"], 2, "unknown field \"colour\""),
        (&["--priority", "low", "--clear", "priority"], 2, "both set and cleared"),
        (&["--rationale", "   "], 1, "rationale must not be empty"),
        (
            &["--priority", "low", "--if-revision", "0"],
            1,
            "has changed since revision 0 (it is now at revision 1)",
        ),
        (&[], 2, "nothing to change"),
    ];
    for (extra, code, needle) in cases {
        let mut args = vec!["decide", ws.as_str(), "SIM-08"];
        args.extend_from_slice(extra);
        db.refused(&ws, &args, *code, needle);
    }
    db.refused(
        &ws,
        &["decide", &ws, "PAY-01", "--status", "adopt"],
        1,
        "PAY-01 is not selected in this workspace",
    );
    db.refused(
        &ws,
        &["decide", &ws, "PAY-99", "--status", "adopt"],
        1,
        "unknown recommendation \"PAY-99\"",
    );
    db.refused(
        &ws,
        &["decide", "Atlantis", "SIM-08", "--status", "adopt"],
        1,
        "no workspace with id or name \"Atlantis\"",
    );
}

#[test]
fn history_records_who_changed_what_and_when() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-11",
        "--status",
        "deferred",
        "--rationale",
        "Needs the IMSI gateway first.",
    ]);
    let history = db.json(&["history", &ws, "--item", "sim-11", "--json"]);
    let entries = history.as_array().unwrap();
    assert_eq!(entries.len(), 3, "{history}");
    let status = &entries[1];
    assert_eq!(status["field"], "status");
    assert_eq!(status["old"], "open");
    assert_eq!(status["new"], "deferred");
    assert_eq!(status["item"], "SIM-11");
    assert_eq!(status["by"], "tester");
    assert!(status["at"].as_str().unwrap().len() >= 20);
    let all = db.json(&["history", &ws, "--json"]);
    assert_eq!(
        all[0]["item"],
        Value::Null,
        "workspace creation is a workspace-level entry"
    );
    let text = db.ok(&["history", &ws, "--item", "SIM-11"]);
    assert!(text.contains("status: \"open\" → \"deferred\""), "{text}");
}
