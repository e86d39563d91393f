use adopt_domain::{Decision, DecisionField, DecisionPatch, DecisionStatus, Recommendation, SelectedItem};
use adopt_sync::Edit;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::columns::{date_text, parse_code, parse_timestamp, timestamp};
use crate::error::{Result, StoreError};
use crate::history::{record, record_replicated};
use crate::replica::{decision_edits, replicate};
use crate::store::Store;
use crate::workspaces::authorities;

const SELECT_ITEM: &str = "SELECT item_id, title, item_group, topic, threat, stakeholders, statement, flag, sources,
        selected_at, selected_by, status, reason, rationale, wording, lead, priority, due, revision,
        updated_at, updated_by, title_fr, statement_fr
    FROM selection";

/// The history field of the line saying which items got their French text frozen late.
const FROZEN_FRENCH_FIELD: &str = "frozen_text_fr";

impl Store {
    /// Selects catalog items into a workspace, freezing their text. Items already selected are
    /// left as they are. Returns the ids that were newly selected.
    pub fn select(
        &mut self,
        workspace_id: &str,
        items: &[&Recommendation],
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Vec<String>> {
        let tx = self.edit()?;
        let mut added = Vec::new();
        let mut edits = Vec::new();
        for item in items {
            if is_selected(&tx, workspace_id, &item.id)? {
                continue;
            }
            insert_selection(&tx, workspace_id, &SelectedItem::from_catalog(item, at, by))?;
            let line = record_replicated(
                &tx,
                workspace_id,
                Some(&item.id),
                "selection",
                None,
                Some("selected"),
                at,
                by,
            )?;
            edits.extend([Edit::Select { item: item.id.clone() }, line]);
            added.push(item.id.clone());
        }
        replicate(&tx, workspace_id, &edits, at, by)?;
        tx.commit()?;
        Ok(added)
    }

    /// Freezes the French title and statement of items selected before selections kept them
    /// (schema 11), taking them from `french` (the built-in catalog's text by item id), with one
    /// history line per workspace naming the items. Items `french` does not know keep none.
    /// Nothing is written when no item needs it, so this runs at every open at no cost.
    /// Returns how many items got their French text.
    pub fn freeze_missing_french(
        &mut self,
        french: &dyn Fn(&str) -> Option<(String, String)>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<usize> {
        let missing = |conn: &Connection| -> Result<Vec<(String, String)>> {
            let mut stmt = conn.prepare(
                "SELECT workspace_id, item_id FROM selection
                 WHERE title_fr IS NULL OR statement_fr IS NULL ORDER BY workspace_id, item_id",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let rows = rows.collect::<rusqlite::Result<Vec<(String, String)>>>()?;
            Ok(rows.into_iter().filter(|(_, item)| french(item).is_some()).collect())
        };
        if missing(&self.conn)?.is_empty() {
            return Ok(0);
        }
        let tx = self.edit()?;
        // Read again inside the transaction: another process may have filled them meanwhile.
        let rows = missing(&tx)?;
        let mut filled: Vec<(String, Vec<String>)> = Vec::new();
        for (workspace_id, item_id) in rows {
            let Some((title, statement)) = french(&item_id) else {
                continue;
            };
            tx.execute(
                "UPDATE selection SET title_fr = ?3, statement_fr = ?4 WHERE workspace_id = ?1 AND item_id = ?2",
                params![workspace_id, item_id, title, statement],
            )?;
            match filled.last_mut() {
                Some((last, items)) if *last == workspace_id => items.push(item_id),
                _ => filled.push((workspace_id, vec![item_id])),
            }
        }
        let count = filled.iter().map(|(_, items)| items.len()).sum();
        for (workspace_id, items) in &filled {
            // Local to this laptop: each laptop freezes from its own catalog when it upgrades.
            record(
                &tx,
                workspace_id,
                None,
                FROZEN_FRENCH_FIELD,
                None,
                Some(&items.join(", ")),
                at,
                by,
            )?;
        }
        tx.commit()?;
        Ok(count)
    }

    /// Removes items from a workspace. An item whose decision has moved on needs `force`;
    /// its history is kept either way. All or nothing: one refusal removes none.
    pub fn deselect(
        &mut self,
        workspace_id: &str,
        ids: &[&str],
        force: bool,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<()> {
        let tx = self.edit()?;
        let mut edits = Vec::new();
        for id in ids {
            let item =
                load_item(&tx, workspace_id, id)?.ok_or_else(|| StoreError::NotSelected { item: id.to_string() })?;
            if !force && item.decision.revision > 0 {
                return Err(StoreError::Decided {
                    item: item.id,
                    status: item.decision.status.code().to_string(),
                });
            }
            tx.execute(
                "DELETE FROM selection WHERE workspace_id = ?1 AND item_id = ?2",
                params![workspace_id, id],
            )?;
            let line = record_replicated(&tx, workspace_id, Some(id), "selection", Some("selected"), None, at, by)?;
            edits.extend([Edit::Deselect { item: id.to_string() }, line]);
        }
        replicate(&tx, workspace_id, &edits, at, by)?;
        tx.commit()?;
        Ok(())
    }

    /// The selected items of a workspace, in catalog id order.
    pub fn selected_items(&self, workspace_id: &str) -> Result<Vec<SelectedItem>> {
        selected_in(&self.conn, workspace_id)
    }

    /// Applies a patch to an item's decision in one transaction, with a history line per changed
    /// field. With `if_revision`, the change is refused when the decision has moved past it.
    /// A patch that changes nothing leaves the revision as it is.
    pub fn decide(
        &mut self,
        workspace_id: &str,
        id: &str,
        patch: &DecisionPatch,
        if_revision: Option<u32>,
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<Decision> {
        let tx = self.edit()?;
        let next = decide_in(&tx, workspace_id, id, patch, if_revision, at, by)?;
        tx.commit()?;
        Ok(next)
    }
}

/// The selected items of a workspace, in catalog id order, inside the caller's transaction.
pub(crate) fn selected_in(conn: &Connection, workspace_id: &str) -> Result<Vec<SelectedItem>> {
    let sql = format!("{SELECT_ITEM} WHERE workspace_id = ?1 ORDER BY item_id");
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map([workspace_id], item_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for item in &mut items {
        item.decision.support = support(conn, workspace_id, &item.id)?;
    }
    Ok(items)
}

/// Every selected item's decision, by item id.
pub(crate) fn load_decisions(conn: &Connection, workspace_id: &str) -> Result<Vec<(String, Decision)>> {
    Ok(selected_in(conn, workspace_id)?
        .into_iter()
        .map(|item| (item.id, item.decision))
        .collect())
}

/// [`Store::decide`] inside the caller's transaction, so a resolution and the decision it sets
/// commit together.
pub(crate) fn decide_in(
    tx: &Connection,
    workspace_id: &str,
    id: &str,
    patch: &DecisionPatch,
    if_revision: Option<u32>,
    at: DateTime<Utc>,
    by: &str,
) -> Result<Decision> {
    let item = load_item(tx, workspace_id, id)?.ok_or_else(|| StoreError::NotSelected { item: id.to_string() })?;
    let current = item.decision.revision;
    if let Some(expected) = if_revision
        && expected != current
    {
        return Err(StoreError::StaleRevision {
            item: item.id,
            expected,
            current,
        });
    }
    let (mut next, changes) = item.decision.apply(patch, &authorities(tx, workspace_id)?)?;
    if changes.is_empty() {
        return Ok(item.decision);
    }
    next.revision = current + 1;
    next.updated_at = Some(at);
    next.updated_by = Some(by.to_string());
    write_decision(tx, workspace_id, &item.id, &next, at, by)?;
    let fields: Vec<DecisionField> = changes.iter().map(|change| change.field).collect();
    let mut edits = decision_edits(&item.id, &next, &fields);
    for change in &changes {
        edits.push(record_replicated(
            tx,
            workspace_id,
            Some(&item.id),
            change.field.code(),
            change.old.as_deref(),
            change.new.as_deref(),
            at,
            by,
        )?);
    }
    replicate(tx, workspace_id, &edits, at, by)?;
    Ok(next)
}

/// Writes a selected item with its frozen text and its whole decision.
pub(crate) fn insert_selection(conn: &Connection, workspace_id: &str, item: &SelectedItem) -> Result<()> {
    let d = &item.decision;
    conn.execute(
        "INSERT INTO selection (workspace_id, item_id, title, item_group, topic, threat, stakeholders,
             statement, flag, sources, selected_at, selected_by, status, reason, rationale, wording, lead,
             priority, due, revision, updated_at, updated_by, title_fr, statement_fr)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                 ?23, ?24)",
        params![
            workspace_id,
            item.id,
            item.title,
            item.group.code(),
            item.topic,
            item.threat.code(),
            json(&item.stakeholders),
            item.statement,
            item.flag.code(),
            json(&item.sources),
            timestamp(item.selected_at),
            item.selected_by,
            d.status.code(),
            d.reason.map(|r| r.code()),
            d.rationale,
            d.wording,
            d.lead,
            d.priority.map(|p| p.code()),
            d.due.map(date_text),
            d.revision,
            d.updated_at.map(timestamp),
            d.updated_by,
            item.title_fr,
            item.statement_fr,
        ],
    )?;
    write_support(conn, workspace_id, &item.id, &d.support)
}

/// Writes an item's decision into its row (fields, revision, who and when) and its supporting
/// authorities.
pub(crate) fn write_decision(
    conn: &Connection,
    workspace_id: &str,
    item_id: &str,
    decision: &Decision,
    at: DateTime<Utc>,
    by: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE selection SET status = ?3, reason = ?4, rationale = ?5, wording = ?6, lead = ?7, priority = ?8,
                 due = ?9, revision = ?10, updated_at = ?11, updated_by = ?12
             WHERE workspace_id = ?1 AND item_id = ?2",
        params![
            workspace_id,
            item_id,
            decision.status.code(),
            decision.reason.map(|r| r.code()),
            decision.rationale,
            decision.wording,
            decision.lead,
            decision.priority.map(|p| p.code()),
            decision.due.map(date_text),
            decision.revision,
            timestamp(at),
            by,
        ],
    )?;
    write_support(conn, workspace_id, item_id, &decision.support)
}

/// Replaces an item's supporting authorities, keeping their order.
pub(crate) fn write_support(conn: &Connection, workspace_id: &str, item_id: &str, support: &[String]) -> Result<()> {
    conn.execute(
        "DELETE FROM decision_support WHERE workspace_id = ?1 AND item_id = ?2",
        params![workspace_id, item_id],
    )?;
    for (position, code) in support.iter().enumerate() {
        conn.execute(
            "INSERT INTO decision_support (workspace_id, item_id, authority_code, position) VALUES (?1, ?2, ?3, ?4)",
            params![workspace_id, item_id, code, position as i64],
        )?;
    }
    Ok(())
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("domain values always serialise")
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn is_selected(conn: &Connection, workspace_id: &str, id: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM selection WHERE workspace_id = ?1 AND item_id = ?2)",
        params![workspace_id, id],
        |r| r.get(0),
    )?)
}

pub(crate) fn load_item(conn: &Connection, workspace_id: &str, id: &str) -> Result<Option<SelectedItem>> {
    let sql = format!("{SELECT_ITEM} WHERE workspace_id = ?1 AND item_id = ?2");
    let Some(mut item) = conn
        .query_row(&sql, params![workspace_id, id], item_from_row)
        .optional()?
    else {
        return Ok(None);
    };
    item.decision.support = support(conn, workspace_id, &item.id)?;
    Ok(Some(item))
}

fn support(conn: &Connection, workspace_id: &str, id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT authority_code FROM decision_support WHERE workspace_id = ?1 AND item_id = ?2 ORDER BY position",
    )?;
    let rows = stmt.query_map(params![workspace_id, id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn item_from_row(r: &Row<'_>) -> rusqlite::Result<SelectedItem> {
    let optional_code = |i: usize| -> rusqlite::Result<Option<String>> { r.get(i) };
    Ok(SelectedItem {
        id: r.get(0)?,
        title: r.get(1)?,
        group: parse_code(&r.get::<_, String>(2)?)?,
        topic: r.get(3)?,
        threat: parse_code(&r.get::<_, String>(4)?)?,
        stakeholders: from_json(&r.get::<_, String>(5)?)?,
        statement: r.get(6)?,
        title_fr: r.get(21)?,
        statement_fr: r.get(22)?,
        flag: parse_code(&r.get::<_, String>(7)?)?,
        sources: from_json(&r.get::<_, String>(8)?)?,
        selected_at: parse_timestamp(&r.get::<_, String>(9)?)?,
        selected_by: r.get(10)?,
        decision: Decision {
            status: parse_code::<DecisionStatus>(&r.get::<_, String>(11)?)?,
            reason: optional_code(12)?.map(|c| parse_code(&c)).transpose()?,
            rationale: r.get(13)?,
            wording: r.get(14)?,
            lead: r.get(15)?,
            support: Vec::new(),
            priority: optional_code(16)?.map(|c| parse_code(&c)).transpose()?,
            due: optional_code(17)?
                .map(|d| {
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(17, rusqlite::types::Type::Text, Box::new(e))
                    })
                })
                .transpose()?,
            revision: r.get(18)?,
            updated_at: optional_code(19)?.map(|t| parse_timestamp(&t)).transpose()?,
            updated_by: r.get(20)?,
        },
    })
}
