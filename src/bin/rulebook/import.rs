//! `rulebook import popolo FILE --out DOC`: a document from another tool's format.

use crate::export::write_json;
use crate::io::{self, CliError};
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::interchange::popolo;

/// The formats `rulebook import` reads.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// A document from Popolo JSON (a collection, or one object with what it embeds).
    Popolo(PopoloArgs),
}

/// `rulebook import popolo`.
#[derive(Debug, clap::Args)]
pub struct PopoloArgs {
    /// The Popolo JSON file.
    file: PathBuf,
    /// The document to write (JSON; never over the input).
    #[arg(long, value_name = "DOC")]
    out: PathBuf,
}

/// Runs `rulebook import`: what was left out or approximated goes to standard error,
/// one line each.
pub fn run(command: &ImportCommand) -> Result<ExitCode, CliError> {
    match command {
        ImportCommand::Popolo(args) => {
            let text = io::read_text(&args.file)?;
            let value = popolo::read(&text).map_err(|e| CliError::in_file(&args.file, e))?;
            let imported = popolo::import(&value).map_err(|e| CliError::in_file(&args.file, e))?;
            let code = write_json(&imported.document, Some(&args.out), &[&args.file])?;
            for note in &imported.notes {
                io::eprint(&format!(
                    "rulebook: note: {}: {note}\n",
                    args.file.display()
                ));
            }
            Ok(code)
        }
    }
}
