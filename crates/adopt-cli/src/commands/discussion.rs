//! The open discussion (contract §5): sessions, positions, resolutions, actions and minutes.

use adopt_core::{ExportFormat, Locale, Workbench, parse_participant, write_file};
use adopt_domain::{ActionInput, PositionInput, ResolutionInput, SessionDraft, parse_date};

use crate::args::parse;
use crate::cli::{ActionArgs, MinutesArgs, PositionArgs, ResolveArgs, SessionCommand};
use crate::output::{line, m, print, print_json, say};

fn date(text: &str) -> Result<chrono::NaiveDate, adopt_core::Error> {
    parse_date(text).map_err(adopt_core::Error::from)
}

pub fn session(workbench: &mut Workbench, command: SessionCommand, locale: Locale) -> anyhow::Result<()> {
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
                return say(locale, m("cli-session-none"));
            }
            let mut text = String::new();
            for s in &sessions {
                text.push_str(&format!("{}  ", shown(s)));
                text.push_str(&line(
                    locale,
                    m("cli-session-line")
                        .with("date", s.date.to_string())
                        .with("place", s.place.as_deref().unwrap_or("-"))
                        .with("facilitator", &s.facilitator)
                        .with("participants", s.participants.len())
                        .with("items", s.agenda.len()),
                ));
            }
            print(&text)
        }
        SessionCommand::Anonymise { workspace } => {
            let removed = workbench.session_anonymise(&workspace)?;
            say(locale, m("cli-session-anonymised").with("count", removed))
        }
    }
}

pub fn position(workbench: &mut Workbench, args: PositionArgs, locale: Locale) -> anyhow::Result<()> {
    let input = PositionInput {
        authority: args.authority,
        stance: parse(&args.stance)?,
        note: args.note,
    };
    let change = workbench.position_record(&args.workspace, &args.id, input, args.session.as_deref())?;
    let p = &change.position;
    let said = match &change.previous {
        Some(previous) if previous.stance != p.stance => {
            m("cli-position-changed").with("was", previous.stance.to_string())
        }
        _ => m("cli-position"),
    };
    say(
        locale,
        said.with("item", &p.item)
            .with("authority", &p.authority)
            .with("stance", p.stance.to_string())
            .with("session", session_label(workbench, &args.workspace, &p.session)?),
    )
}

pub fn resolve(workbench: &mut Workbench, args: ResolveArgs, locale: Locale) -> anyhow::Result<()> {
    let input = ResolutionInput {
        resolution: parse(&args.resolution)?,
        conditions: args.conditions,
        status: args.status.as_deref().map(parse).transpose()?,
    };
    let outcome = workbench.resolve(&args.workspace, &args.id, input, args.session.as_deref())?;
    let r = &outcome.resolution;
    let said = if r.resolution == adopt_domain::Resolution::Divergent {
        m("cli-resolved-divergent")
    } else {
        m("cli-resolved")
    };
    say(
        locale,
        said.with("item", &r.item)
            .with("resolution", r.resolution.to_string())
            .with("session", session_label(workbench, &args.workspace, &r.session)?)
            .with("status", outcome.decision.status.to_string()),
    )
}

pub fn action(workbench: &mut Workbench, args: ActionArgs, locale: Locale) -> anyhow::Result<()> {
    let input = ActionInput {
        what: args.what,
        owner: args.owner,
        due: date(&args.due)?,
    };
    let action = workbench.action_add(&args.workspace, &args.id, input, args.session.as_deref())?;
    say(
        locale,
        m("cli-action-added")
            .with("number", action.number)
            .with("item", &action.item)
            .with("what", &action.what)
            .with("owner", &action.owner)
            .with("due", action.due.to_string()),
    )
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

pub fn minutes(workbench: &Workbench, args: MinutesArgs, locale: Locale) -> anyhow::Result<()> {
    let format: ExportFormat = parse(&args.format)?;
    let date = workbench.document_date(args.date.as_deref())?;
    let bytes = workbench.export_minutes(&args.workspace, &args.session, format, date)?;
    write_file(&args.out, &bytes)?;
    say(
        locale,
        m("cli-wrote-size")
            .with("path", args.out.display().to_string())
            .with("kb", bytes.len().div_ceil(1024)),
    )
}
