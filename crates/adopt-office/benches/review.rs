//! Reading a returned draft with 5,000 comments (and 2,500 replies, 1,000 tracked changes):
//! `cargo bench -p adopt-office --bench review`. The file is written by `support/review_file.rs`,
//! which the import's benchmark in adopt-core shares.

#[path = "support/review_file.rs"]
mod review_file;

use adopt_office::Docx;
use criterion::{Criterion, criterion_group, criterion_main};
use review_file::{CLAUSES, COMMENTS_PER_CLAUSE, review_docx};

fn read(c: &mut Criterion) {
    let file = review_docx();
    // The file is what it claims to be before it is timed.
    let docx = Docx::open(&file).expect("readable");
    let review = docx.review();
    assert_eq!(review.comments.len(), CLAUSES * COMMENTS_PER_CLAUSE);
    assert_eq!(
        review.comments.iter().map(|c| c.replies.len()).sum::<usize>(),
        CLAUSES * COMMENTS_PER_CLAUSE / 2
    );
    assert_eq!(review.changes.len(), 2 * CLAUSES);
    assert_eq!(review.comments.last().and_then(|c| c.anchor.section), Some(10));
    println!("file: {} bytes, {} comments", file.len(), review.comments.len());

    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.bench_function("open 5,000 comments", |b| {
        b.iter(|| Docx::open(std::hint::black_box(&file)).expect("readable"))
    });
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
