//! Each workspace's replicated copy lives beside its rows: two handles on one database file
//! (the app and the CLI) write it in turn, and what they wrote merges with another laptop's.

use adopt_catalog::Catalog;
use adopt_domain::{
    Authority, AuthorityKind, BaselineAnswer, DecisionPatch, DecisionStatus, HistoryEntry, NewWorkspace, PositionInput,
    PropertyField, SessionDraft, Stance, SurveyStatus,
};
use adopt_store::{Store, Topic};
use adopt_sync::{DecisionValue, Edit, Origin, RecordField, RecordKind, ReplicatedWorkspace};
use chrono::{DateTime, TimeZone, Utc};
use tempfile::TempDir;

const PEER: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 10, minute, 0).unwrap()
}

fn lesotho() -> NewWorkspace {
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

fn rationale(text: &str) -> DecisionPatch {
    DecisionPatch {
        rationale: Some(text.into()),
        ..DecisionPatch::default()
    }
}

#[test]
fn two_handles_on_one_file_write_one_replica_that_merges_with_another_laptop() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let mut app = Store::open(&path, at(0)).unwrap();
    let mut cli = Store::open(&path, at(0)).unwrap();
    let ws = app.create_workspace(&lesotho(), at(1), "ann").unwrap().id;
    let catalog = Catalog::builtin();
    let reg01 = catalog.get("REG-01").unwrap();
    let reg02 = catalog.get("REG-02").unwrap();

    // Interleaved, each handle writing after the other: a copy kept in memory by either would
    // now be stale and reuse the other's change numbers.
    cli.select(&ws, &[reg01, reg02], at(2), "bo").unwrap();
    let adopt = DecisionPatch {
        status: Some(DecisionStatus::Adopt),
        lead: Some("LCA".into()),
        ..DecisionPatch::default()
    };
    app.decide(&ws, "REG-01", &adopt, None, at(3), "ann").unwrap();
    cli.decide(&ws, "REG-01", &rationale("Covered by the 2019 act"), None, at(4), "bo")
        .unwrap();
    app.set_properties(&ws, &[(PropertyField::DocVersion, Some("0.2".into()))], at(5), "ann")
        .unwrap();
    cli.deselect(&ws, &["REG-02"], false, at(6), "bo").unwrap();

    // Another laptop received the document before the last edits and changed the wording.
    let sent = app.replica_document(&ws, at(7), "ann").unwrap();
    let mut peer = ReplicatedWorkspace::load(&sent, PEER).unwrap();
    let origin = Origin {
        device: "CBL laptop".into(),
        by: "cy".into(),
        at: at(8),
    };
    peer.apply(
        &Edit::SetDecision {
            item: "REG-01".into(),
            value: DecisionValue::Wording("Every provider shall report".into()),
        },
        &origin,
    )
    .unwrap();
    app.decide(&ws, "REG-01", &rationale("Covered by the 2020 act"), None, at(9), "ann")
        .unwrap();

    let mut ours = ReplicatedWorkspace::load(&cli.replica_document(&ws, at(10), "bo").unwrap(), PEER).unwrap();
    peer.merge(&mut ours)
        .expect("the changes of both handles merge cleanly");
    let state = peer.state().unwrap();
    let item = &state.items["REG-01"];
    assert!(item.selected);
    assert_eq!(item.decision.status, DecisionStatus::Adopt);
    assert_eq!(item.decision.lead.as_deref(), Some("LCA"));
    assert_eq!(item.decision.rationale.as_deref(), Some("Covered by the 2020 act"));
    assert_eq!(item.decision.wording.as_deref(), Some("Every provider shall report"));
    assert!(!state.items["REG-02"].selected, "the deselect reached the replica");
    assert_eq!(state.properties["doc_version"], "0.2");
    assert_eq!(state.authorities["CBL"].kind, AuthorityKind::CentralBank);
    assert!(
        peer.conflicts().unwrap().is_empty(),
        "no field was changed on both sides"
    );

    // The discussion and the baseline, interleaved the same way, reach the replica too.
    let draft = SessionDraft {
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        place: Some("Maseru".into()),
        facilitator: "Ann Facilitator".into(),
        participants: Vec::new(),
        time_box: None,
    };
    let session = cli.create_session(&ws, &draft, at(11), "bo").unwrap().id;
    let topic = Topic {
        workspace: &ws,
        session: &session,
        item: "REG-01",
    };
    let position = PositionInput {
        authority: "CBL".into(),
        stance: Stance::Support,
        note: None,
    };
    app.record_position(topic, &position, at(12), "ann").unwrap();
    cli.set_note(topic, Some("Both agree on the timeline"), at(13), "bo")
        .unwrap();
    let answer = BaselineAnswer {
        item: "REG-01".into(),
        authority: "LCA".into(),
        status: SurveyStatus::Planned,
        instrument: None,
        evidence: Some("Draft regulation 2026".into()),
        gap: None,
        comment: None,
        at: at(14),
        by: "ann".into(),
    };
    app.replace_baseline(&ws, &[answer], at(14), "ann").unwrap();
    let mut ours = ReplicatedWorkspace::load(&cli.replica_document(&ws, at(15), "bo").unwrap(), PEER).unwrap();
    peer.merge(&mut ours)
        .expect("the discussion's changes merge cleanly too");
    let records = peer.state().unwrap().records;
    let value = |kind, id: &str, field| {
        let key = RecordField::new(kind, Some("REG-01"), id, field);
        records.get(&key).map(|v| (v.value.as_str(), v.by.as_str()))
    };
    assert_eq!(
        value(RecordKind::Position, &format!("{session}.CBL"), "stance"),
        Some(("support", "ann"))
    );
    assert_eq!(
        value(RecordKind::Note, &session, "text"),
        Some(("Both agree on the timeline", "bo"))
    );
    assert_eq!(value(RecordKind::Baseline, "LCA", "status"), Some(("planned", "ann")));
    assert_eq!(
        value(RecordKind::Baseline, "LCA", "evidence"),
        Some(("Draft regulation 2026", "ann"))
    );
    let place = RecordField::new(RecordKind::Session, None, &session, "place");
    assert_eq!(records[&place].value, "Maseru");
    assert!(
        !records.values().any(|v| v.value.contains("Ann Facilitator")),
        "the facilitator's name stays on this laptop"
    );

    // A laptop that receives it gets the rows: the baseline answer, the note, the position.
    let other_dir = TempDir::new().unwrap();
    let mut other = Store::open(&other_dir.path().join("cbl.sqlite3"), at(16)).unwrap();
    let lookup = |id: &str| Catalog::builtin().get(id);
    let sent = cli.replica_document(&ws, at(16), "bo").unwrap();
    other
        .import_replica(&sent, &[], "LCA laptop", &lookup, false, at(16), "cy")
        .unwrap();
    let baseline = other.baseline(&ws).unwrap();
    assert_eq!(baseline.len(), 1);
    assert_eq!(
        (
            baseline[0].status,
            baseline[0].evidence.as_deref(),
            baseline[0].by.as_str(),
            baseline[0].at
        ),
        (SurveyStatus::Planned, Some("Draft regulation 2026"), "ann", at(14)),
        "who answered and when, as on the laptop that recorded it"
    );
    let discussion = other.discussion(&ws).unwrap();
    assert_eq!(discussion.notes.len(), 1);
    assert_eq!(discussion.notes[0].note, "Both agree on the timeline");
    assert_eq!(discussion.positions.len(), 1);
    assert_eq!(discussion.positions[0].stance, Stance::Support);
    assert_eq!(
        discussion.sessions[0].facilitator, "(this laptop)",
        "the device the session was made on"
    );
}

#[test]
fn many_edits_are_compacted_into_the_document_and_none_is_lost() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("adopt.sqlite3");
    let mut store = Store::open(&path, at(0)).unwrap();
    let ws = store.create_workspace(&lesotho(), at(1), "ann").unwrap().id;
    let reg01 = Catalog::builtin().get("REG-01").unwrap();
    store.select(&ws, &[reg01], at(2), "ann").unwrap();
    for round in 0..100 {
        store
            .decide(&ws, "REG-01", &rationale(&format!("draft {round}")), None, at(3), "ann")
            .unwrap();
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    let changes: i64 = conn
        .query_row(
            "SELECT count(*) FROM replica_change WHERE workspace_id = ?1",
            [&ws],
            |r| r.get(0),
        )
        .unwrap();
    assert!(changes <= 64, "{changes} incremental saves kept beside the document");
    let replica = ReplicatedWorkspace::load(&store.replica_document(&ws, at(4), "ann").unwrap(), PEER).unwrap();
    assert_eq!(
        replica.state().unwrap().items["REG-01"].decision.rationale.as_deref(),
        Some("draft 99")
    );
}

/// The lines every laptop should agree on (archiving stays local), by id.
fn shared_lines(store: &Store, ws: &str) -> Vec<HistoryEntry> {
    let mut lines: Vec<HistoryEntry> = store
        .history(ws, None)
        .unwrap()
        .into_iter()
        .filter(|h| h.field != "archived")
        .collect();
    lines.sort_by(|a, b| a.id.cmp(&b.id));
    lines
}

#[test]
fn a_merge_brings_the_other_laptops_history_lines_with_their_device_and_writes_none_of_its_own() {
    let dir = TempDir::new().unwrap();
    let mut lca = Store::open(&dir.path().join("lca.sqlite3"), at(0)).unwrap();
    let mut cbl = Store::open(&dir.path().join("cbl.sqlite3"), at(0)).unwrap();
    lca.set_device_name("LCA laptop", at(0)).unwrap();
    cbl.set_device_name("CBL laptop", at(0)).unwrap();
    let catalog = Catalog::builtin();
    let lookup = |id: &str| catalog.get(id);
    let ws = lca.create_workspace(&lesotho(), at(1), "ann").unwrap().id;
    lca.select(&ws, &[catalog.get("REG-01").unwrap()], at(2), "ann")
        .unwrap();
    lca.decide(&ws, "REG-01", &rationale("Covered by the 2019 act"), None, at(3), "ann")
        .unwrap();
    let sent = lca.replica_document(&ws, at(4), "ann").unwrap();
    cbl.import_replica(&sent, &[], "LCA laptop", &lookup, false, at(5), "cy")
        .unwrap();
    assert_eq!(
        shared_lines(&cbl, &ws),
        shared_lines(&lca, &ws),
        "created with A's lines"
    );

    cbl.set_properties(&ws, &[(PropertyField::DocVersion, Some("0.2".into()))], at(6), "cy")
        .unwrap();
    cbl.decide(&ws, "REG-01", &rationale("Covered by the 2020 act"), None, at(7), "cy")
        .unwrap();
    cbl.set_archived(&ws, true, at(8), "cy").unwrap();
    let lca_before = lca.history(&ws, None).unwrap().len();
    let back = cbl.replica_document(&ws, at(9), "cy").unwrap();
    lca.import_replica(&back, &[], "CBL laptop", &lookup, false, at(10), "ann")
        .unwrap();
    lca.import_replica(&back, &[], "CBL laptop", &lookup, false, at(11), "ann")
        .unwrap();

    let lines = lca.history(&ws, None).unwrap();
    let new: Vec<_> = lines[lca_before..]
        .iter()
        .map(|h| (h.device.as_deref(), h.by.as_str(), h.field.as_str(), h.new.as_deref()))
        .collect();
    assert_eq!(
        new,
        [
            (Some("CBL laptop"), "cy", "doc_version", Some("0.2")),
            (Some("CBL laptop"), "cy", "rationale", Some("Covered by the 2020 act")),
        ],
        "B's lines once each, with B's device; archiving stays on B; the merge adds none"
    );
    assert_eq!(shared_lines(&lca, &ws), shared_lines(&cbl, &ws));
}
