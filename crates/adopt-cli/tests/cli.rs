//! The `dfs-adopt` command line as scripts use it: contract §1–§3 (commands, flags, exit codes,
//! JSON keys), and every refused command leaving the database exactly as it was.

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A scratch database and a way to run the CLI on it.
struct Db {
    dir: TempDir,
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Db {
    fn new() -> Db {
        Db {
            dir: TempDir::new().unwrap(),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = Command::cargo_bin("dfs-adopt")
            .unwrap()
            .env_remove("DFS_ADOPT_DB")
            .arg("--db")
            .arg(self.dir.path().join("test.sqlite3"))
            .args(["--by", "tester"])
            .args(args)
            .output()
            .unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Runs a command that must succeed and returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.code, 0, "`{}` failed: {}", args.join(" "), out.stderr);
        out.stdout
    }

    fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("`{}` printed no JSON ({e}): {text}", args.join(" ")))
    }

    /// Everything a refused command could have touched.
    fn snapshot(&self, ws: &str) -> String {
        format!(
            "{}\n{}\n{}",
            self.ok(&["workspace", "list", "--json"]),
            self.ok(&["workspace", "show", ws, "--json"]),
            self.ok(&["history", ws, "--json"])
        )
    }

    /// A workspace with two authorities and three selected items.
    fn lesotho(&self) -> String {
        let id = self.ok(&[
            "workspace",
            "create",
            "Lesotho 2025",
            "--jurisdiction",
            "Lesotho",
            "--authority",
            "LCA=Lesotho Communications Authority",
            "--authority",
            "CBL=Central Bank of Lesotho",
            "--kind",
            "LCA=telecom-regulator",
            "--kind",
            "cbl=central-bank",
        ]);
        let id = id.trim().to_string();
        self.ok(&["select", &id, "SIM-08", "sim-11", "REG-01"]);
        id
    }

    /// Runs a command that must be refused with `code`, naming `needle`, and change nothing.
    fn refused(&self, ws: &str, args: &[&str], code: i32, needle: &str) {
        let before = self.snapshot(ws);
        let out = self.run(args);
        assert_eq!(out.code, code, "`{}` exit code; stderr: {}", args.join(" "), out.stderr);
        assert!(
            out.stderr.contains(needle),
            "`{}`: expected \"{needle}\" in: {}",
            args.join(" "),
            out.stderr
        );
        assert_eq!(out.stdout, "", "a refused command prints nothing on stdout");
        assert_eq!(self.snapshot(ws), before, "`{}` changed the database", args.join(" "));
    }

    /// Runs `command` with `--out` naming `file` in a folder that does not exist: exit 1, saying so.
    fn cannot_write(&self, command: &[&str], file: &str) {
        let out = format!("/nonexistent-folder/{file}");
        let mut args = command.to_vec();
        args.extend(["--out", &out]);
        let unwritable = self.run(&args);
        assert_eq!(unwritable.code, 1);
        assert!(unwritable.stderr.contains("cannot be written"), "{}", unwritable.stderr);
    }
}

fn item<'a>(show: &'a Value, id: &str) -> &'a Value {
    show["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in workspace"))
}

#[test]
fn catalog_list_prints_every_item_with_the_contract_keys() {
    let db = Db::new();
    let items = db.json(&["catalog", "list", "--json"]);
    let items = items.as_array().unwrap();
    assert!(items.len() >= 140, "only {} items", items.len());
    for key in [
        "id",
        "title",
        "group",
        "threat",
        "stakeholders",
        "statement",
        "flag",
        "sources",
    ] {
        assert!(items.iter().all(|i| !i[key].is_null()), "an item lacks {key}");
    }
    for group in ["REG", "TEL", "SIM", "PAY", "APP", "USR"] {
        assert!(items.iter().any(|i| i["group"] == group), "no item in {group}");
    }
    let sources = &items[0]["sources"][0];
    assert!(sources["document"].as_str().unwrap().starts_with('S') && sources["reference"].is_string());
    assert!(
        items.iter().any(|i| i["flag"] == "recalled"),
        "recalled items are kept and flagged"
    );
}

#[test]
fn catalog_list_filters_by_group_and_searches_full_text() {
    let db = Db::new();
    let sim = db.json(&["catalog", "list", "--group", "sim", "--json"]);
    assert!(sim.as_array().unwrap().iter().all(|i| i["group"] == "SIM"));
    let found = db.json(&["catalog", "list", "--search", "SIM swap", "--json"]);
    let ids: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"SIM-01"), "searching \"SIM swap\" finds SIM-01: {ids:?}");
    let narrowed = db.json(&["catalog", "list", "--search", "SIM swap", "--group", "REG", "--json"]);
    assert!(narrowed.as_array().unwrap().iter().all(|i| i["group"] == "REG"));
    // Search syntax in user text is never an error.
    let odd = db.run(&["catalog", "list", "--search", "\"OR NEAR(* -", "--json"]);
    assert_eq!(odd.code, 0, "{}", odd.stderr);
    let none = db.ok(&["catalog", "list", "--search", "zzzzqqq"]);
    assert!(none.contains("No catalog item matches"));
}

#[test]
fn catalog_show_resolves_the_source_documents() {
    let db = Db::new();
    let item = db.json(&["catalog", "show", "sim-08", "--json"]);
    assert_eq!(item["id"], "SIM-08");
    let source = &item["sources"][0];
    for key in ["document", "reference", "title", "publisher", "year", "url"] {
        assert!(source[key].is_string(), "source lacks {key}: {source}");
    }
    let text = db.ok(&["catalog", "show", "SIM-08"]);
    assert!(
        text.contains("authoritative"),
        "the text view says the source is authoritative"
    );
    let out = db.run(&["catalog", "show", "SIM-99"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("error: unknown recommendation \"SIM-99\""),
        "{}",
        out.stderr
    );
}

#[test]
fn catalog_sources_lists_the_documents() {
    let db = Db::new();
    let sources = db.json(&["catalog", "sources", "--json"]);
    let sources = sources.as_array().unwrap();
    assert!(sources.len() >= 20);
    assert!(sources.iter().all(|s| s["url"].as_str().unwrap().starts_with("http")));
}

#[test]
fn an_unknown_group_is_a_usage_error() {
    let db = Db::new();
    let out = db.run(&["catalog", "list", "--group", "XYZ"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: unknown group \"XYZ\"; use one of: REG, TEL, SIM, PAY, APP, USR\n"
    );
}

#[test]
fn workspace_create_prints_a_short_id_and_the_workspace_is_found_by_id_or_name() {
    let db = Db::new();
    let id = db.lesotho();
    assert!(id.len() <= 8 && !id.is_empty(), "id {id:?} is not short");
    let by_name = db.json(&["workspace", "show", "LESOTHO 2025", "--json"]);
    let by_id = db.json(&["workspace", "show", &id, "--json"]);
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
    let show = db.json(&["workspace", "show", &ws, "--json"]);
    assert_eq!(show["doc_version"], "0.2");
    assert_eq!(show["reference"], "LCA/CBL/2025/01");
    assert_eq!(show["prepared_by"], "Clinic secretariat");
    assert_eq!(show["event"], "DFS Security Clinic, 5-6 June 2025");
    assert_eq!(show["template"], "guideline");
    db.ok(&["workspace", "set", &ws, "--reference", "", "--name", "Lesotho draft"]);
    let show = db.json(&["workspace", "show", "lesotho draft", "--json"]);
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
    let show = db.json(&["workspace", "show", &ws, "--json"]);
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
    let d = &item(&db.json(&["workspace", "show", &ws, "--json"]), "SIM-08")["decision"].clone();
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
    let d = &item(&db.json(&["workspace", "show", &ws, "--json"]), "SIM-08")["decision"].clone();
    assert_eq!(d["support"], serde_json::json!([]));
    assert_eq!(d["due"], Value::Null);
    assert_eq!(d["revision"], 3);

    let same = db.ok(&["decide", &ws, "SIM-08", "--priority", "medium"]);
    assert!(same.contains("nothing changed"), "{same}");
    let d = &item(&db.json(&["workspace", "show", &ws, "--json"]), "SIM-08")["decision"].clone();
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

#[test]
fn every_command_has_help() {
    let db = Db::new();
    let commands: &[&[&str]] = &[
        &[],
        &["catalog"],
        &["catalog", "list"],
        &["catalog", "show"],
        &["catalog", "sources"],
        &["workspace"],
        &["workspace", "create"],
        &["workspace", "list"],
        &["workspace", "show"],
        &["workspace", "set"],
        &["select"],
        &["deselect"],
        &["decide"],
        &["history"],
        &["export"],
        &["workspace", "export"],
        &["workspace", "import"],
        &["workspace", "duplicate"],
        &["workspace", "archive"],
        &["demo"],
        &["template"],
        &["template", "list"],
        &["session"],
        &["session", "create"],
        &["session", "list"],
        &["session", "anonymise"],
        &["position"],
        &["resolve"],
        &["action"],
        &["minutes"],
        &["survey"],
        &["survey", "template"],
        &["survey", "import"],
        &["check"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let out = db.run(&args);
        assert_eq!(out.code, 0, "{args:?}");
        assert!(out.stdout.contains("Usage: dfs-adopt"), "{args:?}: {}", out.stdout);
    }
    let out = db.run(&["frobnicate"]);
    assert_eq!(out.code, 2, "an unknown command is a usage error");
}

#[test]
fn the_database_comes_from_the_environment_when_no_flag_is_given() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("from-env.sqlite3");
    let out = Command::cargo_bin("dfs-adopt")
        .unwrap()
        .env("DFS_ADOPT_DB", &path)
        .args([
            "workspace",
            "create",
            "Env",
            "--jurisdiction",
            "X",
            "--authority",
            "AB=Ab",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(path.exists(), "DFS_ADOPT_DB names the database file");
}

#[test]
fn export_writes_the_draft_and_refuses_bad_input_without_touching_the_file() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt",
        "--lead",
        "LCA",
        "--due",
        "2027-03-31",
    ]);
    let out = db.dir.path().join("draft.pdf");
    let out_arg = out.to_str().unwrap();
    let printed = db.ok(&[
        "export",
        &ws,
        "--format",
        "pdf",
        "--out",
        out_arg,
        "--date",
        "2025-06-06",
    ]);
    assert!(printed.starts_with("wrote "), "{printed}");
    let first = std::fs::read(&out).unwrap();
    assert!(first.starts_with(b"%PDF-"), "a PDF is written");
    db.ok(&[
        "export",
        &ws,
        "--format",
        "pdf",
        "--out",
        out_arg,
        "--date",
        "2025-06-06",
    ]);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        first,
        "same input and date give identical bytes"
    );

    let docx = db.dir.path().join("draft.docx");
    db.ok(&[
        "export",
        &ws,
        "--format",
        "DOCX",
        "--out",
        docx.to_str().unwrap(),
        "--template",
        "guideline",
        "--date",
        "2025-06-06",
    ]);
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"), "a DOCX is a zip file");

    for (args, code, needle) in [
        (
            vec!["--format", "odt"],
            2,
            "unknown format \"odt\"; use one of: docx, pdf",
        ),
        (
            vec!["--format", "pdf", "--template", "memo"],
            1,
            "unknown template \"memo\"",
        ),
        (
            vec!["--format", "pdf", "--template", "./no/such/folder"],
            1,
            "cannot be read",
        ),
        (
            vec!["--format", "pdf", "--date", "2025-02-30"],
            2,
            "not a day of the calendar",
        ),
    ] {
        let mut full = vec!["export", ws.as_str(), "--out", out_arg];
        full.extend(args);
        let result = db.run(&full);
        assert_eq!(result.code, code, "{full:?}: {}", result.stderr);
        assert!(result.stderr.contains(needle), "{full:?}: {}", result.stderr);
        assert_eq!(
            std::fs::read(&out).unwrap(),
            first,
            "a refused export leaves the good file whole"
        );
    }
    db.cannot_write(&["export", &ws, "--format", "pdf"], "draft.pdf");
}

#[test]
fn demo_writes_a_docx_and_a_pdf_draft() {
    let db = Db::new();
    let out = db.dir.path().join("demo");
    let printed = db.ok(&["demo", "--out", out.to_str().unwrap()]);
    assert!(
        printed.contains("draft.docx") && printed.contains("draft.pdf"),
        "{printed}"
    );
    assert!(std::fs::read(out.join("draft.pdf")).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(out.join("draft.docx")).unwrap().starts_with(b"PK"));
    let list = db.json(&["workspace", "list", "--json"]);
    assert_eq!(
        list,
        serde_json::json!([]),
        "the demo uses a temporary database, not the user's"
    );
}

#[test]
fn template_list_names_the_builtin_templates() {
    let db = Db::new();
    let list = db.json(&["template", "list", "--json"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["joint-directive", "guideline"]);
    assert!(db.ok(&["template", "list"]).contains("joint-directive"));
}

#[test]
fn a_workspace_travels_as_a_file_and_is_imported_as_a_new_one() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    let file = db.dir.path().join("lesotho.dfs-adopt.json");
    let file_arg = file.to_str().unwrap();
    assert!(
        db.ok(&["workspace", "export", &ws, "--out", file_arg])
            .starts_with("wrote ")
    );

    let laptop = Db::new();
    let imported = laptop.json(&["workspace", "import", file_arg, "--json"]);
    assert_eq!(imported["name"], "Lesotho 2025");
    let show = laptop.json(&["workspace", "show", "Lesotho 2025", "--json"]);
    assert_eq!(item(&show, "SIM-08")["decision"]["status"], "adopt");
    let history = laptop.json(&["history", "Lesotho 2025", "--item", "SIM-08", "--json"]);
    assert_eq!(
        history.as_array().unwrap().len(),
        3,
        "the history came along: {history}"
    );

    let second = laptop.ok(&["workspace", "import", file_arg]);
    assert!(second.contains("Lesotho 2025 (imported)"), "{second}");
    std::fs::write(db.dir.path().join("junk.json"), "{}").unwrap();
    let junk = db.dir.path().join("junk.json");
    db.refused(
        &ws,
        &["workspace", "import", junk.to_str().unwrap()],
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
    assert_eq!(
        db.json(&["workspace", "show", "Lesotho B", "--json"])["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
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

// ---- Contract §5: the open discussion ----

const PALESA: &str = r"Palesa Mohapi|Lesotho Communications Authority \| Licensing|lca|Director, Licensing";
const MPHO: &str = "Mpho Ramakatsa|Central Bank of Lesotho|CBL";

impl Db {
    /// Creates a session with two participants on `date` and returns the id it printed.
    fn session(&self, ws: &str, date: &str) -> String {
        let out = self.ok(&[
            "session",
            "create",
            ws,
            "--date",
            date,
            "--facilitator",
            "Clinic facilitator",
            "--place",
            "Maseru",
            "--participant",
            PALESA,
            "--participant",
            MPHO,
        ]);
        assert!(out.ends_with('\n') && out.lines().count() == 1, "{out:?}");
        out.trim().to_string()
    }

    fn show(&self, ws: &str) -> Value {
        self.json(&["workspace", "show", ws, "--json"])
    }

    /// Records `authority`'s stance on `id` in the most recent session; returns what it printed.
    fn position(&self, ws: &str, id: &str, authority: &str, stance: &str, note: Option<&str>) -> String {
        let mut args = vec!["position", ws, id, "--authority", authority, "--stance", stance];
        if let Some(note) = note {
            args.extend(["--note", note]);
        }
        self.ok(&args)
    }

    /// Writes session `sid`'s minutes as `format` to `out`, dated `date` (today without one);
    /// returns what it printed.
    fn minutes(&self, ws: &str, sid: &str, format: &str, out: &std::path::Path, date: Option<&str>) -> String {
        let mut args = vec!["minutes", ws, sid, "--format", format, "--out", out.to_str().unwrap()];
        if let Some(date) = date {
            args.extend(["--date", date]);
        }
        self.ok(&args)
    }
}

/// `command` with the workspace put after its first word, as every discussion command takes it.
fn on_workspace<'a>(ws: &'a str, command: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![command[0], ws];
    args.extend_from_slice(&command[1..]);
    args
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

#[test]
fn session_create_reads_participants_with_escaped_bars_and_prints_the_id() {
    let db = Db::new();
    let ws = db.lesotho();
    assert_eq!(
        db.ok(&["session", "list", &ws]),
        "No discussion session yet. Create one with `dfs-adopt session create`.\n"
    );
    assert_eq!(db.json(&["session", "list", &ws, "--json"]), serde_json::json!([]));
    assert_eq!(db.session(&ws, "2025-06-05"), "s1");
    let second = db.json(&[
        "session",
        "create",
        "Lesotho 2025",
        "--date",
        "2025-06-06",
        "--facilitator",
        "Clinic facilitator",
        "--json",
    ]);
    assert_eq!(second["id"], "s2", "ids are s1, s2... and --json prints the session");
    assert_eq!(second["participants"], serde_json::json!([]));

    let show = db.show(&ws);
    let sessions = show["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    let s1 = &sessions[0];
    for key in ["id", "date", "place", "facilitator", "participants"] {
        assert!(s1.get(key).is_some(), "a session lacks {key}: {s1}");
    }
    assert_eq!(s1["id"], "s1");
    assert_eq!(s1["date"], "2025-06-05");
    assert_eq!(s1["place"], "Maseru");
    assert_eq!(s1["facilitator"], "Clinic facilitator");
    assert_eq!(
        s1["participants"],
        serde_json::json!([
            {"name": "Palesa Mohapi", "organisation": "Lesotho Communications Authority | Licensing",
             "authority": "LCA", "role": "Director, Licensing"},
            {"name": "Mpho Ramakatsa", "organisation": "Central Bank of Lesotho", "authority": "CBL", "role": null},
        ]),
        "\\| is a literal bar, codes are upper-cased, a missing role is null"
    );
    assert_eq!(sessions[1]["place"], Value::Null);

    let list = db.ok(&["session", "list", &ws]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 2, "{list}");
    assert!(
        lines[0].starts_with("s1  2025-06-05  Maseru") && lines[0].contains("2 participants"),
        "{list}"
    );
    assert!(lines[1].starts_with("s2  2025-06-06  -"), "{list}");
    let json = db.json(&["session", "list", &ws, "--json"]);
    assert_eq!(json[0]["participants"], s1["participants"]);
    assert_eq!(json[1]["id"], "s2");
    let history = db.ok(&["history", &ws]);
    assert!(history.contains("s1: 2025-06-05, 2 participants"), "{history}");
}

#[test]
fn discussion_commands_need_a_session_and_use_the_most_recent_one() {
    let db = Db::new();
    let ws = db.lesotho();
    let no_session = "has no discussion session yet; create one first with `dfs-adopt session create`";
    let commands: &[&[&str]] = &[
        &["position", "SIM-08", "--authority", "LCA", "--stance", "support"],
        &["resolve", "SIM-08", "--resolution", "agreed"],
        &[
            "action",
            "SIM-08",
            "--what",
            "Consult the issuers",
            "--owner",
            "CBL",
            "--due",
            "2025-06-20",
        ],
    ];
    for command in commands {
        db.refused(&ws, &on_workspace(&ws, command), 1, no_session);
    }
    let minutes = db.dir.path().join("minutes.pdf");
    db.refused(
        &ws,
        &[
            "minutes",
            &ws,
            "s1",
            "--format",
            "pdf",
            "--out",
            minutes.to_str().unwrap(),
        ],
        1,
        "no discussion session \"s1\"",
    );
    assert!(!minutes.exists(), "a refused minutes command writes no file");

    db.session(&ws, "2025-06-05");
    db.session(&ws, "2025-06-06");
    assert_eq!(
        db.position(&ws, "sim-08", "cbl", "oppose", None),
        "SIM-08: CBL oppose in session s2\n",
        "without --session, the most recent session"
    );
    assert_eq!(
        db.ok(&[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            "s1"
        ]),
        "SIM-08: LCA support in session s1\n"
    );
    let out = db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    assert!(out.starts_with("SIM-08: divergent in session s2; status open"), "{out}");
    let out = db.ok(&[
        "action",
        &ws,
        "SIM-08",
        "--what",
        "Consult the e-money issuers",
        "--owner",
        "CBL Payment Systems",
        "--due",
        "2025-06-20",
    ]);
    assert_eq!(
        out,
        "action 1 on SIM-08: Consult the e-money issuers (CBL Payment Systems, due 2025-06-20)\n"
    );
    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    let sessions: Vec<&str> = sim08["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["session"].as_str().unwrap())
        .collect();
    assert_eq!(sessions, ["s2", "s1"], "positions in the order recorded");
    assert_eq!(sim08["resolution"]["session"], "s2");
    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let action = history
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["field"].as_str().unwrap().starts_with("action"))
        .unwrap_or_else(|| panic!("the action is in the history: {history}"));
    assert!(action["field"].as_str().unwrap().contains("s2"), "{action}");
    assert!(
        action["new"].as_str().unwrap().contains("Consult the e-money issuers"),
        "{action}"
    );
    assert_eq!(action["by"], "tester");

    db.refused(
        &ws,
        &[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            "s9",
        ],
        1,
        "no discussion session \"s9\" in this workspace",
    );
}

#[test]
fn positions_and_resolutions_show_in_the_workspace_and_set_decisions() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["select", &ws, "PAY-01"]);
    db.session(&ws, "2025-06-05");
    let note = "Only within 24 hours.";
    db.position(&ws, "SIM-08", "LCA", "support-with-changes", Some(note));
    db.position(&ws, "SIM-08", "CBL", "needs-consultation", None);
    // A later position of the same authority in the same session replaces the earlier one.
    let out = db.position(&ws, "SIM-08", "CBL", "support", None);
    assert_eq!(out, "SIM-08: CBL support (was needs-consultation) in session s1\n");

    let out = db.ok(&["resolve", &ws, "SIM-08", "--resolution", "agreed"]);
    assert_eq!(out, "SIM-08: agreed in session s1; status adopt\n");
    db.ok(&[
        "resolve",
        &ws,
        "SIM-11",
        "--resolution",
        "agreed",
        "--status",
        "already-covered",
    ]);
    let out = db.ok(&[
        "resolve",
        &ws,
        "REG-01",
        "--resolution",
        "agreed-with-conditions",
        "--conditions",
        "Once the joint committee has met twice.",
    ]);
    assert_eq!(
        out,
        "REG-01: agreed-with-conditions in session s1; status adopt-modified\n"
    );
    let out = db.ok(&["resolve", &ws, "PAY-01", "--resolution", "divergent"]);
    assert_eq!(
        out,
        "PAY-01: divergent in session s1; status open; in the divergence register until settled\n"
    );

    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    let positions = sim08["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 2, "{positions:?}");
    for p in positions {
        for key in ["authority", "stance", "note", "at", "session"] {
            assert!(p.get(key).is_some(), "a position lacks {key}: {p}");
        }
        assert!(p["at"].as_str().unwrap().ends_with('Z'), "{p}");
        assert_eq!(p["session"], "s1");
    }
    assert_eq!(positions[0]["authority"], "LCA");
    assert_eq!(positions[0]["stance"], "support-with-changes");
    assert_eq!(positions[0]["note"], "Only within 24 hours.");
    assert_eq!(positions[1]["authority"], "CBL");
    assert_eq!(positions[1]["stance"], "support");
    assert_eq!(positions[1]["note"], Value::Null);

    let resolution = &sim08["resolution"];
    for key in ["resolution", "conditions", "at", "session"] {
        assert!(resolution.get(key).is_some(), "a resolution lacks {key}: {resolution}");
    }
    assert_eq!(resolution["resolution"], "agreed");
    assert_eq!(resolution["conditions"], Value::Null);
    assert_eq!(resolution["session"], "s1");
    assert_eq!(sim08["decision"]["status"], "adopt");
    assert_eq!(sim08["decision"]["updated_by"], "tester");
    assert_eq!(item(&show, "SIM-11")["decision"]["status"], "already-covered");
    let reg01 = item(&show, "REG-01");
    assert_eq!(reg01["decision"]["status"], "adopt-modified");
    assert_eq!(reg01["resolution"]["resolution"], "agreed-with-conditions");
    assert_eq!(
        reg01["resolution"]["conditions"],
        "Once the joint committee has met twice."
    );
    let pay01 = item(&show, "PAY-01");
    assert_eq!(pay01["decision"]["status"], "open");
    assert_eq!(pay01["resolution"]["resolution"], "divergent");
    assert_eq!(pay01["positions"], serde_json::json!([]));

    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let status = history
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["field"] == "status")
        .unwrap_or_else(|| panic!("the status change is in the history: {history}"));
    assert_eq!(
        (&status["old"], &status["new"]),
        (&Value::from("open"), &Value::from("adopt"))
    );
    let text = db.ok(&["workspace", "show", &ws]);
    assert!(
        text.contains("[agreed-with-conditions]") && text.contains("[divergent]"),
        "{text}"
    );
}

#[test]
fn a_divergence_is_settled_by_a_resolution_in_a_later_session() {
    let db = Db::new();
    let ws = db.lesotho();
    db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    let note = "Freezing wallets needs the issuers' view.";
    db.position(&ws, "SIM-08", "CBL", "needs-consultation", Some(note));
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    let show = db.show(&ws);
    assert_eq!(item(&show, "SIM-08")["decision"]["status"], "open");

    assert_eq!(db.session(&ws, "2025-06-06"), "s2");
    db.position(&ws, "SIM-08", "CBL", "support", Some("The issuers agree."));
    let out = db.ok(&[
        "resolve",
        &ws,
        "SIM-08",
        "--resolution",
        "agreed-with-conditions",
        "--conditions",
        "The freeze is lifted within 48 hours.",
    ]);
    assert_eq!(
        out,
        "SIM-08: agreed-with-conditions in session s2; status adopt-modified\n"
    );
    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    assert_eq!(sim08["decision"]["status"], "adopt-modified");
    assert_eq!(sim08["resolution"]["resolution"], "agreed-with-conditions");
    assert_eq!(sim08["resolution"]["session"], "s2");
    assert_eq!(
        sim08["resolution"]["conditions"],
        "The freeze is lifted within 48 hours."
    );
    let positions: Vec<(&str, &str, &str)> = sim08["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["session"].as_str().unwrap(),
                p["authority"].as_str().unwrap(),
                p["stance"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        positions,
        [
            ("s1", "LCA", "support"),
            ("s1", "CBL", "needs-consultation"),
            ("s2", "CBL", "support")
        ],
        "the first session's positions stay beside the second's"
    );
    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let resolutions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"].as_str().unwrap().starts_with("resolution"))
        .map(|h| h["new"].as_str().unwrap())
        .collect();
    assert_eq!(resolutions, ["divergent", "agreed-with-conditions"], "{history}");

    // The minutes of each day differ: the first records the divergence, the second the settlement.
    let dir = db.dir.path();
    for sid in ["s1", "s2"] {
        db.minutes(&ws, sid, "pdf", &dir.join(format!("{sid}.pdf")), Some("2025-06-07"));
    }
    assert_ne!(
        std::fs::read(dir.join("s1.pdf")).unwrap(),
        std::fs::read(dir.join("s2.pdf")).unwrap()
    );
}

#[test]
fn malformed_discussion_values_are_usage_errors_and_change_nothing() {
    let db = Db::new();
    let ws = db.lesotho();
    db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    let minutes = db.dir.path().join("minutes.pdf");
    let minutes_arg = minutes.to_str().unwrap();
    let session = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["session", "create", ws.as_str(), "--facilitator", "F"];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect()
    };
    let command = |extra: &[&str]| -> Vec<String> { on_workspace(&ws, extra).into_iter().map(String::from).collect() };
    let participant = "is not a participant; write NAME|ORG|CODE or NAME|ORG|CODE|ROLE";
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            command(&["position", "SIM-08", "--authority", "LCA", "--stance", "maybe"]),
            2,
            "unknown stance \"maybe\"; use one of: support, support-with-changes, oppose, needs-consultation, abstain",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "unanimous"]),
            2,
            "unknown resolution \"unanimous\"; use one of: agreed, agreed-with-conditions, divergent",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed", "--status", "maybe"]),
            2,
            "unknown status \"maybe\"",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed-with-conditions"]),
            2,
            "agreed-with-conditions needs the conditions",
        ),
        (
            command(&[
                "resolve",
                "SIM-08",
                "--resolution",
                "agreed-with-conditions",
                "--conditions",
                "   ",
            ]),
            2,
            "agreed-with-conditions needs the conditions",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "divergent", "--status", "adopt"]),
            2,
            "a divergent resolution leaves the decision open",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed", "--status", "open"]),
            2,
            "choose a status other than open",
        ),
        (
            command(&["action", "SIM-08", "--what", "W", "--owner", "O", "--due", "2025-02-30"]),
            2,
            "2025-02-30 is not a day of the calendar",
        ),
        (
            command(&["action", "SIM-08", "--what", "W", "--owner", "O", "--due", "20/06/2025"]),
            2,
            "write dates as YYYY-MM-DD",
        ),
        (
            session(&["--date", "2025-06-31"]),
            2,
            "2025-06-31 is not a day of the calendar",
        ),
        (session(&["--date", "5 June 2025"]), 2, "write dates as YYYY-MM-DD"),
        (
            session(&["--date", "2025-06-06", "--participant", "Palesa Mohapi|LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", "Palesa Mohapi||LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", "A|B|LCA|Role|Extra"]),
            2,
            participant,
        ),
        (
            // The escaped bar is part of the organisation, so only two fields remain.
            session(&["--date", "2025-06-06", "--participant", r"Palesa Mohapi|LCA \| LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", MPHO, "--participant", "nobody"]),
            2,
            "\"nobody\" is not a participant",
        ),
        (session(&[]), 2, "--date <DATE>"),
        (
            command(&["minutes", "s1", "--format", "odt", "--out", minutes_arg]),
            2,
            "unknown format \"odt\"; use one of: docx, pdf",
        ),
        (
            command(&[
                "minutes",
                "s1",
                "--format",
                "pdf",
                "--out",
                minutes_arg,
                "--date",
                "2025-13-01",
            ]),
            2,
            "not a day of the calendar",
        ),
        // Well-formed, but refused by the data: exit 1.
        (
            session(&["--date", "2025-06-06", "--participant", "A|B|RBM"]),
            1,
            "\"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        ),
        (
            ["session", "create", &ws, "--date", "2025-06-06", "--facilitator", " "]
                .map(String::from)
                .to_vec(),
            1,
            "facilitator must not be empty",
        ),
        (
            command(&["position", "SIM-08", "--authority", "RBM", "--stance", "support"]),
            1,
            "\"RBM\" is not an authority of this workspace",
        ),
        (
            command(&["position", "PAY-01", "--authority", "LCA", "--stance", "support"]),
            1,
            "PAY-01 is not selected in this workspace",
        ),
        (
            command(&["resolve", "PAY-99", "--resolution", "agreed"]),
            1,
            "unknown recommendation \"PAY-99\"",
        ),
        (
            command(&["action", "SIM-08", "--what", " ", "--owner", "O", "--due", "2025-06-20"]),
            1,
            "action must not be empty",
        ),
        (
            command(&["minutes", "s7", "--format", "pdf", "--out", minutes_arg]),
            1,
            "no discussion session \"s7\"",
        ),
    ];
    for (args, code, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        db.refused(&ws, &args, code, needle);
    }
    assert!(!minutes.exists(), "no refused minutes command wrote a file");
    assert_eq!(
        db.json(&["session", "list", &ws, "--json"]).as_array().unwrap().len(),
        1,
        "no refused session was created"
    );
}

#[test]
fn minutes_are_written_as_docx_or_pdf_and_repeat_byte_for_byte() {
    let db = Db::new();
    let ws = db.lesotho();
    let sid = db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    db.position(&ws, "SIM-08", "CBL", "oppose", None);
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    db.ok(&[
        "action",
        &ws,
        "SIM-08",
        "--what",
        "Refer to the joint committee",
        "--owner",
        "LCA Legal",
        "--due",
        "2025-07-31",
    ]);
    let dir = db.dir.path();
    let write = |name: &str, format: &str, date: Option<&str>| -> Vec<u8> {
        let out = dir.join(name);
        let printed = db.minutes(&ws, &sid, format, &out, date);
        assert!(
            printed.starts_with(&format!("wrote {}", out.display())) && printed.ends_with(" KB)\n"),
            "{printed}"
        );
        std::fs::read(&out).unwrap()
    };
    let pdf = write("a.pdf", "pdf", Some("2025-06-06"));
    assert!(pdf.starts_with(b"%PDF-"), "a PDF is written");
    assert_eq!(
        write("b.pdf", "pdf", Some("2025-06-06")),
        pdf,
        "the same session and --date give identical bytes"
    );
    assert_ne!(
        write("c.pdf", "pdf", Some("2025-06-30")),
        pdf,
        "the date is printed in the minutes"
    );
    let docx = write("a.docx", "docx", Some("2025-06-06"));
    assert!(docx.starts_with(b"PK"), "a DOCX is a zip file");
    assert_eq!(write("b.docx", "DOCX", Some("2025-06-06")), docx);
    assert!(
        write("today.pdf", "pdf", None).starts_with(b"%PDF-"),
        "--date defaults to today"
    );
    // The session id is read case-insensitively, like other ids.
    let upper = dir.join("upper.pdf");
    db.minutes(&ws, "S1", "pdf", &upper, Some("2025-06-06"));
    assert_eq!(std::fs::read(&upper).unwrap(), pdf);

    db.cannot_write(&["minutes", &ws, &sid, "--format", "pdf"], "minutes.pdf");
}

#[test]
fn anonymising_removes_participant_names_and_keeps_the_record() {
    let db = Db::new();
    let ws = db.lesotho();
    db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "CBL", "oppose", Some("Not our mandate."));
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    db.session(&ws, "2025-06-06");
    db.ok(&[
        "resolve",
        &ws,
        "SIM-08",
        "--resolution",
        "agreed",
        "--status",
        "adopt-modified",
    ]);
    let before = db.show(&ws);
    let text = before.to_string();
    assert!(text.contains("Palesa Mohapi") && text.contains("Mpho Ramakatsa"));

    let out = db.ok(&["session", "anonymise", &ws]);
    assert!(
        out.starts_with("6 names removed: participants are now named by their organisation"),
        "{out}"
    );
    let after = db.show(&ws);
    for shown in [
        after.to_string(),
        db.ok(&["session", "list", &ws, "--json"]),
        db.ok(&["session", "list", &ws]),
        db.ok(&["workspace", "show", &ws]),
        db.ok(&["history", &ws, "--json"]),
    ] {
        for name in ["Palesa", "Mohapi", "Mpho", "Ramakatsa"] {
            assert!(!shown.contains(name), "{name} is still shown: {shown}");
        }
    }
    let sessions = after["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    for session in sessions {
        let participants = session["participants"].as_array().unwrap();
        assert_eq!(participants.len(), 2, "the participants stay, without names");
        assert_eq!(keys(&participants[0]), ["authority", "name", "organisation", "role"]);
        assert_eq!(participants[0]["name"], "Lesotho Communications Authority | Licensing");
        assert_eq!(participants[0]["authority"], "LCA");
        assert_eq!(participants[0]["role"], "Director, Licensing");
        assert_eq!(participants[1]["name"], "Central Bank of Lesotho");
    }
    let (was, now) = (item(&before, "SIM-08"), item(&after, "SIM-08"));
    assert_eq!(now["positions"], was["positions"], "positions stay");
    assert_eq!(now["resolution"], was["resolution"], "resolutions stay");
    assert_eq!(now["decision"], was["decision"], "the decision stays");
    assert_eq!(now["resolution"]["session"], "s2");

    let printed = db.minutes(&ws, "s1", "pdf", &db.dir.path().join("minutes.pdf"), Some("2025-06-06"));
    assert!(printed.starts_with("wrote "), "anonymised minutes are still written");
}

// ---- Contract §6: the gap-analysis survey and the completeness check -------------------------

/// The survey's columns, in the contract's order.
const SURVEY_HEADERS: [&str; 8] = [
    "item_id",
    "item_title",
    "authority",
    "status",
    "instrument",
    "evidence",
    "gap",
    "comment",
];

impl Db {
    /// A path in the scratch folder, as an argument.
    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).to_str().unwrap().to_string()
    }

    /// Writes a file into the scratch folder and returns its path.
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Exports the draft as PDF on `date` and returns its text as pdftotext reads it.
    fn draft_text(&self, ws: &str, date: &str) -> String {
        let pdf = self.path(&format!("draft-{date}.pdf"));
        self.ok(&["export", ws, "--format", "pdf", "--out", &pdf, "--date", date]);
        pdf_text(std::path::Path::new(&pdf))
    }

    /// One item's baseline answers as `workspace show --json` prints them.
    fn baseline(&self, ws: &str, id: &str) -> Vec<Value> {
        item(&self.show(ws), id)["baseline"].as_array().unwrap().clone()
    }
}

/// The text of a PDF as poppler's pdftotext reads it, white space folded so wrapped lines match.
fn pdf_text(pdf: &std::path::Path) -> String {
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v pdftotext"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "pdftotext is missing: run scripts/install-deps.sh (it installs poppler-utils)"
    );
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first worksheet's rows as a spreadsheet program shows them.
fn xlsx_rows(path: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    calamine::Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// Writes rows of text into a new workbook, as a script filling the survey would.
fn write_xlsx(path: &str, rows: &[Vec<String>]) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            sheet.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    workbook.save(path).unwrap();
}

/// The answers of a baseline without who recorded them and when (the contract's keys).
fn answers(baseline: &[Value]) -> Vec<Value> {
    baseline
        .iter()
        .map(|b| {
            let keys = ["authority", "status", "instrument", "evidence", "gap", "comment"];
            for key in keys {
                assert!(b.get(key).is_some(), "a baseline entry lacks {key}: {b}");
            }
            keys.iter().map(|k| ((*k).to_string(), b[*k].clone())).collect()
        })
        .collect()
}

#[test]
fn survey_template_writes_one_row_per_item_and_authority_as_csv_or_xlsx() {
    let db = Db::new();
    let ws = db.lesotho();
    let show = db.json(&["workspace", "show", &ws, "--json"]);
    let expected: Vec<Vec<String>> = show["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| {
            ["LCA", "CBL"].map(|a| {
                let mut row = vec![
                    i["id"].as_str().unwrap().to_string(),
                    i["title"].as_str().unwrap().to_string(),
                ];
                row.push(a.to_string());
                row.extend(std::iter::repeat_n(String::new(), 5));
                row
            })
        })
        .collect();
    assert_eq!(expected.len(), 6, "three items, two authorities");

    let csv = db.path("survey.csv");
    assert_eq!(
        db.ok(&["survey", "template", &ws, "--out", &csv]),
        format!("wrote {csv}\n")
    );
    let bytes = std::fs::read(&csv).unwrap();
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a UTF-8 BOM")).unwrap();
    assert!(
        text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF line ends"
    );
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(lines[0], SURVEY_HEADERS.join(","), "the contract's headers, in order");
    // These titles need no quoting, so each row is its fields joined by commas.
    assert!(expected.iter().all(|r| !r[1].contains([',', '"'])));
    let rows: Vec<String> = expected.iter().map(|r| r.join(",")).collect();
    assert_eq!(lines[1..], rows);

    let xlsx = db.path("survey.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &xlsx]);
    let sheet = xlsx_rows(&xlsx);
    assert_eq!(sheet[0], SURVEY_HEADERS);
    assert_eq!(sheet[1..], expected, "the workbook has the CSV's rows");
    let names = calamine::Reader::sheet_names(&calamine::open_workbook::<calamine::Xlsx<_>, _>(&xlsx).unwrap());
    assert_eq!(names, ["Survey", "How to fill in"]);

    // --all: the whole catalog, in catalog order, one row per authority.
    let catalog = db.json(&["catalog", "list", "--json"]);
    let ids: Vec<&str> = catalog
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let all = db.path("all.CSV");
    db.ok(&["survey", "template", &ws, "--out", &all, "--all"]);
    let bytes = std::fs::read(&all).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "an upper-case .CSV is a CSV");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(
        lines.len(),
        1 + ids.len() * 2,
        "{} catalog items × 2 authorities",
        ids.len()
    );
    for (n, line) in lines[1..].iter().enumerate() {
        let (id, authority) = (ids[n / 2], ["LCA", "CBL"][n % 2]);
        assert!(
            line.starts_with(&format!("{id},")) && line.ends_with(&format!(",{authority},,,,,")),
            "row {}: {line}",
            n + 2
        );
    }
    let all_xlsx = db.path("all.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &all_xlsx, "--all"]);
    assert_eq!(xlsx_rows(&all_xlsx).len(), lines.len());

    // An answer to an item not (yet) selected is kept, and shows once it is selected.
    let filled = db.file("tel.csv", "item_id,authority,status\nTEL-01,CBL,planned\n");
    db.ok(&["survey", "import", &ws, &filled]);
    db.ok(&["select", &ws, "TEL-01"]);
    assert_eq!(db.baseline(&ws, "TEL-01")[0]["status"], "planned");

    // The format comes from the extension; anything else is refused and nothing is written.
    for name in ["survey.ods", "survey"] {
        let out = db.path(name);
        db.refused(
            &ws,
            &["survey", "template", &ws, "--out", &out],
            2,
            "a survey is an .xlsx or a .csv file; name the file with one of these extensions",
        );
        assert!(!std::path::Path::new(&out).exists(), "{name} was written");
    }
    let out = db.path("other.csv");
    db.refused(
        &ws,
        &["survey", "template", "Atlantis", "--out", &out],
        1,
        "no workspace with id or name \"Atlantis\"",
    );
    assert!(!std::path::Path::new(&out).exists());
}

#[test]
fn a_filled_xlsx_survey_becomes_the_baseline_in_the_workspace_and_the_draft() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt",
        "--lead",
        "LCA",
        "--priority",
        "high",
        "--due",
        "2026-03-31",
    ]);
    let before = db.draft_text(&ws, "2025-06-06");
    assert!(
        before.contains("Annex F — Gap analysis and implementation roadmap")
            && before.contains("No gap-analysis survey has been imported"),
        "without a survey the annex says so"
    );

    let template = db.path("survey.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &template]);
    let mut rows = xlsx_rows(&template);
    for row in &mut rows[1..] {
        let answer: [&str; 5] = match (row[0].as_str(), row[2].as_str()) {
            ("SIM-08", "LCA") => [
                "Partially implemented",
                "Licence condition",
                "Licence condition 9",
                "No wallet freeze on recycled numbers",
                "",
            ],
            ("SIM-08", "CBL") => ["not implemented", "none", "", "No rule yet", ""],
            ("SIM-11", _) => [
                "implemented",
                "regulation",
                "SIM Registration Regulations 2021, s. 12",
                "",
                "",
            ],
            _ => ["unknown", "", "", "", "To confirm with legal"],
        };
        row.splice(3.., answer.map(String::from));
    }
    let filled = db.path("filled.xlsx");
    write_xlsx(&filled, &rows);
    let printed = db.ok(&["survey", "import", &ws, &filled]);
    assert!(
        printed.contains("  SIM-08  LCA    no answer -> partially-implemented\n"),
        "{printed}"
    );
    assert!(
        printed.ends_with("6 rows read: 6 answers changed, 0 unchanged\n"),
        "{printed}"
    );

    assert_eq!(
        answers(&db.baseline(&ws, "SIM-08")),
        [
            serde_json::json!({"authority": "LCA", "status": "partially-implemented", "instrument": "licence-condition",
                "evidence": "Licence condition 9", "gap": "No wallet freeze on recycled numbers", "comment": null}),
            serde_json::json!({"authority": "CBL", "status": "not-implemented", "instrument": "none",
                "evidence": null, "gap": "No rule yet", "comment": null}),
        ]
    );
    let reg = db.baseline(&ws, "REG-01");
    assert_eq!(reg[1]["comment"], "To confirm with legal");
    assert_eq!(reg[1]["by"], "tester", "--by says who imported the answers");

    let draft = db.draft_text(&ws, "2025-06-06");
    assert!(
        draft.contains("Annex F — Gap analysis and implementation roadmap"),
        "{draft}"
    );
    assert!(!draft.contains("No gap-analysis survey has been imported"));
    // The summary counts, per group and authority: implemented, partly, planned, not, N/A-unknown.
    assert!(draft.contains("SIM life cycle LCA 1 1 0 0 0"), "{draft}");
    assert!(draft.contains("SIM life cycle CBL 1 0 0 1 0"), "{draft}");
    // The roadmap says where the adopted SIM-08 stands today, and what each authority lacks.
    assert!(
        draft.contains("2026 Q1 High SIM-08") && draft.contains(
                "LCA: Partially implemented (gap: No wallet freeze on recycled numbers); CBL: Not implemented (gap: No rule yet)"
            ),
        "{draft}"
    );
}

#[test]
fn a_csv_as_people_write_it_imports_and_a_corrected_file_replaces_the_answers() {
    let db = Db::new();
    let ws = db.lesotho();
    // Semicolons, a BOM, CRLF, headers in mixed case with spaces and in another order, a quoted
    // field with a line break, French status words, and trailing empty rows.
    let messy = db.file(
        "from-excel.csv",
        "\u{feff} Item_ID ;Status; AUTHORITY ;Instrument;Evidence ; Gap;COMMENT\r\n\
         SIM-08;Mis en œuvre;lca;Law;\"Communications Act 2012;\r\ns. 44\";;\r\n\
         SIM-08;partiellement mis en œuvre;CBL;;;Lockout missing;\r\n\
         REG-01;Non mis en œuvre;LCA;;;;Ask the ministry\r\n\
         ;;;;;;\r\n;;;;;;\r\n",
    );
    let before = db.snapshot(&ws);
    let dry = db.ok(&["survey", "import", &ws, &messy, "--dry-run"]);
    assert_eq!(
        dry,
        "  SIM-08  LCA    no answer -> implemented\n  SIM-08  CBL    no answer -> partially-implemented\n  \
         REG-01  LCA    no answer -> not-implemented\n\
         3 rows read: 3 answers would change, 0 unchanged (dry run: nothing was written)\n"
    );
    assert_eq!(db.snapshot(&ws), before, "a dry run changes nothing");

    let printed = db.ok(&["survey", "import", &ws, &messy]);
    assert!(
        printed.ends_with("3 rows read: 3 answers changed, 0 unchanged\n"),
        "{printed}"
    );
    assert_eq!(
        answers(&db.baseline(&ws, "SIM-08")),
        [
            serde_json::json!({"authority": "LCA", "status": "implemented", "instrument": "law",
                "evidence": "Communications Act 2012;\ns. 44", "gap": null, "comment": null}),
            serde_json::json!({"authority": "CBL", "status": "partially-implemented", "instrument": null,
                "evidence": null, "gap": "Lockout missing", "comment": null}),
        ]
    );
    assert_eq!(db.baseline(&ws, "REG-01")[0]["comment"], "Ask the ministry");

    // The same file again changes nothing and adds nothing to the history.
    let history = db.ok(&["history", &ws, "--json"]);
    assert!(
        db.ok(&["survey", "import", &ws, &messy])
            .ends_with("3 rows read: 0 answers changed, 3 unchanged\n")
    );
    assert_eq!(db.ok(&["history", &ws, "--json"]), history);

    // LCA corrects its SIM-08 answer: a dry run shows the change, the import makes it.
    let corrected = db.file(
        "corrected.csv",
        "item_id,item_title,authority,status,instrument,evidence,gap,comment\r\n\
         SIM-08,,LCA,Partially implemented,law,Communications Act 2012,Wallet freeze missing,\r\n",
    );
    let before = db.snapshot(&ws);
    let dry = db.ok(&["survey", "import", &ws, &corrected, "--dry-run"]);
    assert!(
        dry.starts_with("  SIM-08  LCA    implemented -> partially-implemented\n"),
        "{dry}"
    );
    assert!(
        dry.ends_with("1 row read: 1 answer would change, 0 unchanged (dry run: nothing was written)\n"),
        "{dry}"
    );
    assert_eq!(db.snapshot(&ws), before, "a dry run changes nothing");
    db.ok(&["survey", "import", &ws, &corrected]);
    let sim08 = answers(&db.baseline(&ws, "SIM-08"));
    assert_eq!(sim08.len(), 2, "replaced, not added: {sim08:?}");
    assert_eq!(
        sim08[0],
        serde_json::json!({"authority": "LCA", "status": "partially-implemented", "instrument": "law",
            "evidence": "Communications Act 2012", "gap": "Wallet freeze missing", "comment": null})
    );
    assert_eq!(
        sim08[1]["status"], "partially-implemented",
        "CBL's answer is not touched"
    );

    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let lca: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"] == "baseline LCA")
        .collect();
    assert_eq!(lca.len(), 2, "both answers are in the history: {lca:?}");
    assert_eq!(lca[0]["old"], Value::Null);
    assert_eq!(lca[1]["old"], lca[0]["new"], "the replaced answer stays in the history");
    assert!(
        lca[1]["old"].as_str().unwrap().starts_with("implemented; law"),
        "{}",
        lca[1]["old"]
    );
    assert!(
        lca[1]["new"]
            .as_str()
            .unwrap()
            .starts_with("partially-implemented; law"),
        "{}",
        lca[1]["new"]
    );
    assert_eq!(lca[1]["by"], "tester");
}

#[test]
fn survey_import_for_one_authority_fills_its_column_and_leaves_the_others_rows_out() {
    let db = Db::new();
    let ws = db.lesotho();
    // CBL's own copy, without an authority column at all.
    let cbl = db.file("cbl.csv", "item_id,status\r\nSIM-08,planned\r\nSIM-11,implemented\r\n");
    db.refused(
        &ws,
        &["survey", "import", &ws, &cbl],
        1,
        "error: line 1, column — (authority): the header row has no \"authority\" column",
    );
    let printed = db.ok(&["survey", "import", &ws, &cbl, "--authority", "cbl"]);
    assert!(
        printed.ends_with("2 rows read: 2 answers changed, 0 unchanged\n"),
        "{printed}"
    );
    assert_eq!(db.baseline(&ws, "SIM-08")[0]["authority"], "CBL");
    assert_eq!(db.baseline(&ws, "SIM-11")[0]["status"], "implemented");

    // A shared file: empty authority cells are LCA's here; CBL's rows are left out.
    let shared = db.file(
        "shared.csv",
        "item_id,authority,status\nREG-01,,implemented\nSIM-08,lca,not implemented\nSIM-08,CBL,unknown\n",
    );
    db.refused(
        &ws,
        &["survey", "import", &ws, &shared],
        1,
        "error: line 2, column B (authority): empty; write the authority's code (LCA, CBL)",
    );
    let printed = db.ok(&["survey", "import", &ws, &shared, "--authority", "LCA"]);
    assert!(
        printed.ends_with("3 rows read: 2 answers changed, 0 unchanged, 1 row of other authorities left out\n"),
        "{printed}"
    );
    assert_eq!(db.baseline(&ws, "REG-01")[0]["authority"], "LCA");
    let sim08 = answers(&db.baseline(&ws, "SIM-08"));
    assert_eq!(
        sim08
            .iter()
            .map(|a| (a["authority"].as_str().unwrap(), a["status"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        [("LCA", "not-implemented"), ("CBL", "planned")],
        "CBL's earlier answer stays, its row in the shared file is left out"
    );

    db.refused(
        &ws,
        &["survey", "import", &ws, &shared, "--authority", "RBM"],
        1,
        "error: \"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
    );
}

#[test]
fn every_kind_of_bad_survey_row_is_named_by_line_and_column_and_nothing_is_imported() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "survey",
        "import",
        &ws,
        &db.file("first.csv", "item_id,authority,status\nSIM-08,LCA,planned\n"),
    ]);
    let header = SURVEY_HEADERS.join(",");
    let good = "SIM-08,,CBL,implemented,law,,,";
    // Each file has one good row first: a bad row anywhere refuses the whole file.
    let cases = [
        (
            "REG-01,,LCA,planned,,,,\nXYZ-99,,CBL,planned,,,,",
            "error: line 4, column A (item_id): unknown recommendation \"XYZ-99\"; ids look like SIM-08",
        ),
        (
            "REG-01,,RBM,planned,,,,",
            "error: line 3, column C (authority): \"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        ),
        (
            "REG-01,,LCA,,,,,",
            "error: line 3, column D (status): empty; use one of: implemented, partially-implemented, planned, \
             not-implemented, not-applicable, unknown",
        ),
        (
            "REG-01,,LCA,done,,,,",
            "error: line 3, column D (status): unknown survey status \"done\"; use one of: implemented,",
        ),
        (
            "REG-01,,LCA,planned,decree,,,",
            "error: line 3, column E (instrument): unknown instrument \"decree\"; use one of: law, regulation, \
             directive, guideline, licence-condition, mou, none",
        ),
        (
            "REG-01,,LCA,planned,,,,\nsim-08,,cbl,planned,,,,",
            "error: line 4, column A (item_id): SIM-08 for CBL is answered twice (also on line 2); keep one row",
        ),
        (
            ",,LCA,planned,,,,",
            "error: line 3, column A (item_id): empty; write the recommendation's id, e.g. SIM-08",
        ),
    ];
    for (n, (rows, needle)) in cases.iter().enumerate() {
        let file = db.file(&format!("bad{n}.csv"), format!("{header}\n{good}\n{rows}\n"));
        db.refused(&ws, &["survey", "import", &ws, &file], 1, needle);
        if n == 0 {
            // A dry run reports the same problems, and fails the same way.
            db.refused(&ws, &["survey", "import", &ws, &file, "--dry-run"], 1, needle);
        }
    }
    let no_status = db.file("no-status.csv", "item_id,authority,evidence\nSIM-08,CBL,Act\n");
    db.refused(
        &ws,
        &["survey", "import", &ws, &no_status],
        1,
        "error: line 1, column — (status): the header row has no \"status\" column; the survey's columns are: \
         item_id, item_title, authority, status, instrument, evidence, gap, comment",
    );

    // All problems at once: one stderr line each, in line order, after a line saying nothing was
    // imported; the good rows around them are not imported either.
    let rows = [
        "SIM-08,,CBL,implemented,law,,,",
        "XYZ-99,,CBL,planned,,,,",
        "REG-01,,RBM,planned,,,,",
        "REG-01,,LCA,,,,,",
        "REG-01,,CBL,done,,,,",
        "SIM-11,,LCA,planned,decree,,,",
        "sim-08,,cbl,planned,,,,",
        ",,LCA,planned,,,,",
        "SIM-11,,CBL,planned,,,,",
    ];
    let file = db.file("all-bad.csv", format!("{header}\r\n{}\r\n", rows.join("\r\n")));
    let before = db.snapshot(&ws);
    let out = db.run(&["survey", "import", &ws, &file]);
    assert_eq!((out.code, out.stdout.as_str()), (1, ""));
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(
        lines[0],
        "error: nothing was imported: 7 problems in the survey; correct them and import again:"
    );
    let places: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.strip_prefix("error: line ").unwrap().split(" (").next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "3, column A",
            "4, column C",
            "5, column D",
            "6, column D",
            "7, column E",
            "8, column A",
            "9, column A"
        ],
        "{}",
        out.stderr
    );
    assert_eq!(db.snapshot(&ws), before);

    // In a workbook, the line is the spreadsheet's row number, empty rows included.
    let mut rows = vec![SURVEY_HEADERS.map(String::from).to_vec(), vec![String::new(); 8]];
    for line in ["SIM-08,,CBL,implemented,,,,", "REG-01,,LCA,Fait,,,,"] {
        rows.push(line.split(',').map(String::from).collect());
    }
    let xlsx = db.path("bad.xlsx");
    write_xlsx(&xlsx, &rows);
    db.refused(
        &ws,
        &["survey", "import", &ws, &xlsx],
        1,
        "error: line 4, column D (status): unknown survey status \"Fait\"",
    );

    // Files that cannot be read as a survey at all.
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("survey.ods", "item_id,authority,status\n"),
        ],
        2,
        "survey.ods: a survey is an .xlsx or a .csv file",
    );
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("fake.xlsx", "item_id,authority,status\n"),
        ],
        1,
        "error: the survey cannot be read: the file is not an XLSX workbook",
    );
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("latin1.csv", b"item_id,authority,status,gap\nSIM-08,CBL,pr\xe9vu,\n"),
        ],
        1,
        "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"",
    );
    db.refused(
        &ws,
        &["survey", "import", &ws, &db.path("missing.csv")],
        1,
        "missing.csv cannot be read",
    );
    assert_eq!(db.baseline(&ws, "SIM-08").len(), 1, "only the first import's answer");
}

#[test]
fn check_exits_3_with_findings_until_the_draft_is_complete() {
    let db = Db::new();
    let ws = db.lesotho();
    let check = |args: &[&str]| {
        let mut full = vec!["check", ws.as_str()];
        full.extend(args);
        db.run(&full)
    };
    let out = check(&["--json", "--date", "2025-06-06"]);
    assert_eq!(out.code, 3, "findings: {}", out.stderr);
    let findings: Value = serde_json::from_str(&out.stdout).unwrap();
    let findings = findings.as_array().unwrap();
    for f in findings {
        assert_eq!(keys(f), ["item", "kind", "message"]);
    }
    let kinds: Vec<(&str, Option<&str>)> = findings
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["item"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("open-item", Some("REG-01")),
            ("open-item", Some("SIM-08")),
            ("open-item", Some("SIM-11")),
            ("missing-property", None),
            ("missing-property", None),
            ("missing-property", None),
            ("missing-property", None),
        ]
    );
    assert!(
        findings[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("SIM-08: still open; decide it")
    );

    let text = check(&["--date", "2025-06-06"]);
    assert_eq!(text.code, 3);
    assert!(
        text.stdout.starts_with("open-item              REG-01: still open;"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .ends_with("7 findings; the exported draft is marked \"DRAFT — INCOMPLETE\" until they are resolved\n"),
        "{}",
        text.stdout
    );

    // Half decided: each decision brings its own findings.
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt-modified",
        "--due",
        "2026-03-31",
    ]);
    db.ok(&["decide", &ws, "SIM-11", "--status", "deferred"]);
    db.ok(&[
        "decide",
        &ws,
        "REG-01",
        "--status",
        "adopt",
        "--lead",
        "CBL",
        "--priority",
        "low",
        "--due",
        "2027-12-31",
    ]);
    let out = check(&["--json", "--date", "2025-06-06"]);
    assert_eq!(out.code, 3);
    let findings: Value = serde_json::from_str(&out.stdout).unwrap();
    let kinds: Vec<(&str, Option<&str>)> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] != "missing-property")
        .map(|f| (f["kind"].as_str().unwrap(), f["item"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("missing-wording", Some("SIM-08")),
            ("missing-lead", Some("SIM-08")),
            ("missing-priority", Some("SIM-08")),
            ("missing-rationale", Some("SIM-11")),
        ]
    );
    let draft = db.draft_text(&ws, "2025-06-06");
    assert!(
        draft.contains("DRAFT — INCOMPLETE"),
        "the draft is marked while findings remain"
    );
    assert!(
        draft.contains("Completeness findings") && draft.contains("SIM-11: deferred without a rationale; say why"),
        "{draft}"
    );

    // Fix everything.
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--wording",
        "Operators shall notify DFS providers of recycled numbers.",
        "--lead",
        "LCA",
        "--support",
        "CBL",
        "--priority",
        "high",
    ]);
    db.ok(&[
        "decide",
        &ws,
        "SIM-11",
        "--rationale",
        "Awaits the national SIM registry.",
    ]);
    db.ok(&[
        "workspace",
        "set",
        &ws,
        "--doc-version",
        "0.3",
        "--reference",
        "LCA/CBL/2025/1",
        "--prepared-by",
        "Secretariat",
        "--event",
        "DFS security clinic",
    ]);
    let clean = check(&["--date", "2026-03-31"]);
    assert_eq!(clean.code, 0, "{}{}", clean.stdout, clean.stderr);
    assert_eq!(clean.stdout, "complete: no findings\n");
    let clean = check(&["--json", "--date", "2026-03-31"]);
    assert_eq!((clean.code, clean.stdout.trim()), (0, "[]"));
    let draft = db.draft_text(&ws, "2026-03-31");
    assert!(
        !draft.contains("INCOMPLETE") && !draft.contains("Completeness findings"),
        "a complete draft carries neither the marking nor the annex"
    );

    // A target date is past when it is before the document date, not on it.
    let late = check(&["--json", "--date", "2026-04-01"]);
    assert_eq!(late.code, 3);
    let findings: Value = serde_json::from_str(&late.stdout).unwrap();
    assert_eq!(
        findings,
        serde_json::json!([{"kind": "past-due", "item": "SIM-08",
            "message": "SIM-08: target date 2026-03-31 is before the document date 2026-04-01; move it later"}])
    );
    let draft = db.draft_text(&ws, "2026-04-01");
    assert!(
        draft.contains("DRAFT — INCOMPLETE") && draft.contains("target date 2026-03-31 is before the document date"),
        "the export checks against its own date"
    );

    // Errors: an unknown workspace is an error, a malformed date a usage error.
    db.refused(
        &ws,
        &["check", "Atlantis"],
        1,
        "error: no workspace with id or name \"Atlantis\"",
    );
    db.refused(
        &ws,
        &["check", &ws, "--date", "2026-02-30"],
        2,
        "2026-02-30 is not a day of the calendar",
    );
    db.refused(
        &ws,
        &["check", &ws, "--json", "--date", "31/03/2026"],
        2,
        "write dates as YYYY-MM-DD",
    );
}
