//! The workbench as both shells use it: operations by workspace id or name, errors with the
//! wire codes the UI branches on, and the injected clock in the history.

use adopt_core::{ErrorCode, Workbench, WorkspaceProperties};
use adopt_domain::{Authority, AuthorityKind, CatalogGroup, DecisionPatch, DecisionStatus, NewWorkspace};
use chrono::{TimeZone, Utc};

fn workbench() -> Workbench {
    let mut workbench = Workbench::in_memory("facilitator").unwrap();
    workbench.set_clock(|| Utc.with_ymd_and_hms(2025, 6, 5, 10, 0, 0).unwrap());
    workbench
}

fn malawi() -> NewWorkspace {
    NewWorkspace {
        name: "Malawi clinic".into(),
        jurisdiction: "Malawi".into(),
        authorities: vec![
            Authority {
                code: "MACRA".into(),
                name: "Malawi Communications Regulatory Authority".into(),
                kind: AuthorityKind::TelecomRegulator,
            },
            Authority {
                code: "RBM".into(),
                name: "Reserve Bank of Malawi".into(),
                kind: AuthorityKind::CentralBank,
            },
        ],
        template: "joint-directive".into(),
    }
}

#[test]
fn a_clinic_selects_and_decides_items_by_workspace_name() {
    let mut wb = workbench();
    let ws = wb.workspace_create(malawi()).unwrap();
    let outcome = wb.select("malawi CLINIC", &["tel-01".into(), "TEL-03".into()]).unwrap();
    assert_eq!(outcome.added, ["TEL-01", "TEL-03"]);
    let patch = DecisionPatch {
        status: Some(DecisionStatus::Adopt),
        lead: Some("macra".into()),
        ..Default::default()
    };
    let decision = wb.decide(&ws.id, "TEL-01", &patch, Some(0)).unwrap();
    assert_eq!(decision.lead.as_deref(), Some("MACRA"));
    let detail = wb.workspace_show("Malawi clinic").unwrap();
    assert_eq!(detail.items.len(), 2);
    assert_eq!(detail.items[0].decision.status, DecisionStatus::Adopt);
    let history = wb.history(&ws.id, Some("tel-01")).unwrap();
    assert!(
        history
            .iter()
            .all(|h| h.by == "facilitator" && h.at == Utc.with_ymd_and_hms(2025, 6, 5, 10, 0, 0).unwrap())
    );
    let summary = &wb.workspace_list().unwrap()[0];
    assert_eq!((summary.selected, summary.decided), (2, 1));
}

#[test]
fn errors_carry_the_codes_the_ui_branches_on() {
    let mut wb = workbench();
    let ws = wb.workspace_create(malawi()).unwrap();
    wb.select(&ws.id, &["TEL-01".into()]).unwrap();
    let code = |e: adopt_core::Error| e.payload().code;
    assert_eq!(code(wb.workspace_show("nowhere").unwrap_err()), ErrorCode::NotFound);
    assert_eq!(
        code(wb.select(&ws.id, &["TEL-99".into()]).unwrap_err()),
        ErrorCode::NotFound
    );
    assert_eq!(code(wb.workspace_create(malawi()).unwrap_err()), ErrorCode::Conflict);
    let empty = NewWorkspace {
        authorities: vec![],
        name: "Other".into(),
        ..malawi()
    };
    assert_eq!(code(wb.workspace_create(empty).unwrap_err()), ErrorCode::InvalidInput);
    let adopt = DecisionPatch {
        status: Some(DecisionStatus::Adopt),
        ..Default::default()
    };
    assert_eq!(
        code(wb.decide(&ws.id, "TEL-02", &adopt, None).unwrap_err()),
        ErrorCode::Conflict
    );
    wb.decide(&ws.id, "TEL-01", &adopt, Some(0)).unwrap();
    let stale = wb.decide(&ws.id, "TEL-01", &adopt, Some(0)).unwrap_err();
    assert_eq!(stale.payload().code, ErrorCode::StaleRevision);
    assert!(
        stale.payload().message.contains("reload it"),
        "{}",
        stale.payload().message
    );
    let json = serde_json_payload(&stale);
    assert!(json.starts_with("{\"code\":\"stale-revision\",\"message\":"), "{json}");
}

fn serde_json_payload(error: &adopt_core::Error) -> String {
    serde_json::to_string(&error.payload()).unwrap()
}

#[test]
fn the_catalog_is_searched_within_a_group() {
    let wb = workbench();
    let all = wb.catalog_list(None, None).unwrap();
    assert!(all.len() >= 140);
    let sim = wb.catalog_list(Some(CatalogGroup::Sim), Some("swap")).unwrap();
    assert!(!sim.is_empty() && sim.iter().all(|i| i.group == CatalogGroup::Sim));
    let detail = wb.catalog_show("SIM-08").unwrap();
    assert!(
        detail
            .sources
            .iter()
            .all(|s| !s.title.is_empty() && s.url.starts_with("http"))
    );
}

#[test]
fn document_properties_are_set_and_cleared() {
    let mut wb = workbench();
    let ws = wb.workspace_create(malawi()).unwrap();
    let set = WorkspaceProperties {
        doc_version: Some("1.0".into()),
        event: Some("Clinic".into()),
        ..Default::default()
    };
    let after = wb.workspace_set(&ws.id, set).unwrap();
    assert_eq!(after.doc_version.as_deref(), Some("1.0"));
    let clear = WorkspaceProperties {
        doc_version: Some(" ".into()),
        ..Default::default()
    };
    assert_eq!(wb.workspace_set(&ws.id, clear).unwrap().doc_version, None);
    let unknown = WorkspaceProperties {
        template: Some("memo".into()),
        ..Default::default()
    };
    assert_eq!(
        wb.workspace_set(&ws.id, unknown).unwrap_err().code(),
        ErrorCode::NotFound
    );
}
