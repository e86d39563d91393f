//! The rows of a filled survey read into answers, as people really fill them in: headers in
//! any case and order, lenient status and instrument words, every bad row collected with its
//! line and column rather than stopping at the first.

use adopt_domain::{
    BaselineAnswer, Instrument, MAX_NOTE, SurveyStatus, Workspace, fold_for_search, normalize_authority_code,
};

use super::report::{RowProblem, SURVEY_COLUMNS, SURVEY_COLUMNS_FR};
use super::sheet::{Sheet, letter};

/// Reads every row of a survey into answers, collecting every problem.
pub(super) fn parse_answers(
    sheet: &Sheet,
    workspace: &Workspace,
    known_item: &dyn Fn(&str) -> Option<String>,
    only: Option<&str>,
) -> (Vec<BaselineAnswer>, u32, u32, Vec<RowProblem>) {
    let mut problems = Vec::new();
    // A column is found by its English or its French header, case and accents ignored
    // ("Ecart" is « écart »).
    let position = |name: &str| {
        let french = SURVEY_COLUMNS
            .iter()
            .position(|c| *c == name)
            .map(|i| fold_for_search(SURVEY_COLUMNS_FR[i]));
        sheet.headers.iter().position(|h| {
            let header = fold_for_search(h.trim().trim_start_matches('\u{feff}'));
            header == name || Some(&header) == french.as_ref()
        })
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
