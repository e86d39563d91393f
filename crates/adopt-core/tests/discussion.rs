//! The open discussion through the workbench: position → resolution → decision, divergence
//! and its later settlement, undo of each step, the history, and names removed on request.

use std::sync::{Arc, Mutex};

use adopt_core::{AgendaSlot, ErrorCode, Workbench};
use adopt_domain::{
    ActionInput, AgendaOrder, Authority, AuthorityKind, DecisionPatch, DecisionStatus, NewWorkspace, Participant,
    PositionInput, Priority, Resolution, ResolutionInput, SessionDraft, Stance,
};
use chrono::{Duration, NaiveDate, TimeZone, Utc};

mod common;

/// A workbench whose clock moves one minute per call, so history lines are ordered and known.
fn workbench() -> Workbench {
    let mut wb = Workbench::in_memory("facilitator").unwrap();
    let now = Arc::new(Mutex::new(Utc.with_ymd_and_hms(2025, 6, 5, 9, 0, 0).unwrap()));
    wb.set_clock(move || {
        let mut t = now.lock().unwrap();
        *t += Duration::minutes(1);
        *t
    });
    wb
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, d).unwrap()
}

fn person(name: &str, organisation: &str, authority: &str) -> Participant {
    Participant {
        name: name.into(),
        organisation: organisation.into(),
        authority: authority.into(),
        role: None,
    }
}

fn session(date: NaiveDate) -> SessionDraft {
    SessionDraft {
        date,
        place: Some("Maseru".into()),
        facilitator: "Nthabiseng Facilitator".into(),
        participants: vec![
            person("Palesa Mohapi", "Lesotho Communications Authority", "lca"),
            person("Teboho Lebona", "Lesotho Communications Authority", "LCA"),
            person("Mpho Ramakatsa", "Central Bank of Lesotho", "CBL"),
            person("Lineo Sekhesa", "Central Bank of Lesotho", "cbl"),
        ],
        time_box: Some(120),
    }
}

/// A Lesotho workspace with SIM-08, PAY-01 and APP-01 selected and one session.
fn clinic() -> (Workbench, String) {
    let mut wb = workbench();
    let ws = common::lesotho_with_three_items(&mut wb);
    wb.session_create(&ws, session(day(5))).unwrap();
    (wb, ws)
}

fn stance(authority: &str, stance: Stance, note: Option<&str>) -> PositionInput {
    PositionInput {
        authority: authority.into(),
        stance,
        note: note.map(str::to_string),
    }
}

fn resolution(resolution: Resolution, conditions: Option<&str>) -> ResolutionInput {
    ResolutionInput {
        resolution,
        conditions: conditions.map(str::to_string),
        status: None,
    }
}

fn status(wb: &Workbench, ws: &str, id: &str) -> DecisionStatus {
    wb.workspace_show(ws)
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == id)
        .unwrap()
        .decision
        .status
}

#[test]
fn positions_then_a_resolution_set_the_decision_and_everything_is_in_the_history() {
    let (mut wb, ws) = clinic();
    wb.position_record(&ws, "sim-08", stance("lca", Stance::Support, None), None)
        .unwrap();
    let change = wb
        .position_record(
            &ws,
            "SIM-08",
            stance("CBL", Stance::SupportWithChanges, Some("within 48 hours")),
            None,
        )
        .unwrap();
    let s1 = wb.session_list(&ws).unwrap()[0].id.clone();
    assert_eq!(change.position.session, s1, "the most recent session by default");
    assert_eq!(change.previous, None);
    let outcome = wb
        .resolve(
            &ws,
            "SIM-08",
            resolution(Resolution::AgreedWithConditions, Some("Freeze lifted within 48 hours")),
            None,
        )
        .unwrap();
    assert_eq!(outcome.decision.status, DecisionStatus::AdoptModified);
    assert_eq!(outcome.decision.revision, 1, "the resolution is one decision change");
    assert_eq!(status(&wb, &ws, "SIM-08"), DecisionStatus::AdoptModified);

    let plain = wb
        .resolve(&ws, "PAY-01", resolution(Resolution::Agreed, None), Some("S1"))
        .unwrap();
    assert_eq!(plain.decision.status, DecisionStatus::Adopt);
    let covered = ResolutionInput {
        status: Some(DecisionStatus::AlreadyCovered),
        ..resolution(Resolution::Agreed, None)
    };
    assert_eq!(
        wb.resolve(&ws, "APP-01", covered, None).unwrap().decision.status,
        DecisionStatus::AlreadyCovered
    );

    let history = wb.history(&ws, Some("SIM-08")).unwrap();
    let fields: Vec<&str> = history.iter().map(|h| h.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "selection",
            &format!("position LCA {s1}"),
            &format!("position CBL {s1}"),
            "status",
            &format!("resolution {s1}"),
            "conditions"
        ]
    );
    assert_eq!(history[2].new.as_deref(), Some("support-with-changes: within 48 hours"));
    assert!(history.windows(2).all(|w| w[0].at <= w[1].at), "timestamped in order");
}

#[test]
fn a_divergence_stays_open_until_a_later_session_settles_it() {
    let (mut wb, ws) = clinic();
    wb.decide(
        &ws,
        "SIM-08",
        &DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            ..DecisionPatch::default()
        },
        None,
    )
    .unwrap();
    wb.position_record(&ws, "SIM-08", stance("LCA", Stance::Support, None), None)
        .unwrap();
    wb.position_record(&ws, "SIM-08", stance("CBL", Stance::Oppose, None), None)
        .unwrap();
    let diverged = wb
        .resolve(&ws, "SIM-08", resolution(Resolution::Divergent, None), None)
        .unwrap();
    assert_eq!(
        diverged.decision.status,
        DecisionStatus::Open,
        "divergent leaves it open"
    );
    let register = wb.discussion_show(&ws).unwrap().divergences();
    assert_eq!(register.len(), 1);
    assert!(register[0].settled.is_none(), "still open");

    let s2 = wb.session_create(&ws, session(day(6))).unwrap();
    assert_eq!((s2.number, s2.label()), (2, "s2".to_string()));
    assert!(s2.id.starts_with("s-") && s2.id.len() == 18, "a global id: {}", s2.id);
    wb.resolve(&ws, "SIM-08", resolution(Resolution::Agreed, None), None)
        .unwrap();
    let discussion = wb.discussion_show(&ws).unwrap();
    let register = discussion.divergences();
    assert_eq!(register.len(), 1, "a settled divergence stays in the register");
    let settled = register[0].settled.as_ref().expect("settled");
    assert_eq!(
        (settled.session.as_str(), settled.resolution),
        (s2.id.as_str(), Resolution::Agreed)
    );
    assert_eq!(status(&wb, &ws, "SIM-08"), DecisionStatus::Adopt);
    assert_eq!(discussion.resolutions.len(), 2, "both resolutions are kept");
}

#[test]
fn each_discussion_step_can_be_undone_and_the_history_keeps_both() {
    let (mut wb, ws) = clinic();
    let first = wb
        .position_record(&ws, "SIM-08", stance("LCA", Stance::Oppose, None), None)
        .unwrap();
    let second = wb
        .position_record(&ws, "SIM-08", stance("LCA", Stance::Support, Some("after all")), None)
        .unwrap();
    assert_eq!(second.previous.as_ref(), Some(&first.position), "what undo puts back");
    // Undo the second position, then the first.
    let previous = second.previous.unwrap();
    wb.position_record(
        &ws,
        "SIM-08",
        PositionInput {
            authority: previous.authority.clone(),
            stance: previous.stance,
            note: previous.note.clone(),
        },
        Some("s1"),
    )
    .unwrap();
    assert_eq!(wb.discussion_show(&ws).unwrap().positions[0].stance, Stance::Oppose);
    wb.position_clear(&ws, "SIM-08", "lca", "s1").unwrap();
    assert!(wb.discussion_show(&ws).unwrap().positions.is_empty());

    wb.resolve(&ws, "SIM-08", resolution(Resolution::Agreed, None), None)
        .unwrap();
    let back = wb.resolution_withdraw(&ws, "SIM-08").unwrap();
    assert_eq!(back.status, DecisionStatus::Open, "undo puts the status back");
    assert!(wb.discussion_show(&ws).unwrap().resolutions.is_empty());
    let err = wb.resolution_withdraw(&ws, "SIM-08").unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);

    let action = wb
        .action_add(
            &ws,
            "SIM-08",
            ActionInput {
                what: "Consult the e-money issuers".into(),
                owner: "Mpho Ramakatsa".into(),
                due: day(20),
            },
            None,
        )
        .unwrap();
    assert_eq!(action.number, 1, "action 1 of the workspace");
    assert!(action.id.starts_with("a-") && action.id.len() == 18, "{}", action.id);
    wb.action_remove(&ws, &action.id).unwrap();
    assert!(wb.discussion_show(&ws).unwrap().actions.is_empty());

    wb.note_set(&ws, "SIM-08", "s1", Some("First note".into())).unwrap();
    wb.note_set(&ws, "SIM-08", "s1", Some("Second note".into())).unwrap();
    wb.note_set(&ws, "SIM-08", "s1", Some("First note".into())).unwrap();
    assert_eq!(wb.discussion_show(&ws).unwrap().notes[0].note, "First note");
    wb.note_set(&ws, "SIM-08", "s1", Some("  ".into())).unwrap();
    assert!(
        wb.discussion_show(&ws).unwrap().notes.is_empty(),
        "an empty note removes it"
    );

    let fields: Vec<String> = wb
        .history(&ws, Some("SIM-08"))
        .unwrap()
        .into_iter()
        .map(|h| h.field)
        .collect();
    let s1 = wb.session_list(&ws).unwrap()[0].id.clone();
    for field in ["position LCA", "resolution", "status", "action", "note"] {
        let field = if field == "status" {
            field.to_string()
        } else {
            format!("{field} {s1}")
        };
        assert!(
            fields.iter().filter(|f| **f == field).count() >= 2,
            "{field} done and undone: {fields:?}"
        );
    }
}

#[test]
fn withdrawing_a_resolution_keeps_a_status_someone_changed_since() {
    let (mut wb, ws) = clinic();
    wb.resolve(&ws, "PAY-01", resolution(Resolution::Agreed, None), None)
        .unwrap();
    wb.decide(
        &ws,
        "PAY-01",
        &DecisionPatch {
            status: Some(DecisionStatus::Deferred),
            ..DecisionPatch::default()
        },
        None,
    )
    .unwrap();
    let decision = wb.resolution_withdraw(&ws, "PAY-01").unwrap();
    assert_eq!(
        decision.status,
        DecisionStatus::Deferred,
        "a later decision is not overwritten"
    );
}

#[test]
fn refused_steps_change_nothing() {
    let (mut wb, ws) = clinic();
    let before = (wb.discussion_show(&ws).unwrap(), wb.history(&ws, None).unwrap());
    let stranger = wb.position_record(&ws, "SIM-08", stance("RBM", Stance::Support, None), None);
    assert_eq!(stranger.unwrap_err().code(), ErrorCode::InvalidInput);
    let unselected = wb.position_record(&ws, "TEL-01", stance("LCA", Stance::Support, None), None);
    assert_eq!(unselected.unwrap_err().code(), ErrorCode::Conflict);
    let nowhere = wb.position_record(&ws, "SIM-08", stance("LCA", Stance::Support, None), Some("s7"));
    assert_eq!(nowhere.unwrap_err().code(), ErrorCode::NotFound);
    let no_conditions = wb.resolve(&ws, "SIM-08", resolution(Resolution::AgreedWithConditions, None), None);
    assert_eq!(no_conditions.unwrap_err().code(), ErrorCode::InvalidInput);
    let bad_participant = SessionDraft {
        participants: vec![person("A", "B", "MACRA")],
        ..session(day(6))
    };
    assert!(wb.session_create(&ws, bad_participant).is_err());
    let parked_off_agenda = wb.session_park(&ws, "s1", "SIM-08", Some("later".into()));
    assert_eq!(parked_off_agenda.unwrap_err().code(), ErrorCode::Conflict);
    assert_eq!(
        (wb.discussion_show(&ws).unwrap(), wb.history(&ws, None).unwrap()),
        before
    );

    let mut empty = workbench();
    let other = empty
        .workspace_create(NewWorkspace {
            name: "No session".into(),
            jurisdiction: "X".into(),
            authorities: vec![Authority {
                code: "LCA".into(),
                name: "L".into(),
                kind: AuthorityKind::Other,
            }],
            template: "joint-directive".into(),
        })
        .unwrap();
    empty.select(&other.id, &["SIM-08".into()]).unwrap();
    let err = empty
        .position_record(&other.id, "SIM-08", stance("LCA", Stance::Support, None), None)
        .unwrap_err();
    assert!(err.to_string().contains("no discussion session"), "{err}");
}

#[test]
fn the_agenda_orders_by_group_priority_or_hand_and_parking_is_kept() {
    let (mut wb, ws) = clinic();
    wb.decide(
        &ws,
        "APP-01",
        &DecisionPatch {
            priority: Some(Priority::High),
            ..DecisionPatch::default()
        },
        None,
    )
    .unwrap();
    let slots = |ids: &[&str]| -> Vec<AgendaSlot> {
        ids.iter()
            .map(|id| AgendaSlot {
                item: id.to_string(),
                time_box: Some(5),
            })
            .collect()
    };
    let order = |s: &adopt_domain::Session| s.agenda.iter().map(|a| a.item.clone()).collect::<Vec<_>>();
    let by_group = wb
        .agenda_set(&ws, None, AgendaOrder::Group, slots(&["app-01", "PAY-01", "SIM-08"]))
        .unwrap();
    assert_eq!(order(&by_group), ["SIM-08", "PAY-01", "APP-01"]);
    let by_priority = wb
        .agenda_set(&ws, None, AgendaOrder::Priority, slots(&["SIM-08", "PAY-01", "APP-01"]))
        .unwrap();
    assert_eq!(order(&by_priority)[0], "APP-01", "high priority first");
    wb.session_park(&ws, "s1", "PAY-01", Some("Needs the providers' view".into()))
        .unwrap();
    let by_hand = wb
        .agenda_set(&ws, None, AgendaOrder::Manual, slots(&["PAY-01", "SIM-08"]))
        .unwrap();
    assert_eq!(order(&by_hand), ["PAY-01", "SIM-08"]);
    assert_eq!(
        by_hand.agenda[0].parked.as_deref(),
        Some("Needs the providers' view"),
        "reordering keeps the parking"
    );
    let back = wb.session_park(&ws, "s1", "PAY-01", None).unwrap();
    assert_eq!(back.agenda[0].parked, None);
    let zero = wb.agenda_set(
        &ws,
        None,
        AgendaOrder::Manual,
        vec![AgendaSlot {
            item: "SIM-08".into(),
            time_box: Some(0),
        }],
    );
    assert_eq!(zero.unwrap_err().code(), ErrorCode::InvalidInput);

    let moved = wb.session_set_current(&ws, "s1", Some("sim-08")).unwrap();
    assert_eq!(moved.current_item.as_deref(), Some("SIM-08"));
    assert!(moved.current_since.is_some());
}

#[test]
fn removing_names_keeps_the_record_and_leaves_no_name_in_the_workspace_file() {
    let (mut wb, ws) = clinic();
    wb.position_record(&ws, "SIM-08", stance("CBL", Stance::Oppose, None), None)
        .unwrap();
    wb.action_add(
        &ws,
        "SIM-08",
        ActionInput {
            what: "Consult the issuers".into(),
            owner: "Mpho Ramakatsa".into(),
            due: day(20),
        },
        None,
    )
    .unwrap();
    assert_eq!(wb.session_anonymise(&ws).unwrap(), 5, "four names and the facilitator");
    let discussion = wb.discussion_show(&ws).unwrap();
    let s1 = &discussion.sessions[0];
    assert!(s1.anonymised);
    assert_eq!(s1.participants[2].name, "Central Bank of Lesotho");
    assert_eq!(s1.facilitator, "Facilitator");
    assert_eq!(
        discussion.actions[0].owner, "Central Bank of Lesotho",
        "an owner named after a participant"
    );
    assert_eq!(discussion.positions.len(), 1, "the record stays");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ws.json");
    wb.workspace_export(&ws, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    for name in ["Palesa", "Teboho", "Mpho", "Lineo", "Nthabiseng"] {
        assert!(!text.contains(name), "{name} is still in the workspace file");
    }
    assert_eq!(wb.session_anonymise(&ws).unwrap(), 0, "nothing left to remove");
}

#[test]
fn a_workspace_file_and_a_duplicate_carry_the_discussion() {
    let (mut wb, ws) = clinic();
    wb.agenda_set(
        &ws,
        None,
        AgendaOrder::Manual,
        vec![AgendaSlot {
            item: "SIM-08".into(),
            time_box: Some(10),
        }],
    )
    .unwrap();
    wb.position_record(&ws, "SIM-08", stance("LCA", Stance::Support, Some("yes")), None)
        .unwrap();
    wb.resolve(&ws, "SIM-08", resolution(Resolution::Divergent, None), None)
        .unwrap();
    wb.note_set(&ws, "SIM-08", "s1", Some("Escalated".into())).unwrap();
    wb.action_add(
        &ws,
        "SIM-08",
        ActionInput {
            what: "Refer".into(),
            owner: "LCA".into(),
            due: day(30),
        },
        None,
    )
    .unwrap();
    let original = wb.discussion_show(&ws).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ws.json");
    wb.workspace_export(&ws, &file).unwrap();
    let imported = wb.workspace_import(&file).unwrap();
    assert_eq!(wb.discussion_show(&imported.id).unwrap(), original, "an exact copy");

    let copy = wb.workspace_duplicate(&ws, "Lesotho copy").unwrap();
    let copied = wb.discussion_show(&copy.id).unwrap();
    assert_eq!(copied.positions, original.positions);
    assert_eq!(copied.divergences().len(), 1);
    // The copy is independent: a new session there is its s2, and the original has none.
    wb.session_create(&copy.id, session(day(6))).unwrap();
    assert_eq!(wb.session_list(&ws).unwrap().len(), 1);
}

#[test]
fn minutes_list_the_session_positions_resolutions_and_actions() {
    let (mut wb, ws) = clinic();
    wb.position_record(&ws, "SIM-08", stance("LCA", Stance::Support, None), None)
        .unwrap();
    wb.resolve(&ws, "SIM-08", resolution(Resolution::Divergent, None), None)
        .unwrap();
    wb.note_set(&ws, "SIM-08", "s1", Some("CBL to consult the issuers.".into()))
        .unwrap();
    wb.action_add(
        &ws,
        "SIM-08",
        ActionInput {
            what: "Consult the e-money issuers".into(),
            owner: "CBL".into(),
            due: day(20),
        },
        None,
    )
    .unwrap();
    let doc = wb.minutes(&ws, "s1", day(6)).unwrap();
    let text = adopt_document::text::render(&doc);
    for expected in [
        "Minutes of the open discussion, 5 June 2025",
        "Palesa Mohapi",
        "SIM-08 — ",
        "Support",
        "Divergent",
        "CBL to consult the issuers.",
        "Consult the e-money issuers",
        "20 June 2025",
        "1 item discussed: 0 agreed, 1 divergent",
    ] {
        assert!(text.contains(expected), "minutes lack {expected:?}:\n{text}");
    }
    let same = wb
        .export_minutes(&ws, "s1", adopt_core::ExportFormat::Pdf, day(6))
        .unwrap();
    assert_eq!(
        same,
        wb.export_minutes(&ws, "s1", adopt_core::ExportFormat::Pdf, day(6))
            .unwrap(),
        "same input, same bytes"
    );
}

#[test]
fn sessions_and_actions_are_numbered_by_date_and_creation_and_found_by_label_or_id_prefix() {
    let (mut wb, ws) = clinic();
    // The clinic's session is on 5 June; one planned afterwards for 4 June comes first.
    let earlier = wb.session_create(&ws, session(day(4))).unwrap();
    let sessions = wb.session_list(&ws).unwrap();
    let labels: Vec<(String, NaiveDate)> = sessions.iter().map(|s| (s.label(), s.date)).collect();
    assert_eq!(labels, [("s1".to_string(), day(4)), ("s2".to_string(), day(5))]);
    assert_eq!(sessions[0].id, earlier.id);
    // Any command that names a session: moving the facilitator to no item changes nothing.
    let mut find = |key: &str| wb.session_set_current(&ws, key, None).map(|s| s.id);
    assert_eq!(find("S2").unwrap(), sessions[1].id, "by label, any case");
    assert_eq!(find(&earlier.id[..8]).unwrap(), earlier.id, "by the start of its id");
    assert!(find("s-").is_err(), "too short to tell sessions apart");
    assert!(find("s3").is_err());

    let add = |wb: &mut Workbench, what: &str| {
        let input = ActionInput {
            what: what.into(),
            owner: "CBL".into(),
            due: day(30),
        };
        wb.action_add(&ws, "SIM-08", input, Some("s2")).unwrap()
    };
    let first = add(&mut wb, "Consult the issuers");
    let second = add(&mut wb, "Draft the notice");
    assert_eq!((first.number, second.number), (1, 2));
    assert_ne!(first.id, second.id);
    wb.action_remove(&ws, &first.id).unwrap();
    let left = wb.discussion_show(&ws).unwrap().actions;
    assert_eq!((left[0].id.as_str(), left[0].number), (second.id.as_str(), 1));
    assert!(wb.action_remove(&ws, &first.id).is_err(), "gone");
}
