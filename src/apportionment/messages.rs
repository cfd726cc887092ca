//! Every user-facing text of the apportionment engine, in one place (one function or
//! match arm per message), so a translation touches only this file.

use super::error::ApportionError;
use std::fmt;

impl fmt::Display for ApportionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApportionError::UnknownMethod(s) => write!(
                f,
                "unknown apportionment method {s:?}: expected one of {}",
                super::method::Method::names_list()
            ),
            ApportionError::NotAListMethod(s) => write!(
                f,
                "method {s} apportions seats among units but does not count party lists: \
                 expected dhondt, sainte-lague, modified-sainte-lague, largest-remainder, \
                 largest-remainder-droop or largest-remainder-hagenbach-bischoff"
            ),
            ApportionError::NoUnits => f.write_str("no units to apportion seats among"),
            ApportionError::NoWeight { seats } => write!(
                f,
                "{seats} seats to apportion but no unit has a positive weight that reaches the threshold"
            ),
            ApportionError::MinAboveMax { min, max } => {
                write!(f, "minimum of {min} seats per unit is above the maximum of {max}")
            }
            ApportionError::MinimumsExceedSeats { needed, seats } => write!(
                f,
                "the minimums need {needed} seats but only {seats} are to be apportioned"
            ),
            ApportionError::MaximumsBelowSeats { allowed, seats } => write!(
                f,
                "the maximums allow only {allowed} seats but {seats} are to be apportioned"
            ),
            ApportionError::LengthMismatch {
                what,
                found,
                expected,
            } => write!(f, "{what} has {found} entries; expected one per unit, {expected}"),
            ApportionError::BadShare(s) => write!(
                f,
                "share {s:?} is not between 0 and 1: expected a part no larger than its whole"
            ),
            ApportionError::Share(e) => write!(f, "{e}"),
            ApportionError::Unsupported { method, what } => {
                write!(f, "method {method} cannot {what}")
            }
            ApportionError::Tie { units, seats } => write!(
                f,
                "tie for the last {seats} seat(s) between units {}: give a lot seed or a tie order",
                unit_list(units)
            ),
            ApportionError::TieOrderIncomplete { unit } => write!(
                f,
                "the tie order does not name unit {}, which is tied: expected every tied unit",
                unit + 1
            ),
            ApportionError::BadBands(s) => write!(f, "bad band table: {s}"),
            ApportionError::Infeasible(s) => write!(f, "no biproportional apportionment: {s}"),
            ApportionError::Overflow => f.write_str(
                "totals exceed the exact arithmetic of the apportionment (weights or seats too large)",
            ),
            ApportionError::NoConvergence { iterations } => write!(
                f,
                "no biproportional apportionment: alternating scaling did not meet every unit and group total within {iterations} iterations"
            ),
            ApportionError::TableTie { cells } => write!(
                f,
                "tie in the biproportional table: cells {} sit exactly on a rounding point and their seats can move between them; settle the tie by changing the weights or totals",
                cell_list(cells)
            ),
        }
    }
}

fn cell_list(cells: &[(usize, usize)]) -> String {
    cells
        .iter()
        .map(|(r, c)| format!("({}, {})", r + 1, c + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

fn unit_list(units: &[usize]) -> String {
    units
        .iter()
        .map(|u| (u + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text heading of an apportionment report.
pub(crate) fn report_heading(method: &str, seats: u32) -> String {
    format!("{seats} seats by {method}")
}

/// One line of a tie in a text report.
pub(crate) fn tie_line(units: &str, seats: u32, chosen: &str, how: &str) -> String {
    format!("tie for the last {seats} seat(s) between {units}: {chosen} chosen {how}")
}

/// How a tie was settled, in words.
pub(crate) fn settled_by_lot(seed: u64) -> String {
    format!("by lot (seed {seed})")
}

/// How a tie was settled, in words.
pub(crate) fn settled_by_order() -> String {
    "by the given order".to_owned()
}

/// A unit below the threshold, in a text report.
pub(crate) fn below_threshold() -> &'static str {
    "below the threshold"
}

/// A band table without bands.
pub(crate) fn no_bands() -> String {
    "no bands: expected at least one".to_owned()
}

/// Band lower bounds out of order.
pub(crate) fn band_order(from: u64, previous: u64) -> String {
    format!("band starting at {from} does not start above the band before it ({previous})")
}

/// A key or step of zero members.
pub(crate) fn per_zero(what: &str) -> String {
    format!("{what} per 0 members: expected a positive number")
}

/// Biproportional margins that disagree.
pub(crate) fn margins_disagree(rows: u64, groups: u64) -> String {
    format!("the units' seats add up to {rows} but the groups' to {groups}")
}

/// A biproportional row with seats but no weight.
pub(crate) fn row_without_weight(unit: usize, seats: u32) -> String {
    format!(
        "unit {} has {seats} seats but no members in either group",
        unit + 1
    )
}

/// A group total the rows cannot carry.
pub(crate) fn group_cannot_fill(group: &str, seats: u32) -> String {
    format!("group {group} cannot get {seats} seats: its members are in units with too few seats")
}

/// What a largest-remainder method cannot do with bounds.
pub(crate) const NO_BOUNDS: &str = "honour a minimum or maximum per unit: use a divisor method";

/// What the Droop quota cannot do on tiny totals.
pub(crate) const QUOTA_TOO_LARGE: &str = "fill every seat: the weights are too small for its quota";

/// A table whose rows have different lengths.
pub(crate) fn ragged_row(unit: usize, found: usize, expected: usize) -> String {
    format!(
        "unit {} has {found} group weights; expected {expected}, one per group",
        unit + 1
    )
}

/// A unit whose seats exceed what the groups where it has weight can take.
pub(crate) fn units_overfull(units: &[usize], seats: u64, room: u64) -> String {
    format!(
        "units {} have {seats} seats but the groups where they have members can take only {room}",
        unit_list(units)
    )
}

/// A method that gives every positive cell a seat, with too few seats for the cells.
pub(crate) fn first_seats_exceed(
    what: &str,
    index: usize,
    cells: u64,
    seats: u32,
    method: &str,
) -> String {
    format!(
        "{what} {} has members in {cells} cells and method {method} gives each a seat, but it has only {seats} seats",
        index + 1
    )
}

/// A row or column with seats and no weight.
pub(crate) fn seats_without_weight(what: &str, index: usize, seats: u32) -> String {
    format!("{what} {} has {seats} seats but no members", index + 1)
}

/// Refusal: a two-group biproportional problem that would move too many seats.
pub(crate) const TOO_MANY_MOVES: &str = "move so many seats between the two groups one at a time (seats to move times rows above 100000000, MAX_MOVE_WORK): use biproportional_table, whose scaling does not grow with the seats";

/// A method the general table does not support.
pub(crate) const NO_TABLE: &str = "apportion a general table (its divisors are square roots): use the two-group function or another method";

/// A key given a rounding that does not round a quotient.
pub(crate) fn key_rounding(rounding: crate::Rounding) -> String {
    format!(
        "a key rounds members per seat and cannot use rounding {rounding}: expected up, down, half-up or half-even"
    )
}
