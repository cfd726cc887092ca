//! `rulebook elect`: run an election held under a rule of the document.

use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use union_rulebook::election::{self, ListCandidates, Method, TiePolicy};
use union_rulebook::election_rules::{
    ElectError, ElectRequest, ElectionResult, ElectionSelector, ListPoll, elect,
};
use union_rulebook::model::Organization;
use union_rulebook::{html, i18n};

use crate::io::{self, Answer, CliError, Input, ReportFormat as Format};
use crate::tally::{self, InputFormat};

/// Run an election held under an election rule of the document: eligibility, the
/// count (or an unopposed return), the policy's consequences and the new terms.
#[derive(Debug, clap::Args)]
pub struct ElectArgs {
    /// The organization document (JSON, or TOML when it ends in .toml); it may embed
    /// its policy under `policy`.
    org: PathBuf,
    #[command(flatten)]
    options: ElectOptions,
    /// The ballots (BLT or PrefLib), with candidates named by person id. Without
    /// ballots, the nominations recorded for the election are returned unopposed.
    #[arg(long, value_name = "FILE")]
    ballots: Option<PathBuf>,
    /// For `two-round`: the second-round ballots.
    #[arg(long, value_name = "FILE")]
    runoff: Option<PathBuf>,
    /// For a rule counted by a list method (dhondt, sainte-lague, largest-remainder,
    /// ...): the votes per list (CSV with `name` and `votes` columns), instead of
    /// ballots. Needs --candidates.
    #[arg(
        long,
        value_name = "FILE",
        requires = "candidates",
        conflicts_with_all = ["ballots", "runoff"]
    )]
    list_votes: Option<PathBuf>,
    /// With --list-votes: the candidates of every list (CSV with `list`, `position`
    /// and `id` columns, as for `tally --candidates`), named by person id of the
    /// document; each list's seats go to its eligible candidates in list order.
    #[arg(long, value_name = "FILE", requires = "list_votes")]
    candidates: Option<PathBuf>,
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
}

/// The options of `rulebook elect` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct ElectOptions {
    /// The election: an election rule's id, for its latest recorded election, or
    /// `RULE@YYYY-MM-DD` for the one held that day.
    election: String,
    /// The ballot file's format, when its extension does not say.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// For `limited`: how many candidates each voter may mark.
    #[arg(long)]
    limit: Option<u32>,
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

/// The inputs of one election: the document, and optionally the ballots, the
/// second-round ballots and the policy.
#[derive(Debug)]
pub struct ElectInputs<'a> {
    /// The organization document.
    pub org: &'a Input,
    /// The ballots.
    pub ballots: Option<&'a Input>,
    /// The second-round ballots.
    pub runoff: Option<&'a Input>,
    /// The votes per list of a list election.
    pub list_votes: Option<&'a Input>,
    /// The candidates of the lists.
    pub candidates: Option<&'a Input>,
    /// The policy, instead of the document's own.
    pub policy: Option<&'a Input>,
}

/// Runs the election: the document as read, and the result.
pub fn elect_result(
    inputs: &ElectInputs<'_>,
    options: &ElectOptions,
) -> Result<(Organization, ElectionResult), CliError> {
    let election =
        ElectionSelector::from_str(&options.election).map_err(|e| CliError::new(e.to_string()))?;
    let org = crate::validate::read_document(inputs.org)?;
    let policy = crate::audit::policy_for(&org, inputs.org, inputs.policy)?;
    let mut request = ElectRequest::from(election);
    let mut file_ties = None;
    let mut ballot_lines = Vec::new();
    if let Some(input) = inputs.ballots {
        let (ballots, order, lines) = tally::read_ballots(input, options.input_format)?;
        file_ties = order;
        ballot_lines = lines;
        request = request.ballots(ballots);
    }
    let mut runoff_lines = Vec::new();
    if let Some(input) = inputs.runoff {
        let (runoff, _, lines) = tally::read_ballots(input, options.input_format)?;
        runoff_lines = lines;
        request = request.runoff(runoff);
    }
    match (inputs.list_votes, inputs.candidates) {
        (Some(votes), Some(candidates)) => request = request.lists(read_lists(votes, candidates)?),
        (None, None) => {}
        _ => return Err(CliError::new(tr!("cli-elect-lists-pair"))),
    }
    if let Some(limit) = options.limit {
        request = request.method(Method::Limited { limit });
    }
    if let Some(p) = &policy {
        request = request.policy(p);
    }
    request = request.ties(
        options
            .ties
            .unwrap_or_default()
            .tie_break(options.seed, file_ties),
    );
    let result = elect(&org, &request).map_err(|e| {
        // An error about the ballot file names that file (and the ballot's line), not
        // the document; not with second-round ballots, which may be the ones at fault.
        // A second-round ballot for a candidate outside the runoff names the runoff
        // file, with its line and column.
        if let (union_rulebook::election_rules::ElectError::Count(te), Some(runoff)) =
            (&e, inputs.runoff)
            && let Some(refused) = tally::second_round::refused(te, runoff, &runoff_lines)
        {
            return refused;
        }
        match (inputs.ballots, inputs.list_votes, inputs.candidates) {
            (Some(input), _, _) if e.is_about_ballots() && inputs.runoff.is_none() => {
                CliError::in_input(input, e.at_lines(&ballot_lines))
            }
            (_, Some(votes), _) if e.is_about_list_votes() => CliError::in_input(votes, e),
            (_, _, Some(candidates)) if e.is_about_list_candidates() => {
                list_candidates_error(candidates, &e)
            }
            _ => CliError::in_input(inputs.org, e),
        }
    })?;
    Ok((org, result))
}

/// The list votes and candidates of a list election, read (the seats are the posts').
fn read_lists(votes: &Input, candidates: &Input) -> Result<ListPoll, CliError> {
    let votes = election::read_list_votes_csv(&votes.text()?, 0)
        .map_err(|e| CliError::in_input(votes, e))?;
    let named = ListCandidates::from_csv(&candidates.text()?)
        .map_err(|e| tally::csv_errors(candidates, &e))?;
    Ok(ListPoll::new(votes, named))
}

/// An error about the candidates file, each line of it prefixed with the file's name
/// (every unknown person id on its own line, as `tally::csv_errors` does).
fn list_candidates_error(candidates: &Input, e: &ElectError) -> CliError {
    let name = candidates.name().to_string();
    let text = e.to_string();
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default().to_owned();
    let rest: String = lines.map(|l| format!("\n{name}: {l}")).collect();
    CliError::in_input(candidates, format!("{first}{rest}"))
}

/// The result rendered: exit 1 when a binding policy rule is left broken.
pub fn render(result: &ElectionResult, format: Format) -> Result<Answer, CliError> {
    let exit = if result.has_errors() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    };
    Ok(match format {
        Format::Text => Answer::text(result.render_text(), exit),
        Format::Json => Answer::json(result, exit)?,
        Format::Html => Answer::html(html::render_election(result, i18n::current()), exit),
    })
}

/// `rulebook elect` without output files: the rendered result (the server's).
#[cfg_attr(not(feature = "serve"), allow(dead_code))]
pub fn elect_answer(inputs: &ElectInputs<'_>, options: &ElectOptions) -> Result<Answer, CliError> {
    let (_, result) = elect_result(inputs, options)?;
    render(&result, options.format)
}

/// Runs `rulebook elect`: exit 0 when done, 1 when a binding policy rule is left
/// broken (a floor not met, a delegation refused), 2 on bad input.
pub fn run(args: &ElectArgs) -> Result<ExitCode, CliError> {
    let org_input = Input::File(args.org.clone());
    let ballots = args.ballots.clone().map(Input::File);
    let runoff = args.runoff.clone().map(Input::File);
    let policy = args.policy.clone().map(Input::File);
    let list_votes = args.list_votes.clone().map(Input::File);
    let candidates = args.candidates.clone().map(Input::File);
    let inputs = ElectInputs {
        org: &org_input,
        ballots: ballots.as_ref(),
        runoff: runoff.as_ref(),
        list_votes: list_votes.as_ref(),
        candidates: candidates.as_ref(),
        policy: policy.as_ref(),
    };
    let (org, result) = elect_result(&inputs, &args.options)?;
    let paths: Vec<&std::path::Path> = [
        Some(args.org.as_path()),
        args.ballots.as_deref(),
        args.runoff.as_deref(),
        args.list_votes.as_deref(),
        args.candidates.as_deref(),
        args.policy.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Both files are checked (distinct, not an input, their folders exist) before
    // either is written, and written all or none.
    let mut outputs = io::Outputs::new(&paths);
    if let Some(out) = &args.out {
        let after = result.apply(&org);
        outputs.add(out, io::json_text(&after)?.into_bytes())?;
    }
    if let Some(path) = &args.patch {
        outputs.add(path, io::json_text(&result.patch(&org))?.into_bytes())?;
    }
    outputs.commit()?;
    render(&result, args.options.format)?.print()
}
