//! The gap-analysis survey (contract §6): a template to fill in (XLSX with drop-down lists, or
//! CSV), the import of the answers as people really produce them, the baseline they give, the
//! suggestions it supports, and the completeness check.
//!
//! An import is all or nothing: a file with any bad row imports nothing, and every bad row is
//! reported with its line (as a spreadsheet numbers rows: the header is line 1) and column.

use std::io::Cursor;

use adopt_domain::{
    BaselineAnswer, CatalogGroup, DecisionStatus, Finding, Instrument, MAX_NOTE, SurveyFormat, SurveyStatus, Workspace,
    normalize_authority_code,
};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result, Workbench};

/// The survey's columns, in order, with the contract's headers.
pub const SURVEY_COLUMNS: [&str; 8] = [
    "item_id",
    "item_title",
    "authority",
    "status",
    "instrument",
    "evidence",
    "gap",
    "comment",
];

/// A bad row (or header) of a survey file: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowProblem {
    /// The line as a spreadsheet numbers rows: the header is line 1.
    pub line: u32,
    /// The column's header, e.g. "status".
    pub column: String,
    /// The spreadsheet column letter, e.g. "D".
    pub letter: String,
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {} ({}): {}",
            self.line, self.letter, self.column, self.message
        )
    }
}

/// One answer an import would write, with the answer it replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BaselineChange {
    pub item: String,
    pub authority: String,
    pub old: Option<BaselineAnswer>,
    pub new: BaselineAnswer,
}

/// What an import found and did (or, for a preview or dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SurveyImport {
    /// Answer rows read (blank rows are not counted).
    pub rows: u32,
    /// Answers that are new or differ from the current baseline.
    pub changes: Vec<BaselineChange>,
    /// Answers identical to the current baseline.
    pub unchanged: u32,
    /// Rows of other authorities left out because `authority` was given.
    pub skipped: u32,
    /// Bad rows; when there is any, nothing is imported.
    pub problems: Vec<RowProblem>,
    /// Whether the changes were written.
    pub applied: bool,
}

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

/// A survey file read into header and rows of text, with each row's line number.
#[derive(Debug)]
struct Sheet {
    headers: Vec<String>,
    rows: Vec<(u32, Vec<String>)>,
}

fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

fn read_csv(bytes: &[u8]) -> std::result::Result<Sheet, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"".to_string())?;
    // The separator is the one the header line uses more (comma when neither or equal).
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = if header_line.matches(';').count() > header_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    // A spreadsheet counts a blank line as a row; the csv crate skips it. A record's position is
    // where reading resumed: just before the line breaks that end the previous record, so each
    // break before the record's first field is one row further (breaks inside quoted fields are not).
    let mut row = 0u32;
    for record in reader.records() {
        let record = record.map_err(|e| format!("line {}: the file is not valid CSV ({e})", row + 1))?;
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let breaks = text.as_bytes()[start.min(text.len())..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count() as u32;
        row = if row == 0 { 1 + breaks } else { row + breaks.max(1) };
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if headers.is_none() {
            headers = Some(cells);
        } else {
            rows.push((row, cells));
        }
    }
    Ok(Sheet {
        headers: headers.ok_or("the file is empty; it needs the header row and one row per answer")?,
        rows,
    })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Spreadsheets store whole numbers as floats: 12 rather than 12.0.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn read_xlsx(bytes: &[u8]) -> std::result::Result<Sheet, String> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("the file is not an XLSX workbook ({e}); save it as Excel Workbook (.xlsx)"))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or("the workbook has no worksheet")?
        .map_err(|e| format!("the first worksheet cannot be read ({e})"))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut lines = range.rows().enumerate().map(|(i, row)| {
        // Columns left of the used range are empty: pad so letters stay right.
        let mut cells = vec![String::new(); first_col as usize];
        cells.extend(row.iter().map(cell_text));
        (first_row + i as u32 + 1, cells)
    });
    let (_, headers) = lines
        .next()
        .ok_or("the first worksheet is empty; it needs the header row and one row per answer")?;
    Ok(Sheet {
        headers,
        rows: lines.collect(),
    })
}

/// Reads every row of a survey into answers, collecting every problem.
fn parse_answers(
    sheet: &Sheet,
    workspace: &Workspace,
    known_item: &dyn Fn(&str) -> Option<String>,
    only: Option<&str>,
) -> (Vec<BaselineAnswer>, u32, u32, Vec<RowProblem>) {
    let mut problems = Vec::new();
    let position = |name: &str| {
        sheet
            .headers
            .iter()
            .position(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let columns: Vec<Option<usize>> = SURVEY_COLUMNS.iter().map(|c| position(c)).collect();
    let column = |name: &str| columns[SURVEY_COLUMNS.iter().position(|c| *c == name).expect("a survey column")];
    let required: &[&str] = if only.is_some() {
        &["item_id", "status"]
    } else {
        &["item_id", "authority", "status"]
    };
    for name in required {
        if column(name).is_none() {
            problems.push(RowProblem {
                line: 1,
                column: name.to_string(),
                letter: "—".into(),
                message: format!(
                    "the header row has no \"{name}\" column; the survey's columns are: {}",
                    SURVEY_COLUMNS.join(", ")
                ),
            });
        }
    }
    if !problems.is_empty() {
        return (Vec::new(), 0, 0, problems);
    }
    let codes: Vec<&str> = workspace.authorities.iter().map(|a| a.code.as_str()).collect();
    let mut answers: Vec<(u32, BaselineAnswer)> = Vec::new();
    let (mut rows, mut skipped) = (0, 0);
    for (line, cells) in &sheet.rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows += 1;
        let value = |name: &str| -> String {
            column(name)
                .and_then(|i| cells.get(i))
                .map(|c| c.trim().replace("\r\n", "\n"))
                .unwrap_or_default()
        };
        let mut problem = |name: &str, message: String| {
            problems.push(RowProblem {
                line: *line,
                column: name.to_string(),
                letter: column(name).map_or("—".into(), letter),
                message,
            })
        };
        let mut authority = value("authority");
        if let Some(only) = only {
            if authority.is_empty() {
                authority = only.to_string();
            } else if !authority.eq_ignore_ascii_case(only) {
                skipped += 1;
                continue;
            }
        }
        let item = value("item_id");
        let item = if item.is_empty() {
            problem("item_id", "empty; write the recommendation's id, e.g. SIM-08".into());
            None
        } else {
            let found = known_item(&item);
            if found.is_none() {
                problem(
                    "item_id",
                    format!("unknown recommendation \"{item}\"; ids look like SIM-08"),
                );
            }
            found
        };
        let authority = if authority.is_empty() {
            problem(
                "authority",
                format!(
                    "empty; write the authority's code ({}) or import with the authority named",
                    codes.join(", ")
                ),
            );
            None
        } else {
            match normalize_authority_code(&authority) {
                Ok(code) if codes.contains(&code.as_str()) => Some(code),
                _ => {
                    problem(
                        "authority",
                        format!(
                            "\"{authority}\" is not an authority of this workspace; use one of: {}",
                            codes.join(", ")
                        ),
                    );
                    None
                }
            }
        };
        let status_text = value("status");
        let status = if status_text.is_empty() {
            problem("status", format!("empty; use one of: {}", SurveyStatus::allowed()));
            None
        } else {
            SurveyStatus::parse_answer(&status_text)
                .map_err(|e| problem("status", e.to_string()))
                .ok()
        };
        let instrument_text = value("instrument");
        let instrument = if instrument_text.is_empty() {
            Some(None)
        } else {
            Instrument::parse_answer(&instrument_text)
                .map(Some)
                .map_err(|e| problem("instrument", e.to_string()))
                .ok()
        };
        let mut text = |name: &str| -> Option<String> {
            let v = value(name);
            let len = v.chars().count();
            if len > MAX_NOTE {
                problem(name, format!("too long ({len} characters); keep it under {MAX_NOTE}"));
            }
            (!v.is_empty()).then_some(v)
        };
        let (evidence, gap, comment) = (text("evidence"), text("gap"), text("comment"));
        let (Some(item), Some(authority), Some(status), Some(instrument)) = (item, authority, status, instrument)
        else {
            continue;
        };
        if let Some((first, _)) = answers.iter().find(|(_, a)| a.item == item && a.authority == authority) {
            problem(
                "item_id",
                format!("{item} for {authority} is answered twice (also on line {first}); keep one row"),
            );
            continue;
        }
        answers.push((
            *line,
            BaselineAnswer {
                item,
                authority,
                status,
                instrument,
                evidence,
                gap,
                comment,
                at: chrono::DateTime::default(),
                by: String::new(),
            },
        ));
    }
    (answers.into_iter().map(|(_, a)| a).collect(), rows, skipped, problems)
}

impl Workbench {
    /// The survey to fill in: one row per item (the selected ones, or the whole catalog with
    /// `all`) and per authority, id and title filled in.
    pub fn survey_template(&self, key: &str, all: bool, format: SurveyFormat) -> Result<Vec<u8>> {
        let detail = self.workspace(key)?;
        let items: Vec<(String, String)> = if all {
            self.catalog
                .items()
                .iter()
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect()
        } else {
            detail.items.iter().map(|i| (i.id.clone(), i.title.clone())).collect()
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
            SurveyFormat::Csv => template_csv(&rows),
            SurveyFormat::Xlsx => template_xlsx(&rows, &detail.workspace),
        }
    }

    /// Reads a survey file and compares it with the current baseline; writes nothing.
    pub fn survey_preview(
        &self,
        key: &str,
        bytes: &[u8],
        format: SurveyFormat,
        authority: Option<&str>,
    ) -> Result<SurveyImport> {
        let workspace = self.store.find_workspace(key)?;
        let only = authority
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
    pub fn survey_import(
        &mut self,
        key: &str,
        bytes: &[u8],
        format: SurveyFormat,
        authority: Option<&str>,
        dry_run: bool,
    ) -> Result<SurveyImport> {
        let mut report = self.survey_preview(key, bytes, format, authority)?;
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
        let detail = self.workspace(key)?;
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
        let detail = self.workspace(key)?;
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
        let detail = self.workspace(key)?;
        let discussion = self.store.discussion(&detail.workspace.id)?;
        Ok(adopt_domain::check(&detail.workspace, &detail.items, &discussion, date))
    }
}

fn template_csv(rows: &[[String; 3]]) -> Result<Vec<u8>> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let io = |e: csv::Error| Error::Render(e.to_string());
    out.write_record(SURVEY_COLUMNS).map_err(io)?;
    for [id, title, authority] in rows {
        out.write_record([id, title, authority, "", "", "", "", ""])
            .map_err(io)?;
    }
    out.into_inner().map_err(|e| Error::Render(e.to_string()))
}

fn template_xlsx(rows: &[[String; 3]], workspace: &Workspace) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{DataValidation, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Render(format!("the survey workbook: {e}"));
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold().set_background_color("DDE4EE");
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Survey").map_err(fail)?;
    let widths = [10.0, 48.0, 12.0, 24.0, 18.0, 40.0, 40.0, 30.0];
    for (col, (name, width)) in SURVEY_COLUMNS.iter().zip(widths).enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *name, &header)
            .map_err(fail)?;
        sheet.set_column_width(col as u16, width).map_err(fail)?;
    }
    for (r, [id, title, authority]) in rows.iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, id).map_err(fail)?;
        sheet.write_string_with_format(row, 1, title, &wrap).map_err(fail)?;
        sheet.write_string(row, 2, authority).map_err(fail)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    let last = rows.len().max(1) as u32;
    let statuses: Vec<&str> = SurveyStatus::ALL.iter().map(|s| s.code()).collect();
    let instruments: Vec<&str> = Instrument::ALL.iter().map(|i| i.code()).collect();
    let status_list = DataValidation::new()
        .allow_list_strings(&statuses)
        .map_err(fail)?
        .set_input_title("Status")
        .map_err(fail)?
        .set_input_message("Is the recommendation in place today?")
        .map_err(fail)?;
    let instrument_list = DataValidation::new()
        .allow_list_strings(&instruments)
        .map_err(fail)?
        .set_input_title("Instrument")
        .map_err(fail)?
        .set_input_message("Through which instrument? Leave empty if none applies.")
        .map_err(fail)?;
    sheet.add_data_validation(1, 3, last, 3, &status_list).map_err(fail)?;
    sheet
        .add_data_validation(1, 4, last, 4, &instrument_list)
        .map_err(fail)?;

    let help = workbook.add_worksheet();
    help.set_name("How to fill in").map_err(fail)?;
    help.set_column_width(0, 110).map_err(fail)?;
    let lines = [
        format!(
            "Gap-analysis survey for {} ({}).",
            workspace.name, workspace.jurisdiction
        ),
        "One row per recommendation and authority. Keep item_id and authority as they are.".into(),
        format!("status: {}.", SurveyStatus::allowed()),
        format!("instrument: {} (or empty).", Instrument::allowed()),
        "evidence: the instrument or practice that shows it is in place; gap: what is missing; comment: anything else."
            .into(),
        "Save as .xlsx (or CSV UTF-8) and import it in dfs-adopt. Rows with mistakes are reported by line and column; nothing is imported until every row is right."
            .into(),
    ];
    for (i, line) in lines.iter().enumerate() {
        help.write_string(i as u32, 0, line).map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(3), "D");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
    }

    #[test]
    fn csv_is_read_with_either_separator_a_bom_crlf_and_quoted_line_breaks() {
        let text = "\u{feff}item_id;status;comment\r\nSIM-08;implemented;\"two\r\nlines\"\r\nSIM-09;planned;x\r\n\r\n";
        let sheet = read_csv(text.as_bytes()).unwrap();
        assert_eq!(sheet.headers, ["item_id", "status", "comment"]);
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].1[2], "two\r\nlines");
        assert_eq!(sheet.rows[1].0, 3, "the line as a spreadsheet counts rows");
        let blank = read_csv(b"item_id,status\r\nSIM-08,planned\r\n\r\nSIM-11,done\r\n").unwrap();
        assert_eq!(blank.rows[1].0, 4, "a blank line is a row in a spreadsheet");
        let comma = read_csv(b"item_id,status\nSIM-08,planned\n").unwrap();
        assert_eq!(comma.rows[0].1, ["SIM-08", "planned"]);
        assert!(read_csv(b"\xff\xfe").unwrap_err().contains("UTF-8"));
    }
}
