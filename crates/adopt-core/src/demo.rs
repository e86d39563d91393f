//! A realistic demo: the Lesotho clinic of June 2025, with the telecom regulator (LCA) and the
//! central bank (CBL) deciding about forty recommendations with every status. Used by
//! `dfs-adopt demo`, the app's "Open the demo workspace", the tests and the benchmarks. The
//! French demo (`demo --language fr`) is the Abidjan clinic of Côte d'Ivoire, with ARTCI and
//! BCEAO, written in French throughout.
//!
//! What the demo holds is in `data/demo.toml` and `data/demo-fr.toml`, so it can be edited
//! without reading Rust; this module reads them and builds the workspace through the ordinary
//! workbench operations, the way a secretariat would record the clinic.

use adopt_domain::{
    ActionInput, AgendaOrder, Authority, DecisionPatch, DecisionStatus, Language, NewWorkspace, Participant,
    PositionInput, Priority, ReasonCode, Resolution, ResolutionInput, SessionDraft, Stance, Workspace,
};
use adopt_store::HistoryCopy;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::discussion::AgendaSlot;
use crate::error::Result;
use crate::views::WorkspaceProperties;
use crate::workbench::{Workbench, default_template_in};

/// The demo's data, compiled in.
const DEMO_TOML: &str = include_str!("../data/demo.toml");
/// The French demo's data.
const DEMO_FR_TOML: &str = include_str!("../data/demo-fr.toml");

/// The whole of `data/demo.toml`. Every table refuses fields it does not know, so a misspelt
/// field in the file fails the demo's test instead of being left out silently.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Demo {
    workspace: DemoWorkspace,
    authority: Vec<DemoAuthority>,
    decision: Vec<DemoDecision>,
    participant: Vec<DemoParticipant>,
    session: Vec<DemoSession>,
    survey: DemoSurvey,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoWorkspace {
    name: String,
    opened_name: String,
    jurisdiction: String,
    doc_version: Option<String>,
    reference: Option<String>,
    prepared_by: Option<String>,
    event: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoAuthority {
    code: String,
    name: String,
    kind: adopt_domain::AuthorityKind,
}

/// A selected item and the decision recorded on it before the discussion.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDecision {
    item: String,
    status: DecisionStatus,
    lead: Option<String>,
    #[serde(default)]
    support: Vec<String>,
    priority: Option<Priority>,
    due: Option<NaiveDate>,
    reason: Option<ReasonCode>,
    rationale: Option<String>,
    wording: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoParticipant {
    name: String,
    organisation: String,
    authority: String,
    role: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSession {
    date: NaiveDate,
    place: Option<String>,
    facilitator: String,
    time_box: Option<u32>,
    agenda: Option<DemoAgenda>,
    #[serde(default)]
    discussed: Vec<DemoDiscussed>,
    #[serde(default)]
    action: Vec<DemoAction>,
    #[serde(default)]
    parked: Vec<DemoParked>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoAgenda {
    order: AgendaOrder,
    items: Vec<String>,
    /// Minutes for each item.
    time_box: Option<u32>,
}

/// One item as the session went through it: positions, then the resolution, then the note.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDiscussed {
    item: String,
    #[serde(default)]
    positions: Vec<DemoPosition>,
    resolution: Option<Resolution>,
    conditions: Option<String>,
    status: Option<DecisionStatus>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoPosition {
    authority: String,
    stance: Stance,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoAction {
    item: String,
    what: String,
    owner: String,
    due: NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoParked {
    item: String,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSurvey {
    /// The file's lines; imported with Windows line ends.
    csv: String,
}

fn data() -> Demo {
    data_in(Language::En)
}

/// The demo's data in `language`; compiled in, and checked by the tests below.
fn data_in(language: Language) -> Demo {
    let (file, text) = match language {
        Language::En => ("demo.toml", DEMO_TOML),
        Language::Fr => ("demo-fr.toml", DEMO_FR_TOML),
    };
    toml::from_str(text).unwrap_or_else(|e| panic!("data/{file} is not a valid demo (its test says why): {e}"))
}

/// Creates the demo workspace "Lesotho DFS Security Clinic 2025" and decides its items.
pub fn create(workbench: &mut Workbench) -> Result<Workspace> {
    create_in(workbench, Language::En)
}

/// Creates the demo workspace in `language`: the Lesotho clinic in English, the Côte d'Ivoire
/// clinic (ARTCI and BCEAO) in French, a French workspace with French documents.
pub fn create_in(workbench: &mut Workbench, language: Language) -> Result<Workspace> {
    let demo = data_in(language);
    build(workbench, &demo, &demo.workspace.name, language)
}

impl Workbench {
    /// Opens the demo workspace in this database, as a new workspace named "Demo — Lesotho
    /// 2025" ("Demo — Lesotho 2025 (2)" and so on when the name is taken), and returns it.
    /// The demo is built on a private database first and copied in with its history in one
    /// transaction, so a failure leaves nothing half-built behind. Every line of its history is
    /// recorded under this workbench's name at the time of opening.
    pub fn demo_open(&mut self) -> Result<Workspace> {
        let demo = data();
        let base = &demo.workspace.opened_name;
        let name = self.free_name(base, |n| format!("{base} ({})", n + 1))?;
        let at = self.now();
        let mut scratch = Workbench::in_memory(&self.by)?;
        scratch.set_clock(move || at);
        let built = build(&mut scratch, &demo, &name, Language::En)?;
        let record = scratch.store.workspace_record(&built.id)?;
        let by = self.by.clone();
        Ok(self.store.insert_record(
            &record,
            &name,
            HistoryCopy::Keep,
            ("opened", "from the built-in demo"),
            at,
            &by,
        )?)
    }
}

/// Builds the demo as a workspace named `name`: properties, selection, decisions, the
/// discussion, then the survey answers.
fn build(workbench: &mut Workbench, demo: &Demo, name: &str, language: Language) -> Result<Workspace> {
    let new = NewWorkspace {
        name: name.into(),
        jurisdiction: demo.workspace.jurisdiction.clone(),
        authorities: demo
            .authority
            .iter()
            .map(|a| Authority {
                code: a.code.clone(),
                name: a.name.clone(),
                kind: a.kind,
            })
            .collect(),
        template: default_template_in(language).into(),
    };
    let workspace = workbench.workspace_create_in(new, language)?;
    let w = &demo.workspace;
    workbench.workspace_set(
        &workspace.id,
        WorkspaceProperties {
            doc_version: w.doc_version.clone(),
            reference: w.reference.clone(),
            prepared_by: w.prepared_by.clone(),
            event: w.event.clone(),
            ..WorkspaceProperties::default()
        },
    )?;
    let ids: Vec<String> = demo.decision.iter().map(|d| d.item.clone()).collect();
    workbench.select(&workspace.id, &ids)?;
    for d in demo.decision.iter().filter(|d| d.status != DecisionStatus::Open) {
        let patch = DecisionPatch {
            status: Some(d.status),
            reason: d.reason,
            rationale: d.rationale.clone(),
            wording: d.wording.clone(),
            lead: d.lead.clone(),
            support: (!d.support.is_empty()).then(|| d.support.clone()),
            priority: d.priority,
            due: d.due,
            clear: Vec::new(),
        };
        workbench.decide(&workspace.id, &d.item, &patch, None)?;
    }
    for session in &demo.session {
        discuss(workbench, &workspace.id, session, &demo.participant)?;
    }
    // The CSV a user's spreadsheet would save: Windows line ends.
    let csv: String = demo.survey.csv.lines().flat_map(|line| [line, "\r\n"]).collect();
    workbench.survey_import_bytes(
        &workspace.id,
        csv.as_bytes(),
        adopt_domain::SurveyFormat::Csv,
        None,
        false,
    )?;
    Ok(workspace)
}

/// Records one session with every participant: its agenda, the items discussed, the action
/// items, the parked items.
fn discuss(workbench: &mut Workbench, ws: &str, session: &DemoSession, people: &[DemoParticipant]) -> Result<()> {
    let participants = people
        .iter()
        .map(|p| Participant {
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            authority: p.authority.clone(),
            role: p.role.clone(),
        })
        .collect();
    let draft = SessionDraft {
        date: session.date,
        place: session.place.clone(),
        facilitator: session.facilitator.clone(),
        participants,
        time_box: session.time_box,
    };
    let id = workbench.session_create(ws, draft)?.id;
    if let Some(agenda) = &session.agenda {
        let slots = agenda
            .items
            .iter()
            .map(|item| AgendaSlot {
                item: item.clone(),
                time_box: agenda.time_box,
            })
            .collect();
        workbench.agenda_set(ws, Some(&id), agenda.order, slots)?;
    }
    for d in &session.discussed {
        for p in &d.positions {
            let position = PositionInput {
                authority: p.authority.clone(),
                stance: p.stance,
                note: p.note.clone(),
            };
            workbench.position_record(ws, &d.item, position, Some(&id))?;
        }
        if let Some(resolution) = d.resolution {
            let input = ResolutionInput {
                resolution,
                conditions: d.conditions.clone(),
                status: d.status,
            };
            workbench.resolve(ws, &d.item, input, Some(&id))?;
        }
        if d.note.is_some() {
            workbench.note_set(ws, &d.item, &id, d.note.clone())?;
        }
    }
    for a in &session.action {
        let action = ActionInput {
            what: a.what.clone(),
            owner: a.owner.clone(),
            due: a.due,
        };
        workbench.action_add(ws, &a.item, action, Some(&id))?;
    }
    for p in &session.parked {
        workbench.session_park(ws, &id, &p.item, p.reason.clone())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_uses_every_status_and_some_national_wording() {
        let decisions = data().decision;
        for status in DecisionStatus::ALL {
            assert!(
                decisions.iter().any(|d| d.status == *status),
                "the demo has no {status} item"
            );
        }
        assert!(decisions.iter().filter(|d| d.wording.is_some()).count() >= 3);
        assert!((35..=50).contains(&decisions.len()));
        let mut workbench = Workbench::in_memory("demo").unwrap();
        let ws = create(&mut workbench).unwrap();
        let items = workbench.workspace_show(&ws.id).unwrap().items;
        assert_eq!(items.len(), decisions.len());
        for d in &decisions {
            let item = items.iter().find(|i| i.id == d.item).unwrap();
            assert_eq!(
                item.decision.status, d.status,
                "the discussion leaves {} as decided",
                d.item
            );
        }
        let discussion = workbench.discussion_show(&ws.id).unwrap();
        assert_eq!(discussion.sessions.len(), 2);
        let register = discussion.divergences();
        let open: Vec<&str> = register
            .iter()
            .filter(|d| d.settled.is_none())
            .map(|d| d.item.as_str())
            .collect();
        assert_eq!(register.len(), 2, "one divergence settled, one open");
        assert_eq!(open, ["TEL-10"]);
    }

    #[test]
    fn the_data_file_refuses_a_misspelt_field() {
        let misspelt = DEMO_TOML.replacen("rationale = ", "rational = ", 1);
        let error = toml::from_str::<Demo>(&misspelt).err().expect("refused");
        assert!(error.to_string().contains("rational"), "{error}");
    }
}
