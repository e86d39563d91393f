//! The survey's file formats, both ways: the template written as CSV (UTF-8 with BOM, CRLF)
//! or as an XLSX workbook with drop-down lists, and a filled file read back into rows of text
//! with the line numbers a spreadsheet shows. Nothing here knows what the columns mean.

use std::io::{Cursor, Read};

use adopt_domain::{Instrument, Language, SurveyStatus, Workspace};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use super::report::survey_columns;
use crate::error::{Error, Result};

/// A survey file read into header and rows of text, with each row's line number.
#[derive(Debug)]
pub(super) struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<(u32, Vec<String>)>,
}

/// A column's letter as a spreadsheet shows it: A … Z, AA …
pub(super) fn letter(index: usize) -> String {
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

pub(super) fn read_csv(bytes: &[u8]) -> std::result::Result<Sheet, String> {
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

/// What an XLSX survey may unpack to. A filled survey of the whole catalog unpacks to a few
/// megabytes in a dozen parts; a zip bomb unpacks a small file to gigabytes, which calamine
/// would hold in memory.
const MAX_XLSX_PARTS: usize = 1_000;
const MAX_XLSX_PART_BYTES: u64 = 64 * 1024 * 1024;
const MAX_XLSX_TOTAL_BYTES: u64 = 128 * 1024 * 1024;

/// Unpacks every part of a workbook into nothing, counting the bytes as they come (the sizes
/// the headers declare can lie), so a workbook calamine reads is known to stay within the caps.
fn check_workbook_size(bytes: &[u8]) -> std::result::Result<(), String> {
    let not_xlsx = |e: &dyn std::fmt::Display| {
        format!("the file is not an XLSX workbook ({e}); save it as Excel Workbook (.xlsx)")
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_xlsx(&e))?;
    if archive.len() > MAX_XLSX_PARTS {
        return Err(format!(
            "the workbook has {} parts, more than the {MAX_XLSX_PARTS} a survey could need; save it again from the spreadsheet as Excel Workbook (.xlsx)",
            archive.len()
        ));
    }
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(|e| not_xlsx(&e))?;
        let budget = MAX_XLSX_PART_BYTES.min(MAX_XLSX_TOTAL_BYTES - total);
        let unpacked = std::io::copy(&mut (&mut part).take(budget + 1), &mut std::io::sink())
            .map_err(|e| format!("the workbook is damaged ({e}); save it again from the spreadsheet"))?;
        if unpacked > budget {
            let what = if budget < MAX_XLSX_PART_BYTES {
                format!("its parts unpack to more than {} MB in all", MAX_XLSX_TOTAL_BYTES >> 20)
            } else {
                format!(
                    "its part {} unpacks to more than {} MB",
                    part.name(),
                    MAX_XLSX_PART_BYTES >> 20
                )
            };
            return Err(format!(
                "the workbook is refused: {what}, as a zip bomb does; a filled survey is far smaller, so use the survey template you filled in"
            ));
        }
        total += unpacked;
    }
    Ok(())
}

pub(super) fn read_xlsx(bytes: &[u8]) -> std::result::Result<Sheet, String> {
    check_workbook_size(bytes)?;
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

pub(super) fn template_csv(rows: &[[String; 3]], language: Language) -> Result<Vec<u8>> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let io = |e: csv::Error| Error::Csv {
        what: "survey",
        reason: e.to_string(),
    };
    out.write_record(survey_columns(language)).map_err(io)?;
    for [id, title, authority] in rows {
        out.write_record([id, title, authority, "", "", "", "", ""])
            .map_err(io)?;
    }
    out.into_inner().map_err(|e| Error::Csv {
        what: "survey",
        reason: e.to_string(),
    })
}

pub(super) fn template_xlsx(rows: &[[String; 3]], workspace: &Workspace) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{DataValidation, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| Error::Xlsx(e.to_string());
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold().set_background_color("DDE4EE");
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Survey").map_err(fail)?;
    let widths = [10.0, 48.0, 12.0, 24.0, 18.0, 40.0, 40.0, 30.0];
    let language = workspace.language;
    let french = language == Language::Fr;
    for (col, (name, width)) in survey_columns(language).iter().zip(widths).enumerate() {
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
    // English lists the codes; French the contract's French words, which the import reads.
    let word = |code: &'static str, label: &'static str| if french { label } else { code };
    let statuses: Vec<&str> = SurveyStatus::ALL
        .iter()
        .map(|s| word(s.code(), s.label_in(Language::Fr)))
        .collect();
    let instruments: Vec<&str> = Instrument::ALL
        .iter()
        .map(|i| word(i.code(), i.label_in(Language::Fr)))
        .collect();
    let status_list = DataValidation::new()
        .allow_list_strings(&statuses)
        .map_err(fail)?
        .set_input_title(word("Status", "Statut"))
        .map_err(fail)?
        .set_input_message(word(
            "Is the recommendation in place today?",
            "La recommandation est-elle appliquée aujourd’hui ?",
        ))
        .map_err(fail)?;
    let instrument_list = DataValidation::new()
        .allow_list_strings(&instruments)
        .map_err(fail)?
        .set_input_title("Instrument")
        .map_err(fail)?
        .set_input_message(word(
            "Through which instrument? Leave empty if none applies.",
            "Par quel instrument ? Laisser vide si aucun ne s’applique.",
        ))
        .map_err(fail)?;
    sheet.add_data_validation(1, 3, last, 3, &status_list).map_err(fail)?;
    sheet
        .add_data_validation(1, 4, last, 4, &instrument_list)
        .map_err(fail)?;

    let help = workbook.add_worksheet();
    help.set_name(word("How to fill in", "Mode d’emploi")).map_err(fail)?;
    help.set_column_width(0, 110).map_err(fail)?;
    let listed = |labels: &[&str]| labels.join(", ");
    let lines = if french {
        [
            format!(
                "Enquête sur l’état des lieux pour {} ({}).",
                workspace.name, workspace.jurisdiction
            ),
            "Une ligne par recommandation et par autorité. Ne pas modifier les colonnes identifiant et autorité."
                .into(),
            format!("statut\u{a0}: {}.", listed(&statuses)),
            format!("instrument\u{a0}: {} (ou vide).", listed(&instruments)),
            "preuve\u{a0}: l’instrument ou la pratique qui montre que la mesure est en place\u{202f}; écart\u{a0}: ce qui manque\u{202f}; commentaire\u{a0}: tout autre point."
                .into(),
            "Enregistrer au format .xlsx (ou CSV UTF-8) et l’importer dans dfs-adopt. Les lignes erronées sont signalées par ligne et par colonne\u{202f}; rien n’est importé tant que toutes les lignes ne sont pas correctes."
                .into(),
        ]
    } else {
        [
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
        ]
    };
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
