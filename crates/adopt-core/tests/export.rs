//! The draft adoption document end to end: composition checked on the model (snapshot of its
//! plain-text rendering), then the DOCX and PDF opened by real clients (LibreOffice, poppler,
//! qpdf) as legal reviewers would open them.

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_core::{ExportFormat, Workbench, WorkspaceProperties};
use adopt_document::{Block, Document};
use adopt_domain::{Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, ReasonCode};
use chrono::NaiveDate;
use tempfile::TempDir;

mod common;
use common::demo;

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
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

/// The text of a PDF as poppler's pdftotext reads it.
fn pdf_text(pdf: &Path) -> String {
    let mut text = tool("pdftotext");
    text.arg(pdf).arg("-");
    run(text)
}

/// Writes `bytes` as the file `name` in `dir` (as the shells do) and returns its path.
fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    adopt_core::write_file(&path, bytes).unwrap();
    path
}

/// Writes a DOCX as the file `name` in `dir`, and returns its text as LibreOffice converts it.
fn docx_text_in_libreoffice(dir: &Path, name: &str, docx: &[u8]) -> String {
    pdf_text(&libreoffice_to_pdf(&write(dir, name, docx), dir))
}

/// qpdf finds no structural error in the PDF.
fn assert_qpdf_checks(pdf: &Path) {
    let mut qpdf = tool("qpdf");
    qpdf.arg("--check").arg(pdf);
    run(qpdf);
}

/// Every font the PDF uses is embedded (a reviewer without Liberation fonts sees the same).
fn assert_fonts_embedded(pdf: &Path) {
    let mut fonts = tool("pdffonts");
    fonts.arg(pdf);
    let fonts = run(fonts);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "the PDF names its fonts");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let embedded = columns.iter().rev().nth(4).copied();
        assert_eq!(embedded, Some("yes"), "a font is not embedded: {row}");
    }
}

#[test]
fn the_demo_draft_composes_into_the_expected_document() {
    let (workbench, ws) = demo();
    let doc = workbench.draft(&ws, None, date()).unwrap();
    // The fingerprint covers the workspace's id, which is new on every run.
    let fingerprint = doc
        .metadata
        .properties
        .iter()
        .find(|(name, _)| name == adopt_document::PROPERTY_FINGERPRINT)
        .map(|(_, value)| value.clone())
        .unwrap();
    let text = adopt_document::text::render(&doc)
        .replace(&fingerprint, "[SHA-256]")
        .replace(&adopt_document::short_fingerprint(&fingerprint), "[fingerprint]");
    insta::assert_snapshot!("demo_joint_directive", text);
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
    let detail = workbench.workspace_show(&ws).unwrap();
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
        let first = workbench.export_draft(&ws, format, None, date()).unwrap();
        let _other = workbench.export_draft(&ws, format, Some("guideline"), date()).unwrap();
        let again = workbench.export_draft(&ws, format, None, date()).unwrap();
        assert!(
            first == again,
            "{format:?} export differs between two runs in one process"
        );
        let later = workbench
            .export_draft(&ws, format, None, NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())
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

    let pdf = write(
        dir.path(),
        "draft.pdf",
        &adopt_core::render(&doc, ExportFormat::Pdf).unwrap(),
    );
    assert_qpdf_checks(&pdf);
    assert_fonts_embedded(&pdf);
    let text = pdf_text(&pdf);
    assert_in_order(&text, &titles, "pdftotext of our PDF");
    // The demo keeps two items open, so the completeness check marks it incomplete.
    assert!(text.contains("DRAFT — INCOMPLETE") && text.contains("Page 1 of"));

    let docx = adopt_core::render(&doc, ExportFormat::Docx).unwrap();
    let text = docx_text_in_libreoffice(dir.path(), "draft.docx", &docx);
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
        .workspace_create(NewWorkspace {
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
        .workspace_set(
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
    let pdf = workbench.export_draft(&ws.id, ExportFormat::Pdf, None, date()).unwrap();
    assert_qpdf_checks(&write(dir.path(), "hostile.pdf", &pdf));
    let docx = workbench
        .export_draft(&ws.id, ExportFormat::Docx, None, date())
        .unwrap();
    let text = docx_text_in_libreoffice(dir.path(), "hostile.docx", &docx);
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
        .export_draft(&ws, ExportFormat::Pdf, Some(spec), date())
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

/// The fictitious people at the demo's table (`adopt_core::demo`).
const DEMO_PARTICIPANTS: [&str; 4] = ["Palesa Mohapi", "Teboho Lebona", "Mpho Ramakatsa", "Lineo Sekhesa"];

/// The folded text from the last occurrence of `heading` (the first is the table of contents).
fn from_heading(text: &str, heading: &str, what: &str) -> String {
    let text = folded(text);
    let at = text
        .rfind(heading)
        .unwrap_or_else(|| panic!("{what}: no \"{heading}\""));
    text[at..].to_string()
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

/// What a reviewer must find in annexes D and E of the demo draft, wherever it is opened.
fn assert_discussion_annexes(text: &str, what: &str) {
    assert!(
        folded(text).contains(
            "Conditions agreed: Biometric checks apply once operators are connected to the national ID register"
        ),
        "{what}: the clause of SIM-01 carries the conditions agreed in the discussion"
    );
    let annex_d = from_heading(text, "Annex D — Record of the open discussion", what);
    let annex_e = from_heading(text, "Annex E — Divergence register", what);
    assert!(annex_d.len() > annex_e.len(), "{what}: annex D comes before annex E");
    let annex_d = &annex_d[..annex_d.len() - annex_e.len()];
    assert_in_order(
        annex_d,
        &strings(&[
            "Session s1: 5 June 2025, Online",
            "Facilitator: DFS Security Lab facilitator",
            "Palesa Mohapi",
            "Lineo Sekhesa",
            "TEL-10 — Access control for SS7 core components",
            "a matter for the operators",
            "Divergent — escalated; the decision stays open",
            "Action 1:",
            "SIM-01",
            "Support with changes",
            "Conditions: Biometric checks apply once operators are connected to the national ID register",
            "Session s2: 6 June 2025, Online",
            "The issuers agree if the freeze is lifted within 48 hours.",
        ]),
        &format!("{what}, annex D"),
    );
    // Row by row: SIM-08 diverged and was settled the next day; TEL-10 is still open.
    assert_in_order(
        &annex_e,
        &strings(&[
            "1 settled and 1 still open",
            "SIM-08 — Notify DFS",
            "5 June 2025 (session s1)",
            "CBL: Needs internal consultation",
            "Settled on 6 June 2025 (session s2): Agreed",
            "TEL-10 — Access control for SS7 core components",
            "5 June 2025 (session s1)",
            "CBL: Oppose",
            "Open — escalated, awaiting settlement",
        ]),
        &format!("{what}, annex E"),
    );
    let tel10 = annex_e.find("TEL-10 — Access control").unwrap();
    assert!(
        !annex_e[tel10..].contains("Settled"),
        "{what}: TEL-10, still open, is shown as settled"
    );
}

#[test]
fn the_draft_records_the_discussion_in_annexes_d_and_e_in_real_clients() {
    let (workbench, ws) = demo();
    let dir = TempDir::new().unwrap();
    let pdf = workbench.export_draft(&ws, ExportFormat::Pdf, None, date()).unwrap();
    assert_discussion_annexes(&pdf_text(&write(dir.path(), "ours.pdf", &pdf)), "pdftotext of our PDF");

    let docx = workbench.export_draft(&ws, ExportFormat::Docx, None, date()).unwrap();
    let text = docx_text_in_libreoffice(dir.path(), "draft.docx", &docx);
    assert_discussion_annexes(&text, "LibreOffice's conversion of our DOCX");
}

/// What the minutes of the demo's first session must show, wherever they are opened.
fn assert_first_session_minutes(text: &str, what: &str) {
    let text = folded(text);
    assert_in_order(
        &text,
        &strings(&[
            "Minutes of the open discussion, 5 June 2025",
            "Jurisdiction: Lesotho",
            "Session: s1",
            "Place: Online",
            "Facilitator: DFS Security Lab facilitator",
            "Minutes dated: 6 June 2025",
            "Participants",
        ]),
        what,
    );
    for name in DEMO_PARTICIPANTS {
        assert!(text.contains(name), "{what}: participant {name} is missing");
    }
    assert!(text.contains("Director, Licensing"), "{what}: roles are shown");
    assert_in_order(
        &text,
        &strings(&[
            "Summary",
            "5 items discussed: 2 agreed, 2 divergent, 1 without a resolution (1 parked for later).",
            "Items discussed",
            // The facilitator's note, the positions and the outcome of each item.
            "TEL-10 — Access control for SS7 core components",
            "LCA sees SS7 access control as a licence matter",
            "Support",
            "Oppose",
            "Resolution: Divergent — escalated; the decision stays open",
            "SIM-01 — Biometric verification before SIM swap",
            "Support with changes",
            "Resolution: Agreed with conditions; decision: Adopt with national wording",
            "Conditions: Biometric checks apply",
            "SIM-08",
            "Needs internal consultation",
            "Resolution: Divergent",
            "SIM-09",
            "Resolution: Agreed; decision: Deferred",
            "PAY-43",
            "Parked for later: Needs the DFS providers' view on transaction caps.",
            "Action items",
            "No.",
            "Item",
            "Action",
            "Owner",
            "Due",
            "1",
            "TEL-10",
            "Put SS7 access control on the agenda of the LCA–CBL joint committee",
            "LCA Legal",
            "31 July 2025",
            "2",
            "SIM-08",
            "Consult the e-money issuers on freezing wallets linked to recycled numbers",
            "CBL Payment Systems",
            "20 June 2025",
        ]),
        what,
    );
    assert!(
        !text.contains("The issuers agree if the freeze is lifted"),
        "{what}: the second session's position is not in the first session's minutes"
    );
    assert!(
        text.contains("Minutes — draft for approval by the participants"),
        "{what}: every page is marked as a draft"
    );
}

#[test]
fn the_minutes_of_a_session_open_in_real_clients() {
    let (workbench, ws) = demo();
    let dir = TempDir::new().unwrap();
    let bytes = workbench.export_minutes(&ws, "s1", ExportFormat::Pdf, date()).unwrap();
    assert_eq!(
        bytes,
        workbench.export_minutes(&ws, "s1", ExportFormat::Pdf, date()).unwrap(),
        "the same session and date give identical bytes"
    );
    let pdf = write(dir.path(), "ours.pdf", &bytes);
    assert_qpdf_checks(&pdf);
    assert_fonts_embedded(&pdf);
    assert_first_session_minutes(&pdf_text(&pdf), "pdftotext of our minutes PDF");

    let docx = workbench.export_minutes(&ws, "s1", ExportFormat::Docx, date()).unwrap();
    let text = docx_text_in_libreoffice(dir.path(), "minutes.docx", &docx);
    assert_first_session_minutes(&text, "LibreOffice's conversion of our minutes DOCX");

    let second = workbench.export_minutes(&ws, "s2", ExportFormat::Pdf, date()).unwrap();
    let second = folded(&pdf_text(&write(dir.path(), "s2.pdf", &second)));
    assert_in_order(
        &second,
        &strings(&[
            "Minutes of the open discussion, 6 June 2025",
            "Session: s2",
            "1 item discussed: 1 agreed, 0 divergent",
            "SIM-08",
            "The issuers agree if the freeze is lifted within 48 hours.",
            "Resolution: Agreed; decision: Adopt with national wording",
            "No action item was recorded.",
        ]),
        "the minutes of the second session",
    );
}

#[test]
fn anonymised_minutes_and_draft_name_no_participant() {
    let (mut workbench, ws) = demo();
    let before = adopt_document::text::render(&workbench.minutes(&ws, "s1", date()).unwrap());
    for name in DEMO_PARTICIPANTS {
        assert!(before.contains(name), "{name} is in the minutes before anonymising");
    }
    let removed = workbench.session_anonymise(&ws).unwrap();
    assert!(removed >= 8, "four names in each of two sessions, {removed} removed");

    let dir = TempDir::new().unwrap();
    let mut texts = Vec::new();
    for session in ["s1", "s2"] {
        let pdf = workbench
            .export_minutes(&ws, session, ExportFormat::Pdf, date())
            .unwrap();
        let pdf = write(dir.path(), &format!("{session}.pdf"), &pdf);
        texts.push((format!("minutes {session}, PDF"), pdf_text(&pdf)));
    }
    let docx = workbench.export_minutes(&ws, "s1", ExportFormat::Docx, date()).unwrap();
    let text = docx_text_in_libreoffice(dir.path(), "minutes.docx", &docx);
    texts.push(("minutes s1, DOCX in LibreOffice".into(), text));
    let draft = workbench.export_draft(&ws, ExportFormat::Pdf, None, date()).unwrap();
    texts.push(("draft, PDF".into(), pdf_text(&write(dir.path(), "draft.pdf", &draft))));

    for (what, text) in &texts {
        let text = folded(text);
        for name in DEMO_PARTICIPANTS {
            assert!(!text.contains(name), "{what} still names {name}");
            let surname = name.split(' ').nth(1).unwrap();
            assert!(!text.contains(surname), "{what} still names {surname}");
        }
        // The record itself stays: who spoke for which authority, and what they said.
        assert!(
            text.contains("Lesotho Communications Authority") && text.contains("Central Bank of Lesotho"),
            "{what}: the organisations replace the names"
        );
        let position = if what.contains("s2") {
            "The issuers agree if the freeze is lifted within 48 hours."
        } else {
            "Needs internal consultation"
        };
        assert!(text.contains(position), "{what}: positions stay");
    }
    let (_, s1) = &texts[0];
    assert!(
        folded(s1).contains("Resolution: Agreed with conditions; decision: Adopt with national wording"),
        "resolutions stay in the minutes"
    );
    assert!(
        folded(s1).contains("Put SS7 access control on the agenda"),
        "actions stay"
    );
}

#[test]
fn the_discussion_annex_names_three_authorities_as_a_sentence_does() {
    let mut workbench = Workbench::in_memory("secretariat").unwrap();
    let authority = |code: &str, name: &str| Authority {
        code: code.into(),
        name: name.into(),
        kind: AuthorityKind::Other,
    };
    let ws = workbench
        .workspace_create(NewWorkspace {
            name: "Malawi".into(),
            jurisdiction: "Malawi".into(),
            authorities: vec![
                authority("MACRA", "Malawi Communications Regulatory Authority"),
                authority("RBM", "Reserve Bank of Malawi"),
                authority("MOF", "Ministry of Finance"),
            ],
            template: "joint-directive".into(),
        })
        .unwrap()
        .id;
    workbench
        .session_create(
            &ws,
            adopt_domain::SessionDraft {
                date: date(),
                place: None,
                facilitator: "Facilitator".into(),
                participants: Vec::new(),
                time_box: None,
            },
        )
        .unwrap();
    let text = folded(&adopt_document::text::render(
        &workbench.draft(&ws, None, date()).unwrap(),
    ));
    assert!(
        text.contains("The recommendations were discussed in 1 session between MACRA, RBM and MOF."),
        "{text}"
    );
}
