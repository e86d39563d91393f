//! A French draft through both renderers, read back the way a reviewer's tools read it: the
//! PDF with pdftotext, the DOCX after LibreOffice's conversion. French headings, « Article
//! premier », French dates, the no-break spaces where French puts them and never a line broken
//! at one, and the language declared to Word (`w:lang`) and to PDF readers (`/Lang`).

use std::path::{Path, PathBuf};
use std::process::Command;

use adopt_catalog::Catalog;
use adopt_core::ExportFormat;
use adopt_document::{Document, DraftInput, ItemFrench, Template, compose};
use adopt_domain::{
    Authority, AuthorityKind, DecisionStatus, Discussion, Language, Priority, ReasonCode, SelectedItem, Workspace,
};
use chrono::{NaiveDate, TimeZone, Utc};
use tempfile::TempDir;

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

/// An Ivorian workspace, ARTCI and BCEAO, with its items' French text frozen: composed with
/// `template` on 1 June 2025.
fn french_draft(template: &str) -> Document {
    let catalog = Catalog::builtin();
    let ids = ["SIM-01", "SIM-02", "SIM-08", "PAY-01", "PAY-02", "APP-01", "TEL-01"];
    let mut french = Vec::new();
    let items: Vec<SelectedItem> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let r = catalog.items().iter().find(|r| r.id == *id).unwrap();
            french.push(ItemFrench {
                item: r.id.clone(),
                title: Some(r.title_fr.clone()),
                statement: Some(r.statement_fr.clone()),
            });
            let mut item = SelectedItem::from_catalog(r, Utc.with_ymd_and_hms(2025, 5, 28, 9, 0, 0).unwrap(), "s");
            let d = &mut item.decision;
            if *id == "TEL-01" {
                d.status = DecisionStatus::Deferred;
                d.reason = Some(ReasonCode::CapacityConstraint);
                d.rationale = Some("À réexaminer lorsque le laboratoire national sera opérationnel.".into());
            } else {
                d.status = DecisionStatus::Adopt;
                d.lead = Some(if i % 2 == 0 { "ARTCI" } else { "BCEAO" }.into());
                d.support = vec![if i % 2 == 0 { "BCEAO" } else { "ARTCI" }.into()];
                d.priority = Some([Priority::High, Priority::Medium, Priority::Low][i % 3]);
                d.due = Some(NaiveDate::from_ymd_opt(2026, 3, 1 + 4 * i as u32).unwrap());
            }
            item
        })
        .collect();
    let workspace = Workspace {
        id: "ci1".into(),
        name: "Côte d'Ivoire 2025".into(),
        jurisdiction: "Côte d'Ivoire".into(),
        template: template.into(),
        doc_version: Some("0.1".into()),
        reference: Some("ARTCI-BCEAO/SFN/2025/01".into()),
        prepared_by: Some("Secrétariat conjoint ARTCI-BCEAO".into()),
        event: Some("Atelier sur la sécurité des SFN, Abidjan".into()),
        language: Language::Fr,
        authorities: vec![
            Authority {
                code: "ARTCI".into(),
                name: "Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire".into(),
                kind: AuthorityKind::TelecomRegulator,
            },
            Authority {
                code: "BCEAO".into(),
                name: "Banque Centrale des États de l’Afrique de l’Ouest".into(),
                kind: AuthorityKind::CentralBank,
            },
        ],
        created_at: Utc.with_ymd_and_hms(2025, 5, 28, 8, 0, 0).unwrap(),
        created_by: "s".into(),
    };
    let input = DraftInput {
        workspace: &workspace,
        items: &items,
        sources: catalog.sources(),
        discussion: &Discussion::default(),
        baseline: &[],
        findings: &[],
        comments: &[],
        date: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        circulation: &Default::default(),
        rationale_comments: false,
        french: &french,
    };
    compose(&input, &Template::builtin(template).unwrap()).unwrap()
}

/// Writes the file into `dir`, and a copy into `FRENCH_DRAFT_DIR` when it is set, so a person
/// can read the draft the test checked.
fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    if let Some(keep) = std::env::var_os("FRENCH_DRAFT_DIR") {
        std::fs::create_dir_all(&keep).unwrap();
        adopt_core::write_file(&Path::new(&keep).join(name), bytes).unwrap();
    }
    let path = dir.join(name);
    adopt_core::write_file(&path, bytes).unwrap();
    path
}

fn pdf_text(pdf: &Path) -> String {
    let mut text = tool("pdftotext");
    text.args(["-enc", "UTF-8"]).arg(pdf).arg("-");
    run(text)
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

/// What a French reader must find in the text of either file.
fn assert_reads_as_french(text: &str, what: &str) {
    for wanted in [
        "PROJET — pour examen juridique",
        "Directive conjointe relative à la sécurité des services financiers numériques",
        "Suivi du document",
        "Sommaire",
        "Article premier",
        "Article 2",
        // pdftotext writes every space as U+0020, no-break ones included: the spaces themselves
        // are checked in the files below.
        "Décident :",
        "Annexe A — Recommandations non retenues",
        "Annexe B — Documents sources",
        "1er juin 2025",
        "Autorité chef de file :",
        "Page 1 sur",
    ] {
        assert!(text.contains(wanted), "{what}: {wanted:?} is missing");
    }
    for english in ["DRAFT", "Lead authority", "Target date", "Contents", "Annex A", "June"] {
        assert!(
            !text.contains(english),
            "{what}: English {english:?} left in a French draft"
        );
    }
    // A no-break space or narrow no-break space is never where a line breaks: no line starts
    // with the mark it holds to the word before, nor ends on « .
    for line in text.lines() {
        let line = line.trim_end_matches(' ');
        assert!(
            !line.starts_with([':', ';', '?', '!', '»']) && !line.ends_with(['«', '\u{a0}', '\u{202f}']),
            "{what}: a line broken at a no-break space: {line:?}"
        );
    }
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "{what}: an invisible direction mark"
    );
}

#[test]
fn a_french_draft_reads_as_french_in_both_formats() {
    let dir = TempDir::new().unwrap();
    let doc = french_draft("directive-conjointe");
    let pdf = write(
        dir.path(),
        "projet.pdf",
        &adopt_core::render(&doc, ExportFormat::Pdf).unwrap(),
    );
    let docx = write(
        dir.path(),
        "projet-word.docx",
        &adopt_core::render(&doc, ExportFormat::Docx).unwrap(),
    );
    assert_reads_as_french(&pdf_text(&pdf), "pdftotext of our PDF");
    assert_reads_as_french(
        &pdf_text(&libreoffice_to_pdf(&docx, dir.path())),
        "LibreOffice's conversion of our DOCX",
    );

    // Word checks the spelling in French.
    let mut styles = tool("unzip");
    styles.arg("-p").arg(&docx).arg("word/styles.xml");
    let styles = run(styles);
    assert!(styles.contains(r#"<w:lang w:val="fr-FR"/>"#), "w:lang of the styles");
    let mut body = tool("unzip");
    body.arg("-p").arg(&docx).arg("word/document.xml");
    let body = run(body);
    for spaced in ["Décident\u{a0}:", "\u{202f};", "«\u{a0}", "\u{a0}»", "1er juin 2025"] {
        assert!(body.contains(spaced), "the DOCX has {spaced:?}");
    }
    assert!(
        !body.contains(" :") && !body.contains(" ;"),
        "no ordinary space before : or ; in the DOCX"
    );

    // The PDF declares its language, and its bookmarks keep the no-break spaces.
    let plain = dir.path().join("plain.pdf");
    let mut qpdf = tool("qpdf");
    qpdf.args(["--qdf", "--object-streams=disable"]).arg(&pdf).arg(&plain);
    run(qpdf);
    let raw = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
    assert!(raw.contains("/Lang (fr)"), "/Lang of the catalog");
    // The no-break spaces are drawn as themselves: the fonts' ToUnicode maps name them.
    assert!(
        raw.contains("<00A0>") && raw.contains("<202F>"),
        "U+00A0 and U+202F in the PDF's text"
    );
}

#[test]
fn the_french_guideline_reads_as_french_in_the_pdf() {
    let dir = TempDir::new().unwrap();
    let doc = french_draft("ligne-directrice");
    let pdf = write(
        dir.path(),
        "ligne.pdf",
        &adopt_core::render(&doc, ExportFormat::Pdf).unwrap(),
    );
    let text = pdf_text(&pdf);
    for wanted in [
        "Ligne directrice relative à la sécurité des services financiers numériques",
        "Article premier",
        "Mesures recommandées",
        "Décident :",
    ] {
        assert!(text.contains(wanted), "{wanted:?} is missing");
    }
}
