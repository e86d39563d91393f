//! The open discussion (contract §5): sessions, positions, resolutions, actions and minutes.

use adopt_core::{ExportFormat, Workbench, parse_participant, write_file};
use adopt_domain::{ActionInput, PositionInput, ResolutionInput, SessionDraft, parse_date};

use crate::args::parse;
use crate::cli::{ActionArgs, MinutesArgs, PositionArgs, ResolveArgs, SessionCommand};
use crate::output::{count, print, print_json};

fn date(text: &str) -> Result<chrono::NaiveDate, adopt_core::Error> {
    parse_date(text).map_err(adopt_core::Error::from)
}

pub fn session(workbench: &mut Workbench, command: SessionCommand) -> anyhow::Result<()> {
    match command {
        SessionCommand::Create(args) => {
            let participants = args
                .participants
                .iter()
                .map(|p| parse_participant(p).map_err(adopt_core::Error::from))
                .collect::<Result<Vec<_>, _>>()?;
            let draft = SessionDraft {
                date: date(&args.date)?,
                place: args.place,
                facilitator: args.facilitator,
                participants,
                time_box: args.time_box,
            };
            let session = workbench.session_create(&args.workspace, draft)?;
            if args.json {
                print_json(&session)
            } else {
                print(&format!("{}\n", session.id))
            }
        }
        SessionCommand::List { workspace, json } => {
            let sessions = workbench.session_list(&workspace)?;
            if json {
                return print_json(&sessions);
            }
            if sessions.is_empty() {
                return print("No discussion session yet. Create one with `dfs-adopt session create`.\n");
            }
            let mut text = String::new();
            for s in &sessions {
                text.push_str(&format!(
                    "{}  {}  {}  facilitator {}  {}, {} on the agenda\n",
                    shown(s),
                    s.date,
                    s.place.as_deref().unwrap_or("-"),
                    s.facilitator,
                    count(s.participants.len() as u64, "participant", "participants"),
                    count(s.agenda.len() as u64, "item", "items")
                ));
            }
            print(&text)
        }
        SessionCommand::Anonymise { workspace } => {
            let removed = workbench.session_anonymise(&workspace)?;
            print(&format!(
                "{removed} names removed: participants are now named by their organisation, facilitators as \"Facilitator\"\n"
            ))
        }
    }
}

pub fn position(workbench: &mut Workbench, args: PositionArgs) -> anyhow::Result<()> {
    let input = PositionInput {
        authority: args.authority,
        stance: parse(&args.stance)?,
        note: args.note,
    };
    let change = workbench.position_record(&args.workspace, &args.id, input, args.session.as_deref())?;
    let p = &change.position;
    let was = match &change.previous {
        Some(previous) if previous.stance != p.stance => format!(" (was {})", previous.stance),
        _ => String::new(),
    };
    print(&format!(
        "{}: {} {}{was} in session {}\n",
        p.item,
        p.authority,
        p.stance,
        session_label(workbench, &args.workspace, &p.session)?
    ))
}

pub fn resolve(workbench: &mut Workbench, args: ResolveArgs) -> anyhow::Result<()> {
    let input = ResolutionInput {
        resolution: parse(&args.resolution)?,
        conditions: args.conditions,
        status: args.status.as_deref().map(parse).transpose()?,
    };
    let outcome = workbench.resolve(&args.workspace, &args.id, input, args.session.as_deref())?;
    let r = &outcome.resolution;
    let register = if r.resolution == adopt_domain::Resolution::Divergent {
        "; in the divergence register until settled"
    } else {
        ""
    };
    print(&format!(
        "{}: {} in session {}; status {}{register}\n",
        r.item,
        r.resolution,
        session_label(workbench, &args.workspace, &r.session)?,
        outcome.decision.status
    ))
}

pub fn action(workbench: &mut Workbench, args: ActionArgs) -> anyhow::Result<()> {
    let input = ActionInput {
        what: args.what,
        owner: args.owner,
        due: date(&args.due)?,
    };
    let action = workbench.action_add(&args.workspace, &args.id, input, args.session.as_deref())?;
    print(&format!(
        "action {} on {}: {} ({}, due {})\n",
        action.number, action.item, action.what, action.owner, action.due
    ))
}

/// A session as the lists show it: its label ("s3"), and its id too when that differs.
pub fn shown(session: &adopt_domain::Session) -> String {
    let label = session.label();
    if label == session.id {
        label
    } else {
        format!("{label} ({})", session.id)
    }
}

/// How the session with this id is shown in one-line answers: "s3".
fn session_label(workbench: &Workbench, workspace: &str, id: &str) -> anyhow::Result<String> {
    Ok(workbench
        .session_list(workspace)?
        .iter()
        .find(|s| s.id == id)
        .map_or_else(|| id.to_string(), adopt_domain::Session::label))
}

pub fn minutes(workbench: &Workbench, args: MinutesArgs) -> anyhow::Result<()> {
    let format: ExportFormat = parse(&args.format)?;
    let date = workbench.document_date(args.date.as_deref())?;
    let bytes = workbench.export_minutes(&args.workspace, &args.session, format, date)?;
    write_file(&args.out, &bytes)?;
    print(&format!(
        "wrote {} ({} KB)\n",
        args.out.display(),
        bytes.len().div_ceil(1024)
    ))
}
