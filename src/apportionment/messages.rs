//! Every user-facing text of the apportionment engine, in one place (one function or
//! match arm per message), so a translation touches only this file and the catalogues
//! `locales/{en,id}/apportionment.ftl`.

use super::error::ApportionError;
use crate::i18n::tr;
use std::fmt;

impl fmt::Display for ApportionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ApportionError::UnknownMethod(s) => tr!(
                "apportion-unknown-method",
                method = format!("{s:?}"),
                names = super::method::Method::names_list()
            ),
            ApportionError::NotAListMethod(s) => {
                tr!("apportion-not-a-list-method", method = s.as_str())
            }
            ApportionError::NoUnits => tr!("apportion-no-units"),
            ApportionError::NoWeight { seats } => tr!("apportion-no-weight", seats = *seats),
            ApportionError::MinAboveMax { min, max } => {
                tr!("apportion-min-above-max", min = *min, max = *max)
            }
            ApportionError::MinimumsExceedSeats { needed, seats } => tr!(
                "apportion-minimums-exceed-seats",
                needed = *needed,
                seats = *seats
            ),
            ApportionError::MaximumsBelowSeats { allowed, seats } => tr!(
                "apportion-maximums-below-seats",
                allowed = *allowed,
                seats = *seats
            ),
            ApportionError::LengthMismatch {
                what,
                found,
                expected,
            } => tr!(
                "apportion-length-mismatch",
                what = list_name(what),
                found = *found,
                expected = *expected
            ),
            ApportionError::BadShare(s) => tr!("apportion-bad-share", share = format!("{s:?}")),
            ApportionError::Share(e) => e.to_string(),
            ApportionError::Unsupported { method, what } => tr!(
                "apportion-unsupported",
                method = *method,
                what = unsupported(what)
            ),
            ApportionError::Tie { units, seats } => {
                tr!("apportion-tie", seats = *seats, units = unit_list(units))
            }
            ApportionError::TieOrderIncomplete { unit } => {
                tr!(
                    "apportion-tie-order-incomplete",
                    unit = unit.saturating_add(1)
                )
            }
            ApportionError::BadBands(s) => tr!("apportion-bad-bands", reason = s.as_str()),
            ApportionError::Infeasible(s) => tr!("apportion-infeasible", reason = s.as_str()),
            ApportionError::Overflow => tr!("apportion-overflow"),
            ApportionError::NoConvergence { iterations } => {
                tr!("apportion-no-convergence", iterations = *iterations)
            }
            ApportionError::TableTie { cells } => {
                tr!("apportion-table-tie", cells = cell_list(cells))
            }
        };
        f.write_str(&text)
    }
}

/// The name of a per-unit list in [`ApportionError::LengthMismatch`] (English in the
/// error value), in the current language.
fn list_name(what: &str) -> String {
    match what {
        "the threshold list" => tr!("apportion-list-thresholds"),
        "the row seats" => tr!("apportion-list-row-seats"),
        other => other.to_owned(),
    }
}

/// What a method cannot do, in [`ApportionError::Unsupported`] (one of the constants
/// below, English in the error value), in the current language.
fn unsupported(what: &str) -> String {
    match what {
        NO_BOUNDS => tr!("apportion-no-bounds"),
        QUOTA_TOO_LARGE => tr!("apportion-quota-too-large"),
        NO_TABLE => tr!("apportion-no-table"),
        TOO_MANY_MOVES => tr!("apportion-too-many-moves"),
        other => other.to_owned(),
    }
}

/// The list of method names an unknown method's error gives.
pub(crate) fn names_list(canonical: &str, aliases: &str) -> String {
    tr!(
        "apportion-names-list",
        canonical = canonical,
        aliases = aliases
    )
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
    tr!("apportion-report-heading", seats = seats, method = method)
}

/// One line of a tie in a text report.
pub(crate) fn tie_line(units: &str, seats: u32, chosen: &str, how: &str) -> String {
    tr!(
        "apportion-report-tie",
        seats = seats,
        units = units,
        chosen = chosen,
        how = how
    )
}

/// How a tie was settled, in words.
pub(crate) fn settled_by_lot(seed: u64) -> String {
    tr!("apportion-settled-lot", seed = seed.to_string())
}

/// How a tie was settled, in words.
pub(crate) fn settled_by_order() -> String {
    tr!("apportion-settled-order")
}

/// A unit below the threshold, in a text report.
pub(crate) fn below_threshold() -> String {
    tr!("apportion-below-threshold")
}

/// A band table without bands.
pub(crate) fn no_bands() -> String {
    tr!("apportion-no-bands")
}

/// Band lower bounds out of order.
pub(crate) fn band_order(from: u64, previous: u64) -> String {
    tr!("apportion-band-order", from = from, previous = previous)
}

/// A key or step of zero members.
/// A unit the band table gives more seats than a seat count holds.
pub(crate) fn band_seats_overflow(members: u64, seats: u64) -> String {
    tr!(
        "apportion-band-seats-overflow",
        members = members,
        seats = seats,
        most = u32::MAX
    )
}

pub(crate) fn per_zero(what: &str) -> String {
    let what = match what {
        "one seat" => tr!("apportion-per-one-seat"),
        other => other.to_owned(),
    };
    tr!("apportion-per-zero", what = what)
}

/// A band table's `per` of `Some(0)`, refused: `None` gives no more seats.
pub(crate) fn band_per_zero() -> String {
    tr!(
        "apportion-band-per-zero",
        what = tr!("apportion-per-one-more-seat")
    )
}

/// Biproportional margins that disagree.
pub(crate) fn margins_disagree(rows: u64, groups: u64) -> String {
    tr!("apportion-margins-disagree", rows = rows, groups = groups)
}

/// A biproportional row with seats but no weight.
pub(crate) fn row_without_weight(unit: usize, seats: u32) -> String {
    tr!(
        "apportion-row-without-weight",
        unit = unit.saturating_add(1),
        seats = seats
    )
}

/// A group total the rows cannot carry.
pub(crate) fn group_cannot_fill(group: &str, seats: u32) -> String {
    tr!("apportion-group-cannot-fill", group = group, seats = seats)
}

/// What a largest-remainder method cannot do with bounds.
pub(crate) const NO_BOUNDS: &str = "honour a minimum or maximum per unit: use a divisor method";

/// What the Droop quota cannot do on tiny totals.
pub(crate) const QUOTA_TOO_LARGE: &str = "fill every seat: the weights are too small for its quota";

/// A table whose rows have different lengths.
pub(crate) fn ragged_row(unit: usize, found: usize, expected: usize) -> String {
    tr!(
        "apportion-ragged-row",
        unit = unit.saturating_add(1),
        found = found,
        expected = expected
    )
}

/// A unit whose seats exceed what the groups where it has weight can take.
pub(crate) fn units_overfull(units: &[usize], seats: u64, room: u64) -> String {
    tr!(
        "apportion-units-overfull",
        units = unit_list(units),
        seats = seats,
        room = room
    )
}

/// The word for a row (`unit`) or a column (`group`) of a table, in the current
/// language.
fn axis(what: &str) -> String {
    match what {
        "unit" => tr!("apportion-axis-unit"),
        "group" => tr!("apportion-axis-group"),
        other => other.to_owned(),
    }
}

/// A method that gives every positive cell a seat, with too few seats for the cells.
pub(crate) fn first_seats_exceed(
    what: &str,
    index: usize,
    cells: u64,
    seats: u32,
    method: &str,
) -> String {
    tr!(
        "apportion-first-seats-exceed",
        what = axis(what),
        number = index.saturating_add(1),
        cells = cells,
        method = method,
        seats = seats
    )
}

/// A row or column with seats and no weight.
pub(crate) fn seats_without_weight(what: &str, index: usize, seats: u32) -> String {
    tr!(
        "apportion-seats-without-weight",
        what = axis(what),
        number = index.saturating_add(1),
        seats = seats
    )
}

/// Refusal: a two-group biproportional problem that would move too many seats.
pub(crate) const TOO_MANY_MOVES: &str = "move so many seats between the two groups one at a time (seats to move times rows above 100000000, MAX_MOVE_WORK): use biproportional_table, whose scaling does not grow with the seats";

/// A method the general table does not support.
pub(crate) const NO_TABLE: &str = "apportion a general table (its divisors are square roots): use the two-group function or another method";

/// A key given a rounding that does not round a quotient.
pub(crate) fn key_rounding(rounding: crate::Rounding) -> String {
    tr!("apportion-key-rounding", rounding = rounding.to_string())
}
