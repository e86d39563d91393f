//! Whole workspaces: duplicate, archive, share as a file, and the views built over a workspace
//! (overview, history as CSV), plus undo's building block, `restore_decision`.

use std::path::{Path, PathBuf};

use adopt_domain::{
    CatalogGroup, Decision, DecisionField, DecisionPatch, DecisionStatus, InvalidInput, Workspace, WorkspaceRecord,
    normalize_authority_code, validate_text,
};
use adopt_store::HistoryCopy;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::export::write_file;
use crate::workbench::Workbench;

/// What a workspace file says it is, so any other JSON is refused with a clear message.
const FILE_FORMAT: &str = "dfs-adopt workspace";
const FILE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkspaceFile {
    format: String,
    version: u32,
    exported_at: DateTime<Utc>,
    exported_by: String,
    record: WorkspaceRecord,
}

/// How many selected items have each status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusCount {
    pub status: DecisionStatus,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupProgress {
    pub group: CatalogGroup,
    pub by_status: Vec<StatusCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LeadProgress {
    /// The lead authority's code; `null` for items without one.
    pub lead: Option<String>,
    pub by_status: Vec<StatusCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenItem {
    pub id: String,
    pub title: String,
}

/// How far a draft has come: counts by status, by group and by lead authority, and what is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Overview {
    pub total: u32,
    pub by_status: Vec<StatusCount>,
    pub by_group: Vec<GroupProgress>,
    pub by_lead: Vec<LeadProgress>,
    pub open_items: Vec<OpenItem>,
}

fn counts<'a>(statuses: impl Iterator<Item = &'a DecisionStatus> + Clone) -> Vec<StatusCount> {
    DecisionStatus::ALL
        .iter()
        .map(|s| StatusCount {
            status: *s,
            count: statuses.clone().filter(|x| *x == s).count() as u32,
        })
        .collect()
}

impl Workbench {
    /// A copy of a workspace under a new name, with its selections and decisions; its history
    /// starts afresh with a line naming the original.
    pub fn workspace_duplicate(&mut self, key: &str, name: &str) -> Result<Workspace> {
        let source = self.store.find_workspace(key)?;
        let name = validate_text("workspace name", name, 200)?;
        let record = self.store.workspace_record(&source.id)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.insert_record(
            &record,
            &name,
            HistoryCopy::Fresh,
            ("duplicate of", &source.name),
            at,
            &by,
        )?)
    }

    /// Archives a workspace, or brings an archived one back.
    pub fn workspace_archive(&mut self, key: &str, archived: bool) -> Result<()> {
        let workspace = self.store.find_workspace(key)?;
        let (at, by) = (self.now(), self.by.clone());
        Ok(self.store.set_archived(&workspace.id, archived, at, &by)?)
    }

    /// Writes a workspace, history included, to a single file to carry to another machine.
    pub fn workspace_export(&self, key: &str, path: &Path) -> Result<()> {
        let workspace = self.store.find_workspace(key)?;
        let file = WorkspaceFile {
            format: FILE_FORMAT.into(),
            version: FILE_VERSION,
            exported_at: self.now(),
            exported_by: self.by.clone(),
            record: self.store.workspace_record(&workspace.id)?,
        };
        let json = serde_json::to_vec_pretty(&file).expect("workspace records always serialise");
        write_file(path, &json)
    }

    /// Reads a workspace file as a new workspace: an exact copy with its history, never over an
    /// existing workspace (a taken name gets "(imported)" added).
    pub fn workspace_import(&mut self, path: &Path) -> Result<Workspace> {
        let bytes = std::fs::read(path).map_err(|e| Error::ImportRead {
            path: path.to_path_buf(),
            source: e,
        })?;
        self.workspace_import_bytes(path, &bytes)
    }

    /// [`Workbench::workspace_import`] of a file already read; `path` names it in messages and
    /// in the history line.
    pub fn workspace_import_bytes(&mut self, path: &Path, bytes: &[u8]) -> Result<Workspace> {
        let invalid = |message: String| Error::ImportInvalid {
            path: path.to_path_buf(),
            message,
        };
        let file: WorkspaceFile = serde_json::from_slice(bytes)
            .map_err(|e| invalid(format!("it is not a dfs-adopt workspace file ({e})")))?;
        if file.format != FILE_FORMAT {
            return Err(invalid(format!(
                "it says it is \"{}\", not a dfs-adopt workspace file",
                file.format
            )));
        }
        if file.version > FILE_VERSION {
            return Err(invalid(format!(
                "it was written by a newer dfs-adopt (file version {}); update dfs-adopt to import it",
                file.version
            )));
        }
        let record = check_record(file.record).map_err(|e| invalid(e.to_string()))?;
        let base = &record.workspace.name;
        let name = self.free_name(base, |n| match n {
            1 => format!("{base} (imported)"),
            n => format!("{base} (imported {n})"),
        })?;
        let (at, by) = (self.now(), self.by.clone());
        let note = format!(
            "from {}",
            path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default()
        );
        Ok(self
            .store
            .insert_record(&record, &name, HistoryCopy::Keep, ("imported", &note), at, &by)?)
    }

    /// `name` when no workspace has it, else the first free `clash(1)`, `clash(2)`...: how an
    /// import or the demo gets a name without taking one the user already has.
    pub(crate) fn free_name(&self, name: &str, clash: impl Fn(u32) -> String) -> Result<String> {
        let mut candidate = name.to_string();
        let mut n = 1;
        while self.store.name_taken(&candidate)? {
            candidate = clash(n);
            n += 1;
        }
        Ok(candidate)
    }

    /// Sets every field of a decision to `to`'s values as one change, provided the decision is
    /// still at `if_revision`: how undo and redo put a decision back.
    pub fn decision_restore(&mut self, key: &str, id: &str, to: &Decision, if_revision: u32) -> Result<Decision> {
        let mut patch = DecisionPatch {
            status: Some(to.status),
            reason: to.reason,
            rationale: to.rationale.clone(),
            wording: to.wording.clone(),
            lead: to.lead.clone(),
            support: (!to.support.is_empty()).then(|| to.support.clone()),
            priority: to.priority,
            due: to.due,
            clear: Vec::new(),
        };
        let empty = [
            (DecisionField::Reason, to.reason.is_none()),
            (DecisionField::Rationale, to.rationale.is_none()),
            (DecisionField::Wording, to.wording.is_none()),
            (DecisionField::Lead, to.lead.is_none()),
            (DecisionField::Support, to.support.is_empty()),
            (DecisionField::Priority, to.priority.is_none()),
            (DecisionField::Due, to.due.is_none()),
        ];
        patch.clear = empty.iter().filter(|(_, empty)| *empty).map(|(f, _)| *f).collect();
        self.decide(key, id, &patch, Some(if_revision))
    }

    /// The workspace's history as CSV (at, by, item, field, old, new), for a spreadsheet.
    pub fn history_csv(&self, key: &str) -> Result<String> {
        let entries = self.history(key, None)?;
        let mut out = csv::Writer::from_writer(Vec::new());
        let io = |e: csv::Error| Error::Csv {
            what: "history",
            reason: e.to_string(),
        };
        out.write_record(["at", "by", "item", "field", "old", "new"])
            .map_err(io)?;
        for e in &entries {
            let at = e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let row = [
                &at,
                &e.by,
                e.item.as_deref().unwrap_or(""),
                &e.field,
                e.old.as_deref().unwrap_or(""),
                e.new.as_deref().unwrap_or(""),
            ];
            out.write_record(row).map_err(io)?;
        }
        let bytes = out.into_inner().map_err(|e| Error::Csv {
            what: "history",
            reason: e.to_string(),
        })?;
        Ok(String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"))
    }

    /// Progress of the draft: counts by status, group and lead authority, and the open items.
    pub fn overview(&self, key: &str) -> Result<Overview> {
        let detail = self.workspace_show(key)?;
        let items = &detail.items;
        let by_group = CatalogGroup::ALL
            .iter()
            .filter(|g| items.iter().any(|i| i.group == **g))
            .map(|g| GroupProgress {
                group: *g,
                by_status: counts(items.iter().filter(|i| i.group == *g).map(|i| &i.decision.status)),
            })
            .collect();
        let mut leads: Vec<Option<String>> = detail
            .workspace
            .authorities
            .iter()
            .map(|a| Some(a.code.clone()))
            .collect();
        leads.push(None);
        let by_lead = leads
            .into_iter()
            .filter(|lead| items.iter().any(|i| i.decision.lead == *lead))
            .map(|lead| LeadProgress {
                by_status: counts(
                    items
                        .iter()
                        .filter(|i| i.decision.lead == lead)
                        .map(|i| &i.decision.status),
                ),
                lead,
            })
            .collect();
        Ok(Overview {
            total: items.len() as u32,
            by_status: counts(items.iter().map(|i| &i.decision.status)),
            by_group,
            by_lead,
            open_items: items
                .iter()
                .filter(|i| i.decision.status == DecisionStatus::Open)
                .map(|i| OpenItem {
                    id: i.id.clone(),
                    title: i.title.clone(),
                })
                .collect(),
        })
    }
}

/// Checks what a file claims before it reaches the database: names, codes and references.
fn check_record(mut record: WorkspaceRecord) -> std::result::Result<WorkspaceRecord, InvalidInput> {
    let w = &mut record.workspace;
    w.name = validate_text("workspace name", &w.name, 200)?;
    w.jurisdiction = validate_text("jurisdiction", &w.jurisdiction, 200)?;
    if w.authorities.is_empty() {
        return Err(InvalidInput::NoAuthority);
    }
    for a in &mut w.authorities {
        a.code = normalize_authority_code(&a.code)?;
    }
    let codes: Vec<&str> = w.authorities.iter().map(|a| a.code.as_str()).collect();
    let list = codes.join(", ");
    let discussion = &record.discussion;
    let referenced = record
        .items
        .iter()
        .flat_map(|i| i.decision.lead.iter().chain(&i.decision.support))
        .chain(record.baseline.iter().map(|b| &b.authority))
        .chain(discussion.positions.iter().map(|p| &p.authority))
        .chain(
            discussion
                .sessions
                .iter()
                .flat_map(|s| s.participants.iter().map(|p| &p.authority)),
        );
    for code in referenced {
        if !codes.contains(&code.as_str()) {
            return Err(InvalidInput::UnknownAuthority(code.clone(), list));
        }
    }
    Ok(record)
}

/// A file name for a workspace export: "Lesotho 2025.dfs-adopt.json" made safe for any disk.
pub fn workspace_file_name(name: &str) -> PathBuf {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " -_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    PathBuf::from(format!("{}.dfs-adopt.json", safe.trim()))
}
