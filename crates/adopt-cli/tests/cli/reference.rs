//! The authorities' house style (contract §7, `--reference-doc`): a reference DOCX saved by
//! LibreOffice, with DejaVu fonts, A4 with margins of 20/20/30/25 mm (top/right/left/bottom)
//! and a letterhead picture in its header, stored in the workspace and honoured by both
//! exports, as LibreOffice and poppler read them; a file that cannot be used changes nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::Db;

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../adopt-office/tests/fixtures/libreoffice-resaved.docx")
        .to_string_lossy()
        .into_owned()
}

fn output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}; run scripts/install-deps.sh"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn part(docx: &str, name: &str) -> String {
    output("unzip", &["-p", docx, name])
}

#[test]
fn a_reference_document_saved_by_libreoffice_is_honoured_by_both_formats() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["decide", &ws, "SIM-08", "--status", "adopt", "--lead", "LCA"]);

    // A file that is not a Word document is refused and nothing is stored.
    let junk = db.file("house.docx", "not a word file");
    let before = db.snapshot(&ws);
    let out = db.run(&["workspace", "set", &ws, "--reference-doc", &junk]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("house.docx cannot be used as a reference document"),
        "{}",
        out.stderr
    );
    assert_eq!(db.snapshot(&ws), before);

    db.ok(&["workspace", "set", &ws, "--reference-doc", &fixture()]);
    let docx = db.path("styled.docx");
    let pdf = db.path("styled.pdf");
    db.ok(&["export", &ws, "--format", "docx", "--out", &docx]);
    let out = db.run(&["export", &ws, "--format", "pdf", "--out", &pdf]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The PDF embeds its own fonts and says so.
    assert!(out.stderr.contains("DejaVu"), "{}", out.stderr);

    // DOCX: the reference's fonts in the styles, its margins in the section, its letterhead.
    let styles = part(&docx, "word/styles.xml");
    assert!(
        styles.contains("DejaVu Serif"),
        "styles.xml lacks the reference's body font"
    );
    let document = part(&docx, "word/document.xml");
    for margin in [
        r#"w:top="1134""#,
        r#"w:left="1701""#,
        r#"w:right="1134""#,
        r#"w:bottom="1417""#,
    ] {
        assert!(document.contains(margin), "sectPr lacks {margin}");
    }
    let listing = output("unzip", &["-l", &docx]);
    assert!(
        listing.contains("word/media/"),
        "no letterhead picture in the package:\n{listing}"
    );

    // LibreOffice's own conversion of our DOCX uses the reference's fonts and shows the picture.
    let dir: PathBuf = db.dir.path().join("lo");
    std::fs::create_dir_all(&dir).unwrap();
    output(
        "soffice",
        &[
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir.to_str().unwrap(),
            &docx,
        ],
    );
    let converted = dir.join("styled.pdf");
    let fonts = output("pdffonts", &[converted.to_str().unwrap()]);
    assert!(fonts.contains("DejaVuSerif"), "{fonts}");
    let images = output("pdfimages", &["-list", converted.to_str().unwrap()]);
    assert!(images.lines().count() > 2, "LibreOffice shows no letterhead:\n{images}");

    // PDF: the reference's page and the letterhead on every page.
    let info = output("pdfinfo", &[&pdf]);
    assert!(info.contains("595.") && info.contains("841."), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    let images = output("pdfimages", &["-list", &pdf]);
    assert!(
        images.lines().count() - 2 >= pages,
        "not every page has the letterhead:\n{images}"
    );

    // Cleared: the export is the template's own again.
    db.ok(&["workspace", "set", &ws, "--clear-reference-doc"]);
    db.ok(&["export", &ws, "--format", "docx", "--out", &docx]);
    assert!(!part(&docx, "word/styles.xml").contains("DejaVu Serif"));

    // --reference-doc on the command line applies to one export without storing anything.
    db.ok(&[
        "export",
        &ws,
        "--format",
        "docx",
        "--out",
        &docx,
        "--reference-doc",
        &fixture(),
    ]);
    assert!(part(&docx, "word/styles.xml").contains("DejaVu Serif"));
    db.ok(&["export", &ws, "--format", "docx", "--out", &docx]);
    assert!(
        !part(&docx, "word/styles.xml").contains("DejaVu Serif"),
        "the one-off reference was stored"
    );
}
