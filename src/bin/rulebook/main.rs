//! `rulebook`: validate union documents, audit representation rules, count elections and
//! apportion delegates from the command line.
//!
//! A thin layer over the library: it parses arguments, reads files, calls the library
//! and prints. Exit codes: 0 ok, 1 rule violations found, 2 bad input or usage.

// Some shared helpers (write_atomic, read_text, EXIT_VIOLATIONS) serve subcommands still
// to come; remove this allow once they are all in.
#[allow(dead_code)]
mod io;
mod tally;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Union rulebook: structure, quotas, elections and apportionment for trade unions.
#[derive(Debug, Parser)]
#[command(name = "rulebook", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Count an election from a ballot file (BLT or PrefLib).
    Tally(tally::TallyArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(io::EXIT_BAD_INPUT)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Tally(args) => tally::run(&args),
    };
    #[allow(unreachable_code)]
    match result {
        Ok(code) => code,
        Err(e) => io::report(&e),
    }
}
