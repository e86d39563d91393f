//! How much a redline costs against the plain export (issue: under 2×): the full catalog
//! adopted and circulated as version 0.1, then every item changed (priority, target date,
//! lead and support swapped, national wording for one in three), exported plain and as a
//! redline since 0.1, in both formats, through the same workbench calls the CLI makes.
//!
//! `cargo bench -p adopt-core --bench redline`

use adopt_catalog::Catalog;
use adopt_core::{ExportFormat, Workbench};
use adopt_domain::{Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, Priority};
use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
}

fn changed_catalog() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("bench").unwrap();
    let authority = |code: &str, name: &str, kind| Authority {
        code: code.into(),
        name: name.into(),
        kind,
    };
    let ws = wb
        .workspace_create(NewWorkspace {
            name: "Full catalog".into(),
            jurisdiction: "Benchmark".into(),
            authorities: vec![
                authority("TR", "Telecom Regulator", AuthorityKind::TelecomRegulator),
                authority("CB", "Central Bank", AuthorityKind::CentralBank),
            ],
            template: "joint-directive".into(),
        })
        .unwrap();
    let ids: Vec<String> = Catalog::builtin().items().iter().map(|i| i.id.clone()).collect();
    wb.select(&ws.id, &ids).unwrap();
    let decide = |wb: &mut Workbench, round: u64| {
        for (n, id) in ids.iter().enumerate() {
            let even = (n as u64 + round).is_multiple_of(2);
            let modified = round == 1 && n.is_multiple_of(3);
            let patch = DecisionPatch {
                status: Some(if modified {
                    DecisionStatus::AdoptModified
                } else {
                    DecisionStatus::Adopt
                }),
                wording: modified.then(|| format!("National wording for {id}, adapted to the licensing regime.")),
                lead: Some(if even { "TR" } else { "CB" }.into()),
                support: Some(vec![if even { "CB" } else { "TR" }.into()]),
                priority: Some(if round == 0 { Priority::High } else { Priority::Medium }),
                due: Some(date() + chrono::Days::new(30 * ((n as u64 + round) % 24))),
                ..Default::default()
            };
            wb.decide(&ws.id, id, &patch, None).unwrap();
        }
    };
    decide(&mut wb, 0);
    wb.version_circulate(&ws.id, Some("0.1"), None, Some(date())).unwrap();
    decide(&mut wb, 1);
    (wb, ws.id)
}

fn redline(c: &mut Criterion) {
    let (wb, ws) = changed_catalog();
    let mut group = c.benchmark_group("full catalog, every item changed");
    group.sample_size(20);
    // The two steps of a redline: the compared model, then rendering it.
    group.bench_function("redline model since 0.1", |b| {
        b.iter(|| wb.draft_compare(&ws, "0.1", None, date()).unwrap())
    });
    group.bench_function("plain model", |b| b.iter(|| wb.draft(&ws, None, date()).unwrap()));
    for format in [ExportFormat::Docx, ExportFormat::Pdf] {
        group.bench_function(BenchmarkId::new("plain", format!("{format:?}")), |b| {
            b.iter(|| wb.export_draft(&ws, format, None, date()).unwrap())
        });
        group.bench_function(BenchmarkId::new("redline since 0.1", format!("{format:?}")), |b| {
            b.iter(|| wb.export_compare(&ws, "0.1", format, None, date()).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, redline);
criterion_main!(benches);
