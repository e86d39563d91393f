//! How long exporting a draft takes: the full catalog with every item decided, and synthetic
//! workspaces of 1,000 and 10,000 adopted items built in process, in both formats. With
//! `LIBREOFFICE_BENCH=1`, also times LibreOffice converting our full-catalog DOCX, for comparison.
//!
//! `cargo bench -p adopt-core --bench export`

use std::time::Instant;

use adopt_core::{ExportFormat, Workbench, render};
use adopt_document::{DraftInput, Template, compose};
use adopt_domain::{DecisionPatch, DecisionStatus, Priority, SelectedItem};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use support::{date, full_catalog_selected};

mod support;

/// A workspace with every catalog item selected and decided (one in five with national wording).
fn full_catalog() -> (Workbench, String) {
    let (mut wb, ws, ids) = full_catalog_selected("Full catalog");
    for (n, id) in ids.iter().enumerate() {
        let modified = n % 5 == 0;
        let patch = DecisionPatch {
            status: Some(if modified {
                DecisionStatus::AdoptModified
            } else {
                DecisionStatus::Adopt
            }),
            wording: modified.then(|| format!("National wording for {id}, adapted to the licensing regime.")),
            lead: Some(if n % 2 == 0 { "TR" } else { "CB" }.into()),
            support: Some(vec![if n % 2 == 0 { "CB" } else { "TR" }.into()]),
            priority: Some(Priority::High),
            due: Some(date() + chrono::Days::new(30 * (n as u64 % 24))),
            ..Default::default()
        };
        wb.decide(&ws, id, &patch, None).unwrap();
    }
    (wb, ws)
}

/// `n` adopted items made from the catalog's, with distinct ids, for documents larger than it.
fn synthetic(wb: &Workbench, ws: &str, n: usize) -> Vec<SelectedItem> {
    let base = wb.workspace_show(ws).unwrap().items;
    (0..n)
        .map(|i| {
            let mut item = base[i % base.len()].clone();
            item.id = format!("{}-{:05}", &item.id[..3], i);
            item
        })
        .collect()
}

fn export(c: &mut Criterion) {
    let (wb, ws) = full_catalog();
    let template = Template::builtin("joint-directive").unwrap();
    let workspace = wb.workspace_show(&ws).unwrap().workspace;
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    for format in [ExportFormat::Docx, ExportFormat::Pdf] {
        group.bench_function(BenchmarkId::new(format!("{format:?}"), "full catalog"), |b| {
            b.iter(|| wb.export_draft(&ws, format, None, date()).unwrap())
        });
        for n in [1_000, 10_000] {
            let items = synthetic(&wb, &ws, n);
            let input = DraftInput {
                workspace: &workspace,
                items: &items,
                sources: wb.catalog_sources(),
                discussion: &adopt_domain::Discussion::default(),
                baseline: &[],
                findings: &[],
                comments: &[],
                date: date(),
                circulation: &adopt_document::Circulation::default(),
                rationale_comments: false,
                french: &[],
            };
            let document = compose(&input, &template).unwrap();
            group.bench_function(BenchmarkId::new(format!("{format:?}"), format!("{n} items")), |b| {
                b.iter(|| render(&document, format).unwrap())
            });
        }
    }
    group.finish();

    if std::env::var_os("LIBREOFFICE_BENCH").is_some() {
        let dir = tempfile::tempdir().unwrap();
        let docx = dir.path().join("full.docx");
        std::fs::write(&docx, wb.export_draft(&ws, ExportFormat::Docx, None, date()).unwrap()).unwrap();
        let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
        let convert = || {
            let started = Instant::now();
            let status = std::process::Command::new("libreoffice")
                .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
                .arg(dir.path())
                .arg(&docx)
                .output()
                .expect("libreoffice runs");
            assert!(status.status.success());
            started.elapsed()
        };
        let cold = convert();
        let warm = convert();
        println!("libreoffice --convert-to pdf, full catalog DOCX: first run {cold:.2?}, second run {warm:.2?}");
    }
}

criterion_group!(benches, export);
criterion_main!(benches);
