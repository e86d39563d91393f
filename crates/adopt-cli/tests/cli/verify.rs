//! `version verify FILE` (contract §7): the JSON keys, the status of each kind of file and the
//! exit codes scripts rely on (0 match or working draft, 3 edited, 1 unknown or unreadable).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::{Db, keys};

const KEYS: [&str; 7] = [
    "changed_clauses",
    "detail",
    "file",
    "fingerprint",
    "status",
    "version",
    "workspace",
];

fn verify(db: &Db, file: &str) -> (i32, Value) {
    let out = db.run(&["version", "verify", file, "--json"]);
    let json =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}{}", out.stdout, out.stderr));
    (out.code, json)
}

#[test]
fn verify_says_which_version_a_file_is_and_what_changed_with_its_exit_codes() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    db.ok(&["version", "circulate", &ws, "--label", "0.2", "--date", "2025-06-06"]);
    let docx = db.path("v0.2.docx");
    let pdf = db.path("v0.2.pdf");
    db.ok(&["export", &ws, "--version", "0.2", "--format", "docx", "--out", &docx]);
    db.ok(&["export", &ws, "--version", "0.2", "--format", "pdf", "--out", &pdf]);

    for file in [&docx, &pdf] {
        let (code, v) = verify(&db, file);
        assert_eq!(code, 0, "{v}");
        assert_eq!(keys(&v), KEYS);
        assert_eq!(v["status"], "match");
        assert_eq!(v["version"], "0.2");
        assert_eq!(v["workspace"], ws.as_str());
        assert_eq!(v["fingerprint"].as_str().map(str::len), Some(64));
    }
    let text = db.ok(&["version", "verify", &docx]);
    assert!(
        text.contains("version 0.2 of \"Lesotho 2025\"") && text.contains("as circulated"),
        "{text}"
    );

    // A reviewer's tracked edit of SIM-08's statement, made and saved by LibreOffice.
    let show = db.show(&ws);
    let statement = crate::common::item(&show, "SIM-08")["statement"]
        .as_str()
        .unwrap()
        .to_string();
    let word = statement.split_whitespace().nth(1).unwrap();
    let edited = db.path("returned.docx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/libreoffice.py");
    let status = Command::new("/usr/bin/python3")
        .arg(script)
        .args(["edit", &docx, &edited, word, "REVISED", "--track"])
        .status()
        .expect("LibreOffice scripting: run scripts/install-deps.sh");
    assert!(status.success());
    let (code, v) = verify(&db, &edited);
    assert_eq!(code, 3, "{v}");
    assert_eq!(v["status"], "edited");
    assert_eq!(v["changed_clauses"], serde_json::json!(["SIM-08"]));
    let out = db.run(&["version", "verify", &edited]);
    assert_eq!(out.code, 3);
    assert!(out.stdout.contains("clause SIM-08 changed"), "{}", out.stdout);

    // A working export: exit 0, no version.
    let working = db.path("working.docx");
    db.ok(&["export", &ws, "--format", "docx", "--out", &working]);
    let (code, v) = verify(&db, &working);
    assert_eq!((code, v["status"].as_str()), (0, Some("working-draft")), "{v}");
    assert_eq!(v["version"], Value::Null);

    // Another database does not know the file: exit 1, and the message says why.
    let other = Db::new();
    let out = other.run(&["version", "verify", &docx]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("not a file of this database"), "{}", out.stderr);
    let (code, v) = verify(&other, &docx);
    assert_eq!((code, v["status"].as_str()), (1, Some("unknown")), "{v}");

    // A file that is not a DOCX or PDF: exit 1 with a message naming it.
    let junk = db.file("minutes.docx", "plain text");
    let out = db.run(&["version", "verify", &junk]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("minutes.docx"), "{}", out.stderr);
}
