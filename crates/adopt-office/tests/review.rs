//! What reviewers left in a returned draft: comments, replies, resolved state and tracked changes,
//! read from files made by real clients (tests/fixtures/make-review.sh): dfs-adopt's export,
//! LibreOffice's tracked change through UNO, python-docx's comments, LibreOffice's re-save.

mod common;

use std::io::{Cursor, Read, Write};

use adopt_office::{Anchor, ChangeKind, Docx, ReadError, Reply, Review, ReviewComment};
use common::fixture;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

fn review(name: &str) -> Review {
    Docx::open(&fixture(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .review()
        .clone()
}

fn anchor(item: Option<&str>, section: Option<u32>, text: &str) -> Anchor {
    Anchor {
        item: item.map(str::to_string),
        section,
        text: text.to_string(),
    }
}

const SIM_08_RUN: &str =
    "Build number recycling so DFS providers are told about churned or reassigned numbers (new IMSI); the provider ";
const REG_01_HEADING: &str = "REG-01 — Regulator–central bank MOU and joint DFS security committee";
const SECTION_7_HEADING: &str = "Testing, audit and compliance verification";
const SPECIALS: &str = "Use \"shall\" & not <may> — نص المادة 👍";

/// The comments python-docx added, in document order, as a reviewer reads them in Word.
fn expected_comments() -> Vec<ReviewComment> {
    vec![
        ReviewComment {
            author: "Palesa Mokoena".into(),
            initials: Some("PM".into()),
            date: Some("2026-11-03T11:40:00Z".into()),
            text: SPECIALS.into(),
            anchor: anchor(Some("REG-01"), Some(6), REG_01_HEADING),
            replies: vec![],
            resolved: true,
        },
        ReviewComment {
            author: "Mpho Lebona".into(),
            initials: Some("ML".into()),
            date: Some("2026-11-03T09:15:00Z".into()),
            text: "Who tells the provider?\nName the operator's duty and a deadline.".into(),
            anchor: anchor(Some("SIM-08"), Some(6), SIM_08_RUN),
            replies: vec![Reply {
                author: "Thabo Sello".into(),
                date: Some("2026-11-04T14:02:00Z".into()),
                text: "Agreed: the operator, within 24 hours.".into(),
            }],
            resolved: false,
        },
        ReviewComment {
            author: "Mpho Lebona".into(),
            initials: Some("ML".into()),
            date: Some("2026-11-05T08:00:00Z".into()),
            text: "This section needs a timeline.".into(),
            anchor: anchor(None, Some(7), SECTION_7_HEADING),
            replies: vec![],
            resolved: false,
        },
    ]
}

#[test]
fn our_own_export_carries_no_review() {
    let review = review("review-export.docx");
    assert!(review.comments.is_empty(), "{review:?}");
    assert!(review.changes.is_empty(), "{review:?}");
}

#[test]
fn python_docx_comments_come_back_with_replies_resolved_state_and_anchors() {
    assert_eq!(review("review-comments.docx").comments, expected_comments());
}

/// LibreOffice records its change under "Unknown Author" when its user has no name (as the
/// throwaway profile of the fixture script has none): the import names the reviewer then.
fn assert_libreoffice_change(review: &Review) {
    let changes: Vec<_> = review
        .changes
        .iter()
        .map(|c| (c.kind, c.author.as_str(), c.text.as_str(), c.anchor.clone()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                ChangeKind::Deletion,
                "Unknown Author",
                "freezes the account",
                anchor(Some("SIM-08"), Some(6), "freezes the account")
            ),
            (
                ChangeKind::Insertion,
                "Unknown Author",
                "suspends the wallet",
                anchor(Some("SIM-08"), Some(6), "suspends the wallet")
            ),
        ]
    );
    for change in &review.changes {
        let date = change.date.as_deref().expect("LibreOffice dates its changes");
        assert!(date.starts_with("20") && date.contains('T'), "{date}");
    }
}

#[test]
fn a_change_libreoffice_tracked_comes_back_with_author_text_and_clause() {
    assert_libreoffice_change(&review("review-tracked.docx"));
    // python-docx kept it when it added the comments.
    assert_libreoffice_change(&review("review-comments.docx"));
}

#[test]
fn the_same_comments_come_back_from_libreoffices_resave_with_renumbered_ids() {
    let resaved = review("review-resaved.docx");
    assert_libreoffice_change(&resaved);
    // LibreOffice 7.4 does not write the reply's parent: the reply comes back as a comment of its
    // own on the same text, right after the comment it answered.
    let mut expected = expected_comments();
    let reply = expected[1].replies.remove(0);
    expected.insert(
        2,
        ReviewComment {
            author: reply.author,
            initials: Some("TS".into()),
            date: reply.date,
            text: reply.text,
            anchor: anchor(Some("SIM-08"), Some(6), SIM_08_RUN),
            replies: vec![],
            resolved: false,
        },
    );
    assert_eq!(resaved.comments, expected);
    // The ids really were renumbered: python-docx numbered the reply 1, LibreOffice 2.
    let ids = |name: &str| {
        let xml = part(&fixture(name), "word/comments.xml");
        let at = xml.find("Thabo Sello").expect("the reply");
        let start = xml[..at].rfind("w:id=\"").expect("an id") + 6;
        xml[start..start + 1].to_string()
    };
    assert_ne!(ids("review-comments.docx"), ids("review-resaved.docx"));
}

fn part(file: &[u8], name: &str) -> String {
    let mut zip = ZipArchive::new(Cursor::new(file)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("text");
    text
}

/// The fixture with one part's text replaced.
fn with_part(file: &[u8], name: &str, edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut zip = ZipArchive::new(Cursor::new(file)).expect("a zip");
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut edit = Some(edit);
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).expect("an entry");
        let entry_name = entry.name().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("entry bytes");
        if entry_name == name
            && let Some(edit) = edit.take()
        {
            bytes = edit(String::from_utf8(bytes).expect("UTF-8")).into_bytes();
        }
        out.start_file(entry_name, options).expect("start");
        out.write_all(&bytes).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn a_20000_character_comment_with_xml_specials_rtl_and_emoji_comes_through_intact() {
    let piece = "<clause> & \"quote\" 'apostrophe' — הערה בעברית، تعليق 🇱🇸👍🏽 ";
    let mut long = String::new();
    while long.chars().count() < 20_000 {
        long.push_str(piece);
    }
    let long: String = long.chars().take(20_000).collect();
    let file = with_part(&fixture("review-comments.docx"), "word/comments.xml", |xml| {
        assert!(xml.contains("Who tells the provider?"));
        xml.replace("Who tells the provider?", &escape(&long))
    });
    let review = Docx::open(&file).expect("readable").review().clone();
    let comment = &review.comments[1];
    assert_eq!(
        comment.text,
        format!("{long}\nName the operator's duty and a deadline.")
    );
    assert_eq!(comment.text.chars().count(), 20_000 + 1 + 40);
    assert_eq!(comment.anchor.item.as_deref(), Some("SIM-08"));
    assert_eq!(comment.replies.len(), 1);
}

#[test]
fn replies_that_point_at_each_other_stay_comments_without_a_loop() {
    // make-review.sh numbers the comments' last paragraphs 10000001 (SIM-08's comment) to
    // 10000004; here the comment and its reply each name the other as parent.
    let file = with_part(&fixture("review-comments.docx"), "word/commentsExtended.xml", |xml| {
        assert!(
            xml.contains(r#"w15:paraId="10000002" w15:paraIdParent="10000001""#),
            "{xml}"
        );
        let start = xml.find("<w15:commentEx ").expect("an entry");
        format!(
            "{}{}</w15:commentsEx>",
            &xml[..start],
            r#"<w15:commentEx w15:paraId="10000001" w15:paraIdParent="10000002"/><w15:commentEx w15:paraId="10000002" w15:paraIdParent="10000001"/>"#
        )
    });
    let review = Docx::open(&file).expect("readable").review().clone();
    let texts: Vec<_> = review
        .comments
        .iter()
        .map(|c| c.text.lines().next().unwrap_or_default())
        .collect();
    assert!(texts.contains(&"Who tells the provider?"), "{texts:?}");
    assert!(texts.contains(&"Agreed: the operator, within 24 hours."), "{texts:?}");
    assert!(review.comments.iter().all(|c| c.replies.is_empty()));
}

#[test]
fn malformed_comments_are_refused_naming_the_part() {
    let file = with_part(&fixture("review-comments.docx"), "word/comments.xml", |xml| {
        xml.replacen("</w:comment>", "", 1)
    });
    let err = Docx::open(&file).expect_err("refused");
    assert!(
        matches!(err, ReadError::MalformedXml { ref part, .. } if part == "word/comments.xml"),
        "{err}"
    );
    assert!(err.to_string().contains("save it again"), "{err}");
}

#[test]
fn a_truncated_file_is_refused() {
    let file = fixture("review-comments.docx");
    for cut in [file.len() / 2, file.len() - 30, 100] {
        let err = Docx::open(&file[..cut]).expect_err("refused");
        assert!(matches!(err, ReadError::DamagedPackage { .. }), "cut at {cut}: {err}");
    }
}

#[test]
fn random_bytes_are_refused_never_a_panic() {
    // A fixed xorshift sequence: the same bytes on every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..50 {
        let len = 1 + (next() % 4096) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if round % 2 == 0 {
            // Looks like a zip at first glance.
            bytes.splice(0..0, *b"PK\x03\x04");
        }
        let err = Docx::open(&bytes).expect_err("refused");
        assert!(
            matches!(err, ReadError::NotDocx { .. } | ReadError::DamagedPackage { .. }),
            "round {round}: {err}"
        );
    }
}
