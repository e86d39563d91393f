//! `dfs-adopt`: the command line over the shared core. Parses arguments, calls
//! [`adopt_core::Workbench`], prints text or JSON in the person's language, and maps errors to
//! the contract's exit codes.

mod args;
mod cli;
mod commands;
mod help;
mod output;

use std::ffi::OsString;
use std::process::ExitCode;

use adopt_core::Locale;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::output::m;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = |name: &str| std::env::var(name).ok();
    // Read before clap parses, so its help is in that language too.
    let requested = args::lang_flag(&args).or_else(|| env("DFS_ADOPT_LANG"));
    let locale = match args::locale(requested.as_deref(), env) {
        Ok(locale) => locale,
        Err(value) => return unknown_language(&value),
    };
    let mut command = help::localize(Cli::command(), locale);
    let cli = match command
        .try_get_matches_from_mut(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => error.format(&mut command).exit(),
    };
    // clap has the final word on where --lang was (the flag or DFS_ADOPT_LANG).
    let locale = match args::locale(cli.lang.as_deref(), env) {
        Ok(locale) => locale,
        Err(value) => return unknown_language(&value),
    };
    match commands::run(cli, locale) {
        Ok(code) => code,
        Err(error) => {
            // One line per problem: what was wrong and what to do (a survey reports every bad row).
            // The prefix stays `error:` in every language, for scripts that look for it.
            for line in commands::describe(&error, locale).lines() {
                eprintln!("error: {line}");
            }
            ExitCode::from(commands::exit_code(&error))
        }
    }
}

/// An unknown `--lang` is a usage error, said in both languages: we cannot know which one
/// the person reads.
fn unknown_language(value: &str) -> ExitCode {
    for locale in Locale::ALL {
        eprintln!("error: {}", m("cli-unknown-lang").with("value", value).render(locale));
    }
    ExitCode::from(2)
}
