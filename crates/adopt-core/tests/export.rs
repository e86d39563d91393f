//! The draft adoption document end to end: composition checked on the model (snapshot of its
//! plain-text rendering), then the DOCX and PDF opened by real clients (LibreOffice, poppler,
//! qpdf) as legal reviewers would open them.

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_core::{ExportFormat, Workbench, WorkspaceProperties};
use adopt_document::{Block, Document};
use adopt_domain::{Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, ReasonCode};
use chrono::{NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
}

fn demo() -> (Workbench, String) {
    let mut workbench = Workbench::in_memory("secretariat").unwrap();
    workbench.set_clock(|| Utc.with_ymd_and_hms(2025, 6, 6, 12, 0, 0).unwrap());
    let ws = adopt_core::demo::create(&mut workbench).unwrap();
    (workbench, ws.id)
}

/// Titles of the adopted clauses in document order, as "ID — title".
fn clause_titles(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) if h.level == 3 && h.number.is_some() => Some(h.text.clone()),
            _ => None,
        })
        .collect()
}

fn tool(name: &str) -> Command {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success());
    assert!(
        found.unwrap_or(false),
        "{name} is missing: run scripts/install-deps.sh (it installs LibreOffice, poppler-utils and qpdf)"
    );
    Command::new(name)
}

fn run(mut command: Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text with every run of white space folded to one space, so wrapped lines still match.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_in_order(text: &str, needles: &[String], what: &str) {
    let text = folded(text);
    let mut from = 0;
    for needle in needles {
        let needle = folded(needle);
        match text[from..].find(&needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{what}: \"{needle}\" is missing or out of order"),
        }
    }
}

fn libreoffice_to_pdf(docx: &Path, out: &Path) -> PathBuf {
    let profile = out.join("lo-profile");
    let mut lo = tool("libreoffice");
    lo.arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .arg(docx);
    run(lo);
    let pdf = out.join(docx.file_stem().unwrap()).with_extension("pdf");
    assert!(pdf.exists(), "LibreOffice wrote no PDF");
    pdf
}

#[test]
fn the_demo_draft_composes_into_the_expected_document() {
    let (workbench, ws) = demo();
    let doc = workbench.draft(&ws, None, date()).unwrap();
    insta::assert_snapshot!("demo_joint_directive", adopt_document::text::render(&doc));
}

#[test]
fn the_guideline_template_composes_the_same_clauses() {
    let (workbench, ws) = demo();
    let directive = workbench.draft(&ws, Some("joint-directive"), date()).unwrap();
    let guideline = workbench.draft(&ws, Some("guideline"), date()).unwrap();
    assert_eq!(clause_titles(&directive), clause_titles(&guideline));
    assert_ne!(directive.metadata.title, guideline.metadata.title);
}

#[test]
fn clauses_follow_the_catalog_groups_and_cover_every_adopted_item() {
    let (workbench, ws) = demo();
    let detail = workbench.workspace(&ws).unwrap();
    let adopted: Vec<&str> = detail
        .items
        .iter()
        .filter(|i| matches!(i.decision.status, DecisionStatus::Adopt | DecisionStatus::AdoptModified))
        .map(|i| i.id.as_str())
        .collect();
    let doc = workbench.draft(&ws, None, date()).unwrap();
    let titles = clause_titles(&doc);
    assert_eq!(titles.len(), adopted.len(), "one clause per adopted item");
    let ids: Vec<&str> = titles.iter().map(|t| t.split(' ').next().unwrap()).collect();
    let groups: Vec<&str> = ids.iter().map(|id| &id[..3]).collect();
    let mut sorted = groups.clone();
    sorted.sort_by_key(|g| ["REG", "TEL", "SIM", "PAY", "APP", "USR"].iter().position(|x| x == g));
    assert_eq!(groups, sorted, "clauses are grouped REG, TEL, SIM, PAY, APP, USR");
    let text = adopt_document::text::render(&doc);
    assert!(
        text.contains("Catalog statement, for comparison"),
        "national wording is shown beside the catalog statement"
    );
    assert!(text.contains("could not be verified"), "unverified items are marked");
}

#[test]
fn the_same_workspace_and_date_give_identical_bytes() {
    let (workbench, ws) = demo();
    for format in [ExportFormat::Docx, ExportFormat::Pdf] {
        let first = workbench.export(&ws, format, None, date()).unwrap();
        let _other = workbench.export(&ws, format, Some("guideline"), date()).unwrap();
        let again = workbench.export(&ws, format, None, date()).unwrap();
        assert!(
            first == again,
            "{format:?} export differs between two runs in one process"
        );
        let later = workbench
            .export(&ws, format, None, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())
            .unwrap();
        assert!(first != later, "{format:?}: the date is part of the document");
    }
}

#[test]
fn legal_reviewers_can_open_both_files_in_real_clients() {
    let (workbench, ws) = demo();
    let dir = TempDir::new().unwrap();
    let doc = workbench.draft(&ws, None, date()).unwrap();
    let titles = clause_titles(&doc);

    let pdf = dir.path().join("draft.pdf");
    adopt_core::write_file(&pdf, &adopt_core::render(&doc, ExportFormat::Pdf).unwrap()).unwrap();
    let mut qpdf = tool("qpdf");
    qpdf.arg("--check").arg(&pdf);
    run(qpdf);
    let mut fonts = tool("pdffonts");
    fonts.arg(&pdf);
    let fonts = run(fonts);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "the PDF names its fonts");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let embedded = columns.iter().rev().nth(4).copied();
        assert_eq!(embedded, Some("yes"), "a font is not embedded: {row}");
    }
    let mut text = tool("pdftotext");
    text.arg(&pdf).arg("-");
    let text = run(text);
    assert_in_order(&text, &titles, "pdftotext of our PDF");
    assert!(text.contains("DRAFT — for legal review") && text.contains("Page 1 of"));

    let docx = dir.path().join("draft.docx");
    adopt_core::write_file(&docx, &adopt_core::render(&doc, ExportFormat::Docx).unwrap()).unwrap();
    let converted = libreoffice_to_pdf(&docx, dir.path());
    let mut text = tool("pdftotext");
    text.arg(&converted).arg("-");
    let text = run(text);
    assert_in_order(&text, &titles, "LibreOffice's conversion of our DOCX");
    assert!(text.contains("Contents"), "the table of contents shows in LibreOffice");
}

/// Text that has broken document writers, in every field a user can fill.
const HOSTILE: &str =
    "<w:t>&amp; \"q\" 'a' ]]> \u{7}\u{1b}[0m \t 🛡️💸 עברית العربية Ελληνικά Русский e\u{301} \u{200b}";

#[test]
fn hostile_text_in_every_field_gives_valid_documents() {
    let mut workbench = Workbench::in_memory("<by> & 🛡️").unwrap();
    let long_word = "x".repeat(400);
    let ws = workbench
        .create_workspace(NewWorkspace {
            name: format!("{HOSTILE} name"),
            jurisdiction: format!("{HOSTILE} {}", &long_word[..100]),
            authorities: vec![
                Authority {
                    code: "AB".into(),
                    name: format!("{HOSTILE} authority"),
                    kind: AuthorityKind::Other,
                },
                Authority {
                    code: "CD".into(),
                    name: "Second & <authority>".into(),
                    kind: AuthorityKind::CentralBank,
                },
            ],
            template: "joint-directive".into(),
        })
        .unwrap();
    workbench
        .set_properties(
            &ws.id,
            WorkspaceProperties {
                doc_version: Some(HOSTILE.into()),
                reference: Some("{{ not a placeholder }} {% if %}".into()),
                prepared_by: Some(HOSTILE.into()),
                event: Some(HOSTILE.into()),
                ..Default::default()
            },
        )
        .unwrap();
    workbench
        .select(&ws.id, &["SIM-08".into(), "PAY-01".into(), "APP-12".into()])
        .unwrap();
    let rationale = format!("{HOSTILE} {}", "A very long rationale. ".repeat(2200));
    assert!(rationale.chars().count() > 50_000);
    let decide = |wb: &mut Workbench, id: &str, patch: DecisionPatch| wb.decide(&ws.id, id, &patch, None).unwrap();
    decide(
        &mut workbench,
        "SIM-08",
        DecisionPatch {
            status: Some(DecisionStatus::AdoptModified),
            wording: Some(format!("{HOSTILE} {long_word}")),
            rationale: Some(rationale.clone()),
            lead: Some("AB".into()),
            support: Some(vec!["CD".into()]),
            ..Default::default()
        },
    );
    decide(
        &mut workbench,
        "PAY-01",
        DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            ..Default::default()
        },
    );
    decide(
        &mut workbench,
        "APP-12",
        DecisionPatch {
            status: Some(DecisionStatus::Deferred),
            reason: Some(ReasonCode::Other),
            rationale: Some(rationale),
            ..Default::default()
        },
    );
    let dir = TempDir::new().unwrap();
    let pdf = dir.path().join("hostile.pdf");
    adopt_core::write_file(
        &pdf,
        &workbench.export(&ws.id, ExportFormat::Pdf, None, date()).unwrap(),
    )
    .unwrap();
    let mut qpdf = tool("qpdf");
    qpdf.arg("--check").arg(&pdf);
    run(qpdf);
    let docx = dir.path().join("hostile.docx");
    adopt_core::write_file(
        &docx,
        &workbench.export(&ws.id, ExportFormat::Docx, None, date()).unwrap(),
    )
    .unwrap();
    let converted = libreoffice_to_pdf(&docx, dir.path());
    let mut text = tool("pdftotext");
    text.arg(&converted).arg("-");
    let text = run(text);
    assert!(
        text.contains("Second & <authority>"),
        "markup characters arrive as text"
    );
    assert!(text.contains("Ελληνικά") && text.contains("Русский"));
}

#[test]
fn a_template_folder_overrides_and_its_errors_name_file_and_line() {
    let (workbench, ws) = demo();
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("my-directive");
    std::fs::create_dir(&folder).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/joint-directive");
    for entry in std::fs::read_dir(source).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    std::fs::write(
        folder.join("purpose.md"),
        "# Purpose\n\nAdopted in {{ jurisdiction }} by our own folder.\n",
    )
    .unwrap();
    let spec = folder.to_str().unwrap();
    let doc = workbench.draft(&ws, Some(spec), date()).unwrap();
    assert!(adopt_document::text::render(&doc).contains("Adopted in Lesotho by our own folder."));

    std::fs::write(
        folder.join("purpose.md"),
        "# Purpose\n\nFine line.\n\nBroken {{ jurisdictoin }}.\n",
    )
    .unwrap();
    let err = workbench
        .export(&ws, ExportFormat::Pdf, Some(spec), date())
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("purpose.md, line 5") && message.contains("unknown placeholder"),
        "{message}"
    );
    assert_eq!(err.code(), adopt_core::ErrorCode::ExportFailed);
}

#[test]
fn a_failed_write_leaves_the_previous_file_whole() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("draft.pdf");
    std::fs::write(&path, b"the good draft").unwrap();
    adopt_core::write_file(&path, b"the new draft").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"the new draft");
    let missing = dir.path().join("no-such-folder/draft.pdf");
    let err = adopt_core::write_file(&missing, b"x").unwrap_err();
    assert!(err.to_string().contains("cannot be written"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind: {leftovers:?}");
}
