//! Contract §6: the gap-analysis survey and the completeness check.

use serde_json::Value;

use crate::common::{Db, item, keys};

/// The survey's columns, in the contract's order.
const SURVEY_HEADERS: [&str; 8] = [
    "item_id",
    "item_title",
    "authority",
    "status",
    "instrument",
    "evidence",
    "gap",
    "comment",
];

impl Db {
    /// Exports the draft as PDF on `date` and returns its text as pdftotext reads it.
    fn draft_text(&self, ws: &str, date: &str) -> String {
        let pdf = self.path(&format!("draft-{date}.pdf"));
        self.ok(&["export", ws, "--format", "pdf", "--out", &pdf, "--date", date]);
        pdf_text(std::path::Path::new(&pdf))
    }

    /// One item's baseline answers as `workspace show --json` prints them.
    fn baseline(&self, ws: &str, id: &str) -> Vec<Value> {
        item(&self.show(ws), id)["baseline"].as_array().unwrap().clone()
    }
}

/// The text of a PDF as poppler's pdftotext reads it, white space folded so wrapped lines match.
fn pdf_text(pdf: &std::path::Path) -> String {
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v pdftotext"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "pdftotext is missing: run scripts/install-deps.sh (it installs poppler-utils)"
    );
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first worksheet's rows as a spreadsheet program shows them.
fn xlsx_rows(path: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    calamine::Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// Writes rows of text into a new workbook, as a script filling the survey would.
fn write_xlsx(path: &str, rows: &[Vec<String>]) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            sheet.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    workbook.save(path).unwrap();
}

/// The answers of a baseline without who recorded them and when (the contract's keys).
fn answers(baseline: &[Value]) -> Vec<Value> {
    baseline
        .iter()
        .map(|b| {
            let keys = ["authority", "status", "instrument", "evidence", "gap", "comment"];
            for key in keys {
                assert!(b.get(key).is_some(), "a baseline entry lacks {key}: {b}");
            }
            keys.iter().map(|k| ((*k).to_string(), b[*k].clone())).collect()
        })
        .collect()
}

#[test]
fn survey_template_writes_one_row_per_item_and_authority_as_csv_or_xlsx() {
    let db = Db::new();
    let ws = db.lesotho();
    let show = db.show(&ws);
    let expected: Vec<Vec<String>> = show["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| {
            ["LCA", "CBL"].map(|a| {
                let mut row = vec![
                    i["id"].as_str().unwrap().to_string(),
                    i["title"].as_str().unwrap().to_string(),
                ];
                row.push(a.to_string());
                row.extend(std::iter::repeat_n(String::new(), 5));
                row
            })
        })
        .collect();
    assert_eq!(expected.len(), 6, "three items, two authorities");

    let csv = db.path("survey.csv");
    assert_eq!(
        db.ok(&["survey", "template", &ws, "--out", &csv]),
        format!("wrote {csv}\n")
    );
    let bytes = std::fs::read(&csv).unwrap();
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a UTF-8 BOM")).unwrap();
    assert!(
        text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF line ends"
    );
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(lines[0], SURVEY_HEADERS.join(","), "the contract's headers, in order");
    // These titles need no quoting, so each row is its fields joined by commas.
    assert!(expected.iter().all(|r| !r[1].contains([',', '"'])));
    let rows: Vec<String> = expected.iter().map(|r| r.join(",")).collect();
    assert_eq!(lines[1..], rows);

    let xlsx = db.path("survey.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &xlsx]);
    let sheet = xlsx_rows(&xlsx);
    assert_eq!(sheet[0], SURVEY_HEADERS);
    assert_eq!(sheet[1..], expected, "the workbook has the CSV's rows");
    let names = calamine::Reader::sheet_names(&calamine::open_workbook::<calamine::Xlsx<_>, _>(&xlsx).unwrap());
    assert_eq!(names, ["Survey", "How to fill in"]);

    // --all: the whole catalog, in catalog order, one row per authority.
    let catalog = db.json(&["catalog", "list", "--json"]);
    let ids: Vec<&str> = catalog
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let all = db.path("all.CSV");
    db.ok(&["survey", "template", &ws, "--out", &all, "--all"]);
    let bytes = std::fs::read(&all).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "an upper-case .CSV is a CSV");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(
        lines.len(),
        1 + ids.len() * 2,
        "{} catalog items × 2 authorities",
        ids.len()
    );
    for (n, line) in lines[1..].iter().enumerate() {
        let (id, authority) = (ids[n / 2], ["LCA", "CBL"][n % 2]);
        assert!(
            line.starts_with(&format!("{id},")) && line.ends_with(&format!(",{authority},,,,,")),
            "row {}: {line}",
            n + 2
        );
    }
    let all_xlsx = db.path("all.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &all_xlsx, "--all"]);
    assert_eq!(xlsx_rows(&all_xlsx).len(), lines.len());

    // An answer to an item not (yet) selected is kept, and shows once it is selected.
    let filled = db.file("tel.csv", "item_id,authority,status\nTEL-01,CBL,planned\n");
    db.ok(&["survey", "import", &ws, &filled]);
    db.ok(&["select", &ws, "TEL-01"]);
    assert_eq!(db.baseline(&ws, "TEL-01")[0]["status"], "planned");

    // The format comes from the extension; anything else is refused and nothing is written.
    for name in ["survey.ods", "survey"] {
        let out = db.path(name);
        db.refused(
            &ws,
            &["survey", "template", &ws, "--out", &out],
            2,
            "a survey is an .xlsx or a .csv file; name the file with one of these extensions",
        );
        assert!(!std::path::Path::new(&out).exists(), "{name} was written");
    }
    let out = db.path("other.csv");
    db.refused(
        &ws,
        &["survey", "template", "Atlantis", "--out", &out],
        1,
        "no workspace with id or name \"Atlantis\"",
    );
    assert!(!std::path::Path::new(&out).exists());
}

#[test]
fn a_filled_xlsx_survey_becomes_the_baseline_in_the_workspace_and_the_draft() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt",
        "--lead",
        "LCA",
        "--priority",
        "high",
        "--due",
        "2026-03-31",
    ]);
    let before = db.draft_text(&ws, "2025-06-06");
    assert!(
        before.contains("Annex F — Gap analysis and implementation roadmap")
            && before.contains("No gap-analysis survey has been imported"),
        "without a survey the annex says so"
    );

    let template = db.path("survey.xlsx");
    db.ok(&["survey", "template", &ws, "--out", &template]);
    let mut rows = xlsx_rows(&template);
    for row in &mut rows[1..] {
        let answer: [&str; 5] = match (row[0].as_str(), row[2].as_str()) {
            ("SIM-08", "LCA") => [
                "Partially implemented",
                "Licence condition",
                "Licence condition 9",
                "No wallet freeze on recycled numbers",
                "",
            ],
            ("SIM-08", "CBL") => ["not implemented", "none", "", "No rule yet", ""],
            ("SIM-11", _) => [
                "implemented",
                "regulation",
                "SIM Registration Regulations 2021, s. 12",
                "",
                "",
            ],
            _ => ["unknown", "", "", "", "To confirm with legal"],
        };
        row.splice(3.., answer.map(String::from));
    }
    let filled = db.path("filled.xlsx");
    write_xlsx(&filled, &rows);
    let printed = db.ok(&["survey", "import", &ws, &filled]);
    assert!(
        printed.contains("  SIM-08  LCA    no answer -> partially-implemented\n"),
        "{printed}"
    );
    assert!(
        printed.ends_with("6 rows read: 6 answers changed, 0 unchanged\n"),
        "{printed}"
    );

    assert_eq!(
        answers(&db.baseline(&ws, "SIM-08")),
        [
            serde_json::json!({"authority": "LCA", "status": "partially-implemented", "instrument": "licence-condition",
                "evidence": "Licence condition 9", "gap": "No wallet freeze on recycled numbers", "comment": null}),
            serde_json::json!({"authority": "CBL", "status": "not-implemented", "instrument": "none",
                "evidence": null, "gap": "No rule yet", "comment": null}),
        ]
    );
    let reg = db.baseline(&ws, "REG-01");
    assert_eq!(reg[1]["comment"], "To confirm with legal");
    assert_eq!(reg[1]["by"], "tester", "--by says who imported the answers");

    let draft = db.draft_text(&ws, "2025-06-06");
    assert!(
        draft.contains("Annex F — Gap analysis and implementation roadmap"),
        "{draft}"
    );
    assert!(!draft.contains("No gap-analysis survey has been imported"));
    // The summary counts, per group and authority: implemented, partly, planned, not, N/A-unknown.
    assert!(draft.contains("SIM life cycle LCA 1 1 0 0 0"), "{draft}");
    assert!(draft.contains("SIM life cycle CBL 1 0 0 1 0"), "{draft}");
    // The roadmap says where the adopted SIM-08 stands today, and what each authority lacks.
    assert!(
        draft.contains("2026 Q1 High SIM-08") && draft.contains(
                "LCA: Partially implemented (gap: No wallet freeze on recycled numbers); CBL: Not implemented (gap: No rule yet)"
            ),
        "{draft}"
    );
}

#[test]
fn a_csv_as_people_write_it_imports_and_a_corrected_file_replaces_the_answers() {
    let db = Db::new();
    let ws = db.lesotho();
    // Semicolons, a BOM, CRLF, headers in mixed case with spaces and in another order, a quoted
    // field with a line break, French status words, and trailing empty rows.
    let messy = db.file(
        "from-excel.csv",
        "\u{feff} Item_ID ;Status; AUTHORITY ;Instrument;Evidence ; Gap;COMMENT\r\n\
         SIM-08;Mis en œuvre;lca;Law;\"Communications Act 2012;\r\ns. 44\";;\r\n\
         SIM-08;partiellement mis en œuvre;CBL;;;Lockout missing;\r\n\
         REG-01;Non mis en œuvre;LCA;;;;Ask the ministry\r\n\
         ;;;;;;\r\n;;;;;;\r\n",
    );
    let before = db.snapshot(&ws);
    let dry = db.ok(&["survey", "import", &ws, &messy, "--dry-run"]);
    assert_eq!(
        dry,
        "  SIM-08  LCA    no answer -> implemented\n  SIM-08  CBL    no answer -> partially-implemented\n  \
         REG-01  LCA    no answer -> not-implemented\n\
         3 rows read: 3 answers would change, 0 unchanged (dry run: nothing was written)\n"
    );
    assert_eq!(db.snapshot(&ws), before, "a dry run changes nothing");

    let printed = db.ok(&["survey", "import", &ws, &messy]);
    assert!(
        printed.ends_with("3 rows read: 3 answers changed, 0 unchanged\n"),
        "{printed}"
    );
    assert_eq!(
        answers(&db.baseline(&ws, "SIM-08")),
        [
            serde_json::json!({"authority": "LCA", "status": "implemented", "instrument": "law",
                "evidence": "Communications Act 2012;\ns. 44", "gap": null, "comment": null}),
            serde_json::json!({"authority": "CBL", "status": "partially-implemented", "instrument": null,
                "evidence": null, "gap": "Lockout missing", "comment": null}),
        ]
    );
    assert_eq!(db.baseline(&ws, "REG-01")[0]["comment"], "Ask the ministry");

    // The same file again changes nothing and adds nothing to the history.
    let history = db.ok(&["history", &ws, "--json"]);
    assert!(
        db.ok(&["survey", "import", &ws, &messy])
            .ends_with("3 rows read: 0 answers changed, 3 unchanged\n")
    );
    assert_eq!(db.ok(&["history", &ws, "--json"]), history);

    // LCA corrects its SIM-08 answer: a dry run shows the change, the import makes it.
    let corrected = db.file(
        "corrected.csv",
        "item_id,item_title,authority,status,instrument,evidence,gap,comment\r\n\
         SIM-08,,LCA,Partially implemented,law,Communications Act 2012,Wallet freeze missing,\r\n",
    );
    let before = db.snapshot(&ws);
    let dry = db.ok(&["survey", "import", &ws, &corrected, "--dry-run"]);
    assert!(
        dry.starts_with("  SIM-08  LCA    implemented -> partially-implemented\n"),
        "{dry}"
    );
    assert!(
        dry.ends_with("1 row read: 1 answer would change, 0 unchanged (dry run: nothing was written)\n"),
        "{dry}"
    );
    assert_eq!(db.snapshot(&ws), before, "a dry run changes nothing");
    db.ok(&["survey", "import", &ws, &corrected]);
    let sim08 = answers(&db.baseline(&ws, "SIM-08"));
    assert_eq!(sim08.len(), 2, "replaced, not added: {sim08:?}");
    assert_eq!(
        sim08[0],
        serde_json::json!({"authority": "LCA", "status": "partially-implemented", "instrument": "law",
            "evidence": "Communications Act 2012", "gap": "Wallet freeze missing", "comment": null})
    );
    assert_eq!(
        sim08[1]["status"], "partially-implemented",
        "CBL's answer is not touched"
    );

    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let lca: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"] == "baseline LCA")
        .collect();
    assert_eq!(lca.len(), 2, "both answers are in the history: {lca:?}");
    assert_eq!(lca[0]["old"], Value::Null);
    assert_eq!(lca[1]["old"], lca[0]["new"], "the replaced answer stays in the history");
    assert!(
        lca[1]["old"].as_str().unwrap().starts_with("implemented; law"),
        "{}",
        lca[1]["old"]
    );
    assert!(
        lca[1]["new"]
            .as_str()
            .unwrap()
            .starts_with("partially-implemented; law"),
        "{}",
        lca[1]["new"]
    );
    assert_eq!(lca[1]["by"], "tester");
}

#[test]
fn survey_import_for_one_authority_fills_its_column_and_leaves_the_others_rows_out() {
    let db = Db::new();
    let ws = db.lesotho();
    // CBL's own copy, without an authority column at all.
    let cbl = db.file("cbl.csv", "item_id,status\r\nSIM-08,planned\r\nSIM-11,implemented\r\n");
    db.refused(
        &ws,
        &["survey", "import", &ws, &cbl],
        1,
        "error: line 1, column — (authority): the header row has no \"authority\" column",
    );
    let printed = db.ok(&["survey", "import", &ws, &cbl, "--authority", "cbl"]);
    assert!(
        printed.ends_with("2 rows read: 2 answers changed, 0 unchanged\n"),
        "{printed}"
    );
    assert_eq!(db.baseline(&ws, "SIM-08")[0]["authority"], "CBL");
    assert_eq!(db.baseline(&ws, "SIM-11")[0]["status"], "implemented");

    // A shared file: empty authority cells are LCA's here; CBL's rows are left out.
    let shared = db.file(
        "shared.csv",
        "item_id,authority,status\nREG-01,,implemented\nSIM-08,lca,not implemented\nSIM-08,CBL,unknown\n",
    );
    db.refused(
        &ws,
        &["survey", "import", &ws, &shared],
        1,
        "error: line 2, column B (authority): empty; write the authority's code (LCA, CBL)",
    );
    let printed = db.ok(&["survey", "import", &ws, &shared, "--authority", "LCA"]);
    assert!(
        printed.ends_with("3 rows read: 2 answers changed, 0 unchanged, 1 row of other authorities left out\n"),
        "{printed}"
    );
    assert_eq!(db.baseline(&ws, "REG-01")[0]["authority"], "LCA");
    let sim08 = answers(&db.baseline(&ws, "SIM-08"));
    assert_eq!(
        sim08
            .iter()
            .map(|a| (a["authority"].as_str().unwrap(), a["status"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        [("LCA", "not-implemented"), ("CBL", "planned")],
        "CBL's earlier answer stays, its row in the shared file is left out"
    );

    db.refused(
        &ws,
        &["survey", "import", &ws, &shared, "--authority", "RBM"],
        1,
        "error: \"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
    );
}

#[test]
fn every_kind_of_bad_survey_row_is_named_by_line_and_column_and_nothing_is_imported() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "survey",
        "import",
        &ws,
        &db.file("first.csv", "item_id,authority,status\nSIM-08,LCA,planned\n"),
    ]);
    let header = SURVEY_HEADERS.join(",");
    let good = "SIM-08,,CBL,implemented,law,,,";
    // Each file has one good row first: a bad row anywhere refuses the whole file.
    let cases = [
        (
            "REG-01,,LCA,planned,,,,\nXYZ-99,,CBL,planned,,,,",
            "error: line 4, column A (item_id): unknown recommendation \"XYZ-99\"; ids look like SIM-08",
        ),
        (
            "REG-01,,RBM,planned,,,,",
            "error: line 3, column C (authority): \"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        ),
        (
            "REG-01,,LCA,,,,,",
            "error: line 3, column D (status): empty; use one of: implemented, partially-implemented, planned, \
             not-implemented, not-applicable, unknown",
        ),
        (
            "REG-01,,LCA,done,,,,",
            "error: line 3, column D (status): unknown survey status \"done\"; use one of: implemented,",
        ),
        (
            "REG-01,,LCA,planned,decree,,,",
            "error: line 3, column E (instrument): unknown instrument \"decree\"; use one of: law, regulation, \
             directive, guideline, licence-condition, mou, none",
        ),
        (
            "REG-01,,LCA,planned,,,,\nsim-08,,cbl,planned,,,,",
            "error: line 4, column A (item_id): SIM-08 for CBL is answered twice (also on line 2); keep one row",
        ),
        (
            ",,LCA,planned,,,,",
            "error: line 3, column A (item_id): empty; write the recommendation's id, e.g. SIM-08",
        ),
    ];
    for (n, (rows, needle)) in cases.iter().enumerate() {
        let file = db.file(&format!("bad{n}.csv"), format!("{header}\n{good}\n{rows}\n"));
        db.refused(&ws, &["survey", "import", &ws, &file], 1, needle);
        if n == 0 {
            // A dry run reports the same problems, and fails the same way.
            db.refused(&ws, &["survey", "import", &ws, &file, "--dry-run"], 1, needle);
        }
    }
    let no_status = db.file("no-status.csv", "item_id,authority,evidence\nSIM-08,CBL,Act\n");
    db.refused(
        &ws,
        &["survey", "import", &ws, &no_status],
        1,
        "error: line 1, column — (status): the header row has no \"status\" column; the survey's columns are: \
         item_id, item_title, authority, status, instrument, evidence, gap, comment",
    );

    // All problems at once: one stderr line each, in line order, after a line saying nothing was
    // imported; the good rows around them are not imported either.
    let rows = [
        "SIM-08,,CBL,implemented,law,,,",
        "XYZ-99,,CBL,planned,,,,",
        "REG-01,,RBM,planned,,,,",
        "REG-01,,LCA,,,,,",
        "REG-01,,CBL,done,,,,",
        "SIM-11,,LCA,planned,decree,,,",
        "sim-08,,cbl,planned,,,,",
        ",,LCA,planned,,,,",
        "SIM-11,,CBL,planned,,,,",
    ];
    let file = db.file("all-bad.csv", format!("{header}\r\n{}\r\n", rows.join("\r\n")));
    let before = db.snapshot(&ws);
    let out = db.run(&["survey", "import", &ws, &file]);
    assert_eq!((out.code, out.stdout.as_str()), (1, ""));
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(
        lines[0],
        "error: nothing was imported: 7 problems in the survey; correct them and import again:"
    );
    let places: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.strip_prefix("error: line ").unwrap().split(" (").next().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "3, column A",
            "4, column C",
            "5, column D",
            "6, column D",
            "7, column E",
            "8, column A",
            "9, column A"
        ],
        "{}",
        out.stderr
    );
    assert_eq!(db.snapshot(&ws), before);

    // In a workbook, the line is the spreadsheet's row number, empty rows included.
    let mut rows = vec![SURVEY_HEADERS.map(String::from).to_vec(), vec![String::new(); 8]];
    for line in ["SIM-08,,CBL,implemented,,,,", "REG-01,,LCA,Fait,,,,"] {
        rows.push(line.split(',').map(String::from).collect());
    }
    let xlsx = db.path("bad.xlsx");
    write_xlsx(&xlsx, &rows);
    db.refused(
        &ws,
        &["survey", "import", &ws, &xlsx],
        1,
        "error: line 4, column D (status): unknown survey status \"Fait\"",
    );

    // Files that cannot be read as a survey at all.
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("survey.ods", "item_id,authority,status\n"),
        ],
        2,
        "survey.ods: a survey is an .xlsx or a .csv file",
    );
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("fake.xlsx", "item_id,authority,status\n"),
        ],
        1,
        "error: the survey cannot be read: the file is not an XLSX workbook",
    );
    db.refused(
        &ws,
        &[
            "survey",
            "import",
            &ws,
            &db.file("latin1.csv", b"item_id,authority,status,gap\nSIM-08,CBL,pr\xe9vu,\n"),
        ],
        1,
        "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"",
    );
    db.refused(
        &ws,
        &["survey", "import", &ws, &db.path("missing.csv")],
        1,
        "missing.csv cannot be read",
    );
    assert_eq!(db.baseline(&ws, "SIM-08").len(), 1, "only the first import's answer");
}

#[test]
fn check_exits_3_with_findings_until_the_draft_is_complete() {
    let db = Db::new();
    let ws = db.lesotho();
    let check = |args: &[&str]| {
        let mut full = vec!["check", ws.as_str()];
        full.extend(args);
        db.run(&full)
    };
    let out = check(&["--json", "--date", "2025-06-06"]);
    assert_eq!(out.code, 3, "findings: {}", out.stderr);
    let findings: Value = serde_json::from_str(&out.stdout).unwrap();
    let findings = findings.as_array().unwrap();
    for f in findings {
        assert_eq!(keys(f), ["field", "item", "kind", "message"]);
    }
    let fields: Vec<&str> = findings.iter().filter_map(|f| f["field"].as_str()).collect();
    assert_eq!(fields, ["doc_version", "reference", "prepared_by", "event"]);
    let kinds: Vec<(&str, Option<&str>)> = findings
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["item"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("open-item", Some("REG-01")),
            ("open-item", Some("SIM-08")),
            ("open-item", Some("SIM-11")),
            ("missing-property", None),
            ("missing-property", None),
            ("missing-property", None),
            ("missing-property", None),
        ]
    );
    assert!(
        findings[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("SIM-08: still open; decide it")
    );

    let text = check(&["--date", "2025-06-06"]);
    assert_eq!(text.code, 3);
    assert!(
        text.stdout.starts_with("open-item              REG-01: still open;"),
        "{}",
        text.stdout
    );
    // The CLI words where to fix an empty property: its own flag.
    let quoted = if ws.contains(' ') {
        format!("\"{ws}\"")
    } else {
        ws.clone()
    };
    assert!(
        text.stdout.contains(&format!(
            "missing-property       the document property \"prepared by\" is empty, so the draft shows a blank or \"[to be completed]\"; set it with `dfs-adopt workspace set {quoted} --prepared-by TEXT`\n"
        )),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .ends_with("7 findings; the exported draft is marked \"DRAFT — INCOMPLETE\" until they are resolved\n"),
        "{}",
        text.stdout
    );

    // Half decided: each decision brings its own findings.
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt-modified",
        "--due",
        "2026-03-31",
    ]);
    db.ok(&["decide", &ws, "SIM-11", "--status", "deferred"]);
    db.ok(&[
        "decide",
        &ws,
        "REG-01",
        "--status",
        "adopt",
        "--lead",
        "CBL",
        "--priority",
        "low",
        "--due",
        "2027-12-31",
    ]);
    let out = check(&["--json", "--date", "2025-06-06"]);
    assert_eq!(out.code, 3);
    let findings: Value = serde_json::from_str(&out.stdout).unwrap();
    let kinds: Vec<(&str, Option<&str>)> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] != "missing-property")
        .map(|f| (f["kind"].as_str().unwrap(), f["item"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("missing-wording", Some("SIM-08")),
            ("missing-lead", Some("SIM-08")),
            ("missing-priority", Some("SIM-08")),
            ("missing-rationale", Some("SIM-11")),
        ]
    );
    let draft = db.draft_text(&ws, "2025-06-06");
    assert!(
        draft.contains("DRAFT — INCOMPLETE"),
        "the draft is marked while findings remain"
    );
    assert!(
        draft.contains("Completeness findings") && draft.contains("SIM-11: deferred without a rationale; say why"),
        "{draft}"
    );

    // Fix everything.
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--wording",
        "Operators shall notify DFS providers of recycled numbers.",
        "--lead",
        "LCA",
        "--support",
        "CBL",
        "--priority",
        "high",
    ]);
    db.ok(&[
        "decide",
        &ws,
        "SIM-11",
        "--rationale",
        "Awaits the national SIM registry.",
    ]);
    db.ok(&[
        "workspace",
        "set",
        &ws,
        "--doc-version",
        "0.3",
        "--reference",
        "LCA/CBL/2025/1",
        "--prepared-by",
        "Secretariat",
        "--event",
        "DFS security clinic",
    ]);
    let clean = check(&["--date", "2026-03-31"]);
    assert_eq!(clean.code, 0, "{}{}", clean.stdout, clean.stderr);
    assert_eq!(clean.stdout, "complete: no findings\n");
    let clean = check(&["--json", "--date", "2026-03-31"]);
    assert_eq!((clean.code, clean.stdout.trim()), (0, "[]"));
    let draft = db.draft_text(&ws, "2026-03-31");
    assert!(
        !draft.contains("INCOMPLETE") && !draft.contains("Completeness findings"),
        "a complete draft carries neither the marking nor the annex"
    );

    // A target date is past when it is before the document date, not on it.
    let late = check(&["--json", "--date", "2026-04-01"]);
    assert_eq!(late.code, 3);
    let findings: Value = serde_json::from_str(&late.stdout).unwrap();
    assert_eq!(
        findings,
        serde_json::json!([{"kind": "past-due", "item": "SIM-08", "field": null,
            "message": "SIM-08: target date 2026-03-31 is before the document date 2026-04-01; move it later"}])
    );
    let draft = db.draft_text(&ws, "2026-04-01");
    assert!(
        draft.contains("DRAFT — INCOMPLETE") && draft.contains("target date 2026-03-31 is before the document date"),
        "the export checks against its own date"
    );

    // Errors: an unknown workspace is an error, a malformed date a usage error.
    db.refused(
        &ws,
        &["check", "Atlantis"],
        1,
        "error: no workspace with id or name \"Atlantis\"",
    );
    db.refused(
        &ws,
        &["check", &ws, "--date", "2026-02-30"],
        2,
        "2026-02-30 is not a day of the calendar",
    );
    db.refused(
        &ws,
        &["check", &ws, "--json", "--date", "31/03/2026"],
        2,
        "write dates as YYYY-MM-DD",
    );
}
