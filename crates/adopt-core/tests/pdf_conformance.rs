//! The demo draft and the minutes of its first session, as PDF, checked against PDF/A-2b (the
//! archive) and PDF/UA-1 (screen readers) by a validator nobody here wrote: page-validation
//! (`page`, MIT, PyPI), run from tests/tools/.venv (made by scripts/install-deps.sh) through
//! tests/tools/pdf_conformance.py.

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_core::ExportFormat;
use chrono::NaiveDate;
use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::demo;

/// Rules of the validator that are wrong about our files, by rule id, with the evidence.
/// None so far: every rule of both profiles must pass.
const WAIVED: &[&str] = &[];

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The validator's findings on `pdf`: one report per profile.
fn validate(pdf: &Path) -> Vec<Value> {
    let python = root().join("tests/tools/.venv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/install-deps.sh (it installs page-validation)",
        python.display()
    );
    let out = Command::new(python)
        .arg(root().join("tests/tools/pdf_conformance.py"))
        .arg(pdf)
        .output()
        .expect("the validator runs");
    assert!(
        out.status.success(),
        "the validator failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON report a line"))
        .collect()
}

/// Both profiles were checked, with rules run, and no rule failed but the waived ones.
fn assert_conforms(pdf: &Path, what: &str) {
    let reports = validate(pdf);
    let profiles: Vec<&str> = reports.iter().filter_map(|r| r["profile"].as_str()).collect();
    assert_eq!(profiles, ["2b", "ua1"], "{what}: both profiles are checked");
    for r in &reports {
        assert!(
            r["rules_total"].as_u64().unwrap_or(0) > 50,
            "{what}: the validator ran its rules: {r}"
        );
        let failed: Vec<String> = r["failures"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| !WAIVED.contains(&f["rule"].as_str().unwrap_or("")))
            .map(|f| format!("{}: {}", f["rule"], f["message"]))
            .collect();
        assert!(
            failed.is_empty(),
            "{what} fails {} rules of profile {}:\n{}",
            failed.len(),
            r["profile"],
            failed.join("\n")
        );
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn the_demo_draft_and_its_minutes_are_pdf_a_2b_and_pdf_ua_1() {
    let (workbench, ws) = demo();
    let dir = TempDir::new().unwrap();
    let doc = workbench.draft(&ws, None, date()).unwrap();
    let draft = adopt_core::render(&doc, ExportFormat::Pdf).unwrap();
    assert_conforms(&write(dir.path(), "draft.pdf", &draft), "the demo draft");
    let minutes = workbench.export_minutes(&ws, "s1", ExportFormat::Pdf, date()).unwrap();
    assert_conforms(&write(dir.path(), "minutes.pdf", &minutes), "the minutes of session s1");
}
