//! `rulebook tally`: count an election from a ballot file.
//!
//! Reads a BLT or PrefLib file, counts it with the chosen method and prints the
//! elected candidates (and, with `--transcript`, every stage) as text or JSON. The
//! counting is the library's; this file only reads, dispatches and prints.

mod messages;

use crate::io::{self, CliError, Format};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use union_rulebook::apportionment::{self, Threshold};
use union_rulebook::election::{
    self, ListMethod, ListVotes, METHOD_NAMES, Method, Outcome, RankedElection, StageAction,
    TieBreak, TieSettlement, blt,
    preflib::{self, PreflibKind},
    stv,
};

/// Count an election from a ballot file (BLT or PrefLib).
#[derive(Debug, clap::Args)]
pub struct TallyArgs {
    /// The ballot file: .blt, or PrefLib .soi/.soc/.toi/.toc.
    file: PathBuf,
    /// The counting method (plurality, block, limited, approval, two-round,
    /// contingent, irv, scottish-stv, meek, wigm).
    #[arg(long)]
    method: String,
    /// Seats to fill, overriding the file's (PrefLib files give none: 1 by default).
    #[arg(long)]
    seats: Option<u32>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Print every stage of the count (text output; JSON always has the stages).
    #[arg(long)]
    transcript: bool,
    /// The file's format, when its extension does not say.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// For `limited`: how many candidates each voter may mark (fewer than the seats).
    #[arg(long)]
    limit: Option<u32>,
    /// For `two-round`: the second-round ballots (same candidates, same format rules).
    #[arg(long, value_name = "FILE")]
    runoff: Option<PathBuf>,
    /// How ties are settled. Default: the file's `[tie]` order if it has one, else
    /// `backward`.
    #[arg(long, value_enum)]
    ties: Option<TiePolicy>,
    /// The seed of the lot drawn when a tie is settled by lot (recorded in the result).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// For list methods: the share of all votes a list needs to win seats (`4` or `4%`
    /// means 4%).
    #[arg(long, value_name = "PERCENT")]
    threshold: Option<String>,
    /// For `wigm`: the quota (default droop).
    #[arg(long, value_enum)]
    quota: Option<QuotaArg>,
    /// For `wigm`: a fractional quota instead of a whole number of votes.
    #[arg(long)]
    fractional_quota: bool,
    /// For `wigm`: decimal places of transfer values, 0 to 9 (default 5).
    #[arg(long)]
    places: Option<u8>,
    /// For `meek`: how products are rounded (default new-zealand).
    #[arg(long, value_enum)]
    rounding: Option<RoundingArg>,
}

/// Quotas of `wigm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum QuotaArg {
    /// Valid poll / (seats + 1).
    Droop,
    /// Valid poll / seats.
    Hare,
}

/// Rounding of `meek`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum RoundingArg {
    /// The NZ rules as the PR Foundation reference (Droop meek-prf).
    NewZealand,
    /// Droop's parametric Meek, as stv-rs fixed9.
    Parametric,
}

/// Ballot file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum InputFormat {
    /// BLT (OpenSTV, Droop, stv-rs, Scottish council data).
    Blt,
    /// PrefLib strict orders, incomplete.
    Soi,
    /// PrefLib strict orders, complete.
    Soc,
    /// PrefLib orders with ties, incomplete.
    Toi,
    /// PrefLib orders with ties, complete.
    Toc,
    /// Votes per list (list methods): a CSV with `name` and `votes` columns.
    Csv,
}

/// Tie policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum TiePolicy {
    /// Earlier stages from the first forward, then lot.
    Forward,
    /// Earlier stages from the latest backward, then lot.
    Backward,
    /// Lot at once.
    Lot,
    /// Stop with an error naming the tie.
    Fail,
    /// The file's `[tie ...]` order (BLT).
    File,
}

/// Runs `rulebook tally`.
pub fn run(args: &TallyArgs) -> Result<ExitCode, CliError> {
    if !METHOD_NAMES.contains(&args.method.as_str()) {
        return Err(CliError::new(messages::unknown_method(
            &args.method,
            METHOD_NAMES,
        )));
    }
    if args.limit.is_some() && args.method != "limited" {
        return Err(CliError::new(messages::option_not_for_method(
            "--limit",
            &args.method,
        )));
    }
    if args.limit.is_none() && args.method == "limited" {
        return Err(CliError::new(messages::limit_needed()));
    }
    let wigm_only = [
        ("--quota", args.quota.is_some()),
        ("--fractional-quota", args.fractional_quota),
        ("--places", args.places.is_some()),
    ];
    for (option, given) in wigm_only {
        if given && args.method != "wigm" {
            return Err(CliError::new(messages::option_not_for_method(
                option,
                &args.method,
            )));
        }
    }
    if args.rounding.is_some() && args.method != "meek" {
        return Err(CliError::new(messages::option_not_for_method(
            "--rounding",
            &args.method,
        )));
    }
    if args.runoff.is_some() && args.method != "two-round" {
        return Err(CliError::new(messages::option_not_for_method(
            "--runoff",
            &args.method,
        )));
    }
    if args.threshold.is_some() && ListMethod::from_name(&args.method).is_none() {
        return Err(CliError::new(messages::option_not_for_method(
            "--threshold",
            &args.method,
        )));
    }
    if let Some(method) = ListMethod::from_name(&args.method) {
        return run_list(args, method);
    }
    let (mut election, tie_order) = read_ballots(&args.file, args.input_format)?;
    if let Some(seats) = args.seats {
        election.seats = seats;
    }
    let tie = tie_break(args, tie_order);
    let runoff = match &args.runoff {
        Some(path) => {
            let (mut e, _) = read_ballots(path, args.input_format)?;
            e.seats = election.seats;
            Some(e)
        }
        None => None,
    };
    let outcome = election::count(&election, &method(args)?, &tie, runoff.as_ref())
        .map_err(|e| CliError::in_file(&args.file, messages::cannot_count(&e)))?;
    match args.format {
        Format::Json => io::print_json(&to_json(&election, &outcome))?,
        Format::Text => print!("{}", to_text(&election, &outcome, args.transcript)),
    }
    Ok(ExitCode::from(io::EXIT_OK))
}

/// Counts a list election: from a CSV of votes per list, or from a ballot file whose
/// candidates are the lists and whose first preferences are the votes.
fn run_list(args: &TallyArgs, method: ListMethod) -> Result<ExitCode, CliError> {
    let threshold = match &args.threshold {
        Some(t) => Some(Threshold::Uniform(
            apportionment::Share::parse_percent(t)
                .map_err(|e| CliError::new(format!("--threshold {t}: {e}")))?,
        )),
        None => None,
    };
    let is_csv = args.input_format == Some(InputFormat::Csv)
        || (args.input_format.is_none()
            && args
                .file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv")));
    let votes = if is_csv {
        let text = io::read_text(&args.file)?;
        let seats = args
            .seats
            .ok_or_else(|| CliError::new(messages::seats_needed_for_csv()))?;
        election::read_list_votes_csv(&text, seats).map_err(|e| CliError::in_file(&args.file, e))?
    } else {
        let (mut e, _) = read_ballots(&args.file, args.input_format)?;
        e.seats = args.seats.unwrap_or(e.seats);
        ListVotes::from_first_preferences(&e)
            .map_err(|e| CliError::in_file(&args.file, messages::cannot_count(&e)))?
    };
    let tie = tie_break(args, None);
    let outcome = election::count_list_pr(&votes, method, threshold, &tie)
        .map_err(|e| CliError::in_file(&args.file, messages::cannot_count(&e)))?;
    // The lists stand as the candidates of the output.
    let as_election = RankedElection {
        title: None,
        candidates: votes.lists.clone(),
        seats: votes.seats,
        withdrawn: Vec::new(),
        ballots: Vec::new(),
    };
    match args.format {
        Format::Json => io::print_json(&to_json(&as_election, &outcome))?,
        Format::Text => print!("{}", to_text(&as_election, &outcome, args.transcript)),
    }
    Ok(ExitCode::from(io::EXIT_OK))
}

/// The method the options name, with the options' parameters.
fn method(args: &TallyArgs) -> Result<Method, CliError> {
    let unknown = || CliError::new(messages::unknown_method(&args.method, METHOD_NAMES));
    let mut method = Method::from_name(&args.method).ok_or_else(unknown)?;
    match &mut method {
        Method::Limited { limit } => {
            *limit = args
                .limit
                .ok_or_else(|| CliError::new(messages::limit_needed()))?;
        }
        Method::Meek { rounding } if args.rounding == Some(RoundingArg::Parametric) => {
            *rounding = stv::MeekRounding::Parametric;
        }
        Method::Wigm { quota, places } => {
            let kind = match args.quota {
                Some(QuotaArg::Hare) => stv::QuotaKind::Hare,
                _ => stv::QuotaKind::Droop,
            };
            *quota = stv::QuotaRule::new(kind, !args.fractional_quota);
            *places = args.places.unwrap_or(5);
        }
        _ => {}
    }
    Ok(method)
}

fn tie_break(args: &TallyArgs, file_order: Option<TieBreak>) -> TieBreak {
    let seed = args.seed;
    match args.ties {
        Some(TiePolicy::Forward) => TieBreak::Forward { seed },
        Some(TiePolicy::Backward) => TieBreak::Backward { seed },
        Some(TiePolicy::Lot) => TieBreak::Lot { seed },
        Some(TiePolicy::Fail) => TieBreak::Fail,
        Some(TiePolicy::File) => file_order.unwrap_or(TieBreak::Backward { seed }),
        None => file_order.unwrap_or(TieBreak::Backward { seed }),
    }
}

/// Reads a ballot file: the election and the BLT `[tie]` order, if any.
pub(crate) fn read_ballots(
    path: &Path,
    format: Option<InputFormat>,
) -> Result<(RankedElection, Option<TieBreak>), CliError> {
    let format = match format {
        Some(f) => f,
        None => {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some("blt") => InputFormat::Blt,
                Some("soi") => InputFormat::Soi,
                Some("soc") => InputFormat::Soc,
                Some("toi") => InputFormat::Toi,
                Some("toc") => InputFormat::Toc,
                _ => return Err(CliError::new(messages::unknown_format(path))),
            }
        }
    };
    let bytes = io::read_bytes(path)?;
    let kind = match format {
        InputFormat::Blt => {
            let file = blt::read(&bytes).map_err(|e| CliError::in_file(path, e))?;
            let tie = file.tie_break();
            return Ok((file.election, tie));
        }
        InputFormat::Soi => PreflibKind::Soi,
        InputFormat::Soc => PreflibKind::Soc,
        InputFormat::Toi => PreflibKind::Toi,
        InputFormat::Toc => PreflibKind::Toc,
        InputFormat::Csv => return Err(CliError::new(messages::csv_only_for_lists())),
    };
    let e = preflib::read(&bytes, kind).map_err(|e| CliError::in_file(path, e))?;
    Ok((e, None))
}

fn name(e: &RankedElection, c: u32) -> String {
    e.candidates
        .get(c as usize)
        .map_or_else(|| (c + 1).to_string(), |x| x.name.clone())
}

/// Adds 1 to every candidate index (`candidate`, `candidates`, `chosen`) in a JSON
/// value, so the output numbers candidates as the file does.
fn one_based(v: &mut Value) {
    if let Value::Object(map) = v {
        for (k, x) in map.iter_mut() {
            match (k.as_str(), &mut *x) {
                ("candidate" | "chosen", Value::Number(n)) => {
                    if let Some(i) = n.as_u64() {
                        *x = json!(i + 1);
                    }
                }
                ("candidates" | "elected" | "excluded", Value::Array(items)) => {
                    for item in items.iter_mut() {
                        if let Some(i) = item.as_u64() {
                            *item = json!(i + 1);
                        }
                    }
                }
                _ => one_based(x),
            }
        }
    }
}

fn to_json(e: &RankedElection, o: &Outcome) -> Value {
    let elected: Vec<Value> = o
        .elected
        .iter()
        .map(|&c| json!({"candidate": c + 1, "name": name(e, c)}))
        .collect();
    let candidates: Vec<Value> = o
        .candidates
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert("candidate".into(), json!(i + 1));
                m.insert("name".into(), json!(e.candidates.get(i).map(|c| &c.name)));
            }
            v
        })
        .collect();
    let mut stages = serde_json::to_value(&o.stages).unwrap_or(Value::Null);
    if let Value::Array(items) = &mut stages {
        items.iter_mut().for_each(one_based);
    }
    let mut ties = serde_json::to_value(&o.ties).unwrap_or(Value::Null);
    if let Value::Array(items) = &mut ties {
        items.iter_mut().for_each(one_based);
    }
    let mut out = json!({
        "method": o.method,
        "seats": o.seats,
        "elected": elected,
        "unfilled": o.unfilled,
        "ballots": e.total_weight(),
        "candidates": candidates,
        "stages": stages,
        "ties": ties,
    });
    if let Value::Object(m) = &mut out {
        if let Some(t) = &e.title {
            m.insert("title".into(), json!(t));
        }
        if let Some(q) = &o.quota {
            m.insert("quota".into(), json!(q.to_string()));
        }
    }
    out
}

fn to_text(e: &RankedElection, o: &Outcome, transcript: bool) -> String {
    let mut lines = vec![
        messages::header(e.title.as_deref(), &o.method, o.seats, e.total_weight()),
        messages::elected_heading().to_string(),
    ];
    if o.elected.is_empty() {
        lines.push(messages::none_elected().to_string());
    }
    for (i, &c) in o.elected.iter().enumerate() {
        let stage = o.candidates.get(c as usize).and_then(|r| r.stage);
        lines.push(messages::elected_line(i + 1, &name(e, c), c + 1, stage));
    }
    if o.unfilled > 0 {
        lines.push(messages::unfilled(o.unfilled));
    }
    if let Some(q) = &o.quota {
        lines.push(messages::quota(&q.to_string()));
    }
    if !o.ties.is_empty() {
        lines.push(messages::ties_heading().to_string());
        for t in &o.ties {
            let tied: Vec<String> = t.candidates.iter().map(|&c| name(e, c)).collect();
            let how = match &t.settled_by {
                TieSettlement::EarlierStage { stage } => messages::settled_earlier(*stage),
                TieSettlement::Lot { seed } => messages::settled_lot(*seed),
                TieSettlement::GivenOrder => messages::settled_order(),
                _ => messages::settled_other(),
            };
            lines.push(messages::tie_line(
                t.stage,
                &tied,
                &t.purpose,
                &how,
                &name(e, t.chosen),
            ));
        }
    }
    if transcript {
        let width = e
            .candidates
            .iter()
            .map(|c| c.name.chars().count())
            .max()
            .unwrap_or(0)
            .max(16);
        for s in &o.stages {
            let action = match &s.action {
                StageAction::FirstCount => messages::action_first_count(),
                StageAction::Surplus {
                    candidate,
                    transfer_value,
                } => messages::action_surplus(&name(e, *candidate), &transfer_value.to_string()),
                StageAction::Exclusion { candidates } => messages::action_exclusion(
                    &candidates.iter().map(|&c| name(e, c)).collect::<Vec<_>>(),
                ),
                StageAction::Round { label } => messages::action_round(label),
                StageAction::Allocation => messages::action_allocation(),
                _ => messages::action_other(),
            };
            lines.push(String::new());
            lines.push(messages::stage_heading(s.number, &action));
            for (i, v) in s.votes.iter().enumerate() {
                let c = u32::try_from(i).unwrap_or(u32::MAX);
                let mark = if s.elected.contains(&c) {
                    messages::mark_elected()
                } else if s.excluded.contains(&c) {
                    messages::mark_excluded()
                } else if e.withdrawn.contains(&c) {
                    messages::mark_withdrawn()
                } else {
                    ""
                };
                lines.push(messages::vote_row(&name(e, c), width, &v.to_string(), mark));
            }
            lines.push(messages::non_transferable_row(
                width,
                &s.non_transferable.to_string(),
            ));
            if s.loss.raw() != 0 {
                lines.push(messages::loss_row(width, &s.loss.to_string()));
            }
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
