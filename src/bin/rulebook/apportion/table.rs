//! `rulebook apportion FILE --biproportional`: a units × groups table of votes
//! apportioned biproportionally. The reading, the apportionment, the report and its
//! text are the library's ([`VoteTable::from_csv`], [`apportion_table`],
//! [`BiproportionalReport`](union_rulebook::apportionment::BiproportionalReport)).

use union_rulebook::apportionment::{Method, Share, TableOptions, VoteTable, apportion_table};

use super::ApportionOptions;
use crate::io::{self, Answer, CliError, Format, Input};

/// The options of a biproportional apportionment.
#[derive(Debug, Clone, clap::Args)]
pub struct TableArgs {
    /// With --biproportional: divide each unit's votes by its seats for the upper
    /// apportionment (voter numbers, "Wählerzahlen": each voter casts as many list
    /// votes as the unit has seats, as in Zurich).
    #[arg(long, requires = "biproportional")]
    voter_numbers: bool,
    /// With --biproportional: a group takes part when it has at least this share of
    /// the votes in some unit (Zurich: `5`, 5%); with --threshold too, either is enough.
    #[arg(long, value_name = "PERCENT", requires = "biproportional")]
    unit_threshold: Option<String>,
}

/// The table apportioned and rendered.
pub fn answer(file: &Input, args: &ApportionOptions) -> Result<Answer, CliError> {
    let method: Method = args
        .method
        .as_deref()
        .unwrap_or_default()
        .parse()
        .map_err(|e| CliError::new(format!("--method: {e}")))?;
    let Method::Divisor(divisor) = method else {
        return Err(CliError::new(tr!(
            "biprop-needs-divisor-method",
            method = method.name()
        )));
    };
    let table =
        VoteTable::from_csv(&file.text()?).map_err(|e| crate::tally::csv_errors(file, &e))?;
    let mut options = TableOptions::new(divisor).voter_numbers(args.table.voter_numbers);
    if let Some(t) = &args.threshold {
        let share =
            Share::parse_percent(t).map_err(|e| CliError::new(format!("--threshold: {e}")))?;
        options = options.threshold(share);
    }
    if let Some(t) = &args.table.unit_threshold {
        let share =
            Share::parse_percent(t).map_err(|e| CliError::new(format!("--unit-threshold: {e}")))?;
        options = options.unit_threshold(share);
    }
    let report = apportion_table(&table, &options).map_err(|e| CliError::in_input(file, e))?;
    Ok(match args.format {
        Format::Json => Answer::json(&report, io::EXIT_OK)?,
        Format::Text => Answer::text(report.render_text(), io::EXIT_OK),
    })
}
