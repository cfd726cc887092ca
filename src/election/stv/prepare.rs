//! Ballots grouped and packed for counting: identical ballots merged, withdrawn
//! candidates removed, preferences stored in one flat array.

use super::messages;
use crate::election::{RankedElection, TallyError};
use std::collections::HashMap;

/// The candidate id inside a count (at most `u16::MAX` candidates).
pub(crate) type Cand = u16;

/// The ballots of one election, packed: group `g` has weight `weights[g]` and
/// preferences `prefs[starts[g]..starts[g + 1]]`.
#[derive(Debug, Clone)]
pub(crate) struct Packed {
    /// Number of candidates in the election (withdrawn included).
    pub candidates: usize,
    /// Withdrawn candidates, by index.
    pub withdrawn: Vec<bool>,
    /// All preferences, group after group (withdrawn candidates and repeats removed).
    pub prefs: Vec<Cand>,
    /// Start of each group's preferences in `prefs`, plus a final end marker.
    pub starts: Vec<u32>,
    /// How many voters cast each group.
    pub weights: Vec<u64>,
    /// The valid poll: the number of ballots that give at least one preference.
    pub valid_poll: u128,
}

impl Packed {
    /// The number of ballot groups.
    pub fn groups(&self) -> usize {
        self.weights.len()
    }

    /// The preferences of group `g`.
    pub fn prefs_of(&self, g: usize) -> &[Cand] {
        let (Some(&a), Some(&b)) = (self.starts.get(g), self.starts.get(g + 1)) else {
            return &[];
        };
        self.prefs.get(a as usize..b as usize).unwrap_or(&[])
    }
}

/// Packs an election for counting.
///
/// A ballot that names no candidate at all is not a valid paper and is left out of the
/// valid poll. A ballot whose only candidates are withdrawn stays in the valid poll and
/// is non-transferable from the start. A candidate repeated on a ballot counts at its
/// first place only.
pub(crate) fn pack(election: &RankedElection, method: &'static str) -> Result<Packed, TallyError> {
    if election.seats == 0 {
        return Err(TallyError::NoSeats);
    }
    let n = election.candidates.len();
    if n > usize::from(Cand::MAX) {
        return Err(TallyError::Unsupported {
            method,
            what: messages::too_many_candidates(n),
        });
    }
    let mut withdrawn = vec![false; n];
    for &w in &election.withdrawn {
        match withdrawn.get_mut(w as usize) {
            Some(slot) => *slot = true,
            None => {
                return Err(TallyError::UnknownCandidate {
                    ballot: 0,
                    candidate: u64::from(w) + 1,
                    candidates: n,
                });
            }
        }
    }
    let mut index: HashMap<Vec<Cand>, usize> = HashMap::new();
    let mut packed = Packed {
        candidates: n,
        withdrawn,
        prefs: Vec::new(),
        starts: vec![0],
        weights: Vec::new(),
        valid_poll: 0,
    };
    let mut seen = vec![false; n];
    let mut order: Vec<Cand> = Vec::new();
    for (line, ballot) in election.ballots.iter().enumerate() {
        if ballot.has_equal_ranks() {
            return Err(TallyError::Unsupported {
                method,
                what: messages::equal_rankings(line),
            });
        }
        order.clear();
        let mut any = false;
        for &c in ballot.ranks.iter().flatten() {
            let slot = seen
                .get_mut(c as usize)
                .ok_or(TallyError::UnknownCandidate {
                    ballot: line,
                    candidate: u64::from(c) + 1,
                    candidates: n,
                })?;
            any = true;
            if *slot {
                continue;
            }
            *slot = true;
            // `c < n <= u16::MAX`, checked above.
            let c16 = Cand::try_from(c).map_err(|_| TallyError::Overflow)?;
            if !packed.withdrawn.get(c as usize).copied().unwrap_or(true) {
                order.push(c16);
            }
        }
        for &c in ballot.ranks.iter().flatten() {
            if let Some(slot) = seen.get_mut(c as usize) {
                *slot = false;
            }
        }
        if !any || ballot.weight == 0 {
            continue;
        }
        packed.valid_poll = packed
            .valid_poll
            .checked_add(u128::from(ballot.weight))
            .ok_or(TallyError::Overflow)?;
        if let Some(&g) = index.get(order.as_slice()) {
            let w = packed.weights.get_mut(g).ok_or(TallyError::Overflow)?;
            *w = w.checked_add(ballot.weight).ok_or(TallyError::Overflow)?;
        } else {
            index.insert(order.clone(), packed.weights.len());
            packed.prefs.extend_from_slice(&order);
            let end = u32::try_from(packed.prefs.len()).map_err(|_| TallyError::Overflow)?;
            packed.starts.push(end);
            packed.weights.push(ballot.weight);
        }
    }
    Ok(packed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::{Candidate, RankedBallot};

    fn election(ballots: Vec<RankedBallot>) -> RankedElection {
        RankedElection {
            title: None,
            candidates: (0..3).map(|i| Candidate::new(format!("c{i}"))).collect(),
            seats: 1,
            withdrawn: vec![1],
            ballots,
        }
    }

    #[test]
    fn groups_identical_ballots_and_drops_withdrawn_and_repeats() {
        let e = election(vec![
            RankedBallot::strict(2, [0, 1, 2]),
            RankedBallot::strict(3, [0, 2, 0]),
            RankedBallot::strict(1, [1]),
            RankedBallot::strict(4, []),
        ]);
        let p = pack(&e, "test").unwrap();
        assert_eq!(p.groups(), 2);
        assert_eq!(p.prefs_of(0), &[0, 2]);
        assert_eq!(p.weights, vec![5, 1]);
        assert_eq!(p.prefs_of(1), &[] as &[Cand]);
        // the empty ballot (4) is not valid; the withdrawn-only one (1) is
        assert_eq!(p.valid_poll, 6);
    }

    #[test]
    fn rejects_unknown_candidates_and_equal_ranks() {
        let e = election(vec![RankedBallot::strict(1, [0, 7])]);
        assert!(matches!(
            pack(&e, "test"),
            Err(TallyError::UnknownCandidate { candidate: 8, .. })
        ));
        let e = election(vec![RankedBallot {
            weight: 1,
            ranks: vec![vec![0, 2]],
        }]);
        assert!(matches!(
            pack(&e, "test"),
            Err(TallyError::Unsupported { .. })
        ));
    }
}
