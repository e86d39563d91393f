use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::authority::{Authority, known_authority};
use crate::error::{InvalidInput, Result};
use crate::text::validate_text;
use crate::values::{DecisionStatus, Priority, ReasonCode};

/// The longest rationale or national wording accepted, in characters.
pub const MAX_TEXT: usize = 100_000;

/// What a workspace decided about one selected recommendation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub status: DecisionStatus,
    pub reason: Option<ReasonCode>,
    pub rationale: Option<String>,
    /// The national wording that replaces the catalog statement (for `adopt-modified`).
    pub wording: Option<String>,
    /// Code of the lead authority.
    pub lead: Option<String>,
    /// Codes of the supporting authorities.
    pub support: Vec<String>,
    pub priority: Option<Priority>,
    /// Target date for implementation.
    #[ts(type = "string | null")]
    pub due: Option<NaiveDate>,
    /// Counts the changes; a change based on an older revision is refused.
    pub revision: u32,
    pub updated_at: Option<DateTime<Utc>>,
    pub updated_by: Option<String>,
}

/// A field of a decision, as named by `--clear` and in the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DecisionField {
    Status,
    Reason,
    Rationale,
    Wording,
    Lead,
    Support,
    Priority,
    Due,
}

impl DecisionField {
    pub const ALL: &'static [DecisionField] = &[
        Self::Status,
        Self::Reason,
        Self::Rationale,
        Self::Wording,
        Self::Lead,
        Self::Support,
        Self::Priority,
        Self::Due,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::Reason => "reason",
            Self::Rationale => "rationale",
            Self::Wording => "wording",
            Self::Lead => "lead",
            Self::Support => "support",
            Self::Priority => "priority",
            Self::Due => "due",
        }
    }
}

impl fmt::Display for DecisionField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for DecisionField {
    type Err = InvalidInput;
    fn from_str(input: &str) -> Result<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.code().eq_ignore_ascii_case(input.trim()))
            .ok_or_else(|| InvalidInput::UnknownValue {
                what: "field",
                value: input.to_string(),
                allowed: Self::ALL.iter().map(|f| f.code()).collect::<Vec<_>>().join(", "),
            })
    }
}

/// A change to some fields of a decision: unset fields stay as they are; `clear` empties fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionPatch {
    pub status: Option<DecisionStatus>,
    pub reason: Option<ReasonCode>,
    pub rationale: Option<String>,
    pub wording: Option<String>,
    pub lead: Option<String>,
    /// Replaces the whole list of supporting authorities.
    pub support: Option<Vec<String>>,
    pub priority: Option<Priority>,
    #[ts(type = "string | null")]
    pub due: Option<NaiveDate>,
    pub clear: Vec<DecisionField>,
}

/// One field's change, as recorded in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: DecisionField,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl DecisionPatch {
    fn sets(&self, field: DecisionField) -> bool {
        match field {
            DecisionField::Status => self.status.is_some(),
            DecisionField::Reason => self.reason.is_some(),
            DecisionField::Rationale => self.rationale.is_some(),
            DecisionField::Wording => self.wording.is_some(),
            DecisionField::Lead => self.lead.is_some(),
            DecisionField::Support => self.support.is_some(),
            DecisionField::Priority => self.priority.is_some(),
            DecisionField::Due => self.due.is_some(),
        }
    }

    /// True when the patch names no field at all.
    pub fn is_empty(&self) -> bool {
        self.clear.is_empty() && !DecisionField::ALL.iter().any(|f| self.sets(*f))
    }
}

impl Decision {
    /// The value of `field` as text, as the history records it.
    pub fn field_text(&self, field: DecisionField) -> Option<String> {
        match field {
            DecisionField::Status => Some(self.status.code().to_string()),
            DecisionField::Reason => self.reason.map(|r| r.code().to_string()),
            DecisionField::Rationale => self.rationale.clone(),
            DecisionField::Wording => self.wording.clone(),
            DecisionField::Lead => self.lead.clone(),
            DecisionField::Support => (!self.support.is_empty()).then(|| self.support.join(",")),
            DecisionField::Priority => self.priority.map(|p| p.code().to_string()),
            DecisionField::Due => self.due.map(|d| d.format("%Y-%m-%d").to_string()),
        }
    }

    /// Checks `patch` against the workspace's `authorities` and returns the decision it gives
    /// with the fields that really change. Revision and "last changed" are the store's business.
    pub fn apply(&self, patch: &DecisionPatch, authorities: &[Authority]) -> Result<(Decision, Vec<FieldChange>)> {
        if patch.is_empty() {
            return Err(InvalidInput::NothingToChange);
        }
        for field in &patch.clear {
            if *field == DecisionField::Status {
                return Err(InvalidInput::NotClearable("status"));
            }
            if patch.sets(*field) {
                return Err(InvalidInput::SetAndCleared(field.code()));
            }
        }
        let known = |code: &str| known_authority(code, authorities);

        let mut next = self.clone();
        if let Some(status) = patch.status {
            next.status = status;
        }
        if let Some(reason) = patch.reason {
            next.reason = Some(reason);
        }
        if let Some(text) = &patch.rationale {
            next.rationale = Some(validate_text("rationale", text, MAX_TEXT)?);
        }
        if let Some(text) = &patch.wording {
            next.wording = Some(validate_text("national wording", text, MAX_TEXT)?);
        }
        if let Some(lead) = &patch.lead {
            next.lead = Some(known(lead)?);
        }
        if let Some(support) = &patch.support {
            let mut codes: Vec<String> = Vec::new();
            for code in support {
                let code = known(code)?;
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            next.support = codes;
        }
        if let Some(priority) = patch.priority {
            next.priority = Some(priority);
        }
        if let Some(due) = patch.due {
            next.due = Some(due);
        }
        for field in &patch.clear {
            match field {
                DecisionField::Status => unreachable!("refused above"),
                DecisionField::Reason => next.reason = None,
                DecisionField::Rationale => next.rationale = None,
                DecisionField::Wording => next.wording = None,
                DecisionField::Lead => next.lead = None,
                DecisionField::Support => next.support.clear(),
                DecisionField::Priority => next.priority = None,
                DecisionField::Due => next.due = None,
            }
        }
        if let Some(lead) = &next.lead
            && next.support.contains(lead)
        {
            return Err(InvalidInput::LeadAlsoSupports(lead.clone()));
        }

        let changes = DecisionField::ALL
            .iter()
            .filter_map(|&field| {
                let (old, new) = (self.field_text(field), next.field_text(field));
                (old != new).then_some(FieldChange { field, old, new })
            })
            .collect();
        Ok((next, changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authorities() -> Vec<Authority> {
        crate::authority::test_authorities(&["LCA", "CBL"])
    }

    #[test]
    fn a_patch_changes_only_the_fields_it_names_and_reports_them() {
        let before = Decision {
            rationale: Some("kept".into()),
            ..Decision::default()
        };
        let patch = DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            lead: Some("lca".into()),
            support: Some(vec!["CBL".into()]),
            ..DecisionPatch::default()
        };
        let (after, changes) = before.apply(&patch, &authorities()).unwrap();
        assert_eq!(after.status, DecisionStatus::Adopt);
        assert_eq!(after.lead.as_deref(), Some("LCA"), "codes are upper-cased");
        assert_eq!(after.rationale.as_deref(), Some("kept"));
        let fields: Vec<_> = changes.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [DecisionField::Status, DecisionField::Lead, DecisionField::Support]
        );
        assert_eq!(changes[0].old.as_deref(), Some("open"));
    }

    #[test]
    fn setting_a_field_to_its_current_value_is_no_change() {
        let before = Decision {
            status: DecisionStatus::Adopt,
            ..Decision::default()
        };
        let patch = DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            ..DecisionPatch::default()
        };
        let (_, changes) = before.apply(&patch, &authorities()).unwrap();
        assert!(changes.is_empty());
    }

    #[test]
    fn clear_empties_a_field_but_never_the_status() {
        let before = Decision {
            priority: Some(Priority::High),
            ..Decision::default()
        };
        let clear = DecisionPatch {
            clear: vec![DecisionField::Priority],
            ..DecisionPatch::default()
        };
        let (after, changes) = before.apply(&clear, &authorities()).unwrap();
        assert_eq!(after.priority, None);
        assert_eq!(changes[0].new, None);
        let status = DecisionPatch {
            clear: vec![DecisionField::Status],
            ..DecisionPatch::default()
        };
        assert_eq!(
            before.apply(&status, &authorities()),
            Err(InvalidInput::NotClearable("status"))
        );
    }

    #[test]
    fn bad_patches_are_refused() {
        let d = Decision::default();
        let a = authorities();
        assert_eq!(
            d.apply(&DecisionPatch::default(), &a),
            Err(InvalidInput::NothingToChange)
        );
        let stranger = DecisionPatch {
            lead: Some("RBM".into()),
            ..DecisionPatch::default()
        };
        assert_eq!(
            d.apply(&stranger, &a),
            Err(InvalidInput::UnknownAuthority("RBM".into(), "LCA, CBL".into()))
        );
        let both = DecisionPatch {
            lead: Some("LCA".into()),
            support: Some(vec!["LCA".into()]),
            ..DecisionPatch::default()
        };
        assert_eq!(d.apply(&both, &a), Err(InvalidInput::LeadAlsoSupports("LCA".into())));
        let empty = DecisionPatch {
            rationale: Some("  ".into()),
            ..DecisionPatch::default()
        };
        assert_eq!(d.apply(&empty, &a), Err(InvalidInput::Empty { field: "rationale" }));
        let contradictory = DecisionPatch {
            priority: Some(Priority::Low),
            clear: vec![DecisionField::Priority],
            ..DecisionPatch::default()
        };
        assert_eq!(
            d.apply(&contradictory, &a),
            Err(InvalidInput::SetAndCleared("priority"))
        );
    }
}
