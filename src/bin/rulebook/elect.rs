//! `rulebook elect`: run an election held under a rule of the document.

use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use union_rulebook::election::{Method, TiePolicy};
use union_rulebook::election_rules::{ElectRequest, ElectionSelector, elect};
use union_rulebook::{html, i18n};

use crate::io::{self, CliError, ReportFormat as Format};
use crate::tally::{self, InputFormat};

/// Run an election held under an election rule of the document: eligibility, the
/// count (or an unopposed return), the policy's consequences and the new terms.
#[derive(Debug, clap::Args)]
pub struct ElectArgs {
    /// The organization document (JSON, or TOML when it ends in .toml); it may embed
    /// its policy under `policy`.
    org: PathBuf,
    /// The election: an election rule's id, for its latest recorded election, or
    /// `RULE@YYYY-MM-DD` for the one held that day.
    election: String,
    /// The ballots (BLT or PrefLib), with candidates named by person id. Without
    /// ballots, the nominations recorded for the election are returned unopposed.
    #[arg(long, value_name = "FILE")]
    ballots: Option<PathBuf>,
    /// The ballot file's format, when its extension does not say.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// For `two-round`: the second-round ballots.
    #[arg(long, value_name = "FILE")]
    runoff: Option<PathBuf>,
    /// For `limited`: how many candidates each voter may mark.
    #[arg(long)]
    limit: Option<u32>,
    /// The policy file (TOML, or JSON when it ends in .json); by default the
    /// document's own `policy` member, if any.
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Write the document after the election (new terms, sitting terms ended) to FILE.
    /// The input is never overwritten.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Write the changes as an RFC 6902 JSON Patch against the input document to FILE.
    #[arg(long, value_name = "FILE")]
    patch: Option<PathBuf>,
    /// How ties in the count are settled: forward, backward, lot, fail, or file.
    /// Default: the ballot file's `[tie]` order if it has one, else `backward`.
    #[arg(long, value_name = "POLICY")]
    ties: Option<TiePolicy>,
    /// Draw a lot from this seed for a tie that nothing else settles (recorded in the
    /// result). Without it no lot is drawn: such a tie is an error naming the tied
    /// candidates.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// Runs `rulebook elect`: exit 0 when done, 1 when a binding policy rule is left
/// broken (a floor not met, a delegation refused), 2 on bad input.
pub fn run(args: &ElectArgs) -> Result<ExitCode, CliError> {
    let election =
        ElectionSelector::from_str(&args.election).map_err(|e| CliError::new(e.to_string()))?;
    let org = crate::validate::read_document(&args.org)?;
    let policy = crate::audit::policy_for(&org, &args.org, args.policy.as_deref())?;
    let mut request = ElectRequest::from(election);
    let mut file_ties = None;
    let mut ballot_lines = Vec::new();
    if let Some(path) = &args.ballots {
        let (ballots, order, lines) = tally::read_ballots(path, args.input_format)?;
        file_ties = order;
        ballot_lines = lines;
        request = request.ballots(ballots);
    }
    if let Some(path) = &args.runoff {
        let (runoff, _, _) = tally::read_ballots(path, args.input_format)?;
        request = request.runoff(runoff);
    }
    if let Some(limit) = args.limit {
        request = request.method(Method::Limited { limit });
    }
    if let Some(p) = &policy {
        request = request.policy(p);
    }
    request = request.ties(
        args.ties
            .unwrap_or_default()
            .tie_break(args.seed, file_ties),
    );
    let result = elect(&org, &request).map_err(|e| {
        // An error about the ballot file names that file (and the ballot's line), not
        // the document; not with second-round ballots, which may be the ones at fault.
        match &args.ballots {
            Some(path) if e.is_about_ballots() && args.runoff.is_none() => {
                CliError::in_file(path, e.at_lines(&ballot_lines))
            }
            _ => CliError::in_file(&args.org, e),
        }
    })?;
    let inputs: Vec<&std::path::Path> = [
        Some(args.org.as_path()),
        args.ballots.as_deref(),
        args.runoff.as_deref(),
        args.policy.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Both files are checked (distinct, not an input, their folders exist) before
    // either is written, and written all or none.
    let mut outputs = io::Outputs::new(&inputs);
    if let Some(out) = &args.out {
        let after = result.apply(&org);
        let text = serde_json::to_string_pretty(&after)
            .map_err(|e| CliError::new(tr!("cli-cannot-render-json", error = e.to_string())))?;
        outputs.add(out, format!("{text}\n").into_bytes())?;
    }
    if let Some(path) = &args.patch {
        let text = serde_json::to_string_pretty(&result.patch(&org))
            .map_err(|e| CliError::new(tr!("cli-cannot-render-json", error = e.to_string())))?;
        outputs.add(path, format!("{text}\n").into_bytes())?;
    }
    outputs.commit()?;
    match args.format {
        Format::Text => io::print(&result.render_text())?,
        Format::Json => io::print_json(&result)?,
        Format::Html => io::print(&html::render_election(&result, i18n::current()))?,
    }
    Ok(ExitCode::from(if result.has_errors() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    }))
}
