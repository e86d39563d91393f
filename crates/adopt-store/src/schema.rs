//! Schema migrations, applied in order at open. Never edit a released migration: add one.

use rusqlite_migration::{M, Migrations};

/// How many migrations there are: the schema version of an up-to-date database.
pub(crate) const LATEST: i64 = 11;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(
            r#"
CREATE TABLE workspace (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    jurisdiction TEXT NOT NULL,
    template     TEXT NOT NULL,
    doc_version  TEXT,
    reference    TEXT,
    prepared_by  TEXT,
    event        TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
) STRICT;

CREATE TABLE authority (
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, code)
) STRICT;

-- A selected recommendation: its catalog text frozen at selection time, and its decision.
CREATE TABLE selection (
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    item_id      TEXT NOT NULL,
    title        TEXT NOT NULL,
    item_group   TEXT NOT NULL,
    topic        TEXT NOT NULL,
    threat       TEXT NOT NULL,
    stakeholders TEXT NOT NULL,  -- JSON array of codes
    statement    TEXT NOT NULL,
    flag         TEXT NOT NULL,
    sources      TEXT NOT NULL,  -- JSON array of {document, reference}
    selected_at  TEXT NOT NULL,
    selected_by  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open',
    reason       TEXT,
    rationale    TEXT,
    wording      TEXT,
    lead         TEXT,
    priority     TEXT,
    due          TEXT,
    revision     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT,
    updated_by   TEXT,
    PRIMARY KEY (workspace_id, item_id),
    FOREIGN KEY (workspace_id, lead) REFERENCES authority(workspace_id, code)
) STRICT;

CREATE TABLE decision_support (
    workspace_id   TEXT NOT NULL,
    item_id        TEXT NOT NULL,
    authority_code TEXT NOT NULL,
    position       INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, item_id, authority_code),
    FOREIGN KEY (workspace_id, item_id) REFERENCES selection(workspace_id, item_id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, authority_code) REFERENCES authority(workspace_id, code)
) STRICT;

-- Append-only: the triggers refuse any update or delete.
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    item_id      TEXT,
    field        TEXT NOT NULL,
    old          TEXT,
    new          TEXT,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL
) STRICT;
CREATE INDEX history_by_item ON history(workspace_id, item_id, id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;

-- Full-text index over the built-in catalog, rebuilt when the catalog's fingerprint changes.
CREATE VIRTUAL TABLE catalog_search USING fts5(
    item_id UNINDEXED, title, topic, vulnerability, statement,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE catalog_search_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
) STRICT;
"#,
        ),
        // 2: workspaces can be archived (hidden from the recent list, never deleted).
        M::up("ALTER TABLE workspace ADD COLUMN archived_at TEXT;"),
        // 3: the open discussion. Rows name items by id without a foreign key to `selection`, so
        // the record of a discussion survives the item being deselected later.
        M::up(
            r#"
CREATE TABLE discussion_session (
    workspace_id  TEXT NOT NULL REFERENCES workspace(id),
    id            TEXT NOT NULL,
    number        INTEGER NOT NULL,
    date          TEXT NOT NULL,
    place         TEXT,
    facilitator   TEXT NOT NULL,
    time_box      INTEGER,
    current_item  TEXT,
    current_since TEXT,
    anonymised    INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
) STRICT;

CREATE TABLE participant (
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    authority    TEXT NOT NULL,
    role         TEXT,
    PRIMARY KEY (workspace_id, session_id, position),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id),
    FOREIGN KEY (workspace_id, authority) REFERENCES authority(workspace_id, code)
) STRICT;

CREATE TABLE agenda_entry (
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    time_box     INTEGER,
    parked       TEXT,
    PRIMARY KEY (workspace_id, session_id, item_id),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;

CREATE TABLE authority_position (
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    authority    TEXT NOT NULL,
    stance       TEXT NOT NULL,
    note         TEXT,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, session_id, item_id, authority),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id),
    FOREIGN KEY (workspace_id, authority) REFERENCES authority(workspace_id, code)
) STRICT;

CREATE TABLE resolution (
    id            INTEGER PRIMARY KEY,
    workspace_id  TEXT NOT NULL,
    session_id    TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    resolution    TEXT NOT NULL,
    conditions    TEXT,
    status_before TEXT NOT NULL,
    status_after  TEXT NOT NULL,
    at            TEXT NOT NULL,
    by            TEXT NOT NULL,
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;
CREATE INDEX resolution_by_item ON resolution(workspace_id, item_id, id);

CREATE TABLE action_item (
    workspace_id TEXT NOT NULL,
    number       INTEGER NOT NULL,
    session_id   TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    what         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    due          TEXT NOT NULL,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    PRIMARY KEY (workspace_id, number),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;

CREATE TABLE minute_note (
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    note         TEXT NOT NULL,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    PRIMARY KEY (workspace_id, session_id, item_id),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;
"#,
        ),
        // 4: the gap-analysis baseline, one answer per item and authority (any catalog item:
        // a survey may cover the whole catalog).
        M::up(
            r#"
CREATE TABLE baseline (
    workspace_id TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    authority    TEXT NOT NULL,
    status       TEXT NOT NULL,
    instrument   TEXT,
    evidence     TEXT,
    gap          TEXT,
    comment      TEXT,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    PRIMARY KEY (workspace_id, item_id, authority),
    FOREIGN KEY (workspace_id, authority) REFERENCES authority(workspace_id, code)
) STRICT;
"#,
        ),
        // 5: circulated versions, frozen as sent: the record (JSON) and template they were made
        // from and the DOCX and PDF files, byte for byte. Labels are unique per workspace
        // regardless of case (`label_key` is the label case-folded by the store). The workspace
        // may keep a reference document (its house style), stored here, not as a path.
        M::up(
            r#"
CREATE TABLE circulated_version (
    id               INTEGER PRIMARY KEY,
    workspace_id     TEXT NOT NULL REFERENCES workspace(id),
    label            TEXT NOT NULL,
    label_key        TEXT NOT NULL,
    date             TEXT NOT NULL,
    circulated_at    TEXT NOT NULL,
    circulated_by    TEXT NOT NULL,
    note             TEXT,
    prepared_by      TEXT,
    fingerprint      TEXT NOT NULL CHECK (length(fingerprint) = 64),
    template         TEXT NOT NULL,
    items            INTEGER NOT NULL,
    record           TEXT NOT NULL,
    docx             BLOB NOT NULL,
    pdf              BLOB NOT NULL,
    names_removed_at TEXT,
    UNIQUE (workspace_id, label_key)
) STRICT;

ALTER TABLE workspace ADD COLUMN reference_doc BLOB;
ALTER TABLE workspace ADD COLUMN reference_doc_name TEXT;
"#,
        ),
        // 6: reviewers' comments, one row per comment, tracked insertion or deletion, or edit
        // made without tracking. The id is globally unique (made by the core from the
        // workspace and the identity), never a counter, so rows from other laptops can join.
        // `identity` is what makes two imports the same comment: author as the file wrote it,
        // normalised text, anchor, date to the minute; unique per workspace, so importing a
        // file again adds nothing. No foreign key to `selection`: a comment outlives its item.
        M::up(
            r#"
CREATE TABLE review_comment (
    id             TEXT PRIMARY KEY,
    workspace_id   TEXT NOT NULL REFERENCES workspace(id),
    item_id        TEXT,
    section        INTEGER,
    kind           TEXT NOT NULL CHECK (kind IN ('comment', 'insertion', 'deletion', 'edit')),
    author         TEXT NOT NULL,
    organisation   TEXT,
    at             TEXT,
    text           TEXT NOT NULL,
    anchor_text    TEXT NOT NULL,
    replies        TEXT NOT NULL DEFAULT '[]',  -- JSON array of {author, at, text}
    resolved       INTEGER NOT NULL DEFAULT 0,
    source_file    TEXT NOT NULL,
    source_version TEXT,
    proposed_text  TEXT,  -- the clause with this change applied; NULL for comments or unknown
    identity       TEXT NOT NULL,
    disposition    TEXT CHECK (disposition IN ('accepted', 'partly-accepted', 'rejected', 'noted')),
    response       TEXT,
    responded_by   TEXT,
    responded_at   TEXT,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    UNIQUE (workspace_id, identity)
) STRICT;
CREATE INDEX review_comment_by_item ON review_comment(workspace_id, item_id);
"#,
        ),
        // 7: groundwork for laptops in sync. The device: one row, its id (the replication
        // engine's actor) made by the store from the OS random source on first use, never changed.
        // History lines get a globally unique `line_id` (random, 32 hex digits) and the name of
        // the `device` that wrote them; the integer `id` stays this database's order of
        // writing. Existing lines get random ids here and device NULL, not this device's name:
        // some came in through `workspace import` from another laptop's file, and naming this
        // device would claim lines it never wrote. NULL says "written before devices were
        // recorded". The table is rebuilt because its triggers refuse the UPDATE that adding a
        // NOT NULL column would need; the rebuilt one has the same triggers.
        M::up(
            r#"
CREATE TABLE device (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    id         TEXT NOT NULL CHECK (length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*'),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE history_v7 (
    id           INTEGER PRIMARY KEY,
    line_id      TEXT NOT NULL CHECK (length(line_id) = 32 AND line_id NOT GLOB '*[^0-9a-f]*'),
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    item_id      TEXT,
    field        TEXT NOT NULL,
    old          TEXT,
    new          TEXT,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    device       TEXT,
    UNIQUE (workspace_id, line_id)
) STRICT;
INSERT INTO history_v7 (id, line_id, workspace_id, item_id, field, old, new, at, by, device)
    SELECT id, lower(hex(randomblob(16))), workspace_id, item_id, field, old, new, at, by, NULL
    FROM history ORDER BY id;
DROP TABLE history;
ALTER TABLE history_v7 RENAME TO history;
CREATE INDEX history_by_item ON history(workspace_id, item_id, id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;

-- Sessions: new ones get "s-" and 16 random hex digits (made by the store); the counter
-- `number` goes. Sessions made before keep their id and their number as `legacy_number`, so
-- they keep showing the same "session 2"; the display number is derived (legacy ones first,
-- in their order, then by date, creation time and id: `discussion/rows.rs`).
ALTER TABLE discussion_session ADD COLUMN legacy_number INTEGER;
UPDATE discussion_session SET legacy_number = number;
ALTER TABLE discussion_session DROP COLUMN number;

-- Positions stay keyed by (workspace, session, item, authority); the workspace-wide `seq`
-- goes. Listing them by rowid keeps the order `seq` gave: every write took the next of both.
ALTER TABLE authority_position DROP COLUMN seq;

-- Resolutions get a global `uid` ("r-" and 16 random hex digits); the integer id stays this
-- database's order of writing. Rebuilt, as nothing refers to a resolution row.
CREATE TABLE resolution_v7 (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE CHECK (length(uid) = 18 AND uid GLOB 'r-*'),
    workspace_id  TEXT NOT NULL,
    session_id    TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    resolution    TEXT NOT NULL,
    conditions    TEXT,
    status_before TEXT NOT NULL,
    status_after  TEXT NOT NULL,
    at            TEXT NOT NULL,
    by            TEXT NOT NULL,
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;
INSERT INTO resolution_v7 (id, uid, workspace_id, session_id, item_id, resolution, conditions, status_before,
        status_after, at, by)
    SELECT id, 'r-' || lower(hex(randomblob(8))), workspace_id, session_id, item_id, resolution, conditions,
        status_before, status_after, at, by
    FROM resolution ORDER BY id;
DROP TABLE resolution;
ALTER TABLE resolution_v7 RENAME TO resolution;
CREATE INDEX resolution_by_item ON resolution(workspace_id, item_id, id);

-- Action items: keyed by a global id ("a-" and 16 random hex digits); the workspace counter
-- `number` goes. Actions made before become "a1", "a2"... with their number kept as
-- `legacy_number`, so "action 3" stays action 3.
CREATE TABLE action_item_v7 (
    workspace_id  TEXT NOT NULL,
    id            TEXT NOT NULL,
    legacy_number INTEGER,
    session_id    TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    what          TEXT NOT NULL,
    owner         TEXT NOT NULL,
    due           TEXT NOT NULL,
    at            TEXT NOT NULL,
    by            TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, session_id) REFERENCES discussion_session(workspace_id, id)
) STRICT;
INSERT INTO action_item_v7 (workspace_id, id, legacy_number, session_id, item_id, what, owner, due, at, by)
    SELECT workspace_id, 'a' || number, number, session_id, item_id, what, owner, due, at, by
    FROM action_item ORDER BY workspace_id, number;
DROP TABLE action_item;
ALTER TABLE action_item_v7 RENAME TO action_item;
"#,
        ),
        // Each workspace's replicated copy (an Automerge document, `replica.rs`) beside its
        // rows: the document as last compacted, and the incremental saves since, in order.
        // Workspaces from before get theirs built from their rows on first use.
        M::up(
            r#"
CREATE TABLE replica_document (
    workspace_id TEXT PRIMARY KEY REFERENCES workspace(id),
    document     BLOB NOT NULL
) STRICT;
CREATE TABLE replica_change (
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    seq          INTEGER NOT NULL,
    change       BLOB NOT NULL,
    PRIMARY KEY (workspace_id, seq)
) STRICT;
"#,
        ),
        // The ids of each workspace's unresolved conflicts, kept by every write of its replica,
        // so the completeness check and the draft's marking read them without the engine.
        M::up(
            r#"
CREATE TABLE replica_conflict (
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    conflict_id  TEXT NOT NULL,
    PRIMARY KEY (workspace_id, conflict_id)
) STRICT;
"#,
        ),
        // 10: files of circulated versions that came from other laptops (or were displaced
        // here by a merge or a settled conflict) and that no `circulated_version` row holds,
        // known by their SHA-256: the other side of a conflict on a label, so keeping it brings
        // it back, and so a version is never lost when another takes its label.
        M::up(
            r#"
CREATE TABLE replica_blob (
    workspace_id TEXT NOT NULL REFERENCES workspace(id),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    bytes        BLOB NOT NULL,
    PRIMARY KEY (workspace_id, sha256)
) STRICT;
"#,
        ),
        // 11: the language of a workspace's documents (English for every existing workspace),
        // and the French title and statement frozen with a selection. Items selected earlier
        // get theirs from the built-in catalog at the next open (`freeze_missing_french`),
        // which SQL alone cannot read.
        M::up(
            r#"
ALTER TABLE workspace ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'));
ALTER TABLE selection ADD COLUMN title_fr TEXT;
ALTER TABLE selection ADD COLUMN statement_fr TEXT;
"#,
        ),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations()
            .validate()
            .expect("migrations apply to an empty database");
    }

    #[test]
    fn latest_is_the_version_an_up_to_date_database_has() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(
            version,
            super::LATEST,
            "LATEST must count the migrations, or old databases go without backup"
        );
    }

    #[test]
    fn migration_6_keeps_a_version_5_database_and_refuses_a_second_copy_of_a_comment() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_version(&mut conn, 5).unwrap();
        conn.execute(
            "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by)
             VALUES ('w1', 'Lesotho', 'Lesotho', 'joint-directive', '2025-06-01T00:00:00Z', 'a')",
            [],
        )
        .unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let name: String = conn
            .query_row("SELECT name FROM workspace WHERE id = 'w1'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, "Lesotho", "the data survives");
        let insert = |id: &str, identity: &str, kind: &str| {
            conn.execute(
                "INSERT INTO review_comment (id, workspace_id, kind, author, text, anchor_text, source_file,
                     identity, imported_at, imported_by)
                 VALUES (?1, 'w1', ?3, 'Counsel', 'Say hold', 'block', 'r.docx', ?2, '2025-06-12T10:00:00Z', 'a')",
                rusqlite::params![id, identity, kind],
            )
        };
        insert("c1", "same", "comment").unwrap();
        assert!(insert("c2", "same", "comment").is_err(), "one identity per workspace");
        assert!(insert("c3", "other", "remark").is_err(), "kinds are a closed set");
        let replies: String = conn
            .query_row("SELECT replies FROM review_comment WHERE id = 'c1'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(replies, "[]");
    }

    /// The schema-6 fixture (made through the CLI by `tests/fixtures/make-schema-6.sh`), copied.
    fn schema_6_fixture() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schema-6.sqlite3");
        let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-6.db");
        std::fs::copy(fixture, &path).unwrap();
        (dir, path)
    }

    #[test]
    fn migration_7_upgrades_the_schema_6_fixture_with_a_backup_and_its_data_kept() {
        let (dir, path) = schema_6_fixture();
        let count = |conn: &rusqlite::Connection, table: &str| -> i64 {
            conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap()
        };
        let before = rusqlite::Connection::open(&path).unwrap();
        let tables = [
            "history",
            "selection",
            "discussion_session",
            "authority_position",
            "resolution",
            "action_item",
            "review_comment",
            "circulated_version",
        ];
        let counts: Vec<i64> = tables.iter().map(|t| count(&before, t)).collect();
        drop(before);
        let at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 2, 10, 0, 0).unwrap();
        let mut store = crate::Store::open(&path, at).unwrap();
        let after: Vec<i64> = tables.iter().map(|t| count(&store.conn, t)).collect();
        assert_eq!(after, counts, "every row of {tables:?} kept");
        assert!(
            counts[0] > 10 && counts[2] > 0,
            "the fixture has a history and sessions: {counts:?}"
        );
        assert!(
            dir.path().join("schema-6.sqlite3.v6-20261202T100000Z.bak").exists(),
            "the database as it was is copied beside it"
        );
        let lines: Vec<(String, Option<String>)> = store
            .conn
            .prepare("SELECT line_id, device FROM history ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let ids: std::collections::HashSet<&str> = lines.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids.len(), lines.len(), "every old line got its own id");
        assert!(lines.iter().all(|(id, device)| id.len() == 32 && device.is_none()));
        assert!(
            store.conn.execute("DELETE FROM history", []).is_err(),
            "the rebuilt history is still append-only"
        );
        assert_eq!(
            store.device().unwrap(),
            None,
            "the device is made on first use, by the core"
        );
        let device = store.ensure_device("CBL laptop", at).unwrap();
        assert_eq!((device.id.len(), device.name.as_str()), (32, "CBL laptop"));
    }

    #[test]
    fn migration_7_keeps_the_numbers_sessions_and_actions_showed_and_numbers_new_ones_after() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_version(&mut conn, 6).unwrap();
        // Session s1 was held after s2's date: its number, not the date, said which was first.
        conn.execute_batch(
            "INSERT INTO workspace (id, name, jurisdiction, template, created_at, created_by)
                 VALUES ('w1', 'Lesotho', 'Lesotho', 'joint-directive', '2025-06-01T00:00:00Z', 'a');
             INSERT INTO authority (workspace_id, code, name, kind, position) VALUES ('w1', 'LCA', 'LCA', 'telecom-regulator', 0);
             INSERT INTO selection (workspace_id, item_id, title, item_group, topic, threat, stakeholders, statement,
                     flag, sources, selected_at, selected_by)
                 VALUES ('w1', 'SIM-08', 't', 'SIM', 'x', 'sim-attacks', '[]', 's', 'verified', '[]', '2025-06-01T00:00:00Z', 'a');
             INSERT INTO discussion_session (workspace_id, id, number, date, facilitator, created_at, created_by)
                 VALUES ('w1', 's1', 1, '2025-06-10', 'F', '2025-06-01T09:00:00Z', 'a'),
                        ('w1', 's2', 2, '2025-06-05', 'F', '2025-06-01T09:01:00Z', 'a');
             INSERT INTO authority_position (workspace_id, session_id, item_id, authority, stance, at, by, seq)
                 VALUES ('w1', 's2', 'SIM-08', 'LCA', 'support', '2025-06-05T10:00:00Z', 'a', 1),
                        ('w1', 's1', 'SIM-08', 'LCA', 'oppose', '2025-06-10T10:00:00Z', 'a', 2);
             INSERT INTO resolution (workspace_id, session_id, item_id, resolution, status_before, status_after, at, by)
                 VALUES ('w1', 's1', 'SIM-08', 'agreed', 'open', 'adopt', '2025-06-10T11:00:00Z', 'a');
             INSERT INTO action_item (workspace_id, number, session_id, item_id, what, owner, due, at, by)
                 VALUES ('w1', 2, 's2', 'SIM-08', 'second', 'CBL', '2025-07-01', '2025-06-05T10:00:00Z', 'a'),
                        ('w1', 1, 's1', 'SIM-08', 'first', 'CBL', '2025-07-01', '2025-06-10T10:00:00Z', 'a');",
        )
        .unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let mut store = crate::Store { conn };
        let shown = |store: &crate::Store| -> Vec<(String, String)> {
            let sessions = store.sessions("w1").unwrap();
            sessions.iter().map(|s| (s.label(), s.id.clone())).collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            shown(&store),
            [pair("s1", "s1"), pair("s2", "s2")],
            "the same numbers as before"
        );
        let d = store.discussion("w1").unwrap();
        let actions: Vec<(u32, &str, &str)> = d
            .actions
            .iter()
            .map(|a| (a.number, a.id.as_str(), a.what.as_str()))
            .collect();
        assert_eq!(actions, [(1, "a1", "first"), (2, "a2", "second")]);
        let positions: Vec<&str> = d.positions.iter().map(|p| p.session.as_str()).collect();
        assert_eq!(positions, ["s2", "s1"], "in the order recorded, as seq had it");
        let uid: String = store
            .conn
            .query_row("SELECT uid FROM resolution", [], |r| r.get(0))
            .unwrap();
        assert!(uid.starts_with("r-") && uid.len() == 18, "{uid}");

        // A new session, even dated before both, follows them; later ones by date.
        let at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 1, 1, 9, 0, 0).unwrap();
        let draft = |day: u32| adopt_domain::SessionDraft {
            date: chrono::NaiveDate::from_ymd_opt(2025, 6, day).unwrap(),
            place: None,
            facilitator: "F".into(),
            participants: Vec::new(),
            time_box: None,
        };
        let late = store.create_session("w1", &draft(20), at, "a").unwrap();
        let early = store.create_session("w1", &draft(1), at, "a").unwrap();
        let labels: Vec<(String, String)> = shown(&store);
        assert_eq!(
            labels,
            [
                pair("s1", "s1"),
                pair("s2", "s2"),
                pair("s3", &early.id),
                pair("s4", &late.id)
            ]
        );
        assert_eq!(store.session("w1", "s3").unwrap().id, early.id, "found by its label");
    }
}
