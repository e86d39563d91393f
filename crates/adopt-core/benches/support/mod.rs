//! What the core's benchmarks share: the document date and a workspace of two authorities with
//! the whole catalog selected, made through the workbench calls the CLI makes.
// Each benchmark uses part of it.
#![allow(dead_code)]

use adopt_catalog::Catalog;
use adopt_core::Workbench;
use adopt_domain::{Authority, AuthorityKind, NewWorkspace};
use chrono::NaiveDate;

/// The date every benchmark's documents carry.
pub fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 6).unwrap()
}

/// An in-memory workspace `name` with a telecom regulator (TR) and a central bank (CB), every
/// catalog item selected and none decided; also the selected ids, in catalog order.
pub fn full_catalog_selected(name: &str) -> (Workbench, String, Vec<String>) {
    let mut wb = Workbench::in_memory("bench").unwrap();
    let authority = |code: &str, name: &str, kind| Authority {
        code: code.into(),
        name: name.into(),
        kind,
    };
    let ws = wb
        .workspace_create(NewWorkspace {
            name: name.into(),
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
    (wb, ws.id, ids)
}
