//! Workspaces: create, show, set, export and import as a file, duplicate and archive.

use serde_json::Value;

use crate::common::{Db, item};

#[test]
fn workspace_create_prints_a_short_id_and_the_workspace_is_found_by_id_or_name() {
    let db = Db::new();
    let id = db.lesotho();
    assert!(id.len() <= 8 && !id.is_empty(), "id {id:?} is not short");
    let by_name = db.show("LESOTHO 2025");
    let by_id = db.show(&id);
    assert_eq!(by_name, by_id);
    for key in [
        "id",
        "name",
        "jurisdiction",
        "template",
        "doc_version",
        "reference",
        "prepared_by",
        "event",
        "authorities",
        "items",
        "sessions",
    ] {
        assert!(by_id.get(key).is_some(), "workspace show lacks {key}");
    }
    assert_eq!(by_id["template"], "joint-directive", "the default template");
    assert_eq!(
        by_id["authorities"][0],
        serde_json::json!({"code": "LCA", "name": "Lesotho Communications Authority", "kind": "telecom-regulator"})
    );
    assert_eq!(by_id["authorities"][1]["kind"], "central-bank");
    let sim08 = item(&by_id, "SIM-08");
    for key in [
        "id",
        "title",
        "group",
        "statement",
        "decision",
        "baseline",
        "positions",
        "resolution",
    ] {
        assert!(sim08.get(key).is_some(), "item lacks {key}");
    }
    for key in [
        "status",
        "reason",
        "rationale",
        "wording",
        "lead",
        "support",
        "priority",
        "due",
        "revision",
        "updated_at",
        "updated_by",
    ] {
        assert!(sim08["decision"].get(key).is_some(), "decision lacks {key}");
    }
    assert_eq!(sim08["decision"]["status"], "open");

    let created = db.json(&[
        "workspace",
        "create",
        "Malawi",
        "--jurisdiction",
        "Malawi",
        "--authority",
        "MACRA=Malawi Communications Regulatory Authority",
        "--template",
        "guideline",
        "--json",
    ]);
    assert_eq!(created["template"], "guideline");
    assert_eq!(created["authorities"][0]["kind"], "other");
    let list = db.json(&["workspace", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
}

#[test]
fn bad_workspace_creations_are_refused_and_change_nothing() {
    let db = Db::new();
    let ws = db.lesotho();
    let create = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["workspace", "create"];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect()
    };
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            create(&["lesotho 2025", "--jurisdiction", "L", "--authority", "LCA=x"]),
            1,
            "exists already",
        ),
        (
            create(&["New", "--jurisdiction", "L", "--authority", "LCA"]),
            2,
            "CODE=FULL_NAME",
        ),
        (
            create(&[
                "New",
                "--jurisdiction",
                "L",
                "--authority",
                "LCA=x",
                "--kind",
                "LCA=bank",
            ]),
            2,
            "unknown authority kind \"bank\"",
        ),
        (
            create(&[
                "New",
                "--jurisdiction",
                "L",
                "--authority",
                "LCA=x",
                "--kind",
                "RBM=central-bank",
            ]),
            2,
            "not given with --authority",
        ),
        (
            create(&[
                "New",
                "--jurisdiction",
                "L",
                "--authority",
                "LCA=x",
                "--authority",
                "lca=y",
            ]),
            1,
            "listed twice",
        ),
        (
            create(&["New", "--jurisdiction", "L", "--authority", "L C A=x"]),
            1,
            "authority code",
        ),
        (
            create(&["New", "--jurisdiction", " ", "--authority", "LCA=x"]),
            1,
            "jurisdiction must not be empty",
        ),
        (
            create(&[
                "New",
                "--jurisdiction",
                "L",
                "--authority",
                "LCA=x",
                "--template",
                "memo",
            ]),
            1,
            "unknown template \"memo\"",
        ),
        (create(&["New", "--jurisdiction", "L"]), 2, "--authority"),
    ];
    for (args, code, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        db.refused(&ws, &args, code, needle);
    }
}

#[test]
fn workspace_set_changes_document_properties_and_records_them() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "workspace",
        "set",
        &ws,
        "--doc-version",
        "0.2",
        "--reference",
        "LCA/CBL/2025/01",
        "--prepared-by",
        "Clinic secretariat",
        "--event",
        "DFS Security Clinic, 5-6 June 2025",
        "--template",
        "guideline",
    ]);
    let show = db.show(&ws);
    assert_eq!(show["doc_version"], "0.2");
    assert_eq!(show["reference"], "LCA/CBL/2025/01");
    assert_eq!(show["prepared_by"], "Clinic secretariat");
    assert_eq!(show["event"], "DFS Security Clinic, 5-6 June 2025");
    assert_eq!(show["template"], "guideline");
    db.ok(&["workspace", "set", &ws, "--reference", "", "--name", "Lesotho draft"]);
    let show = db.show("lesotho draft");
    assert_eq!(show["reference"], Value::Null, "an empty text clears a property");
    let history = db.json(&["history", &ws, "--json"]);
    let fields: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"doc_version") && fields.contains(&"name"),
        "{fields:?}"
    );

    db.ok(&[
        "workspace",
        "create",
        "Other",
        "--jurisdiction",
        "X",
        "--authority",
        "AB=Ab",
    ]);
    db.refused(&ws, &["workspace", "set", &ws, "--name", "OTHER"], 1, "exists already");
    db.refused(&ws, &["workspace", "set", &ws], 2, "nothing to change");
    db.refused(
        &ws,
        &["workspace", "set", &ws, "--template", "memo"],
        1,
        "unknown template",
    );
    db.refused(
        &ws,
        &["workspace", "set", "nowhere", "--doc-version", "1"],
        1,
        "no workspace with id or name \"nowhere\"",
    );
}

#[test]
fn a_workspace_travels_as_a_file_and_is_imported_as_a_new_one() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    let file = db.path("lesotho.dfs-adopt.json");
    let file_arg = file.as_str();
    assert!(
        db.ok(&["workspace", "export", &ws, "--out", file_arg])
            .starts_with("wrote ")
    );

    let laptop = Db::new();
    let imported = laptop.json(&["workspace", "import", file_arg, "--json"]);
    assert_eq!(imported["name"], "Lesotho 2025");
    let show = laptop.show("Lesotho 2025");
    assert_eq!(item(&show, "SIM-08")["decision"]["status"], "adopt");
    let history = laptop.json(&["history", "Lesotho 2025", "--item", "SIM-08", "--json"]);
    assert_eq!(
        history.as_array().unwrap().len(),
        3,
        "the history came along: {history}"
    );

    let second = laptop.ok(&["workspace", "import", file_arg]);
    assert!(second.contains("Lesotho 2025 (imported)"), "{second}");
    let junk = db.file("junk.json", "{}");
    db.refused(
        &ws,
        &["workspace", "import", &junk],
        1,
        "not a dfs-adopt workspace file",
    );
}

#[test]
fn workspaces_are_duplicated_and_archived() {
    let db = Db::new();
    let ws = db.lesotho();
    let out = db.ok(&["workspace", "duplicate", &ws, "--name", "Lesotho B"]);
    assert!(out.contains("Lesotho B"), "{out}");
    assert_eq!(db.show("Lesotho B")["items"].as_array().unwrap().len(), 3);
    db.ok(&["workspace", "archive", "Lesotho B"]);
    let list = db.json(&["workspace", "list", "--json"]);
    let archived: Vec<bool> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["archived"].as_bool().unwrap())
        .collect();
    assert_eq!(archived, [false, true]);
    assert!(db.ok(&["workspace", "list"]).contains("[archived]"));
    db.ok(&["workspace", "archive", "Lesotho B", "--undo"]);
    db.refused(
        &ws,
        &["workspace", "duplicate", &ws, "--name", "lesotho b"],
        1,
        "exists already",
    );
}
