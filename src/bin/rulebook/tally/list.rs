//! `rulebook tally VOTES.csv --candidates FILE`: a list election with named candidates
//! (WO 2001 §15): the lists' seats, each list's seats to its candidates in list order,
//! and with `--floor GROUP=N` the minority's floor met by list jump. The counting, the
//! report and its renderings are the library's ([`election::elect_lists`],
//! [`election::ListElectionReport`], [`html::render_list_election`]).

use std::path::PathBuf;

use union_rulebook::election::{self, ListCandidates, ListFloor, ListOptions};
use union_rulebook::read::csv::CsvErrors;
use union_rulebook::{html, i18n};

use super::{TallyFormat, TallyOptions, messages};
use crate::io::{self, Answer, CliError, Input};

/// The options of a list election with named candidates.
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// For list methods on a CSV of list votes: the candidates of every list (CSV with
    /// `list`, `position`, `id` and optional `name` and `group` columns); each list's
    /// seats go to its candidates in list order (WO §15(3)-(4)).
    #[arg(long, value_name = "FILE")]
    pub candidates: Option<PathBuf>,
    /// With --candidates: the fewest seats a group must hold, as `GROUP=N` (`woman=3`),
    /// met by list jump (WO §15(5)).
    #[arg(long, value_name = "GROUP=N", requires = "candidates")]
    pub floor: Option<String>,
    /// With --candidates: a policy (TOML, or JSON when it ends in .json) whose binding
    /// `list-jump` rules in force on --as-of set the floor for the seats, their groups
    /// picked by the candidates' `gender`, `birth_date` and other columns.
    #[arg(
        long,
        value_name = "FILE",
        requires = "candidates",
        conflicts_with = "floor"
    )]
    pub policy: Option<PathBuf>,
    /// With --policy: the day whose rules apply (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE", requires = "policy")]
    pub as_of: Option<chrono::NaiveDate>,
    /// With --candidates: show the candidates' names (by default only their ids).
    #[arg(long, requires = "candidates")]
    pub include_personal: bool,
}

/// A CSV file's problems, each on its own line after the file's name.
pub(crate) fn csv_errors(input: &Input, e: &CsvErrors) -> CliError {
    let name = input.name().to_string();
    let mut lines = e.errors.iter().map(ToString::to_string);
    let first = lines.next().unwrap_or_default();
    let rest: String = lines.map(|l| format!("\n{name}: {l}")).collect();
    CliError::in_input(input, format!("{first}{rest}"))
}

/// The list election counted and rendered.
pub fn answer(
    file: &Input,
    candidates: &Input,
    lists: &ListArgs,
    args: &TallyOptions,
) -> Result<Answer, CliError> {
    let Some(method) = &args.method else {
        return Err(CliError::new(messages::method_needed()));
    };
    let settings = super::settings(args, method, false)?;
    let method = settings
        .method()
        .map_err(|e| CliError::new(e.to_string()))?;
    let seats = args
        .seats
        .ok_or_else(|| CliError::new(messages::seats_needed_for_csv()))?;
    let votes = election::read_list_votes_csv(&file.text()?, seats)
        .map_err(|e| CliError::in_input(file, e))?;
    let named =
        ListCandidates::from_csv(&candidates.text()?).map_err(|e| csv_errors(candidates, &e))?;
    let policy = match &lists.policy {
        Some(p) => Some(crate::policy::read_policy(&Input::File(p.clone()))?),
        None => None,
    };
    let mut options = ListOptions::new().names(lists.include_personal);
    if let Some(p) = &policy {
        options = options.policy(p, lists.as_of.unwrap_or_else(io::today));
    }
    if let Some(f) = &lists.floor {
        let floor: ListFloor = f
            .parse()
            .map_err(|e| CliError::new(format!("--floor: {e}")))?;
        options = options.floor(floor);
    }
    let report =
        election::elect_lists(&votes, &named, &method, &settings.tie_break(None), &options)
            .map_err(|e| {
                // The count is of the votes file; what goes wrong after it, of the candidates.
                let about = match e {
                    election::ListElectionError::Count(_) => file,
                    _ => candidates,
                };
                CliError::in_input(about, messages::cannot_count(&e))
            })?;
    // A floor left unmet that its rule does not accept is a rule left broken: exit 1,
    // as `elect` does.
    let exit = if report.floor_broken() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    };
    Ok(match args.format {
        TallyFormat::Json => Answer::json(&report, exit)?,
        TallyFormat::Text => Answer::text(report.render_text(), exit),
        TallyFormat::Html => {
            Answer::html(html::render_list_election(&report, i18n::current()), exit)
        }
        TallyFormat::UniversalTabulator => {
            return Err(CliError::new(tr!("lists-no-universal-tabulator")));
        }
    })
}
