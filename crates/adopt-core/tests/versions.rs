//! Circulated versions through the workbench: freezing a draft under a label, the labels'
//! rules, the stored files written back byte for byte, the working draft's marking, the
//! fingerprint surviving the removal of names (which leaves no copy in any version), and the
//! changes between versions field by field.

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use adopt_core::{Change, Error, ErrorCode, ExportFormat, Workbench, WorkspaceProperties};
use adopt_document::{Document, PROPERTY_FINGERPRINT, PROPERTY_VERSION, PROPERTY_WORKSPACE, WORKING_DRAFT_LINE};
use adopt_domain::{
    ActionInput, DecisionField, DecisionPatch, DecisionStatus, Participant, PositionInput, Priority, ReasonCode,
    Resolution, ResolutionInput, SessionDraft, Stance,
};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

mod common;

/// A workbench whose clock moves one minute per call.
fn workbench() -> Workbench {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let now = Arc::new(Mutex::new(Utc.with_ymd_and_hms(2025, 6, 5, 9, 0, 0).unwrap()));
    wb.set_clock(move || {
        let mut t = now.lock().unwrap();
        *t += Duration::minutes(1);
        *t
    });
    wb
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, d).unwrap()
}

fn set(wb: &mut Workbench, ws: &str, properties: WorkspaceProperties) {
    wb.workspace_set(ws, properties).unwrap();
}

fn doc_version(version: &str) -> WorkspaceProperties {
    WorkspaceProperties {
        doc_version: Some(version.into()),
        ..WorkspaceProperties::default()
    }
}

fn decide(wb: &mut Workbench, ws: &str, id: &str, patch: DecisionPatch) {
    wb.decide(ws, id, &patch, None).unwrap();
}

fn adopt(lead: &str) -> DecisionPatch {
    DecisionPatch {
        status: Some(DecisionStatus::Adopt),
        lead: Some(lead.into()),
        ..DecisionPatch::default()
    }
}

/// Every text of a model, in order.
fn model_text(doc: &Document) -> String {
    adopt_document::text::render(doc)
}

fn tool(name: &str) -> Command {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success());
    assert!(found.unwrap_or(false), "{name} is missing: run scripts/install-deps.sh");
    Command::new(name)
}

fn run(mut command: Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF (pdftotext) and the XML of a DOCX's main part and footers (unzip).
fn pdf_text(dir: &Path, pdf: &[u8]) -> String {
    let path = dir.join("version.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut command = tool("pdftotext");
    command.arg(&path).arg("-");
    run(command).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn docx_xml(dir: &Path, docx: &[u8]) -> String {
    let path = dir.join("version.docx");
    std::fs::write(&path, docx).unwrap();
    let mut command = tool("unzip");
    command.arg("-p").arg(&path).arg("word/*.xml");
    run(command)
}

#[test]
fn circulate_change_decisions_and_circulate_again() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    set(&mut wb, &ws, doc_version("0.1"));
    decide(&mut wb, &ws, "SIM-08", adopt("LCA"));
    let first = wb.version_circulate(&ws, None, None, Some(day(6))).unwrap();
    assert_eq!(first.label, "0.1", "the document version is the default label");
    assert_eq!(first.date, day(6));
    assert_eq!(first.by, "secretariat");
    assert_eq!(first.template, "joint-directive");
    assert_eq!(first.fingerprint.len(), 64);
    assert!(
        first
            .fingerprint
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );

    decide(&mut wb, &ws, "PAY-01", adopt("CBL"));
    set(&mut wb, &ws, doc_version("0.2"));
    let second = wb
        .version_circulate(&ws, None, Some("After the legal review"), Some(day(20)))
        .unwrap();
    assert_eq!(second.label, "0.2");
    assert_ne!(
        second.fingerprint, first.fingerprint,
        "a changed record, another fingerprint"
    );

    let list = wb.version_list(&ws).unwrap();
    assert_eq!(list, [first.clone(), second.clone()], "oldest first");
    let shown = wb.version_show(&ws, "0.2").unwrap();
    assert_eq!(shown.version, second);
    assert_eq!(shown.items, 3);
    assert_eq!(shown.version.note.as_deref(), Some("After the legal review"));
    let docx = wb.export_version(&ws, "0.2", ExportFormat::Docx).unwrap();
    let pdf = wb.export_version(&ws, "0.2", ExportFormat::Pdf).unwrap();
    assert!(docx.starts_with(b"PK") && pdf.starts_with(b"%PDF-"));
    assert_eq!(
        (shown.files.docx, shown.files.pdf),
        (docx.len() as u64, pdf.len() as u64)
    );

    let lines: Vec<_> = wb
        .history(&ws, None)
        .unwrap()
        .into_iter()
        .filter(|h| h.field == "version")
        .map(|h| h.new.unwrap())
        .collect();
    assert_eq!(lines, ["0.1", "0.2"], "each circulation has its history line");

    // The second version's control table lists both; the first was frozen with itself only.
    let dir = TempDir::new().unwrap();
    let text = pdf_text(dir.path(), &pdf);
    assert!(
        text.contains("After the legal review"),
        "the note is in the control table"
    );
    let first_pdf = pdf_text(dir.path(), &wb.export_version(&ws, "0.1", ExportFormat::Pdf).unwrap());
    assert!(
        !first_pdf.contains("After the legal review"),
        "0.1 stays as it was sent"
    );
}

#[test]
fn an_incomplete_draft_can_be_circulated_and_keeps_its_marking() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    let version = wb.version_circulate(&ws, Some("v1"), None, Some(day(6))).unwrap();
    let dir = TempDir::new().unwrap();
    let text = pdf_text(
        dir.path(),
        &wb.export_version(&ws, &version.label, ExportFormat::Pdf).unwrap(),
    );
    assert!(text.contains("DRAFT — INCOMPLETE"), "the marking stays");
}

#[test]
fn a_label_is_unique_regardless_of_case_and_a_refusal_changes_nothing() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    wb.version_circulate(&ws, Some("2025-06 Draft"), None, Some(day(6)))
        .unwrap();
    let history = wb.history(&ws, None).unwrap();
    let err = wb
        .version_circulate(&ws, Some("  2025-06 DRAFT "), None, Some(day(7)))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(
        err.to_string().contains("\"2025-06 Draft\""),
        "names the label it clashes with: {err}"
    );
    assert_eq!(wb.version_list(&ws).unwrap().len(), 1);
    assert_eq!(wb.history(&ws, None).unwrap(), history);

    let err = wb.version_circulate(&ws, None, None, None).unwrap_err();
    assert!(matches!(err, Error::NoVersionLabel), "{err}");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("doc_version"), "{err}");

    let err = wb.version_show(&ws, "0.9").unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(
        err.to_string().contains("2025-06 Draft"),
        "names the versions there are: {err}"
    );
    assert!(
        wb.version_show(&ws, "2025-06 draft").is_ok(),
        "found regardless of case"
    );
}

#[test]
fn a_version_is_written_back_byte_for_byte_after_the_template_changes() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    decide(&mut wb, &ws, "SIM-08", adopt("LCA"));
    wb.version_circulate(&ws, Some("0.1"), None, Some(day(6))).unwrap();
    let docx = wb.export_version(&ws, "0.1", ExportFormat::Docx).unwrap();
    let pdf = wb.export_version(&ws, "0.1", ExportFormat::Pdf).unwrap();
    let working = wb.export_draft(&ws, ExportFormat::Pdf, None, day(6)).unwrap();

    set(
        &mut wb,
        &ws,
        WorkspaceProperties {
            template: Some("guideline".into()),
            ..WorkspaceProperties::default()
        },
    );
    decide(&mut wb, &ws, "PAY-01", adopt("CBL"));
    assert_ne!(
        wb.export_draft(&ws, ExportFormat::Pdf, None, day(6)).unwrap(),
        working,
        "the working draft follows the workspace"
    );
    assert_eq!(wb.export_version(&ws, "0.1", ExportFormat::Docx).unwrap(), docx);
    assert_eq!(wb.export_version(&ws, "0.1", ExportFormat::Pdf).unwrap(), pdf);
    assert_eq!(wb.version_show(&ws, "0.1").unwrap().version.template, "joint-directive");
}

fn property<'a>(doc: &'a Document, name: &str) -> &'a str {
    doc.metadata
        .properties
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no property {name}"))
}

#[test]
fn a_working_draft_says_it_is_not_circulated_and_carries_the_fingerprint_of_its_record() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    decide(&mut wb, &ws, "SIM-08", adopt("LCA"));
    let draft = wb.draft(&ws, None, day(6)).unwrap();
    assert_eq!(draft.version_line, WORKING_DRAFT_LINE);
    assert_eq!(property(&draft, PROPERTY_WORKSPACE), ws);
    assert_eq!(property(&draft, PROPERTY_VERSION), "");
    let fingerprint = property(&draft, PROPERTY_FINGERPRINT).to_string();
    assert_eq!(fingerprint.len(), 64);
    assert_eq!(
        property(&wb.draft(&ws, None, day(7)).unwrap(), PROPERTY_FINGERPRINT),
        fingerprint,
        "the date is not part of the record"
    );

    let version = wb
        .version_circulate(&ws, Some("0.1"), Some("First round"), Some(day(6)))
        .unwrap();
    assert_eq!(
        version.fingerprint, fingerprint,
        "nothing changed since the working export"
    );
    let draft = wb.draft(&ws, None, day(8)).unwrap();
    assert_eq!(draft.version_line, WORKING_DRAFT_LINE);
    let control = model_text(&draft);
    assert!(
        control.contains("First round"),
        "the control table lists the circulated version"
    );

    decide(&mut wb, &ws, "PAY-01", adopt("CBL"));
    let changed = wb.draft(&ws, None, day(8)).unwrap();
    assert_ne!(property(&changed, PROPERTY_FINGERPRINT), fingerprint);
}

const NAMES: [&str; 4] = ["Palesa Mohapi", "Teboho Lebona", "Mpho Ramakatsa", "Lineo Sekhesa"];

#[test]
fn removing_names_renders_every_version_again_without_them_and_keeps_its_fingerprint() {
    let (mut wb, ws) = common::demo();
    let before = wb.version_circulate(&ws, Some("0.3"), None, Some(day(6))).unwrap();
    let dir = TempDir::new().unwrap();
    let pdf = pdf_text(dir.path(), &wb.export_version(&ws, "0.3", ExportFormat::Pdf).unwrap());
    let docx = docx_xml(dir.path(), &wb.export_version(&ws, "0.3", ExportFormat::Docx).unwrap());
    for name in NAMES {
        assert!(pdf.contains(name), "{name} is in the circulated PDF before");
        assert!(docx.contains(name), "{name} is in the circulated DOCX before");
    }

    wb.session_anonymise(&ws).unwrap();
    let after = wb.version_show(&ws, "0.3").unwrap().version;
    assert_eq!(after.fingerprint, before.fingerprint, "the fingerprint does not change");
    assert!(
        after.names_removed_at.is_some(),
        "the version says its names were removed"
    );
    let pdf = pdf_text(dir.path(), &wb.export_version(&ws, "0.3", ExportFormat::Pdf).unwrap());
    let docx = docx_xml(dir.path(), &wb.export_version(&ws, "0.3", ExportFormat::Docx).unwrap());
    for name in NAMES {
        assert!(!pdf.contains(name), "{name} is still in the circulated PDF");
        assert!(!docx.contains(name), "{name} is still in the circulated DOCX");
    }
    assert!(pdf.contains("Central Bank of Lesotho"), "the organisations stay");
    let short = adopt_document::short_fingerprint(&before.fingerprint);
    assert!(
        pdf.contains(&short) || pdf.contains(&before.fingerprint),
        "the fingerprint is still printed"
    );
    // The working draft made from the anonymised record has the same fingerprint too.
    assert_eq!(
        property(&wb.draft(&ws, None, day(6)).unwrap(), PROPERTY_FINGERPRINT),
        before.fingerprint
    );
}

/// A change as (item, field, old, new).
type Row<'a> = (Option<&'a str>, &'a str, Option<&'a str>, Option<&'a str>);

fn rows(changes: &[Change]) -> Vec<Row<'_>> {
    changes
        .iter()
        .map(|c| (c.item.as_deref(), c.field.as_str(), c.old.as_deref(), c.new.as_deref()))
        .collect()
}

#[test]
fn diff_lists_every_kind_of_change_field_by_field() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    let draft = SessionDraft {
        date: day(5),
        place: None,
        facilitator: "Nthabiseng Facilitator".into(),
        participants: vec![Participant {
            name: "Mpho Ramakatsa".into(),
            organisation: "Central Bank of Lesotho".into(),
            authority: "CBL".into(),
            role: None,
        }],
        time_box: None,
    };
    wb.session_create(&ws, draft).unwrap();
    let stance = |stance, note: Option<&str>| PositionInput {
        authority: "LCA".into(),
        stance,
        note: note.map(str::to_string),
    };
    wb.position_record(&ws, "SIM-08", stance(Stance::Support, None), None)
        .unwrap();
    set(&mut wb, &ws, doc_version("0.1"));
    wb.version_circulate(&ws, None, None, Some(day(6))).unwrap();

    set(
        &mut wb,
        &ws,
        WorkspaceProperties {
            doc_version: Some("0.2".into()),
            reference: Some("LCA/CBL/2025/01".into()),
            ..WorkspaceProperties::default()
        },
    );
    wb.position_record(
        &ws,
        "SIM-08",
        stance(Stance::SupportWithChanges, Some("Shorter delay")),
        None,
    )
    .unwrap();
    wb.resolve(
        &ws,
        "SIM-08",
        ResolutionInput {
            resolution: Resolution::AgreedWithConditions,
            conditions: Some("Within 24 hours".into()),
            status: None,
        },
        None,
    )
    .unwrap();
    decide(
        &mut wb,
        &ws,
        "SIM-08",
        DecisionPatch {
            reason: Some(ReasonCode::RiskAssessment),
            rationale: Some("SIM swap fraud is rising".into()),
            wording: Some("Operators shall hold transactions for 24 hours.".into()),
            lead: Some("LCA".into()),
            support: Some(vec!["CBL".into()]),
            priority: Some(Priority::High),
            due: Some(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()),
            ..DecisionPatch::default()
        },
    );
    wb.deselect(&ws, &["APP-01".into()], false).unwrap();
    wb.select(&ws, &["REG-01".into()]).unwrap();
    wb.action_add(
        &ws,
        "SIM-08",
        ActionInput {
            what: "Draft the notice".into(),
            owner: "Mpho Ramakatsa".into(),
            due: day(30),
        },
        None,
    )
    .unwrap();
    let diff = wb.diff(&ws, "0.1", None).unwrap();
    assert_eq!((diff.from.as_str(), diff.to.as_deref()), ("0.1", None));
    let expected: Vec<Row> = vec![
        (None, "doc_version", Some("0.1"), Some("0.2")),
        (None, "reference", None, Some("LCA/CBL/2025/01")),
        (Some("REG-01"), "selected", Some("no"), Some("yes")),
        (Some("REG-01"), "status", None, Some("open")),
        (Some("SIM-08"), "status", Some("open"), Some("adopt-modified")),
        (Some("SIM-08"), "reason", None, Some("risk-assessment")),
        (Some("SIM-08"), "rationale", None, Some("SIM swap fraud is rising")),
        (
            Some("SIM-08"),
            "wording",
            None,
            Some("Operators shall hold transactions for 24 hours."),
        ),
        (Some("SIM-08"), "lead", None, Some("LCA")),
        (Some("SIM-08"), "support", None, Some("CBL")),
        (Some("SIM-08"), "priority", None, Some("high")),
        (Some("SIM-08"), "due", None, Some("2026-03-31")),
        (
            Some("SIM-08"),
            "position.LCA.s1",
            Some("support"),
            Some("support-with-changes: Shorter delay"),
        ),
        (Some("SIM-08"), "resolution", None, Some("agreed-with-conditions")),
        (Some("SIM-08"), "conditions", None, Some("Within 24 hours")),
        (Some("APP-01"), "selected", Some("yes"), Some("no")),
        (Some("APP-01"), "status", Some("open"), None),
    ];
    assert_eq!(rows(&diff.changes), expected);
    assert_eq!(DecisionField::ALL.len(), 8, "every decision field is covered above");

    // Between two versions, and the annex of a comparison in words.
    wb.version_circulate(&ws, None, None, Some(day(7))).unwrap();
    let between = wb.diff(&ws, "0.1", Some("0.2")).unwrap();
    assert_eq!(between.to.as_deref(), Some("0.2"));
    assert_eq!(rows(&between.changes), expected, "the action owner is no change");
    assert!(wb.diff(&ws, "0.2", None).unwrap().changes.is_empty());

    let compared = model_text(&wb.draft_compare(&ws, "0.1", None, day(8)).unwrap());
    for words in [
        "Changes since version 0.1",
        "Decision status",
        "Adopt with national wording",
        "Position of LCA, session s1",
        "Target date",
        "31 March 2026",
        "Not selected",
    ] {
        assert!(compared.contains(words), "the annex says \"{words}\"");
    }
    let err = wb.diff(&ws, "0.9", None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn a_comparison_marks_every_change_since_the_version_attributed_from_the_history() {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    decide(&mut wb, &ws, "SIM-08", adopt("LCA"));
    decide(&mut wb, &ws, "APP-01", adopt("LCA"));
    let before = wb.draft(&ws, None, day(6)).unwrap();
    wb.version_circulate(&ws, Some("0.1"), None, Some(day(6))).unwrap();

    decide(
        &mut wb,
        &ws,
        "SIM-08",
        DecisionPatch {
            status: Some(DecisionStatus::AdoptModified),
            wording: Some("Operators shall hold transfers for 24 hours after a SIM swap.".into()),
            ..DecisionPatch::default()
        },
    );
    decide(&mut wb, &ws, "PAY-01", adopt("CBL"));
    let changed_at = wb.history(&ws, Some("SIM-08")).unwrap().pop().unwrap().at;
    let after = wb.draft(&ws, None, day(8)).unwrap();
    let redline = wb.draft_compare(&ws, "0.1", None, day(8)).unwrap();

    let accepted = adopt_document::body_text(&adopt_document::accept_all(&redline));
    let rejected = adopt_document::body_text(&adopt_document::reject_all(&redline));
    assert_eq!(
        accepted,
        adopt_document::body_text(&after),
        "accepting all gives the draft now"
    );
    assert_eq!(
        rejected,
        adopt_document::body_text(&before),
        "rejecting all gives version 0.1"
    );
    assert!(model_text(&redline).contains("Changes since version 0.1"));

    let dir = TempDir::new().unwrap();
    let docx = docx_xml(
        dir.path(),
        &wb.export_compare(&ws, "0.1", ExportFormat::Docx, None, day(8)).unwrap(),
    );
    assert!(
        docx.contains("<w:ins ") && docx.contains("<w:del "),
        "tracked changes in the DOCX"
    );
    assert!(
        docx.contains("w:author=\"secretariat\""),
        "the author comes from the history"
    );
    let stamp = changed_at.format("%Y-%m-%dT%H:%M").to_string();
    assert!(
        docx.contains(&stamp),
        "the time of the change, {stamp}, comes from the history"
    );
}

#[test]
fn the_schema_5_fixture_opens_and_its_version_reads_back() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("schema-5.sqlite3");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-5.db");
    std::fs::copy(&fixture, &path).unwrap();
    let wb = Workbench::open(&path, "tester").unwrap();
    let list = wb.version_list("Lesotho 2025").unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].label, "0.1");
    assert_eq!(list[0].note.as_deref(), Some("For legal review"));
    let diff = wb.diff("Lesotho 2025", "0.1", None).unwrap();
    let fields: Vec<(Option<&str>, &str)> = diff
        .changes
        .iter()
        .map(|c| (c.item.as_deref(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (None, "doc_version"),
            (Some("APP-01"), "status"),
            (Some("APP-01"), "lead")
        ]
    );
    let pdf = wb.export_version("Lesotho 2025", "0.1", ExportFormat::Pdf).unwrap();
    assert_eq!(
        pdf.len() as u64,
        wb.version_show("Lesotho 2025", "0.1").unwrap().files.pdf
    );
    let reference = wb.reference_doc("Lesotho 2025").unwrap().unwrap();
    assert!(reference.bytes.starts_with(b"PK"), "{}", reference.name);
}
