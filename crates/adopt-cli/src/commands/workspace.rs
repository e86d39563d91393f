use adopt_core::{Locale, Workbench, WorkspaceDetail, WorkspaceProperties, read_reference_doc};
use adopt_domain::{
    Authority, AuthorityKind, BaselineAnswer, Discussion, ItemResolution, Language, NewWorkspace, Position,
    SelectedItem, Session, normalize_authority_code,
};
use serde::Serialize;

use crate::args::{Usage, parse};
use crate::cli::{CreateArgs, SetArgs, WorkspaceCommand};
use crate::output::{labelled, language, line, m, print, print_json, say};

pub fn run(workbench: &mut Workbench, command: WorkspaceCommand, locale: Locale) -> anyhow::Result<()> {
    match command {
        WorkspaceCommand::Create(args) => create(workbench, args),
        WorkspaceCommand::List { json } => {
            let list = workbench.workspace_list()?;
            if json {
                return print_json(&list);
            }
            if list.is_empty() {
                return say(locale, m("cli-workspace-none"));
            }
            let mut text = String::new();
            for w in &list {
                text.push_str(
                    &m("cli-workspace-line")
                        .with("id", &w.id)
                        .with("name", &w.name)
                        .with("jurisdiction", &w.jurisdiction)
                        .with("authorities", w.authorities.join(", "))
                        .with("selected", w.selected)
                        .with("decided", w.decided)
                        .render(locale),
                );
                if w.archived {
                    text.push_str(&format!("  [{}]", m("cli-workspace-archived").render(locale)));
                }
                text.push('\n');
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
                print(&show_text(&detail, &discussion, locale))
            }
        }
        WorkspaceCommand::Set(args) => set(workbench, args, locale),
        WorkspaceCommand::Export { workspace, out } => {
            workbench.workspace_export(&workspace, &out)?;
            say(locale, m("cli-wrote").with("path", out.display().to_string()))
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
            say(
                locale,
                if undo {
                    m("cli-workspace-unarchived")
                } else {
                    m("cli-workspace-archived-done")
                },
            )
        }
    }
}

fn create(workbench: &mut Workbench, args: CreateArgs) -> anyhow::Result<()> {
    let mut authorities = Vec::new();
    for spec in &args.authorities {
        let (code, name) = spec
            .split_once('=')
            .ok_or_else(|| Usage(m("cli-authority-form").with("spec", spec)))?;
        authorities.push(Authority {
            code: code.to_string(),
            name: name.to_string(),
            kind: AuthorityKind::default(),
        });
    }
    for spec in &args.kinds {
        let (code, kind) = spec
            .split_once('=')
            .ok_or_else(|| Usage(m("cli-kind-form").with("spec", spec)))?;
        let code = normalize_authority_code(code).map_err(adopt_core::Error::from)?;
        let kind: AuthorityKind = parse(kind)?;
        let authority = authorities
            .iter_mut()
            .find(|a| a.code.trim().eq_ignore_ascii_case(&code))
            .ok_or_else(|| Usage(m("cli-kind-without-authority").with("code", &code)))?;
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

fn set(workbench: &mut Workbench, args: SetArgs, locale: Locale) -> anyhow::Result<()> {
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
        text.push_str(&line(locale, m("cli-reference-doc-stored").with("name", &doc.name)));
    }
    if args.clear_reference_doc {
        let had = workbench.reference_doc_clear(&args.workspace)?;
        text.push_str(&line(
            locale,
            if had {
                m("cli-reference-doc-removed")
            } else {
                m("cli-reference-doc-none")
            },
        ));
    }
    if let Some(name) = name {
        text.insert_str(0, &line(locale, m("cli-properties-saved").with("name", name)));
    }
    print(&text)
}

pub fn select(workbench: &mut Workbench, workspace: &str, ids: &[String], locale: Locale) -> anyhow::Result<()> {
    let outcome = workbench.select(workspace, ids)?;
    let mut text = String::new();
    if !outcome.added.is_empty() {
        text.push_str(&line(locale, m("cli-selected").with("items", outcome.added.join(", "))));
    }
    if !outcome.already.is_empty() {
        text.push_str(&line(
            locale,
            m("cli-already-selected").with("items", outcome.already.join(", ")),
        ));
    }
    print(&text)
}

pub fn deselect(
    workbench: &mut Workbench,
    workspace: &str,
    ids: &[String],
    force: bool,
    locale: Locale,
) -> anyhow::Result<()> {
    workbench.deselect(workspace, ids, force)?;
    let ids: Vec<String> = ids.iter().map(|i| i.trim().to_ascii_uppercase()).collect();
    say(locale, m("cli-deselected").with("items", ids.join(", ")))
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

fn show_text(detail: &WorkspaceDetail, discussion: &Discussion, locale: Locale) -> String {
    let w = &detail.workspace;
    let mut text = format!("{}  {}\n", w.id, w.name);
    text.push_str(&labelled(
        locale,
        vec![
            (m("cli-label-jurisdiction"), Some(w.jurisdiction.clone())),
            (m("cli-label-template"), Some(w.template.clone())),
            (m("cli-label-version"), w.doc_version.clone()),
            (m("cli-label-reference"), w.reference.clone()),
            (m("cli-label-prepared-by"), w.prepared_by.clone()),
            (m("cli-label-event"), w.event.clone()),
        ],
    ));
    text.push_str(&line(locale, m("cli-authorities-heading")));
    for a in &w.authorities {
        text.push_str(&format!(
            "  {:<8} {} ({})\n",
            a.code,
            a.name,
            a.kind.label_in(language(locale))
        ));
    }
    if detail.items.is_empty() {
        text.push_str(&line(locale, m("cli-no-item-selected")));
        return text;
    }
    text.push_str(&line(locale, m("cli-selected-items").with("count", detail.items.len())));
    for item in &detail.items {
        let d = &item.decision;
        let title = item.title_in(language(locale));
        let mut line = format!("  {:<7} {:<16} {}", item.id, d.status.code(), title);
        if let Some(lead) = &d.lead {
            line.push_str(&format!("  [{}]", m("cli-item-lead").with("lead", lead).render(locale)));
        }
        if let Some(due) = d.due {
            line.push_str(&format!(
                "  [{}]",
                m("cli-item-due").with("due", due.to_string()).render(locale)
            ));
        }
        if let Some(r) = discussion.resolution(&item.id) {
            line.push_str(&format!("  [{}]", r.resolution.code()));
        }
        text.push_str(&line);
        text.push('\n');
    }
    if !discussion.sessions.is_empty() {
        text.push_str(&line(locale, m("cli-sessions-heading")));
        for session in &discussion.sessions {
            text.push_str(&format!(
                "  {:<4} {}\n",
                super::discussion::shown(session),
                m("cli-session-summary")
                    .with("date", session.date.to_string())
                    .with("place", session.place.as_deref().unwrap_or("-"))
                    .with("facilitator", &session.facilitator)
                    .with("participants", session.participants.len())
                    .render(locale)
            ));
        }
    }
    text
}
