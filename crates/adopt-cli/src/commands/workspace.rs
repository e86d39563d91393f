use adopt_core::{Workbench, WorkspaceDetail, WorkspaceProperties, read_reference_doc};
use adopt_domain::{
    Authority, AuthorityKind, BaselineAnswer, Discussion, ItemResolution, Language, NewWorkspace, Position,
    SelectedItem, Session, normalize_authority_code,
};
use serde::Serialize;

use crate::args::{Usage, parse};
use crate::cli::{CreateArgs, SetArgs, WorkspaceCommand};
use crate::output::{print, print_json};

pub fn run(workbench: &mut Workbench, command: WorkspaceCommand) -> anyhow::Result<()> {
    match command {
        WorkspaceCommand::Create(args) => create(workbench, args),
        WorkspaceCommand::List { json } => {
            let list = workbench.workspace_list()?;
            if json {
                return print_json(&list);
            }
            if list.is_empty() {
                return print("No workspace yet. Create one with `dfs-adopt workspace create`.\n");
            }
            let mut text = String::new();
            for w in &list {
                let archived = if w.archived { "  [archived]" } else { "" };
                text.push_str(&format!(
                    "{}  {}  ({}; {})  {} selected, {} decided{archived}\n",
                    w.id,
                    w.name,
                    w.jurisdiction,
                    w.authorities.join(", "),
                    w.selected,
                    w.decided,
                ));
            }
            print(&text)
        }
        WorkspaceCommand::Show { workspace, json } => {
            let detail = workbench.workspace_show(&workspace)?;
            let discussion = workbench.discussion_show(&detail.workspace.id)?;
            let baseline = workbench.baseline(&detail.workspace.id)?;
            if json {
                print_json(&WorkspaceJson::new(&detail, &discussion, &baseline))
            } else {
                print(&show_text(&detail, &discussion))
            }
        }
        WorkspaceCommand::Set(args) => set(workbench, args),
        WorkspaceCommand::Export { workspace, out } => {
            workbench.workspace_export(&workspace, &out)?;
            print(&format!("wrote {}\n", out.display()))
        }
        WorkspaceCommand::Import { file, json } => {
            let workspace = workbench.workspace_import(&file)?;
            if json {
                print_json(&workspace)
            } else {
                print(&format!("{}  {}\n", workspace.id, workspace.name))
            }
        }
        WorkspaceCommand::Duplicate { workspace, name } => {
            let copy = workbench.workspace_duplicate(&workspace, &name)?;
            print(&format!("{}  {}\n", copy.id, copy.name))
        }
        WorkspaceCommand::Archive { workspace, undo } => {
            workbench.workspace_archive(&workspace, !undo)?;
            print(if undo {
                "brought back from the archive\n"
            } else {
                "archived\n"
            })
        }
    }
}

fn create(workbench: &mut Workbench, args: CreateArgs) -> anyhow::Result<()> {
    let mut authorities = Vec::new();
    for spec in &args.authorities {
        let (code, name) = spec.split_once('=').ok_or_else(|| {
            Usage(format!(
                "--authority \"{spec}\" needs the form CODE=FULL_NAME, e.g. LCA=\"Lesotho Communications Authority\""
            ))
        })?;
        authorities.push(Authority {
            code: code.to_string(),
            name: name.to_string(),
            kind: AuthorityKind::default(),
        });
    }
    for spec in &args.kinds {
        let (code, kind) = spec.split_once('=').ok_or_else(|| {
            Usage(format!(
                "--kind \"{spec}\" needs the form CODE=KIND, e.g. LCA=telecom-regulator"
            ))
        })?;
        let code = normalize_authority_code(code).map_err(adopt_core::Error::from)?;
        let kind: AuthorityKind = parse(kind)?;
        let authority = authorities
            .iter_mut()
            .find(|a| a.code.trim().eq_ignore_ascii_case(&code))
            .ok_or_else(|| Usage(format!("--kind names {code}, which is not given with --authority")))?;
        authority.kind = kind;
    }
    let language: Language = args.language.as_deref().map(parse).transpose()?.unwrap_or_default();
    let new = NewWorkspace {
        name: args.name,
        jurisdiction: args.jurisdiction,
        authorities,
        template: args
            .template
            .unwrap_or_else(|| adopt_core::default_template_in(language).to_string()),
    };
    let workspace = workbench.workspace_create_in(new, language)?;
    if args.json {
        print_json(&workspace)
    } else {
        print(&format!("{}\n", workspace.id))
    }
}

fn set(workbench: &mut Workbench, args: SetArgs) -> anyhow::Result<()> {
    // Read the reference document first, so a file that cannot be used changes nothing.
    let reference_doc = args.reference_doc.as_deref().map(read_reference_doc).transpose()?;
    let properties = WorkspaceProperties {
        name: args.name,
        doc_version: args.doc_version,
        reference: args.reference,
        prepared_by: args.prepared_by,
        event: args.event,
        template: args.template,
        language: args.language.as_deref().map(parse::<Language>).transpose()?,
    };
    let has_properties = properties != WorkspaceProperties::default();
    if !has_properties && reference_doc.is_none() && !args.clear_reference_doc {
        // Refused: the core says what to do when nothing is named.
        workbench.workspace_set(&args.workspace, properties)?;
        return Ok(());
    }
    let mut name = None;
    if has_properties {
        name = Some(workbench.workspace_set(&args.workspace, properties)?.name);
    }
    let mut text = String::new();
    if let Some(doc) = &reference_doc {
        workbench.reference_doc_set(&args.workspace, doc)?;
        text.push_str(&format!("reference document {} stored\n", doc.name));
    }
    if args.clear_reference_doc {
        let had = workbench.reference_doc_clear(&args.workspace)?;
        text.push_str(if had {
            "reference document removed\n"
        } else {
            "there was no reference document\n"
        });
    }
    if let Some(name) = name {
        text.insert_str(0, &format!("{name}: document properties saved\n"));
    }
    print(&text)
}

pub fn select(workbench: &mut Workbench, workspace: &str, ids: &[String]) -> anyhow::Result<()> {
    let outcome = workbench.select(workspace, ids)?;
    let mut text = String::new();
    if !outcome.added.is_empty() {
        text.push_str(&format!("selected: {}\n", outcome.added.join(", ")));
    }
    if !outcome.already.is_empty() {
        text.push_str(&format!("already selected: {}\n", outcome.already.join(", ")));
    }
    print(&text)
}

pub fn deselect(workbench: &mut Workbench, workspace: &str, ids: &[String], force: bool) -> anyhow::Result<()> {
    workbench.deselect(workspace, ids, force)?;
    let ids: Vec<String> = ids.iter().map(|i| i.trim().to_ascii_uppercase()).collect();
    print(&format!("deselected: {}\n", ids.join(", ")))
}

/// `workspace show --json`, shaped as the contract (§3) says.
#[derive(Serialize)]
struct WorkspaceJson<'a> {
    #[serde(flatten)]
    workspace: &'a adopt_domain::Workspace,
    items: Vec<ItemJson<'a>>,
    sessions: &'a [Session],
}

#[derive(Serialize)]
struct ItemJson<'a> {
    #[serde(flatten)]
    item: &'a SelectedItem,
    /// Each authority's gap-analysis answer on the item.
    baseline: Vec<&'a BaselineAnswer>,
    positions: Vec<&'a Position>,
    /// The item's current (latest) resolution.
    resolution: Option<&'a ItemResolution>,
}

impl<'a> WorkspaceJson<'a> {
    fn new(detail: &'a WorkspaceDetail, discussion: &'a Discussion, baseline: &'a [BaselineAnswer]) -> Self {
        let items = detail
            .items
            .iter()
            .map(|item| ItemJson {
                item,
                baseline: baseline.iter().filter(|b| b.item == item.id).collect(),
                positions: discussion.positions_on(&item.id).collect(),
                resolution: discussion.resolution(&item.id),
            })
            .collect();
        WorkspaceJson {
            workspace: &detail.workspace,
            items,
            sessions: &discussion.sessions,
        }
    }
}

fn show_text(detail: &WorkspaceDetail, discussion: &Discussion) -> String {
    let w = &detail.workspace;
    let mut text = format!(
        "{}  {}\nJurisdiction: {}\nTemplate:     {}\n",
        w.id, w.name, w.jurisdiction, w.template
    );
    let properties = [
        ("Version:     ", &w.doc_version),
        ("Reference:   ", &w.reference),
        ("Prepared by: ", &w.prepared_by),
        ("Event:       ", &w.event),
    ];
    for (label, value) in properties {
        if let Some(value) = value {
            text.push_str(&format!("{label} {value}\n"));
        }
    }
    text.push_str("Authorities:\n");
    for a in &w.authorities {
        text.push_str(&format!("  {:<8} {} ({})\n", a.code, a.name, a.kind.label()));
    }
    if detail.items.is_empty() {
        text.push_str("No item selected yet. Select items with `dfs-adopt select`.\n");
        return text;
    }
    text.push_str(&format!("Selected items ({}):\n", detail.items.len()));
    for item in &detail.items {
        let d = &item.decision;
        let mut line = format!("  {:<7} {:<16} {}", item.id, d.status.code(), item.title);
        if let Some(lead) = &d.lead {
            line.push_str(&format!("  [lead {lead}]"));
        }
        if let Some(due) = d.due {
            line.push_str(&format!("  [due {due}]"));
        }
        if let Some(r) = discussion.resolution(&item.id) {
            line.push_str(&format!("  [{}]", r.resolution.code()));
        }
        text.push_str(&line);
        text.push('\n');
    }
    if !discussion.sessions.is_empty() {
        text.push_str("Discussion sessions:\n");
        for session in &discussion.sessions {
            text.push_str(&format!(
                "  {:<4} {}  {}  facilitator {}, {} participants\n",
                super::discussion::shown(session),
                session.date,
                session.place.as_deref().unwrap_or("-"),
                session.facilitator,
                session.participants.len()
            ));
        }
    }
    text
}
