//! `rulebook convert IN OUT`: a ballot file from BLT to PrefLib (`.soi`, `.soc`,
//! `.toi`, `.toc`) or back, the format of each named by its extension.

use crate::io::{self, CliError};
use crate::tally::read_ballots;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use union_rulebook::election::{
    blt,
    preflib::{self, PreflibKind},
};

/// Convert a ballot file between BLT and PrefLib (by the files' extensions).
#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// The ballot file to read: .blt, .soi, .soc, .toi or .toc.
    input: PathBuf,
    /// The file to write (never over the input): .blt, .soi, .soc, .toi or .toc.
    output: PathBuf,
    /// Seats to fill in the written BLT (PrefLib files give none: the input's, or 1).
    #[arg(long)]
    seats: Option<u32>,
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// Runs `rulebook convert`.
pub fn run(args: &ConvertArgs) -> Result<ExitCode, CliError> {
    let out_ext = extension(&args.output);
    let out_kind = PreflibKind::from_extension(&out_ext);
    if out_kind.is_none() && out_ext != "blt" {
        return Err(CliError::new(tr!(
            "interchange-cli-convert-format",
            file = args.output.display().to_string()
        )));
    }
    let cannot = |e: &dyn std::fmt::Display| {
        CliError::in_file(&args.output, tr!("cli-cannot-write", error = e.to_string()))
    };
    let text = if extension(&args.input) == "blt" && out_kind.is_none() {
        // BLT to BLT keeps the nicknames and the tie order.
        let mut file = blt::read(&io::read_bytes(&args.input)?)
            .map_err(|e| CliError::in_file(&args.input, e))?;
        if let Some(s) = args.seats {
            file.election.seats = s;
        }
        blt::write_file(&file).map_err(|e| cannot(&e))?
    } else {
        let (mut election, _, _) = read_ballots(&crate::io::Input::File(args.input.clone()), None)?;
        if let Some(s) = args.seats {
            election.seats = s;
        }
        match out_kind {
            Some(kind) => preflib::write(&election, kind).map_err(|e| cannot(&e))?,
            None => blt::write(&election).map_err(|e| cannot(&e))?,
        }
    };
    let mut outputs = io::Outputs::new(&[&args.input]);
    outputs.add(&args.output, text.into_bytes())?;
    outputs.commit()?;
    Ok(ExitCode::from(io::EXIT_OK))
}
