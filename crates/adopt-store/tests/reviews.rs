//! The schema-5 fixture (a database as the circulated-versions release left it) opens, is
//! backed up, gains the reviewers' comments table, and keeps its data.

use std::path::Path;

use adopt_domain::{ReviewKind, ReviewReply};
use adopt_store::{NewReviewComment, Store};
use chrono::{TimeZone, Utc};

#[test]
fn the_schema_5_fixture_upgrades_and_takes_reviewers_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema-5.sqlite3");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-5.db");
    std::fs::copy(&fixture, &path).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap();
    let mut store = Store::open(&path, now).unwrap();
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .to_string_lossy()
                .ends_with(".v5-20260105T080000Z.bak")
        })
        .count();
    assert_eq!(backups, 1, "the version-5 file is copied before it changes");
    let ws = store.find_workspace("Lesotho 2025").unwrap().id;
    assert_eq!(
        store.versions(&ws).unwrap()[0].label,
        "0.1",
        "the circulated version survives"
    );
    assert!(store.review_comments(&ws, None, false).unwrap().is_empty());
    let comment = NewReviewComment {
        id: "9f0e1d2c3b4a59687766554433221100".into(),
        identity: "counsel|say hold|SIM-08|2025-06-10T09:15".into(),
        item: Some("SIM-08".into()),
        section: None,
        kind: ReviewKind::Comment,
        author: "Counsel".into(),
        organisation: None,
        at: Some("2025-06-10T09:15:00Z".into()),
        text: "Say hold".into(),
        anchor_text: "hold transfers".into(),
        replies: vec![ReviewReply {
            author: "Secretariat".into(),
            at: Some("2025-06-11T10:00:00Z".into()),
            text: "Done".into(),
        }],
        resolved: false,
        source_file: "review.docx".into(),
        source_version: Some("0.1".into()),
        proposed_text: None,
    };
    let added = store
        .insert_review_comments(&ws, std::slice::from_ref(&comment), "review.docx", now, "tester")
        .unwrap();
    assert_eq!(added.as_slice(), std::slice::from_ref(&comment.id));
    drop(store);
    let store = Store::open(&path, now).unwrap();
    let listed = store.review_comments(&ws, Some("SIM-08"), true).unwrap();
    assert_eq!(listed.len(), 1, "the comment is there after reopening");
    assert_eq!(listed[0].replies[0].author, "Secretariat");
}
