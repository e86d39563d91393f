//! The draft adoption document and the templates.

use crate::common::Db;

#[test]
fn export_writes_the_draft_and_refuses_bad_input_without_touching_the_file() {
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
        "--due",
        "2027-03-31",
    ]);
    let out = db.dir.path().join("draft.pdf");
    let out_arg = out.to_str().unwrap();
    let printed = db.ok(&[
        "export",
        &ws,
        "--format",
        "pdf",
        "--out",
        out_arg,
        "--date",
        "2025-06-06",
    ]);
    assert!(printed.starts_with("wrote "), "{printed}");
    let first = std::fs::read(&out).unwrap();
    assert!(first.starts_with(b"%PDF-"), "a PDF is written");
    db.ok(&[
        "export",
        &ws,
        "--format",
        "pdf",
        "--out",
        out_arg,
        "--date",
        "2025-06-06",
    ]);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        first,
        "same input and date give identical bytes"
    );

    let docx = db.dir.path().join("draft.docx");
    db.ok(&[
        "export",
        &ws,
        "--format",
        "DOCX",
        "--out",
        docx.to_str().unwrap(),
        "--template",
        "guideline",
        "--date",
        "2025-06-06",
    ]);
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"), "a DOCX is a zip file");

    for (args, code, needle) in [
        (
            vec!["--format", "odt"],
            2,
            "unknown format \"odt\"; use one of: docx, pdf",
        ),
        (
            vec!["--format", "pdf", "--template", "memo"],
            1,
            "unknown template \"memo\"",
        ),
        (
            vec!["--format", "pdf", "--template", "./no/such/folder"],
            1,
            "cannot be read",
        ),
        (
            vec!["--format", "pdf", "--date", "2025-02-30"],
            2,
            "not a day of the calendar",
        ),
    ] {
        let mut full = vec!["export", ws.as_str(), "--out", out_arg];
        full.extend(args);
        let result = db.run(&full);
        assert_eq!(result.code, code, "{full:?}: {}", result.stderr);
        assert!(result.stderr.contains(needle), "{full:?}: {}", result.stderr);
        assert_eq!(
            std::fs::read(&out).unwrap(),
            first,
            "a refused export leaves the good file whole"
        );
    }
    db.cannot_write(&["export", &ws, "--format", "pdf"], "draft.pdf");
}

#[test]
fn template_list_names_the_builtin_templates() {
    let db = Db::new();
    let list = db.json(&["template", "list", "--json"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "joint-directive",
            "guideline",
            "directive-conjointe",
            "ligne-directrice"
        ]
    );
    assert!(db.ok(&["template", "list"]).contains("joint-directive"));
}
