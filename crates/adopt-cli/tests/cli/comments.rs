//! `export --comments` (contract §8) as a reviewer's copy of Word would read it: python-docx's
//! comment API (tests/tools/.venv, made by scripts/install-deps.sh) lists each comment with its
//! author and text, and the document's comment range says which text it sits on.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::{Db, item};

/// For each comment of a DOCX: its author, initials, text (paragraphs joined by line feeds),
/// the text inside its range and the bookmark that starts where the range starts.
const READ_COMMENTS: &str = r#"
import json, sys
import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
ranges, bookmarks, open_ranges = {}, {}, {}
for el in document.element.body.iter():
    if el.tag == qn("w:commentRangeStart"):
        cid = el.get(qn("w:id"))
        open_ranges[cid] = []
        before = el.getprevious()
        if before is not None and before.tag == qn("w:bookmarkStart"):
            bookmarks[cid] = before.get(qn("w:name"))
    elif el.tag == qn("w:commentRangeEnd"):
        cid = el.get(qn("w:id"))
        ranges[cid] = "".join(open_ranges.pop(cid))
    elif el.tag == qn("w:t"):
        for texts in open_ranges.values():
            texts.append(el.text or "")
print(json.dumps([
    {
        "author": c.author,
        "initials": c.initials,
        "text": c.text,
        "range": ranges.get(str(c.comment_id)),
        "bookmark": bookmarks.get(str(c.comment_id)),
    }
    for c in document.comments
]))
"#;

fn comments(docx: &str) -> Vec<Value> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/.venv/bin/python");
    let out = Command::new(&python)
        .args(["-c", READ_COMMENTS, docx])
        .output()
        .unwrap_or_else(|e| panic!("{} ({e}): run scripts/install-deps.sh", python.display()));
    assert!(
        out.status.success(),
        "python-docx could not read {docx}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The comment on `bookmark`, which must be the only one there.
fn on<'a>(comments: &'a [Value], bookmark: &str) -> &'a Value {
    let found: Vec<&Value> = comments.iter().filter(|c| c["bookmark"] == bookmark).collect();
    assert_eq!(found.len(), 1, "comments on {bookmark}: {comments:#?}");
    found[0]
}

const WORDING: &str =
    "Mobile network operators shall notify licensed DFS providers before a recycled number is reassigned.";
const SIM_08: &str =
    "Aligns with the SIM Registration Act <2021> & LCA's \"Rule 7\".\nRaised by both authorities in session 2.";
const SIM_11: &str = "הוסכם בישיבה 2 — agreed by both authorities 🛡️";

#[test]
fn each_adopted_rationale_is_a_comment_by_dfs_adopt_on_its_clause_text() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["select", &ws, "APP-01"]);
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt-modified",
        "--wording",
        WORDING,
        "--rationale",
        SIM_08,
    ]);
    db.ok(&["decide", &ws, "SIM-11", "--status", "adopt", "--rationale", SIM_11]);
    db.ok(&["decide", &ws, "REG-01", "--status", "adopt"]);
    db.ok(&[
        "decide",
        &ws,
        "APP-01",
        "--status",
        "deferred",
        "--reason",
        "capacity-constraint",
        "--rationale",
        "Needs app-store cooperation first.",
    ]);

    let docx = db.path("draft.docx");
    let export = |out: &str, extra: &[&str]| {
        let mut args = vec![
            "export",
            ws.as_str(),
            "--format",
            "docx",
            "--date",
            "2025-06-06",
            "--out",
            out,
        ];
        args.extend(extra);
        db.ok(&args);
    };
    export(&docx, &["--comments"]);
    let found = comments(&docx);
    assert_eq!(
        found.len(),
        2,
        "SIM-08 and SIM-11 only: REG-01 has no rationale, APP-01 is not adopted (Annex A): {found:#?}"
    );
    let show = db.show(&ws);
    for (bookmark, rationale, clause) in [
        ("dfs_SIM_08_text", SIM_08, WORDING),
        (
            "dfs_SIM_11_text",
            SIM_11,
            item(&show, "SIM-11")["statement"].as_str().unwrap(),
        ),
    ] {
        let c = on(&found, bookmark);
        assert_eq!(c["author"], "dfs-adopt");
        assert_eq!(c["initials"], "DA");
        assert_eq!(c["text"], rationale, "the rationale, a paragraph a line");
        assert_eq!(c["range"], clause, "the comment covers the clause's text");
    }

    // Same input, same bytes; without --comments, no comment at all.
    let again = db.path("again.docx");
    export(&again, &["--comments"]);
    assert!(std::fs::read(&docx).unwrap() == std::fs::read(&again).unwrap());
    let plain = db.path("plain.docx");
    export(&plain, &[]);
    assert!(comments(&plain).is_empty());

    // A redline carries the comments of the draft as it stands.
    db.ok(&["version", "circulate", &ws, "--label", "0.1", "--date", "2025-06-06"]);
    db.ok(&[
        "decide",
        &ws,
        "SIM-11",
        "--rationale",
        "Revised after the consultation.",
    ]);
    let redline = db.path("redline.docx");
    export(&redline, &["--compare-to", "0.1", "--comments"]);
    let found = comments(&redline);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(on(&found, "dfs_SIM_11_text")["text"], "Revised after the consultation.");
    assert_eq!(on(&found, "dfs_SIM_08_text")["range"], WORDING);
}
