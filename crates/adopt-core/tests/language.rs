//! The workspace's document language through the workbench: a French workspace gets the French
//! template, switching the language switches a built-in template to its counterpart, a template
//! in the other language is refused naming its counterpart; the survey of a French workspace
//! goes out with the French headers and words and comes back in (CSV and XLSX); the French demo
//! is French and its draft reads the French text frozen with each selection.

use adopt_core::{Error, SurveyFormat, Workbench, WorkspaceProperties, default_template_in};
use adopt_domain::{Instrument, InvalidInput, Language, NewWorkspace, SurveyStatus};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;

mod common;

fn abidjan() -> NewWorkspace {
    NewWorkspace {
        name: "Abidjan".into(),
        jurisdiction: "Côte d’Ivoire".into(),
        template: default_template_in(Language::Fr).into(),
        ..common::lesotho()
    }
}

#[test]
fn a_french_workspace_gets_the_french_template_and_the_language_switches_it() {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = wb.workspace_create_in(abidjan(), Language::Fr).unwrap();
    assert_eq!(
        (ws.language, ws.template.as_str()),
        (Language::Fr, "directive-conjointe")
    );

    let to_english = WorkspaceProperties {
        language: Some(Language::En),
        ..WorkspaceProperties::default()
    };
    let ws = wb.workspace_set(&ws.id, to_english).unwrap();
    assert_eq!((ws.language, ws.template.as_str()), (Language::En, "joint-directive"));

    let guideline = WorkspaceProperties {
        template: Some("guideline".into()),
        ..WorkspaceProperties::default()
    };
    wb.workspace_set(&ws.id, guideline).unwrap();
    let to_french = WorkspaceProperties {
        language: Some(Language::Fr),
        ..WorkspaceProperties::default()
    };
    let ws = wb.workspace_set(&ws.id, to_french).unwrap();
    assert_eq!((ws.language, ws.template.as_str()), (Language::Fr, "ligne-directrice"));

    let history: Vec<(String, Option<String>)> = wb
        .history(&ws.id, None)
        .unwrap()
        .into_iter()
        .filter(|h| h.field == "language" || h.field == "template")
        .map(|h| (h.field, h.new))
        .collect();
    assert_eq!(
        history,
        [
            ("language".into(), Some("fr".into())),
            ("language".into(), Some("en".into())),
            ("template".into(), Some("joint-directive".into())),
            ("template".into(), Some("guideline".into())),
            ("language".into(), Some("fr".into())),
            ("template".into(), Some("ligne-directrice".into())),
        ]
    );
}

#[test]
fn a_template_in_the_other_language_is_refused_naming_its_counterpart() {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let english_template = NewWorkspace {
        template: "joint-directive".into(),
        ..abidjan()
    };
    let error = wb.workspace_create_in(english_template, Language::Fr).unwrap_err();
    assert!(error.is_usage(), "exit 2 in the CLI");
    assert!(
        matches!(&error, Error::Invalid(InvalidInput::TemplateLanguage { counterpart, .. }) if counterpart == "directive-conjointe"),
        "{error:?}"
    );
    assert!(error.to_string().contains("directive-conjointe"), "{error}");
    assert!(wb.workspace_list().unwrap().is_empty(), "nothing created");

    let ws = wb.workspace_create_in(abidjan(), Language::Fr).unwrap();
    let guideline = WorkspaceProperties {
        template: Some("guideline".into()),
        ..WorkspaceProperties::default()
    };
    let error = wb.workspace_set(&ws.id, guideline).unwrap_err();
    assert!(error.to_string().contains("ligne-directrice"), "{error}");
    assert_eq!(
        wb.workspace_show(&ws.id).unwrap().workspace.template,
        "directive-conjointe"
    );
}

/// The survey's rows as text, read back as a spreadsheet program would.
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

const FRENCH_HEADERS: [&str; 8] = [
    "identifiant",
    "intitulé",
    "autorité",
    "statut",
    "instrument",
    "preuve",
    "écart",
    "commentaire",
];

fn french_clinic() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = wb.workspace_create_in(abidjan(), Language::Fr).unwrap();
    wb.select(&ws.id, &["SIM-08".into(), "PAY-01".into()]).unwrap();
    (wb, ws.id)
}

#[test]
fn a_french_survey_goes_out_and_comes_back_in_as_csv() {
    let (mut wb, ws) = french_clinic();
    let csv = wb.survey_template_bytes(&ws, false, SurveyFormat::Csv).unwrap();
    let text = String::from_utf8(csv).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(lines.next().unwrap(), FRENCH_HEADERS.join(","));
    let sim08 = adopt_catalog::Catalog::builtin().get("SIM-08").unwrap();
    assert!(text.contains(&sim08.title_fr), "the French title: {text}");
    assert!(!text.contains(&sim08.title), "not the English one");

    // Filled in by hand as a French speaker would: semicolons, accents dropped here and there.
    let filled = "identifiant;intitule;autorite;statut;instrument;preuve;ecart;commentaire\r\n\
        SIM-08;;LCA;Partiellement mis en œuvre;Condition de licence;Cahier des charges, art. 9;Pas de suspension;\r\n\
        SIM-08;;CBL;non mis en oeuvre;;;Aucune règle;\r\n\
        PAY-01;;LCA;sans objet;;;;\r\n\
        PAY-01;;CBL;Mis en œuvre;Règlement;Instruction de 2015;;\r\n";
    let report = wb
        .survey_import_bytes(&ws, filled.as_bytes(), SurveyFormat::Csv, None, false)
        .unwrap();
    assert!(report.applied, "{:?}", report.problems);
    let baseline = wb.baseline(&ws).unwrap();
    let answer = |item: &str, authority: &str| {
        baseline
            .iter()
            .find(|b| b.item == item && b.authority == authority)
            .map(|b| (b.status, b.instrument))
            .unwrap()
    };
    assert_eq!(
        answer("SIM-08", "LCA"),
        (SurveyStatus::PartiallyImplemented, Some(Instrument::LicenceCondition))
    );
    assert_eq!(answer("SIM-08", "CBL"), (SurveyStatus::NotImplemented, None));
    assert_eq!(answer("PAY-01", "LCA"), (SurveyStatus::NotApplicable, None));
    assert_eq!(
        answer("PAY-01", "CBL"),
        (SurveyStatus::Implemented, Some(Instrument::Regulation))
    );
}

#[test]
fn a_french_survey_goes_out_and_comes_back_in_as_xlsx() {
    let (mut wb, ws) = french_clinic();
    let template = wb.survey_template_bytes(&ws, false, SurveyFormat::Xlsx).unwrap();
    let rows = xlsx_rows(&template);
    assert_eq!(rows[0], FRENCH_HEADERS);
    // The drop-down lists offer the French words.
    let sheet = zip_part(&template, "xl/worksheets/sheet1.xml");
    for status in SurveyStatus::ALL {
        assert!(
            sheet.contains(status.label_in(Language::Fr)),
            "{status} in French: {sheet}"
        );
    }
    assert!(sheet.contains(Instrument::LicenceCondition.label_in(Language::Fr)));
    assert!(!sheet.contains("partially-implemented"), "no English codes offered");

    // Each row answered with the words the drop-down lists offer.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let out = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        let mut cells = row.clone();
        if r > 0 {
            cells.truncate(3);
            cells.push(SurveyStatus::Planned.label_in(Language::Fr).to_string());
            cells.push(Instrument::Mou.label_in(Language::Fr).to_string());
            cells.push("Projet de protocole".into());
        }
        for (c, text) in cells.iter().enumerate() {
            out.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    let filled = workbook.save_to_buffer().unwrap();
    let report = wb
        .survey_import_bytes(&ws, &filled, SurveyFormat::Xlsx, None, false)
        .unwrap();
    assert!(report.applied, "{:?}", report.problems);
    let baseline = wb.baseline(&ws).unwrap();
    assert_eq!(baseline.len(), 4, "two items, two authorities");
    for answer in &baseline {
        assert_eq!(
            (answer.status, answer.instrument),
            (SurveyStatus::Planned, Some(Instrument::Mou))
        );
        assert_eq!(answer.evidence.as_deref(), Some("Projet de protocole"));
    }
}

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

#[test]
fn an_english_survey_keeps_the_contract_headers() {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = common::lesotho_with_three_items(&mut wb);
    let csv = String::from_utf8(wb.survey_template_bytes(&ws, false, SurveyFormat::Csv).unwrap()).unwrap();
    assert!(csv.starts_with("\u{feff}item_id,item_title,authority,status,instrument,evidence,gap,comment\r\n"));
}

#[test]
fn the_french_demo_is_french_and_its_draft_reads_the_frozen_french_text() {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = adopt_core::demo::create_in(&mut wb, Language::Fr).unwrap();
    assert_eq!(ws.language, Language::Fr);
    assert_eq!(ws.template, "directive-conjointe");
    assert_eq!(ws.jurisdiction, "Côte d’Ivoire");
    let codes: Vec<&str> = ws.authorities.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(codes, ["ARTCI", "BCEAO"]);
    let detail = wb.workspace_show(&ws.id).unwrap();
    for status in adopt_domain::DecisionStatus::ALL {
        assert!(
            detail.items.iter().any(|i| i.decision.status == *status),
            "the French demo has a {status} item"
        );
    }
    for item in &detail.items {
        assert!(
            item.title_fr.is_some() && item.statement_fr.is_some(),
            "{} frozen in French",
            item.id
        );
    }
    let discussion = wb.discussion_show(&ws.id).unwrap();
    assert_eq!(discussion.sessions.len(), 2);
    assert!(
        discussion
            .sessions
            .iter()
            .all(|s| s.place.as_deref() == Some("Abidjan, siège de l’ARTCI"))
    );
    assert_eq!(
        wb.baseline(&ws.id).unwrap().len(),
        14,
        "the French survey file imported"
    );

    let date = NaiveDate::from_ymd_opt(2025, 6, 18).unwrap();
    let draft = adopt_document::text::render(&wb.draft(&ws.id, None, date).unwrap());
    let reg01 = detail.items.iter().find(|i| i.id == "REG-01").unwrap();
    assert!(
        draft.contains(reg01.statement_fr.as_deref().unwrap()),
        "the adopted clause in French"
    );
    assert!(!draft.contains(&reg01.statement), "not in English");
    assert!(draft.contains("Décident"), "the French template");
    assert!(
        draft.contains("deux pièces d’identité sont exigées"),
        "the conditions agreed in session, in French"
    );
    assert!(
        draft.contains("Inscrire le contrôle des accès SS7"),
        "the action, in French"
    );
    for english in ["Lesotho", "Central Bank", "Telecom matter", "Online"] {
        assert!(!draft.contains(english), "{english} in the French draft");
    }
}

#[test]
fn a_french_draft_shows_the_french_text_frozen_at_selection_not_the_catalog_of_today() {
    let mut wb = Workbench::in_memory("secretariat").unwrap();
    let ws = wb.workspace_create_in(abidjan(), Language::Fr).unwrap();
    wb.select(&ws.id, &["REG-01".into()]).unwrap();
    let adopt = adopt_domain::DecisionPatch {
        status: Some(adopt_domain::DecisionStatus::Adopt),
        lead: Some("LCA".into()),
        ..adopt_domain::DecisionPatch::default()
    };
    wb.decide(&ws.id, "REG-01", &adopt, None).unwrap();
    // A workspace file whose REG-01 was frozen from an earlier wording of the catalog.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abidjan.json");
    wb.workspace_export(&ws.id, &path).unwrap();
    let today = adopt_catalog::Catalog::builtin().get("REG-01").unwrap();
    let earlier = "Énoncé tel qu’il figurait au catalogue lors de la sélection.";
    let file = std::fs::read_to_string(&path).unwrap();
    let quoted = serde_json::to_string(&today.statement_fr).unwrap();
    assert!(file.contains(&quoted), "the file freezes the French statement");
    std::fs::write(&path, file.replace(&quoted, &serde_json::to_string(earlier).unwrap())).unwrap();
    let copy = wb.workspace_import(&path).unwrap();
    assert_eq!(copy.language, Language::Fr, "the file keeps the language");

    let date = NaiveDate::from_ymd_opt(2025, 6, 18).unwrap();
    let draft = adopt_document::text::render(&wb.draft(&copy.id, None, date).unwrap());
    assert!(draft.contains(earlier), "the frozen French statement");
    assert!(!draft.contains(&today.statement_fr), "never today's catalog");
}
