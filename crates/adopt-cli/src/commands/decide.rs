use adopt_core::{Locale, Workbench};
use adopt_domain::{DecisionField, DecisionPatch, parse_date};

use crate::args::parse;
use crate::cli::DecideArgs;
use crate::output::{m, say};

pub fn run(workbench: &mut Workbench, args: DecideArgs, locale: Locale) -> anyhow::Result<()> {
    let patch = DecisionPatch {
        status: args.status.as_deref().map(parse).transpose()?,
        reason: args.reason.as_deref().map(parse).transpose()?,
        rationale: args.rationale,
        wording: args.wording,
        lead: args.lead,
        support: (!args.support.is_empty()).then_some(args.support),
        priority: args.priority.as_deref().map(parse).transpose()?,
        due: args
            .due
            .as_deref()
            .map(parse_date)
            .transpose()
            .map_err(adopt_core::Error::from)?,
        clear: args
            .clear
            .iter()
            .map(|f| parse::<DecisionField>(f))
            .collect::<Result<_, _>>()?,
    };
    let before = workbench.workspace_show(&args.workspace)?;
    let decision = workbench.decide(&args.workspace, &args.id, &patch, args.if_revision)?;
    let id = args.id.trim().to_ascii_uppercase();
    let unchanged = before
        .items
        .iter()
        .any(|i| i.id == id && i.decision.revision == decision.revision);
    let said = if unchanged {
        m("cli-decide-unchanged")
    } else {
        m("cli-decide-changed")
    };
    say(
        locale,
        said.with("item", id)
            .with("status", decision.status.to_string())
            .with("revision", decision.revision),
    )
}
