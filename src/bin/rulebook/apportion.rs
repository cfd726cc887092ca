//! `rulebook apportion`: seats among units from a CSV of weights.

mod table;

use crate::io::{self, Answer, CliError, Format, Input};
use std::path::PathBuf;
use std::process::ExitCode;
use union_rulebook::apportionment::{
    ApportionReport, BandTable, Method, Options, Share, Threshold, TiePolicy, apportion,
    read_weights_csv,
};

/// Arguments of `rulebook apportion`.
#[derive(Debug, clap::Args)]
pub struct ApportionArgs {
    /// CSV file with a header: a `name` column and a weight column.
    file: PathBuf,
    /// A band table (CSV with `from`, `seats` and optional `per` columns) instead of a
    /// method.
    #[arg(long)]
    bands: Option<PathBuf>,
    #[command(flatten)]
    options: ApportionOptions,
}

/// The options of `rulebook apportion` (the server's query parameters). `bands` names
/// an argument of the command that holds them (the band table's input).
#[derive(Debug, Clone, clap::Args)]
pub struct ApportionOptions {
    /// Method: largest-remainder, largest-remainder-droop,
    /// largest-remainder-hagenbach-bischoff, dhondt, sainte-lague, modified-sainte-lague,
    /// huntington-hill, adams, dean (also read: hamilton, hamilton-droop,
    /// hamilton-hagenbach-bischoff, jefferson, webster, ...).
    #[arg(long, required_unless_present = "bands", conflicts_with = "bands")]
    method: Option<String>,
    /// Seats to apportion.
    #[arg(long, required_unless_present_any = ["bands", "biproportional"])]
    seats: Option<u32>,
    /// Apportion a units × groups table of votes biproportionally (the Zurich
    /// "doppelter Pukelsheim"): FILE has `unit` and `seats` columns and one column of
    /// votes per group; the seats are the units'.
    #[arg(long, conflicts_with_all = ["bands", "seats", "min", "max", "weight_column", "seed", "tie_order"])]
    biproportional: bool,
    #[command(flatten)]
    table: table::TableArgs,
    /// Seats every qualifying unit gets at least (divisor methods).
    #[arg(long, default_value_t = 0)]
    min: u32,
    /// Seats no unit may exceed (divisor methods; the cap of a band table).
    #[arg(long)]
    max: Option<u32>,
    /// Threshold in percent of the total (`4`, `4%`, `3.25`).
    #[arg(long)]
    threshold: Option<String>,
    /// The weight column's name.
    #[arg(long, default_value = "weight")]
    weight_column: String,
    /// Settle a tie for the last seat by lot from this seed (recorded in the output).
    #[arg(long, conflicts_with = "tie_order")]
    seed: Option<u64>,
    /// Settle a tie by this order of unit names, comma-separated (first named wins).
    #[arg(long)]
    tie_order: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Runs `rulebook apportion`.
pub fn run(args: ApportionArgs) -> Result<ExitCode, CliError> {
    let bands = args.bands.map(Input::File);
    apportion_answer(&Input::File(args.file), bands.as_ref(), &args.options)?.print()
}

/// `rulebook apportion` on a CSV of weights, by a method or a band table: the report,
/// rendered.
pub fn apportion_answer(
    file: &Input,
    bands: Option<&Input>,
    args: &ApportionOptions,
) -> Result<Answer, CliError> {
    if args.biproportional {
        return table::answer(file, args);
    }
    let text = file.text()?;
    let units =
        read_weights_csv(&text, &args.weight_column).map_err(|e| CliError::in_input(file, e))?;
    let report = if let Some(bands) = bands {
        let table_text = bands.text()?;
        let table =
            BandTable::read_csv(&table_text, args.max).map_err(|e| CliError::in_input(bands, e))?;
        let weights: Vec<u64> = units.iter().map(|u| u.weight).collect();
        let seats = table
            .apportion(&weights)
            .map_err(|e| CliError::in_input(bands, e))?;
        ApportionReport::from_seats("bands", &units, &seats)
    } else {
        let method: Method = args
            .method
            .as_deref()
            .unwrap_or_default()
            .parse()
            .map_err(|e| CliError::new(format!("--method: {e}")))?;
        let mut options = Options::new(method, args.seats.unwrap_or(0)).with_min(args.min);
        if let Some(max) = args.max {
            options = options.with_max(max);
        }
        if let Some(t) = &args.threshold {
            let share =
                Share::parse_percent(t).map_err(|e| CliError::new(format!("--threshold: {e}")))?;
            options = options.with_threshold(Threshold::Uniform(share));
        }
        if let Some(seed) = args.seed {
            options = options.with_ties(TiePolicy::Lot { seed });
        } else if let Some(order) = &args.tie_order {
            let mut idx = Vec::new();
            for name in order.split(',').map(str::trim) {
                let i = units.iter().position(|u| u.name == name).ok_or_else(|| {
                    CliError::new(tr!(
                        "cli-tie-order-unknown",
                        name = format!("{name:?}"),
                        file = file.name().to_string()
                    ))
                })?;
                idx.push(i);
            }
            options = options.with_ties(TiePolicy::Order(idx));
        }
        let weights: Vec<u64> = units.iter().map(|u| u.weight).collect();
        let allocation = apportion(&weights, &options).map_err(|e| {
            let mut msg = e.to_string();
            if let union_rulebook::apportionment::ApportionError::Tie { units: tied, .. } = &e {
                let names: Vec<&str> = tied
                    .iter()
                    .filter_map(|&i| units.get(i).map(|u| u.name.as_str()))
                    .collect();
                msg = format!("{msg} ({})", names.join("; "));
            }
            CliError::in_input(file, msg)
        })?;
        ApportionReport::new(&units, &allocation)
    };
    Ok(match args.format {
        Format::Json => Answer::json(&report, io::EXIT_OK)?,
        Format::Text => Answer::text(report.render_text(), io::EXIT_OK),
    })
}
