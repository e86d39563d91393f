//! What the engine costs for the largest realistic workspace: 152 items, every one decided,
//! then each edited twelve more times (about 2,000 changes). Times saving and loading the
//! document, one edit as the store will make it (load, change, incremental save), writing and
//! reading a bundle (what `sync export` and `sync import` will do around the database), and
//! merging another laptop's bundle. Prints the sizes first.
//!
//! `cargo bench -p adopt-sync --bench sync`

use std::hint::black_box;

use adopt_domain::{AuthorityKind, DecisionStatus, Priority, ReasonCode};
use adopt_sync::{Bundle, DecisionValue, Edit, Origin, ReplicatedWorkspace};
use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

/// Who writes, where and when: fixed, so runs are repeatable.
fn here() -> Origin {
    Origin {
        device: "test laptop".into(),
        by: "Test user".into(),
        at: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
    }
}

const A: &str = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
const B: &str = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
const EDITS_PER_ITEM: usize = 12;

/// 152 ids shaped like the catalog's (`REG-01`...).
fn items() -> Vec<String> {
    let groups = ["REG", "TEL", "SIM", "PAY", "APP", "USR"];
    (0..152)
        .map(|i| format!("{}-{:02}", groups[i % 6], i / 6 + 1))
        .collect()
}

fn decide(item: &str, value: DecisionValue) -> Edit {
    Edit::SetDecision {
        item: item.to_string(),
        value,
    }
}

/// One later edit to an item, varied as a legal team's would be: reasons, dates, support.
fn later_edit(item: &str, round: usize) -> Edit {
    match round % 4 {
        0 => decide(
            item,
            DecisionValue::Rationale(format!(
                "Draft {round} of the reasons for {item}: the national act covers most of it, the rest goes in the directive."
            )),
        ),
        1 => decide(
            item,
            DecisionValue::Due(NaiveDate::from_ymd_opt(2027, 1 + (round % 12) as u32, 15).unwrap_or_default()),
        ),
        2 => decide(
            item,
            DecisionValue::Support(if round % 8 == 2 {
                vec!["CB".into()]
            } else {
                vec!["CB".into(), "CSA".into()]
            }),
        ),
        _ => decide(
            item,
            DecisionValue::Wording(format!(
                "Operators shall, by the date set in round {round}, apply measure {item}."
            )),
        ),
    }
}

fn clinic_workspace() -> ReplicatedWorkspace {
    let mut ws = ReplicatedWorkspace::new("bench", A).unwrap();
    let mut setup = vec![
        Edit::SetProperty {
            key: "name".into(),
            value: Some("Benchmark clinic".into()),
        },
        Edit::SetProperty {
            key: "jurisdiction".into(),
            value: Some("Benchmark".into()),
        },
        Edit::SetProperty {
            key: "template".into(),
            value: Some("joint-directive".into()),
        },
    ];
    for (code, kind) in [
        ("TR", AuthorityKind::TelecomRegulator),
        ("CB", AuthorityKind::CentralBank),
        ("CSA", AuthorityKind::CybersecurityAgency),
    ] {
        setup.push(Edit::SetAuthority {
            code: code.into(),
            name: format!("{code} authority"),
            kind,
        });
    }
    ws.apply_all(&setup, &here()).unwrap();
    let items = items();
    for item in &items {
        ws.apply_all(
            &[
                decide(item, DecisionValue::Status(DecisionStatus::Adopt)),
                decide(item, DecisionValue::Reason(ReasonCode::RiskAssessment)),
                decide(item, DecisionValue::Lead("TR".into())),
                decide(item, DecisionValue::Priority(Priority::Medium)),
            ],
            &here(),
        )
        .unwrap();
    }
    for round in 0..EDITS_PER_ITEM {
        for item in &items {
            ws.apply(&later_edit(item, round), &here()).unwrap();
        }
    }
    ws
}

fn bundle_of(ws: &mut ReplicatedWorkspace, device: &str) -> Vec<u8> {
    let document = ws.save();
    Bundle::new(ws.workspace_id(), device, document, Vec::new()).to_bytes()
}

fn sync(c: &mut Criterion) {
    let mut a = clinic_workspace();
    let saved = a.save();
    let bundle = bundle_of(&mut a, "regulator laptop");
    // B starts from A's bundle; then both edit every item once more, apart.
    let mut b = ReplicatedWorkspace::load(&Bundle::from_bytes(&bundle).unwrap().document, B).unwrap();
    for (i, item) in items().iter().enumerate() {
        a.apply(&later_edit(item, EDITS_PER_ITEM + i), &here()).unwrap();
        b.apply(&later_edit(item, EDITS_PER_ITEM + i + 1), &here()).unwrap();
    }
    let from_b = bundle_of(&mut b, "bank laptop");
    let a_edited = a.save();
    let state = a.state().unwrap();
    eprintln!(
        "152 items, {} changes: document {} bytes, bundle {} bytes; after both laptops edit every item once more, B's bundle {} bytes",
        1 + 152 + 152 * EDITS_PER_ITEM,
        saved.len(),
        bundle.len(),
        from_b.len()
    );
    assert_eq!(state.items.len(), 152);
    let mut one_edit = ReplicatedWorkspace::load(&saved, A).unwrap();
    one_edit
        .apply(&decide("SIM-08", DecisionValue::Priority(Priority::High)), &here())
        .unwrap();
    eprintln!(
        "one edit's incremental save: {} bytes",
        one_edit.save_incremental().len()
    );

    let mut group = c.benchmark_group("sync");
    group.sample_size(20);
    group.bench_function("save", |bench| bench.iter(|| black_box(a.save())));
    group.bench_function("load", |bench| {
        bench.iter(|| ReplicatedWorkspace::load(black_box(&saved), B).unwrap())
    });
    // What each user edit will pay once wired into the store: load, one change, its increment.
    group.bench_function("edit", |bench| {
        bench.iter(|| {
            let mut ws = ReplicatedWorkspace::load(black_box(&saved), A).unwrap();
            ws.apply(&decide("SIM-08", DecisionValue::Priority(Priority::High)), &here())
                .unwrap();
            black_box(ws.save_incremental())
        })
    });
    group.bench_function("state", |bench| bench.iter(|| black_box(a.state().unwrap())));
    group.bench_function("bundle_write", |bench| {
        bench.iter(|| black_box(bundle_of(&mut a, "regulator laptop")))
    });
    group.bench_function("bundle_read", |bench| {
        bench.iter(|| {
            let read = Bundle::from_bytes(black_box(&from_b)).unwrap();
            ReplicatedWorkspace::load(&read.document, A).unwrap()
        })
    });
    group.bench_function("merge_bundle", |bench| {
        bench.iter_batched(
            || ReplicatedWorkspace::load(&a_edited, A).unwrap(),
            |mut ours| {
                let read = Bundle::from_bytes(&from_b).unwrap();
                let mut theirs = ReplicatedWorkspace::load(&read.document, A).unwrap();
                let added = ours.merge(&mut theirs).unwrap();
                black_box((added, ours.conflicts().unwrap()))
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, sync);
criterion_main!(benches);
