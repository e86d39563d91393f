//! How long the gap-analysis survey takes for the largest realistic clinic: the whole catalog
//! for four authorities (608 answer rows). Times writing the template, reading a filled file
//! (preview), importing it into a fresh database, and the completeness check.
//!
//! `cargo bench -p adopt-core --bench survey`

use adopt_core::{SurveyFormat, Workbench};
use adopt_domain::{Authority, AuthorityKind, NewWorkspace};
use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const AUTHORITIES: [&str; 4] = ["TR", "CB", "CSA", "MIN"];

fn workspace() -> (Workbench, String) {
    let mut wb = Workbench::in_memory("bench").unwrap();
    let ws = wb
        .workspace_create(NewWorkspace {
            name: "Survey".into(),
            jurisdiction: "Benchmark".into(),
            authorities: AUTHORITIES
                .iter()
                .map(|code| Authority {
                    code: code.to_string(),
                    name: format!("{code} authority"),
                    kind: AuthorityKind::Other,
                })
                .collect(),
            template: "joint-directive".into(),
        })
        .unwrap();
    let ids: Vec<String> = wb.catalog_list(None, None).unwrap().into_iter().map(|i| i.id).collect();
    wb.select(&ws.id, &ids).unwrap();
    (wb, ws.id)
}

/// The template's CSV with every row answered, as a spreadsheet would save it.
fn filled_csv(wb: &Workbench, ws: &str) -> Vec<u8> {
    let template = String::from_utf8(wb.survey_template_bytes(ws, false, SurveyFormat::Csv).unwrap()).unwrap();
    let statuses = ["implemented", "partially implemented", "planned", "not implemented"];
    let mut out = String::new();
    for (i, line) in template.split("\r\n").filter(|l| !l.is_empty()).enumerate() {
        if i == 0 {
            out.push_str(line);
        } else {
            let mut cells: Vec<&str> = line.rsplitn(6, ',').collect();
            cells.reverse();
            out.push_str(&format!(
                "{},{},law,Act {i},A gap to close,",
                cells[0],
                statuses[i % statuses.len()]
            ));
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
}

fn survey(c: &mut Criterion) {
    let (wb, ws) = workspace();
    let csv = filled_csv(&wb, &ws);
    let mut group = c.benchmark_group("survey");
    group.sample_size(10);
    for format in [SurveyFormat::Csv, SurveyFormat::Xlsx] {
        group.bench_function(BenchmarkId::new("template", format!("{format:?}")), |b| {
            b.iter(|| wb.survey_template_bytes(&ws, false, format).unwrap())
        });
    }
    group.bench_function(BenchmarkId::new("preview", "608 rows csv"), |b| {
        b.iter(|| {
            let report = wb.survey_preview_bytes(&ws, &csv, SurveyFormat::Csv, None).unwrap();
            assert!(report.problems.is_empty(), "{:?}", report.problems.first());
            assert_eq!(report.changes.len(), 608);
        })
    });
    group.bench_function(BenchmarkId::new("import", "608 rows csv"), |b| {
        b.iter_batched(
            workspace,
            |(mut wb, ws)| {
                wb.survey_import_bytes(&ws, &csv, SurveyFormat::Csv, None, false)
                    .unwrap()
            },
            criterion::BatchSize::PerIteration,
        )
    });
    let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    group.bench_function(BenchmarkId::new("check", "152 items"), |b| {
        b.iter(|| wb.check(&ws, date).unwrap())
    });
    group.finish();
}

criterion_group!(benches, survey);
criterion_main!(benches);
