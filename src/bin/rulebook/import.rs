//! `rulebook import popolo FILE --out DOC`: a document from another tool's format.

use crate::export::write_json;
use crate::io::{self, CliError};
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::interchange::members::{ColumnMap, Table, import_members};
use union_rulebook::interchange::popolo;

/// The formats `rulebook import` reads.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// A document from Popolo JSON (a collection, or one object with what it embeds).
    Popolo(PopoloArgs),
    /// Members from a membership spreadsheet (CSV or XLSX) into a document.
    Members(MembersArgs),
}

/// `rulebook import members`.
#[derive(Debug, clap::Args)]
pub struct MembersArgs {
    /// The spreadsheet: .csv, or .xlsx (also .xls, .ods).
    file: PathBuf,
    /// The document the members are added to (`.json` or `.toml`).
    #[arg(long, value_name = "DOC")]
    into: PathBuf,
    /// The new document to write (JSON; never over an input).
    #[arg(long, value_name = "NEW")]
    out: PathBuf,
    /// A mapping file (TOML, `[columns]`) naming the header of each field.
    #[arg(long, value_name = "MAP.toml")]
    map: Option<PathBuf>,
    /// Leave bad rows out (each listed on standard error) instead of writing nothing.
    #[arg(long)]
    skip_bad: bool,
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
                    "{}\n",
                    tr!(
                        "interchange-cli-note",
                        file = args.file.display().to_string(),
                        note = note
                    )
                ));
            }
            Ok(code)
        }
        ImportCommand::Members(args) => members(args),
    }
}

fn members(args: &MembersArgs) -> Result<ExitCode, CliError> {
    let doc = crate::validate::read_document(&crate::io::Input::File(args.into.clone()))?;
    let map = match &args.map {
        Some(path) => ColumnMap::from_toml_str(&io::read_text(path)?)
            .map_err(|e| CliError::in_file(path, e))?,
        None => ColumnMap::new(),
    };
    let is_csv = args
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let table = if is_csv {
        Table::from_csv(&io::read_text(&args.file)?)
    } else {
        Table::from_spreadsheet(&io::read_bytes(&args.file)?)
    }
    .map_err(|e| CliError::in_file(&args.file, e))?;
    let done = match import_members(&doc, &table, &map, args.skip_bad) {
        Ok(done) => done,
        Err(bad) => {
            for b in &bad {
                io::eprint(&format!("rulebook: {}: {b}\n", args.file.display()));
            }
            return Err(CliError::in_file(
                &args.file,
                tr!("interchange-cli-bad-rows", count = bad.len()),
            ));
        }
    };
    let mut inputs: Vec<&std::path::Path> = vec![&args.file, &args.into];
    if let Some(m) = &args.map {
        inputs.push(m);
    }
    let code = write_json(&done.document, Some(&args.out), &inputs)?;
    for b in &done.skipped {
        io::eprint(&format!(
            "{}\n",
            tr!(
                "interchange-cli-skipped",
                file = args.file.display().to_string(),
                row = b.to_string()
            )
        ));
    }
    Ok(code)
}
