use std::path::Path;

use adopt_core::{ExportFormat, Workbench, write_file};
use chrono::NaiveDate;

use crate::args::parse;
use crate::cli::ExportArgs;
use crate::output::{print, print_json};

pub fn export(workbench: &Workbench, args: ExportArgs) -> anyhow::Result<()> {
    let format: ExportFormat = parse(&args.format)?;
    let date = workbench.document_date(args.date.as_deref())?;
    let bytes = workbench.export_draft(&args.workspace, format, args.template.as_deref(), date)?;
    write_file(&args.out, &bytes)?;
    print(&format!(
        "wrote {} ({} KB)\n",
        args.out.display(),
        bytes.len().div_ceil(1024)
    ))
}

/// The demo draft is dated like the Lesotho clinic, so it is the same on every run.
const DEMO_DATE: (i32, u32, u32) = (2025, 6, 6);

pub fn demo(by: &str, out: &Path) -> anyhow::Result<()> {
    let mut workbench = Workbench::in_memory(by)?;
    let workspace = adopt_core::demo::create(&mut workbench)?;
    std::fs::create_dir_all(out).map_err(|e| anyhow::anyhow!("the folder {} cannot be created: {e}", out.display()))?;
    let date = NaiveDate::from_ymd_opt(DEMO_DATE.0, DEMO_DATE.1, DEMO_DATE.2).expect("a real date");
    let document = workbench.draft(&workspace.id, None, date)?;
    for format in [ExportFormat::Docx, ExportFormat::Pdf] {
        let path = out.join(format!("draft.{}", format.extension()));
        write_file(&path, &adopt_core::render(&document, format)?)?;
        print(&format!("wrote {}\n", path.display()))?;
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
