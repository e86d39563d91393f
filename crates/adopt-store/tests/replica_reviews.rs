//! Reviewers' comments and circulated versions travel between laptops: a version's files beside
//! the document by SHA-256, the same label on two laptops one conflict settled by keeping one
//! side, never losing the other; comments with their answers, two answers to one comment a
//! conflict.

use adopt_catalog::Catalog;
use adopt_domain::{
    Authority, AuthorityKind, Disposition, ExportFormat, NewWorkspace, Recommendation, ReviewKind, ReviewReply,
};
use adopt_store::{NewReviewComment, NewVersion, ReviewAnswer, Store, StoreError};
use adopt_sync::Blob;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 10, minute, 0).unwrap()
}

fn lesotho() -> NewWorkspace {
    NewWorkspace {
        name: "Lesotho".into(),
        jurisdiction: "Lesotho".into(),
        authorities: vec![Authority {
            code: "LCA".into(),
            name: "Lesotho Communications Authority".into(),
            kind: AuthorityKind::TelecomRegulator,
        }],
        template: "joint-directive".into(),
    }
}

fn lookup(id: &str) -> Option<&'static Recommendation> {
    Catalog::builtin().get(id)
}

/// Two laptops, the workspace made on the first and merged into the second.
fn two_laptops(dir: &TempDir) -> (Store, Store, String) {
    let mut lca = Store::open(&dir.path().join("lca.sqlite3"), at(0)).unwrap();
    let mut cbl = Store::open(&dir.path().join("cbl.sqlite3"), at(0)).unwrap();
    lca.set_device_name("LCA laptop", at(0)).unwrap();
    cbl.set_device_name("CBL laptop", at(0)).unwrap();
    let ws = lca.create_workspace(&lesotho(), at(1), "ann").unwrap().id;
    let sim08 = lookup("SIM-08").unwrap();
    lca.select(&ws, &[sim08], at(1), "ann").unwrap();
    send(&mut lca, &mut cbl, &ws, at(2));
    (lca, cbl, ws)
}

/// Sends the workspace's bundle parts from one laptop to the other.
fn send(from: &mut Store, to: &mut Store, ws: &str, when: DateTime<Utc>) {
    let (document, files) = from.replica_bundle(ws, when, "sender").unwrap();
    to.import_replica(&document, &files, "peer", &lookup, false, when, "receiver")
        .unwrap();
}

fn version<'a>(label: &'a str, fingerprint: &'a str, docx: &'a [u8], pdf: &'a [u8]) -> NewVersion<'a> {
    NewVersion {
        label,
        date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        note: Some("for legal review"),
        prepared_by: Some("Secretariat"),
        fingerprint,
        template: "joint-directive",
        items: 1,
        record: "{\"record\": 1}",
        docx,
        pdf,
    }
}

const F1: &str = "1111111111111111111111111111111111111111111111111111111111111111";
const F2: &str = "2222222222222222222222222222222222222222222222222222222222222222";

fn files(store: &Store, ws: &str, label: &str) -> (Vec<u8>, Vec<u8>) {
    (
        store.version_file(ws, label, ExportFormat::Docx).unwrap(),
        store.version_file(ws, label, ExportFormat::Pdf).unwrap(),
    )
}

#[test]
fn a_version_reaches_the_other_laptop_with_its_files_beside_the_document() {
    let dir = TempDir::new().unwrap();
    let (mut lca, mut cbl, ws) = two_laptops(&dir);
    lca.insert_version(&ws, &version("0.1", F1, b"PK lca docx", b"%PDF- lca"), at(3), "ann")
        .unwrap();
    let (document, blobs) = lca.replica_bundle(&ws, at(4), "ann").unwrap();
    let hashes: Vec<&str> = blobs.iter().map(Blob::sha256).collect();
    assert_eq!(blobs.len(), 3, "the record, the DOCX and the PDF: {hashes:?}");
    let holds = |text: &[u8]| document.windows(text.len()).any(|w| w == text);
    assert!(!holds(b"%PDF- lca"), "the files are not inside the document");

    cbl.import_replica(&document, &blobs, "LCA laptop", &lookup, false, at(5), "cy")
        .unwrap();
    let theirs = cbl.version(&ws, "0.1").unwrap();
    let ours = lca.version(&ws, "0.1").unwrap();
    assert_eq!(theirs, ours, "the same metadata");
    assert_eq!(
        files(&cbl, &ws, "0.1"),
        (b"PK lca docx".to_vec(), b"%PDF- lca".to_vec())
    );
    assert_eq!(
        cbl.version_record(&ws, "0.1").unwrap().1,
        "{\"record\": 1}",
        "the frozen record too"
    );

    // Without its files, a version is refused and nothing changes.
    let mut other = Store::open(&dir.path().join("other.sqlite3"), at(0)).unwrap();
    let err = other
        .import_replica(&document, &blobs[..2], "LCA laptop", &lookup, false, at(6), "di")
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::VersionFilesMissing(l) if l == "0.1"),
        "{err}"
    );
    assert!(err.to_string().contains("Nothing was changed"), "{err}");
    assert!(other.list_workspaces().unwrap().is_empty(), "no workspace was created");
}

#[test]
fn the_same_label_on_two_laptops_is_one_conflict_and_keeping_one_never_loses_the_other() {
    let dir = TempDir::new().unwrap();
    let (mut lca, mut cbl, ws) = two_laptops(&dir);
    lca.insert_version(&ws, &version("0.2", F1, b"PK lca docx", b"%PDF- lca"), at(3), "ann")
        .unwrap();
    cbl.insert_version(&ws, &version("0.2", F2, b"PK cbl docx", b"%PDF- cbl"), at(4), "cy")
        .unwrap();
    send(&mut lca, &mut cbl, &ws, at(5));
    send(&mut cbl, &mut lca, &ws, at(6));

    for store in [&lca, &cbl] {
        let conflicts = store.conflicts(&ws).unwrap();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].id, "-/version.0.2");
        assert_eq!(conflicts[0].values.len(), 2, "both versions kept");
        assert_eq!(store.conflict_ids(&ws).unwrap(), ["-/version.0.2"]);
    }
    let shown = lca.version(&ws, "0.2").unwrap().fingerprint;
    assert_eq!(
        cbl.version(&ws, "0.2").unwrap().fingerprint,
        shown,
        "one pick everywhere"
    );

    // A typed value is refused: a version is kept whole.
    let err = cbl
        .resolve_conflict(&ws, "-/version.0.2", "0.2", &lookup, at(7), "cy")
        .unwrap_err();
    assert!(matches!(err, StoreError::VersionValueTyped(_)), "{err}");
    assert!(err.to_string().contains("--keep"), "{err}");

    // Keeping the side not shown brings its files back from where they waited.
    let conflict = cbl.conflicts(&ws).unwrap().remove(0);
    let other = conflict.values[1].value.clone();
    cbl.resolve_conflict(&ws, "-/version.0.2", &other, &lookup, at(8), "cy")
        .unwrap();
    let kept = cbl.version(&ws, "0.2").unwrap().fingerprint;
    assert_ne!(kept, shown, "the other side is the version now");
    let expected = if kept == F1 {
        (b"PK lca docx".to_vec(), b"%PDF- lca".to_vec())
    } else {
        (b"PK cbl docx".to_vec(), b"%PDF- cbl".to_vec())
    };
    assert_eq!(files(&cbl, &ws, "0.2"), expected);
    assert!(cbl.conflicts(&ws).unwrap().is_empty());

    send(&mut cbl, &mut lca, &ws, at(9));
    assert!(lca.conflicts(&ws).unwrap().is_empty(), "settled everywhere");
    assert_eq!(lca.version(&ws, "0.2").unwrap().fingerprint, kept);
    assert_eq!(files(&lca, &ws, "0.2"), expected);
    // And the one displaced can still travel: a third laptop gets the kept one whole.
    let mut third = Store::open(&dir.path().join("third.sqlite3"), at(0)).unwrap();
    send(&mut lca, &mut third, &ws, at(10));
    assert_eq!(files(&third, &ws, "0.2"), expected);
}

fn comment(id: &str) -> NewReviewComment {
    NewReviewComment {
        id: id.into(),
        identity: format!("identity of {id}"),
        item: Some("SIM-08".into()),
        section: None,
        kind: ReviewKind::Comment,
        author: "Legal Counsel".into(),
        organisation: Some("Central Bank of Lesotho".into()),
        at: Some("2026-03-01T09:15:00Z".into()),
        text: "Say \"hold\", not \"block\".".into(),
        anchor_text: "block transfers".into(),
        replies: vec![ReviewReply {
            author: "Drafter".into(),
            at: Some("2026-03-01T10:00:00Z".into()),
            text: "Agreed".into(),
        }],
        resolved: false,
        source_file: "returned.docx".into(),
        source_version: None,
        proposed_text: None,
    }
}

fn answer(disposition: Disposition, response: Option<&str>) -> ReviewAnswer<'_> {
    ReviewAnswer {
        disposition,
        response,
        apply: None,
        also: &[],
    }
}

#[test]
fn a_comment_imported_on_one_laptop_and_answered_on_another_reads_the_same_on_both() {
    let dir = TempDir::new().unwrap();
    let (mut lca, mut cbl, ws) = two_laptops(&dir);
    let id = "c0ffee0000000000000000000000000000000000000000000000000000000001";
    lca.insert_review_comments(&ws, &[comment(id)], "returned.docx", at(3), "ann")
        .unwrap();
    send(&mut lca, &mut cbl, &ws, at(4));
    cbl.respond_review(
        &ws,
        id,
        &answer(Disposition::Accepted, Some("Wording changed")),
        at(5),
        "cy",
    )
    .unwrap();
    send(&mut cbl, &mut lca, &ws, at(6));
    let here = lca.review_comments(&ws, None, false).unwrap();
    let there = cbl.review_comments(&ws, None, false).unwrap();
    assert_eq!(here, there);
    assert_eq!(here[0].disposition, Some(Disposition::Accepted));
    assert_eq!(here[0].response.as_deref(), Some("Wording changed"));
    assert_eq!(here[0].responded_by.as_deref(), Some("cy"));
    assert_eq!(here[0].responded_at, Some(at(5)));
    assert_eq!(here[0].replies.len(), 1);
    assert!(lca.conflicts(&ws).unwrap().is_empty());

    // The same file imported on both laptops makes the same comment, not a conflict.
    let second = "c0ffee0000000000000000000000000000000000000000000000000000000002";
    lca.insert_review_comments(&ws, &[comment(second)], "returned.docx", at(7), "ann")
        .unwrap();
    cbl.insert_review_comments(&ws, &[comment(second)], "returned.docx", at(8), "cy")
        .unwrap();
    // Then both answer it differently: one conflict on its disposition.
    lca.respond_review(&ws, second, &answer(Disposition::Noted, None), at(9), "ann")
        .unwrap();
    cbl.respond_review(
        &ws,
        second,
        &answer(Disposition::Rejected, Some("Out of scope")),
        at(10),
        "cy",
    )
    .unwrap();
    send(&mut lca, &mut cbl, &ws, at(11));
    send(&mut cbl, &mut lca, &ws, at(12));
    let ids: Vec<String> = lca.conflicts(&ws).unwrap().into_iter().map(|c| c.id).collect();
    assert!(ids.contains(&format!("SIM-08/comment.{second}.disposition")), "{ids:?}");
    assert!(!ids.iter().any(|i| i.ends_with(".record")), "{ids:?}");
    assert_eq!(cbl.conflicts(&ws).unwrap().len(), ids.len());
    assert_eq!(
        lca.review_comments(&ws, None, false).unwrap(),
        cbl.review_comments(&ws, None, false).unwrap(),
        "one pick shown on both"
    );
}
