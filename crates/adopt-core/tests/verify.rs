//! `version verify` on files as they come back from reviewers: the stored files themselves, a
//! copy LibreOffice re-saved (ids renumbered, bookmarks kept), a copy in which LibreOffice
//! recorded an edit of one clause, a working export, and files that are not ours.

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_core::{Error, ExportFormat, VerifyStatus, Workbench};
use adopt_domain::{DecisionPatch, DecisionStatus};
use chrono::{TimeZone, Utc};
use tempfile::TempDir;

mod common;

fn circulated() -> (Workbench, String, TempDir) {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    wb.set_clock(|| Utc.with_ymd_and_hms(2025, 6, 6, 12, 0, 0).unwrap());
    let ws = common::lesotho_with_three_items(&mut wb);
    for (id, lead) in [("SIM-08", "LCA"), ("PAY-01", "CBL"), ("APP-01", "LCA")] {
        let patch = DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            lead: Some(lead.into()),
            ..DecisionPatch::default()
        };
        wb.decide(&ws, id, &patch, None).unwrap();
    }
    wb.version_circulate(&ws, Some("0.2"), Some("for legal review"), None)
        .unwrap();
    (wb, ws, tempfile::tempdir().unwrap())
}

fn stored(wb: &Workbench, ws: &str, format: ExportFormat, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, wb.export_version(ws, "0.2", format).unwrap()).unwrap();
    path
}

/// Runs tests/tools/libreoffice.py with Debian's python3 (the one that imports uno).
fn libreoffice(args: &[&str]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/libreoffice.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .args(args)
        .output()
        .expect("LibreOffice scripting needs /usr/bin/python3 and python3-uno: run scripts/install-deps.sh");
    assert!(
        out.status.success(),
        "libreoffice.py {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_stored_files_match_their_version() {
    let (wb, ws, dir) = circulated();
    for (format, name) in [(ExportFormat::Docx, "v.docx"), (ExportFormat::Pdf, "v.pdf")] {
        let v = wb.version_verify(&stored(&wb, &ws, format, dir.path(), name)).unwrap();
        assert_eq!(v.status, VerifyStatus::Match, "{name}: {v:?}");
        assert_eq!(v.workspace.as_deref(), Some(ws.as_str()));
        assert_eq!(v.version.as_deref(), Some("0.2"));
        assert_eq!(v.fingerprint.as_ref().map(String::len), Some(64));
        assert!(v.changed_clauses.is_empty());
    }
}

#[test]
fn a_copy_libreoffice_resaved_still_matches_and_an_edited_clause_is_named() {
    let (wb, ws, dir) = circulated();
    let original = stored(&wb, &ws, ExportFormat::Docx, dir.path(), "v.docx");
    let resaved = dir.path().join("resaved.docx");
    libreoffice(&["resave", original.to_str().unwrap(), resaved.to_str().unwrap()]);
    let v = wb.version_verify(&resaved).unwrap();
    assert_eq!(v.status, VerifyStatus::Match, "{v:?}");

    // A reviewer changes a word of PAY-01's statement, with track changes on, and saves.
    let statement = wb
        .workspace_show(&ws)
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == "PAY-01")
        .unwrap()
        .statement;
    let word = statement.split_whitespace().nth(2).unwrap().to_string();
    let edited = dir.path().join("edited.docx");
    libreoffice(&[
        "edit",
        original.to_str().unwrap(),
        edited.to_str().unwrap(),
        &word,
        "REVIEWED",
        "--track",
    ]);
    let v = wb.version_verify(&edited).unwrap();
    assert_eq!(v.status, VerifyStatus::Edited, "{v:?}");
    assert_eq!(v.changed_clauses, vec!["PAY-01".to_string()], "{v:?}");
    assert_eq!(v.version.as_deref(), Some("0.2"));
}

#[test]
fn a_pdf_that_differs_from_the_stored_one_counts_as_edited() {
    let (wb, ws, dir) = circulated();
    let path = stored(&wb, &ws, ExportFormat::Pdf, dir.path(), "v.pdf");
    // qpdf rewrites the file: same pages and properties, other bytes.
    let rewritten = dir.path().join("rewritten.pdf");
    let status = Command::new("qpdf")
        .args([
            "--object-streams=generate",
            path.to_str().unwrap(),
            rewritten.to_str().unwrap(),
        ])
        .status()
        .expect("qpdf: run scripts/install-deps.sh");
    assert!(status.success());
    let v = wb.version_verify(&rewritten).unwrap();
    assert_eq!(v.status, VerifyStatus::Edited, "{v:?}");
    assert_eq!(v.version.as_deref(), Some("0.2"));
}

#[test]
fn a_working_export_is_a_working_draft_and_other_files_are_unknown_or_refused() {
    let (wb, ws, dir) = circulated();
    let date = chrono::NaiveDate::from_ymd_opt(2025, 6, 7).unwrap();
    for (format, name) in [(ExportFormat::Docx, "w.docx"), (ExportFormat::Pdf, "w.pdf")] {
        let path = dir.path().join(name);
        std::fs::write(&path, wb.export_draft(&ws, format, None, date).unwrap()).unwrap();
        let v = wb.version_verify(&path).unwrap();
        assert_eq!(v.status, VerifyStatus::WorkingDraft, "{name}: {v:?}");
        assert_eq!(v.version, None);
        assert_eq!(v.workspace.as_deref(), Some(ws.as_str()));
    }

    // The same file checked against another database is unknown.
    let other = Workbench::in_memory("someone").unwrap();
    let path = stored(&wb, &ws, ExportFormat::Docx, dir.path(), "v.docx");
    let v = other.version_verify(&path).unwrap();
    assert_eq!(v.status, VerifyStatus::Unknown, "{v:?}");
    assert!(v.detail.contains("not in this database"), "{}", v.detail);

    // A file that is not a DOCX or PDF is refused with a message naming it.
    let junk = dir.path().join("notes.docx");
    std::fs::write(&junk, b"just some text, not a Word file").unwrap();
    let err = wb.version_verify(&junk).unwrap_err();
    assert!(matches!(err, Error::VerifyRead { .. }), "{err:?}");
    assert!(err.to_string().contains("notes.docx"), "{err}");
}
