//! Three laptops A, B and C exchange bundles of one workspace in different orders and end in
//! the same state with the same conflicts; a resolution made on one reaches the others.

use adopt_domain::{AuthorityKind, DecisionStatus, Priority};
use adopt_sync::{Blob, Bundle, DecisionValue, Edit, Origin, ReplicatedWorkspace};
use chrono::NaiveDate;

/// Laptop `name` writing `minute` minutes after the set-up.
fn laptop(name: &str, minute: i64) -> Origin {
    Origin {
        device: format!("laptop {name}"),
        by: format!("user on {name}"),
        at: here().at + chrono::Duration::minutes(minute),
    }
}

/// Who writes, where and when: fixed, so runs are repeatable.
fn here() -> Origin {
    Origin {
        device: "test laptop".into(),
        by: "Test user".into(),
        at: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
    }
}

const A: &str = "0000000000000000000000000000000a";
const B: &str = "0000000000000000000000000000000b";
const C: &str = "0000000000000000000000000000000c";

fn decide(item: &str, value: DecisionValue) -> Edit {
    Edit::SetDecision {
        item: item.to_string(),
        value,
    }
}

/// What a laptop sends: its whole document in a bundle, as bytes.
fn send(ws: &mut ReplicatedWorkspace, device: &str) -> Vec<u8> {
    let blobs = vec![Blob::new(b"circulated draft 0.1".to_vec())];
    let document = ws.save();
    Bundle::new(ws.workspace_id(), device, document, blobs).to_bytes()
}

/// What a laptop does with a bundle it receives: read it, then merge (or create from it).
fn receive(ws: &mut ReplicatedWorkspace, bytes: &[u8]) -> usize {
    let bundle = Bundle::from_bytes(bytes).unwrap();
    let mut theirs = ReplicatedWorkspace::load(&bundle.document, &ws.actor()).unwrap();
    ws.merge(&mut theirs).unwrap()
}

fn create_from(bytes: &[u8], actor: &str) -> ReplicatedWorkspace {
    let bundle = Bundle::from_bytes(bytes).unwrap();
    assert_eq!(bundle.device, "regulator laptop");
    assert_eq!(bundle.blobs[0].bytes(), b"circulated draft 0.1");
    ReplicatedWorkspace::load(&bundle.document, actor).unwrap()
}

/// Creates the workspace on A and gives B and C their copies through bundles.
fn three_laptops() -> [ReplicatedWorkspace; 3] {
    let mut a = ReplicatedWorkspace::new("ws-lusaka", A).unwrap();
    let mut setup = vec![
        Edit::SetProperty {
            key: "name".into(),
            value: Some("DFS security adoption".into()),
        },
        Edit::SetProperty {
            key: "jurisdiction".into(),
            value: Some("Zambia".into()),
        },
        Edit::SetProperty {
            key: "template".into(),
            value: Some("regulation".into()),
        },
        Edit::SetAuthority {
            code: "TR".into(),
            name: "Telecom Regulator".into(),
            kind: AuthorityKind::TelecomRegulator,
        },
        Edit::SetAuthority {
            code: "CB".into(),
            name: "Central Bank".into(),
            kind: AuthorityKind::CentralBank,
        },
    ];
    for item in ["REG-01", "REG-02", "SIM-08"] {
        setup.push(Edit::Select { item: item.into() });
    }
    setup.push(decide("REG-01", DecisionValue::Status(DecisionStatus::Adopt)));
    a.apply_all(&setup, &here()).unwrap();
    let bundle = send(&mut a, "regulator laptop");
    let b = create_from(&bundle, B);
    let c = create_from(&bundle, C);
    [a, b, c]
}

/// All three edit: different fields, the same field, and a deselect against a decide.
fn edit_apart(a: &mut ReplicatedWorkspace, b: &mut ReplicatedWorkspace, c: &mut ReplicatedWorkspace) {
    a.apply(
        &decide("REG-01", DecisionValue::Rationale("The 2019 act covers it.".into())),
        &laptop("A", 11),
    )
    .unwrap();
    a.apply(
        &decide("REG-02", DecisionValue::Priority(Priority::High)),
        &laptop("A", 21),
    )
    .unwrap();
    b.apply(
        &decide("REG-01", DecisionValue::Rationale("Needs a new directive.".into())),
        &laptop("B", 12),
    )
    .unwrap();
    b.apply(
        &decide(
            "REG-02",
            DecisionValue::Due(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
        ),
        &laptop("B", 22),
    )
    .unwrap();
    b.apply(&Edit::Deselect { item: "SIM-08".into() }, &laptop("B", 32))
        .unwrap();
    c.apply(
        &decide("SIM-08", DecisionValue::Status(DecisionStatus::Deferred)),
        &laptop("C", 13),
    )
    .unwrap();
    c.apply(&decide("REG-02", DecisionValue::Lead("TR".into())), &laptop("C", 23))
        .unwrap();
    c.apply(
        &Edit::SetProperty {
            key: "doc_version".into(),
            value: Some("0.2".into()),
        },
        &laptop("C", 33),
    )
    .unwrap();
}

/// Everyone sends after editing; each receives the two others in its own order.
fn exchange(a: &mut ReplicatedWorkspace, b: &mut ReplicatedWorkspace, c: &mut ReplicatedWorkspace) {
    let (from_a, from_b, from_c) = (send(a, "A"), send(b, "B"), send(c, "C"));
    receive(a, &from_b);
    receive(a, &from_c);
    receive(b, &from_c);
    receive(b, &from_a);
    receive(c, &from_a);
    receive(c, &from_b);
}

#[test]
fn three_laptops_end_with_the_same_workspace_and_the_same_conflicts() {
    let [mut a, mut b, mut c] = three_laptops();
    edit_apart(&mut a, &mut b, &mut c);
    exchange(&mut a, &mut b, &mut c);

    let state = a.state().unwrap();
    assert_eq!(b.state().unwrap(), state);
    assert_eq!(c.state().unwrap(), state);
    let conflicts = a.conflicts().unwrap();
    assert_eq!(b.conflicts().unwrap(), conflicts);
    assert_eq!(c.conflicts().unwrap(), conflicts);

    // Different fields merged without a conflict.
    let reg02 = &state.items["REG-02"].decision;
    assert_eq!(reg02.priority, Some(Priority::High));
    assert_eq!(reg02.due, NaiveDate::from_ymd_opt(2027, 6, 30));
    assert_eq!(reg02.lead.as_deref(), Some("TR"));
    assert_eq!(state.properties["doc_version"], "0.2");

    let ids: Vec<&str> = conflicts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["REG-01/rationale", "SIM-08/selected"]);

    // The same field: both texts kept, the shown one first.
    let rationale = &conflicts[0];
    assert_eq!(
        state.items["REG-01"].decision.rationale.as_deref(),
        Some(rationale.values[0].value.as_str())
    );
    let mut texts: Vec<&str> = rationale.values.iter().map(|v| v.value.as_str()).collect();
    texts.sort();
    assert_eq!(texts, ["Needs a new directive.", "The 2019 act covers it."]);

    // B's deselect against C's decide: the item stays selected, C's decision intact.
    let selected = &conflicts[1];
    assert_eq!(selected.values[0].value, "true");
    assert_eq!(selected.values[0].actor, C);
    assert_eq!(selected.values[0].device, "laptop C");
    assert_eq!(selected.values[0].by, "user on C");
    assert_eq!(selected.values[1].value, "false");
    assert_eq!(selected.values[1].actor, B);
    assert_eq!(selected.values[1].device, "laptop B");
    assert!(
        selected.values[1].at > selected.values[0].at,
        "the later deselect does not beat the decide"
    );
    assert!(state.items["SIM-08"].selected);
    assert_eq!(state.items["SIM-08"].decision.status, DecisionStatus::Deferred);
}

#[test]
fn merging_the_same_bundle_twice_changes_nothing() {
    let [mut a, mut b, mut c] = three_laptops();
    edit_apart(&mut a, &mut b, &mut c);
    let from_b = send(&mut b, "B");
    assert!(receive(&mut a, &from_b) > 0, "the first merge brings B's changes");
    let state = a.state().unwrap();
    let conflicts = a.conflicts().unwrap();
    let saved = a.save();
    assert_eq!(receive(&mut a, &from_b), 0, "the second merge brings nothing");
    assert_eq!(a.state().unwrap(), state);
    assert_eq!(a.conflicts().unwrap(), conflicts);
    assert_eq!(a.save(), saved);
}

#[test]
fn a_resolution_made_on_one_laptop_clears_the_conflict_everywhere() {
    let [mut a, mut b, mut c] = three_laptops();
    edit_apart(&mut a, &mut b, &mut c);
    exchange(&mut a, &mut b, &mut c);
    assert_eq!(c.conflicts().unwrap().len(), 2);

    b.resolve(
        "REG-01/rationale",
        "Covered by the 2019 act; a directive follows.",
        &here(),
    )
    .unwrap();
    b.resolve("SIM-08/selected", "false", &here()).unwrap();
    assert_eq!(b.conflicts().unwrap(), []);

    let from_b = send(&mut b, "B");
    receive(&mut a, &from_b);
    // C hears of it only through A, later.
    let from_a = send(&mut a, "A");
    receive(&mut c, &from_a);
    for laptop in [&a, &b, &c] {
        assert_eq!(laptop.conflicts().unwrap(), [], "{laptop:?}");
        let state = laptop.state().unwrap();
        assert_eq!(
            state.items["REG-01"].decision.rationale.as_deref(),
            Some("Covered by the 2019 act; a directive follows.")
        );
        assert!(!state.items["SIM-08"].selected, "the person chose to deselect");
        assert_eq!(
            state.items["SIM-08"].decision.status,
            DecisionStatus::Deferred,
            "its decision stays"
        );
    }
}

#[test]
fn any_order_of_pairwise_merges_converges() {
    // (to, from): each order passes every laptop's changes to every other, by different routes.
    let orders: [[(usize, usize); 4]; 3] = [
        [(1, 0), (2, 1), (0, 2), (1, 0)],
        [(0, 2), (1, 0), (2, 1), (0, 1)],
        [(2, 0), (1, 2), (0, 1), (2, 1)],
    ];
    let mut results = Vec::new();
    for order in orders {
        let [mut a, mut b, mut c] = three_laptops();
        edit_apart(&mut a, &mut b, &mut c);
        let mut laptops = [a, b, c];
        for (to, from) in order {
            let bytes = send(&mut laptops[from], "peer");
            receive(&mut laptops[to], &bytes);
        }
        let state = laptops[0].state().unwrap();
        for laptop in &laptops {
            assert_eq!(laptop.state().unwrap(), state);
        }
        results.push((state, laptops[0].conflicts().unwrap()));
    }
    assert!(
        results.windows(2).all(|w| w[0] == w[1]),
        "every order gives the same result"
    );
}
