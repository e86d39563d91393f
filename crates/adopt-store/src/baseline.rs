//! The gap-analysis baseline: each authority's survey answer per item. An import replaces the
//! answers it brings; the answers it replaces stay in the history.

use adopt_domain::BaselineAnswer;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use crate::columns::{parse_code, parse_timestamp, timestamp};
use crate::error::Result;
use crate::history::record;
use crate::replica::replicate_records;
use crate::store::Store;
use adopt_sync::RecordKind;

impl Store {
    /// The workspace's baseline, by item then by the authorities' order.
    pub fn baseline(&self, workspace_id: &str) -> Result<Vec<BaselineAnswer>> {
        load_baseline(&self.conn, workspace_id)
    }

    /// Writes survey answers in one transaction, each replacing the same authority's earlier
    /// answer on the same item; unchanged answers are left as they are. Returns how many changed.
    pub fn replace_baseline(
        &mut self,
        workspace_id: &str,
        answers: &[BaselineAnswer],
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<usize> {
        let tx = self.edit()?;
        let before = load_baseline(&tx, workspace_id)?;
        let mut changed = 0;
        for answer in answers {
            let old = before
                .iter()
                .find(|b| b.item == answer.item && b.authority == answer.authority);
            if old.is_some_and(|o| o.same_answer(answer)) {
                continue;
            }
            let stored = BaselineAnswer {
                at,
                by: by.to_string(),
                ..answer.clone()
            };
            insert_answer(&tx, workspace_id, &stored)?;
            record(
                &tx,
                workspace_id,
                Some(&answer.item),
                &format!("baseline {}", answer.authority),
                old.map(summary).as_deref(),
                Some(&summary(answer)),
                at,
                by,
            )?;
            changed += 1;
        }
        replicate_records(&tx, workspace_id, RecordKind::Baseline, None, at, by)?;
        tx.commit()?;
        Ok(changed)
    }
}

/// An answer in one line for the history: "partially-implemented; regulation; evidence: ...".
fn summary(a: &BaselineAnswer) -> String {
    let mut parts = vec![a.status.code().to_string()];
    if let Some(i) = a.instrument {
        parts.push(i.code().to_string());
    }
    for (label, value) in [("evidence", &a.evidence), ("gap", &a.gap), ("comment", &a.comment)] {
        if let Some(v) = value {
            parts.push(format!("{label}: {v}"));
        }
    }
    parts.join("; ")
}

pub(crate) fn insert_answer(conn: &Connection, workspace_id: &str, a: &BaselineAnswer) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO baseline (workspace_id, item_id, authority, status, instrument, evidence, gap,
             comment, at, by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            workspace_id,
            a.item,
            a.authority,
            a.status.code(),
            a.instrument.map(|i| i.code()),
            a.evidence,
            a.gap,
            a.comment,
            timestamp(a.at),
            a.by
        ],
    )?;
    Ok(())
}

pub(crate) fn load_baseline(conn: &Connection, workspace_id: &str) -> Result<Vec<BaselineAnswer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT b.item_id, b.authority, b.status, b.instrument, b.evidence, b.gap, b.comment, b.at, b.by
         FROM baseline b JOIN authority a ON a.workspace_id = b.workspace_id AND a.code = b.authority
         WHERE b.workspace_id = ?1 ORDER BY b.item_id, a.position",
    )?;
    let rows = stmt.query_map([workspace_id], |r| {
        Ok(BaselineAnswer {
            item: r.get(0)?,
            authority: r.get(1)?,
            status: parse_code(&r.get::<_, String>(2)?)?,
            instrument: r.get::<_, Option<String>>(3)?.map(|c| parse_code(&c)).transpose()?,
            evidence: r.get(4)?,
            gap: r.get(5)?,
            comment: r.get(6)?,
            at: parse_timestamp(&r.get::<_, String>(7)?)?,
            by: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
