//! The divisor-method search: a jump to a good divisor, then steps to the exact
//! house size (Pukelsheim, *Proportional Representation*, 2nd ed. 2017, §4.6
//! "jump-and-step"), with minimum and maximum seats honoured inside the search.
//!
//! The seats given form a threshold set: every seat `(unit, k)` given has a priority
//! `w / d(k)` at least as high as every seat not given, among the seats between each
//! unit's minimum and maximum. That is the divisor method with bounds (Balinski and
//! Young 2001, appendix A). All priorities are compared exactly.

use super::arith::Priority;
use super::error::ApportionError;
use super::method::DivisorMethod;
use super::options::{Tie, TiePolicy};
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// A heap entry: a priority and its unit; equal priorities pop the lower index first.
#[derive(PartialEq, Eq)]
struct Entry(Priority, Reverse<usize>);

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Apportions `house` seats among the `eligible` units by `method`, each unit between
/// `min` and `max` seats (ineligible units get 0).
pub(crate) fn apportion_divisor(
    method: DivisorMethod,
    weights: &[u64],
    eligible: &[bool],
    house: u32,
    min: u32,
    max: u32,
    policy: &TiePolicy,
) -> Result<(Vec<u32>, Option<Tie>), ApportionError> {
    let max = max.min(house);
    let n_eligible = eligible.iter().filter(|&&e| e).count() as u64;
    let total = eligible_total(weights, eligible);

    // Jump: one divisor for all, rounded by the method's own signposts (so the start is
    // a threshold set), then bounded.
    let half = n_eligible / 2;
    // Rounding down (d'Hondt) loses about half a seat per unit, rounding up (Adams)
    // gains as much; the others round near the middle (Huntington-Hill and Dean tend to
    // k + 1/2 as k grows), so aim at the house itself.
    let target = match method {
        DivisorMethod::DHondt => u128::from(house) + u128::from(half),
        DivisorMethod::Adams => u128::from(house).saturating_sub(u128::from(half)),
        DivisorMethod::SainteLague
        | DivisorMethod::ModifiedSainteLague
        | DivisorMethod::HuntingtonHill
        | DivisorMethod::Dean => u128::from(house),
    }
    .max(1);
    let div = u64::try_from((total / target).max(1)).unwrap_or(u64::MAX);
    let mut seats: Vec<u32> = weights
        .iter()
        .zip(eligible)
        .map(|(&w, &e)| {
            if e {
                signpost_count(method, w, div, max).clamp(min, max)
            } else {
                0
            }
        })
        .collect();

    // Step: add the highest claims or take back the lowest until the house is full.
    let given: u64 = seats.iter().map(|&s| u64::from(s)).sum();
    let house64 = u64::from(house);
    if given < house64 {
        let mut heap: BinaryHeap<Entry> = seats
            .iter()
            .enumerate()
            .filter(|&(i, &s)| eligible.get(i).copied().unwrap_or(false) && s < max)
            .map(|(i, &s)| Entry(method.priority(weight(weights, i), s), Reverse(i)))
            .collect();
        for _ in given..house64 {
            let Some(Entry(_, Reverse(i))) = heap.pop() else {
                return Err(ApportionError::MaximumsBelowSeats {
                    allowed: given,
                    seats: house,
                });
            };
            if let Some(s) = seats.get_mut(i) {
                *s += 1;
                if *s < max {
                    heap.push(Entry(method.priority(weight(weights, i), *s), Reverse(i)));
                }
            }
        }
    } else if given > house64 {
        let mut heap: BinaryHeap<Reverse<Entry>> = seats
            .iter()
            .enumerate()
            .filter(|&(i, &s)| eligible.get(i).copied().unwrap_or(false) && s > min)
            .map(|(i, &s)| {
                Reverse(Entry(
                    method.priority(weight(weights, i), s - 1),
                    Reverse(i),
                ))
            })
            .collect();
        for _ in house64..given {
            let Some(Reverse(Entry(_, Reverse(i)))) = heap.pop() else {
                return Err(ApportionError::MinimumsExceedSeats {
                    needed: given,
                    seats: house,
                });
            };
            if let Some(s) = seats.get_mut(i) {
                *s -= 1;
                if *s > min {
                    heap.push(Reverse(Entry(
                        method.priority(weight(weights, i), *s - 1),
                        Reverse(i),
                    )));
                }
            }
        }
    }

    // Ties: the lowest claim given equals the highest claim not given.
    let lowest_given = (0..weights.len())
        .filter(|&i| is_eligible(eligible, i) && seat(&seats, i) > min)
        .map(|i| method.priority(weight(weights, i), seat(&seats, i) - 1))
        .min();
    let highest_left = (0..weights.len())
        .filter(|&i| is_eligible(eligible, i) && seat(&seats, i) < max)
        .map(|i| method.priority(weight(weights, i), seat(&seats, i)))
        .max();
    let mut tie = None;
    if let (Some(low), Some(high)) = (lowest_given, highest_left)
        && low == high
    {
        let holders: Vec<usize> = (0..weights.len())
            .filter(|&i| {
                is_eligible(eligible, i)
                    && seat(&seats, i) > min
                    && method.priority(weight(weights, i), seat(&seats, i) - 1) == low
            })
            .collect();
        let mut units: Vec<usize> = (0..weights.len())
            .filter(|&i| {
                is_eligible(eligible, i)
                    && seat(&seats, i) < max
                    && method.priority(weight(weights, i), seat(&seats, i)) == low
            })
            .chain(holders.iter().copied())
            .collect();
        units.sort_unstable();
        units.dedup();
        let settled = policy.settle(units, holders.len() as u32)?;
        for &i in &holders {
            if let Some(s) = seats.get_mut(i) {
                *s -= 1;
            }
        }
        for &i in &settled.chosen {
            if let Some(s) = seats.get_mut(i) {
                *s += 1;
            }
        }
        tie = Some(settled);
    }
    Ok((seats, tie))
}

fn weight(weights: &[u64], i: usize) -> u64 {
    weights.get(i).copied().unwrap_or(0)
}

fn seat(seats: &[u32], i: usize) -> u32 {
    seats.get(i).copied().unwrap_or(0)
}

fn is_eligible(eligible: &[bool], i: usize) -> bool {
    eligible.get(i).copied().unwrap_or(false)
}

/// How many seats `w / div` earns by the method's signposts: the number of `k` with
/// `d(k) < w / div`, at most `cap`. Since `k <= d(k) <= k + 1` for every method here,
/// only `k = f - 1` and `k = f` (with `f = floor(w / div)`) need an exact look.
fn signpost_count(method: DivisorMethod, w: u64, div: u64, cap: u32) -> u32 {
    let f = w / div.max(1);
    if f > u64::from(cap) {
        return cap;
    }
    let f = f as u32; // f <= cap
    let mut count = f.saturating_sub(1);
    if f >= 1 && method.below_quotient(f - 1, w, div) {
        count += 1;
    }
    if method.below_quotient(f, w, div) {
        count += 1;
    }
    count.min(cap)
}

/// The total weight of the eligible units (those that reached the threshold).
pub(super) fn eligible_total(weights: &[u64], eligible: &[bool]) -> u128 {
    weights
        .iter()
        .zip(eligible)
        .filter(|(_, e)| **e)
        .map(|(&w, _)| u128::from(w))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signposts_round_as_each_method_says() {
        // 25 / 10 = 2.5: d'Hondt gives 2 (d(1) = 2 < 2.5, d(2) = 3 not), Sainte-Laguë
        // gives 2 (d(2) = 2.5 is not below 2.5), Adams gives 3 (d(2) = 2 < 2.5).
        assert_eq!(signpost_count(DivisorMethod::DHondt, 25, 10, 100), 2);
        assert_eq!(signpost_count(DivisorMethod::SainteLague, 25, 10, 100), 2);
        assert_eq!(signpost_count(DivisorMethod::SainteLague, 26, 10, 100), 3);
        assert_eq!(signpost_count(DivisorMethod::Adams, 25, 10, 100), 3);
        // Huntington-Hill: sqrt(2*3) = 2.449 < 2.5 so 3 seats; 2.4 gives 2.
        assert_eq!(
            signpost_count(DivisorMethod::HuntingtonHill, 25, 10, 100),
            3
        );
        assert_eq!(
            signpost_count(DivisorMethod::HuntingtonHill, 24, 10, 100),
            2
        );
        // Modified Sainte-Laguë: 0.7 is the first signpost (1.4 / 2).
        assert_eq!(
            signpost_count(DivisorMethod::ModifiedSainteLague, 7, 10, 100),
            0
        );
        assert_eq!(
            signpost_count(DivisorMethod::ModifiedSainteLague, 8, 10, 100),
            1
        );
        // Dean: d(1) = 4/3, so 1.4 gives 2 seats and 1.3 gives 1.
        assert_eq!(signpost_count(DivisorMethod::Dean, 14, 10, 100), 2);
        assert_eq!(signpost_count(DivisorMethod::Dean, 13, 10, 100), 1);
    }
}
