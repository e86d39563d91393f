//! The gap-analysis survey (contract §6): a template to fill in (XLSX with drop-down lists, or
//! CSV), the import of the answers as people really produce them, the baseline they give, the
//! suggestions it supports, and the completeness check.
//!
//! An import is all or nothing: a file with any bad row imports nothing, and every bad row is
//! reported with its line (as a spreadsheet numbers rows: the header is line 1) and column.
//!
//! The verbs are here; the file formats are in [`sheet`], the reading of rows into answers in
//! [`answers`], and the rules for survey files both shells read (size, preview) in [`file`].

mod answers;
mod file;
pub(crate) mod report;
mod sheet;

use adopt_domain::{BaselineAnswer, CatalogGroup, DecisionStatus, Finding, SurveyFormat, SurveyStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::workbench::Workbench;
use answers::parse_answers;
use sheet::{read_csv, read_xlsx, template_csv, template_xlsx};

pub use file::{MAX_SURVEY_BYTES, read_survey_file};
pub use report::{BaselineChange, RowProblem, SURVEY_COLUMNS, SurveyImport};

/// A decision the baseline suggests; the facilitator decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Suggestion {
    pub item: String,
    pub status: DecisionStatus,
    pub reason: String,
}

/// How many answers have a status (`null`: no answer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BaselineCount {
    pub status: Option<SurveyStatus>,
    pub count: u32,
}

/// The baseline of one group for one authority, against the decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GapRow {
    pub group: CatalogGroup,
    pub authority: String,
    /// The selected items of the group by this authority's answer.
    pub by_status: Vec<BaselineCount>,
    /// Selected items of the group that are adopted.
    pub adopted: u32,
    /// Adopted items this authority does not report implemented (or not applicable to it): the
    /// gaps the draft closes.
    pub gaps_to_close: u32,
}

/// The baseline against the decisions, by group and authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GapOverview {
    /// Whether any answer was imported.
    pub has_baseline: bool,
    pub rows: Vec<GapRow>,
}

impl Workbench {
    /// The survey to fill in: one row per item (the selected ones, or the whole catalog with
    /// `all`) and per authority, id and title filled in. A French workspace's survey has the
    /// French headers, titles and drop-down values.
    pub fn survey_template_bytes(&self, key: &str, all: bool, format: SurveyFormat) -> Result<Vec<u8>> {
        let detail = self.workspace_show(key)?;
        let language = detail.workspace.language;
        let items: Vec<(String, String)> = if all {
            self.catalog
                .items()
                .iter()
                .map(|i| (i.id.clone(), i.title_in(language).to_string()))
                .collect()
        } else {
            detail
                .items
                .iter()
                .map(|i| (i.id.clone(), i.title_in(language).to_string()))
                .collect()
        };
        let rows: Vec<[String; 3]> = items
            .iter()
            .flat_map(|(id, title)| {
                detail
                    .workspace
                    .authorities
                    .iter()
                    .map(move |a| [id.clone(), title.clone(), a.code.clone()])
            })
            .collect();
        match format {
            SurveyFormat::Csv => template_csv(&rows, language),
            SurveyFormat::Xlsx => template_xlsx(&rows, &detail.workspace),
        }
    }

    /// Reads a survey file and compares it with the current baseline; writes nothing.
    pub fn survey_preview_bytes(
        &self,
        key: &str,
        bytes: &[u8],
        format: SurveyFormat,
        authority: Option<&str>,
    ) -> Result<SurveyImport> {
        let workspace = self.store.find_workspace(key)?;
        // A blank authority is none: the whole file is read.
        let only = authority
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| adopt_domain::known_authority(a, &workspace.authorities))
            .transpose()?;
        let sheet = match format {
            SurveyFormat::Csv => read_csv(bytes),
            SurveyFormat::Xlsx => read_xlsx(bytes),
        }
        .map_err(Error::SurveyFile)?;
        let known = |id: &str| self.catalog.get(id).map(|i| i.id.clone());
        let (answers, rows, skipped, problems) = parse_answers(&sheet, &workspace, &known, only.as_deref());
        let current = self.store.baseline(&workspace.id)?;
        let mut changes = Vec::new();
        let mut unchanged = 0;
        for new in answers {
            let old = current
                .iter()
                .find(|b| b.item == new.item && b.authority == new.authority);
            if old.is_some_and(|o| o.same_answer(&new)) {
                unchanged += 1;
            } else {
                changes.push(BaselineChange {
                    item: new.item.clone(),
                    authority: new.authority.clone(),
                    old: old.cloned(),
                    new,
                });
            }
        }
        Ok(SurveyImport {
            rows,
            changes,
            unchanged,
            skipped,
            problems,
            applied: false,
        })
    }

    /// Imports a survey file: all or nothing. A file with bad rows is refused with every
    /// problem; otherwise each answer replaces that authority's earlier answer on the item
    /// (the earlier one stays in the history). `dry_run` reports and writes nothing.
    pub fn survey_import_bytes(
        &mut self,
        key: &str,
        bytes: &[u8],
        format: SurveyFormat,
        authority: Option<&str>,
        dry_run: bool,
    ) -> Result<SurveyImport> {
        let mut report = self.survey_preview_bytes(key, bytes, format, authority)?;
        if !report.problems.is_empty() {
            return Err(Error::SurveyRows(report.problems));
        }
        if dry_run || report.changes.is_empty() {
            return Ok(report);
        }
        let workspace = self.store.find_workspace(key)?;
        let answers: Vec<BaselineAnswer> = report.changes.iter().map(|c| c.new.clone()).collect();
        let (at, by) = (self.now(), self.by.clone());
        self.store.replace_baseline(&workspace.id, &answers, at, &by)?;
        for change in &mut report.changes {
            change.new.at = at;
            change.new.by = by.clone();
        }
        report.applied = true;
        Ok(report)
    }

    /// The workspace's gap-analysis answers.
    pub fn baseline(&self, key: &str) -> Result<Vec<BaselineAnswer>> {
        let workspace = self.store.find_workspace(key)?;
        Ok(self.store.baseline(&workspace.id)?)
    }

    /// Open items the baseline speaks for: every authority reports it implemented, so it is
    /// suggested as already covered. Suggestions only; nothing is decided.
    pub fn suggestions(&self, key: &str) -> Result<Vec<Suggestion>> {
        let detail = self.workspace_show(key)?;
        let baseline = self.store.baseline(&detail.workspace.id)?;
        let authorities = &detail.workspace.authorities;
        Ok(detail
            .items
            .iter()
            .filter(|i| i.decision.status == DecisionStatus::Open)
            .filter(|i| {
                authorities.iter().all(|a| {
                    baseline
                        .iter()
                        .any(|b| b.item == i.id && b.authority == a.code && b.status == SurveyStatus::Implemented)
                })
            })
            .map(|i| Suggestion {
                item: i.id.clone(),
                status: DecisionStatus::AlreadyCovered,
                reason: format!(
                    "every authority ({}) reports it implemented",
                    authorities
                        .iter()
                        .map(|a| a.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
            .collect())
    }

    /// The baseline against the decisions, by group and authority (the overview's gap chart).
    pub fn gap_overview(&self, key: &str) -> Result<GapOverview> {
        let detail = self.workspace_show(key)?;
        let baseline = self.store.baseline(&detail.workspace.id)?;
        let mut rows = Vec::new();
        for group in CatalogGroup::ALL {
            let items: Vec<_> = detail.items.iter().filter(|i| i.group == *group).collect();
            if items.is_empty() {
                continue;
            }
            for authority in &detail.workspace.authorities {
                let answer = |id: &str| {
                    baseline
                        .iter()
                        .find(|b| b.item == id && b.authority == authority.code)
                        .map(|b| b.status)
                };
                let statuses: Vec<Option<SurveyStatus>> =
                    SurveyStatus::ALL.iter().copied().map(Some).chain([None]).collect();
                let by_status = statuses
                    .into_iter()
                    .map(|status| BaselineCount {
                        status,
                        count: items.iter().filter(|i| answer(&i.id) == status).count() as u32,
                    })
                    .collect();
                let adopted: Vec<_> = items.iter().filter(|i| i.decision.status.is_adopted()).collect();
                rows.push(GapRow {
                    group: *group,
                    authority: authority.code.clone(),
                    by_status,
                    adopted: adopted.len() as u32,
                    gaps_to_close: adopted
                        .iter()
                        .filter(|i| !SurveyStatus::closes_gap(answer(&i.id)))
                        .count() as u32,
                });
            }
        }
        Ok(GapOverview {
            has_baseline: !baseline.is_empty(),
            rows,
        })
    }

    /// The completeness check against the document date (contract §6 `check`).
    pub fn check(&self, key: &str, date: NaiveDate) -> Result<Vec<Finding>> {
        let detail = self.workspace_show(key)?;
        let discussion = self.store.discussion(&detail.workspace.id)?;
        let comments = self.store.review_comments(&detail.workspace.id, None, false)?;
        Ok(adopt_domain::check(
            &detail.workspace,
            &detail.items,
            &discussion,
            &comments,
            &self.store.conflict_ids(&detail.workspace.id)?,
            date,
        ))
    }
}
