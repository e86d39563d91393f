//! `review import | list | respond` (contract §8): the JSON keys, exit codes, and the files
//! adopt-office's fixtures hold, made by real clients (a dfs-adopt export commented by
//! python-docx, changed with tracking by LibreOffice, re-saved by LibreOffice).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Db, keys};

#[path = "../../../adopt-office/tests/common/bomb.rs"]
mod bomb;
use bomb::zip_bomb;

const COMMENT_KEYS: [&str; 17] = [
    "anchor_text",
    "at",
    "author",
    "disposition",
    "id",
    "item",
    "kind",
    "organisation",
    "replies",
    "resolved",
    "responded_at",
    "responded_by",
    "response",
    "section",
    "source_file",
    "source_version",
    "text",
];

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../adopt-office/tests/fixtures")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

fn list(db: &Db, ws: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["review", "list", ws, "--json"];
    args.extend_from_slice(extra);
    db.json(&args).as_array().unwrap().clone()
}

/// A workspace with the comments of the python-docx fixture imported.
fn imported(db: &Db) -> String {
    let ws = db.lesotho();
    db.ok(&[
        "review",
        "import",
        &ws,
        &fixture("review-comments.docx"),
        "--organisation",
        "Central Bank of Lesotho",
    ]);
    ws
}

#[test]
fn import_reports_the_contract_keys_and_adds_nothing_the_second_time_or_from_a_resaved_copy() {
    let db = Db::new();
    let ws = db.lesotho();
    let file = fixture("review-comments.docx");
    let dry = db.json(&["review", "import", &ws, &file, "--dry-run", "--json"]);
    assert_eq!(keys(&dry), ["attached", "by_item", "skipped_known", "unattached"]);
    assert!(list(&db, &ws, &[]).is_empty(), "a dry run writes nothing");

    let out = db.run(&["review", "import", &ws, &file, "--reviewer", "CBL legal", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report, dry, "the dry run said what the import did");
    assert!(
        out.stderr.contains("could not be checked"),
        "the fixture's version is not in this database: {}",
        out.stderr
    );
    assert_eq!(
        report["by_item"]["SIM-08"], 3,
        "a comment, a tracked deletion and insertion"
    );
    assert_eq!(report["by_item"]["REG-01"], 1);
    assert_eq!(report["skipped_known"], 0);
    let comments = list(&db, &ws, &[]);
    assert_eq!(
        comments.len() as u64,
        report["attached"].as_u64().unwrap() + report["unattached"].as_u64().unwrap()
    );
    for c in &comments {
        assert_eq!(keys(c), COMMENT_KEYS);
        assert!(c["disposition"].is_null());
        assert!(c["source_version"].is_null());
    }
    let reply = comments
        .iter()
        .find(|c| c["replies"].as_array().is_some_and(|r| !r.is_empty()))
        .unwrap();
    assert_eq!(keys(&reply["replies"][0]), ["at", "author", "text"]);
    let insertion = comments.iter().find(|c| c["kind"] == "insertion").unwrap();
    assert_eq!(insertion["text"], "suspends the wallet");
    assert_eq!(
        insertion["author"], "CBL legal",
        "LibreOffice's \"Unknown Author\" named by --reviewer"
    );
    assert!(comments.iter().any(|c| c["kind"] == "deletion"));

    // LibreOffice writes the reply back as a comment of its own: known as the reply it was.
    for again in [file.as_str(), &fixture("review-resaved.docx")] {
        let report = db.json(&["review", "import", &ws, again, "--json"]);
        assert_eq!(
            (report["attached"].as_u64(), report["unattached"].as_u64()),
            (Some(0), Some(0)),
            "{again}: {report}"
        );
        assert!(
            report["skipped_known"].as_u64() >= Some(comments.len() as u64),
            "{report}"
        );
    }
    assert_eq!(list(&db, &ws, &[]).len(), comments.len());
    let text = db.ok(&["review", "import", &ws, &file]);
    assert!(text.contains("attached 0 new"), "{text}");
}

/// Refuses `bytes` as a reviewer's file: exit 1 within seconds, a message naming the file and
/// `needle`, and the workspace, its history and its comments exactly as before.
fn refused_file(db: &Db, ws: &str, name: &str, bytes: &[u8], needle: &str) {
    let file = db.file(name, bytes);
    let before = db.snapshot(ws);
    let started = Instant::now();
    let out = db.run(&["review", "import", ws, &file]);
    let took = started.elapsed();
    assert_eq!(out.code, 1, "{name}: {}", out.stderr);
    assert!(
        out.stderr.contains(&format!("{name} cannot be imported")),
        "{name}: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(needle),
        "{name}: expected {needle:?} in {}",
        out.stderr
    );
    // Generous for a debug build on a busy machine; inflating the bomb would take far longer.
    assert!(took < Duration::from_secs(10), "{name} took {took:?}");
    assert_eq!(db.snapshot(ws), before, "{name} changed the workspace");
    assert!(list(db, ws, &[]).is_empty(), "{name} left comments");
}

#[test]
fn files_that_are_not_a_readable_docx_import_nothing_and_exit_1() {
    let db = Db::new();
    let ws = db.lesotho();
    let real = std::fs::read(fixture("review-comments.docx")).unwrap();
    refused_file(&db, &ws, "truncated.docx", &real[..real.len() / 2], "damaged");
    // Pseudo-random bytes (xorshift), the same on every run.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let noise: Vec<u8> = (0..64 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    refused_file(&db, &ws, "noise.docx", &noise, "not a Word document");
    let workbook = db.path("survey.xlsx");
    let mut xlsx = rust_xlsxwriter::Workbook::new();
    xlsx.add_worksheet().write_string(0, 0, "item").unwrap();
    xlsx.save(&workbook).unwrap();
    refused_file(
        &db,
        &ws,
        "renamed.docx",
        &std::fs::read(&workbook).unwrap(),
        "Excel workbook",
    );
    // 1 GiB of zeros in about 1 MB, headers declaring 4 KB.
    refused_file(
        &db,
        &ws,
        "bomb.docx",
        &zip_bomb("word/document.xml", 1 << 30, 4096),
        "zip bomb",
    );
    let missing = db.run(&["review", "import", &ws, &db.path("nowhere.docx")]);
    assert_eq!(missing.code, 1);
    assert!(list(&db, &ws, &[]).is_empty());
}

#[test]
fn a_later_file_from_the_same_review_adds_only_what_is_new() {
    let db = Db::new();
    let ws = db.lesotho();
    // First the copy with LibreOffice's tracked replacement only, then the later one to which
    // the reviewers added their comments.
    let first = db.json(&["review", "import", &ws, &fixture("review-tracked.docx"), "--json"]);
    assert_eq!(first["by_item"]["SIM-08"], 2, "{first}");
    let kinds = |db: &Db| {
        let mut kinds: Vec<String> = list(db, &ws, &[])
            .iter()
            .map(|c| c["kind"].as_str().unwrap().to_string())
            .collect();
        kinds.sort();
        kinds
    };
    assert_eq!(kinds(&db), ["deletion", "insertion"]);
    let later = db.json(&["review", "import", &ws, &fixture("review-comments.docx"), "--json"]);
    assert_eq!(later["skipped_known"], 2, "the tracked change is known: {later}");
    assert_eq!(later["by_item"]["SIM-08"], 1, "only the new comment on SIM-08: {later}");
    assert_eq!(later["by_item"]["REG-01"], 1, "{later}");
    assert_eq!(
        kinds(&db),
        ["comment", "comment", "comment", "deletion", "insertion"],
        "every comment once, the tracked change once"
    );
}

/// A reviewer's copy of `circulated` as python-docx 1.2 (tests/tools/.venv, made by
/// scripts/install-deps.sh) writes it: the paragraph starting `clause` retyped as `wording`
/// without tracking, and a comment on it by Palesa Mokoena.
fn returned_by_python_docx(circulated: &str, out: &str, clause: &str, wording: &str) {
    const SCRIPT: &str = r#"
import sys
from docx import Document
source, out, clause, wording = sys.argv[1:5]
doc = Document(source)
paragraph = next(p for p in doc.paragraphs if p.text.startswith(clause))
for run in paragraph.runs[1:]:
    run._r.getparent().remove(run._r)
paragraph.runs[0].text = wording
doc.add_comment(paragraph.runs[0], text="Retyped to match the Act.", author="Palesa Mokoena", initials="PM")
doc.save(out)
"#;
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/.venv/bin/python");
    let done = std::process::Command::new(&python)
        .args(["-c", SCRIPT, circulated, out, clause, wording])
        .output()
        .unwrap_or_else(|e| panic!("{} ({e}): run scripts/install-deps.sh", python.display()));
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
}

#[test]
fn a_clause_retyped_in_a_returned_copy_is_an_edit_that_can_become_the_national_wording() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "REG-01", "--status", "adopt"]);
    db.ok(&["version", "circulate", &ws, "--label", "0.3", "--date", "2026-11-01"]);
    let circulated = db.path("v0.3.docx");
    db.ok(&[
        "export",
        &ws,
        "--version",
        "0.3",
        "--format",
        "docx",
        "--out",
        &circulated,
    ]);
    let returned = db.path("returned.docx");
    let wording = "The regulator and the central bank shall sign a memorandum on DFS security within six months.";
    returned_by_python_docx(&circulated, &returned, "Sign a bilateral MOU", wording);

    let out = db.run(&["review", "import", &ws, &returned, "--reviewer", "CBL legal", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("could not be checked"), "{}", out.stderr);
    let entries = list(&db, &ws, &["--item", "REG-01"]);
    let edit = entries
        .iter()
        .find(|c| c["kind"] == "edit")
        .expect("the retyped clause");
    assert_eq!(edit["source_version"], "0.3", "found through the copy's fingerprint");
    assert_eq!(
        edit["author"], "CBL legal",
        "python-docx names no one for an untracked edit"
    );
    assert!(edit["text"].as_str().unwrap().contains("within six months"), "{edit}");
    assert!(
        edit["anchor_text"].as_str().unwrap().contains("Sign a bilateral MOU"),
        "{edit}"
    );
    let comment = entries.iter().find(|c| c["kind"] == "comment").expect("the comment");
    assert_eq!(comment["author"], "Palesa Mokoena");
    assert_eq!(comment["text"], "Retyped to match the Act.");
    assert_eq!(entries.len(), 2, "{entries:#?}");

    let id = edit["id"].as_str().unwrap();
    db.ok(&["review", "respond", &ws, id, "--disposition", "accepted", "--apply"]);
    let show = db.show(&ws);
    let decision = &crate::common::item(&show, "REG-01")["decision"];
    assert_eq!(decision["status"], "adopt-modified");
    assert_eq!(decision["wording"], wording);
}

/// A reviewer answers an export made with `--comments` in python-docx: a reply to dfs-adopt's
/// rationale comment, whose thread is marked resolved (linked through `commentsExtended.xml` as
/// Word writes a reply, which python-docx cannot), and a comment of their own, both on SIM-08's
/// text.
const REPLY_TO_OURS: &str = r#"
import io, re, sys, zipfile
from docx import Document
source, out = sys.argv[1:3]
doc = Document(source)
run = next(p.runs[0] for p in doc.paragraphs if p.text.startswith("Build number recycling"))
doc.add_comment(run, text="Agreed; cite the Act as well.", author="Palesa Mokoena", initials="PM")
doc.add_comment(run, text="Who enforces this?", author="Mpho Lebona", initials="ML")
buffer = io.BytesIO()
doc.save(buffer)
with zipfile.ZipFile(buffer) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts["word/comments.xml"].decode()
xml = xml.replace("<w:comments ", '<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ', 1)
ids = {}
def number(match):
    body = match.group(0)
    author = re.search(r'w:author="([^"]*)"', body).group(1)
    para_id = "%08X" % (0x20000000 + len(ids) + 1)
    ids[author] = para_id
    last = max(body.rfind("<w:p>"), body.rfind("<w:p "))
    return body[:last] + f'<w:p w14:paraId="{para_id}"' + body[last + 4:]
parts["word/comments.xml"] = re.sub(r"<w:comment .*?</w:comment>", number, xml, flags=re.S).encode()
parts["word/commentsExtended.xml"] = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
    f'<w15:commentEx w15:paraId="{ids["dfs-adopt"]}" w15:done="1"/>'
    f'<w15:commentEx w15:paraId="{ids["Palesa Mokoena"]}" w15:paraIdParent="{ids["dfs-adopt"]}" w15:done="0"/>'
    f'<w15:commentEx w15:paraId="{ids["Mpho Lebona"]}" w15:done="0"/>'
    "</w15:commentsEx>"
).encode()
rels = parts["word/_rels/document.xml.rels"].decode()
parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>",
    '<Relationship Id="rIdCommentsEx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" '
    'Target="commentsExtended.xml"/></Relationships>').encode()
types = parts["[Content_Types].xml"].decode()
parts["[Content_Types].xml"] = types.replace("</Types>",
    '<Override PartName="/word/commentsExtended.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>').encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
"#;

#[test]
fn our_own_rationale_comments_are_left_out_and_replies_to_them_are_imported() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&[
        "decide",
        &ws,
        "SIM-08",
        "--status",
        "adopt",
        "--rationale",
        "Recycled numbers led to wallet takeovers.",
    ]);
    let exported = db.path("with-rationale.docx");
    db.ok(&["export", &ws, "--comments", "--format", "docx", "--out", &exported]);
    let returned = db.path("answered.docx");
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/.venv/bin/python");
    let done = std::process::Command::new(&python)
        .args(["-c", REPLY_TO_OURS, &exported, &returned])
        .output()
        .unwrap_or_else(|e| panic!("{} ({e}): run scripts/install-deps.sh", python.display()));
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));

    let out = db.run(&["review", "import", &ws, &returned, "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("1 comment by dfs-adopt") && out.stderr.contains("replies to it imported"),
        "{}",
        out.stderr
    );
    let entries = list(&db, &ws, &[]);
    assert!(entries.iter().all(|c| c["author"] != "dfs-adopt"), "{entries:#?}");
    let mut texts: Vec<(String, String, bool)> = entries
        .iter()
        .map(|c| {
            assert_eq!(c["item"], "SIM-08", "{c}");
            (
                c["author"].as_str().unwrap().into(),
                c["text"].as_str().unwrap().into(),
                c["resolved"].as_bool().unwrap(),
            )
        })
        .collect();
    texts.sort();
    assert_eq!(
        texts,
        [
            ("Mpho Lebona".to_string(), "Who enforces this?".to_string(), false),
            (
                "Palesa Mokoena".to_string(),
                "Agreed; cite the Act as well.".to_string(),
                true
            ),
        ],
        "the reviewer's comment, and the reply to ours as a comment of its own, in the thread \
         Word marked resolved"
    );
}

#[test]
fn list_filters_by_item_and_open_and_prints_text() {
    let db = Db::new();
    let ws = imported(&db);
    let sim = list(&db, &ws, &["--item", "SIM-08"]);
    assert!(sim.iter().all(|c| c["item"] == "SIM-08") && sim.len() == 3);
    let resolved = list(&db, &ws, &["--item", "REG-01"]);
    assert_eq!(resolved[0]["resolved"], true, "as marked in Word");
    assert_eq!(
        list(&db, &ws, &["--open", "--item", "REG-01"]).len(),
        1,
        "resolved in Word is still open here"
    );
    let section = list(&db, &ws, &[]).into_iter().find(|c| c["item"].is_null()).unwrap();
    assert!(section["section"].is_u64(), "{section}");
    assert_eq!(section["organisation"], "Central Bank of Lesotho");

    let text = db.ok(&["review", "list", &ws, "--item", "REG-01"]);
    let id = resolved[0]["id"].as_str().unwrap();
    assert!(
        text.contains(&id[..8]) && text.contains("open (resolved in Word)"),
        "{text}"
    );
    assert!(text.contains("<may>") && text.contains('👍'), "{text}");
    let unknown = db.run(&["review", "list", &ws, "--item", "XYZ-99"]);
    assert_ne!(unknown.code, 0);
}

#[test]
fn respond_records_the_answer_and_refuses_what_the_contract_refuses() {
    let db = Db::new();
    let ws = imported(&db);
    let comments = list(&db, &ws, &[]);
    let comment = comments.iter().find(|c| c["kind"] == "comment").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let review = || list(&db, &ws, &[]);

    let before = review();
    let rejected = db.run(&["review", "respond", &ws, &comment, "--disposition", "rejected"]);
    assert_eq!(rejected.code, 2, "rejected needs a response: {}", rejected.stderr);
    assert!(rejected.stderr.contains("response"), "{}", rejected.stderr);
    let apply = db.run(&[
        "review",
        "respond",
        &ws,
        &comment,
        "--disposition",
        "accepted",
        "--apply",
    ]);
    assert_eq!(apply.code, 2, "--apply on a plain comment: {}", apply.stderr);
    let bad = db.run(&["review", "respond", &ws, &comment, "--disposition", "maybe"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(
        bad.stderr.contains("partly-accepted"),
        "names the dispositions: {}",
        bad.stderr
    );
    let unknown = db.run(&["review", "respond", &ws, "ffffffffff", "--disposition", "noted"]);
    assert_eq!(unknown.code, 1, "{}", unknown.stderr);
    assert_eq!(review(), before, "refusals change nothing");

    let out = db.ok(&[
        "review",
        "respond",
        &ws,
        &comment[..8],
        "--disposition",
        "rejected",
        "--response",
        "The directive keeps \"freeze\".",
    ]);
    assert!(out.contains("rejected"), "{out}");
    let answered = review().into_iter().find(|c| c["id"] == comment.as_str()).unwrap();
    assert_eq!(answered["disposition"], "rejected");
    assert_eq!(answered["response"], "The directive keeps \"freeze\".");
    assert_eq!(answered["responded_by"], "tester");
    assert!(answered["responded_at"].is_string());
    let history = db.json(&["history", &ws, "--json"]);
    assert!(
        history.as_array().unwrap().iter().any(|h| h["field"] == "review"),
        "a history line: {history}"
    );
    assert!(!list(&db, &ws, &["--open"]).iter().any(|c| c["id"] == comment.as_str()));
}

#[test]
fn applying_a_tracked_replacement_makes_it_the_national_wording() {
    let db = Db::new();
    let ws = imported(&db);
    let insertion = list(&db, &ws, &[])
        .into_iter()
        .find(|c| c["kind"] == "insertion")
        .unwrap();
    let id = insertion["id"].as_str().unwrap();
    db.ok(&["review", "respond", &ws, id, "--disposition", "accepted", "--apply"]);
    let show = db.show(&ws);
    let decision = &crate::common::item(&show, "SIM-08")["decision"];
    assert_eq!(decision["status"], "adopt-modified");
    let wording = decision["wording"].as_str().unwrap();
    assert!(
        wording.contains("suspends the wallet") && !wording.contains("freezes the account"),
        "{wording}"
    );
    // The deletion was the other half of that replacement: answered with it, not left open.
    let deletion = list(&db, &ws, &[])
        .into_iter()
        .find(|c| c["kind"] == "deletion")
        .unwrap();
    assert_eq!(deletion["disposition"], "accepted", "{deletion}");
    assert!(
        list(&db, &ws, &["--open"]).iter().all(|c| c["kind"] == "comment"),
        "only comments stay open"
    );
}

#[test]
fn check_reports_unanswered_comments_until_each_is_answered() {
    let db = Db::new();
    let ws = imported(&db);
    let unanswered = |db: &Db| -> Vec<Value> {
        let out = db.run(&["check", &ws, "--json", "--date", "2026-11-10"]);
        let findings: Value = serde_json::from_str(&out.stdout).unwrap();
        findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "unanswered-comment")
            .cloned()
            .collect()
    };
    let found = unanswered(&db);
    assert!(found.iter().any(|f| f["item"] == "SIM-08"), "{found:?}");
    assert!(
        found.iter().any(|f| f["item"] == "REG-01"),
        "resolved in Word still counts"
    );
    let text = db.run(&["check", &ws, "--date", "2026-11-10"]);
    assert_eq!(text.code, 3);
    assert!(
        text.stdout.contains("unanswered-comment") && text.stdout.contains("review list"),
        "{}",
        text.stdout
    );
    for c in list(&db, &ws, &["--open"]) {
        db.ok(&[
            "review",
            "respond",
            &ws,
            c["id"].as_str().unwrap(),
            "--disposition",
            "noted",
        ]);
    }
    assert!(unanswered(&db).is_empty());
}
