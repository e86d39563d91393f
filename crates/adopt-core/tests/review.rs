//! Reviewers' comments through the workbench (contract §8): the files adopt-office's fixtures
//! hold (a dfs-adopt export commented by python-docx, changed with tracking by LibreOffice,
//! re-saved by LibreOffice), answers, `--apply`, and the completeness check.

mod common;

use std::io::{Read, Write};
use std::path::Path;

use adopt_core::{Error, ExportFormat, StoreError, Workbench};
use adopt_document::INCOMPLETE_MARKING;
use adopt_domain::{DecisionPatch, DecisionStatus, Disposition, FindingKind, Priority, ReviewKind};
use chrono::{NaiveDate, TimeZone, Utc};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../adopt-office/tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A workspace with the fixtures' two clauses, SIM-08 and REG-01, adopted in full.
fn workspace() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("drafter").unwrap();
    wb.set_clock(|| Utc.with_ymd_and_hms(2026, 11, 10, 9, 0, 0).unwrap());
    let ws = wb.workspace_create(common::lesotho()).unwrap().id;
    wb.select(&ws, &["SIM-08".into(), "REG-01".into()]).unwrap();
    for (item, lead) in [("SIM-08", "LCA"), ("REG-01", "CBL")] {
        let patch = DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            lead: Some(lead.into()),
            priority: Some(Priority::High),
            due: NaiveDate::from_ymd_opt(2027, 6, 30),
            ..DecisionPatch::default()
        };
        wb.decide(&ws, item, &patch, None).unwrap();
    }
    let properties = adopt_core::WorkspaceProperties {
        doc_version: Some("0.1".into()),
        reference: Some("LCA/CBL/2026/1".into()),
        prepared_by: Some("Secretariat".into()),
        event: Some("Clinic".into()),
        ..Default::default()
    };
    wb.workspace_set(&ws, properties).unwrap();
    (wb, ws)
}

#[test]
fn a_commented_file_imports_once_and_its_resaved_copy_adds_nothing() {
    let (mut wb, ws) = workspace();
    let file = fixture("review-comments.docx");
    let dry = wb
        .review_import(
            &ws,
            &file,
            "review-comments.docx",
            Some("Legal team"),
            Some("CBL legal"),
            true,
        )
        .unwrap();
    assert!(
        wb.review_list(&ws, None, false).unwrap().is_empty(),
        "a dry run writes nothing"
    );
    let report = wb
        .review_import(
            &ws,
            &file,
            "review-comments.docx",
            Some("Legal team"),
            Some("CBL legal"),
            false,
        )
        .unwrap();
    assert_eq!(report, dry, "the dry run said what the import did");
    let listed = wb.review_list(&ws, None, false).unwrap();
    // Three comments (the reply rides on its comment) and the tracked deletion and insertion.
    let kinds: Vec<ReviewKind> = listed.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == ReviewKind::Comment).count(),
        3,
        "{listed:#?}"
    );
    assert!(kinds.contains(&ReviewKind::Insertion) && kinds.contains(&ReviewKind::Deletion));
    assert_eq!(
        report.counts.attached as usize + report.counts.unattached as usize,
        listed.len()
    );
    assert_eq!(report.counts.skipped_known, 0);
    assert_eq!(
        report.counts.by_item.get("SIM-08"),
        Some(&3),
        "one comment and two changes: {report:?}"
    );
    assert_eq!(report.counts.by_item.get("REG-01"), Some(&1));
    assert!(
        report.source_version.is_none(),
        "the fixture's version is not in this database"
    );
    assert!(
        report.notes.iter().any(|n| n.contains("could not be checked")),
        "{:?}",
        report.notes
    );

    let sim = listed
        .iter()
        .find(|c| c.kind == ReviewKind::Comment && c.item.as_deref() == Some("SIM-08"))
        .unwrap();
    assert_eq!(sim.author, "Mpho Lebona");
    assert_eq!(sim.organisation.as_deref(), Some("CBL legal"));
    assert_eq!(sim.at.as_deref(), Some("2026-11-03T09:15:00Z"));
    assert!(sim.text.contains("Who tells the provider?") && sim.text.contains("a deadline"));
    assert_eq!(sim.replies.len(), 1);
    assert_eq!(sim.replies[0].author, "Thabo Sello");
    let reg = listed.iter().find(|c| c.item.as_deref() == Some("REG-01")).unwrap();
    assert!(reg.resolved, "marked resolved in Word");
    assert!(reg.text.contains("<may>") && reg.text.contains('👍'), "{}", reg.text);
    let section = listed.iter().find(|c| c.item.is_none()).unwrap();
    assert!(section.section.is_some(), "attached to its section: {section:?}");

    let again = wb
        .review_import(&ws, &file, "review-comments.docx", None, None, false)
        .unwrap();
    assert_eq!((again.counts.attached, again.counts.unattached), (0, 0), "{again:?}");
    assert_eq!(again.counts.skipped_known as usize, listed.len());
    let resaved = wb
        .review_import(
            &ws,
            &fixture("review-resaved.docx"),
            "review-resaved.docx",
            None,
            None,
            false,
        )
        .unwrap();
    assert_eq!(
        (resaved.counts.attached, resaved.counts.unattached),
        (0, 0),
        "LibreOffice's copy: {resaved:?}"
    );
    assert_eq!(wb.review_list(&ws, None, false).unwrap().len(), listed.len());
}

#[test]
fn unanswered_comments_keep_the_draft_incomplete_until_each_has_a_disposition() {
    let (mut wb, ws) = workspace();
    let date = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
    let kinds = |wb: &Workbench| -> Vec<(FindingKind, Option<String>)> {
        wb.check(&ws, date)
            .unwrap()
            .into_iter()
            .filter(|f| f.kind == FindingKind::UnansweredComment)
            .map(|f| (f.kind, f.item))
            .collect()
    };
    assert!(kinds(&wb).is_empty());
    wb.review_import(&ws, &fixture("review-comments.docx"), "r.docx", None, None, false)
        .unwrap();
    let found = kinds(&wb);
    assert!(
        found.contains(&(FindingKind::UnansweredComment, Some("SIM-08".into()))),
        "{found:?}"
    );
    assert!(
        found.contains(&(FindingKind::UnansweredComment, Some("REG-01".into()))),
        "resolved in Word still counts"
    );
    assert!(
        found.contains(&(FindingKind::UnansweredComment, None)),
        "the section's comment"
    );
    assert!(
        wb.draft(&ws, None, date).unwrap().footer.contains(INCOMPLETE_MARKING),
        "the draft says it is incomplete"
    );

    let err = wb
        .review_respond(
            &ws,
            &wb.review_list(&ws, None, false).unwrap()[0].id,
            Disposition::Rejected,
            None,
            false,
        )
        .unwrap_err();
    assert!(matches!(err, Error::ResponseRequired) && err.is_usage(), "{err}");
    for c in wb.review_list(&ws, None, true).unwrap() {
        let answered = wb
            .review_respond(&ws, &c.id[..10], Disposition::Noted, Some("Thank you."), false)
            .unwrap();
        assert_eq!(answered.responded_by.as_deref(), Some("drafter"));
    }
    assert!(kinds(&wb).is_empty());
    assert!(wb.review_list(&ws, None, true).unwrap().is_empty());
    assert!(
        wb.check(&ws, date).unwrap().is_empty(),
        "{:?}",
        wb.check(&ws, date).unwrap()
    );
    assert!(!wb.draft(&ws, None, date).unwrap().footer.contains(INCOMPLETE_MARKING));
}

#[test]
fn a_plain_comment_cannot_be_applied_and_a_replacement_can() {
    let (mut wb, ws) = workspace();
    wb.review_import(&ws, &fixture("review-comments.docx"), "r.docx", None, None, false)
        .unwrap();
    let listed = wb.review_list(&ws, Some("SIM-08"), false).unwrap();
    let comment = listed.iter().find(|c| c.kind == ReviewKind::Comment).unwrap();
    let err = wb
        .review_respond(&ws, &comment.id, Disposition::Accepted, None, true)
        .unwrap_err();
    assert!(matches!(err, Error::NothingToApply(_)) && err.is_usage(), "{err}");
    assert!(
        wb.review_list(&ws, Some("SIM-08"), true)
            .unwrap()
            .iter()
            .any(|c| c.id == comment.id)
    );

    let insertion = listed.iter().find(|c| c.kind == ReviewKind::Insertion).unwrap();
    assert_eq!(insertion.text, "suspends the wallet");
    let answered = wb
        .review_respond(&ws, &insertion.id, Disposition::Accepted, Some("Clearer."), true)
        .unwrap();
    assert_eq!(answered.disposition, Some(Disposition::Accepted));
    let decision = &wb
        .workspace_show(&ws)
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == "SIM-08")
        .unwrap()
        .decision;
    assert_eq!(decision.status, DecisionStatus::AdoptModified);
    let wording = decision.wording.as_deref().unwrap();
    assert!(
        wording.contains("suspends the wallet") && !wording.contains("freezes the account"),
        "{wording}"
    );
    let history = wb.history(&ws, Some("SIM-08")).unwrap();
    assert!(
        history.iter().any(|h| h.field == "wording"),
        "the normal decision change"
    );
    assert!(history.iter().any(|h| h.field == "review"));
}

/// The circulated DOCX with `from` replaced by `to` in its text, as a reviewer edits it
/// without tracking.
fn edited(docx: &[u8], from: &str, to: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for n in 0..archive.len() {
        let mut entry = archive.by_index(n).unwrap();
        let name = entry.name().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "word/document.xml" {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains(from), "the clause says {from:?}");
            bytes = text.replacen(from, to, 1).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_clause_edited_without_tracking_is_an_edit_checked_against_the_version_it_came_from() {
    let (mut wb, ws) = workspace();
    wb.version_circulate(&ws, Some("0.1"), None, NaiveDate::from_ymd_opt(2026, 11, 1))
        .unwrap();
    let circulated = wb.export_version(&ws, "0.1", ExportFormat::Docx).unwrap();
    let file = edited(&circulated, "freezes the account", "suspends the wallet");
    let report = wb
        .review_import(&ws, &file, "edited.docx", Some("Mpho Lebona"), None, false)
        .unwrap();
    assert_eq!(report.source_version.as_deref(), Some("0.1"));
    assert_eq!(report.counts.by_item.get("SIM-08"), Some(&1), "{report:?}");
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    let edit = &wb.review_list(&ws, None, false).unwrap()[0];
    assert_eq!(edit.kind, ReviewKind::Edit);
    assert_eq!(edit.author, "Mpho Lebona", "the file names no one: --reviewer does");
    assert_eq!(edit.source_version.as_deref(), Some("0.1"));
    assert!(edit.anchor_text.contains("freezes the account") && edit.text.contains("suspends the wallet"));

    // The item changed after circulation: the reviewer's text does not overwrite it.
    let patch = DecisionPatch {
        rationale: Some("Fraud is rising.".into()),
        ..DecisionPatch::default()
    };
    wb.decide(&ws, "SIM-08", &patch, None).unwrap();
    let err = wb
        .review_respond(&ws, &edit.id, Disposition::Accepted, None, true)
        .unwrap_err();
    assert!(matches!(err, Error::Store(StoreError::StaleRevision { .. })), "{err}");
    assert!(
        wb.review_list(&ws, None, false).unwrap()[0].disposition.is_none(),
        "nothing recorded"
    );

    let unknown = wb.review_import(&ws, b"not a zip at all", "bad.docx", None, None, false);
    assert!(matches!(unknown, Err(Error::ReviewRead { .. })), "{unknown:?}");
    assert_eq!(wb.review_list(&ws, None, false).unwrap().len(), 1, "nothing imported");
}

#[test]
fn the_schema_6_fixture_opens_with_its_comments_and_answers() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("schema-6.sqlite3");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-6.db");
    std::fs::copy(&fixture, &path).unwrap();
    let wb = Workbench::open(&path, "tester").unwrap();
    let all = wb.review_list("Lesotho 2025", None, false).unwrap();
    assert_eq!(all.len(), 5, "{all:#?}");
    assert_eq!(wb.review_list("Lesotho 2025", None, true).unwrap().len(), 3);
    let rejected = all
        .iter()
        .find(|c| c.disposition == Some(Disposition::Rejected))
        .unwrap();
    assert_eq!(rejected.organisation.as_deref(), Some("Central Bank of Lesotho"));
    assert!(rejected.response.is_some());
    let sim = wb
        .workspace_show("Lesotho 2025")
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == "SIM-08")
        .unwrap();
    assert!(
        sim.decision.wording.unwrap().contains("suspends the wallet"),
        "the applied replacement"
    );
    assert_eq!(wb.version_list("Lesotho 2025").unwrap().len(), 1);
}

#[test]
fn annex_g_lists_each_comment_in_clause_order_with_its_disposition() {
    let (mut wb, ws) = workspace();
    let date = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
    let plain = adopt_document::text::render(&wb.draft(&ws, None, date).unwrap());
    assert!(!plain.contains("Annex G"), "no comments, no annex");
    wb.review_import(
        &ws,
        &fixture("review-comments.docx"),
        "r.docx",
        Some("CBL legal"),
        Some("Central Bank of Lesotho"),
        false,
    )
    .unwrap();
    let reg = wb.review_list(&ws, Some("REG-01"), false).unwrap().remove(0);
    wb.review_respond(
        &ws,
        &reg.id,
        Disposition::Rejected,
        Some("The Act already says shall."),
        false,
    )
    .unwrap();
    let text = adopt_document::text::render(&wb.draft(&ws, None, date).unwrap());
    // The last mentions: the annexes themselves, not their lines in the contents.
    let annex = text
        .rfind("Annex G — Comments received and their disposition")
        .expect(&text);
    let findings = text.rfind("Completeness findings").expect("comments are still open");
    assert!(annex < findings, "annex G comes before the findings");
    let table = &text[annex..findings];
    let at = |needle: &str| table.find(needle).unwrap_or_else(|| panic!("{needle} in {table}"));
    assert!(
        at("REG-01") < at("SIM-08") && at("SIM-08") < at("Section 7"),
        "clause order: {table}"
    );
    assert!(at("Rejected") > at("REG-01") && table.contains("The Act already says shall."));
    assert!(table.contains("Palesa Mokoena, Central Bank of Lesotho"));
    assert!(table.contains("Insert: “suspends the wallet”") && table.contains("Pending"));
    assert!(table.contains("5 received, 1 answered"), "{table}");
    assert!(
        table.contains("Reply from Thabo Sello: Agreed"),
        "the thread rides along: {table}"
    );
}
