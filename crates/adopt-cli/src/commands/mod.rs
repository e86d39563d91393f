//! One module per noun of the command line; each turns parsed arguments into workbench calls.

mod catalog;
mod decide;
mod device;
mod diff;
mod discussion;
mod export;
mod history;
mod review;
mod survey;
mod sync;
mod version;
mod workspace;

use std::process::ExitCode;

use adopt_core::{Locale, Localized, Message, Workbench};
use adopt_domain::Language;

use crate::args::{Refused, Usage, parse};
use crate::cli::{Cli, Command, DeviceCommand, TemplateCommand, VersionCommand};
use crate::output::m;

/// Runs the command, saying everything in `locale`; JSON keys and codes never change with it.
pub fn run(cli: Cli, locale: Locale) -> anyhow::Result<ExitCode> {
    let path = cli.db.clone().unwrap_or_else(adopt_core::default_database_path);
    let by = cli.by.clone().unwrap_or_else(adopt_core::default_user);
    // A bad --device is refused before the database is opened, so it changes nothing.
    let device = cli
        .device
        .as_deref()
        .map(adopt_core::validate_device_name)
        .transpose()
        .map_err(adopt_core::Error::from)?;
    let open = || -> anyhow::Result<Workbench> {
        let mut workbench = Workbench::open(&path, &by)?;
        if let Some(name) = &device {
            workbench.set_device_name(name)?;
        }
        Ok(workbench)
    };
    match cli.command {
        Command::Catalog(command) => catalog::run(&open()?, command, locale)?,
        Command::Workspace(command) => workspace::run(&mut open()?, command, locale)?,
        Command::Select { workspace, ids } => workspace::select(&mut open()?, &workspace, &ids, locale)?,
        Command::Deselect { workspace, ids, force } => {
            workspace::deselect(&mut open()?, &workspace, &ids, force, locale)?
        }
        Command::Decide(args) => decide::run(&mut open()?, args, locale)?,
        Command::Session(command) => discussion::session(&mut open()?, command, locale)?,
        Command::Position(args) => discussion::position(&mut open()?, args, locale)?,
        Command::Resolve(args) => discussion::resolve(&mut open()?, args, locale)?,
        Command::Action(args) => discussion::action(&mut open()?, args, locale)?,
        Command::Minutes(args) => discussion::minutes(&open()?, args, locale)?,
        Command::Survey(command) => survey::run(&mut open()?, command, locale)?,
        Command::Check { workspace, json, date } => {
            return survey::check(&open()?, &workspace, json, date.as_deref(), locale);
        }
        Command::Version(VersionCommand::Verify { file, json }) => {
            return version::verify(&open()?, &file, json, locale);
        }
        Command::Version(command) => version::run(&mut open()?, command, locale)?,
        Command::Diff {
            workspace,
            from,
            to,
            json,
        } => diff::run(&open()?, &workspace, &from, to.as_deref(), json, locale)?,
        Command::Review(command) => review::run(&mut open()?, command, locale)?,
        Command::History { workspace, item, json } => {
            history::run(&open()?, &workspace, item.as_deref(), json, locale)?
        }
        Command::Device(DeviceCommand::Show { json }) => device::show(&mut open()?, json, locale)?,
        Command::Sync(command) => sync::run(&mut open()?, command, locale)?,
        Command::Conflicts(command) => sync::conflicts(&mut open()?, command, locale)?,
        Command::Export(args) => export::export(&open()?, args, locale)?,
        Command::Demo { out, language } => {
            let language: Language = language.as_deref().map(parse).transpose()?.unwrap_or_default();
            export::demo(&by, &out, language, locale)?
        }
        Command::Template(TemplateCommand::List { json }) => export::template_list(json)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The message for an error in `locale`, with the command that helps where there is one.
/// Errors that carry no message (a broken pipe, a JSON encoder's) keep their English words.
pub fn describe(error: &anyhow::Error, locale: Locale) -> String {
    use adopt_core::{Error, StoreError};
    let core = error.downcast_ref::<Error>();
    let said = core
        .map(Localized::message)
        .or_else(|| error.downcast_ref::<Usage>().map(Localized::message))
        .or_else(|| error.downcast_ref::<Refused>().map(Localized::message));
    let Some(message) = said else {
        return error.to_string();
    };
    let hint: Option<Message> = match core {
        Some(Error::Store(StoreError::WorkspaceNotFound(_))) => Some(m("cli-hint-workspace-list")),
        Some(Error::Store(StoreError::NotSelected { .. })) => Some(m("cli-hint-select")),
        Some(Error::Store(StoreError::Decided { .. })) => Some(m("cli-hint-force")),
        Some(Error::UnknownRecommendation(_)) => Some(m("cli-hint-catalog-list")),
        Some(Error::Store(StoreError::NoSession)) => Some(m("cli-hint-session-create")),
        Some(Error::Store(StoreError::SessionNotFound(_))) => Some(m("cli-hint-session-list")),
        Some(Error::Store(StoreError::VersionLabelTaken(_))) => Some(m("cli-hint-label")),
        Some(Error::NoVersionLabel) => Some(m("cli-hint-doc-version")),
        _ => None,
    };
    match hint {
        Some(hint) => hint.with("error", message).render(locale),
        None => message.render(locale),
    }
}

/// 2 for a malformed command line, 1 for everything else.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    let usage = error.is::<Usage>()
        || error
            .downcast_ref::<adopt_core::Error>()
            .is_some_and(adopt_core::Error::is_usage);
    if usage { 2 } else { 1 }
}
