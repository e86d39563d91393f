//! Where each replicated field sits in the document, and its value as stored and as text.
//!
//! The root holds `layout` (this layout's number), `workspace` (the id), `history` (line id →
//! line as JSON, append only) and four field maps created once, with the document:
//! `properties` (key → text), `authorities` (`CODE/name`, `CODE/kind` → text), `selection`
//! (`ITEM` → 0 when deselected, otherwise a generation each select or decide raises by one, so
//! that the write is never the no-op Automerge makes of a value equal to the current one) and
//! `decisions` (`ITEM/FIELD` → text, `ITEM/support` → list of codes). Each value is written as
//! one record, a JSON string `[v, device, by, at]` (`at` in milliseconds), so every value
//! carries who wrote it, where and when. Keys are flat inside each map, so no peer ever creates
//! a per-item object another peer could create concurrently: every field is its own key and
//! concurrent writes conflict field by field. A cleared field is written as null, not deleted,
//! so clearing against a concurrent change is a conflict too.

use adopt_domain::{
    AuthorityKind, DecisionField, DecisionStatus, Priority, ReasonCode, normalize_authority_code, parse_date,
    validate_text,
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::SyncError;
use crate::records::{RecordField, record_value};
use crate::state::{HistoryLine, Origin};

type Result<T> = std::result::Result<T, SyncError>;

/// The layout written by this version; a document with a larger number is refused.
/// 2: every value a record with its origin (1, bare values, was never stored by a release).
pub(crate) const LAYOUT: u64 = 2;
pub(crate) const KEY_LAYOUT: &str = "layout";
pub(crate) const KEY_WORKSPACE: &str = "workspace";
pub(crate) const PROPERTIES: &str = "properties";
pub(crate) const AUTHORITIES: &str = "authorities";
pub(crate) const SELECTION: &str = "selection";
pub(crate) const DECISIONS: &str = "decisions";
/// History line id → the line as JSON, appended once, never changed.
pub(crate) const HISTORY: &str = "history";
/// Not a key: the name `Target::map` gives the root, which holds the records' flat keys.
pub(crate) const ROOT_MAP: &str = "";

/// Longest rationale or national wording, in characters: the limit adopt-domain's decisions
/// apply (not exported there), so a value another laptop sends is held to the same rule.
const MAX_TEXT: usize = 100_000;
/// Longest history field name, user or device name, in characters.
const MAX_NAME: usize = 1_000;
/// Longest workspace property value, in characters.
const MAX_PROPERTY: usize = 1_000;
/// Properties a workspace cannot be without.
const REQUIRED_PROPERTIES: &[&str] = &["name", "jurisdiction", "template"];

/// A field's value as the document stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stored {
    Text(String),
    List(Vec<String>),
    /// Selected or not; stored as a generation number (see above).
    Bool(bool),
    /// A cleared field.
    Null,
}

impl Stored {
    /// The text form the history uses: lists joined with commas, cleared fields empty.
    pub(crate) fn text(&self) -> String {
        match self {
            Stored::Text(text) => text.clone(),
            Stored::List(codes) => codes.join(","),
            Stored::Bool(flag) => flag.to_string(),
            Stored::Null => String::new(),
        }
    }
}

/// A field's value as one written record: the value and where it came from. Stored as one
/// JSON string, a single scalar for the engine, so concurrent writes to a field still conflict
/// as wholes and a write costs one operation. An array `[v, device, by, at]` with `at` in
/// milliseconds since 1970, not an object with RFC 3339 times: every change holds one, and the
/// engine's load and save times grow with their bytes (half the overhead of the object form).
#[derive(Serialize, Deserialize)]
struct RecordJson(
    /// Text, a list of codes, a selection generation, or null for a cleared field.
    serde_json::Value,
    String,
    String,
    i64,
);

/// One peer's value of a field as read back, with its origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) value: Stored,
    /// The selection's generation (0 when deselected or not a selection).
    pub(crate) generation: u64,
    pub(crate) device: String,
    pub(crate) by: String,
    pub(crate) at: DateTime<Utc>,
}

impl Record {
    /// The JSON text written for `value`; a selection writes `generation` in place of `true`.
    pub(crate) fn encode(value: &Stored, generation: u64, origin: &Origin) -> String {
        let v = match value {
            Stored::Text(text) => serde_json::Value::from(text.as_str()),
            Stored::List(codes) => serde_json::Value::from(codes.clone()),
            Stored::Bool(true) => serde_json::Value::from(generation.max(1)),
            Stored::Bool(false) => serde_json::Value::from(0_u64),
            Stored::Null => serde_json::Value::Null,
        };
        let record = RecordJson(
            v,
            origin.device.clone(),
            origin.by.clone(),
            origin.at.timestamp_millis(),
        );
        // Serialising strings, numbers and a time cannot fail; an empty record would be refused
        // on reading rather than panic here.
        serde_json::to_string(&record).unwrap_or_default()
    }

    /// Reads a record written by any peer; anything else is refused, never a panic.
    pub(crate) fn decode(key: &str, text: &str) -> Result<Record> {
        let unexpected = |found: String| SyncError::UnexpectedValue {
            key: key.to_string(),
            expected: "a field record [v, device, by, at]",
            found,
        };
        let record: RecordJson = serde_json::from_str(text).map_err(|e| unexpected(e.to_string()))?;
        let RecordJson(v, device, by, millis) = record;
        let at = DateTime::<Utc>::from_timestamp_millis(millis).ok_or_else(|| unexpected(millis.to_string()))?;
        let (value, generation) = match v {
            serde_json::Value::String(text) => (Stored::Text(text), 0),
            serde_json::Value::Null => (Stored::Null, 0),
            serde_json::Value::Number(number) => {
                let generation = number.as_u64().ok_or_else(|| unexpected(number.to_string()))?;
                (Stored::Bool(generation > 0), generation)
            }
            serde_json::Value::Array(codes) => {
                let codes = codes
                    .into_iter()
                    .map(|code| match code {
                        serde_json::Value::String(code) => Ok(code),
                        other => Err(unexpected(format!("{other} in a list of codes"))),
                    })
                    .collect::<Result<Vec<_>>>()?;
                (Stored::List(codes), 0)
            }
            other => return Err(unexpected(other.to_string())),
        };
        Ok(Record {
            value,
            generation,
            device,
            by,
            at,
        })
    }
}

/// One replicated field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Property(String),
    AuthorityName(String),
    AuthorityKind(String),
    Selected(String),
    Decision(String, DecisionField),
    /// A field of a record beyond the decision (`records.rs`), a flat key of the root.
    Record(RecordField),
}

impl Target {
    /// The map of the root that holds this field.
    pub(crate) fn map(&self) -> &'static str {
        match self {
            Target::Property(_) => PROPERTIES,
            Target::AuthorityName(_) | Target::AuthorityKind(_) => AUTHORITIES,
            Target::Selected(_) => SELECTION,
            Target::Decision(..) => DECISIONS,
            Target::Record(_) => ROOT_MAP,
        }
    }

    /// The key inside that map.
    pub(crate) fn key(&self) -> String {
        match self {
            Target::Property(key) => key.clone(),
            Target::AuthorityName(code) => format!("{code}/name"),
            Target::AuthorityKind(code) => format!("{code}/kind"),
            Target::Selected(item) => item.clone(),
            Target::Decision(item, field) => format!("{item}/{}", field.code()),
            Target::Record(field) => field.key(),
        }
    }

    /// Reads a key of `map` back into the field it holds.
    pub(crate) fn from_key(map: &str, key: &str) -> Result<Target> {
        let unexpected = || SyncError::UnexpectedValue {
            key: format!("{map}/{key}"),
            expected: "a known field",
            found: "an unknown key".to_string(),
        };
        match map {
            ROOT_MAP => RecordField::from_key(key)?.map(Target::Record).ok_or_else(unexpected),
            PROPERTIES => Ok(Target::Property(key.to_string())),
            AUTHORITIES => match key.rsplit_once('/') {
                Some((code, "name")) => Ok(Target::AuthorityName(code.to_string())),
                Some((code, "kind")) => Ok(Target::AuthorityKind(code.to_string())),
                _ => Err(unexpected()),
            },
            SELECTION => Ok(Target::Selected(key.to_string())),
            DECISIONS => {
                let (item, field) = key.rsplit_once('/').ok_or_else(unexpected)?;
                let field = field.parse::<DecisionField>().map_err(|_| unexpected())?;
                Ok(Target::Decision(item.to_string(), field))
            }
            _ => Err(unexpected()),
        }
    }

    /// The conflict id of §9: `ITEM/FIELD`, or `-/FIELD` for the workspace.
    pub(crate) fn conflict_id(&self) -> String {
        match self {
            Target::Property(key) => format!("-/{key}"),
            Target::AuthorityName(code) => format!("-/authority.{code}.name"),
            Target::AuthorityKind(code) => format!("-/authority.{code}.kind"),
            Target::Selected(item) => format!("{item}/selected"),
            Target::Decision(item, field) => format!("{item}/{}", field.code()),
            Target::Record(field) => field.conflict_id(),
        }
    }

    /// Reads a conflict id as typed by a person (item ids and codes in any case).
    pub(crate) fn parse_conflict_id(id: &str) -> Result<Target> {
        let wrong = || SyncError::ConflictId(id.to_string());
        let (owner, field) = id.trim().split_once('/').ok_or_else(wrong)?;
        if let Some(record) = RecordField::parse_name(owner, field).map_err(|_| wrong())? {
            return Ok(Target::Record(record));
        }
        if owner == "-" {
            if let Some(rest) = field.strip_prefix("authority.") {
                let (code, part) = rest.rsplit_once('.').ok_or_else(wrong)?;
                let code = normalize_authority_code(code)?;
                return match part {
                    "name" => Ok(Target::AuthorityName(code)),
                    "kind" => Ok(Target::AuthorityKind(code)),
                    _ => Err(wrong()),
                };
            }
            return property_key(field).map(Target::Property).map_err(|_| wrong());
        }
        let item = item_id(owner).map_err(|_| wrong())?;
        if field == "selected" {
            return Ok(Target::Selected(item));
        }
        let field = field.parse::<DecisionField>().map_err(|_| wrong())?;
        Ok(Target::Decision(item, field))
    }

    /// Checks `text` as this field's text form and gives the value to store; an empty text
    /// clears the field where the field may be empty.
    pub(crate) fn parse_text(&self, text: &str) -> Result<Stored> {
        let text = text.trim();
        let optional = |value: Result<Stored>| if text.is_empty() { Ok(Stored::Null) } else { value };
        match self {
            Target::Property(key) => {
                if text.is_empty() && !REQUIRED_PROPERTIES.contains(&key.as_str()) {
                    Ok(Stored::Null)
                } else {
                    Ok(Stored::Text(validate_text("workspace property", text, MAX_PROPERTY)?))
                }
            }
            Target::AuthorityName(_) => Ok(Stored::Text(validate_text("authority name", text, MAX_PROPERTY)?)),
            Target::AuthorityKind(_) => Ok(Stored::Text(text.parse::<AuthorityKind>()?.code().into())),
            Target::Record(_) if text.is_empty() => Ok(Stored::Null),
            Target::Record(_) => Ok(Stored::Text(record_value(text)?)),
            Target::Selected(_) => match text {
                "true" => Ok(Stored::Bool(true)),
                "false" => Ok(Stored::Bool(false)),
                _ => Err(adopt_domain::InvalidInput::UnknownValue {
                    what: "selected",
                    value: text.to_string(),
                    allowed: "true, false".to_string(),
                }
                .into()),
            },
            Target::Decision(_, field) => match field {
                DecisionField::Status => Ok(Stored::Text(text.parse::<DecisionStatus>()?.code().into())),
                DecisionField::Reason => optional(
                    text.parse::<ReasonCode>()
                        .map(|v| Stored::Text(v.code().into()))
                        .map_err(Into::into),
                ),
                DecisionField::Priority => optional(
                    text.parse::<Priority>()
                        .map(|v| Stored::Text(v.code().into()))
                        .map_err(Into::into),
                ),
                DecisionField::Rationale => optional(decision_text("rationale", text)),
                DecisionField::Wording => optional(decision_text("national wording", text)),
                DecisionField::Lead => optional(normalize_authority_code(text).map(Stored::Text).map_err(Into::into)),
                DecisionField::Support => support(text.split(',').filter(|c| !c.trim().is_empty())),
                DecisionField::Due => optional(
                    parse_date(text)
                        .map(|d| Stored::Text(d.format("%Y-%m-%d").to_string()))
                        .map_err(Into::into),
                ),
            },
        }
    }
}

/// A rationale or national wording, checked as the store checks it.
pub(crate) fn decision_text(what: &'static str, text: &str) -> Result<Stored> {
    Ok(Stored::Text(validate_text(what, text, MAX_TEXT)?))
}

/// Supporting authorities: codes normalised, each once, in the order given; none clears.
pub(crate) fn support<'a>(codes: impl IntoIterator<Item = &'a str>) -> Result<Stored> {
    let mut list: Vec<String> = Vec::new();
    for code in codes {
        let code = normalize_authority_code(code)?;
        if !list.contains(&code) {
            list.push(code);
        }
    }
    Ok(if list.is_empty() {
        Stored::Null
    } else {
        Stored::List(list)
    })
}

/// A history line checked before it goes in: a 32-hex id (kept in lower case), bounded texts.
pub(crate) fn history_line(line: &HistoryLine) -> Result<HistoryLine> {
    if line.id.len() != 32 || !line.id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(SyncError::Key {
            what: "history line id",
            value: line.id.clone(),
        });
    }
    let bounded = |field: &'static str, text: &str, max: usize| -> Result<()> {
        let len = text.chars().count();
        if len > max {
            return Err(adopt_domain::InvalidInput::TooLong { field, len, max }.into());
        }
        Ok(())
    };
    bounded("history field", &line.field, MAX_NAME)?;
    bounded("history author", &line.by, MAX_NAME)?;
    bounded("device name", line.device.as_deref().unwrap_or(""), MAX_NAME)?;
    for value in [&line.old, &line.new].into_iter().flatten() {
        bounded("history value", value, MAX_TEXT)?;
    }
    let item = line.item.as_deref().map(item_id).transpose()?;
    Ok(HistoryLine {
        id: line.id.to_ascii_lowercase(),
        item,
        ..line.clone()
    })
}

/// A catalog item id as a key: upper case, letters, digits and '-' (`SIM-08`).
pub(crate) fn item_id(item: &str) -> Result<String> {
    let item = item.trim().to_ascii_uppercase();
    let valid = !item.is_empty() && item.len() <= 32 && item.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if valid {
        Ok(item)
    } else {
        Err(SyncError::Key {
            what: "item id",
            value: item,
        })
    }
}

/// A workspace property key: lower case letters, digits and '_' (`doc_version`).
pub(crate) fn property_key(key: &str) -> Result<String> {
    let valid = !key.is_empty()
        && key.len() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if valid {
        Ok(key.to_string())
    } else {
        Err(SyncError::Key {
            what: "property",
            value: key.to_string(),
        })
    }
}

/// A workspace id: what `workspace create` prints, letters, digits, '-' and '_'.
pub(crate) fn workspace_id(id: &str) -> Result<String> {
    let valid =
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if valid {
        Ok(id.to_string())
    } else {
        Err(SyncError::Key {
            what: "workspace id",
            value: id.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_ids_read_back_to_the_same_field() {
        let targets = [
            Target::Property("doc_version".into()),
            Target::AuthorityName("TR".into()),
            Target::AuthorityKind("CB-2".into()),
            Target::Selected("REG-01".into()),
            Target::Decision("SIM-08".into(), DecisionField::Support),
        ];
        for target in targets {
            assert_eq!(Target::parse_conflict_id(&target.conflict_id()).unwrap(), target);
            assert_eq!(Target::from_key(target.map(), &target.key()).unwrap(), target);
        }
        assert_eq!(
            Target::parse_conflict_id("reg-01/Rationale").unwrap(),
            Target::Decision("REG-01".into(), DecisionField::Rationale)
        );
    }

    #[test]
    fn malformed_conflict_ids_are_refused() {
        for id in [
            "",
            "REG-01",
            "REG-01/colour",
            "-/Name",
            "-/authority.TR",
            "a b/status",
            "-/authority.TR.size",
        ] {
            assert!(
                matches!(Target::parse_conflict_id(id), Err(SyncError::ConflictId(_))),
                "{id}"
            );
        }
    }

    #[test]
    fn text_forms_are_checked_like_the_field() {
        let due = Target::Decision("REG-01".into(), DecisionField::Due);
        assert_eq!(due.parse_text("2027-01-31").unwrap(), Stored::Text("2027-01-31".into()));
        assert!(due.parse_text("2027-02-30").is_err());
        assert_eq!(due.parse_text("").unwrap(), Stored::Null);
        let status = Target::Decision("REG-01".into(), DecisionField::Status);
        assert!(status.parse_text("").is_err(), "a status cannot be cleared");
        assert_eq!(status.parse_text("Adopt").unwrap(), Stored::Text("adopt".into()));
        let support = Target::Decision("REG-01".into(), DecisionField::Support);
        assert_eq!(support.parse_text("tr, cb,TR").unwrap().text(), "TR,CB");
        assert!(Target::Property("name".into()).parse_text(" ").is_err());
        assert_eq!(Target::Property("event".into()).parse_text("").unwrap(), Stored::Null);
        assert!(Target::Selected("REG-01".into()).parse_text("yes").is_err());
    }
}
