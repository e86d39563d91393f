//! How much a redline costs against the plain export (issue: under 2×). The full catalog is
//! adopted and circulated as version 0.1, then every item is changed, and the draft is exported
//! plain and as a redline since 0.1, in both formats, through the same workbench calls the CLI
//! makes. Two rounds of review:
//! - "every item changed": each item has one decision field changed, the field taking turns
//!   over priority, target date, lead and support, national wording and rationale;
//! - "every field of every item": priority, target date, lead and support of every item, and
//!   national wording for one in three. This moves every row of the timeline; the redline is
//!   then 2.3 times the plain draft's XML, which bounds what any renderer can do.
//!
//! `cargo bench -p adopt-core --bench redline`

use adopt_core::{ExportFormat, Workbench};
use adopt_domain::{DecisionPatch, DecisionStatus, Priority};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use support::{date, full_catalog_selected};

mod support;

/// How the second round changes the items.
#[derive(Clone, Copy)]
enum Round {
    EveryItem,
    EveryField,
}

fn changed_catalog(round_two: Round) -> (Workbench, String) {
    let (mut wb, ws, ids) = full_catalog_selected("Full catalog");
    let first = |wb: &mut Workbench| {
        for (n, id) in ids.iter().enumerate() {
            let patch = DecisionPatch {
                status: Some(DecisionStatus::Adopt),
                rationale: Some("Agreed at the clinic.".into()),
                lead: Some(if n.is_multiple_of(2) { "TR" } else { "CB" }.into()),
                support: Some(vec![if n.is_multiple_of(2) { "CB" } else { "TR" }.into()]),
                priority: Some(Priority::High),
                due: Some(date() + chrono::Days::new(30 * (n as u64 % 24))),
                ..Default::default()
            };
            wb.decide(&ws, id, &patch, None).unwrap();
        }
    };
    let wording = |id: &str| format!("National wording for {id}, adapted to the licensing regime.");
    let swapped = |n: usize| {
        let lead = if n.is_multiple_of(2) { "CB" } else { "TR" };
        (
            Some(lead.to_string()),
            Some(vec![if lead == "TR" { "CB" } else { "TR" }.to_string()]),
        )
    };
    let moved = |n: usize| Some(date() + chrono::Days::new(30 * ((n as u64 + 1) % 24)));
    let second = |wb: &mut Workbench| {
        for (n, id) in ids.iter().enumerate() {
            let mut patch = DecisionPatch::default();
            match round_two {
                Round::EveryItem => match n % 5 {
                    0 => patch.priority = Some(Priority::Medium),
                    1 => patch.due = moved(n),
                    2 => (patch.lead, patch.support) = swapped(n),
                    3 => {
                        patch.status = Some(DecisionStatus::AdoptModified);
                        patch.wording = Some(wording(id));
                    }
                    _ => {
                        patch.rationale = Some("Agreed at the clinic; the timeline follows the licensing cycle.".into())
                    }
                },
                Round::EveryField => {
                    if n.is_multiple_of(3) {
                        patch.status = Some(DecisionStatus::AdoptModified);
                        patch.wording = Some(wording(id));
                    }
                    (patch.lead, patch.support) = swapped(n);
                    patch.priority = Some(Priority::Medium);
                    patch.due = moved(n);
                }
            }
            wb.decide(&ws, id, &patch, None).unwrap();
        }
    };
    first(&mut wb);
    wb.version_circulate(&ws, Some("0.1"), None, Some(date())).unwrap();
    second(&mut wb);
    (wb, ws)
}

fn redline(c: &mut Criterion) {
    for (name, round) in [
        ("full catalog, every item changed", Round::EveryItem),
        ("full catalog, every field of every item changed", Round::EveryField),
    ] {
        let (wb, ws) = changed_catalog(round);
        let mut group = c.benchmark_group(name);
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
}

criterion_group!(benches, redline);
criterion_main!(benches);
