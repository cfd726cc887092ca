//! `rulebook`: validate union documents, audit representation rules, count elections and
//! apportion delegates from the command line.
//!
//! A thin layer over the library: it parses arguments, reads files, calls the library
//! and prints. Exit codes: 0 ok, 1 rule violations found, 2 bad input or usage.

mod apportion;
mod audit;
mod decide;
mod elect;
mod io;
mod policy;
mod schema;
mod tally;
mod validate;

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
    /// Decide a motion: quorum, majority and the numbers that decided it.
    Decide(decide::Args),
    /// Apportion seats among units in proportion to their weights (CSV).
    Apportion(apportion::ApportionArgs),
    /// Count an election from a ballot file (BLT or PrefLib).
    Tally(tally::TallyArgs),
    /// Run an election held under a rule of the document: eligibility, count, policy
    /// consequences and the new terms of office.
    Elect(elect::ElectArgs),
    /// Audits every body of an organization against a representation policy: exit 0
    /// compliant, 1 binding rules broken, 2 bad input.
    Audit(audit::AuditArgs),
    /// Drafting tools for representation policies: explain rules, check lists.
    Policy {
        #[command(subcommand)]
        command: policy::PolicyCommand,
    },
    /// Check a union document and report every finding.
    Validate(validate::ValidateArgs),
    /// Write the JSON Schemas of every file rulebook reads or writes.
    Schema(schema::SchemaArgs),
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
        Command::Decide(args) => decide::run(&args),
        Command::Apportion(args) => apportion::run(args),
        Command::Tally(args) => tally::run(&args),
        Command::Elect(args) => elect::run(&args),
        Command::Policy { command } => policy::run(command),
        Command::Audit(args) => audit::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Schema(args) => schema::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => io::report(&e),
    }
}
