//! Writes the specimen document as a PDF, to look at it:
//! `cargo run -p adopt-pdf --example specimen -- 30 /tmp/specimen.pdf`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().as_deref().unwrap_or("30").parse()?;
    let path = args.next().unwrap_or_else(|| "specimen.pdf".into());
    let doc = adopt_document::specimen::specimen(rows);
    let started = std::time::Instant::now();
    let bytes = adopt_pdf::render(&doc)?;
    eprintln!("specimen({rows}): {} bytes in {:?}", bytes.len(), started.elapsed());
    std::fs::write(&path, bytes)?;
    Ok(())
}
