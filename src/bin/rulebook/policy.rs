//! `rulebook policy`: the drafter's tools, `explain` and `check-list`.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;
use union_rulebook::policy::{self, CandidateList, Policy};
use union_rulebook::{html, i18n};

use crate::io::{self, Answer, CliError, Format, Input, ReportFormat};

/// The `policy` subcommands.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// For each rule, what it requires for each body size, with the sizes where it
    /// cannot be met marked, and contradictions between rules.
    Explain(ExplainArgs),
    /// Checks a candidate list (CSV with an `id` column, `gender`, `birth_date`, and
    /// attributes) against the policy's order rules and list rules.
    CheckList(CheckListArgs),
}

/// The inputs of `policy explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The policy file (TOML, or JSON when it ends in .json).
    policy: PathBuf,
    #[command(flatten)]
    options: ExplainOptions,
}

/// The options of `policy explain` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct ExplainOptions {
    /// The body sizes: one number (`7`) or a range (`1..15`).
    #[arg(long, default_value = "1..15", value_parser = parse_seats)]
    seats: (u32, u32),
    /// Explain the rules in force on this date (YYYY-MM-DD); by default each
    /// rule's latest version.
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// Write each rule as the article of the statutes (AD/ART) it becomes, in the
    /// chosen language, with the surprising effects of its wording at the sizes of
    /// --seats (JSON: a `ClauseReport`, see `schemas/clause-report.schema.json`).
    #[arg(long)]
    clause: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: ReportFormat,
}

/// The inputs of `policy check-list`.
#[derive(Debug, clap::Args)]
pub struct CheckListArgs {
    /// The policy file (TOML, or JSON when it ends in .json).
    policy: PathBuf,
    /// The candidate list, in order, as CSV.
    list: PathBuf,
    #[command(flatten)]
    options: CheckListOptions,
}

/// The options of `policy check-list` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct CheckListOptions {
    /// The date the rules are taken as of (YYYY-MM-DD); today by default.
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

fn parse_seats(s: &str) -> Result<(u32, u32), String> {
    let bad = || tr!("cli-seats-unreadable", seats = format!("{s:?}"));
    let (a, b) = match s.split_once("..") {
        Some((a, b)) => (a.trim(), b.trim().trim_start_matches('=')),
        None => (s.trim(), s.trim()),
    };
    let a: u32 = a.parse().map_err(|_| bad())?;
    let b: u32 = b.parse().map_err(|_| bad())?;
    if a == 0 || a > b || b > 10_000 {
        return Err(tr!("cli-seats-not-range", seats = format!("{s:?}")));
    }
    Ok((a, b))
}

/// Reads a policy, TOML or JSON by its extension (`.json`: JSON, else TOML).
pub fn read_policy(input: &Input) -> Result<Policy, CliError> {
    let text = input.text()?;
    let result = if input.has_extension("json") {
        Policy::from_json_str(&text)
    } else {
        Policy::from_toml_str(&text)
    };
    result.map_err(|e| CliError::unreadable(input, &e))
}

/// `policy explain` on a policy: the table (or with `--clause` the clauses), rendered.
pub fn explain(policy: &Input, options: &ExplainOptions) -> Result<Answer, CliError> {
    let policy = read_policy(policy)?;
    let seats = options.seats.0..=options.seats.1;
    let table = policy::explain(&policy, seats.clone(), options.as_of);
    if options.clause {
        let report = policy::ClauseReport::new(&policy, &table, seats, i18n::current());
        return match options.format {
            ReportFormat::Text => Ok(Answer::text(report.render_text(), io::EXIT_OK)),
            ReportFormat::Json => Answer::json(&report, io::EXIT_OK),
            ReportFormat::Html => Err(CliError::new(tr!("cli-clause-no-html"))),
        };
    }
    Ok(match options.format {
        ReportFormat::Text => Answer::text(
            policy::messages::render_explanation(&policy, &table),
            io::EXIT_OK,
        ),
        ReportFormat::Json => Answer::json(&table, io::EXIT_OK)?,
        ReportFormat::Html => Answer::html(
            html::render_explanation(&table, i18n::current()),
            io::EXIT_OK,
        ),
    })
}

/// `policy check-list` on a policy and a candidate list (CSV): exit 1 when the list
/// breaks a rule.
pub fn check_list(
    policy: &Input,
    list: &Input,
    options: &CheckListOptions,
) -> Result<Answer, CliError> {
    let policy = read_policy(policy)?;
    let text = list.text()?;
    let candidates = CandidateList::from_csv(&text).map_err(|e| CliError::in_input(list, e))?;
    let as_of = options.as_of.unwrap_or_else(io::today);
    let check = policy::check_list(&policy, &candidates, as_of);
    let exit = if check.has_errors() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    };
    Ok(match options.format {
        Format::Text => {
            let heading = tr!(
                "cli-list-heading",
                file = list.name().to_string(),
                places = check.places,
                as_of = check.as_of.to_string()
            );
            Answer::text(format!("{heading}\n{}", check.render_text()), exit)
        }
        Format::Json => Answer::json(&check, exit)?,
    })
}

/// Runs a `policy` subcommand.
pub fn run(command: PolicyCommand) -> Result<ExitCode, CliError> {
    match command {
        PolicyCommand::Explain(args) => explain(&Input::File(args.policy), &args.options)?.print(),
        PolicyCommand::CheckList(args) => check_list(
            &Input::File(args.policy),
            &Input::File(args.list),
            &args.options,
        )?
        .print(),
    }
}
