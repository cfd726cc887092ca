//! List jump: the minority's floor met in a list election by moving seats to the next
//! candidate of the minority, on the same list or another (WO §15(5)).

use super::apply::{ConstraintError, Placed};
use crate::Lot;
use crate::election::CandidateIndex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// One list of a list election: its votes, its candidates in the order named, and the
/// seats the divisor method gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSeats {
    /// Votes for the list.
    pub votes: u64,
    /// The candidates in list order, with their groups.
    pub candidates: Vec<Placed>,
    /// Seats the list won before the floor was applied.
    pub seats: u32,
}

/// The divisors whose quotients ("highest numbers") ordered the seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Divisors {
    /// d'Hondt: 1, 2, 3, ... (the works-council rule, WO §15(1)-(2)).
    #[default]
    DHondt,
    /// Sainte-Laguë: 1, 3, 5, ...
    SainteLague,
}

impl Divisors {
    /// The divisor of the `k`-th seat (1-based).
    fn of(self, k: u32) -> u64 {
        match self {
            Divisors::DHondt => u64::from(k),
            Divisors::SainteLague => 2 * u64::from(k) - 1,
        }
    }
}

/// A seat that moved to the minority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Jump {
    /// The list (0-based) whose seat it was.
    pub from_list: usize,
    /// The list (0-based) that holds it now (the same list under WO §15(5) no. 1).
    pub to_list: usize,
    /// The candidate who gave way (numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based")]
    #[schemars(with = "crate::election::CandidateNumber")]
    pub removed: CandidateIndex,
    /// The minority candidate who took the seat (numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based")]
    #[schemars(with = "crate::election::CandidateNumber")]
    pub added: CandidateIndex,
    /// Lists tied (for giving up the seat, or for receiving it), settled by lot (empty
    /// when there was no tie).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tied_lists: Vec<usize>,
}

/// The result of a list jump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ListJumpResult {
    /// Seats of each list in the end.
    pub seats: Vec<u32>,
    /// The elected of each list, in list order (numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based_ranks")]
    #[schemars(with = "Vec<Vec<crate::election::CandidateNumber>>")]
    pub elected: Vec<Vec<CandidateIndex>>,
    /// Every seat moved, in order.
    pub jumps: Vec<Jump>,
    /// Seats the minority holds in the end.
    pub minority_seats: u32,
    /// The floor could not be met: no list had another candidate of the minority
    /// (WO §15(5) no. 5: the seat stays where it was).
    pub floor_unmet: bool,
    /// The seed of the lot for ties between lists.
    pub seed: u64,
}

/// `a/b` against `c/d` exactly.
fn cmp_quotient(a: u64, b: u64, c: u64, d: u64) -> Ordering {
    (u128::from(a) * u128::from(d)).cmp(&(u128::from(c) * u128::from(b)))
}

/// Applies the minority's floor to a list election by WO §15(5) (Wahlordnung zum
/// Betriebsverfassungsgesetz):
///
/// 1. the person not of the minority named on the list with the lowest highest number
///    (the seat won with the smallest quotient) gives way to the next person of the
///    minority on the same list who is not elected;
/// 2. if that list has no such person, the seat passes to the list with the next
///    highest number not yet used that has persons of the minority (ties by lot);
/// 3. this goes on until the minority holds `min` seats;
/// 4. on each list only the minority's persons are considered, in list order;
/// 5. if no other list has persons of the minority, the seat stays with the list that
///    would have given it up.
///
/// Ties (equal highest numbers, for giving up a seat or for receiving it) are drawn by
/// lot from `seed` ([`Lot`]), as WO §15(5) no. 2 prescribes; the result records it.
///
/// # Errors
/// [`ConstraintError::DuplicateCandidate`] when a candidate stands on two lists or
/// twice on one.
///
/// ```
/// use union_rulebook::election::constrained::{list_jump, Divisors, ListSeats, Placed};
/// let list = |votes, genders: &str, first: u32, seats| ListSeats {
///     votes,
///     candidates: genders.chars().enumerate()
///         .map(|(i, g)| Placed::new(first + i as u32, Some(&g.to_string()))).collect(),
///     seats,
/// };
/// // Two lists share 5 seats 3 to 2 by d'Hondt; women must hold 2. List A elects
/// // m, m, m and list B elects m, w.
/// let lists = [list(300, "mmmw", 0, 3), list(200, "mwm", 10, 2)];
/// let r = list_jump(&lists, "w", 2, Divisors::DHondt, 1)?;
/// // The lowest highest number held by a man is A's third seat (300/3 = 100, below
/// // B's 200/1 and 300/2): A's third man gives way to A's next woman.
/// assert_eq!(r.elected, [vec![0, 1, 3], vec![10, 11]]);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn list_jump(
    lists: &[ListSeats],
    minority: &str,
    min: u32,
    divisors: Divisors,
    seed: u64,
) -> Result<ListJumpResult, ConstraintError> {
    let mut seen = BTreeSet::new();
    for l in lists {
        for p in &l.candidates {
            if !seen.insert(p.candidate) {
                return Err(ConstraintError::DuplicateCandidate(p.candidate));
            }
        }
    }
    let is_minority = |p: &Placed| p.group.as_deref() == Some(minority);
    // holders[l][k]: the position in list l of the holder of its (k+1)-th seat.
    let mut holders: Vec<Vec<usize>> = lists
        .iter()
        .map(|l| {
            let n =
                usize::try_from(l.seats).map_or(l.candidates.len(), |s| s.min(l.candidates.len()));
            (0..n).collect()
        })
        .collect();
    let mut elected: Vec<Vec<bool>> = lists
        .iter()
        .zip(&holders)
        .map(|(l, h)| {
            let mut e = vec![false; l.candidates.len()];
            for &i in h {
                e[i] = true;
            }
            e
        })
        .collect();
    let count_minority = |holders: &[Vec<usize>]| -> u32 {
        let n: usize = holders
            .iter()
            .zip(lists)
            .map(|(h, l)| h.iter().filter(|&&i| is_minority(&l.candidates[i])).count())
            .sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    let mut lot = Lot::new(seed);
    let mut jumps = Vec::new();
    let mut floor_unmet = false;
    while count_minority(&holders) < min {
        // The seats with the lowest highest number held by someone not of the minority.
        let mut lowest: Vec<(usize, usize)> = Vec::new();
        for (l, h) in holders.iter().enumerate() {
            for (k, &i) in h.iter().enumerate() {
                if is_minority(&lists[l].candidates[i]) {
                    continue;
                }
                let d = divisors.of(u32::try_from(k + 1).unwrap_or(u32::MAX));
                match lowest.first() {
                    None => lowest.push((l, k)),
                    Some(&(bl, bk)) => {
                        let bd = divisors.of(u32::try_from(bk + 1).unwrap_or(u32::MAX));
                        match cmp_quotient(lists[l].votes, d, lists[bl].votes, bd) {
                            Ordering::Less => lowest = vec![(l, k)],
                            Ordering::Equal => lowest.push((l, k)),
                            Ordering::Greater => {}
                        }
                    }
                }
            }
        }
        let (l, k) = match lowest.len() {
            0 => {
                floor_unmet = true;
                break;
            }
            1 => lowest[0],
            n => lowest[usize::try_from(lot.below(n as u64)).unwrap_or(0)],
        };
        let tied_seats: Vec<usize> = if lowest.len() > 1 {
            lowest.iter().map(|&(l, _)| l).collect()
        } else {
            Vec::new()
        };
        let removed_pos = holders[l][k];
        let next_minority = |list: usize, elected: &[Vec<bool>]| {
            (0..lists[list].candidates.len())
                .find(|&i| !elected[list][i] && is_minority(&lists[list].candidates[i]))
        };
        if let Some(i) = next_minority(l, &elected) {
            // WO §15(5) no. 1: the next minority person on the same list.
            elected[l][removed_pos] = false;
            elected[l][i] = true;
            holders[l][k] = i;
            jumps.push(Jump {
                from_list: l,
                to_list: l,
                removed: lists[l].candidates[removed_pos].candidate,
                added: lists[l].candidates[i].candidate,
                tied_lists: tied_seats,
            });
            continue;
        }
        // No. 2: the list with the next highest number that has minority persons.
        let mut best: Vec<usize> = Vec::new();
        for j in 0..lists.len() {
            if j == l || next_minority(j, &elected).is_none() {
                continue;
            }
            let dj = divisors.of(u32::try_from(holders[j].len() + 1).unwrap_or(u32::MAX));
            match best.first() {
                None => best.push(j),
                Some(&b) => {
                    let db = divisors.of(u32::try_from(holders[b].len() + 1).unwrap_or(u32::MAX));
                    match cmp_quotient(lists[j].votes, dj, lists[b].votes, db) {
                        Ordering::Greater => best = vec![j],
                        Ordering::Equal => best.push(j),
                        Ordering::Less => {}
                    }
                }
            }
        }
        let to = match best.len() {
            0 => {
                // No. 5: no other list has persons of the minority.
                floor_unmet = true;
                break;
            }
            1 => best[0],
            n => best[usize::try_from(lot.below(n as u64)).unwrap_or(0)],
        };
        let Some(i) = next_minority(to, &elected) else {
            floor_unmet = true;
            break;
        };
        elected[l][removed_pos] = false;
        holders[l].remove(k);
        elected[to][i] = true;
        holders[to].push(i);
        jumps.push(Jump {
            from_list: l,
            to_list: to,
            removed: lists[l].candidates[removed_pos].candidate,
            added: lists[to].candidates[i].candidate,
            tied_lists: if best.len() > 1 { best } else { tied_seats },
        });
    }
    let minority_seats = count_minority(&holders);
    Ok(ListJumpResult {
        seats: holders
            .iter()
            .map(|h| u32::try_from(h.len()).unwrap_or(u32::MAX))
            .collect(),
        elected: lists
            .iter()
            .zip(&elected)
            .map(|(l, e)| {
                l.candidates
                    .iter()
                    .zip(e)
                    .filter(|(_, e)| **e)
                    .map(|(p, _)| p.candidate)
                    .collect()
            })
            .collect(),
        jumps,
        minority_seats,
        floor_unmet,
        seed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lists() -> impl Strategy<Value = Vec<ListSeats>> {
        prop::collection::vec(
            (
                1u64..1000,
                prop::collection::vec(any::<bool>(), 0..8),
                0u32..6,
            ),
            1..5,
        )
        .prop_map(|ls| {
            let mut next = 0u32;
            ls.into_iter()
                .map(|(votes, women, seats)| {
                    let candidates = women
                        .into_iter()
                        .map(|w| {
                            next += 1;
                            Placed::new(next, Some(if w { "w" } else { "m" }))
                        })
                        .collect::<Vec<_>>();
                    let seats = seats.min(u32::try_from(candidates.len()).unwrap_or(0));
                    ListSeats {
                        votes,
                        candidates,
                        seats,
                    }
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn seats_are_kept_and_the_floor_met_when_women_stood(ls in lists(), min in 0u32..6, seed in any::<u64>()) {
            let total: u32 = ls.iter().map(|l| l.seats).sum();
            let women: u32 = ls.iter().flat_map(|l| &l.candidates).filter(|p| p.group.as_deref() == Some("w")).count() as u32;
            let start: u32 = ls.iter().map(|l| l.candidates.iter().take(l.seats as usize).filter(|p| p.group.as_deref() == Some("w")).count() as u32).sum();
            let r = list_jump(&ls, "w", min, Divisors::DHondt, seed).unwrap();
            prop_assert_eq!(r.seats.iter().sum::<u32>(), total);
            if min <= women.min(total) {
                prop_assert!(r.minority_seats >= min);
                prop_assert!(!r.floor_unmet);
                prop_assert_eq!(r.jumps.len() as u32, min.saturating_sub(start));
            } else {
                prop_assert!(r.floor_unmet || r.minority_seats >= min);
            }
            for (l, e) in ls.iter().zip(&r.elected) {
                prop_assert!(e.iter().all(|c| l.candidates.iter().any(|p| p.candidate == *c)));
            }
        }
    }
}
