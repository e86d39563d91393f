//! Contract §5: the open discussion (session, position, resolve, action, minutes).

use serde_json::Value;

use crate::common::{Db, item, keys};

const PALESA: &str = r"Palesa Mohapi|Lesotho Communications Authority \| Licensing|lca|Director, Licensing";
const MPHO: &str = "Mpho Ramakatsa|Central Bank of Lesotho|CBL";

impl Db {
    /// Creates a session with two participants on `date` and returns the id it printed.
    fn session(&self, ws: &str, date: &str) -> String {
        let out = self.ok(&[
            "session",
            "create",
            ws,
            "--date",
            date,
            "--facilitator",
            "Clinic facilitator",
            "--place",
            "Maseru",
            "--participant",
            PALESA,
            "--participant",
            MPHO,
        ]);
        assert!(out.ends_with('\n') && out.lines().count() == 1, "{out:?}");
        out.trim().to_string()
    }

    /// Records `authority`'s stance on `id` in the most recent session; returns what it printed.
    fn position(&self, ws: &str, id: &str, authority: &str, stance: &str, note: Option<&str>) -> String {
        let mut args = vec!["position", ws, id, "--authority", authority, "--stance", stance];
        if let Some(note) = note {
            args.extend(["--note", note]);
        }
        self.ok(&args)
    }

    /// Writes session `sid`'s minutes as `format` to `out`, dated `date` (today without one);
    /// returns what it printed.
    fn minutes(&self, ws: &str, sid: &str, format: &str, out: &std::path::Path, date: Option<&str>) -> String {
        let mut args = vec!["minutes", ws, sid, "--format", format, "--out", out.to_str().unwrap()];
        if let Some(date) = date {
            args.extend(["--date", date]);
        }
        self.ok(&args)
    }
}

/// `command` with the workspace put after its first word, as every discussion command takes it.
fn on_workspace<'a>(ws: &'a str, command: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![command[0], ws];
    args.extend_from_slice(&command[1..]);
    args
}

#[test]
fn session_create_reads_participants_with_escaped_bars_and_prints_the_id() {
    let db = Db::new();
    let ws = db.lesotho();
    assert_eq!(
        db.ok(&["session", "list", &ws]),
        "No discussion session yet. Create one with `dfs-adopt session create`.\n"
    );
    assert_eq!(db.json(&["session", "list", &ws, "--json"]), serde_json::json!([]));
    let s1_id = db.session(&ws, "2025-06-05");
    assert!(s1_id.starts_with("s-") && s1_id.len() == 18, "a global id: {s1_id}");
    let second = db.json(&[
        "session",
        "create",
        "Lesotho 2025",
        "--date",
        "2025-06-06",
        "--facilitator",
        "Clinic facilitator",
        "--json",
    ]);
    assert_eq!(second["number"], 2, "--json prints the session, numbered");
    assert_ne!(second["id"].as_str().unwrap(), s1_id);
    assert_eq!(second["participants"], serde_json::json!([]));

    let show = db.show(&ws);
    let sessions = show["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    let s1 = &sessions[0];
    for key in ["id", "date", "place", "facilitator", "participants"] {
        assert!(s1.get(key).is_some(), "a session lacks {key}: {s1}");
    }
    assert_eq!(
        (&s1["id"], &s1["number"]),
        (&Value::from(s1_id.as_str()), &Value::from(1))
    );
    assert_eq!(s1["date"], "2025-06-05");
    assert_eq!(s1["place"], "Maseru");
    assert_eq!(s1["facilitator"], "Clinic facilitator");
    assert_eq!(
        s1["participants"],
        serde_json::json!([
            {"name": "Palesa Mohapi", "organisation": "Lesotho Communications Authority | Licensing",
             "authority": "LCA", "role": "Director, Licensing"},
            {"name": "Mpho Ramakatsa", "organisation": "Central Bank of Lesotho", "authority": "CBL", "role": null},
        ]),
        "\\| is a literal bar, codes are upper-cased, a missing role is null"
    );
    assert_eq!(sessions[1]["place"], Value::Null);

    let list = db.ok(&["session", "list", &ws]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 2, "{list}");
    assert!(
        lines[0].starts_with(&format!("s1 ({s1_id})  2025-06-05  Maseru")) && lines[0].contains("2 participants"),
        "{list}"
    );
    assert!(
        lines[1].starts_with("s2 (s-") && lines[1].contains("  2025-06-06  -"),
        "{list}"
    );
    let json = db.json(&["session", "list", &ws, "--json"]);
    assert_eq!(json[0]["participants"], s1["participants"]);
    assert_eq!(json[1]["id"], second["id"]);
    let history = db.ok(&["history", &ws]);
    assert!(
        history.contains(&format!("{s1_id}: 2025-06-05, 2 participants")),
        "{history}"
    );
}

#[test]
fn discussion_commands_need_a_session_and_use_the_most_recent_one() {
    let db = Db::new();
    let ws = db.lesotho();
    let no_session = "has no discussion session yet; create one first with `dfs-adopt session create`";
    let commands: &[&[&str]] = &[
        &["position", "SIM-08", "--authority", "LCA", "--stance", "support"],
        &["resolve", "SIM-08", "--resolution", "agreed"],
        &[
            "action",
            "SIM-08",
            "--what",
            "Consult the issuers",
            "--owner",
            "CBL",
            "--due",
            "2025-06-20",
        ],
    ];
    for command in commands {
        db.refused(&ws, &on_workspace(&ws, command), 1, no_session);
    }
    let minutes = db.dir.path().join("minutes.pdf");
    db.refused(
        &ws,
        &[
            "minutes",
            &ws,
            "s1",
            "--format",
            "pdf",
            "--out",
            minutes.to_str().unwrap(),
        ],
        1,
        "no discussion session \"s1\"",
    );
    assert!(!minutes.exists(), "a refused minutes command writes no file");

    let s1_id = db.session(&ws, "2025-06-05");
    let s2_id = db.session(&ws, "2025-06-06");
    assert_eq!(
        db.position(&ws, "sim-08", "cbl", "oppose", None),
        "SIM-08: CBL oppose in session s2\n",
        "without --session, the most recent session"
    );
    assert_eq!(
        db.ok(&[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            "s1"
        ]),
        "SIM-08: LCA support in session s1\n"
    );
    let out = db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    assert!(out.starts_with("SIM-08: divergent in session s2; status open"), "{out}");
    let out = db.ok(&[
        "action",
        &ws,
        "SIM-08",
        "--what",
        "Consult the e-money issuers",
        "--owner",
        "CBL Payment Systems",
        "--due",
        "2025-06-20",
    ]);
    assert_eq!(
        out,
        "action 1 on SIM-08: Consult the e-money issuers (CBL Payment Systems, due 2025-06-20)\n"
    );
    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    let sessions: Vec<&str> = sim08["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["session"].as_str().unwrap())
        .collect();
    // By time, then (within one second) by session: the same order on every laptop,
    // whatever order the rows arrived in.
    let mut by_time: Vec<(&str, &str)> = sim08["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["at"].as_str().unwrap(), p["session"].as_str().unwrap()))
        .collect();
    by_time.sort();
    let expected: Vec<&str> = by_time.iter().map(|(_, session)| *session).collect();
    assert_eq!(sessions, expected, "positions by time, then session");
    let mut both = sessions.clone();
    both.sort();
    let mut recorded = vec![s1_id.as_str(), s2_id.as_str()];
    recorded.sort();
    assert_eq!(both, recorded, "one position in each session");
    assert_eq!(sim08["resolution"]["session"], s2_id.as_str());
    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let action = history
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["field"].as_str().unwrap().starts_with("action"))
        .unwrap_or_else(|| panic!("the action is in the history: {history}"));
    assert!(action["field"].as_str().unwrap().contains(&s2_id), "{action}");
    assert!(
        action["new"].as_str().unwrap().contains("Consult the e-money issuers"),
        "{action}"
    );
    assert_eq!(action["by"], "tester");

    db.refused(
        &ws,
        &[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            "s9",
        ],
        1,
        "no discussion session \"s9\" in this workspace",
    );
}

#[test]
fn positions_and_resolutions_show_in_the_workspace_and_set_decisions() {
    let db = Db::new();
    let ws = db.lesotho();
    db.ok(&["select", &ws, "PAY-01"]);
    let s1_id = db.session(&ws, "2025-06-05");
    let note = "Only within 24 hours.";
    db.position(&ws, "SIM-08", "LCA", "support-with-changes", Some(note));
    db.position(&ws, "SIM-08", "CBL", "needs-consultation", None);
    // A later position of the same authority in the same session replaces the earlier one.
    let out = db.position(&ws, "SIM-08", "CBL", "support", None);
    assert_eq!(out, "SIM-08: CBL support (was needs-consultation) in session s1\n");

    let out = db.ok(&["resolve", &ws, "SIM-08", "--resolution", "agreed"]);
    assert_eq!(out, "SIM-08: agreed in session s1; status adopt\n");
    db.ok(&[
        "resolve",
        &ws,
        "SIM-11",
        "--resolution",
        "agreed",
        "--status",
        "already-covered",
    ]);
    let out = db.ok(&[
        "resolve",
        &ws,
        "REG-01",
        "--resolution",
        "agreed-with-conditions",
        "--conditions",
        "Once the joint committee has met twice.",
    ]);
    assert_eq!(
        out,
        "REG-01: agreed-with-conditions in session s1; status adopt-modified\n"
    );
    let out = db.ok(&["resolve", &ws, "PAY-01", "--resolution", "divergent"]);
    assert_eq!(
        out,
        "PAY-01: divergent in session s1; status open; in the divergence register until settled\n"
    );

    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    let positions = sim08["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 2, "{positions:?}");
    for p in positions {
        for key in ["authority", "stance", "note", "at", "session"] {
            assert!(p.get(key).is_some(), "a position lacks {key}: {p}");
        }
        assert!(p["at"].as_str().unwrap().ends_with('Z'), "{p}");
        assert_eq!(p["session"], s1_id.as_str());
    }
    assert_eq!(positions[0]["authority"], "LCA");
    assert_eq!(positions[0]["stance"], "support-with-changes");
    assert_eq!(positions[0]["note"], "Only within 24 hours.");
    assert_eq!(positions[1]["authority"], "CBL");
    assert_eq!(positions[1]["stance"], "support");
    assert_eq!(positions[1]["note"], Value::Null);

    let resolution = &sim08["resolution"];
    for key in ["resolution", "conditions", "at", "session"] {
        assert!(resolution.get(key).is_some(), "a resolution lacks {key}: {resolution}");
    }
    assert_eq!(resolution["resolution"], "agreed");
    assert_eq!(resolution["conditions"], Value::Null);
    assert_eq!(resolution["session"], s1_id.as_str());
    assert_eq!(sim08["decision"]["status"], "adopt");
    assert_eq!(sim08["decision"]["updated_by"], "tester");
    assert_eq!(item(&show, "SIM-11")["decision"]["status"], "already-covered");
    let reg01 = item(&show, "REG-01");
    assert_eq!(reg01["decision"]["status"], "adopt-modified");
    assert_eq!(reg01["resolution"]["resolution"], "agreed-with-conditions");
    assert_eq!(
        reg01["resolution"]["conditions"],
        "Once the joint committee has met twice."
    );
    let pay01 = item(&show, "PAY-01");
    assert_eq!(pay01["decision"]["status"], "open");
    assert_eq!(pay01["resolution"]["resolution"], "divergent");
    assert_eq!(pay01["positions"], serde_json::json!([]));

    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let status = history
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["field"] == "status")
        .unwrap_or_else(|| panic!("the status change is in the history: {history}"));
    assert_eq!(
        (&status["old"], &status["new"]),
        (&Value::from("open"), &Value::from("adopt"))
    );
    let text = db.ok(&["workspace", "show", &ws]);
    assert!(
        text.contains("[agreed-with-conditions]") && text.contains("[divergent]"),
        "{text}"
    );
}

#[test]
fn a_divergence_is_settled_by_a_resolution_in_a_later_session() {
    let db = Db::new();
    let ws = db.lesotho();
    let s1_id = db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    let note = "Freezing wallets needs the issuers' view.";
    db.position(&ws, "SIM-08", "CBL", "needs-consultation", Some(note));
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    let show = db.show(&ws);
    assert_eq!(item(&show, "SIM-08")["decision"]["status"], "open");

    let s2_id = db.session(&ws, "2025-06-06");
    assert_eq!(db.json(&["session", "list", &ws, "--json"])[1]["id"], s2_id.as_str());
    db.position(&ws, "SIM-08", "CBL", "support", Some("The issuers agree."));
    let out = db.ok(&[
        "resolve",
        &ws,
        "SIM-08",
        "--resolution",
        "agreed-with-conditions",
        "--conditions",
        "The freeze is lifted within 48 hours.",
    ]);
    assert_eq!(
        out,
        "SIM-08: agreed-with-conditions in session s2; status adopt-modified\n"
    );
    let show = db.show(&ws);
    let sim08 = item(&show, "SIM-08");
    assert_eq!(sim08["decision"]["status"], "adopt-modified");
    assert_eq!(sim08["resolution"]["resolution"], "agreed-with-conditions");
    assert_eq!(sim08["resolution"]["session"], s2_id.as_str());
    assert_eq!(
        sim08["resolution"]["conditions"],
        "The freeze is lifted within 48 hours."
    );
    let positions: Vec<(&str, &str, &str)> = sim08["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["session"].as_str().unwrap(),
                p["authority"].as_str().unwrap(),
                p["stance"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        positions,
        [
            (s1_id.as_str(), "LCA", "support"),
            (s1_id.as_str(), "CBL", "needs-consultation"),
            (s2_id.as_str(), "CBL", "support")
        ],
        "the first session's positions stay beside the second's"
    );
    let history = db.json(&["history", &ws, "--item", "SIM-08", "--json"]);
    let resolutions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["field"].as_str().unwrap().starts_with("resolution"))
        .map(|h| h["new"].as_str().unwrap())
        .collect();
    assert_eq!(resolutions, ["divergent", "agreed-with-conditions"], "{history}");

    // The minutes of each day differ: the first records the divergence, the second the settlement.
    let dir = db.dir.path();
    for sid in ["s1", "s2"] {
        db.minutes(&ws, sid, "pdf", &dir.join(format!("{sid}.pdf")), Some("2025-06-07"));
    }
    assert_ne!(
        std::fs::read(dir.join("s1.pdf")).unwrap(),
        std::fs::read(dir.join("s2.pdf")).unwrap()
    );
}

#[test]
fn malformed_discussion_values_are_usage_errors_and_change_nothing() {
    let db = Db::new();
    let ws = db.lesotho();
    db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    let minutes = db.dir.path().join("minutes.pdf");
    let minutes_arg = minutes.to_str().unwrap();
    let session = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["session", "create", ws.as_str(), "--facilitator", "F"];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect()
    };
    let command = |extra: &[&str]| -> Vec<String> { on_workspace(&ws, extra).into_iter().map(String::from).collect() };
    let participant = "is not a participant; write NAME|ORG|CODE or NAME|ORG|CODE|ROLE";
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            command(&["position", "SIM-08", "--authority", "LCA", "--stance", "maybe"]),
            2,
            "unknown stance \"maybe\"; use one of: support, support-with-changes, oppose, needs-consultation, abstain",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "unanimous"]),
            2,
            "unknown resolution \"unanimous\"; use one of: agreed, agreed-with-conditions, divergent",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed", "--status", "maybe"]),
            2,
            "unknown status \"maybe\"",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed-with-conditions"]),
            2,
            "agreed-with-conditions needs the conditions",
        ),
        (
            command(&[
                "resolve",
                "SIM-08",
                "--resolution",
                "agreed-with-conditions",
                "--conditions",
                "   ",
            ]),
            2,
            "agreed-with-conditions needs the conditions",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "divergent", "--status", "adopt"]),
            2,
            "a divergent resolution leaves the decision open",
        ),
        (
            command(&["resolve", "SIM-08", "--resolution", "agreed", "--status", "open"]),
            2,
            "choose a status other than open",
        ),
        (
            command(&["action", "SIM-08", "--what", "W", "--owner", "O", "--due", "2025-02-30"]),
            2,
            "2025-02-30 is not a day of the calendar",
        ),
        (
            command(&["action", "SIM-08", "--what", "W", "--owner", "O", "--due", "20/06/2025"]),
            2,
            "write dates as YYYY-MM-DD",
        ),
        (
            session(&["--date", "2025-06-31"]),
            2,
            "2025-06-31 is not a day of the calendar",
        ),
        (session(&["--date", "5 June 2025"]), 2, "write dates as YYYY-MM-DD"),
        (
            session(&["--date", "2025-06-06", "--participant", "Palesa Mohapi|LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", "Palesa Mohapi||LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", "A|B|LCA|Role|Extra"]),
            2,
            participant,
        ),
        (
            // The escaped bar is part of the organisation, so only two fields remain.
            session(&["--date", "2025-06-06", "--participant", r"Palesa Mohapi|LCA \| LCA"]),
            2,
            participant,
        ),
        (
            session(&["--date", "2025-06-06", "--participant", MPHO, "--participant", "nobody"]),
            2,
            "\"nobody\" is not a participant",
        ),
        (session(&[]), 2, "--date <DATE>"),
        (
            command(&["minutes", "s1", "--format", "odt", "--out", minutes_arg]),
            2,
            "unknown format \"odt\"; use one of: docx, pdf",
        ),
        (
            command(&[
                "minutes",
                "s1",
                "--format",
                "pdf",
                "--out",
                minutes_arg,
                "--date",
                "2025-13-01",
            ]),
            2,
            "not a day of the calendar",
        ),
        // Well-formed, but refused by the data: exit 1.
        (
            session(&["--date", "2025-06-06", "--participant", "A|B|RBM"]),
            1,
            "\"RBM\" is not an authority of this workspace; use one of: LCA, CBL",
        ),
        (
            ["session", "create", &ws, "--date", "2025-06-06", "--facilitator", " "]
                .map(String::from)
                .to_vec(),
            1,
            "facilitator must not be empty",
        ),
        (
            command(&["position", "SIM-08", "--authority", "RBM", "--stance", "support"]),
            1,
            "\"RBM\" is not an authority of this workspace",
        ),
        (
            command(&["position", "PAY-01", "--authority", "LCA", "--stance", "support"]),
            1,
            "PAY-01 is not selected in this workspace",
        ),
        (
            command(&["resolve", "PAY-99", "--resolution", "agreed"]),
            1,
            "unknown recommendation \"PAY-99\"",
        ),
        (
            command(&["action", "SIM-08", "--what", " ", "--owner", "O", "--due", "2025-06-20"]),
            1,
            "action must not be empty",
        ),
        (
            command(&["minutes", "s7", "--format", "pdf", "--out", minutes_arg]),
            1,
            "no discussion session \"s7\"",
        ),
    ];
    for (args, code, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        db.refused(&ws, &args, code, needle);
    }
    assert!(!minutes.exists(), "no refused minutes command wrote a file");
    assert_eq!(
        db.json(&["session", "list", &ws, "--json"]).as_array().unwrap().len(),
        1,
        "no refused session was created"
    );
}

#[test]
fn minutes_are_written_as_docx_or_pdf_and_repeat_byte_for_byte() {
    let db = Db::new();
    let ws = db.lesotho();
    let sid = db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "LCA", "support", None);
    db.position(&ws, "SIM-08", "CBL", "oppose", None);
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    db.ok(&[
        "action",
        &ws,
        "SIM-08",
        "--what",
        "Refer to the joint committee",
        "--owner",
        "LCA Legal",
        "--due",
        "2025-07-31",
    ]);
    let dir = db.dir.path();
    let write = |name: &str, format: &str, date: Option<&str>| -> Vec<u8> {
        let out = dir.join(name);
        let printed = db.minutes(&ws, &sid, format, &out, date);
        assert!(
            printed.starts_with(&format!("wrote {}", out.display())) && printed.ends_with(" KB)\n"),
            "{printed}"
        );
        std::fs::read(&out).unwrap()
    };
    let pdf = write("a.pdf", "pdf", Some("2025-06-06"));
    assert!(pdf.starts_with(b"%PDF-"), "a PDF is written");
    assert_eq!(
        write("b.pdf", "pdf", Some("2025-06-06")),
        pdf,
        "the same session and --date give identical bytes"
    );
    assert_ne!(
        write("c.pdf", "pdf", Some("2025-06-30")),
        pdf,
        "the date is printed in the minutes"
    );
    let docx = write("a.docx", "docx", Some("2025-06-06"));
    assert!(docx.starts_with(b"PK"), "a DOCX is a zip file");
    assert_eq!(write("b.docx", "DOCX", Some("2025-06-06")), docx);
    assert!(
        write("today.pdf", "pdf", None).starts_with(b"%PDF-"),
        "--date defaults to today"
    );
    // The session id is read case-insensitively, like other ids.
    let upper = dir.join("upper.pdf");
    db.minutes(&ws, "S1", "pdf", &upper, Some("2025-06-06"));
    assert_eq!(std::fs::read(&upper).unwrap(), pdf);

    db.cannot_write(&["minutes", &ws, &sid, "--format", "pdf"], "minutes.pdf");
}

#[test]
fn anonymising_removes_participant_names_and_keeps_the_record() {
    let db = Db::new();
    let ws = db.lesotho();
    db.session(&ws, "2025-06-05");
    db.position(&ws, "SIM-08", "CBL", "oppose", Some("Not our mandate."));
    db.ok(&["resolve", &ws, "SIM-08", "--resolution", "divergent"]);
    let s2_id = db.session(&ws, "2025-06-06");
    db.ok(&[
        "resolve",
        &ws,
        "SIM-08",
        "--resolution",
        "agreed",
        "--status",
        "adopt-modified",
    ]);
    let before = db.show(&ws);
    let text = before.to_string();
    assert!(text.contains("Palesa Mohapi") && text.contains("Mpho Ramakatsa"));

    let out = db.ok(&["session", "anonymise", &ws]);
    assert!(
        out.starts_with("6 names removed: participants are now named by their organisation"),
        "{out}"
    );
    let after = db.show(&ws);
    for shown in [
        after.to_string(),
        db.ok(&["session", "list", &ws, "--json"]),
        db.ok(&["session", "list", &ws]),
        db.ok(&["workspace", "show", &ws]),
        db.ok(&["history", &ws, "--json"]),
    ] {
        for name in ["Palesa", "Mohapi", "Mpho", "Ramakatsa"] {
            assert!(!shown.contains(name), "{name} is still shown: {shown}");
        }
    }
    let sessions = after["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    for session in sessions {
        let participants = session["participants"].as_array().unwrap();
        assert_eq!(participants.len(), 2, "the participants stay, without names");
        assert_eq!(keys(&participants[0]), ["authority", "name", "organisation", "role"]);
        assert_eq!(participants[0]["name"], "Lesotho Communications Authority | Licensing");
        assert_eq!(participants[0]["authority"], "LCA");
        assert_eq!(participants[0]["role"], "Director, Licensing");
        assert_eq!(participants[1]["name"], "Central Bank of Lesotho");
    }
    let (was, now) = (item(&before, "SIM-08"), item(&after, "SIM-08"));
    assert_eq!(now["positions"], was["positions"], "positions stay");
    assert_eq!(now["resolution"], was["resolution"], "resolutions stay");
    assert_eq!(now["decision"], was["decision"], "the decision stays");
    assert_eq!(now["resolution"]["session"], s2_id.as_str());

    let printed = db.minutes(&ws, "s1", "pdf", &db.dir.path().join("minutes.pdf"), Some("2025-06-06"));
    assert!(printed.starts_with("wrote "), "anonymised minutes are still written");
}

#[test]
fn session_takes_the_id_its_start_or_the_number_shown() {
    let db = Db::new();
    let ws = db.lesotho();
    let first = db.session(&ws, "2025-06-05");
    let second = db.session(&ws, "2025-06-06");
    let position = |session: &str| {
        db.ok(&[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "support",
            "--session",
            session,
        ])
    };
    assert_eq!(position(&first), "SIM-08: LCA support in session s1\n");
    assert_eq!(position(&second[..12]), "SIM-08: LCA support in session s2\n");
    assert_eq!(position("S1"), "SIM-08: LCA support in session s1\n");
    let list = db.ok(&["session", "list", &ws]);
    assert!(list.contains(&format!("s2 ({second})")), "{list}");
    db.refused(
        &ws,
        &[
            "position",
            &ws,
            "SIM-08",
            "--authority",
            "LCA",
            "--stance",
            "oppose",
            "--session",
            "s-",
        ],
        1,
        "no discussion session \"s-\"",
    );
}
