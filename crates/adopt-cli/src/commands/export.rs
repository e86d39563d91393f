use std::path::Path;

use adopt_core::{DraftOptions, ExportFormat, Locale, Workbench, read_reference_doc, render_styled, write_file};
use chrono::NaiveDate;

use crate::args::{Refused, Usage, parse};
use crate::cli::ExportArgs;
use crate::output::{m, print, print_json, say};

pub fn export(workbench: &Workbench, args: ExportArgs, locale: Locale) -> anyhow::Result<()> {
    let format: ExportFormat = parse(&args.format)?;
    // clap refuses --version with --template, --date, --compare-to, --comments or --reference-doc.
    // A PDF has no margin notes: the rationales would be dropped without a word.
    if args.comments && format == ExportFormat::Pdf {
        return Err(Usage(m("cli-comments-in-pdf")).into());
    }
    let options = DraftOptions {
        comments: args.comments,
    };
    // A reference document named here is read (and refused) before anything is composed.
    let given = args.reference_doc.as_deref().map(read_reference_doc).transpose()?;
    let reference = match &args.version {
        Some(_) => None,
        None => workbench.house_reference(&args.workspace, given.as_ref())?,
    };
    let bytes = match (&args.version, &args.compare_to) {
        (Some(label), _) => workbench.export_version(&args.workspace, label, format)?,
        (None, Some(label)) => {
            let date = workbench.document_date(args.date.as_deref())?;
            let document =
                workbench.draft_compare_with(&args.workspace, label, args.template.as_deref(), date, options)?;
            render_styled(&document, format, reference.as_ref())?
        }
        (None, None) => {
            let date = workbench.document_date(args.date.as_deref())?;
            let document = workbench.draft_with(&args.workspace, args.template.as_deref(), date, options)?;
            render_styled(&document, format, reference.as_ref())?
        }
    };
    if let (Some(reference), ExportFormat::Pdf) = (&reference, format) {
        for note in adopt_core::house_style_notes(reference) {
            eprintln!("note: {note}");
        }
    }
    write_file(&args.out, &bytes)?;
    say(
        locale,
        m("cli-wrote-size")
            .with("path", args.out.display().to_string())
            .with("kb", bytes.len().div_ceil(1024)),
    )
}

/// The demo draft is dated like the Lesotho clinic, so it is the same on every run.
const DEMO_DATE: (i32, u32, u32) = (2025, 6, 6);
/// The French demo's date: the Abidjan clinic's second day.
const DEMO_DATE_FR: (i32, u32, u32) = (2025, 6, 18);

pub fn demo(by: &str, out: &Path, language: adopt_domain::Language, locale: Locale) -> anyhow::Result<()> {
    let mut workbench = Workbench::in_memory(by)?;
    let workspace = adopt_core::demo::create_in(&mut workbench, language)?;
    std::fs::create_dir_all(out).map_err(|e| {
        Refused(
            m("cli-folder-not-created")
                .with("path", out.display().to_string())
                .with("reason", e.to_string()),
        )
    })?;
    // Each demo is dated the last day of its clinic.
    let (year, month, day) = match language {
        adopt_domain::Language::En => DEMO_DATE,
        adopt_domain::Language::Fr => DEMO_DATE_FR,
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).expect("a real date");
    let document = workbench.draft(&workspace.id, None, date)?;
    for format in [ExportFormat::Docx, ExportFormat::Pdf] {
        let path = out.join(format!("draft.{}", format.extension()));
        write_file(&path, &adopt_core::render(&document, format)?)?;
        say(locale, m("cli-wrote").with("path", path.display().to_string()))?;
    }
    Ok(())
}

pub fn template_list(json: bool) -> anyhow::Result<()> {
    let templates = adopt_core::template_list();
    if json {
        return print_json(&templates);
    }
    let mut text = String::new();
    for t in &templates {
        text.push_str(&format!(
            "{:<16} {} ({}, {})\n",
            t.name, t.description, t.instrument, t.language
        ));
    }
    print(&text)
}
