//! `dfs-adopt`: the command line over the shared core. Parses arguments, calls
//! [`adopt_core::Workbench`], prints text or JSON, and maps errors to the contract's exit codes.

mod args;
mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            // One line per problem: what was wrong and what to do (a survey reports every bad row).
            for line in commands::describe(&error).lines() {
                eprintln!("error: {line}");
            }
            ExitCode::from(commands::exit_code(&error))
        }
    }
}
