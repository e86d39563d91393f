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

use adopt_core::Workbench;
use adopt_domain::Language;

use crate::args::{Usage, parse};
use crate::cli::{Cli, Command, DeviceCommand, TemplateCommand, VersionCommand};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let path = cli.db.clone().unwrap_or_else(adopt_core::default_database_path);
    let by = cli.by.clone().unwrap_or_else(adopt_core::default_user);
    // A bad --device is refused before the database is opened, so it changes nothing.
    let device = cli
        .device
        .as_deref()
        .map(adopt_core::validate_device_name)
        .transpose()
        .map_err(adopt_core::Error::from)?;
    // The language of titles and statements printed; JSON keys and codes never change.
    let lang: Language = cli.lang.as_deref().map(parse).transpose()?.unwrap_or_default();
    let open = || -> anyhow::Result<Workbench> {
        let mut workbench = Workbench::open(&path, &by)?;
        if let Some(name) = &device {
            workbench.set_device_name(name)?;
        }
        Ok(workbench)
    };
    match cli.command {
        Command::Catalog(command) => catalog::run(&open()?, command, lang)?,
        Command::Workspace(command) => workspace::run(&mut open()?, command)?,
        Command::Select { workspace, ids } => workspace::select(&mut open()?, &workspace, &ids)?,
        Command::Deselect { workspace, ids, force } => workspace::deselect(&mut open()?, &workspace, &ids, force)?,
        Command::Decide(args) => decide::run(&mut open()?, args)?,
        Command::Session(command) => discussion::session(&mut open()?, command)?,
        Command::Position(args) => discussion::position(&mut open()?, args)?,
        Command::Resolve(args) => discussion::resolve(&mut open()?, args)?,
        Command::Action(args) => discussion::action(&mut open()?, args)?,
        Command::Minutes(args) => discussion::minutes(&open()?, args)?,
        Command::Survey(command) => survey::run(&mut open()?, command)?,
        Command::Check { workspace, json, date } => return survey::check(&open()?, &workspace, json, date.as_deref()),
        Command::Version(VersionCommand::Verify { file, json }) => return version::verify(&open()?, &file, json),
        Command::Version(command) => version::run(&mut open()?, command)?,
        Command::Diff {
            workspace,
            from,
            to,
            json,
        } => diff::run(&open()?, &workspace, &from, to.as_deref(), json)?,
        Command::Review(command) => review::run(&mut open()?, command)?,
        Command::History { workspace, item, json } => history::run(&open()?, &workspace, item.as_deref(), json)?,
        Command::Device(DeviceCommand::Show { json }) => device::show(&mut open()?, json)?,
        Command::Sync(command) => sync::run(&mut open()?, command)?,
        Command::Conflicts(command) => sync::conflicts(&mut open()?, command)?,
        Command::Export(args) => export::export(&open()?, args)?,
        Command::Demo { out, language } => {
            let language: Language = language.as_deref().map(parse).transpose()?.unwrap_or_default();
            export::demo(&by, &out, language)?
        }
        Command::Template(TemplateCommand::List { json }) => export::template_list(json)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The one-line message for an error, with the command that helps where there is one.
pub fn describe(error: &anyhow::Error) -> String {
    use adopt_core::{Error, StoreError};
    let hint = match error.downcast_ref::<Error>() {
        Some(Error::Store(StoreError::WorkspaceNotFound(_))) => " (`dfs-adopt workspace list` shows them)",
        Some(Error::Store(StoreError::NotSelected { .. })) => " with `dfs-adopt select`",
        Some(Error::Store(StoreError::Decided { .. })) => "; add --force to deselect it anyway",
        Some(Error::UnknownRecommendation(_)) => " (`dfs-adopt catalog list` shows them)",
        Some(Error::Store(StoreError::NoSession)) => " with `dfs-adopt session create`",
        Some(Error::Store(StoreError::SessionNotFound(_))) => " (`dfs-adopt session list` shows them)",
        Some(Error::Store(StoreError::VersionLabelTaken(_))) => " with --label",
        Some(Error::NoVersionLabel) => " (--label TEXT, or `dfs-adopt workspace set WS --doc-version TEXT`)",
        _ => "",
    };
    format!("{error}{hint}")
}

/// 2 for a malformed command line, 1 for everything else.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    let usage = error.is::<Usage>()
        || error
            .downcast_ref::<adopt_core::Error>()
            .is_some_and(adopt_core::Error::is_usage);
    if usage { 2 } else { 1 }
}
