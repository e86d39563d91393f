//! The gap-analysis survey through the workbench: template out, answers in (XLSX and CSV as
//! people really produce them), all or nothing with every bad row named, re-import replacing
//! answers with the old ones kept in the history, suggestions, and the completeness check.

use adopt_core::{ErrorCode, SurveyFormat, Workbench};
use adopt_domain::{DecisionPatch, DecisionStatus, FindingKind, Priority, SurveyStatus};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::{NaiveDate, TimeZone, Utc};

mod common;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn clinic() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    wb.set_clock(|| Utc.with_ymd_and_hms(2025, 5, 20, 8, 0, 0).unwrap());
    let ws = common::lesotho_with_three_items(&mut wb);
    (wb, ws)
}

/// The template's rows as text, read back as a spreadsheet program would.
fn xlsx_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_template_has_one_row_per_item_and_authority_with_the_contract_columns() {
    let (wb, ws) = clinic();
    let csv = wb.survey_template_bytes(&ws, false, SurveyFormat::Csv).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with BOM");
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF line ends"
    );
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(
        lines[0],
        "item_id,item_title,authority,status,instrument,evidence,gap,comment"
    );
    assert_eq!(lines.len(), 1 + 3 * 2, "three items, two authorities");
    assert!(
        lines[1].starts_with("APP-01,") && lines[1].ends_with(",LCA,,,,,"),
        "{}",
        lines[1]
    );

    let xlsx = wb.survey_template_bytes(&ws, false, SurveyFormat::Xlsx).unwrap();
    let rows = xlsx_rows(&xlsx);
    assert_eq!(rows[0], adopt_core::SURVEY_COLUMNS.map(String::from).to_vec());
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[6][0], "SIM-08");
    assert_eq!(rows[6][2], "CBL");
    // Drop-down lists and the frozen header live in the sheet's XML.
    let sheet = zip_part(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<dataValidation type=\"list\""), "drop-down lists");
    assert!(
        sheet.contains("implemented,partially-implemented,planned"),
        "the status values"
    );
    assert!(sheet.contains("licence-condition"), "the instrument values");
    assert!(sheet.contains("state=\"frozen\""), "the header row is frozen");

    let all = wb.survey_template_bytes(&ws, true, SurveyFormat::Csv).unwrap();
    let count = String::from_utf8_lossy(&all).matches("\r\n").count();
    assert_eq!(count, 1 + 152 * 2, "--all: the whole catalog");
}

/// One part of the XLSX container, as `unzip -p` gives it.
fn zip_part(bytes: &[u8], name: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("survey.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("unzip")
        .arg("-p")
        .arg(&path)
        .arg(name)
        .output()
        .unwrap();
    assert!(out.status.success(), "unzip {name}");
    String::from_utf8(out.stdout).unwrap()
}

/// Fills the template the way a script would: every row answered, in a new workbook.
fn filled_xlsx(template: &[u8], answer: impl Fn(&str, &str) -> [&'static str; 5]) -> Vec<u8> {
    let rows = xlsx_rows(template);
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        let mut cells = row.clone();
        if r > 0 {
            let filled = answer(&row[0], &row[2]);
            cells.truncate(3);
            cells.extend(filled.iter().map(|s| s.to_string()));
        }
        for (c, text) in cells.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn a_filled_xlsx_round_trips_into_the_baseline_and_the_draft() {
    let (mut wb, ws) = clinic();
    let template = wb.survey_template_bytes(&ws, false, SurveyFormat::Xlsx).unwrap();
    let filled = filled_xlsx(&template, |item, authority| match (item, authority) {
        ("SIM-08", "LCA") => [
            "Partially implemented",
            "Licence condition",
            "Licence cond. 9",
            "No wallet freeze",
            "",
        ],
        ("SIM-08", "CBL") => ["not implemented", "", "", "No rule", ""],
        ("PAY-01", _) => ["implemented", "guideline", "Mobile Money Guidelines s. 8", "", ""],
        _ => ["unknown", "", "", "", "to confirm"],
    });
    let report = wb
        .survey_import_bytes(&ws, &filled, SurveyFormat::Xlsx, None, false)
        .unwrap();
    assert!(report.applied);
    assert_eq!((report.rows, report.changes.len()), (6, 6));
    let baseline = wb.baseline(&ws).unwrap();
    let sim08: Vec<_> = baseline.iter().filter(|b| b.item == "SIM-08").collect();
    assert_eq!(sim08[0].authority, "LCA", "in the authorities' order");
    assert_eq!(sim08[0].status, SurveyStatus::PartiallyImplemented);
    assert_eq!(sim08[0].instrument, Some(adopt_domain::Instrument::LicenceCondition));
    assert_eq!(sim08[0].gap.as_deref(), Some("No wallet freeze"));

    let draft = adopt_document::text::render(&wb.draft(&ws, None, day(2025, 6, 6)).unwrap());
    assert!(draft.contains("Annex F — Gap analysis and implementation roadmap"));
    assert!(draft.contains("Gap-analysis summary"));
}

#[test]
fn csv_as_people_produce_it_imports_and_a_corrected_file_replaces_earlier_answers() {
    let (mut wb, ws) = clinic();
    // Semicolons, BOM, CRLF, headers in odd case with spaces, a quoted field with a line break,
    // French status words, and trailing empty rows.
    let first = "\u{feff} Item_ID ;AUTHORITY; Status ;Instrument;Evidence;Gap;Comment\r\n\
                 SIM-08;lca;Mis en œuvre;Law;\"Communications Act 2012,\r\ns. 44\";;\r\n\
                 PAY-01;CBL;partiellement mis en oeuvre;;;Lockout missing;\r\n\
                 ;;;;;;\r\n;;;;;;\r\n";
    let report = wb
        .survey_import_bytes(&ws, first.as_bytes(), SurveyFormat::Csv, None, false)
        .unwrap();
    assert_eq!(
        (report.rows, report.changes.len()),
        (2, 2),
        "empty rows are not answers"
    );
    let evidence = wb.baseline(&ws).unwrap()[1].evidence.clone();
    assert_eq!(evidence.as_deref(), Some("Communications Act 2012,\ns. 44"));

    let corrected =
        "item_id,authority,status\r\nSIM-08,LCA,partially implemented\r\nPAY-01,CBL,partially-implemented\r\n";
    let dry = wb
        .survey_import_bytes(&ws, corrected.as_bytes(), SurveyFormat::Csv, None, true)
        .unwrap();
    assert!(!dry.applied);
    assert_eq!(dry.changes.len(), 2, "PAY-01 loses its gap text, SIM-08 its status");
    assert_eq!(
        wb.baseline(&ws).unwrap()[1].status,
        SurveyStatus::Implemented,
        "a dry run writes nothing"
    );
    let report = wb
        .survey_import_bytes(&ws, corrected.as_bytes(), SurveyFormat::Csv, None, false)
        .unwrap();
    assert_eq!(
        report.changes[0].old.as_ref().unwrap().status,
        SurveyStatus::Implemented
    );
    assert_eq!(wb.baseline(&ws).unwrap().len(), 2, "replaced, not added");
    let history = wb.history(&ws, Some("SIM-08")).unwrap();
    let lines: Vec<_> = history.iter().filter(|h| h.field == "baseline LCA").collect();
    assert_eq!(lines.len(), 2, "the replaced answer stays in the history");
    assert!(lines[1].old.as_deref().unwrap().starts_with("implemented; law"));

    // --authority keeps one authority's rows, or fills an empty column.
    let mixed = "item_id,authority,status\nAPP-01,LCA,planned\nAPP-01,CBL,planned\nSIM-08,,unknown\n";
    let report = wb
        .survey_import_bytes(&ws, mixed.as_bytes(), SurveyFormat::Csv, Some("cbl"), false)
        .unwrap();
    assert_eq!((report.changes.len(), report.skipped), (2, 1));
    assert!(
        report.changes.iter().all(|c| c.authority == "CBL"),
        "{:?}",
        report.changes
    );
}

#[test]
fn every_bad_row_is_reported_by_line_and_column_and_nothing_is_imported() {
    let (mut wb, ws) = clinic();
    wb.survey_import_bytes(
        &ws,
        b"item_id,authority,status\nSIM-08,LCA,planned\n",
        SurveyFormat::Csv,
        None,
        false,
    )
    .unwrap();
    let before = (wb.baseline(&ws).unwrap(), wb.history(&ws, None).unwrap());
    let bad = "item_id,authority,status,instrument\n\
               SIM-08,LCA,implemented,law\n\
               PAY-01,LCA,done,\n\
               XYZ-99,CBL,planned,\n\
               APP-01,RBM,planned,\n\
               APP-01,CBL,,\n\
               APP-01,LCA,planned,decree\n\
               ,CBL,planned,\n\
               SIM-08,lca,planned,\n";
    let err = wb
        .survey_import_bytes(&ws, bad.as_bytes(), SurveyFormat::Csv, None, false)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let message = err.to_string();
    for expected in [
        "line 3, column C (status): unknown survey status \"done\"",
        "line 4, column A (item_id): unknown recommendation \"XYZ-99\"",
        "line 5, column B (authority): \"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        "line 6, column C (status): empty; use one of: implemented",
        "line 7, column D (instrument): unknown instrument \"decree\"",
        "line 8, column A (item_id): empty",
        "line 9, column A (item_id): SIM-08 for LCA is answered twice (also on line 2)",
    ] {
        assert!(message.contains(expected), "missing {expected:?} in:\n{message}");
    }
    assert!(!message.contains("line 2,"), "line 2 is fine");
    assert_eq!((wb.baseline(&ws).unwrap(), wb.history(&ws, None).unwrap()), before);

    let no_status = wb.survey_import_bytes(&ws, b"item_id,authority\nSIM-08,LCA\n", SurveyFormat::Csv, None, false);
    assert!(
        no_status
            .unwrap_err()
            .to_string()
            .contains("line 1, column — (status): the header row has no \"status\" column")
    );
    let not_xlsx = wb.survey_import_bytes(&ws, b"item_id,status", SurveyFormat::Xlsx, None, false);
    assert!(not_xlsx.unwrap_err().to_string().contains("not an XLSX workbook"));
    assert_eq!(wb.baseline(&ws).unwrap(), before.0);
}

#[test]
fn an_item_every_authority_has_implemented_is_suggested_as_already_covered() {
    let (mut wb, ws) = clinic();
    let csv = "item_id,authority,status\nPAY-01,LCA,implemented\nPAY-01,CBL,implemented\nSIM-08,LCA,implemented\nSIM-08,CBL,planned\n";
    wb.survey_import_bytes(&ws, csv.as_bytes(), SurveyFormat::Csv, None, false)
        .unwrap();
    let suggestions = wb.suggestions(&ws).unwrap();
    assert_eq!(suggestions.len(), 1);
    assert_eq!(suggestions[0].item, "PAY-01");
    assert_eq!(suggestions[0].status, DecisionStatus::AlreadyCovered);
    let status = wb.workspace_show(&ws).unwrap().items[1].decision.status;
    assert_eq!(status, DecisionStatus::Open, "a suggestion decides nothing");
}

#[test]
fn the_check_finds_each_kind_and_the_incomplete_marking_goes_once_they_are_fixed() {
    let (mut wb, ws) = clinic();
    let date = day(2026, 1, 1);
    let set = |wb: &mut Workbench, id: &str, patch: DecisionPatch| {
        wb.decide(&ws, id, &patch, None).unwrap();
    };
    set(
        &mut wb,
        "SIM-08",
        DecisionPatch {
            status: Some(DecisionStatus::AdoptModified),
            due: Some(day(2025, 12, 31)),
            ..DecisionPatch::default()
        },
    );
    set(
        &mut wb,
        "PAY-01",
        DecisionPatch {
            status: Some(DecisionStatus::Deferred),
            ..DecisionPatch::default()
        },
    );
    wb.session_create(
        &ws,
        adopt_domain::SessionDraft {
            date: day(2025, 6, 5),
            place: None,
            facilitator: "F".into(),
            participants: vec![],
            time_box: None,
        },
    )
    .unwrap();
    wb.resolve(
        &ws,
        "APP-01",
        adopt_domain::ResolutionInput {
            resolution: adopt_domain::Resolution::Divergent,
            conditions: None,
            status: None,
        },
        None,
    )
    .unwrap();
    let findings = wb.check(&ws, date).unwrap();
    let kinds: Vec<(FindingKind, Option<&str>)> = findings.iter().map(|f| (f.kind, f.item.as_deref())).collect();
    for expected in [
        (FindingKind::UnsettledDivergence, Some("APP-01")),
        (FindingKind::MissingRationale, Some("PAY-01")),
        (FindingKind::MissingWording, Some("SIM-08")),
        (FindingKind::MissingLead, Some("SIM-08")),
        (FindingKind::MissingPriority, Some("SIM-08")),
        (FindingKind::PastDue, Some("SIM-08")),
        (FindingKind::MissingProperty, None),
    ] {
        assert!(kinds.contains(&expected), "{expected:?} not found in {kinds:?}");
    }
    let draft = adopt_document::text::render(&wb.draft(&ws, None, date).unwrap());
    assert!(draft.contains("[DRAFT — INCOMPLETE]") && draft.contains("# Completeness findings"));

    // Fix everything.
    set(
        &mut wb,
        "SIM-08",
        DecisionPatch {
            wording: Some("Operators shall notify DFS providers of recycled numbers.".into()),
            lead: Some("LCA".into()),
            priority: Some(Priority::High),
            due: Some(day(2026, 6, 30)),
            ..DecisionPatch::default()
        },
    );
    set(
        &mut wb,
        "PAY-01",
        DecisionPatch {
            rationale: Some("Awaiting the payment systems bill.".into()),
            ..DecisionPatch::default()
        },
    );
    wb.resolve(
        &ws,
        "APP-01",
        adopt_domain::ResolutionInput {
            resolution: adopt_domain::Resolution::Agreed,
            conditions: None,
            status: Some(DecisionStatus::NotApplicable),
        },
        None,
    )
    .unwrap();
    set(
        &mut wb,
        "APP-01",
        DecisionPatch {
            rationale: Some("No DFS app is licensed yet.".into()),
            ..DecisionPatch::default()
        },
    );
    wb.workspace_set(
        &ws,
        adopt_core::WorkspaceProperties {
            doc_version: Some("0.1".into()),
            reference: Some("LCA/CBL/1".into()),
            prepared_by: Some("Secretariat".into()),
            event: Some("Clinic".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(wb.check(&ws, date).unwrap(), [], "a clean check");
    let draft = adopt_document::text::render(&wb.draft(&ws, None, date).unwrap());
    assert!(!draft.contains("INCOMPLETE") && !draft.contains("Completeness findings"));
    assert!(draft.contains("[DRAFT — for legal review]"));
    // An open item, the last kind.
    wb.select(&ws, &["TEL-01".into()]).unwrap();
    let open = wb.check(&ws, date).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(
        (open[0].kind, open[0].item.as_deref()),
        (FindingKind::OpenItem, Some("TEL-01"))
    );
}

/// LibreOffice Calc opens the template as a spreadsheet user would: the rows are there, and the
/// status and instrument columns carry their drop-down lists.
#[test]
fn a_spreadsheet_program_opens_the_template_with_its_drop_down_lists() {
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v libreoffice"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(found, "libreoffice is missing: run scripts/install-deps.sh");
    let (wb, ws) = clinic();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("survey.xlsx");
    std::fs::write(&xlsx, wb.survey_template_bytes(&ws, false, SurveyFormat::Xlsx).unwrap()).unwrap();
    let out = std::process::Command::new("libreoffice")
        .arg(format!("-env:UserInstallation=file://{}/lo", dir.path().display()))
        .args(["--headless", "--convert-to", "fods", "--outdir"])
        .arg(dir.path())
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fods = std::fs::read_to_string(dir.path().join("survey.fods"))
        .expect("LibreOffice Calc converted the workbook (is libreoffice-calc-nogui installed?)");
    assert!(
        fods.contains("Notify DFS providers of recycled numbers"),
        "the rows are there"
    );
    let validations = fods.matches("<table:content-validation ").count();
    assert!(validations >= 2, "status and instrument lists, found {validations}");
    assert!(fods.contains("partially-implemented") && fods.contains("licence-condition"));
}
