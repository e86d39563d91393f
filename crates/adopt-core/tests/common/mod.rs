//! Set-up shared by the workbench's integration tests: the workspaces they start from.
//! Each test file is its own crate and uses only part of this module.
#![allow(dead_code)]

use adopt_core::Workbench;
use adopt_domain::{Authority, AuthorityKind, NewWorkspace};
use chrono::{TimeZone, Utc};

/// The Lesotho workspace: LCA, the telecom regulator, and CBL, the central bank.
pub fn lesotho() -> NewWorkspace {
    NewWorkspace {
        name: "Lesotho".into(),
        jurisdiction: "Lesotho".into(),
        authorities: vec![
            Authority {
                code: "LCA".into(),
                name: "Lesotho Communications Authority".into(),
                kind: AuthorityKind::TelecomRegulator,
            },
            Authority {
                code: "CBL".into(),
                name: "Central Bank of Lesotho".into(),
                kind: AuthorityKind::CentralBank,
            },
        ],
        template: "joint-directive".into(),
    }
}

/// Creates the Lesotho workspace in `wb` with SIM-08, PAY-01 and APP-01 selected; returns its id.
pub fn lesotho_with_three_items(wb: &mut Workbench) -> String {
    let ws = wb.workspace_create(lesotho()).unwrap();
    wb.select(&ws.id, &["SIM-08".into(), "PAY-01".into(), "APP-01".into()])
        .unwrap();
    ws.id
}

/// The demo workspace (`adopt_core::demo`), made by the secretariat on 6 June 2025 at noon.
pub fn demo() -> (Workbench, String) {
    let mut workbench = Workbench::in_memory("secretariat").unwrap();
    workbench.set_clock(|| Utc.with_ymd_and_hms(2025, 6, 6, 12, 0, 0).unwrap());
    let ws = adopt_core::demo::create(&mut workbench).unwrap();
    (workbench, ws.id)
}
