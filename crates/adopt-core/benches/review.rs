//! Importing a reviewer's file with 5,000 comments (issue: under 2 s), through the same
//! workbench call the CLI makes: read, anchored, identified, and stored in one transaction
//! in a workspace with the full catalog selected. The file is adopt-office's benchmark file
//! (500 clauses, 5,000 comments, 2,500 replies, 1,000 tracked changes).
//!
//! `cargo bench -p adopt-core --bench review`

#[path = "../../adopt-office/benches/support/review_file.rs"]
mod review_file;

use adopt_core::Workbench;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use review_file::{CLAUSES, COMMENTS_PER_CLAUSE, review_docx};
use support::full_catalog_selected;

mod support;

fn workspace() -> (Workbench, String) {
    let (wb, ws, _) = full_catalog_selected("Review");
    (wb, ws)
}

fn import(c: &mut Criterion) {
    let file = review_docx();
    // What is timed imports every comment and change once.
    let (mut wb, ws) = workspace();
    let report = wb
        .review_import(&ws, &file, "review.docx", None, Some("Bench"), false)
        .unwrap();
    assert_eq!(
        report.counts.attached as usize,
        CLAUSES * COMMENTS_PER_CLAUSE + 2 * CLAUSES
    );
    let again = wb
        .review_import(&ws, &file, "review.docx", None, Some("Bench"), false)
        .unwrap();
    assert_eq!(again.counts.attached, 0, "a second import adds nothing");

    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.bench_function("import 5,000 comments", |b| {
        b.iter_batched(
            workspace,
            |(mut wb, ws)| {
                wb.review_import(&ws, &file, "review.docx", None, Some("Bench"), false)
                    .unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("import the same file again (nothing new)", |b| {
        b.iter(|| {
            wb.review_import(&ws, &file, "review.docx", None, Some("Bench"), false)
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
