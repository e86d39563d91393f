//! A bundle arrives by email or USB key: whatever its bytes, reading it refuses with an error
//! and never panics.

use adopt_domain::DecisionStatus;
use adopt_sync::{Blob, Bundle, BundleError, DecisionValue, Edit, Origin, ReplicatedWorkspace};

/// Who writes, where and when: fixed, so runs are repeatable.
fn here() -> Origin {
    Origin {
        device: "test laptop".into(),
        by: "Test user".into(),
        at: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
    }
}

const A: &str = "0123456789abcdef0123456789abcdef";
const B: &str = "fedcba9876543210fedcba9876543210";

fn real_bundle() -> Vec<u8> {
    let mut ws = ReplicatedWorkspace::new("ws1", A).unwrap();
    ws.apply_all(
        &[
            Edit::SetProperty {
                key: "name".into(),
                value: Some("Clinic".into()),
            },
            Edit::SetDecision {
                item: "REG-01".into(),
                value: DecisionValue::Status(DecisionStatus::Adopt),
            },
        ],
        &here(),
    )
    .unwrap();
    let document = ws.save();
    Bundle::new(
        "ws1",
        "bank laptop",
        document,
        vec![Blob::new(b"frozen record".to_vec())],
    )
    .to_bytes()
}

/// A small deterministic generator, so a failure can be replayed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }
}

#[test]
fn every_prefix_of_a_real_bundle_is_refused_as_truncated() {
    let bytes = real_bundle();
    assert!(Bundle::from_bytes(&bytes).is_ok());
    assert!(matches!(Bundle::from_bytes(&[]), Err(BundleError::NotABundle(_))));
    for end in 1..bytes.len() {
        match Bundle::from_bytes(&bytes[..end]) {
            Err(BundleError::Truncated { found, .. }) => assert_eq!(found, end as u64),
            other => panic!("a bundle cut after {end} bytes gave {other:?}"),
        }
    }
}

#[test]
fn random_bytes_are_refused_without_a_panic() {
    let mut random = XorShift(0x9e37_79b9_7f4a_7c15);
    let real = real_bundle();
    for round in 0..1_000 {
        let len = (random.next() % 600) as usize;
        let mut bytes = random.bytes(len);
        // Half of them start as a bundle does, so the checks past the magic number run too.
        if round % 2 == 1 && bytes.len() > 10 {
            bytes[..10].copy_from_slice(&real[..10]);
        }
        let result = Bundle::from_bytes(&bytes);
        assert!(
            result.is_err(),
            "round {round}: {len} random bytes were read as a bundle"
        );
        if round % 2 == 0 && len >= 8 {
            assert!(
                matches!(result, Err(BundleError::NotABundle(_))),
                "round {round}: {result:?}"
            );
        }
    }
}

#[test]
fn a_changed_byte_anywhere_is_refused() {
    let real = real_bundle();
    let mut random = XorShift(42);
    for at in 0..real.len() {
        let mut damaged = real.clone();
        damaged[at] ^= (random.next() as u8) | 1;
        let error = Bundle::from_bytes(&damaged).unwrap_err();
        // The message always says what to do.
        let message = error.to_string();
        assert!(
            message.contains("again") || message.contains("choose") || message.contains("update"),
            "byte {at}: {message}"
        );
    }
}

#[test]
fn a_document_that_is_cut_or_random_is_refused_by_the_loader() {
    let mut ws = ReplicatedWorkspace::new("ws1", A).unwrap();
    ws.apply(&Edit::Select { item: "SIM-08".into() }, &here()).unwrap();
    let saved = ws.save();
    for end in 0..saved.len() {
        assert!(
            ReplicatedWorkspace::load(&saved[..end], B).is_err(),
            "a document cut after {end} bytes"
        );
    }
    let mut random = XorShift(7);
    for _ in 0..200 {
        let len = (random.next() % 300) as usize;
        assert!(ReplicatedWorkspace::load(&random.bytes(len), B).is_err());
    }
    assert!(ReplicatedWorkspace::load(&saved, B).unwrap().state().unwrap().items["SIM-08"].selected);
}
