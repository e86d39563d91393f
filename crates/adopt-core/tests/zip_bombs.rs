//! Zip bombs in every zip-based file dfs-adopt reads from outside, through the workbench: the
//! XLSX survey, the reviewer's DOCX and the reference DOCX are refused quickly with a message
//! that names the bomb, and nothing is written.

use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

use adopt_core::{ReferenceDoc, SurveyFormat, Workbench};

mod common;

#[path = "../../adopt-office/tests/common/bomb.rs"]
mod bomb;

fn clinic() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = common::lesotho_with_three_items(&mut wb);
    (wb, ws)
}

/// A survey workbook from the real template with `extra` parts added after its own.
fn template_with(wb: &Workbench, ws: &str, extra: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let template = wb.survey_template_bytes(ws, false, SurveyFormat::Xlsx).unwrap();
    let mut source = zip::ZipArchive::new(Cursor::new(template)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..source.len() {
        out.raw_copy_file(source.by_index(i).unwrap()).unwrap();
    }
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in extra {
        out.start_file(*name, options).unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn survey_refusal(wb: &mut Workbench, ws: &str, bytes: &[u8]) -> String {
    let started = Instant::now();
    let err = wb
        .survey_import_bytes(ws, bytes, SurveyFormat::Xlsx, None, false)
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert!(wb.baseline(ws).unwrap().is_empty(), "a refused survey wrote answers");
    err.to_string()
}

#[test]
fn an_xlsx_survey_that_unpacks_to_a_gigabyte_is_refused_as_a_zip_bomb() {
    let (mut wb, ws) = clinic();
    // One worksheet part of 1 GiB of zeros packed into about 1 MB, headers honest or lying.
    for declared in [1 << 30, 4096] {
        let bomb = bomb::zip_bomb("xl/worksheets/sheet1.xml", 1 << 30, declared);
        assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
        let message = survey_refusal(&mut wb, &ws, &bomb);
        assert!(message.contains("zip bomb"), "{message}");
        assert!(message.contains("xl/worksheets/sheet1.xml"), "{message}");
    }
}

#[test]
fn an_xlsx_survey_with_thousands_of_parts_is_refused() {
    let (mut wb, ws) = clinic();
    let parts: Vec<(String, Vec<u8>)> = (0..1_200).map(|i| (format!("xl/media/p{i}.bin"), vec![0])).collect();
    let extra: Vec<(&str, Vec<u8>)> = parts.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let bytes = template_with(&wb, &ws, &extra);
    let message = survey_refusal(&mut wb, &ws, &bytes);
    assert!(message.contains("parts"), "{message}");
}

#[test]
fn a_real_survey_workbook_with_a_small_extra_part_still_imports() {
    // The caps refuse bombs, not workbooks that carry a picture or two.
    let (wb, ws) = clinic();
    let bytes = template_with(&wb, &ws, &[("xl/media/logo.bin", vec![7; 200_000])]);
    let report = wb.survey_preview_bytes(&ws, &bytes, SurveyFormat::Xlsx, None).unwrap();
    assert!(report.rows > 0, "the template's rows are read");
}

#[test]
fn a_reviewer_docx_zip_bomb_is_refused_and_imports_nothing() {
    let (mut wb, ws) = clinic();
    let bomb = bomb::zip_bomb("word/document.xml", 1 << 30, 4096);
    let started = Instant::now();
    let err = wb
        .review_import(&ws, &bomb, "returned.docx", Some("Reviewer"), None, false)
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert!(err.to_string().contains("zip bomb"), "{err}");
    assert!(wb.review_list(&ws, None, false).unwrap().is_empty());
}

#[test]
fn a_reference_docx_zip_bomb_is_refused_and_leaves_no_house_style() {
    let (mut wb, ws) = clinic();
    // A real reference document whose styles part is swapped for 1 GiB of zeros.
    let source = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../adopt-office/tests/fixtures/source.docx"
    ))
    .unwrap();
    let mut source = zip::ZipArchive::new(Cursor::new(source)).unwrap();
    let mut bomb = zip::ZipArchive::new(Cursor::new(bomb::zip_bomb("word/styles.xml", 1 << 30, 4096))).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..source.len() {
        let part = source.by_index(i).unwrap();
        if part.name() != "word/styles.xml" {
            out.raw_copy_file(part).unwrap();
        }
    }
    out.raw_copy_file(bomb.by_index(0).unwrap()).unwrap();
    let doc = ReferenceDoc {
        name: "letterhead.docx".into(),
        bytes: out.finish().unwrap().into_inner(),
    };
    let started = Instant::now();
    let err = wb.reference_doc_set(&ws, &doc).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert!(err.to_string().contains("zip bomb"), "{err}");
    assert!(wb.reference_doc_show(&ws).unwrap().is_none());
}
