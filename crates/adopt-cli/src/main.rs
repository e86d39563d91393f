//! `dfs-adopt`: the command line over the shared core. Parses arguments, calls
//! [`adopt_core::Workbench`], prints text or JSON, and maps errors to the contract's exit codes.

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
            // One line: what was wrong and what to do.
            eprintln!("error: {}", commands::describe(&error));
            ExitCode::from(commands::exit_code(&error))
        }
    }
}
