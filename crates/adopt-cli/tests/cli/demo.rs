//! `dfs-adopt demo`.

use crate::common::Db;

#[test]
fn demo_writes_a_docx_and_a_pdf_draft() {
    let db = Db::new();
    let out = db.dir.path().join("demo");
    let printed = db.ok(&["demo", "--out", out.to_str().unwrap()]);
    assert!(
        printed.contains("draft.docx") && printed.contains("draft.pdf"),
        "{printed}"
    );
    assert!(std::fs::read(out.join("draft.pdf")).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(out.join("draft.docx")).unwrap().starts_with(b"PK"));
    let list = db.json(&["workspace", "list", "--json"]);
    assert_eq!(
        list,
        serde_json::json!([]),
        "the demo uses a temporary database, not the user's"
    );
}
