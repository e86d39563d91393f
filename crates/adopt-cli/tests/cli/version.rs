//! Circulated versions and the changes between them (contract §7): `version circulate`, `list`,
//! `show`, `export --version` byte for byte, `diff`, the flags `export --version` refuses, the
//! fingerprint on every page, and the reference document `workspace set` stores.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::{Db, keys};

/// The keys of a `version list` element (contract §7, plus the two this program adds).
const VERSION_KEYS: [&str; 9] = [
    "by",
    "circulated_at",
    "date",
    "fingerprint",
    "label",
    "names_removed_at",
    "note",
    "prepared_by",
    "template",
];

/// Lesotho with SIM-08 adopted and the document version 0.2.
fn workspace(db: &Db) -> String {
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);
    db.ok(&["workspace", "set", &ws, "--doc-version", "0.2"]);
    ws
}

fn tool(name: &str) -> Command {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success());
    assert!(found.unwrap_or(false), "{name} is missing: run scripts/install-deps.sh");
    Command::new(name)
}

fn run(mut command: Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of each page of a PDF, as pdftotext reads it page by page.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let mut info = tool("pdfinfo");
    info.arg(pdf);
    let pages: usize = run(info)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the number of pages");
    (1..=pages)
        .map(|page| {
            let mut text = tool("pdftotext");
            let page = page.to_string();
            text.args(["-f", &page, "-l", &page]).arg(pdf).arg("-");
            run(text).split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// "3f9a 1c2b 7d4e" from 64 hex digits.
fn short(fingerprint: &str) -> String {
    format!("{} {} {}", &fingerprint[0..4], &fingerprint[4..8], &fingerprint[8..12])
}

#[test]
fn circulate_list_and_show_print_the_contract_shapes() {
    let db = Db::new();
    let ws = workspace(&db);
    let printed = db.ok(&["version", "circulate", &ws, "--date", "2025-06-06"]);
    let list = db.json(&["version", "list", &ws, "--json"]);
    let first = &list[0];
    let fingerprint = first["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(printed, format!("Version 0.2 · {}\n", short(&fingerprint)));
    assert_eq!(fingerprint.len(), 64);
    assert!(fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(keys(first), VERSION_KEYS);
    assert_eq!(first["label"], "0.2");
    assert_eq!(first["date"], "2025-06-06");
    assert_eq!(first["by"], "tester");
    assert_eq!(first["note"], Value::Null);
    assert_eq!(first["template"], "joint-directive");
    assert!(first["circulated_at"].as_str().unwrap().ends_with('Z'));

    db.ok(&[
        "decide",
        &ws,
        "REG-01",
        "--status",
        "deferred",
        "--reason",
        "capacity-constraint",
    ]);
    let second = db.json(&[
        "version",
        "circulate",
        &ws,
        "--label",
        "2025-06 draft",
        "--note",
        "After the clinic",
        "--json",
    ]);
    assert_eq!(keys(&second), VERSION_KEYS, "circulate --json prints the list element");
    assert_eq!(second["note"], "After the clinic");
    assert_ne!(second["fingerprint"], first["fingerprint"]);
    let list = db.json(&["version", "list", &ws, "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[1], second);

    let shown = db.json(&["version", "show", &ws, "2025-06 DRAFT", "--json"]);
    let mut expected: Vec<&str> = VERSION_KEYS.to_vec();
    expected.extend(["files", "items"]);
    expected.sort_unstable();
    assert_eq!(keys(&shown), expected);
    assert_eq!(keys(&shown["files"]), ["docx", "pdf"]);
    assert_eq!(shown["items"], 3);
    let pdf = db.path("v.pdf");
    db.ok(&[
        "export",
        &ws,
        "--version",
        "2025-06 draft",
        "--format",
        "pdf",
        "--out",
        &pdf,
    ]);
    assert_eq!(shown["files"]["pdf"], std::fs::metadata(&pdf).unwrap().len());
    let text = db.ok(&["version", "show", &ws, "0.2"]);
    assert!(text.contains(&fingerprint), "{text}");
    assert!(db.ok(&["version", "list", &ws]).contains("After the clinic"));
    let history = db.ok(&["history", &ws]);
    assert!(history.contains("version: — → \"2025-06 draft\""), "{history}");
}

#[test]
fn a_taken_label_an_unknown_label_and_a_missing_label_are_refused() {
    let db = Db::new();
    let ws = db.lesotho();
    db.refused(
        &ws,
        &["version", "circulate", &ws],
        1,
        "give one, or set the workspace's document version",
    );
    db.ok(&["version", "circulate", &ws, "--label", "v1"]);
    db.refused(
        &ws,
        &["version", "circulate", &ws, "--label", "V1"],
        1,
        "\"v1\" was circulated already",
    );
    db.refused(
        &ws,
        &["version", "circulate", &ws, "--label", "v2", "--date", "2025-02-30"],
        2,
        "not a day of the calendar",
    );
    db.refused(&ws, &["version", "show", &ws, "v9"], 1, "the versions are: v1");
    db.refused(&ws, &["diff", &ws, "v9"], 1, "no circulated version \"v9\"");
    let out = db.path("x.pdf");
    db.refused(
        &ws,
        &["export", &ws, "--version", "v9", "--format", "pdf", "--out", &out],
        1,
        "the versions are: v1",
    );
    assert!(!Path::new(&out).exists());
}

#[test]
fn export_version_refuses_the_flags_that_would_change_the_file() {
    let db = Db::new();
    let ws = workspace(&db);
    db.ok(&["version", "circulate", &ws]);
    let reference = db.file("house.docx", b"PK");
    let out = db.path("v.docx");
    for extra in [
        vec!["--template", "guideline"],
        vec!["--date", "2025-06-06"],
        vec!["--compare-to", "0.2"],
        vec!["--comments"],
        vec!["--reference-doc", reference.as_str()],
    ] {
        let mut args = vec![
            "export",
            ws.as_str(),
            "--version",
            "0.2",
            "--format",
            "docx",
            "--out",
            &out,
        ];
        args.extend(&extra);
        let result = db.run(&args);
        assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
        assert!(
            result.stderr.contains("cannot be used with"),
            "{args:?}: {}",
            result.stderr
        );
        assert!(!Path::new(&out).exists(), "{args:?} wrote a file");
    }
    // Comments are Word's: a PDF would drop them silently.
    let pdf = db.path("draft.pdf");
    let comments = db.run(&["export", &ws, "--comments", "--format", "pdf", "--out", &pdf]);
    assert_eq!(comments.code, 2, "{}", comments.stderr);
    assert!(
        comments.stderr.contains("--comments adds Word comments") && comments.stderr.contains("--format docx"),
        "{}",
        comments.stderr
    );
    assert!(!Path::new(&pdf).exists(), "the refused export wrote a file");
}

#[test]
fn export_version_writes_the_stored_bytes_even_after_the_template_changes() {
    let db = Db::new();
    let ws = workspace(&db);
    let version = db.json(&["version", "circulate", &ws, "--json"]);
    let line = format!("Version 0.2 · {}", short(version["fingerprint"].as_str().unwrap()));
    let (pdf, docx) = (db.path("v1.pdf"), db.path("v1.docx"));
    db.ok(&["export", &ws, "--version", "0.2", "--format", "pdf", "--out", &pdf]);
    db.ok(&["export", &ws, "--version", "0.2", "--format", "docx", "--out", &docx]);
    let (pdf_bytes, docx_bytes) = (std::fs::read(&pdf).unwrap(), std::fs::read(&docx).unwrap());

    // The fingerprint is on every page, in the footer.
    let pages = pdf_pages(Path::new(&pdf));
    assert!(pages.len() > 3, "a whole draft");
    for (n, page) in pages.iter().enumerate() {
        assert!(page.contains(&line), "page {} lacks \"{line}\": {page}", n + 1);
    }
    let mut unzip = tool("unzip");
    unzip.arg("-p").arg(&docx).arg("word/footer*.xml");
    assert!(run(unzip).contains(&line), "the DOCX footer says \"{line}\"");

    db.ok(&[
        "workspace",
        "set",
        &ws,
        "--template",
        "guideline",
        "--doc-version",
        "0.3",
    ]);
    db.ok(&["decide", &ws, "REG-01", "--status", "adopt", "--lead", "CBL"]);
    let (pdf2, docx2) = (db.path("v2.pdf"), db.path("v2.docx"));
    db.ok(&["export", &ws, "--version", "0.2", "--format", "pdf", "--out", &pdf2]);
    db.ok(&["export", &ws, "--version", "0.2", "--format", "docx", "--out", &docx2]);
    assert_eq!(std::fs::read(&pdf2).unwrap(), pdf_bytes, "the PDF, byte for byte");
    assert_eq!(std::fs::read(&docx2).unwrap(), docx_bytes, "the DOCX, byte for byte");

    // A working export says it is not circulated.
    let working = db.path("working.pdf");
    db.ok(&[
        "export",
        &ws,
        "--format",
        "pdf",
        "--out",
        &working,
        "--date",
        "2025-06-06",
    ]);
    for page in pdf_pages(Path::new(&working)) {
        assert!(page.contains("Working draft — not circulated"), "{page}");
    }
}

#[test]
fn diff_prints_the_changes_as_the_contract_names_them() {
    let db = Db::new();
    let ws = workspace(&db);
    db.ok(&["version", "circulate", &ws]);
    db.ok(&["decide", &ws, "SIM-08", "--support", "CBL", "--due", "2026-03-31"]);
    db.ok(&["workspace", "set", &ws, "--doc-version", "0.3"]);
    let diff = db.json(&["diff", &ws, "0.2", "--json"]);
    assert_eq!(keys(&diff), ["changes", "from", "to"]);
    assert_eq!(diff["from"], "0.2");
    assert_eq!(diff["to"], Value::Null);
    let changes: Vec<(Value, String, Value, Value)> = diff["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(keys(c), ["field", "item", "new", "old"]);
            (
                c["item"].clone(),
                c["field"].as_str().unwrap().to_string(),
                c["old"].clone(),
                c["new"].clone(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            (Value::Null, "doc_version".into(), "0.2".into(), "0.3".into()),
            ("SIM-08".into(), "support".into(), Value::Null, "CBL".into()),
            ("SIM-08".into(), "due".into(), Value::Null, "2026-03-31".into()),
        ]
    );
    db.ok(&["version", "circulate", &ws]);
    let between = db.json(&["diff", &ws, "0.2", "0.3", "--json"]);
    assert_eq!(between["to"], "0.3");
    assert_eq!(between["changes"], diff["changes"]);
    let text = db.ok(&["diff", &ws, "0.2", "0.3"]);
    assert!(text.contains("SIM-08    due: — → \"2026-03-31\""), "{text}");
    assert!(db.ok(&["diff", &ws, "0.3"]).contains("No change"));

    // The comparison ends with the annex of changes.
    let compared = db.path("compared.pdf");
    db.ok(&["decide", &ws, "SIM-08", "--priority", "high"]);
    db.ok(&[
        "export",
        &ws,
        "--compare-to",
        "0.3",
        "--format",
        "pdf",
        "--out",
        &compared,
    ]);
    let text = pdf_pages(Path::new(&compared)).join(" ");
    assert!(text.contains("Changes since version 0.3"), "the annex is there");
}

#[test]
fn a_reference_document_is_stored_in_the_database_and_cleared() {
    let db = Db::new();
    let ws = db.lesotho();
    let reference = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../adopt-office/tests/fixtures/libreoffice-resaved.docx");
    let house = db.file("house.docx", std::fs::read(reference).unwrap());
    let printed = db.ok(&["workspace", "set", &ws, "--reference-doc", &house]);
    assert!(printed.contains("reference document house.docx stored"), "{printed}");
    let history = db.json(&["history", &ws, "--json"]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["field"].as_str(), last["new"].as_str()),
        (Some("reference_doc"), Some("house.docx"))
    );
    // The file is in the database: removing it from disk changes nothing.
    std::fs::remove_file(&house).unwrap();
    db.refused(
        &ws,
        &["workspace", "set", &ws, "--reference-doc", &house],
        1,
        "cannot be read",
    );
    db.refused(
        &ws,
        &[
            "workspace",
            "set",
            &ws,
            "--reference-doc",
            &house,
            "--clear-reference-doc",
        ],
        2,
        "cannot be used with",
    );
    let big = db.file("big.docx", vec![0u8; 16 * 1024 * 1024 + 1]);
    db.refused(
        &ws,
        &["workspace", "set", &ws, "--name", "Renamed", "--reference-doc", &big],
        1,
        "too large for a reference document",
    );
    assert!(
        db.ok(&["workspace", "set", &ws, "--clear-reference-doc"])
            .contains("removed")
    );
    assert!(
        db.ok(&["workspace", "set", &ws, "--clear-reference-doc"])
            .contains("no reference document")
    );
}
