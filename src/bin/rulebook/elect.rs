//! `rulebook elect`: run an election held under a rule of the document.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde_json::{Value, json};
use union_rulebook::election::{Method, TieBreak};
use union_rulebook::election_rules::{ElectRequest, ElectionResult, elect};
use union_rulebook::model::Organization;

use crate::io::{self, CliError, Format};
use crate::tally::{self, InputFormat, TiePolicy};

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
    /// How ties in the count are settled. Default: the ballot file's `[tie]` order if
    /// it has one, else `backward`.
    #[arg(long, value_enum)]
    ties: Option<TiePolicy>,
    /// The seed of the lot drawn when a tie is settled by lot (recorded in the result).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// Splits `RULE@DATE`.
fn parse_election(s: &str) -> Result<(String, Option<NaiveDate>), CliError> {
    match s.rsplit_once('@') {
        None => Ok((s.to_owned(), None)),
        Some((rule, date)) => {
            let d = date.parse::<NaiveDate>().map_err(|e| {
                CliError::new(format!(
                    "election {s}: {date} is not a date ({e}); expected RULE or RULE@YYYY-MM-DD"
                ))
            })?;
            Ok((rule.to_owned(), Some(d)))
        }
    }
}

/// Runs `rulebook elect`: exit 0 when done, 1 when a binding policy rule is left
/// broken (a floor not met, a delegation refused), 2 on bad input.
pub fn run(args: &ElectArgs) -> Result<ExitCode, CliError> {
    let (rule, date) = parse_election(&args.election)?;
    let org = crate::validate::read_document(&args.org)?;
    let policy = crate::audit::policy_for(&org, &args.org, args.policy.as_deref())?;
    let mut request = ElectRequest::new(rule);
    if let Some(d) = date {
        request = request.on(d);
    }
    let mut file_ties = None;
    if let Some(path) = &args.ballots {
        let (ballots, order) = tally::read_ballots(path, args.input_format)?;
        file_ties = order;
        request = request.ballots(ballots);
    }
    if let Some(path) = &args.runoff {
        let (runoff, _) = tally::read_ballots(path, args.input_format)?;
        request = request.runoff(runoff);
    }
    if let Some(limit) = args.limit {
        request = request.method(Method::Limited { limit });
    }
    if let Some(p) = &policy {
        request = request.policy(p);
    }
    request = request.ties(tie_break(args.ties, args.seed, file_ties));
    let result = elect(&org, &request).map_err(|e| CliError::in_file(&args.org, e))?;
    let inputs: Vec<&std::path::Path> = [
        Some(args.org.as_path()),
        args.ballots.as_deref(),
        args.runoff.as_deref(),
        args.policy.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(out) = &args.out {
        let after = result.apply(&org);
        let text = serde_json::to_string_pretty(&after)
            .map_err(|e| CliError::new(format!("cannot render JSON: {e}")))?;
        io::write_atomic(out, format!("{text}\n").as_bytes(), &inputs)?;
    }
    if let Some(path) = &args.patch {
        let text = serde_json::to_string_pretty(&json_patch(&org, &result))
            .map_err(|e| CliError::new(format!("cannot render JSON: {e}")))?;
        io::write_atomic(path, format!("{text}\n").as_bytes(), &inputs)?;
    }
    match args.format {
        Format::Text => print!("{}", result.render_text()),
        Format::Json => io::print_json(&result)?,
    }
    Ok(ExitCode::from(if result.has_errors() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    }))
}

fn tie_break(policy: Option<TiePolicy>, seed: u64, file: Option<TieBreak>) -> TieBreak {
    match policy {
        Some(TiePolicy::Forward) => TieBreak::Forward { seed },
        Some(TiePolicy::Backward) => TieBreak::Backward { seed },
        Some(TiePolicy::Lot) => TieBreak::Lot { seed },
        Some(TiePolicy::Fail) => TieBreak::Fail,
        Some(TiePolicy::File) | None => file.unwrap_or(TieBreak::Backward { seed }),
    }
}

/// The changes as RFC 6902 operations on the input document: each sitting term's
/// `end` set, seats added to the last post, and each new term appended. `add` on an
/// object member sets it whether or not it exists (RFC 6902 §4.1).
fn json_patch(org: &Organization, r: &ElectionResult) -> Value {
    let mut ops = Vec::new();
    for e in &r.ended {
        ops.push(json!({"op": "add", "path": format!("/terms/{}/end", e.index), "value": e.end}));
    }
    if r.added_seats > 0 {
        let found = org
            .bodies
            .iter()
            .enumerate()
            .find(|(_, b)| b.id == r.body)
            .and_then(|(bi, b)| {
                b.posts
                    .iter()
                    .enumerate()
                    .rfind(|(_, p)| r.posts.contains(&p.id))
                    .map(|(pi, p)| (bi, pi, p.seats.get()))
            });
        if let Some((bi, pi, seats)) = found {
            ops.push(json!({
                "op": "add",
                "path": format!("/bodies/{bi}/posts/{pi}/seats"),
                "value": seats.saturating_add(r.added_seats),
            }));
        }
    }
    if org.terms.is_empty() {
        // The document may have no `terms` member to append to.
        ops.push(json!({"op": "add", "path": "/terms", "value": r.terms}));
    } else {
        for t in &r.terms {
            ops.push(json!({"op": "add", "path": "/terms/-", "value": t}));
        }
    }
    Value::Array(ops)
}
