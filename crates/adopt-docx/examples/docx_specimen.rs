//! Writes the specimen document as DOCX, to look at it in Word or LibreOffice and to time it:
//! `cargo run --release -p adopt-docx --example docx_specimen -- OUT.docx [ROWS]`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "specimen.docx".to_string());
    let rows = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let doc = adopt_document::specimen::specimen(rows);
    let start = Instant::now();
    let bytes = adopt_docx::render(&doc).expect("the specimen renders");
    let took = start.elapsed();
    std::fs::write(&out, &bytes).expect("the file can be written");
    eprintln!("specimen({rows}): {} bytes in {took:.2?} -> {out}", bytes.len());
}
