//! Rendering time for specimen documents of 100 and 1000 clauses and table rows.

use adopt_document::specimen::specimen;
use criterion::{Criterion, criterion_group, criterion_main};

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("docx_render");
    group.sample_size(10);
    for rows in [100, 1000] {
        let doc = specimen(rows);
        group.bench_function(format!("specimen({rows})"), |b| {
            b.iter(|| adopt_docx::render(&doc).expect("renders"))
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
