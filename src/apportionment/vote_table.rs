//! Biproportional apportionment of a units × groups table of votes, from CSV to
//! report: the upper apportionment (each group's seats from its votes over all units)
//! and the lower apportionment (each unit's seats among the groups, so that every unit
//! and every group gets its total), as the Zurich "doppelter Pukelsheim" does (F.
//! Pukelsheim, *Proportional Representation*, 2nd ed. 2017, ch. 14; Gesetz über die
//! politischen Rechte des Kantons Zürich, §§102-103). The lower apportionment is
//! [`biproportional_table`](super::biproportional_table).

use num_integer::Integer;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::ApportionError;
use super::method::{DivisorMethod, Method};
use super::options::Options;
use crate::Share;
use crate::i18n::tr;
use crate::read::csv::{CsvError, CsvErrorKind, CsvErrors, Table};

/// A unit (district, region) of a vote table, with its seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TableUnit {
    /// The unit's name.
    pub name: String,
    /// The seats the unit elects.
    pub seats: u32,
}

/// Votes by unit (rows) and group (columns: lists, parties), with each unit's seats.
///
/// ```
/// use union_rulebook::apportionment::VoteTable;
/// let t = VoteTable::from_csv("unit,seats,A,B\nNorth,4,51,60\nSouth,5,98,\n")?;
/// assert_eq!(t.groups, ["A", "B"]);
/// assert_eq!(t.units[1].seats, 5);
/// assert_eq!(t.votes[1], [98, 0]); // an empty cell: no list there
/// # Ok::<(), union_rulebook::read::csv::CsvErrors>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct VoteTable {
    /// The units, in the file's order.
    pub units: Vec<TableUnit>,
    /// The groups, in the header's order.
    pub groups: Vec<String>,
    /// Votes per unit (outer, as `units`) and group (inner, as `groups`).
    pub votes: Vec<Vec<u64>>,
}

impl VoteTable {
    /// Reads a table from CSV: a header with a `unit` column (the unit's name, not
    /// empty, unique), a `seats` column (the unit's seats, a whole number) and one
    /// column per group, named by its header (a column without a name is ignored, as
    /// a spreadsheet's trailing empty columns are); each cell a whole number of
    /// votes, or empty where the group has no list in the unit (0). Every row has a
    /// field for every column (a spreadsheet's export does). Commas or
    /// semicolons, a byte-order mark, header names in any case and quoted cells are read
    /// as [`crate::read::csv`] says.
    ///
    /// # Errors
    /// [`CsvErrors`] with every problem of the rows at once, each with its line and
    /// column: an empty or repeated unit name, seats or votes that are not whole
    /// numbers, a row that stops before the last column. A problem of the file's
    /// structure (no header, no rows, a missing `unit` or `seats` column, no group
    /// column, a column named twice) is the only one reported.
    pub fn from_csv(text: &str) -> Result<VoteTable, CsvErrors> {
        let table = Table::read(text)?;
        table.require_rows()?;
        let unit = table.column("unit")?;
        let seats = table.column("seats")?;
        // In one pass, refusing a name given twice.
        let groups = table.other_columns(&[unit.index(), seats.index()])?;
        if groups.is_empty() {
            return Err(CsvError {
                line: header_line(&table),
                column: None,
                kind: CsvErrorKind::MissingColumn {
                    name: tr!("biprop-a-group"),
                    header: table.header().to_vec(),
                },
            }
            .into());
        }
        let mut errors = Vec::new();
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut units = Vec::with_capacity(table.rows().len());
        let mut votes = Vec::with_capacity(table.rows().len());
        for row in table.rows() {
            let name = match row.non_empty(&unit) {
                Ok(n) => {
                    if let Some(&first_line) = seen.get(n) {
                        errors.push(row.error(
                            &unit,
                            CsvErrorKind::Duplicate {
                                value: n.to_owned(),
                                first_line,
                            },
                        ));
                    } else {
                        seen.insert(n.to_owned(), row.line_number());
                    }
                    n.to_owned()
                }
                Err(e) => {
                    errors.push(e);
                    String::new()
                }
            };
            let s = row.whole_u32(&seats).unwrap_or_else(|e| {
                errors.push(e);
                0
            });
            // A row that stops short is one error (at its first missing column), so
            // that the table never holds more cells than the file has fields.
            let mut cells = Vec::new();
            for g in &groups {
                let v = match row.optional(g) {
                    None => {
                        errors.push(row.error(g, CsvErrorKind::MissingField));
                        break;
                    }
                    Some("") => 0,
                    Some(_) => row.whole(g, u64::MAX).unwrap_or_else(|e| {
                        errors.push(e);
                        0
                    }),
                };
                cells.push(v);
            }
            units.push(TableUnit { name, seats: s });
            votes.push(cells);
        }
        if !errors.is_empty() {
            return Err(CsvErrors::new(errors));
        }
        Ok(VoteTable {
            units,
            groups: groups.iter().map(|g| g.name().to_owned()).collect(),
            votes,
        })
    }
}

fn header_line(table: &Table) -> usize {
    table.header_line_number()
}

/// How a vote table is apportioned.
///
/// ```
/// use union_rulebook::apportionment::{DivisorMethod, TableOptions};
/// let o = TableOptions::new(DivisorMethod::SainteLague).voter_numbers(true);
/// assert!(o.voter_numbers);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TableOptions {
    /// The divisor method of both apportionments (Sainte-Laguë in Zurich).
    pub method: DivisorMethod,
    /// Whether the upper apportionment divides each unit's votes by the unit's seats
    /// first ("Wählerzahlen", voter numbers: each voter casts as many list votes as the
    /// unit has seats, as in Zurich). Exact fractions, never rounded.
    pub voter_numbers: bool,
    /// A group takes part when it has at least this share of the votes of some unit
    /// (Zurich: 5%).
    pub unit_threshold: Option<Share>,
    /// A group takes part when it has at least this share of all votes. With both
    /// thresholds, reaching either is enough (Zug: 5% in a unit or 3% in all).
    pub threshold: Option<Share>,
}

impl TableOptions {
    /// The method, votes as given, no threshold.
    pub fn new(method: DivisorMethod) -> Self {
        TableOptions {
            method,
            voter_numbers: false,
            unit_threshold: None,
            threshold: None,
        }
    }

    /// Whether votes are divided by the unit's seats for the upper apportionment.
    pub fn voter_numbers(mut self, on: bool) -> Self {
        self.voter_numbers = on;
        self
    }

    /// The share of some unit's votes a group needs.
    pub fn unit_threshold(mut self, share: Share) -> Self {
        self.unit_threshold = Some(share);
        self
    }

    /// The share of all votes a group needs.
    pub fn threshold(mut self, share: Share) -> Self {
        self.threshold = Some(share);
        self
    }
}

/// A unit's line in a biproportional report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UnitLine {
    /// The unit.
    pub name: String,
    /// Its seats.
    pub seats: u32,
    /// Its divisor, an exact fraction written `n` or `n/d`.
    pub divisor: String,
}

/// A group's line in a biproportional report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupLine {
    /// The group.
    pub name: String,
    /// Its votes over all units.
    pub votes: u64,
    /// The weight of the upper apportionment: the votes, or with voter numbers the sum
    /// of each unit's votes divided by its seats, an exact fraction written `n` or
    /// `n/d`.
    pub weight: String,
    /// Whether it reached a threshold (always, without one).
    pub qualified: bool,
    /// Its seats (the upper apportionment).
    pub seats: u32,
    /// Its divisor in the lower apportionment, an exact fraction; none when it has no
    /// seat to place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub divisor: Option<String>,
}

/// A biproportional apportionment, the whole answer of [`apportion_table`] and of
/// `rulebook apportion --biproportional`: the seats of every group (upper
/// apportionment) and of every cell (lower apportionment), with the divisors that prove
/// it: each cell's seats are the method's rounding of `votes / (unit divisor × group
/// divisor)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BiproportionalReport {
    /// The divisor method's name.
    pub method: String,
    /// Seats in all.
    pub seats: u32,
    /// Whether the upper apportionment used voter numbers.
    pub voter_numbers: bool,
    /// The units, in the file's order.
    pub units: Vec<UnitLine>,
    /// The groups, in the file's order.
    pub groups: Vec<GroupLine>,
    /// Seats by unit (outer) and group (inner), in the orders above.
    pub table: Vec<Vec<u32>>,
    /// Alternating-scaling iterations of the lower apportionment.
    pub iterations: u32,
}

/// `n / d` reduced, written `n` when whole.
fn fraction(n: u128, d: u128) -> String {
    let g = n.gcd(&d).max(1);
    let (n, d) = (n / g, d / g);
    if d == 1 {
        n.to_string()
    } else {
        format!("{n}/{d}")
    }
}

/// Apportions a vote table biproportionally: the groups that reach a threshold share
/// all the units' seats by the method on their votes (or voter numbers), then each
/// unit's seats go to the groups so that units and groups both get their totals
/// ([`biproportional_table`](super::biproportional_table)).
///
/// The German Wikipedia's example of the double-proportional method (three lists,
/// three districts of 4, 5 and 6 seats, voter numbers, Sainte-Laguë):
///
/// ```
/// use union_rulebook::apportionment::{DivisorMethod, TableOptions, VoteTable, apportion_table};
/// let t = VoteTable::from_csv("unit,seats,1,2,3\nA,4,51,60,63\nB,5,98,100,102\nC,6,45,120,144\n")?;
/// let r = apportion_table(&t, &TableOptions::new(DivisorMethod::SainteLague).voter_numbers(true))?;
/// assert_eq!(r.groups.iter().map(|g| g.seats).collect::<Vec<_>>(), [4, 5, 6]);
/// assert_eq!(r.table, [vec![1, 1, 2], vec![2, 2, 1], vec![1, 2, 3]]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ApportionError::NoUnits`] without units; [`ApportionError::Overflow`] when the
/// voter numbers' common denominator or a group's weight does not fit 64 bits;
/// [`ApportionError::Tie`] when the upper apportionment ties for the last seat; the
/// errors of [`biproportional_table`](super::biproportional_table) (an infeasible
/// table, a tie around a cycle of cells, no convergence).
pub fn apportion_table(
    table: &VoteTable,
    options: &TableOptions,
) -> Result<BiproportionalReport, ApportionError> {
    if table.units.is_empty() {
        return Err(ApportionError::NoUnits);
    }
    let method = options.method;
    let n = table.groups.len();
    let column = |j: usize| {
        table
            .votes
            .iter()
            .map(move |r| r.get(j).copied().unwrap_or(0))
    };
    let mut totals: Vec<u64> = Vec::with_capacity(n);
    for j in 0..n {
        let mut t: u64 = 0;
        for v in column(j) {
            t = t.checked_add(v).ok_or(ApportionError::Overflow)?;
        }
        totals.push(t);
    }
    let mut grand: u128 = 0;
    for &t in &totals {
        grand += u128::from(t);
    }
    let row_totals: Vec<u128> = table
        .votes
        .iter()
        .map(|r| r.iter().map(|&v| u128::from(v)).sum())
        .collect();
    let qualified: Vec<bool> = (0..n)
        .map(|j| {
            let overall = options
                .threshold
                .is_some_and(|s| s.is_met_by(u128::from(totals[j]), grand));
            let in_a_unit = options.unit_threshold.is_some_and(|s| {
                table.votes.iter().zip(&row_totals).any(|(r, &rt)| {
                    rt > 0 && s.is_met_by(u128::from(r.get(j).copied().unwrap_or(0)), rt)
                })
            });
            (options.threshold.is_none() && options.unit_threshold.is_none())
                || overall
                || in_a_unit
        })
        .collect();

    // The upper apportionment's weights: votes, or voter numbers scaled by the common
    // denominator of the units' seats (divisor methods are scale-free).
    let denominator: u128 = if options.voter_numbers {
        let mut l: u128 = 1;
        for u in &table.units {
            if u.seats > 0 {
                l = l.lcm(&u128::from(u.seats));
                if l > u128::from(u64::MAX) {
                    return Err(ApportionError::Overflow);
                }
            }
        }
        l
    } else {
        1
    };
    let mut weights: Vec<u128> = vec![0; n];
    for (u, row) in table.units.iter().zip(&table.votes) {
        let scale = if options.voter_numbers {
            if u.seats == 0 {
                continue;
            }
            denominator / u128::from(u.seats)
        } else {
            1
        };
        for (w, &v) in weights.iter_mut().zip(row) {
            *w = u128::from(v)
                .checked_mul(scale)
                .and_then(|x| w.checked_add(x))
                .ok_or(ApportionError::Overflow)?;
        }
    }
    let mut seats: u32 = 0;
    for u in &table.units {
        seats = seats.checked_add(u.seats).ok_or(ApportionError::Overflow)?;
    }
    let taking: Vec<usize> = (0..n).filter(|&j| qualified[j]).collect();
    let upper_weights: Vec<u64> = taking
        .iter()
        .map(|&j| u64::try_from(weights[j]).map_err(|_| ApportionError::Overflow))
        .collect::<Result<_, _>>()?;
    let upper = super::apportion(
        &upper_weights,
        &Options::new(Method::Divisor(method), seats),
    )?;
    let mut group_seats = vec![0u32; n];
    for (k, &j) in taking.iter().enumerate() {
        group_seats[j] = upper.allocation.get(k).copied().unwrap_or(0);
    }

    let lower_weights: Vec<Vec<u64>> = table
        .votes
        .iter()
        .map(|r| {
            taking
                .iter()
                .map(|&j| r.get(j).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    let row_seats: Vec<u32> = table.units.iter().map(|u| u.seats).collect();
    let column_seats: Vec<u32> = taking.iter().map(|&j| group_seats[j]).collect();
    let lower = super::biproportional_table(method, &lower_weights, &row_seats, &column_seats)?;
    let mut cells = vec![vec![0u32; n]; table.units.len()];
    for (i, row) in lower.seats.iter().enumerate() {
        for (k, &s) in row.iter().enumerate() {
            if let Some(&j) = taking.get(k)
                && let Some(c) = cells.get_mut(i).and_then(|r| r.get_mut(j))
            {
                *c = s;
            }
        }
    }
    let mut divisors: Vec<Option<String>> = vec![None; n];
    for (k, &j) in taking.iter().enumerate() {
        if group_seats[j] > 0 {
            divisors[j] = lower.column_divisors.get(k).cloned();
        }
    }
    Ok(BiproportionalReport {
        method: Method::Divisor(method).name().to_owned(),
        seats,
        voter_numbers: options.voter_numbers,
        units: table
            .units
            .iter()
            .zip(&lower.row_divisors)
            .map(|(u, d)| UnitLine {
                name: u.name.clone(),
                seats: u.seats,
                divisor: d.clone(),
            })
            .collect(),
        groups: (0..n)
            .map(|j| GroupLine {
                name: table.groups[j].clone(),
                votes: totals[j],
                weight: fraction(weights[j], denominator),
                qualified: qualified[j],
                seats: group_seats[j],
                divisor: divisors[j].clone(),
            })
            .collect(),
        table: cells,
        iterations: lower.iterations,
    })
}

impl BiproportionalReport {
    /// The report as text, in the current language: the seats of each unit and group,
    /// with the divisors, as a table.
    pub fn render_text(&self) -> String {
        let mut head = vec![tr!("biprop-unit"), tr!("biprop-seats")];
        head.extend(self.groups.iter().map(|g| g.name.clone()));
        head.push(tr!("biprop-divisor"));
        let mut rows: Vec<Vec<String>> = vec![head];
        for (u, cells) in self.units.iter().zip(&self.table) {
            let mut r = vec![u.name.clone(), u.seats.to_string()];
            r.extend(cells.iter().map(u32::to_string));
            r.push(u.divisor.clone());
            rows.push(r);
        }
        let mut total = vec![tr!("biprop-total"), self.seats.to_string()];
        total.extend(self.groups.iter().map(|g| g.seats.to_string()));
        total.push(String::new());
        rows.push(total);
        let mut div = vec![tr!("biprop-divisor"), String::new()];
        div.extend(
            self.groups
                .iter()
                .map(|g| g.divisor.clone().unwrap_or_else(|| "-".to_owned())),
        );
        div.push(String::new());
        rows.push(div);
        let cols = rows.first().map_or(0, Vec::len);
        let widths: Vec<usize> = (0..cols)
            .map(|c| {
                rows.iter()
                    .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = tr!(
            "biprop-heading",
            method = self.method.clone(),
            seats = self.seats,
            units = self.units.len(),
            groups = self.groups.len()
        );
        out.push('\n');
        if self.voter_numbers {
            out.push_str(&tr!("biprop-voter-numbers"));
            out.push('\n');
        }
        for r in &rows {
            let line: Vec<String> = r
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(c, (s, &w))| {
                    let pad = w.saturating_sub(s.chars().count());
                    if c == 0 {
                        format!("{s}{}", " ".repeat(pad))
                    } else {
                        format!("{}{s}", " ".repeat(pad))
                    }
                })
                .collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
        let out_of: Vec<&str> = self
            .groups
            .iter()
            .filter(|g| !g.qualified)
            .map(|g| g.name.as_str())
            .collect();
        if !out_of.is_empty() {
            out.push_str(&tr!("biprop-not-qualified", groups = out_of.join(", ")));
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_problem_is_reported() {
        let e = VoteTable::from_csv("unit;seats;A;B\nN;4;1.5;2\nN;x;3;y\n").unwrap_err();
        let at: Vec<(usize, Option<&str>)> = e
            .errors
            .iter()
            .map(|e| (e.line, e.column.as_deref()))
            .collect();
        assert_eq!(
            at,
            [
                (2, Some("A")),
                (3, Some("unit")),
                (3, Some("seats")),
                (3, Some("B"))
            ]
        );
    }

    #[test]
    fn a_table_needs_a_group_and_named_groups() {
        let e = VoteTable::from_csv("unit,seats\nN,4\n").unwrap_err();
        assert_eq!(e.errors.len(), 1);
        let e = VoteTable::from_csv("unit,seats,A,a\nN,4,1,2\n").unwrap_err();
        assert!(matches!(
            e.errors[0].kind,
            CsvErrorKind::DuplicateColumn { .. }
        ));
    }

    #[test]
    fn a_wide_header_reads_in_one_pass_and_short_rows_are_one_error_each() {
        let n = 50_000;
        let mut text = String::from("unit,seats");
        for j in 0..n {
            text.push_str(&format!(",g{j}"));
        }
        text.push_str("\nN,1,5\nS,1,7\n");
        let started = std::time::Instant::now();
        let e = VoteTable::from_csv(&text).unwrap_err();
        assert!(started.elapsed().as_secs() < 5);
        // Each row stops after its first group: one error per row, at "g1".
        assert_eq!(e.errors.len(), 2);
        assert_eq!(e.errors[0].column.as_deref(), Some("g1"));
    }

    #[test]
    fn voter_numbers_are_exact() {
        assert_eq!(fraction(6, 4), "3/2");
        assert_eq!(fraction(8, 4), "2");
    }
}
