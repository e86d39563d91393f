//! Rendering time of the specimen document: `cargo bench -p adopt-pdf`.

use adopt_document::specimen::specimen;
use criterion::{Criterion, criterion_group, criterion_main};

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    group.sample_size(10);
    for rows in [100, 1000] {
        let doc = specimen(rows);
        group.bench_function(format!("specimen({rows})"), |b| {
            b.iter(|| adopt_pdf::render(std::hint::black_box(&doc)).expect("the specimen renders"))
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
