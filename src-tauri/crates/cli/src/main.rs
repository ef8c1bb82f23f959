//! `lagdesk-cli`: what the window does to data, without a window. A thin shell over the store
//! and exchange crates: it parses arguments, calls them and maps their errors to exit codes:
//! 0 when it worked, 2 for invalid input (the message names the file, row, column or field),
//! 1 for any other failure. Nothing is changed when it exits non-zero.

mod args;
mod commands;
mod error;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
