//! Contract §10, the document language: `workspace create/set --language`, the French
//! templates' counterparts, `catalog --lang fr` and its accent-blind search, the French demo, and
//! a French workspace that stays French on the laptop it is sent to.

use std::path::Path;

use serde_json::Value;

use crate::common::Db;

fn abidjan(db: &Db, extra: &[&str]) -> String {
    let mut args = vec![
        "workspace",
        "create",
        "Abidjan 2025",
        "--jurisdiction",
        "Côte d’Ivoire",
        "--authority",
        "ARTCI=Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire",
        "--authority",
        "BCEAO=Banque Centrale des États de l’Afrique de l’Ouest",
    ];
    args.extend(extra);
    db.ok(&args).trim().to_string()
}

fn language_and_template(show: &Value) -> (&str, &str) {
    (show["language"].as_str().unwrap(), show["template"].as_str().unwrap())
}

#[test]
fn a_french_workspace_gets_the_french_template_and_switching_language_switches_it() {
    let db = Db::new();
    let ws = abidjan(&db, &["--language", "fr"]);
    assert_eq!(language_and_template(&db.show(&ws)), ("fr", "directive-conjointe"));
    db.ok(&["workspace", "set", &ws, "--language", "en"]);
    assert_eq!(language_and_template(&db.show(&ws)), ("en", "joint-directive"));
    db.ok(&["workspace", "set", &ws, "--template", "guideline"]);
    db.ok(&["workspace", "set", &ws, "--language", "fr"]);
    assert_eq!(language_and_template(&db.show(&ws)), ("fr", "ligne-directrice"));
    let history = db.json(&["history", &ws, "--json"]);
    let changes: Vec<(&str, &str)> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"] == "language")
        .map(|h| (h["old"].as_str().unwrap_or("—"), h["new"].as_str().unwrap()))
        .collect();
    assert_eq!(changes, [("—", "fr"), ("fr", "en"), ("en", "fr")]);

    let english = Db::new();
    let ws = english.lesotho();
    assert_eq!(language_and_template(&english.show(&ws)), ("en", "joint-directive"));
}

#[test]
fn a_template_in_the_other_language_is_refused_with_exit_2_naming_its_counterpart() {
    let db = Db::new();
    let ws = abidjan(&db, &["--language", "fr"]);
    db.refused(
        &ws,
        &["workspace", "set", &ws, "--template", "guideline"],
        2,
        "ligne-directrice",
    );
    db.refused(&ws, &["workspace", "set", &ws, "--language", "de"], 2, "en, fr");
    let out = db.run(&[
        "workspace",
        "create",
        "Dakar",
        "--jurisdiction",
        "Sénégal",
        "--authority",
        "ARTP=ARTP",
        "--language",
        "fr",
        "--template",
        "joint-directive",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("directive-conjointe"), "{}", out.stderr);
    assert_eq!(db.json(&["workspace", "list", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn the_catalog_prints_french_and_is_searched_in_either_language_without_accents() {
    let db = Db::new();
    let show = db.json(&["catalog", "show", "SIM-08", "--lang", "fr", "--json"]);
    let english = db.json(&["catalog", "show", "SIM-08", "--json"]);
    assert_ne!(show["title"], english["title"]);
    assert_eq!(show["id"], "SIM-08", "codes and keys stay");
    assert_eq!(show["group"], english["group"]);
    let french_title = show["title"].as_str().unwrap().to_string();
    let listed = db.ok(&["catalog", "list", "--lang", "fr", "--group", "SIM"]);
    assert!(listed.contains(&french_title), "{listed}");

    let unaccented = db.json(&["catalog", "list", "--search", "securite", "--json"]);
    let accented = db.json(&["catalog", "list", "--search", "sécurité", "--json"]);
    assert!(!unaccented.as_array().unwrap().is_empty());
    assert_eq!(unaccented, accented);
    assert!(
        !db.json(&["catalog", "list", "--search", "SIM swap", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    // The language can come from the environment too.
    let out = assert_cmd::Command::cargo_bin("dfs-adopt")
        .unwrap()
        .env("DFS_ADOPT_LANG", "fr")
        .args(["--db", &db.path("test.sqlite3"), "catalog", "show", "SIM-08", "--json"])
        .output()
        .unwrap();
    let from_env: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(from_env["title"].as_str(), Some(french_title.as_str()));
}

#[test]
fn the_french_demo_writes_a_french_draft() {
    let db = Db::new();
    let out = db.path("demo-fr");
    db.ok(&["demo", "--out", &out, "--language", "fr"]);
    let pdf = Path::new(&out).join("draft.pdf");
    assert!(Path::new(&out).join("draft.docx").is_file());
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    for french in ["Côte d’Ivoire", "ARTCI", "BCEAO", "Abidjan", "18 juin 2025"] {
        assert!(text.contains(french), "{french} missing from the French demo draft");
    }
    for english in ["Lesotho", "Online", "Central Bank"] {
        assert!(!text.contains(english), "{english} in the French demo draft");
    }
}

/// A database with its device named, as in the sync tests.
fn on(db: &Db, device: &str, args: &[&str]) -> String {
    let mut all = vec!["--device", device];
    all.extend(args);
    db.ok(&all)
}

fn send(from: &Db, device: &str, to: &Db, ws: &str, name: &str) -> Value {
    let file = from.path(name);
    on(from, device, &["sync", "export", ws, "--out", &file]);
    serde_json::from_str(&on(to, "other", &["sync", "import", &file, "--json"])).unwrap()
}

#[test]
fn a_french_workspace_sent_to_another_laptop_stays_french_and_a_switch_comes_back() {
    let a = Db::new();
    let b = Db::new();
    let ws = abidjan(&a, &["--language", "fr"]);
    on(&a, "ARTCI laptop", &["select", &ws, "SIM-08", "PAY-01"]);
    let import = send(&a, "ARTCI laptop", &b, &ws, "a.dfs-sync");
    assert_eq!(import["created"], true);
    let there = b.show(&ws);
    assert_eq!(language_and_template(&there), ("fr", "directive-conjointe"));
    let here = a.show(&ws);
    for (mine, theirs) in here["items"]
        .as_array()
        .unwrap()
        .iter()
        .zip(there["items"].as_array().unwrap())
    {
        assert_eq!(mine["title_fr"], theirs["title_fr"], "the French text frozen there too");
        assert!(theirs["title_fr"].is_string());
    }

    on(&b, "BCEAO laptop", &["workspace", "set", &ws, "--language", "en"]);
    let back = send(&b, "BCEAO laptop", &a, &ws, "b.dfs-sync");
    assert_eq!(back["created"], false);
    assert_eq!(back["conflicts"], 0);
    assert_eq!(language_and_template(&a.show(&ws)), ("en", "joint-directive"));
    let lines: Vec<Value> = a
        .json(&["history", &ws, "--json"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"] == "language")
        .cloned()
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "created French here, switched to English there: {lines:?}"
    );
    assert_eq!(lines[1]["device"], "BCEAO laptop");
}

#[test]
fn a_bundle_from_before_the_workspace_language_arrives_english() {
    // A database of schema 9 (before languages): its stored document has no language.
    let old = Db::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-9.db");
    std::fs::copy(&fixture, old.dir.path().join("test.sqlite3")).unwrap();
    let list = old.json(&["workspace", "list", "--json"]);
    let ws = list[0]["id"].as_str().unwrap().to_string();
    let fresh = Db::new();
    let import = send(&old, "old laptop", &fresh, &ws, "old.dfs-sync");
    assert_eq!(import["created"], true);
    let show = fresh.show(&ws);
    assert_eq!(show["language"], "en");
    assert_eq!(show["template"], old.show(&ws)["template"]);
    // Made French on the new laptop, it stays French when the old laptop's bundle, which
    // names no language, comes again.
    on(&fresh, "new laptop", &["workspace", "set", &ws, "--language", "fr"]);
    let again = send(&old, "old laptop", &fresh, &ws, "old-again.dfs-sync");
    assert_eq!(again["created"], false);
    assert_eq!(language_and_template(&fresh.show(&ws)), ("fr", "directive-conjointe"));
}

// The interface language (contract §10): messages and errors follow --lang, DFS_ADOPT_LANG or
// the locale; JSON keys and codes never change.

const NBSP: char = '\u{a0}';

/// Every key path of a JSON document ("items[].decision.status"), values left out.
fn key_paths(value: &Value, prefix: &str, paths: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let path = format!("{prefix}.{key}");
                paths.insert(path.clone());
                key_paths(inner, &path, paths);
            }
        }
        Value::Array(items) => {
            for inner in items {
                key_paths(inner, &format!("{prefix}[]"), paths);
            }
        }
        _ => {}
    }
}

#[test]
fn errors_in_french_keep_the_prefix_and_the_exit_codes() {
    let db = Db::new();
    let ws = db.lesotho();
    let missing = db.run(&["--lang", "fr", "workspace", "show", "Nowhere"]);
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(
        missing.stderr.starts_with("error: aucun espace de travail"),
        "{}",
        missing.stderr
    );
    assert!(
        missing.stderr.contains("(`dfs-adopt workspace list` les affiche)"),
        "the CLI's hint is French too: {}",
        missing.stderr
    );
    let english = db.run(&["workspace", "show", "Nowhere"]);
    assert_eq!(english.code, 1);
    assert!(
        english
            .stderr
            .starts_with("error: no workspace with id or name \"Nowhere\""),
        "{}",
        english.stderr
    );
    assert!(english.stderr.contains("(`dfs-adopt workspace list` shows them)"));

    // The CLI's own usage refusal: exit 2, in French.
    let usage = db.run(&[
        "--lang",
        "fr",
        "workspace",
        "create",
        "Dakar",
        "--jurisdiction",
        "Sénégal",
        "--authority",
        "ARTP",
    ]);
    assert_eq!(usage.code, 2, "{}", usage.stderr);
    assert!(
        usage
            .stderr
            .starts_with(&format!("error: --authority «{NBSP}ARTP{NBSP}» doit avoir la forme")),
        "{}",
        usage.stderr
    );
    // A decided item deselected without --force: the store's refusal and the CLI's hint.
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--rationale", "Needed"]);
    let decided = db.run(&["--lang", "fr", "deselect", &ws, "SIM-08"]);
    assert_eq!(decided.code, 1, "{}", decided.stderr);
    assert!(decided.stderr.contains("ajoutez --force"), "{}", decided.stderr);
    assert!(decided.stderr.lines().all(|l| l.starts_with("error: ")));
}

#[test]
fn confirmations_and_the_check_speak_french() {
    let db = Db::new();
    let ws = db.lesotho();
    let selected = db.ok(&["--lang", "fr", "select", &ws, "APP-01", "SIM-08"]);
    assert_eq!(
        selected,
        format!("sélectionnées{NBSP}: APP-01\ndéjà sélectionnées{NBSP}: SIM-08\n")
    );
    assert_eq!(
        db.ok(&["select", &ws, "PAY-01"]),
        "selected: PAY-01\n",
        "English stays as it was"
    );

    let french = db.run(&["--lang", "fr", "check", &ws]);
    let english = db.run(&["check", &ws]);
    assert_eq!((french.code, english.code), (3, 3), "findings: exit 3 in both");
    let last = french.stdout.lines().last().unwrap();
    assert!(
        last.contains("constats\u{202f}; le projet exporté"),
        "{}",
        french.stdout
    );
    assert!(
        english
            .stdout
            .lines()
            .last()
            .unwrap()
            .contains("findings; the exported draft")
    );
    assert!(
        french.stdout.contains("TEXTE`"),
        "the hint is French: {}",
        french.stdout
    );

    // `check` exits 3 with findings, so its JSON is read from a run, not `db.json`.
    let fr: Value = serde_json::from_str(&db.run(&["--lang", "fr", "check", &ws, "--json"]).stdout).unwrap();
    let en: Value = serde_json::from_str(&db.run(&["check", &ws, "--json"]).stdout).unwrap();
    let (fr, en) = (fr.as_array().unwrap(), en.as_array().unwrap());
    assert_eq!(fr.len(), en.len());
    for (f, e) in fr.iter().zip(en) {
        assert_eq!(f["kind"], e["kind"], "codes never change");
        assert_eq!(crate::common::keys(f), crate::common::keys(e));
        assert_ne!(f["message"], e["message"], "the message follows --lang");
    }
}

#[test]
fn the_locale_decides_when_neither_the_flag_nor_the_variable_is_given() {
    let db = Db::new();
    let args = ["workspace", "list"];
    let posix = db.run_with(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")], &args);
    assert_eq!(
        posix.stdout,
        "No workspace yet. Create one with `dfs-adopt workspace create`.\n"
    );
    let french = db.run_with(&[("LANG", "fr_FR.UTF-8")], &args);
    assert!(
        french.stdout.starts_with("Aucun espace de travail"),
        "{}",
        french.stdout
    );
    let messages = db.run_with(&[("LC_MESSAGES", "fr_CI.UTF-8"), ("LANG", "en_GB.UTF-8")], &args);
    assert!(
        messages.stdout.starts_with("Aucun espace de travail"),
        "{}",
        messages.stdout
    );
    // The variable and the flag win over the locale, the flag over the variable.
    let variable = db.run_with(&[("DFS_ADOPT_LANG", "en"), ("LANG", "fr_FR.UTF-8")], &args);
    assert!(variable.stdout.starts_with("No workspace yet"), "{}", variable.stdout);
    let flag = db.run_with(&[("DFS_ADOPT_LANG", "en")], &["--lang", "fr", "workspace", "list"]);
    assert!(flag.stdout.starts_with("Aucun espace de travail"), "{}", flag.stdout);
    // --help follows it too.
    let help = db.run_with(&[("LANG", "fr_FR.UTF-8")], &["--help"]);
    assert!(help.stdout.contains(&format!("Utilisation{NBSP}:")), "{}", help.stdout);
    assert!(
        help.stdout.contains("Lister les modèles de document"),
        "{}",
        help.stdout
    );
}

#[test]
fn an_unknown_language_is_refused_in_both_languages_with_exit_2() {
    let db = Db::new();
    for out in [
        db.run(&["--lang", "de", "workspace", "list"]),
        db.run_with(&[("DFS_ADOPT_LANG", "klingon")], &["workspace", "list"]),
    ] {
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert_eq!(out.stdout, "");
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{}", out.stderr);
        assert!(lines[0].starts_with("error: --lang") && lines[0].contains("use en or fr"));
        assert!(lines[1].starts_with("error: --lang") && lines[1].contains("utilisez en ou fr"));
    }
}

#[test]
fn json_keys_are_the_same_in_both_languages() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt",
        "--rationale",
        "Needed",
        "--lead",
        "LCA",
    ]);
    db.ok(&["session", "create", &ws, "--date", "2025-06-05", "--facilitator", "Ana"]);
    db.ok(&["position", &ws, "SIM-08", "--authority", "LCA", "--stance", "support"]);
    let paths = |lang: &str| {
        let show = db.json(&["--lang", lang, "workspace", "show", &ws, "--json"]);
        let mut paths = std::collections::BTreeSet::new();
        key_paths(&show, "", &mut paths);
        (show, paths)
    };
    let (en, en_paths) = paths("en");
    let (fr, fr_paths) = paths("fr");
    assert!(en_paths.contains(".items[].decision.status"), "{en_paths:?}");
    assert_eq!(en_paths, fr_paths);
    assert_eq!(
        en["items"][0]["decision"]["status"],
        fr["items"][0]["decision"]["status"]
    );
}
