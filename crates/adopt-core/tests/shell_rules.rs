//! Rules both shells follow because the core applies them: the survey file's size cap, the
//! survey previewed is the survey imported, a blank authority reads the whole file, and the
//! document date is today by the workbench's clock in the local time zone.

use adopt_core::{Clock, ErrorCode, MAX_SURVEY_BYTES, Workbench};
use chrono::{Local, TimeZone, Utc};

mod common;

// The 40 MB file below is over the cap.
const _: () = assert!(40 * 1024 * 1024 > MAX_SURVEY_BYTES);

const ANSWERS: &str = "item_id,authority,status\r\nSIM-08,LCA,implemented\r\nSIM-08,CBL,partially-implemented\r\n";

fn clinic() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = common::lesotho_with_three_items(&mut wb);
    (wb, ws)
}

#[test]
fn a_survey_file_over_the_size_cap_is_refused_before_it_is_read() {
    let (mut wb, ws) = clinic();
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("answers.csv");
    // 40 MB: the size the CLI used to read while the app refused it.
    std::fs::File::create(&big).unwrap().set_len(40 * 1024 * 1024).unwrap();
    for refused in [
        wb.survey_preview(&ws, &big, None).unwrap_err(),
        wb.survey_import(&ws, &big, None, false).unwrap_err(),
    ] {
        assert_eq!(refused.code(), ErrorCode::InvalidInput);
        let message = refused.to_string();
        assert!(
            message.contains("40 MB, too large for a survey (at most 32 MB)"),
            "{message}"
        );
    }
    assert!(wb.baseline(&ws).unwrap().is_empty(), "nothing was imported");

    let at_cap = dir.path().join("blank.csv");
    std::fs::File::create(&at_cap)
        .unwrap()
        .set_len(MAX_SURVEY_BYTES)
        .unwrap();
    let read = wb.survey_preview(&ws, &at_cap, None);
    assert!(
        !read.is_err_and(|e| e.to_string().contains("too large")),
        "a file of exactly the cap is read"
    );
}

#[test]
fn a_survey_file_must_be_xlsx_or_csv_and_readable() {
    let (mut wb, ws) = clinic();
    let dir = tempfile::tempdir().unwrap();
    let ods = dir.path().join("answers.ods");
    std::fs::write(&ods, "x").unwrap();
    let refused = wb.survey_preview(&ws, &ods, None).unwrap_err();
    assert!(refused.is_usage(), "a wrong extension is a malformed command line");
    assert!(
        refused.to_string().contains("a survey is an .xlsx or a .csv file"),
        "{refused}"
    );

    let missing = wb.survey_preview(&ws, &dir.path().join("gone.CSV"), None).unwrap_err();
    assert_eq!(missing.code(), ErrorCode::NotFound);
    assert!(missing.to_string().contains("gone.CSV cannot be read"), "{missing}");
}

#[test]
fn importing_after_a_preview_imports_what_the_preview_showed() {
    let (mut wb, ws) = clinic();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.csv");
    std::fs::write(&file, ANSWERS).unwrap();
    let preview = wb.survey_preview(&ws, &file, None).unwrap();
    assert_eq!(preview.changes.len(), 2);

    // The file changes on disk after the preview: the import still applies the previewed answers.
    std::fs::write(&file, "item_id,authority,status\r\nPAY-01,LCA,not-implemented\r\n").unwrap();
    let imported = wb.survey_import(&ws, &file, None, false).unwrap();
    assert!(imported.applied);
    let items: Vec<_> = wb.baseline(&ws).unwrap().into_iter().map(|a| a.item).collect();
    assert_eq!(items, ["SIM-08", "SIM-08"]);

    // The preview is used once: a second import reads the file as it is now.
    wb.survey_import(&ws, &file, None, false).unwrap();
    assert!(wb.baseline(&ws).unwrap().iter().any(|a| a.item == "PAY-01"));
}

#[test]
fn a_preview_of_another_file_or_workspace_is_not_imported_in_its_place() {
    let (mut wb, ws) = clinic();
    let dir = tempfile::tempdir().unwrap();
    let previewed = dir.path().join("first.csv");
    let other = dir.path().join("second.csv");
    std::fs::write(&previewed, ANSWERS).unwrap();
    std::fs::write(&other, "item_id,authority,status\r\nAPP-01,CBL,not-implemented\r\n").unwrap();
    wb.survey_preview(&ws, &previewed, None).unwrap();
    wb.survey_import(&ws, &other, None, false).unwrap();
    let items: Vec<_> = wb.baseline(&ws).unwrap().into_iter().map(|a| a.item).collect();
    assert_eq!(items, ["APP-01"]);
}

#[test]
fn a_blank_authority_reads_the_whole_file_and_a_code_reads_only_its_rows() {
    let (wb, ws) = clinic();
    let whole = wb.survey_preview_bytes(&ws, ANSWERS.as_bytes(), adopt_core::SurveyFormat::Csv, Some("  "));
    assert_eq!(whole.unwrap().changes.len(), 2);
    let lca = wb
        .survey_preview_bytes(&ws, ANSWERS.as_bytes(), adopt_core::SurveyFormat::Csv, Some(" LCA "))
        .unwrap();
    assert_eq!(lca.changes.len(), 1);
    assert_eq!(lca.skipped, 1);
}

#[test]
fn the_document_date_is_the_one_given_or_today_by_the_workbench_clock() {
    let at = Utc.with_ymd_and_hms(2027, 3, 31, 23, 59, 30).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let wb = Workbench::open_with(&dir.path().join("db.sqlite3"), "secretariat", Clock::fixed(at)).unwrap();
    let local_today = at.with_timezone(&Local).date_naive();
    assert_eq!(wb.today(), local_today);
    assert_eq!(wb.document_date(None).unwrap(), local_today);
    assert_eq!(
        wb.document_date(Some("2027-03-30")).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2027, 3, 30).unwrap()
    );
    assert!(wb.document_date(Some("31/03/2027")).unwrap_err().is_usage());
    assert!(wb.document_date(Some("2027-02-30")).unwrap_err().is_usage());
}

#[test]
fn history_lines_are_stamped_by_the_workbench_clock() {
    let at = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbench::open_with(&dir.path().join("db.sqlite3"), "secretariat", Clock::fixed(at)).unwrap();
    let ws = common::lesotho_with_three_items(&mut wb);
    let history = wb.history(&ws, None).unwrap();
    assert!(!history.is_empty());
    assert!(history.iter().all(|h| h.at == at), "{history:?}");
}
