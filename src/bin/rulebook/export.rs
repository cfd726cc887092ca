//! `rulebook export popolo DOC`: a document in another tool's format.

use crate::io::{self, CliError};
use crate::validate::read_document;
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::interchange::popolo::{self, ExportOptions};

/// The formats `rulebook export` writes.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// The document as Popolo JSON (organizations, posts, persons, memberships).
    Popolo(PopoloArgs),
}

/// `rulebook export popolo`.
#[derive(Debug, clap::Args)]
pub struct PopoloArgs {
    /// The document (`.json` or `.toml`).
    doc: PathBuf,
    /// Write to this file instead of standard output (never over the document).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Include personal data: names, genders, birth dates, attributes and dues
    /// standing (left out by default).
    #[arg(long)]
    include_personal: bool,
}

/// Runs `rulebook export`.
pub fn run(command: &ExportCommand) -> Result<ExitCode, CliError> {
    match command {
        ExportCommand::Popolo(args) => {
            let doc = read_document(&args.doc)?;
            let mut options = ExportOptions::new();
            options.include_personal = args.include_personal;
            let out = popolo::export(&doc, &options);
            write_json(&out, args.out.as_ref(), &[&args.doc])
        }
    }
}

/// Prints `value` as pretty JSON, or writes it to `out` (all or none, never over an
/// input).
pub(crate) fn write_json<T: serde::Serialize>(
    value: &T,
    out: Option<&PathBuf>,
    inputs: &[&std::path::Path],
) -> Result<ExitCode, CliError> {
    match out {
        None => io::print_json(value)?,
        Some(path) => {
            let mut text = serde_json::to_string_pretty(value)
                .map_err(|e| CliError::new(format!("cannot write json: {e}")))?;
            text.push('\n');
            let mut outputs = io::Outputs::new(inputs);
            outputs.add(path, text.into_bytes())?;
            outputs.commit()?;
        }
    }
    Ok(ExitCode::from(io::EXIT_OK))
}
