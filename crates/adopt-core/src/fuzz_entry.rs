//! The entry points of the fuzz targets (`fuzz/`, cargo-fuzz) and of the test that replays
//! their corpora: one function per file dfs-adopt reads from outside, taking the file's bytes
//! and going through the same workbench operation the shells call. The targets and the replay
//! share these functions so the replay runs exactly the code the fuzzer ran.
//!
//! Each returns the workbench's answer: `Ok` for a file it accepted, an [`Error`] saying what
//! was wrong for one it refused. A panic or a hang is the bug the fuzzer looks for.

use std::cell::RefCell;
use std::path::Path;

use adopt_document::{Document, Template, compose};
use adopt_domain::{Authority, AuthorityKind, DecisionPatch, DecisionStatus, ExportFormat, NewWorkspace, SurveyFormat};
use adopt_store::ReferenceDoc;
use adopt_sync::{Bundle, ReplicatedWorkspace};

use crate::error::Result;
use crate::reference_doc::{HouseReference, house_style_notes, render_styled};
use crate::workbench::Workbench;

/// Imports that write (workspace files, bundles) grow the database; past this many the
/// workbench is built anew so every input meets the same small database.
const WRITES_BEFORE_RESET: u32 = 64;

/// A private in-memory database holding one small workspace, kept for the thread's life: making
/// it for every input would cost more than reading the input.
struct Bench {
    workbench: Workbench,
    key: String,
    actor: String,
    /// The workspace's draft, for rendering with a reference document's house style.
    draft: Document,
    writes: u32,
}

impl Bench {
    /// A small workspace as the survey, review and merge find it in use: two authorities, the
    /// items the seed files name selected, one decided. Small, so a reset stays cheap.
    fn new() -> Result<Bench> {
        let mut workbench = Workbench::in_memory("Fuzz")?;
        let authority = |code: &str, name: &str, kind| Authority {
            code: code.into(),
            name: name.into(),
            kind,
        };
        let workspace = workbench.workspace_create(NewWorkspace {
            name: "Small".into(),
            jurisdiction: "Lesotho".into(),
            authorities: vec![
                authority(
                    "LCA",
                    "Lesotho Communications Authority",
                    AuthorityKind::TelecomRegulator,
                ),
                authority("CBL", "Central Bank of Lesotho", AuthorityKind::CentralBank),
            ],
            template: crate::workbench::default_template().into(),
        })?;
        workbench.select(&workspace.id, &["SIM-08".into(), "PAY-01".into()])?;
        let decision = DecisionPatch {
            status: Some(DecisionStatus::Adopt),
            ..DecisionPatch::default()
        };
        workbench.decide(&workspace.id, "SIM-08", &decision, None)?;
        let actor = workbench.device()?.id;
        let draft = workbench.draft(&workspace.id, None, workbench.today())?;
        Ok(Bench {
            workbench,
            key: workspace.id,
            actor,
            draft,
            writes: 0,
        })
    }
}

thread_local! {
    static BENCH: RefCell<Option<Bench>> = const { RefCell::new(None) };
}

fn with_bench<T>(run: impl FnOnce(&mut Bench) -> Result<T>) -> Result<T> {
    BENCH.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|b| b.writes >= WRITES_BEFORE_RESET) {
            *slot = Some(Bench::new().expect("the workspace builds on an in-memory database"));
        }
        let bench = slot.as_mut().expect("set just above");
        run(bench)
    })
}

/// A filled survey as CSV, previewed against the workspace (a preview writes nothing).
pub fn survey_csv(data: &[u8]) -> Result<()> {
    survey(data, SurveyFormat::Csv)
}

/// A filled survey as an XLSX workbook, previewed against the workspace.
pub fn survey_xlsx(data: &[u8]) -> Result<()> {
    survey(data, SurveyFormat::Xlsx)
}

fn survey(data: &[u8], format: SurveyFormat) -> Result<()> {
    with_bench(|b| {
        b.workbench.survey_preview_bytes(&b.key, data, format, None)?;
        Ok(())
    })
}

/// A workspace file (`workspace import`), imported as a new workspace.
pub fn workspace_file(data: &[u8]) -> Result<()> {
    with_bench(|b| {
        b.workbench
            .workspace_import_bytes(Path::new("fuzz.dfs-adopt.json"), data)?;
        b.writes += 1;
        Ok(())
    })
}

/// Marks the start of each file after the manifest in a template input: `==> name <==` alone
/// on a line, as `head` prints several files.
const FILE_MARK: (&str, &str) = ("==> ", " <==");

/// A template folder written as one text: the manifest first, then each other file after its
/// `==> name <==` line. The template is loaded and the workspace composed with it, which
/// is where its Markdown is read.
pub fn template(data: &[u8]) -> Result<()> {
    let files = template_files(&String::from_utf8_lossy(data));
    let template = Template::from_files("fuzz", &files)?;
    with_bench(|b| {
        let workspace = b.workbench.store.find_workspace(&b.key)?;
        let record = b.workbench.frozen_record(&workspace, None)?;
        let date = b.workbench.today();
        let findings = record.findings(date);
        let circulation = adopt_document::Circulation {
            label: None,
            fingerprint: record.fingerprint(),
            versions: Vec::new(),
            changes: None,
        };
        compose(&record.input(&findings, date, &circulation), &template)?;
        Ok(())
    })
}

/// Splits a template input into its files, the manifest first.
pub fn template_files(text: &str) -> Vec<(String, String)> {
    let mut files = vec![("manifest.toml".to_string(), String::new())];
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\r', '\n']);
        if let Some(name) = bare.strip_prefix(FILE_MARK.0).and_then(|r| r.strip_suffix(FILE_MARK.1)) {
            files.push((name.to_string(), String::new()));
        } else if let Some((_, body)) = files.last_mut() {
            body.push_str(line);
        }
    }
    files
}

/// The text of a template folder as [`template`] reads it: the inverse of [`template_files`].
pub fn template_text(files: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, body)) in files.iter().enumerate() {
        if i > 0 {
            out.push_str(&format!("{}{name}{}\n", FILE_MARK.0, FILE_MARK.1));
        }
        out.push_str(body);
        if !body.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// A reviewer's DOCX (`review import`), as a dry run into the workspace.
pub fn review_docx(data: &[u8]) -> Result<()> {
    with_bench(|b| {
        b.workbench
            .review_import(&b.key, data, "fuzz.docx", Some("Fuzz Reviewer"), None, true)?;
        Ok(())
    })
}

/// A sync bundle (`sync import`), merged into the database. Its checksum stops most changed
/// bytes at the door, so the bytes are also tried as the bundle's Automerge document inside a
/// well-formed bundle: the part of a bundle whose reading is not just a checksum compare.
pub fn sync_bundle(data: &[u8]) -> Result<()> {
    with_bench(|b| {
        let as_file = b.workbench.sync_import_bytes(data, false).map(|_| ());
        let actor = b.actor.clone();
        let as_document = ReplicatedWorkspace::load(data, &actor)
            .map_err(|e| crate::error::Error::from(adopt_store::StoreError::from(e)))
            .and_then(|replica| {
                let sealed = Bundle::new(replica.workspace_id(), "fuzz-device", data.to_vec(), Vec::new());
                b.workbench.sync_import_bytes(&sealed.to_bytes(), false).map(|_| ())
            });
        b.writes += u32::from(as_file.is_ok()) + u32::from(as_document.is_ok());
        // Accepted either way is accepted; refused both ways, the file's own refusal is the answer.
        as_file.or(as_document)
    })
}

/// A reference DOCX (`reference-doc set`): read, and when accepted, the workspace's draft rendered
/// with its house style in both formats, as an export would.
pub fn reference_docx(data: &[u8]) -> Result<()> {
    let doc = ReferenceDoc {
        name: "fuzz.docx".into(),
        bytes: data.to_vec(),
    };
    let reference = HouseReference::read(&doc)?;
    let _ = reference.info();
    let _ = house_style_notes(&reference);
    with_bench(|b| {
        for format in [ExportFormat::Docx, ExportFormat::Pdf] {
            render_styled(&b.draft, format, Some(&reference))?;
        }
        Ok(())
    })
}

/// A returned DOCX or PDF (`version verify`), identified against the database.
pub fn verify_file(data: &[u8]) -> Result<()> {
    with_bench(|b| {
        b.workbench.version_verify_bytes("fuzz", data)?;
        Ok(())
    })
}

/// An entry point: a file's bytes in, the workbench's answer out.
pub type Entry = fn(&[u8]) -> Result<()>;

/// Every entry point by the name of its fuzz target.
pub const TARGETS: &[(&str, Entry)] = &[
    ("survey_csv", survey_csv),
    ("survey_xlsx", survey_xlsx),
    ("workspace_file", workspace_file),
    ("template", template),
    ("review_docx", review_docx),
    ("sync_bundle", sync_bundle),
    ("reference_docx", reference_docx),
    ("verify_docx", verify_file),
    ("verify_pdf", verify_file),
];
