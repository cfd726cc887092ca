//! `rulebook decide MOTION`: decide a motion and explain the decision.

use crate::io::{self, Answer, CliError, Input, ReportFormat as Format};
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
    #[command(flatten)]
    options: DecideOptions,
    /// The delegates, from an OpenSlides participant CSV (`member_number` or
    /// `username`, `vote_weight`, `is_active`, `is_present`), instead of the motion's
    /// own list.
    #[arg(long, value_name = "FILE.csv")]
    delegates: Option<PathBuf>,
}

/// The options of `rulebook decide` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct DecideOptions {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// What `decide` gives: a decision, or votes that cannot be counted.
#[derive(Debug)]
pub enum Decided {
    /// The motion was decided (carried or not): the rendered decision.
    Decided(Answer),
    /// The votes break the rules of voting: the report of the problems (printed on
    /// stdout as JSON, on stderr as text), and the error the command ends with.
    NotCounted {
        /// The problems.
        report: DecisionErrors,
        /// The error (exit 2).
        error: CliError,
    },
}

/// `rulebook decide` on a motion, with its delegates from an OpenSlides CSV if given.
pub fn decide(
    motion_input: &Input,
    delegates: Option<&Input>,
    options: &DecideOptions,
) -> Result<Decided, CliError> {
    let text = motion_input.text()?;
    let mut motion: Motion = if motion_input.has_extension("toml") {
        read::from_toml_str(&text)
    } else {
        read::from_json_str(&text)
    }
    .map_err(|e| CliError::unreadable(motion_input, &e))?;
    if let Some(input) = delegates {
        motion.delegates = openslides::read_delegates_csv(&input.text()?)
            .map_err(|e| CliError::in_input(input, e))?;
    }
    match decision::decide(&motion) {
        Ok(d) => Ok(Decided::Decided(match options.format {
            Format::Text => Answer::text(decision::render_text(&d), io::EXIT_OK),
            Format::Json => Answer::json(&d, io::EXIT_OK)?,
            Format::Html => Answer::html(html::render_decision(&d, i18n::current()), io::EXIT_OK),
        })),
        Err(e) => {
            let report = DecisionErrors::from(e);
            let error = CliError::in_input(
                motion_input,
                tr!("cli-votes-not-counted", count = report.errors.len()),
            );
            Ok(Decided::NotCounted { report, error })
        }
    }
}

/// Runs the command. Exit 0 when the motion was decided (carried or not), 2 when the
/// file cannot be read or its votes break the rules of voting.
pub fn run(args: &Args) -> Result<ExitCode, CliError> {
    let delegates = args.delegates.clone().map(Input::File);
    match decide(
        &Input::File(args.motion.clone()),
        delegates.as_ref(),
        &args.options,
    )? {
        Decided::Decided(answer) => answer.print(),
        Decided::NotCounted { report, error } => {
            match args.options.format {
                Format::Text | Format::Html => io::eprint(&report.render_text()),
                Format::Json => io::print_json(&report)?,
            }
            Err(error)
        }
    }
}
