//! `rulebook export popolo DOC`: a document in another tool's format.

use crate::io::{self, CliError};
use crate::validate::read_document;
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::interchange::openslides::{self, ParticipantOptions};
use union_rulebook::interchange::popolo::{self, ExportOptions};
use union_rulebook::model::BodyId;

/// The formats `rulebook export` writes.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// The document as Popolo JSON (organizations, posts, persons, memberships).
    Popolo(PopoloArgs),
    /// The holders of a body's posts as an OpenSlides participant-import CSV.
    Openslides(OpenslidesArgs),
}

/// `rulebook export openslides`.
#[derive(Debug, clap::Args)]
pub struct OpenslidesArgs {
    /// The document (`.json` or `.toml`).
    doc: PathBuf,
    /// The body whose post holders are the participants (a congress, a board).
    #[arg(long, value_name = "BODY")]
    body: String,
    /// The date whose holders, memberships and statistics are used (YYYY-MM-DD);
    /// today when absent.
    #[arg(long, value_name = "DATE")]
    as_of: Option<chrono::NaiveDate>,
    /// Card votes: each holder's vote weight is a share of their unit's members.
    #[arg(long)]
    card_votes: bool,
    /// Include personal data: names and genders (left out by default).
    #[arg(long)]
    include_personal: bool,
    /// Write to this file instead of standard output (never over the document).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
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
            let doc = read_document(&crate::io::Input::File(args.doc.clone()))?;
            let mut options = ExportOptions::new();
            options.include_personal = args.include_personal;
            let out = popolo::export(&doc, &options);
            write_json(&out, args.out.as_ref(), &[&args.doc])
        }
        ExportCommand::Openslides(args) => {
            let doc = read_document(&crate::io::Input::File(args.doc.clone()))?;
            let body = BodyId::new(args.body.as_str())
                .map_err(|e| CliError::new(format!("--body {}: {e}", args.body)))?;
            let mut options = ParticipantOptions::new(args.as_of.unwrap_or_else(io::today));
            options.card_votes = args.card_votes;
            options.include_personal = args.include_personal;
            let rows = openslides::participants(&doc, &body, &options)
                .map_err(|e| CliError::in_file(&args.doc, e))?;
            let text = openslides::write_csv(&rows).map_err(|e| {
                CliError::new(tr!(
                    "interchange-cli-cannot-write-csv",
                    error = e.to_string()
                ))
            })?;
            match &args.out {
                None => io::print(&text)?,
                Some(path) => {
                    let mut outputs = io::Outputs::new(&[&args.doc]);
                    outputs.add(path, text.into_bytes())?;
                    outputs.commit()?;
                }
            }
            Ok(ExitCode::from(io::EXIT_OK))
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
            let mut text = serde_json::to_string_pretty(value).map_err(|e| {
                CliError::new(tr!(
                    "interchange-cli-cannot-write-json",
                    error = e.to_string()
                ))
            })?;
            text.push('\n');
            let mut outputs = io::Outputs::new(inputs);
            outputs.add(path, text.into_bytes())?;
            outputs.commit()?;
        }
    }
    Ok(ExitCode::from(io::EXIT_OK))
}
