//! `rulebook tally`: count an election from a ballot file.
//!
//! Reads a BLT or PrefLib file, counts it with the chosen method and prints the
//! elected candidates (and, with `--transcript`, every stage) as text or JSON. The
//! settings, the counting, the report and its text are the library's
//! ([`TallySettings`], [`election::tally`], [`election::TallyReport`]); this file only
//! parses, reads and prints.

mod list;
pub(crate) use list::csv_errors;
mod messages;
pub(crate) mod second_round;
mod summary;

use crate::io::{self, Answer, CliError, Input};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use union_rulebook::apportionment::{self, Threshold};
use union_rulebook::election::{
    self, RankedElection, TallyError, TallySettings, TieBreak, TiePolicy, blt,
    preflib::{self, PreflibKind},
    stv,
};
use union_rulebook::interchange::universal_tabulator::Summary;
use union_rulebook::{html, i18n};

/// Count an election from a ballot file (BLT or PrefLib).
#[derive(Debug, clap::Args)]
pub struct TallyArgs {
    /// The ballot file: .blt, or PrefLib .soi/.soc/.toi/.toc.
    file: PathBuf,
    /// For `two-round`: the second-round ballots (same candidates, same format rules).
    #[arg(long, value_name = "FILE")]
    runoff: Option<PathBuf>,
    #[command(flatten)]
    options: TallyOptions,
    #[command(flatten)]
    lists: list::ListArgs,
}

/// The options of `rulebook tally` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct TallyOptions {
    /// The counting method (plurality, block, limited, approval, two-round,
    /// contingent, irv, scottish-stv, meek, wigm); needed for a ballot file, not for a
    /// Universal Tabulator summary (.json), whose winners are read.
    #[arg(long)]
    method: Option<String>,
    /// Seats to fill, overriding the file's (PrefLib files give none: 1 by default).
    #[arg(long)]
    seats: Option<u32>,
    /// Output format: text, json (our report), or universal-tabulator (the summary
    /// JSON of RCTab, for IRV and STV methods).
    #[arg(long, value_enum, default_value_t = TallyFormat::Text)]
    format: TallyFormat,
    /// Print every stage of the count (text output; JSON always has the stages).
    #[arg(long)]
    transcript: bool,
    /// The file's format, when its extension does not say.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// For `limited`: how many candidates each voter may mark (fewer than the seats).
    #[arg(long)]
    limit: Option<u32>,
    /// How ties are settled: forward, backward, lot, fail, or file. Default: the
    /// file's `[tie]` order if it has one, else `backward`.
    #[arg(long, value_name = "POLICY")]
    ties: Option<TiePolicy>,
    /// Draw a lot from this seed for a tie that nothing else settles (recorded in the
    /// result). Without it no lot is drawn: such a tie is an error naming the tied
    /// candidates.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
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

/// Output formats of `rulebook tally`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub(crate) enum TallyFormat {
    /// For people.
    #[default]
    Text,
    /// For programs: the tally report, stable JSON.
    Json,
    /// For people, in a browser or on paper: one self-contained HTML page in the
    /// chosen language (`union_rulebook::html`).
    Html,
    /// The Universal Tabulator summary JSON (RCTab, RCVis, rcvformats).
    UniversalTabulator,
}

/// Quotas of `wigm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum QuotaArg {
    /// Valid poll / (seats + 1).
    Droop,
    /// Valid poll / seats.
    Hare,
}

/// Rounding of `meek`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum RoundingArg {
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
    /// A Universal Tabulator summary (JSON): its winners are read, not counted.
    UniversalTabulator,
}

/// The library's settings from the options: the method with its parameters and the
/// tie policy.
fn settings(args: &TallyOptions, method: &str, runoff: bool) -> Result<TallySettings, CliError> {
    let mut s = TallySettings::new(method)
        .fractional_quota(args.fractional_quota)
        .runoff(runoff)
        .ties(args.ties.unwrap_or_default());
    if let Some(seed) = args.seed {
        s = s.seed(seed);
    }
    if let Some(limit) = args.limit {
        s = s.limit(limit);
    }
    if let Some(q) = args.quota {
        s = s.quota(match q {
            QuotaArg::Droop => stv::QuotaKind::Droop,
            QuotaArg::Hare => stv::QuotaKind::Hare,
        });
    }
    if let Some(places) = args.places {
        s = s.places(places);
    }
    if let Some(r) = args.rounding {
        s = s.rounding(match r {
            RoundingArg::NewZealand => stv::MeekRounding::NewZealand,
            RoundingArg::Parametric => stv::MeekRounding::Parametric,
        });
    }
    if let Some(t) = &args.threshold {
        s = s.threshold(Threshold::Uniform(
            apportionment::Share::parse_percent(t)
                .map_err(|e| CliError::new(format!("--threshold {t}: {e}")))?,
        ));
    }
    Ok(s)
}

/// `rulebook tally` on a ballot file (and for `two-round` the second-round ballots),
/// or on a Universal Tabulator summary: the report, rendered.
pub fn tally(
    file: &Input,
    runoff: Option<&Input>,
    args: &TallyOptions,
) -> Result<Answer, CliError> {
    if is_summary(file, args)? {
        return summary::answer(file, args.format);
    }
    let Some(method) = &args.method else {
        return Err(CliError::new(messages::method_needed()));
    };
    let settings = settings(args, method, runoff.is_some())?;
    let method = settings
        .method()
        .map_err(|e| CliError::new(e.to_string()))?;
    let cannot_count = |e: TallyError| CliError::in_input(file, messages::cannot_count(&e));

    let report =
        if method.is_list() && is_csv(file, args) {
            let text = file.text()?;
            let seats = args
                .seats
                .ok_or_else(|| CliError::new(messages::seats_needed_for_csv()))?;
            let votes = election::read_list_votes_csv(&text, seats)
                .map_err(|e| CliError::in_input(file, e))?;
            election::tally_lists(&votes, &method, &settings.tie_break(None))
                .map_err(cannot_count)?
        } else if method.is_list() {
            // A ballot file whose candidates are the lists and whose first preferences are
            // the votes. As before, the file's `[tie]` order is not used for a list count.
            let (mut e, _, lines) = read_ballots(file, args.input_format)?;
            e.seats = args.seats.unwrap_or(e.seats);
            election::tally(&e, &method, &settings.tie_break(None), None)
                .map_err(cannot_count_at(file, runoff.is_some(), &lines))?
        } else {
            let (mut election, tie_order, lines) = read_ballots(file, args.input_format)?;
            if let Some(seats) = args.seats {
                election.seats = seats;
            }
            let (runoff_election, runoff_lines) = match runoff {
                Some(input) => {
                    let (mut e, _, lines) = read_ballots(input, args.input_format)?;
                    e.seats = election.seats;
                    (Some(e), lines)
                }
                None => (None, Vec::new()),
            };
            election::tally(
                &election,
                &method,
                &settings.tie_break(tie_order),
                runoff_election.as_ref(),
            )
            .map_err(|e| {
                runoff
                    .and_then(|r| second_round::refused(&e, r, &runoff_lines))
                    .unwrap_or_else(|| cannot_count_at(file, runoff.is_some(), &lines)(e))
            })?
        };
    let ok = io::EXIT_OK;
    Ok(match args.format {
        TallyFormat::Json => Answer::json(&report, ok)?,
        TallyFormat::Text => Answer::text(report.render_text(args.transcript), ok),
        TallyFormat::Html => Answer::html(html::render_tally(&report, i18n::current()), ok),
        TallyFormat::UniversalTabulator => {
            let s = Summary::from_report(&report, &file.stem())
                .map_err(|e| CliError::in_input(file, e))?;
            Answer::json(&s, ok)?
        }
    })
}

/// Runs `rulebook tally`.
pub fn run(args: &TallyArgs) -> Result<ExitCode, CliError> {
    if let Some(candidates) = &args.lists.candidates {
        return list::answer(
            &Input::File(args.file.clone()),
            &Input::File(candidates.clone()),
            &args.lists,
            &args.options,
        )?
        .print();
    }
    let runoff = args.runoff.clone().map(Input::File);
    tally(
        &Input::File(args.file.clone()),
        runoff.as_ref(),
        &args.options,
    )?
    .print()
}

/// Whether the file is a Universal Tabulator summary: by `--input-format`, else by a
/// `.json` extension, else (no known ballot extension) by its contents.
fn is_summary(file: &Input, args: &TallyOptions) -> Result<bool, CliError> {
    if let Some(f) = args.input_format {
        return Ok(f == InputFormat::UniversalTabulator);
    }
    match file.extension().as_deref() {
        Some("json") => Ok(true),
        Some("blt" | "soi" | "soc" | "toi" | "toc" | "csv") => Ok(false),
        _ => Ok(file.path().is_none_or(Path::is_file) && Summary::sniff(&file.text()?)),
    }
}

/// A count error, with the line of the ballot it is about in the ballot file (not for
/// a two-round count with second-round ballots, whose error may be about either file).
fn cannot_count_at<'a>(
    file: &'a Input,
    runoff: bool,
    lines: &'a [u32],
) -> impl Fn(TallyError) -> CliError + 'a {
    let lines = if runoff { &[][..] } else { lines };
    move |e: TallyError| CliError::in_input(file, messages::cannot_count(&e.at_lines(lines)))
}

/// Whether the ballot file is a CSV of votes per list.
fn is_csv(file: &Input, args: &TallyOptions) -> bool {
    args.input_format == Some(InputFormat::Csv)
        || (args.input_format.is_none() && file.has_extension("csv"))
}

/// Reads a ballot file: the election, the BLT `[tie]` order, if any, and each ballot's
/// line in the file.
pub(crate) fn read_ballots(
    input: &Input,
    format: Option<InputFormat>,
) -> Result<(RankedElection, Option<TieBreak>, Vec<u32>), CliError> {
    let format = match format {
        Some(f) => f,
        None => match input.extension().as_deref() {
            Some("blt") => InputFormat::Blt,
            Some("soi") => InputFormat::Soi,
            Some("soc") => InputFormat::Soc,
            Some("toi") => InputFormat::Toi,
            Some("toc") => InputFormat::Toc,
            _ => return Err(CliError::new(messages::unknown_format(&input.name()))),
        },
    };
    // Streamed, identical ballots merged as they are read: the file is never held
    // whole in memory.
    let (reader, len) = input.stream()?;
    let kind = match format {
        InputFormat::Blt => {
            let file =
                blt::read_grouped(reader, len).map_err(|e| CliError::unreadable(input, &e))?;
            let tie = file.tie_break();
            return Ok((file.election, tie, file.ballot_lines));
        }
        InputFormat::Soi => PreflibKind::Soi,
        InputFormat::Soc => PreflibKind::Soc,
        InputFormat::Toi => PreflibKind::Toi,
        InputFormat::Toc => PreflibKind::Toc,
        InputFormat::Csv => return Err(CliError::new(messages::csv_only_for_lists())),
        InputFormat::UniversalTabulator => {
            return Err(CliError::new(messages::summary_not_ballots()));
        }
    };
    let (e, lines) =
        preflib::read_grouped(reader, len, kind).map_err(|e| CliError::unreadable(input, &e))?;
    Ok((e, None, lines))
}
