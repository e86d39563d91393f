//! `export --compare-to LABEL` as a legal reviewer meets it (contract §7): LibreOffice opens the
//! redline DOCX, lists its tracked changes, and accepting every one of them gives the text of
//! the draft as it stands while rejecting every one gives the text of the circulated version.
//! The body is compared from the first section to the end of the last annex, without the
//! change annex, the document control table, headers and footers.

use std::path::Path;
use std::process::Command;

use crate::common::Db;

/// Runs tests/tools/libreoffice.py (Debian's python3 imports uno); returns its stdout.
fn libreoffice(args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/libreoffice.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .args(args)
        .output()
        .expect("LibreOffice scripting needs python3-uno: run scripts/install-deps.sh");
    assert!(
        out.status.success(),
        "libreoffice.py {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The body of a draft as LibreOffice's text export gives it: from the first section to the
/// change annex (or the completeness findings, or the end), one non-empty line each.
fn body(text_file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(text_file).unwrap();
    let lines: Vec<String> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    // The first section of the joint directive: its heading, after the contents page's entry.
    let start = lines
        .iter()
        .rposition(|l| l.ends_with("Citation, commencement and legal basis"))
        .unwrap_or_else(|| panic!("no first section in {text_file}"));
    let end = lines[start..]
        .iter()
        .position(|l| l.starts_with("Annex H — Changes since") || l.starts_with("Completeness findings"))
        .map_or(lines.len(), |n| start + n);
    lines[start..end].to_vec()
}

/// Equal line lists, or a failure that shows where they part.
fn same(got: &[String], want: &[String], what: &str) {
    if got == want {
        return;
    }
    let at = got.iter().zip(want).take_while(|(a, b)| a == b).count();
    let around = |lines: &[String]| lines[at.saturating_sub(2)..(at + 3).min(lines.len())].join("\n  ");
    panic!(
        "{what}: line {at} differs\n got:\n  {}\n want:\n  {}",
        around(got),
        around(want)
    );
}

/// Accepting every change of a file without changes is LibreOffice's plain text of it: the same
/// path for every file keeps the text exports alike.
fn accepted(db: &Db, docx: &str, name: &str) -> Vec<String> {
    let out = db.path(name);
    libreoffice(&["accept", docx, &out]);
    body(&out)
}

#[test]
fn libreoffice_accepts_the_redline_into_the_draft_and_rejects_it_into_the_version() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["select", &ws, "PAY-01", "APP-01"]);
    for (item, lead) in [("SIM-08", "LCA"), ("APP-01", "LCA")] {
        db.ok(&[
            "decide",
            &ws,
            item,
            "--status",
            "adopt",
            "--lead",
            lead,
            "--priority",
            "high",
        ]);
    }
    db.ok(&["version", "circulate", &ws, "--label", "0.1", "--date", "2025-06-06"]);

    // Since 0.1: national wording for SIM-08, PAY-01 adopted, APP-01 no longer adopted.
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt-modified",
        "--wording",
        "Mobile network operators shall notify licensed DFS providers before a recycled number is reassigned.",
    ]);
    db.ok(&[
        "decide",
        &ws,
        "PAY-01",
        "--status",
        "adopt",
        "--lead",
        "CBL",
        "--priority",
        "medium",
    ]);
    db.ok(&[
        "decide",
        &ws,
        "APP-01",
        "--status",
        "deferred",
        "--reason",
        "risk-assessment",
    ]);

    let redline = db.path("redline.docx");
    let now = db.path("now.docx");
    let version = db.path("v0.1.docx");
    let date = "2025-06-08";
    db.ok(&[
        "export",
        &ws,
        "--compare-to",
        "0.1",
        "--format",
        "docx",
        "--date",
        date,
        "--out",
        &redline,
    ]);
    db.ok(&["export", &ws, "--format", "docx", "--date", date, "--out", &now]);
    db.ok(&["export", &ws, "--version", "0.1", "--format", "docx", "--out", &version]);

    let changes: usize = libreoffice(&["redlines", &redline]).trim().parse().unwrap();
    assert!(changes >= 10, "LibreOffice sees {changes} tracked changes");

    let accept = db.path("accepted.txt");
    libreoffice(&["accept", &redline, &accept]);
    let reject = db.path("rejected.txt");
    libreoffice(&["reject", &redline, &reject]);

    let (accepted_all, draft_now) = (body(&accept), accepted(&db, &now, "now.txt"));
    same(
        &accepted_all,
        &draft_now,
        "accepting every change gives the draft as it stands",
    );
    let (rejected_all, circulated) = (body(&reject), accepted(&db, &version, "v0.1.txt"));
    same(&rejected_all, &circulated, "rejecting every change gives version 0.1");
    assert!(
        draft_now
            .iter()
            .any(|l| l.contains("before a recycled number is reassigned"))
    );
    assert!(circulated.iter().any(|l| l.contains("APP-01")));
}
