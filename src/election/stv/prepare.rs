//! Ballots grouped and packed for counting: identical ballots merged, withdrawn
//! candidates removed, preferences stored in one flat array.

use super::messages;
use crate::election::{RankedElection, TallyError};
use std::hash::Hasher;

/// A small multiplicative hasher for grouping ballots (the Fx hash of the Rust
/// compiler): ballots are not adversarial keys here, and SipHash would dominate the
/// time of packing large elections.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

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
    /// Beside each preference: whether it shares its rank with the one before (an
    /// equal ranking; only when the method allows them).
    pub tied: Vec<bool>,
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

    /// The equal-ranking marks of group `g`, beside [`Packed::prefs_of`].
    pub fn tied_of(&self, g: usize) -> &[bool] {
        let (Some(&a), Some(&b)) = (self.starts.get(g), self.starts.get(g + 1)) else {
            return &[];
        };
        self.tied.get(a as usize..b as usize).unwrap_or(&[])
    }
}

/// Groups ballots by the hash of their preferences: a table of group indices, no key
/// stored beside the groups.
#[derive(Default)]
struct Grouper {
    groups: crate::election::ballots::Groups,
}

impl Packed {
    fn empty(candidates: usize, withdrawn: Vec<bool>) -> Self {
        Packed {
            candidates,
            withdrawn,
            prefs: Vec::new(),
            tied: Vec::new(),
            starts: vec![0],
            weights: Vec::new(),
            valid_poll: 0,
        }
    }

    /// Adds a ballot to the group of identical ones, or as a new group.
    fn add(
        &mut self,
        grouper: &mut Grouper,
        weight: u64,
        order: &[Cand],
        order_tied: &[bool],
    ) -> Result<(), TallyError> {
        let mut h = FxHasher::default();
        h.write_usize(order.len());
        for (&c, &t) in order.iter().zip(order_tied) {
            h.write_u16(c);
            h.write_u16(u16::from(t));
        }
        let key = h.finish();
        let found = grouper.groups.find(key, |g| {
            self.prefs_of(g) == order && self.tied_of(g) == order_tied
        });
        if let Some(g) = found {
            let w = self.weights.get_mut(g).ok_or(TallyError::Overflow)?;
            *w = w.checked_add(weight).ok_or(TallyError::Overflow)?;
        } else {
            // At most `u32::MAX` groups, as the table holds.
            u32::try_from(self.weights.len()).map_err(|_| TallyError::Overflow)?;
            grouper.groups.insert(key, self.weights.len());
            self.prefs.extend_from_slice(order);
            self.tied.extend_from_slice(order_tied);
            let end = u32::try_from(self.prefs.len()).map_err(|_| TallyError::Overflow)?;
            self.starts.push(end);
            self.weights.push(weight);
        }
        Ok(())
    }
}

/// One ballot as a count sees it ([`visit`]).
pub(crate) struct Seen<'a> {
    /// The ballot's index in the election.
    pub ballot: usize,
    pub weight: u64,
    /// Its preferences, withdrawn candidates and repeats removed.
    pub order: &'a [Cand],
    /// Beside each preference, whether it shares the rank of the one before.
    pub tied: &'a [bool],
    /// Whether nothing was removed (the order is the ballot's candidates as stored).
    pub whole: bool,
}

/// The checks and the clean-up of [`pack`], ballot by ballot: `f` sees each ballot
/// that counts (weight above 0, some candidate named). Returns the withdrawn marks and
/// the valid poll.
pub(crate) fn visit(
    election: &RankedElection,
    method: &'static str,
    allow_equal: bool,
    mut f: impl FnMut(Seen<'_>) -> Result<(), TallyError>,
) -> Result<(Vec<bool>, u128), TallyError> {
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
                return Err(TallyError::Unsupported {
                    method,
                    what: messages::unknown_withdrawn(u64::from(w) + 1, n),
                });
            }
        }
    }
    let mut valid_poll: u128 = 0;
    // `seen[c] == stamp` marks candidates already on the current ballot; a new stamp
    // per ballot saves clearing the array.
    let mut seen = vec![0u32; n];
    let mut stamp = 0u32;
    let mut order: Vec<Cand> = Vec::new();
    let mut order_tied: Vec<bool> = Vec::new();
    for (line, ballot) in election.ballots.iter().enumerate() {
        order.clear();
        order_tied.clear();
        stamp = match stamp.checked_add(1) {
            Some(s) => s,
            None => {
                seen.iter_mut().for_each(|s| *s = 0);
                1
            }
        };
        let mut any = false;
        for rank in &ballot.ranks {
            let mut pushed = 0usize;
            if rank.len() > 1 && !allow_equal {
                return Err(TallyError::EqualRanking {
                    method,
                    ballot: line,
                    line: None,
                    what: messages::equal_rankings(),
                });
            }
            for &c in rank {
                // The error is built only when it happens (`ok_or` would build and
                // drop it for every preference).
                let slot =
                    seen.get_mut(c as usize)
                        .ok_or_else(|| TallyError::UnknownCandidate {
                            ballot: line,
                            line: None,
                            candidate: u64::from(c) + 1,
                            candidates: n,
                        })?;
                any = true;
                if *slot == stamp {
                    continue;
                }
                *slot = stamp;
                // `c < n <= u16::MAX`, checked above.
                let c16 = Cand::try_from(c).map_err(|_| TallyError::Overflow)?;
                if !withdrawn.get(c as usize).copied().unwrap_or(true) {
                    order.push(c16);
                    order_tied.push(pushed > 0);
                    pushed += 1;
                }
            }
        }
        if !any || ballot.weight == 0 {
            continue;
        }
        valid_poll = valid_poll
            .checked_add(u128::from(ballot.weight))
            .ok_or(TallyError::Overflow)?;
        f(Seen {
            ballot: line,
            weight: ballot.weight,
            order: &order,
            tied: &order_tied,
            whole: order.len() == ballot.ranks.candidates().len(),
        })?;
    }
    Ok((withdrawn, valid_poll))
}

/// Packs an election for counting.
///
/// A ballot that names no candidate at all is not a valid paper and is left out of the
/// valid poll. A ballot whose only candidates are withdrawn stays in the valid poll and
/// is non-transferable from the start. A candidate repeated on a ballot counts at its
/// first place only. Equal rankings are refused unless `allow_equal`.
pub(crate) fn pack(
    election: &RankedElection,
    method: &'static str,
    allow_equal: bool,
) -> Result<Packed, TallyError> {
    let mut grouper = Grouper::default();
    let mut packed = Packed::empty(election.candidates.len(), Vec::new());
    let (withdrawn, valid_poll) = visit(election, method, allow_equal, |b| {
        packed.add(&mut grouper, b.weight, b.order, b.tied)
    })?;
    packed.withdrawn = withdrawn;
    packed.valid_poll = valid_poll;
    Ok(packed)
}

/// Adds index `i` to `list`, or drops the list when `i` does not fit in `u32`.
fn push_index(list: &mut Option<Vec<u32>>, i: usize) {
    match u32::try_from(i) {
        Ok(i) => {
            if let Some(l) = list {
                l.push(i);
            }
        }
        Err(_) => *list = None,
    }
}

/// The ballots of a Meek count, sorted out for its prefix tree without copying the
/// strict ones: see [`pack_for_tree`].
pub(crate) struct ForTree {
    /// The groups with equal rankings (counted one by one), with the election's
    /// candidates, withdrawn marks and valid poll.
    pub tied: Packed,
    /// The strict ballots that count: an index below `election.ballots.len()` is that
    /// ballot as stored; the others are `cleaned`, from `election.ballots.len()`.
    /// `None` past `u32::MAX` ballots (the count then packs them as [`pack`] does).
    pub strict: Option<Vec<u32>>,
    /// The strict ballots from which a withdrawn candidate or a repeat was removed,
    /// as counted.
    pub cleaned: crate::election::Ballots,
}

/// As [`pack`], but the strict ballots stay where they are: only their indices are
/// kept (and, for the few from which something was removed, their cleaned order).
pub(crate) fn pack_for_tree(
    election: &RankedElection,
    method: &'static str,
    allow_equal: bool,
) -> Result<ForTree, TallyError> {
    let mut grouper = Grouper::default();
    let mut tied = Packed::empty(election.candidates.len(), Vec::new());
    let mut strict = Some(Vec::new());
    let mut cleaned = crate::election::Ballots::new();
    let stored = election.ballots.len();
    let mut wide: Vec<u32> = Vec::new();
    let (withdrawn, valid_poll) = visit(election, method, allow_equal, |b| {
        if b.tied.contains(&true) {
            tied.add(&mut grouper, b.weight, b.order, b.tied)
        } else if b.whole {
            push_index(&mut strict, b.ballot);
            Ok(())
        } else {
            push_index(&mut strict, stored + cleaned.len());
            wide.clear();
            wide.extend(b.order.iter().map(|&c| u32::from(c)));
            cleaned.push_flat(b.weight, &wide, b.tied);
            Ok(())
        }
    })?;
    tied.withdrawn = withdrawn;
    tied.valid_poll = valid_poll;
    Ok(ForTree {
        tied,
        strict,
        cleaned,
    })
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
            ballots: ballots.into(),
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
        let p = pack(&e, "test", false).unwrap();
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
            pack(&e, "test", false),
            Err(TallyError::UnknownCandidate { candidate: 8, .. })
        ));
        let e = election(vec![RankedBallot {
            weight: 1,
            ranks: vec![vec![0, 2]],
        }]);
        assert!(matches!(
            pack(&e, "test", false),
            Err(TallyError::EqualRanking { .. })
        ));
    }
}
