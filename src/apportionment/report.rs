//! A named report of an apportionment, for JSON and text output.

use super::csv::UnitWeight;
use super::messages;
use super::options::{Allocation, SettledBy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// One unit's line in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportRow {
    /// The unit's name.
    pub name: String,
    /// Its weight.
    pub weight: u64,
    /// Its seats.
    pub seats: u32,
    /// Whether it reached the threshold.
    pub qualified: bool,
}

/// A tie in a report, with names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportTie {
    /// The tied units.
    pub units: Vec<String>,
    /// How many of them got a seat.
    pub seats: u32,
    /// The units that got one.
    pub chosen: Vec<String>,
    /// How the tie was settled.
    pub settled_by: SettledBy,
}

/// An apportionment with the units' names, in input order: the JSON the CLI prints
/// (`{"method", "seats", "allocation": [{"name", "seats", ...}], "ties"}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ApportionReport {
    /// The method's name (`dhondt`, or `bands` for a band table).
    pub method: String,
    /// Seats apportioned.
    pub seats: u64,
    /// Each unit's seats.
    pub allocation: Vec<ReportRow>,
    /// Ties and how they were settled.
    pub ties: Vec<ReportTie>,
}

impl ApportionReport {
    /// A report from the units and their allocation (in the same order).
    pub fn new(units: &[UnitWeight], allocation: &Allocation) -> Self {
        let name = |i: &usize| units.get(*i).map(|u| u.name.clone()).unwrap_or_default();
        ApportionReport {
            method: allocation.method.name().to_owned(),
            seats: u64::from(allocation.seats),
            allocation: units
                .iter()
                .enumerate()
                .map(|(i, u)| ReportRow {
                    name: u.name.clone(),
                    weight: u.weight,
                    seats: allocation.allocation.get(i).copied().unwrap_or(0),
                    qualified: allocation.qualified.get(i).copied().unwrap_or(true),
                })
                .collect(),
            ties: allocation
                .ties
                .iter()
                .map(|t| ReportTie {
                    units: t.units.iter().map(name).collect(),
                    seats: t.seats,
                    chosen: t.chosen.iter().map(name).collect(),
                    settled_by: t.settled_by.clone(),
                })
                .collect(),
        }
    }

    /// A report of seats given by a band table or key (no ties, all qualified).
    pub fn from_seats(method: &str, units: &[UnitWeight], seats: &[u32]) -> Self {
        ApportionReport {
            method: method.to_owned(),
            seats: seats.iter().map(|&s| u64::from(s)).sum(),
            allocation: units
                .iter()
                .zip(seats)
                .map(|(u, &s)| ReportRow {
                    name: u.name.clone(),
                    weight: u.weight,
                    seats: s,
                    qualified: true,
                })
                .collect(),
            ties: Vec::new(),
        }
    }

    /// The report as aligned text, one unit a line.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let seats = u32::try_from(self.seats).unwrap_or(u32::MAX);
        let _ = writeln!(out, "{}", messages::report_heading(&self.method, seats));
        let width = self
            .allocation
            .iter()
            .map(|r| r.name.chars().count())
            .max()
            .unwrap_or(0);
        for r in &self.allocation {
            let note = if r.qualified {
                String::new()
            } else {
                messages::below_threshold()
            };
            // Padded by hand, not with `{:<width$}`: a formatting width is limited
            // to `u16::MAX` and panics beyond it, and a unit's name can be longer.
            let pad = " ".repeat(width.saturating_sub(r.name.chars().count()));
            let _ = writeln!(
                out,
                "{}{pad}  {:>12}  {:>6}  {note}",
                r.name, r.weight, r.seats
            );
        }
        for t in &self.ties {
            let how = match &t.settled_by {
                SettledBy::Lot { seed } => messages::settled_by_lot(*seed),
                SettledBy::GivenOrder => messages::settled_by_order(),
            };
            let _ = writeln!(
                out,
                "{}",
                messages::tie_line(&t.units.join("; "), t.seats, &t.chosen.join("; "), &how)
            );
        }
        out.lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }
}
