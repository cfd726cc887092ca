//! `rulebook decide MOTION`: decide a motion and explain the decision.

use crate::io::{self, CliError, ReportFormat as Format};
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::decision::{self, DecisionErrors, Motion};
use union_rulebook::interchange::openslides;
use union_rulebook::read;
use union_rulebook::{html, i18n};

/// Decide a motion: quorum, votes and majority, with the numbers that decided it.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The motion file: JSON, or TOML when it ends in `.toml`.
    motion: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// The delegates, from an OpenSlides participant CSV (`member_number` or
    /// `username`, `vote_weight`, `is_active`, `is_present`), instead of the motion's
    /// own list.
    #[arg(long, value_name = "FILE.csv")]
    delegates: Option<PathBuf>,
}

/// Runs the command. Exit 0 when the motion was decided (carried or not), 2 when the
/// file cannot be read or its votes break the rules of voting.
pub fn run(args: &Args) -> Result<ExitCode, CliError> {
    let text = io::read_text(&args.motion)?;
    let is_toml = args
        .motion
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let mut motion: Motion = if is_toml {
        read::from_toml_str(&text)
    } else {
        read::from_json_str(&text)
    }
    .map_err(|e| CliError::in_file(&args.motion, e))?;
    if let Some(path) = &args.delegates {
        motion.delegates = openslides::read_delegates_csv(&io::read_text(path)?)
            .map_err(|e| CliError::in_file(path, e))?;
    }
    match decision::decide(&motion) {
        Ok(d) => {
            match args.format {
                Format::Text => io::print(&decision::render_text(&d))?,
                Format::Json => io::print_json(&d)?,
                Format::Html => io::print(&html::render_decision(&d, i18n::current()))?,
            }
            Ok(ExitCode::from(io::EXIT_OK))
        }
        Err(e) => {
            let report = DecisionErrors::from(e);
            match args.format {
                Format::Text | Format::Html => io::eprint(&report.render_text()),
                Format::Json => io::print_json(&report)?,
            }
            Err(CliError::in_file(
                &args.motion,
                tr!("cli-votes-not-counted", count = report.errors.len()),
            ))
        }
    }
}
