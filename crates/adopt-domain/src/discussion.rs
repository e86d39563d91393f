//! The open discussion of a clinic: sessions with their participants and agenda, each
//! authority's position on an item, the joint resolution, minute notes and action items.
//!
//! Every record belongs to a session; a workspace may hold several (two half-days, a follow-up).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::authority::{Authority, known_authority};
use crate::error::{InvalidInput, Result};
use crate::text::{optional_text, validate_text};
use crate::values::{DecisionStatus, Resolution, Stance};

/// The longest note, condition or action text accepted, in characters.
pub const MAX_NOTE: usize = 20_000;

/// Someone at the table, speaking for one of the workspace's authorities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Participant {
    /// The person's name; replaced by the organisation when personal data is removed.
    pub name: String,
    pub organisation: String,
    /// Code of the authority the participant speaks for.
    pub authority: String,
    pub role: Option<String>,
}

/// What creating (or editing) a session needs; checked by [`SessionDraft::validate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDraft {
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Where it is held, or "Online".
    pub place: Option<String>,
    pub facilitator: String,
    pub participants: Vec<Participant>,
    /// The time box of the whole session, in minutes.
    pub time_box: Option<u32>,
}

/// The longest time box accepted, in minutes (a long clinic day).
pub const MAX_TIME_BOX: u32 = 24 * 60;

impl SessionDraft {
    /// Trims the texts, upper-cases authority codes and checks each participant speaks for an
    /// authority of the workspace.
    pub fn validate(mut self, authorities: &[Authority]) -> Result<Self> {
        self.facilitator = validate_text("facilitator", &self.facilitator, 200)?;
        self.place = optional_text("place", self.place, 300)?;
        check_time_box(self.time_box)?;
        for p in &mut self.participants {
            p.name = validate_text("participant name", &p.name, 200)?;
            p.organisation = validate_text("participant organisation", &p.organisation, 300)?;
            p.authority = known_authority(&p.authority, authorities)?;
            p.role = optional_text("participant role", p.role.take(), 200)?;
        }
        Ok(self)
    }
}

/// One item on a session's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaEntry {
    pub item: String,
    /// Minutes set aside for the item.
    pub time_box: Option<u32>,
    /// Why the item was parked for later; `null` while it is not parked.
    pub parked: Option<String>,
}

/// A discussion session of a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Session {
    /// Unique everywhere: "s-" and 16 random hex digits; sessions made before ids were
    /// global keep their "s1", "s2"...
    pub id: String,
    /// The display number ("session 2"), derived, never stored as a counter: sessions made
    /// before ids were global keep theirs, later ones follow by date, creation time and id.
    #[serde(default)]
    pub number: u32,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub place: Option<String>,
    pub facilitator: String,
    pub participants: Vec<Participant>,
    pub time_box: Option<u32>,
    /// The selected items to discuss, in order.
    pub agenda: Vec<AgendaEntry>,
    /// The item the facilitator has on screen, and since when (the room view follows it).
    pub current_item: Option<String>,
    pub current_since: Option<DateTime<Utc>>,
    /// Whether names were replaced by organisations.
    pub anonymised: bool,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
}

/// An authority's stance on an item in a session. A later position of the same authority in
/// the same session replaces it; the history keeps the earlier one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Position {
    pub item: String,
    pub authority: String,
    pub stance: Stance,
    pub note: Option<String>,
    pub session: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// What the facilitator records as an authority's position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PositionInput {
    pub authority: String,
    pub stance: Stance,
    pub note: Option<String>,
}

impl PositionInput {
    pub fn validate(mut self, authorities: &[Authority]) -> Result<Self> {
        self.authority = known_authority(&self.authority, authorities)?;
        self.note = optional_text("position note", self.note, MAX_NOTE)?;
        Ok(self)
    }
}

/// The joint outcome on an item. Every resolution is kept: the latest is the item's current
/// one, and an earlier `divergent` one puts the item in the divergence register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ItemResolution {
    pub item: String,
    pub resolution: Resolution,
    pub conditions: Option<String>,
    /// The decision status before and after this resolution set it (undo puts `before` back).
    pub status_before: DecisionStatus,
    pub status_after: DecisionStatus,
    pub session: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// What `resolve` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResolutionInput {
    pub resolution: Resolution,
    pub conditions: Option<String>,
    /// The decision status an agreement sets, instead of the resolution's default.
    pub status: Option<DecisionStatus>,
}

impl ResolutionInput {
    /// Checks the input and returns it with the decision status it sets (contract §5):
    /// `agreed` → `adopt` unless told otherwise, `agreed-with-conditions` → `adopt-modified`
    /// unless told otherwise (and conditions are required), `divergent` → `open`.
    pub fn validate(mut self) -> Result<(Self, DecisionStatus)> {
        self.conditions = optional_text("conditions", self.conditions, MAX_NOTE)?;
        let status = match self.resolution {
            Resolution::Agreed => self.status.unwrap_or(DecisionStatus::Adopt),
            Resolution::AgreedWithConditions => {
                if self.conditions.is_none() {
                    return Err(InvalidInput::ConditionsMissing);
                }
                self.status.unwrap_or(DecisionStatus::AdoptModified)
            }
            Resolution::Divergent => match self.status {
                None | Some(DecisionStatus::Open) => DecisionStatus::Open,
                Some(_) => return Err(InvalidInput::DivergentWithStatus),
            },
        };
        if self.resolution != Resolution::Divergent && status == DecisionStatus::Open {
            return Err(InvalidInput::AgreedButOpen);
        }
        Ok((self, status))
    }
}

/// Something to be done after the discussion: what, by whom, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionItem {
    /// Unique everywhere (used to remove it again): "a-" and 16 random hex digits; actions
    /// made before ids were global are "a1", "a2"... (a number in older files).
    #[serde(deserialize_with = "action_id")]
    pub id: String,
    /// The display number ("action 3"), derived like a session's: actions made before ids
    /// were global keep theirs, later ones follow by creation time and id.
    #[serde(default)]
    pub number: u32,
    pub item: String,
    pub what: String,
    pub owner: String,
    #[ts(type = "string")]
    pub due: NaiveDate,
    pub session: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// What `action` records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    pub what: String,
    pub owner: String,
    #[ts(type = "string")]
    pub due: NaiveDate,
}

impl ActionInput {
    pub fn validate(mut self) -> Result<Self> {
        self.what = validate_text("action", &self.what, MAX_NOTE)?;
        self.owner = validate_text("action owner", &self.owner, 300)?;
        Ok(self)
    }
}

/// The facilitator's note on an item in a session; the minutes are made from these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinuteNote {
    pub item: String,
    pub session: String,
    pub note: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// An action's id as files write it: text, or the number older files gave it.
fn action_id<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Number(u32),
        Text(String),
    }
    Ok(match Id::deserialize(d)? {
        Id::Number(n) => format!("a{n}"),
        Id::Text(text) => text,
    })
}

/// Everything the open discussion of a workspace recorded, in the order it was recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(from = "DiscussionFile")]
pub struct Discussion {
    pub sessions: Vec<Session>,
    pub positions: Vec<Position>,
    /// Every resolution, oldest first.
    pub resolutions: Vec<ItemResolution>,
    pub actions: Vec<ActionItem>,
    pub notes: Vec<MinuteNote>,
}

/// A discussion as a file holds it. Files written before display numbers were derived have
/// none: their sessions and actions come in number order, so the position gives it back.
#[derive(Deserialize)]
struct DiscussionFile {
    #[serde(default)]
    sessions: Vec<Session>,
    #[serde(default)]
    positions: Vec<Position>,
    #[serde(default)]
    resolutions: Vec<ItemResolution>,
    #[serde(default)]
    actions: Vec<ActionItem>,
    #[serde(default)]
    notes: Vec<MinuteNote>,
}

impl From<DiscussionFile> for Discussion {
    fn from(mut f: DiscussionFile) -> Discussion {
        for (n, s) in (1..).zip(&mut f.sessions) {
            if s.number == 0 {
                s.number = n;
            }
        }
        for (n, a) in (1..).zip(&mut f.actions) {
            if a.number == 0 {
                a.number = legacy_number(&a.id, 'a').unwrap_or(n);
            }
        }
        Discussion {
            sessions: f.sessions,
            positions: f.positions,
            resolutions: f.resolutions,
            actions: f.actions,
            notes: f.notes,
        }
    }
}

/// The number in an id made before ids were global ("s2" → 2, "a3" → 3); `None` for a
/// global id ("s-…").
pub fn legacy_number(id: &str, prefix: char) -> Option<u32> {
    let digits = id.strip_prefix(prefix)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Session {
    /// How the session is shown: "s2" (what its id was when ids were counters).
    pub fn label(&self) -> String {
        format!("s{}", self.number)
    }
}

/// An item on which the authorities diverged, and how it stands now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Divergence {
    pub item: String,
    /// The first divergent resolution.
    pub raised: ItemResolution,
    /// The later agreement that settled it; `null` while it is still open.
    pub settled: Option<ItemResolution>,
}

impl Discussion {
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id.eq_ignore_ascii_case(id))
    }

    /// How a session is shown ("s2"), by its id; the id itself if the session is unknown.
    pub fn session_label(&self, id: &str) -> String {
        self.session(id).map_or_else(|| id.to_string(), Session::label)
    }

    /// The item's current resolution: its latest.
    pub fn resolution(&self, item: &str) -> Option<&ItemResolution> {
        self.resolutions.iter().rev().find(|r| r.item == item)
    }

    pub fn positions_on<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a Position> + 'a {
        self.positions.iter().filter(move |p| p.item == item)
    }

    /// Items whose authorities diverged at some point, in the order the divergence arose.
    pub fn divergences(&self) -> Vec<Divergence> {
        let mut out: Vec<Divergence> = Vec::new();
        for r in &self.resolutions {
            if r.resolution == Resolution::Divergent && !out.iter().any(|d| d.item == r.item) {
                out.push(Divergence {
                    item: r.item.clone(),
                    raised: r.clone(),
                    settled: None,
                });
            }
        }
        for d in &mut out {
            d.settled = self
                .resolution(&d.item)
                .filter(|latest| latest.resolution != Resolution::Divergent)
                .cloned();
        }
        out
    }

    /// Items discussed in a session: its agenda first, then anything else recorded in it.
    pub fn items_of_session(&self, session: &str) -> Vec<String> {
        let mut items: Vec<String> = self
            .session(session)
            .map(|s| s.agenda.iter().map(|a| a.item.clone()).collect())
            .unwrap_or_default();
        let recorded = self
            .positions
            .iter()
            .filter(|p| p.session == session)
            .map(|p| &p.item)
            .chain(
                self.resolutions
                    .iter()
                    .filter(|r| r.session == session)
                    .map(|r| &r.item),
            )
            .chain(self.actions.iter().filter(|a| a.session == session).map(|a| &a.item))
            .chain(self.notes.iter().filter(|n| n.session == session).map(|n| &n.item));
        for item in recorded {
            if !items.contains(item) {
                items.push(item.clone());
            }
        }
        items
    }
}

fn check_time_box(minutes: Option<u32>) -> Result<()> {
    match minutes {
        Some(m) if m == 0 || m > MAX_TIME_BOX => Err(InvalidInput::TimeBox(m)),
        _ => Ok(()),
    }
}

/// Checks a per-item time box (minutes).
pub fn validate_time_box(minutes: Option<u32>) -> Result<Option<u32>> {
    check_time_box(minutes).map(|()| minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authorities() -> Vec<Authority> {
        crate::authority::test_authorities(&["LCA", "CBL"])
    }

    fn input(resolution: Resolution, conditions: Option<&str>, status: Option<DecisionStatus>) -> ResolutionInput {
        ResolutionInput {
            resolution,
            conditions: conditions.map(str::to_string),
            status,
        }
    }

    #[test]
    fn each_resolution_sets_the_status_the_contract_names() {
        let status = |i: ResolutionInput| i.validate().map(|(_, s)| s);
        assert_eq!(status(input(Resolution::Agreed, None, None)), Ok(DecisionStatus::Adopt));
        assert_eq!(
            status(input(Resolution::Agreed, None, Some(DecisionStatus::AlreadyCovered))),
            Ok(DecisionStatus::AlreadyCovered)
        );
        assert_eq!(
            status(input(Resolution::AgreedWithConditions, Some("by 2027"), None)),
            Ok(DecisionStatus::AdoptModified)
        );
        assert_eq!(
            status(input(
                Resolution::AgreedWithConditions,
                Some("phased"),
                Some(DecisionStatus::Deferred)
            )),
            Ok(DecisionStatus::Deferred)
        );
        assert_eq!(
            status(input(Resolution::Divergent, None, None)),
            Ok(DecisionStatus::Open)
        );
    }

    #[test]
    fn contradictory_resolutions_are_refused() {
        assert_eq!(
            input(Resolution::AgreedWithConditions, Some("  "), None).validate(),
            Err(InvalidInput::ConditionsMissing)
        );
        assert_eq!(
            input(Resolution::Divergent, None, Some(DecisionStatus::Adopt)).validate(),
            Err(InvalidInput::DivergentWithStatus)
        );
        assert_eq!(
            input(Resolution::Agreed, None, Some(DecisionStatus::Open)).validate(),
            Err(InvalidInput::AgreedButOpen)
        );
    }

    #[test]
    fn a_session_speaks_only_for_the_workspace_authorities() {
        let draft = SessionDraft {
            date: NaiveDate::from_ymd_opt(2025, 6, 5).unwrap(),
            place: Some("  ".into()),
            facilitator: " Facilitator ".into(),
            participants: vec![Participant {
                name: "A".into(),
                organisation: "Org".into(),
                authority: "lca".into(),
                role: None,
            }],
            time_box: Some(90),
        };
        let ok = draft.clone().validate(&authorities()).unwrap();
        assert_eq!(ok.place, None, "an empty place is no place");
        assert_eq!(ok.participants[0].authority, "LCA");
        let mut stranger = draft.clone();
        stranger.participants[0].authority = "RBM".into();
        assert!(matches!(
            stranger.validate(&authorities()),
            Err(InvalidInput::UnknownAuthority(..))
        ));
        let mut endless = draft;
        endless.time_box = Some(0);
        assert_eq!(endless.validate(&authorities()), Err(InvalidInput::TimeBox(0)));
    }

    fn resolution(item: &str, resolution: Resolution, minute: u32) -> ItemResolution {
        ItemResolution {
            item: item.into(),
            resolution,
            conditions: None,
            status_before: DecisionStatus::Open,
            status_after: DecisionStatus::Open,
            session: "s1".into(),
            at: DateTime::from_timestamp(i64::from(minute) * 60, 0).unwrap(),
            by: "f".into(),
        }
    }

    #[test]
    fn a_divergence_stays_in_the_register_and_shows_its_settlement() {
        let discussion = Discussion {
            resolutions: vec![
                resolution("SIM-08", Resolution::Divergent, 1),
                resolution("PAY-01", Resolution::Agreed, 2),
                resolution("APP-01", Resolution::Divergent, 3),
                resolution("SIM-08", Resolution::Divergent, 4),
                resolution("SIM-08", Resolution::AgreedWithConditions, 5),
            ],
            ..Discussion::default()
        };
        let register = discussion.divergences();
        let items: Vec<&str> = register.iter().map(|d| d.item.as_str()).collect();
        assert_eq!(items, ["SIM-08", "APP-01"], "agreed items are not in the register");
        assert_eq!(register[0].raised.at.timestamp(), 60, "raised when it first diverged");
        assert_eq!(
            register[0].settled.as_ref().map(|r| r.resolution),
            Some(Resolution::AgreedWithConditions)
        );
        assert_eq!(register[1].settled, None, "APP-01 is still open");
    }

    #[test]
    fn a_file_from_before_global_ids_reads_with_its_session_and_action_numbers() {
        let session = |id: &str, date: &str| {
            serde_json::json!({"id": id, "date": date, "place": null, "facilitator": "F", "participants": [],
                "time_box": null, "agenda": [], "current_item": null, "current_since": null, "anonymised": false,
                "created_at": "2025-06-01T09:00:00Z", "created_by": "a"})
        };
        let action = |id: u32, what: &str| {
            serde_json::json!({"id": id, "item": "SIM-08", "what": what, "owner": "CBL", "due": "2025-07-01",
                "session": "s1", "at": "2025-06-05T10:00:00Z", "by": "a"})
        };
        let old = serde_json::json!({
            "sessions": [session("s1", "2025-06-10"), session("s2", "2025-06-05")],
            "positions": [], "resolutions": [], "notes": [],
            "actions": [action(2, "second"), action(5, "fifth")],
        });
        let d: Discussion = serde_json::from_value(old).unwrap();
        let sessions: Vec<(&str, u32, String)> = d
            .sessions
            .iter()
            .map(|s| (s.id.as_str(), s.number, s.label()))
            .collect();
        assert_eq!(
            sessions,
            [("s1", 1, "s1".into()), ("s2", 2, "s2".into())],
            "file order was number order"
        );
        let actions: Vec<(&str, u32)> = d.actions.iter().map(|a| (a.id.as_str(), a.number)).collect();
        assert_eq!(actions, [("a2", 2), ("a5", 5)], "an old numeric id keeps its number");
        assert_eq!(d.session_label("s2"), "s2");
        let again: Discussion = serde_json::from_value(serde_json::to_value(&d).unwrap()).unwrap();
        assert_eq!(again, d, "written and read back unchanged");
    }
}
