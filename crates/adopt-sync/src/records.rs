//! Records beyond the decision: baseline answers, the discussion (sessions, positions, minute
//! notes, resolutions, action items), reviewers' comments and circulated versions.
//!
//! Each record field is one flat key of the document's root, `r/KIND/ITEM/FIELD/ID` (`ITEM` is
//! `-` for a record of the workspace; the id goes last because a version's label may hold a
//! `/`). Flat keys of the root, not a map of their own: the root exists in every copy, so a
//! laptop that writes the first record of a document made before records were replicated
//! creates nothing that another laptop could create concurrently. This crate checks only the
//! shape of a key and the length of a value: what the text means (a stance, a date, a session
//! that exists) is the store's to check when it writes the rows.

use adopt_domain::InvalidInput;

use crate::error::SyncError;
use crate::layout::item_id;

type Result<T> = std::result::Result<T, SyncError>;

/// The prefix of every record key in the root.
pub(crate) const RECORD_PREFIX: &str = "r/";
/// Longest record value, in characters: a comment with its anchor and replies.
const MAX_VALUE: usize = 1_000_000;
/// Longest record id, in characters (a version label, a session id, `SESSION.AUTHORITY`).
const MAX_ID: usize = 200;

/// What a replicated record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    /// An authority's answer on an item in the gap-analysis baseline; id: the authority code.
    Baseline,
    /// A discussion session (date, place, organisations); id: the session id.
    Session,
    /// An authority's position on an item in a session; id: `SESSION.AUTHORITY`.
    Position,
    /// The minute note on an item in a session; id: the session id.
    Note,
    /// A joint resolution on an item; id: its global id (`r-…`).
    Resolution,
    /// An action item; id: its global id (`a-…`).
    Action,
    /// A reviewer's comment or tracked change and its disposition; id: the comment id.
    Comment,
    /// A circulated version, one field (`record`, its metadata as JSON) so that two versions
    /// circulated with the same label conflict as wholes; id: the label.
    Version,
}

impl RecordKind {
    pub const ALL: [RecordKind; 8] = [
        RecordKind::Baseline,
        RecordKind::Session,
        RecordKind::Position,
        RecordKind::Note,
        RecordKind::Resolution,
        RecordKind::Action,
        RecordKind::Comment,
        RecordKind::Version,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Baseline => "baseline",
            RecordKind::Session => "session",
            RecordKind::Position => "position",
            RecordKind::Note => "note",
            RecordKind::Resolution => "resolution",
            RecordKind::Action => "action",
            RecordKind::Comment => "comment",
            RecordKind::Version => "version",
        }
    }

    pub fn from_code(code: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// One field of one record, as the document keys it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordField {
    pub kind: RecordKind,
    /// The catalog item the record is about, or none for a record of the workspace.
    pub item: Option<String>,
    /// The record's id within its kind and item.
    pub id: String,
    /// The field: lower-case letters and '_' (`stance`, `disposition`, `record`).
    pub field: String,
}

impl RecordField {
    pub fn new(kind: RecordKind, item: Option<&str>, id: &str, field: &str) -> RecordField {
        RecordField {
            kind,
            item: item.map(str::to_string),
            id: id.to_string(),
            field: field.to_string(),
        }
    }

    /// The same field with its item id in canonical form, its id and field checked.
    pub(crate) fn checked(&self) -> Result<RecordField> {
        let item = self.item.as_deref().map(item_id).transpose()?;
        let id_ok = !self.id.is_empty()
            && self.id.chars().count() <= MAX_ID
            && !self.id.chars().any(char::is_control)
            && self.id.trim() == self.id;
        if !id_ok {
            return Err(SyncError::Key {
                what: "record id",
                value: self.id.clone(),
            });
        }
        let field_ok = !self.field.is_empty()
            && self.field.len() <= 32
            && self.field.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        if !field_ok {
            return Err(SyncError::Key {
                what: "record field",
                value: self.field.clone(),
            });
        }
        Ok(RecordField {
            kind: self.kind,
            item,
            id: self.id.clone(),
            field: self.field.clone(),
        })
    }

    /// The key in the document's root.
    pub(crate) fn key(&self) -> String {
        format!(
            "{RECORD_PREFIX}{}/{}/{}/{}",
            self.kind.code(),
            self.item.as_deref().unwrap_or("-"),
            self.field,
            self.id
        )
    }

    /// Reads a root key back; `None` for a key that is not a record's.
    pub(crate) fn from_key(key: &str) -> Result<Option<RecordField>> {
        let Some(rest) = key.strip_prefix(RECORD_PREFIX) else {
            return Ok(None);
        };
        let unexpected = || SyncError::UnexpectedValue {
            key: key.to_string(),
            expected: "a record key r/KIND/ITEM/FIELD/ID",
            found: "an unknown key".to_string(),
        };
        let mut parts = rest.splitn(4, '/');
        let (Some(kind), Some(item), Some(field), Some(id)) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(unexpected());
        };
        let kind = RecordKind::from_code(kind).ok_or_else(unexpected)?;
        let item = (item != "-").then_some(item);
        RecordField::new(kind, item, id, field).checked().map(Some)
    }

    /// The field's name in a conflict id or a change list: `KIND.ID.FIELD`, or `version.LABEL`
    /// for a version (§9 of the CLI contract).
    pub fn name(&self) -> String {
        match self.kind {
            RecordKind::Version => format!("version.{}", self.id),
            kind => format!("{}.{}.{}", kind.code(), self.id, self.field),
        }
    }

    /// The conflict id of §9: `ITEM/KIND.ID.FIELD`, `-/KIND.ID.FIELD` or `-/version.LABEL`.
    pub fn conflict_id(&self) -> String {
        format!("{}/{}", self.item.as_deref().unwrap_or("-"), self.name())
    }

    /// Reads the part of a conflict id after `OWNER/` as a record field; `None` when it does
    /// not start with a record kind.
    pub(crate) fn parse_name(owner: &str, name: &str) -> Result<Option<RecordField>> {
        let Some((kind, rest)) = name.split_once('.') else {
            return Ok(None);
        };
        let Some(kind) = RecordKind::from_code(kind) else {
            return Ok(None);
        };
        let item = (owner != "-").then_some(owner);
        let (id, field) = match kind {
            RecordKind::Version => (rest, "record"),
            _ => match rest.rsplit_once('.') {
                Some(parts) => parts,
                None => return Ok(None),
            },
        };
        RecordField::new(kind, item, id, field).checked().map(Some)
    }
}

/// A record value checked before it goes in: bounded, no NUL.
pub(crate) fn record_value(value: &str) -> Result<String> {
    let len = value.chars().count();
    if len > MAX_VALUE {
        return Err(InvalidInput::TooLong {
            field: "record value",
            len,
            max: MAX_VALUE,
        }
        .into());
    }
    if value.contains('\0') {
        return Err(SyncError::Key {
            what: "record value",
            value: value.replace('\0', "\\0").chars().take(40).collect(),
        });
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_conflict_ids_read_back_to_the_same_field() {
        let fields = [
            RecordField::new(RecordKind::Position, Some("sim-08"), "s-0123456789abcdef.TR", "stance"),
            RecordField::new(RecordKind::Session, None, "s1", "place"),
            RecordField::new(RecordKind::Version, None, "0.2/final draft", "record"),
            RecordField::new(RecordKind::Baseline, Some("REG-01"), "CB", "status"),
        ];
        for field in fields {
            let checked = field.checked().unwrap();
            assert_eq!(RecordField::from_key(&checked.key()).unwrap(), Some(checked.clone()));
            let id = checked.conflict_id();
            let (owner, name) = id.split_once('/').unwrap();
            assert_eq!(
                RecordField::parse_name(owner, name).unwrap(),
                Some(checked.clone()),
                "{id}"
            );
        }
        let position = RecordField::new(RecordKind::Position, Some("SIM-08"), "s1.TR", "stance");
        assert_eq!(position.conflict_id(), "SIM-08/position.s1.TR.stance");
        let version = RecordField::new(RecordKind::Version, None, "0.2", "record");
        assert_eq!(version.conflict_id(), "-/version.0.2");
    }

    #[test]
    fn other_keys_are_not_records_and_bad_ones_are_refused() {
        assert_eq!(RecordField::from_key("layout").unwrap(), None);
        assert!(RecordField::from_key("r/colour/-/x/1").is_err());
        assert!(RecordField::from_key("r/session/-/Place/s1").is_err());
        assert!(RecordField::from_key("r/session/-/place").is_err());
        assert!(
            RecordField::new(RecordKind::Note, Some("a b"), "s1", "text")
                .checked()
                .is_err()
        );
        assert!(
            RecordField::new(RecordKind::Note, None, " s1", "text")
                .checked()
                .is_err()
        );
        assert_eq!(RecordField::parse_name("REG-01", "rationale").unwrap(), None);
        assert_eq!(RecordField::parse_name("-", "authority.TR.name").unwrap(), None);
        assert!(record_value("a\0b").is_err());
        assert!(record_value(&"x".repeat(MAX_VALUE + 1)).is_err());
    }
}
