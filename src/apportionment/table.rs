//! Biproportional apportionment of a general table: units (rows) × groups (columns).
//!
//! Every unit gets its seats and every group its total, and within that seats follow
//! the weights: `s[i][j]` is the rounding of `w[i][j] / (D_i E_j)` by the divisor
//! method, for row divisors `D_i` and column divisors `E_j` (M. L. Balinski and
//! G. Demange, "An axiomatic approach to proportionality between matrices", Math.
//! Oper. Res. 14, 1989; F. Pukelsheim, *Proportional Representation*, 2nd ed. 2017,
//! ch. 14; the Zurich "doppelter Pukelsheim", Gesetz über die politischen Rechte des
//! Kantons Zürich, §§102-103).
//!
//! The divisors are found by alternating scaling (Pukelsheim 2017, §14.5): with the
//! column divisors fixed, each row gets a divisor that gives it exactly its seats; with
//! the row divisors fixed, each column gets one that gives it exactly its total; and so
//! on until the rows' totals also hold. Every divisor is an exact fraction, chosen as
//! the simplest fraction (shortest continued fraction) strictly inside the interval of
//! divisors that work, so the numbers stay small; nothing is rounded in floating point.
//! The loop is bounded by [`MAX_ITERATIONS`]; before it starts, the table is checked
//! for feasibility (a maximum-flow test of the margins against the cells with weight).

use super::error::ApportionError;
use super::messages;
use super::method::{DivisorMethod, Method};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// The bound on alternating-scaling iterations (one row step and one column step each)
/// before [`biproportional_table`] gives up with [`ApportionError::NoConvergence`].
pub const MAX_ITERATIONS: u32 = 1000;

/// A biproportional apportionment of a units × groups table, with the divisors that
/// prove it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BiproportionalTable {
    /// The divisor method.
    pub method: Method,
    /// Seats per unit (outer) and group (inner), in input order.
    pub seats: Vec<Vec<u32>>,
    /// The row (unit) divisors `D_i`, exact fractions written `n` or `n/d`.
    pub row_divisors: Vec<String>,
    /// The column (group) divisors `E_j`, exact fractions written `n` or `n/d`.
    pub column_divisors: Vec<String>,
    /// How many alternating-scaling iterations it took.
    pub iterations: u32,
}

/// Apportions seats in a units × groups table so that unit `i` gets `row_seats[i]`,
/// group `j` gets `column_seats[j]`, and seat counts are the method's rounding of
/// `weights[i][j] / (D_i E_j)` for some row divisors `D_i` and column divisors `E_j`
/// (Balinski and Demange 1989; Pukelsheim, *Proportional Representation*, 2nd ed.
/// 2017, ch. 14). Sainte-Laguë (standard rounding) is the Zurich method; d'Hondt
/// rounds down. A zero weight is a structural zero: that cell gets no seat.
///
/// ```
/// use union_rulebook::apportionment::{biproportional_table, DivisorMethod};
/// // Three regions × three sectors; each region's delegation and each sector's total
/// // are fixed, the cells follow the members.
/// let w = vec![vec![5_000, 3_000, 2_000], vec![1_000, 6_000, 1_000], vec![2_000, 2_000, 8_000]];
/// let t = biproportional_table(DivisorMethod::SainteLague, &w, &[10, 8, 12], &[8, 11, 11])?;
/// for (row, n) in t.seats.iter().zip([10, 8, 12]) {
///     assert_eq!(row.iter().sum::<u32>(), n);
/// }
/// assert_eq!((0..3).map(|j| t.seats.iter().map(|r| r[j]).sum::<u32>()).collect::<Vec<_>>(), [8, 11, 11]);
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
///
/// # Errors
/// [`ApportionError::Unsupported`] for Huntington-Hill (its divisors are square roots;
/// the two-group [`biproportional`](super::biproportional) handles it);
/// [`ApportionError::LengthMismatch`] when `row_seats` does not have one entry per row;
/// [`ApportionError::Infeasible`] when a row has the wrong number of weights, the row
/// and column totals disagree, a row or column has seats but no weight, a method that
/// gives every cell with weight a first seat (Adams, Dean) has more such cells than
/// seats, or some units have more seats than the groups where they have members can
/// take; [`ApportionError::TableTie`] when quotients sit exactly on a rounding point
/// so that seats could move around a cycle of cells; [`ApportionError::NoConvergence`]
/// when [`MAX_ITERATIONS`] iterations do not meet every total.
pub fn biproportional_table(
    method: DivisorMethod,
    weights: &[Vec<u64>],
    row_seats: &[u32],
    column_seats: &[u32],
) -> Result<BiproportionalTable, ApportionError> {
    if method == DivisorMethod::HuntingtonHill {
        return Err(ApportionError::Unsupported {
            method: Method::Divisor(method).name(),
            what: messages::NO_TABLE,
        });
    }
    if weights.len() != row_seats.len() {
        return Err(ApportionError::LengthMismatch {
            what: "the row seats",
            found: row_seats.len(),
            expected: weights.len(),
        });
    }
    let n = column_seats.len();
    for (i, row) in weights.iter().enumerate() {
        if row.len() != n {
            return Err(ApportionError::Infeasible(messages::ragged_row(
                i,
                row.len(),
                n,
            )));
        }
    }
    let rows_total: u64 = row_seats.iter().map(|&r| u64::from(r)).sum();
    let cols_total: u64 = column_seats.iter().map(|&c| u64::from(c)).sum();
    if rows_total != cols_total {
        return Err(ApportionError::Infeasible(messages::margins_disagree(
            rows_total, cols_total,
        )));
    }
    check_feasible(method, weights, row_seats, column_seats)?;

    let w: Vec<Vec<BigRational>> = weights
        .iter()
        .map(|row| row.iter().map(|&x| int(u128::from(x))).collect())
        .collect();
    let mut a: Vec<BigRational> = vec![BigRational::one(); weights.len()];
    let mut b: Vec<BigRational> = vec![BigRational::one(); n];
    for iteration in 1..=MAX_ITERATIONS {
        // Row step: each row its own multiplier at the current column multipliers.
        for ((ai, row), &r) in a.iter_mut().zip(&w).zip(row_seats) {
            let values: Vec<BigRational> = row
                .iter()
                .zip(&b)
                .filter(|(x, _)| !x.is_zero())
                .map(|(x, bj)| x * bj)
                .collect();
            *ai = scale(method, &values, r).0;
        }
        // Column step: each column its own multiplier at the new row multipliers.
        let mut x = vec![vec![0u32; n]; weights.len()];
        for (j, (bj, &c)) in b.iter_mut().zip(column_seats).enumerate() {
            let cells: Vec<(usize, BigRational)> = w
                .iter()
                .zip(&a)
                .enumerate()
                .filter_map(|(i, (row, ai))| match row.get(j) {
                    Some(v) if !v.is_zero() => Some((i, v * ai)),
                    _ => None,
                })
                .collect();
            let values: Vec<BigRational> = cells.iter().map(|(_, v)| v.clone()).collect();
            let (m, counts) = scale(method, &values, c);
            *bj = m;
            for ((i, _), k) in cells.iter().zip(counts) {
                if let Some(cell) = x.get_mut(*i).and_then(|row| row.get_mut(j)) {
                    *cell = k;
                }
            }
        }
        if transfer(method, &w, &a, &b, &mut x, row_seats) {
            let cells = tied_cells(method, &w, &a, &b, &x);
            if !cells.is_empty() {
                return Err(ApportionError::TableTie { cells });
            }
            return Ok(BiproportionalTable {
                method: Method::Divisor(method),
                seats: x,
                row_divisors: a.iter().map(|m| m.recip().to_string()).collect(),
                column_divisors: b.iter().map(|m| m.recip().to_string()).collect(),
                iterations: iteration,
            });
        }
    }
    Err(ApportionError::NoConvergence {
        iterations: MAX_ITERATIONS,
    })
}

fn int(x: u128) -> BigRational {
    BigRational::from_integer(BigInt::from(x))
}

/// `d(k)` as an exact fraction (only for methods with rational divisors).
fn divisor(method: DivisorMethod, k: impl Into<u64>) -> BigRational {
    let (num, den, _) = method.divisor_wide(k.into());
    BigRational::new(BigInt::from(num), BigInt::from(den))
}

/// One-dimensional divisor apportionment of `seats` among positive rational `values`:
/// a multiplier `m` and each value's seats, the number of `k` with `d(k) < m v`.
///
/// The signposts `d(k) / v` are merged in increasing order (ties: lower index first);
/// the first `seats` of them are given, and `m` is the simplest fraction strictly
/// between the last given and the next one. When those two are equal (a tie at this
/// step), `m` is the tie point and the lower indices hold the tied seats for now; a
/// tie that survives to the end is reported by [`tied_cells`].
///
/// The first `seats` signposts are found by a jump and steps (as the one-dimensional
/// search, `divisor.rs`): at `m0 = seats / sum(v)` each value's count of signposts
/// below `m0` lies within one of `m0 v` (since `k <= d(k) <= k + 1`), so the counts are
/// within one per value of `seats`; the steps then give or take back one signpost at a
/// time in merge order. The work grows with the values, not with the seats.
fn scale(method: DivisorMethod, values: &[BigRational], seats: u32) -> (BigRational, Vec<u32>) {
    if values.is_empty() {
        return (BigRational::one(), Vec::new());
    }
    let post = |v: &BigRational, k: u64| divisor(method, k) / v;
    // The jump: signposts strictly below m0 (a threshold in merge order).
    let total: BigRational = values.iter().cloned().sum();
    let m0 = int(u128::from(seats)) / total;
    let cap = u64::from(seats) + 1;
    let mut counts: Vec<u64> = values
        .iter()
        .map(|v| {
            let x = &m0 * v;
            let f = x.floor().to_integer();
            let f = u64::try_from(f).unwrap_or(cap).min(cap);
            let below = |k: u64| divisor(method, k) < x;
            let mut count = f.saturating_sub(1);
            if f >= 1 && below(f - 1) {
                count += 1;
            }
            if below(f) {
                count += 1;
            }
            count.min(cap)
        })
        .collect();
    // The steps, in merge order: give the lowest next signposts (lower index first) or
    // take back the highest given (higher index first).
    let given: u64 = counts.iter().sum();
    let target = u64::from(seats);
    if given < target {
        let mut heap: BinaryHeap<Reverse<(BigRational, usize)>> = values
            .iter()
            .zip(&counts)
            .enumerate()
            .map(|(e, (v, &k))| Reverse((post(v, k), e)))
            .collect();
        for _ in given..target {
            let Some(Reverse((_, e))) = heap.pop() else {
                break;
            };
            if let (Some(c), Some(v)) = (counts.get_mut(e), values.get(e)) {
                *c += 1;
                heap.push(Reverse((post(v, *c), e)));
            }
        }
    } else if given > target {
        let mut heap: BinaryHeap<(BigRational, usize)> = values
            .iter()
            .zip(&counts)
            .enumerate()
            .filter(|(_, (_, k))| **k > 0)
            .map(|(e, (v, &k))| (post(v, k - 1), e))
            .collect();
        for _ in target..given {
            let Some((_, e)) = heap.pop() else {
                break;
            };
            if let (Some(c), Some(v)) = (counts.get_mut(e), values.get(e)) {
                *c -= 1;
                if *c > 0 {
                    heap.push((post(v, *c - 1), e));
                }
            }
        }
    }
    // The last signpost given and the next one, in merge order.
    let last = values
        .iter()
        .zip(&counts)
        .enumerate()
        .filter(|(_, (_, k))| **k > 0)
        .map(|(e, (v, &k))| (post(v, k - 1), e))
        .max()
        .map_or_else(BigRational::zero, |(t, _)| t);
    let next = values
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(e, (v, &k))| (post(v, k), e))
        .min()
        .map(|(t, _)| t);
    let m = match next {
        Some(next) if last < next => simplest(&last, Some(&next)),
        Some(_) => last,
        None => simplest(&last, None),
    };
    let counts = counts
        .into_iter()
        .map(|c| u32::try_from(c).unwrap_or(seats))
        .collect();
    (m, counts)
}

/// The simplest fraction (smallest denominator, then numerator) strictly between `lo`
/// and `hi` (`None`: no upper end), for `0 <= lo < hi`, by continued fractions.
fn simplest(lo: &BigRational, hi: Option<&BigRational>) -> BigRational {
    let fl = lo.floor();
    let next = &fl + BigRational::one();
    match hi {
        Some(h) if next >= *h => {
            // lo and h lie in [fl, fl + 1]: invert their fractional parts.
            let l2 = lo - &fl;
            let h2 = h - &fl;
            let upper = if l2.is_zero() { None } else { Some(l2.recip()) };
            fl + simplest(&h2.recip(), upper.as_ref()).recip()
        }
        _ => next,
    }
}

/// Meets the row totals at the current multipliers if ties allow it: while a row has
/// too many seats, moves one along a path of tied cells (a cell whose quotient equals
/// `d(x - 1)` may lose a seat, one whose quotient equals `d(x)` may gain one) to a row
/// with too few, keeping every column total (the transfer step of the tie-and-transfer
/// method, Maier, Zachariasen, Zachariasen and Pukelsheim, "Divisor-based
/// biproportional apportionment in electoral systems", Electoral Studies 29, 2010).
/// Returns whether every row total then holds.
fn transfer(
    method: DivisorMethod,
    w: &[Vec<BigRational>],
    a: &[BigRational],
    b: &[BigRational],
    x: &mut [Vec<u32>],
    row_seats: &[u32],
) -> bool {
    let m = w.len();
    let q: Vec<Vec<BigRational>> = w
        .iter()
        .zip(a)
        .map(|(row, ai)| row.iter().zip(b).map(|(v, bj)| v * ai * bj).collect())
        .collect();
    // Each transfer lowers the total excess by one, so this loop ends.
    loop {
        let sums: Vec<u64> = x
            .iter()
            .map(|row| row.iter().map(|&s| u64::from(s)).sum())
            .collect();
        let excess = |i: usize| {
            let target = row_seats.get(i).map_or(0, |&r| u64::from(r));
            sums.get(i).copied().unwrap_or(0).cmp(&target)
        };
        if (0..m).all(|i| excess(i).is_eq()) {
            return true;
        }
        // Breadth-first search from every row with too many seats; nodes are rows
        // 0..m and columns m..m+n, `from` remembers the path.
        let nodes = m + b.len();
        let mut from: Vec<Option<usize>> = vec![None; nodes];
        let mut queue = VecDeque::new();
        for i in (0..m).filter(|&i| excess(i).is_gt()) {
            if let Some(f) = from.get_mut(i) {
                *f = Some(i);
            }
            queue.push_back(i);
        }
        let mut end = None;
        while let Some(u) = queue.pop_front() {
            if u < m && excess(u).is_lt() {
                end = Some(u);
                break;
            }
            for v in 0..nodes {
                if from.get(v).is_some_and(Option::is_some) {
                    continue;
                }
                let (i, j, lose) = match (u < m, v < m) {
                    (true, false) => (u, v - m, true),
                    (false, true) => (v, u - m, false),
                    _ => continue,
                };
                let (Some(qij), Some(&s)) = (
                    q.get(i).and_then(|r| r.get(j)),
                    x.get(i).and_then(|r| r.get(j)),
                ) else {
                    continue;
                };
                let open = if qij.is_zero() {
                    false
                } else if lose {
                    s > 0 && *qij == divisor(method, s - 1)
                } else {
                    *qij == divisor(method, s)
                };
                if open {
                    if let Some(f) = from.get_mut(v) {
                        *f = Some(u);
                    }
                    queue.push_back(v);
                }
            }
        }
        let Some(mut v) = end else {
            return false;
        };
        while let Some(Some(u)) = from.get(v).copied() {
            if u == v {
                break;
            }
            let (i, j, lose) = if u < m {
                (u, v - m, true)
            } else {
                (v, u - m, false)
            };
            if let Some(s) = x.get_mut(i).and_then(|r| r.get_mut(j)) {
                if lose {
                    *s -= 1;
                } else {
                    *s += 1;
                }
            }
            v = u;
        }
    }
}

/// Cells on a cycle along which seats could move at the final multipliers: a cell that
/// could gain a seat (`w a b = d(x)`) is an arc from its row to its column, one that
/// could lose a seat (`w a b = d(x - 1)`) an arc back. A cycle is a second
/// apportionment with the same divisors, that is, a tie.
fn tied_cells(
    method: DivisorMethod,
    w: &[Vec<BigRational>],
    a: &[BigRational],
    b: &[BigRational],
    x: &[Vec<u32>],
) -> Vec<(usize, usize)> {
    let m = w.len();
    let nodes = m + b.len();
    let mut arcs: Vec<(usize, usize, usize, usize)> = Vec::new(); // (from, to, row, col)
    for (i, ((row, ai), xrow)) in w.iter().zip(a).zip(x).enumerate() {
        for (j, ((v, bj), &s)) in row.iter().zip(b).zip(xrow).enumerate() {
            if v.is_zero() {
                continue;
            }
            let q = v * ai * bj;
            if q == divisor(method, s) {
                arcs.push((i, m + j, i, j));
            }
            if s > 0 && q == divisor(method, s - 1) {
                arcs.push((m + j, i, i, j));
            }
        }
    }
    let mut adjacency = vec![Vec::new(); nodes];
    for &(from, to, _, _) in &arcs {
        if let Some(list) = adjacency.get_mut(from) {
            list.push(to);
        }
    }
    let reaches = |from: usize, target: usize| {
        let mut seen = vec![false; nodes];
        let mut queue = VecDeque::from([from]);
        while let Some(u) = queue.pop_front() {
            if u == target {
                return true;
            }
            if let Some(s) = seen.get_mut(u) {
                if *s {
                    continue;
                }
                *s = true;
            }
            queue.extend(adjacency.get(u).into_iter().flatten().copied());
        }
        false
    };
    let mut cells: Vec<(usize, usize)> = arcs
        .iter()
        .filter(|&&(from, to, _, _)| reaches(to, from))
        .map(|&(_, _, i, j)| (i, j))
        .collect();
    cells.sort_unstable();
    cells.dedup();
    cells
}

/// Whether some integer table with zeros where the weights are zero meets the margins
/// (and, for methods whose first divisor is 0, gives every cell with weight a seat):
/// a maximum flow from rows to columns along the cells with weight.
fn check_feasible(
    method: DivisorMethod,
    weights: &[Vec<u64>],
    row_seats: &[u32],
    column_seats: &[u32],
) -> Result<(), ApportionError> {
    let m = weights.len();
    let n = column_seats.len();
    let name = Method::Divisor(method).name();
    let first_free = method.divisor(0).0 == 0;
    let mut r: Vec<u64> = Vec::with_capacity(m);
    for (i, (row, &seats)) in weights.iter().zip(row_seats).enumerate() {
        let cells = row.iter().filter(|&&x| x > 0).count() as u64;
        if cells == 0 && seats > 0 {
            return Err(ApportionError::Infeasible(messages::seats_without_weight(
                "unit", i, seats,
            )));
        }
        let first = if first_free { cells } else { 0 };
        let left = u64::from(seats).checked_sub(first).ok_or_else(|| {
            ApportionError::Infeasible(messages::first_seats_exceed("unit", i, cells, seats, name))
        })?;
        r.push(left);
    }
    let mut c: Vec<u64> = Vec::with_capacity(n);
    for (j, &seats) in column_seats.iter().enumerate() {
        let cells = weights
            .iter()
            .filter(|row| row.get(j).is_some_and(|&x| x > 0))
            .count() as u64;
        if cells == 0 && seats > 0 {
            return Err(ApportionError::Infeasible(messages::seats_without_weight(
                "group", j, seats,
            )));
        }
        let first = if first_free { cells } else { 0 };
        let left = u64::from(seats).checked_sub(first).ok_or_else(|| {
            ApportionError::Infeasible(messages::first_seats_exceed("group", j, cells, seats, name))
        })?;
        c.push(left);
    }
    // Nodes: 0 source, 1..=m rows, m+1..=m+n columns, m+n+1 sink.
    let total: u64 = r.iter().sum();
    let nodes = m + n + 2;
    let sink = m + n + 1;
    let mut cap = vec![vec![0u64; nodes]; nodes];
    let mut set = |u: usize, v: usize, k: u64| {
        if let Some(x) = cap.get_mut(u).and_then(|row| row.get_mut(v)) {
            *x = k;
        }
    };
    for (i, (&ri, row)) in r.iter().zip(weights).enumerate() {
        set(0, 1 + i, ri);
        for (j, &x) in row.iter().enumerate() {
            if x > 0 {
                set(1 + i, 1 + m + j, total);
            }
        }
    }
    for (j, &cj) in c.iter().enumerate() {
        set(1 + m + j, sink, cj);
    }
    let mut flow = 0u64;
    loop {
        // Breadth-first search for an augmenting path (Edmonds and Karp 1972).
        let mut parent: Vec<Option<usize>> = vec![None; nodes];
        if let Some(p) = parent.get_mut(0) {
            *p = Some(0);
        }
        let mut queue = VecDeque::from([0usize]);
        while let Some(u) = queue.pop_front() {
            for v in 0..nodes {
                let free = cap.get(u).and_then(|row| row.get(v)).copied().unwrap_or(0);
                if free > 0 && parent.get(v).is_some_and(Option::is_none) {
                    if let Some(p) = parent.get_mut(v) {
                        *p = Some(u);
                    }
                    queue.push_back(v);
                }
            }
        }
        if parent.get(sink).is_some_and(Option::is_none) {
            let rows: Vec<usize> = (0..m)
                .filter(|&i| parent.get(1 + i).is_some_and(Option::is_some))
                .collect();
            if flow < total {
                let seats: u64 = rows.iter().filter_map(|&i| r.get(i)).sum();
                let room: u64 = (0..n)
                    .filter(|&j| parent.get(1 + m + j).is_some_and(Option::is_some))
                    .filter_map(|j| c.get(j))
                    .sum();
                return Err(ApportionError::Infeasible(messages::units_overfull(
                    &rows, seats, room,
                )));
            }
            return Ok(());
        }
        // The bottleneck along the path, then push it.
        let mut path = Vec::new();
        let mut v = sink;
        while v != 0 {
            let Some(Some(u)) = parent.get(v).copied() else {
                break;
            };
            path.push((u, v));
            v = u;
        }
        let push = path
            .iter()
            .map(|&(u, v)| cap.get(u).and_then(|row| row.get(v)).copied().unwrap_or(0))
            .min()
            .unwrap_or(0);
        if push == 0 {
            return Ok(());
        }
        for &(u, v) in &path {
            if let Some(x) = cap.get_mut(u).and_then(|row| row.get_mut(v)) {
                *x -= push;
            }
            if let Some(x) = cap.get_mut(v).and_then(|row| row.get_mut(u)) {
                *x = x.saturating_add(push);
            }
        }
        flow += push;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seat-by-seat merge `scale` replaced, as the reference: one of `seats` among positive rational `values`:
    /// a multiplier `m` and each value's seats, the number of `k` with `d(k) < m v`.
    ///
    /// The signposts `d(k) / v` are merged in increasing order (ties: lower index first);
    /// the first `seats` of them are given, and `m` is the simplest fraction strictly
    /// between the last given and the next one. When those two are equal (a tie at this
    /// step), `m` is the tie point and the lower indices hold the tied seats for now; a
    /// tie that survives to the end is reported by [`tied_cells`].
    fn scale_seat_by_seat(
        method: DivisorMethod,
        values: &[BigRational],
        seats: u32,
    ) -> (BigRational, Vec<u32>) {
        let mut counts = vec![0u32; values.len()];
        if values.is_empty() {
            return (BigRational::one(), counts);
        }
        let post = |v: &BigRational, k: u32| divisor(method, k) / v;
        let mut heap: BinaryHeap<Reverse<(BigRational, usize, u32)>> = values
            .iter()
            .enumerate()
            .map(|(e, v)| Reverse((post(v, 0), e, 0)))
            .collect();
        let mut last = BigRational::zero();
        for _ in 0..seats {
            let Some(Reverse((t, e, k))) = heap.pop() else {
                break;
            };
            if let Some(c) = counts.get_mut(e) {
                *c += 1;
            }
            if let Some(v) = values.get(e) {
                heap.push(Reverse((post(v, k + 1), e, k + 1)));
            }
            last = t;
        }
        let m = match heap.peek() {
            Some(Reverse((next, _, _))) if last < *next => simplest(&last, Some(next)),
            Some(_) => last,
            None => simplest(&last, None),
        };
        (m, counts)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// The jump and its steps give the seat-by-seat merge's multiplier and seats.
        #[test]
        fn scaling_by_jump_and_step_is_the_seat_by_seat_merge(
            m in 0usize..5,
            values in proptest::collection::vec((1u64..50, 1u64..6), 1..6),
            seats in 0u32..60,
        ) {
            let method = [
                DivisorMethod::DHondt,
                DivisorMethod::SainteLague,
                DivisorMethod::ModifiedSainteLague,
                DivisorMethod::Adams,
                DivisorMethod::Dean,
            ][m];
            let v: Vec<BigRational> = values.iter().map(|&(n, d)| q(n as i64, d as i64)).collect();
            proptest::prop_assert_eq!(scale(method, &v, seats), scale_seat_by_seat(method, &v, seats));
        }
    }

    #[test]
    fn four_billion_seats_scale_at_once() {
        let started = std::time::Instant::now();
        let v = [q(53, 1), q(24, 1), q(23, 1)];
        let (_, seats) = scale(DivisorMethod::SainteLague, &v, u32::MAX);
        assert_eq!(
            seats.iter().map(|&s| u64::from(s)).sum::<u64>(),
            u64::from(u32::MAX)
        );
        assert!(started.elapsed().as_secs() < 1);
    }

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn simplest_fraction_between_two_bounds() {
        assert_eq!(simplest(&q(0, 1), Some(&q(1, 2))), q(1, 3));
        assert_eq!(simplest(&q(1, 3), Some(&q(1, 2))), q(2, 5));
        assert_eq!(simplest(&q(5, 2), Some(&q(4, 1))), q(3, 1));
        assert_eq!(simplest(&q(3, 1), Some(&q(4, 1))), q(7, 2));
        assert_eq!(simplest(&q(7, 1), None), q(8, 1));
        // 0.3 < 1/3 < 0.34: denominators 1 and 2 have nothing inside.
        assert_eq!(simplest(&q(3, 10), Some(&q(34, 100))), q(1, 3));
    }

    #[test]
    fn one_row_scaling_is_the_divisor_method() {
        // Sainte-Laguë, 7 seats for 53 : 24 : 23: the averages over 1, 3, 5 are
        // 53, 17.67, 10.6 | 24, 8 | 23, 7.67, and the eighth would be 53/7 = 7.57, so
        // the seats are 3, 2, 2; the multiplier lies between d(1)/23 = 3/46 and d(3)/53 = 7/106.
        let v = [q(53, 1), q(24, 1), q(23, 1)];
        let (m, seats) = scale(DivisorMethod::SainteLague, &v, 7);
        assert_eq!(seats, vec![3, 2, 2]);
        assert!(m > q(3, 46) && m < q(7, 106));
    }
}
