//! The open discussion, as the facilitator runs it: sessions and their agenda, positions,
//! resolutions (which set decisions), minute notes and action items, and the minutes document.
//! Every operation that records something has an inverse, so the app can undo it.

use adopt_document::{MinutesInput, Template};
use adopt_domain::{
    ActionInput, ActionItem, AgendaOrder, Decision, Discussion, InvalidInput, ItemResolution, Position, PositionInput,
    Priority, ResolutionInput, Session, SessionDraft, known_authority, optional_text, validate_text, validate_time_box,
};
use adopt_store::{StoreError, Topic};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use adopt_domain::ExportFormat;

use crate::error::Result;
use crate::export::render;
use crate::workbench::Workbench;

/// One agenda line as the facilitator sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaSlot {
    pub item: String,
    /// Minutes set aside for the item.
    pub time_box: Option<u32>,
}

/// What recording a position did: the position, and the one it replaced (for undo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PositionChange {
    pub position: Position,
    pub previous: Option<Position>,
}

/// What a resolution did: the resolution and the decision as it now stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResolveOutcome {
    pub resolution: ItemResolution,
    pub decision: Decision,
}

impl Workbench {
    /// Creates a discussion session; participants must speak for the workspace's authorities.
    pub fn session_create(&mut self, key: &str, draft: SessionDraft) -> Result<Session> {
        let workspace = self.store.find_workspace(key)?;
        let draft = draft.validate(&workspace.authorities)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.create_session(&workspace.id, &draft, at, &by)?)
    }

    /// Changes a session's date, place, facilitator, time box or participants.
    pub fn session_update(&mut self, key: &str, session: &str, draft: SessionDraft) -> Result<Session> {
        let workspace = self.store.find_workspace(key)?;
        let draft = draft.validate(&workspace.authorities)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.update_session(&workspace.id, session, &draft, at, &by)?)
    }

    /// The sessions of a workspace, oldest first.
    pub fn session_list(&self, key: &str) -> Result<Vec<Session>> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self.store.sessions(&workspace.id)?)
    }

    /// Everything the discussion recorded.
    pub fn discussion_show(&self, key: &str) -> Result<Discussion> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self.store.discussion(&workspace.id)?)
    }

    /// Sets a session's agenda. `order` sorts the slots by group (catalog order) or by
    /// priority (high first, then by group); `manual` keeps them as given.
    pub fn agenda_set(
        &mut self,
        key: &str,
        session: Option<&str>,
        order: AgendaOrder,
        slots: Vec<AgendaSlot>,
    ) -> Result<Session> {
        let (workspace_id, session) = self.session_of(key, session)?;
        let detail = self.workspace_show(&workspace_id)?;
        let mut entries: Vec<(String, Option<u32>)> = Vec::new();
        for slot in slots {
            let id = self.recommendation(&slot.item)?.id.clone();
            if entries.iter().any(|(i, _)| *i == id) {
                continue;
            }
            entries.push((id, validate_time_box(slot.time_box)?));
        }
        let rank = |id: &str| {
            let item = detail.items.iter().find(|i| i.id == id);
            let group = item.map_or(usize::MAX, |i| {
                adopt_domain::CatalogGroup::ALL
                    .iter()
                    .position(|g| *g == i.group)
                    .unwrap_or(usize::MAX)
            });
            let priority = match item.and_then(|i| i.decision.priority) {
                Some(Priority::High) => 0,
                Some(Priority::Medium) => 1,
                Some(Priority::Low) => 2,
                None => 3,
            };
            (priority, group)
        };
        match order {
            AgendaOrder::Manual => {}
            AgendaOrder::Group => entries.sort_by(|a, b| (rank(&a.0).1, &a.0).cmp(&(rank(&b.0).1, &b.0))),
            AgendaOrder::Priority => entries.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0))),
        }
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.set_agenda(&workspace_id, &session, &entries, at, &by)?)
    }

    /// Moves the facilitator (and the room view that follows) to an item, or to none.
    pub fn session_set_current(&mut self, key: &str, session: &str, item: Option<&str>) -> Result<Session> {
        let (workspace_id, session) = self.session_of(key, Some(session))?;
        let item = item
            .map(|i| self.recommendation(i).map(|r| r.id.as_str()))
            .transpose()?;
        let at = self.now();
        Ok(self.store.set_current_item(&workspace_id, &session, item, at)?)
    }

    /// Parks an agenda item for later with a reason; `None` takes it back onto the agenda.
    pub fn session_park(&mut self, key: &str, session: &str, item: &str, reason: Option<String>) -> Result<Session> {
        let subject = self.subject(key, Some(session), item)?;
        let reason = optional_text("reason for parking", reason, 2000)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.park(subject.topic(), reason.as_deref(), at, &by)?)
    }

    /// Records an authority's stance on an item, in `session` or the most recent one.
    pub fn position_record(
        &mut self,
        key: &str,
        item: &str,
        input: PositionInput,
        session: Option<&str>,
    ) -> Result<PositionChange> {
        let subject = self.subject(key, session, item)?;
        let workspace = self.store.find_workspace(&subject.workspace)?;
        let input = input.validate(&workspace.authorities)?;
        let (at, by) = (self.now(), self.by.clone());
        let previous = self.store.record_position(subject.topic(), &input, at, &by)?;
        Ok(PositionChange {
            position: Position {
                item: subject.item,
                authority: input.authority,
                stance: input.stance,
                note: input.note,
                session: subject.session,
                at,
                by,
            },
            previous,
        })
    }

    /// Removes an authority's position on an item in a session (undo of a first position).
    pub fn position_clear(&mut self, key: &str, item: &str, authority: &str, session: &str) -> Result<()> {
        let subject = self.subject(key, Some(session), item)?;
        let workspace = self.store.find_workspace(&subject.workspace)?;
        let authority = known_authority(authority, &workspace.authorities)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.clear_position(subject.topic(), &authority, at, &by)?)
    }

    /// Records the joint resolution on an item and sets its decision status (contract §5).
    pub fn resolve(
        &mut self,
        key: &str,
        item: &str,
        input: ResolutionInput,
        session: Option<&str>,
    ) -> Result<ResolveOutcome> {
        let (input, status) = input.validate()?;
        let subject = self.subject(key, session, item)?;
        let (at, by) = (self.now(), self.by.clone());
        let (resolution, decision) = self.store.resolve(
            subject.topic(),
            input.resolution,
            input.conditions.as_deref(),
            status,
            at,
            &by,
        )?;
        Ok(ResolveOutcome { resolution, decision })
    }

    /// Takes back an item's latest resolution and the status it set (undo).
    pub fn resolution_withdraw(&mut self, key: &str, item: &str) -> Result<Decision> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.withdraw_resolution(&workspace.id, item, at, &by)?)
    }

    /// Adds an action item to an item, in `session` or the most recent one.
    pub fn action_add(
        &mut self,
        key: &str,
        item: &str,
        input: ActionInput,
        session: Option<&str>,
    ) -> Result<ActionItem> {
        let input = input.validate()?;
        let subject = self.subject(key, session, item)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.add_action(subject.topic(), &input, at, &by)?)
    }

    /// Removes an action item by its id (undo of adding it).
    pub fn action_remove(&mut self, key: &str, id: &str) -> Result<()> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.remove_action(&workspace.id, id.trim(), at, &by)?)
    }

    /// Sets the minute note on an item in a session; an empty note removes it.
    pub fn note_set(&mut self, key: &str, item: &str, session: &str, note: Option<String>) -> Result<()> {
        let subject = self.subject(key, Some(session), item)?;
        let note = optional_text("minute note", note, adopt_domain::MAX_NOTE)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.set_note(subject.topic(), note.as_deref(), at, &by)?)
    }

    /// Replaces participants' names by their organisations in every session of the workspace,
    /// and in every circulated version, whose files are rendered again without them (their
    /// fingerprints stay). The positions, resolutions and actions stay. Returns how many names
    /// were removed.
    pub fn session_anonymise(&mut self, key: &str) -> Result<usize> {
        let workspace = self.store.find_workspace(key)?;
        self.remove_names(&workspace.id)
    }

    /// The minutes of a session as a document model.
    pub fn minutes(&self, key: &str, session: &str, date: NaiveDate) -> Result<adopt_document::Document> {
        let detail = self.workspace_show(key)?;
        let discussion = self.store.discussion(&detail.workspace.id)?;
        let session = self.store.session(&detail.workspace.id, session)?;
        let template = Template::resolve(&detail.workspace.template)?;
        let input = MinutesInput {
            workspace: &detail.workspace,
            items: &detail.items,
            discussion: &discussion,
            session: &session.id,
            date,
        };
        Ok(adopt_document::compose_minutes(&input, &template))
    }

    /// The minutes of a session as the bytes of a DOCX or PDF file.
    pub fn export_minutes(&self, key: &str, session: &str, format: ExportFormat, date: NaiveDate) -> Result<Vec<u8>> {
        render(&self.minutes(key, session, date)?, format)
    }

    /// What a discussion record is about: ids of the workspace, the session (the most recent
    /// when `None`) and the catalog item.
    fn subject(&self, key: &str, session: Option<&str>, item: &str) -> Result<Subject> {
        let (workspace, session) = self.session_of(key, session)?;
        let item = self.recommendation(item)?.id.clone();
        Ok(Subject {
            workspace,
            session,
            item,
        })
    }

    /// The workspace id and the id of `session`, or of the most recent session (the last in
    /// display order) when `None`.
    fn session_of(&self, key: &str, session: Option<&str>) -> Result<(String, String)> {
        let workspace = self.store.find_workspace(key)?;
        let id = match session {
            Some(s) => {
                let s = validate_text("session", s, 50)?;
                self.store.session(&workspace.id, &s)?.id
            }
            None => {
                self.store
                    .sessions(&workspace.id)?
                    .pop()
                    .ok_or(StoreError::NoSession)?
                    .id
            }
        };
        Ok((workspace.id, id))
    }
}

struct Subject {
    workspace: String,
    session: String,
    item: String,
}

impl Subject {
    fn topic(&self) -> Topic<'_> {
        Topic {
            workspace: &self.workspace,
            session: &self.session,
            item: &self.item,
        }
    }
}

/// Reads a participant as the CLI writes it: `NAME|ORG|CODE[|ROLE]`, with `\|` for a literal
/// bar and `\\` for a backslash.
pub fn parse_participant(spec: &str) -> std::result::Result<adopt_domain::Participant, InvalidInput> {
    let mut fields = vec![String::new()];
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next @ ('|' | '\\')) => fields.last_mut().expect("one field at least").push(next),
                Some(other) => {
                    let field = fields.last_mut().expect("one field at least");
                    field.push('\\');
                    field.push(other);
                }
                None => fields.last_mut().expect("one field at least").push('\\'),
            },
            '|' => fields.push(String::new()),
            c => fields.last_mut().expect("one field at least").push(c),
        }
    }
    let bad = || InvalidInput::ParticipantFormat(spec.to_string());
    if !(3..=4).contains(&fields.len()) || fields[..3].iter().any(|f| f.trim().is_empty()) {
        return Err(bad());
    }
    let role = fields.get(3).map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    Ok(adopt_domain::Participant {
        name: fields[0].trim().to_string(),
        organisation: fields[1].trim().to_string(),
        authority: fields[2].trim().to_string(),
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participant_is_read_with_escaped_bars() {
        let p = parse_participant(r"Thabo Mokoena|LCA \| Legal|lca|Legal adviser").unwrap();
        assert_eq!(p.name, "Thabo Mokoena");
        assert_eq!(p.organisation, "LCA | Legal");
        assert_eq!(p.authority, "lca", "codes are checked against the workspace later");
        assert_eq!(p.role.as_deref(), Some("Legal adviser"));
        let p = parse_participant("A|B|CBL").unwrap();
        assert_eq!(p.role, None);
        for bad in ["A|B", "A||CBL", "A|B|C|D|E", ""] {
            assert!(
                matches!(parse_participant(bad), Err(InvalidInput::ParticipantFormat(_))),
                "{bad} accepted"
            );
        }
    }
}
