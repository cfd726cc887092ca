//! Biproportional apportionment of units × two groups (regions × gender): every unit
//! gets its seats and every group its total, by one divisor method.
//!
//! The solution is `s[i][g] = round(w[i][g] / (x_i * y_g))` for row divisors `x_i` and
//! group divisors `y_g` (M. L. Balinski and G. Demange, "An axiomatic approach to
//! proportionality between matrices", Math. Oper. Res. 14, 1989; F. Pukelsheim,
//! *Proportional Representation*, 2nd ed. 2017, ch. 14). Alternating scaling finds the
//! divisors in floating point; with two groups only the ratio `λ = y_B / y_A` matters,
//! and this implementation finds it exactly: it starts from each row's own
//! apportionment (`λ = 1`) and moves seats between the groups one at a time, always in
//! the row whose switch point comes first as `λ` moves, as the tie-and-transfer method
//! does (Zachariasen, Maier and Pukelsheim). Switch points are exact fractions
//! compared in 256-bit integers.

use super::arith::mul;
use super::error::ApportionError;
use super::messages;
use super::method::{DivisorMethod, Method};
use super::options::{Options, Tie, TiePolicy};
use serde::Serialize;
use std::cmp::Ordering;

/// The most work [`biproportional`] takes on: the seats it must move between the
/// groups after each row is apportioned on its own, times the rows (each move looks at
/// every row). The moves are made one at a time, so a problem beyond this bound (such
/// as 4,294,967,295 seats whose rows all lean to one group) is refused at once with
/// [`ApportionError::Unsupported`] rather than run for minutes.
pub const MAX_MOVE_WORK: u64 = 100_000_000;

/// A biproportional result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Biproportional {
    /// Seats per unit and group, in unit order.
    pub seats: Vec<[u32; 2]>,
    /// Ties met at the last transfer and how they were settled (units are rows).
    pub ties: Vec<Tie>,
}

/// A switch point `λ`: zero, a positive fraction `n / d`, or infinite.
#[derive(Debug, Clone, Copy)]
enum Point {
    Zero,
    Frac(u128, u128),
    Inf,
}

impl Ord for Point {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Point::Zero, Point::Zero) | (Point::Inf, Point::Inf) => Ordering::Equal,
            (Point::Zero, _) | (_, Point::Inf) => Ordering::Less,
            (_, Point::Zero) | (Point::Inf, _) => Ordering::Greater,
            (Point::Frac(a, b), Point::Frac(c, d)) => mul(*a, *d).cmp(&mul(*c, *b)),
        }
    }
}

/// Equal as fractions, not field by field.
impl PartialEq for Point {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Point {}

impl PartialOrd for Point {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Row {
    a: u64,
    b: u64,
    r: u32,
}

impl Row {
    /// `λ` at which A's claim `a / d(ka)` equals B's claim `λ b / d(kb)`: `a d(kb) / (b d(ka))`.
    fn point(&self, m: DivisorMethod, ka: u32, kb: u32) -> Result<Point, ApportionError> {
        let (na, da, p) = m.divisor(ka);
        let (nb, db, _) = m.divisor(kb);
        let pow = |w: u64| {
            let w = u128::from(w);
            if p == 2 { w * w } else { w }
        };
        let ov = ApportionError::Overflow;
        let n = pow(self.a)
            .checked_mul(nb)
            .and_then(|x| x.checked_mul(da))
            .ok_or(ov.clone())?;
        let d = pow(self.b)
            .checked_mul(db)
            .and_then(|x| x.checked_mul(na))
            .ok_or(ov)?;
        Ok(match (n, d) {
            (_, 0) => Point::Inf,
            (0, _) => Point::Zero,
            (n, d) => Point::Frac(n, d),
        })
    }

    /// The largest `λ` at which holding `x` A-seats stays valid (A's last seat against
    /// B's next).
    fn upper(&self, m: DivisorMethod, x: u32) -> Result<Point, ApportionError> {
        if x == 0 || x > self.r {
            return Ok(Point::Zero);
        }
        let (na, _, _) = m.divisor(x - 1);
        if na == 0 && self.a > 0 {
            return Ok(Point::Inf); // A's first seat has an infinite claim
        }
        self.point(m, x - 1, self.r - x)
    }

    /// The smallest `λ` at which holding `x` A-seats stays valid (B's last seat against
    /// A's next).
    fn lower(&self, m: DivisorMethod, x: u32) -> Result<Point, ApportionError> {
        if x >= self.r {
            return Ok(Point::Zero);
        }
        let (nb, _, _) = m.divisor(self.r - x - 1);
        if nb == 0 && self.b > 0 {
            return Ok(Point::Zero); // B's first seat has an infinite claim
        }
        self.point(m, x, self.r - x - 1)
    }
}

/// Apportions seats in a units × 2 groups table: unit `i` gets `row_seats[i]`, group
/// `g` gets `group_seats[g]`, and within that, seats follow `weights[i][g]` by the
/// divisor method.
///
/// ```
/// use union_rulebook::apportionment::{biproportional, DivisorMethod, TiePolicy};
/// // Three regions' women and men members; 10 delegates per region as apportioned
/// // already; the congress must have 12 women and 18 men.
/// let w = [[300, 700], [100, 900], [500, 500]];
/// let b = biproportional(DivisorMethod::SainteLague, &w, &[10, 10, 10], [12, 18], &TiePolicy::Fail)?;
/// assert_eq!(b.seats.iter().map(|r| r[0]).sum::<u32>(), 12);
/// assert!(b.seats.iter().zip([10, 10, 10]).all(|(r, n)| r[0] + r[1] == n));
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
///
/// # Errors
/// [`ApportionError::Infeasible`] when row and group totals disagree, a row has seats
/// but no weight, or the groups' weights cannot carry their totals (a group's total
/// above the seats of the rows where it has members); [`ApportionError::Overflow`] for
/// weights whose switch points do not fit exact arithmetic; a tie under
/// [`TiePolicy::Fail`]; [`ApportionError::Unsupported`] when the seats to move between
/// the groups times the rows exceed [`MAX_MOVE_WORK`].
pub fn biproportional(
    method: DivisorMethod,
    weights: &[[u64; 2]],
    row_seats: &[u32],
    group_seats: [u32; 2],
    ties: &TiePolicy,
) -> Result<Biproportional, ApportionError> {
    if weights.len() != row_seats.len() {
        return Err(ApportionError::LengthMismatch {
            what: "the row seats",
            found: row_seats.len(),
            expected: weights.len(),
        });
    }
    let rows_total: u64 = row_seats.iter().map(|&r| u64::from(r)).sum();
    let groups_total = u64::from(group_seats[0]) + u64::from(group_seats[1]);
    if rows_total != groups_total {
        return Err(ApportionError::Infeasible(messages::margins_disagree(
            rows_total,
            groups_total,
        )));
    }
    let rows: Vec<Row> = weights
        .iter()
        .zip(row_seats)
        .map(|(w, &r)| Row {
            a: w[0],
            b: w[1],
            r,
        })
        .collect();
    // λ = 1: each row on its own, A preferred in a row tie (undone below if it matters).
    let mut x = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if row.r == 0 {
            x.push(0);
            continue;
        }
        let opts =
            Options::new(Method::Divisor(method), row.r).with_ties(TiePolicy::Order(vec![0, 1]));
        let a = super::engine::apportion(&[row.a, row.b], &opts).map_err(|e| match e {
            ApportionError::NoWeight { .. } => {
                ApportionError::Infeasible(messages::row_without_weight(i, row.r))
            }
            e => e,
        })?;
        x.push(a.allocation.first().copied().unwrap_or(0));
    }
    let target = group_seats[0];
    let mut given: u64 = x.iter().map(|&v| u64::from(v)).sum();
    if given
        .abs_diff(u64::from(target))
        .saturating_mul(rows.len() as u64)
        > MAX_MOVE_WORK
    {
        return Err(ApportionError::Unsupported {
            method: Method::Divisor(method).name(),
            what: messages::TOO_MANY_MOVES,
        });
    }
    // Move seats from A to B (raise λ) or from B to A (lower λ), next switch first.
    while given != u64::from(target) {
        let raise = given > u64::from(target);
        let mut best: Option<(Point, usize)> = None;
        for (i, row) in rows.iter().enumerate() {
            let xi = x.get(i).copied().unwrap_or(0);
            let p = if raise {
                if xi == 0 || row.b == 0 {
                    continue;
                }
                row.upper(method, xi)?
            } else {
                if xi >= row.r || row.a == 0 {
                    continue;
                }
                row.lower(method, xi)?
            };
            let better = match &best {
                None => true,
                Some((bp, _)) => {
                    if raise {
                        p < *bp
                    } else {
                        p > *bp
                    }
                }
            };
            // An infinite claim never gives its seat up.
            let usable = if raise {
                p != Point::Inf
            } else {
                p != Point::Zero
            };
            if better && usable {
                best = Some((p, i));
            }
        }
        let Some((_, i)) = best else {
            return Err(ApportionError::Infeasible(messages::group_cannot_fill(
                if raise { "B" } else { "A" },
                if raise { group_seats[1] } else { target },
            )));
        };
        if let Some(v) = x.get_mut(i) {
            if raise {
                *v -= 1;
                given -= 1;
            } else {
                *v += 1;
                given += 1;
            }
        }
    }
    // A tie: the smallest upper bound equals the largest lower bound.
    let mut uppers = Vec::with_capacity(rows.len());
    let mut lowers = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let xi = x.get(i).copied().unwrap_or(0);
        uppers.push(if xi == 0 || row.b == 0 {
            Point::Inf
        } else {
            row.upper(method, xi)?
        });
        lowers.push(if xi >= row.r || row.a == 0 {
            Point::Zero
        } else {
            row.lower(method, xi)?
        });
    }
    let mut tie_records = Vec::new();
    if let (Some(&u), Some(&l)) = (uppers.iter().min(), lowers.iter().max())
        && u == l
        && u != Point::Inf
        && l != Point::Zero
    {
        let holders: Vec<usize> = (0..rows.len())
            .filter(|&i| uppers.get(i) == Some(&u))
            .collect();
        let mut units: Vec<usize> = (0..rows.len())
            .filter(|&i| lowers.get(i) == Some(&u))
            .chain(holders.iter().copied())
            .collect();
        units.sort_unstable();
        units.dedup();
        let t = ties.settle(units, holders.len() as u32)?;
        for &i in &holders {
            if let Some(v) = x.get_mut(i) {
                *v -= 1;
            }
        }
        for &i in &t.chosen {
            if let Some(v) = x.get_mut(i) {
                *v += 1;
            }
        }
        tie_records.push(t);
    }
    Ok(Biproportional {
        seats: x
            .iter()
            .zip(&rows)
            .map(|(&xi, row)| [xi, row.r - xi])
            .collect(),
        ties: tie_records,
    })
}
