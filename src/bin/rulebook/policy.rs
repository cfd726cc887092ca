//! `rulebook policy`: the drafter's tools, `explain` and `check-list`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;
use union_rulebook::policy::{self, CandidateList, Policy};
use union_rulebook::{html, i18n};

use crate::io::{self, CliError, Format, ReportFormat};

/// The `policy` subcommands.
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// For each rule, what it requires for each body size, with the sizes where it
    /// cannot be met marked, and contradictions between rules.
    Explain {
        /// The policy file (TOML, or JSON when it ends in .json).
        policy: PathBuf,
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
    },
    /// Checks a candidate list (CSV with an `id` column, `gender`, `birth_date`, and
    /// attributes) against the policy's order rules and list rules.
    CheckList {
        /// The policy file (TOML, or JSON when it ends in .json).
        policy: PathBuf,
        /// The candidate list, in order, as CSV.
        list: PathBuf,
        /// The date the rules are taken as of (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<NaiveDate>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
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

/// Reads a policy file, TOML or JSON by its extension.
pub fn read_policy(path: &Path) -> Result<Policy, CliError> {
    let text = io::read_text(path)?;
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let result = if is_json {
        Policy::from_json_str(&text)
    } else {
        Policy::from_toml_str(&text)
    };
    result.map_err(|e| CliError::in_file(path, e))
}

/// Runs a `policy` subcommand.
pub fn run(command: PolicyCommand) -> Result<ExitCode, CliError> {
    match command {
        PolicyCommand::Explain {
            policy: path,
            seats,
            as_of,
            clause,
            format,
        } => {
            let policy = read_policy(&path)?;
            let table = policy::explain(&policy, seats.0..=seats.1, as_of);
            if clause {
                let report = policy::ClauseReport::new(
                    &policy,
                    &table,
                    seats.0..=seats.1,
                    union_rulebook::i18n::current(),
                );
                match format {
                    ReportFormat::Text => io::print(&report.render_text())?,
                    ReportFormat::Json => io::print_json(&report)?,
                    ReportFormat::Html => return Err(CliError::new(tr!("cli-clause-no-html"))),
                }
                return Ok(ExitCode::from(io::EXIT_OK));
            }
            match format {
                ReportFormat::Text => {
                    io::print(&policy::messages::render_explanation(&policy, &table))?;
                }
                ReportFormat::Json => io::print_json(&table)?,
                ReportFormat::Html => {
                    io::print(&html::render_explanation(&table, i18n::current()))?;
                }
            }
            Ok(ExitCode::from(io::EXIT_OK))
        }
        PolicyCommand::CheckList {
            policy: path,
            list,
            as_of,
            format,
        } => {
            let policy = read_policy(&path)?;
            let text = io::read_text(&list)?;
            let candidates =
                CandidateList::from_csv(&text).map_err(|e| CliError::in_file(&list, e))?;
            let as_of = as_of.unwrap_or_else(io::today);
            let check = policy::check_list(&policy, &candidates, as_of);
            match format {
                Format::Text => {
                    let heading = tr!(
                        "cli-list-heading",
                        file = list.display().to_string(),
                        places = check.places,
                        as_of = check.as_of.to_string()
                    );
                    io::print(&format!("{heading}\n{}", check.render_text()))?;
                }
                Format::Json => io::print_json(&check)?,
            }
            Ok(ExitCode::from(if check.has_errors() {
                io::EXIT_VIOLATIONS
            } else {
                io::EXIT_OK
            }))
        }
    }
}
