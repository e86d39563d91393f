//! What the store's unit tests share: a workspace with one authority, made at a given time.

use adopt_domain::{Authority, AuthorityKind, NewWorkspace};
use chrono::{DateTime, Utc};

use crate::store::Store;

/// A "Lesotho" workspace with the Lesotho Communications Authority, created at `at`.
pub fn lesotho(store: &mut Store, at: DateTime<Utc>) -> String {
    let new = NewWorkspace {
        name: "Lesotho".into(),
        jurisdiction: "Lesotho".into(),
        authorities: vec![Authority {
            code: "LCA".into(),
            name: "Lesotho Communications Authority".into(),
            kind: AuthorityKind::TelecomRegulator,
        }],
        template: "joint-directive".into(),
    };
    store.create_workspace(&new, at, "secretariat").unwrap().id
}
