//! The constrained outcomes themselves.

use super::vacant::VacantSeat;
use crate::election::{CandidateIndex, CandidateStatus, Outcome, Votes};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The fewest and most seats one group may hold on a body of a given size, as a
/// representation rule's feasibility bounds give them.
///
/// ```
/// use union_rulebook::election::constrained::GroupBounds;
/// // At least 30% of 7 seats, rounded up: 3 women.
/// let women = GroupBounds::at_least("woman", 3);
/// assert_eq!((women.min, women.max), (3, u32::MAX));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GroupBounds {
    /// The group's name (`woman`, `young`).
    pub group: String,
    /// The fewest seats the group must hold.
    pub min: u32,
    /// The most seats the group may hold.
    pub max: u32,
}

impl GroupBounds {
    /// Bounds `min..=max` for `group`.
    pub fn new(group: impl Into<String>, min: u32, max: u32) -> Self {
        GroupBounds {
            group: group.into(),
            min,
            max,
        }
    }

    /// A floor only: at least `min` seats, no ceiling.
    pub fn at_least(group: impl Into<String>, min: u32) -> Self {
        GroupBounds::new(group, min, u32::MAX)
    }
}

/// A candidate in the order of the count, with the group the candidate belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Placed {
    /// The candidate (0-based index in the election).
    pub candidate: CandidateIndex,
    /// The candidate's group, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl Placed {
    /// A placed candidate.
    pub fn new(candidate: CandidateIndex, group: Option<&str>) -> Self {
        Placed {
            candidate,
            group: group.map(str::to_string),
        }
    }
}

/// The result of applying a consequence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Constrained {
    /// Seats filled in the end (more than the count's when seats were added).
    pub seats: u32,
    /// The elected candidates, best placed first (numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based_vec")]
    #[schemars(with = "Vec<crate::election::CandidateNumber>")]
    pub elected: Vec<CandidateIndex>,
    /// Every change to the unconstrained result, in the order made.
    pub changes: Vec<Change>,
    /// Bounds still not met, and why.
    pub unmet: Vec<Shortfall>,
    /// Seats left vacant because a group's candidates ran out
    /// ([`leave_vacant`](super::leave_vacant));
    /// empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vacant: Vec<VacantSeat>,
}

impl Constrained {
    /// The result of a count that met its bounds itself (a constrained count): no
    /// changes, `unmet` as the count reports them.
    pub(crate) fn from_count(
        seats: u32,
        elected: Vec<CandidateIndex>,
        unmet: Vec<Shortfall>,
    ) -> Self {
        Constrained {
            seats,
            elected,
            changes: Vec::new(),
            unmet,
            vacant: Vec::new(),
        }
    }
}

/// One change to the unconstrained result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// The winner who gave way (none when a seat was added).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::election::numbering::one_based_option"
    )]
    #[schemars(with = "Option<crate::election::CandidateNumber>")]
    pub removed: Option<CandidateIndex>,
    /// The candidate who took the seat.
    #[serde(with = "crate::election::numbering::one_based")]
    #[schemars(with = "crate::election::CandidateNumber")]
    pub added: CandidateIndex,
    /// Why.
    pub reason: ChangeReason,
}

/// Why a change was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeReason {
    /// `group` held `had` seats, fewer than its floor `min`.
    Floor {
        /// The group short of its floor.
        group: String,
        /// Its floor.
        min: u32,
        /// Seats it held before the change.
        had: u32,
    },
    /// `group` held `had` seats, more than its ceiling `max`.
    Ceiling {
        /// The group over its ceiling.
        group: String,
        /// Its ceiling.
        max: u32,
        /// Seats it held before the change.
        had: u32,
    },
    /// A seat was added for `group`, which held `had` of `seats` seats and needed `min`.
    AddedSeat {
        /// The group short of its floor.
        group: String,
        /// Its floor for the body's size before the seat was added.
        min: u32,
        /// Seats it held before.
        had: u32,
        /// The body's size before the seat was added.
        seats: u32,
    },
}

/// A bound still not met after the consequence was applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Shortfall {
    /// The group.
    pub group: String,
    /// Its floor (or ceiling, for [`ShortfallReason::NoReplacement`]).
    pub bound: u32,
    /// Seats it holds in the end.
    pub holds: u32,
    /// Why the bound could not be met.
    pub reason: ShortfallReason,
}

/// Why a bound could not be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ShortfallReason {
    /// No more candidates of the group stood.
    NoCandidates,
    /// Every other winner belongs to a group already at its own floor.
    NoSeatToFree,
    /// The group is over its ceiling and no candidate of another group can replace one.
    NoReplacement,
    /// The most seats that may be added were added.
    AddedSeatLimit,
}

/// Whether a delegation may be seated under its composition rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DelegationVerdict {
    /// True when every bound is met.
    pub accepted: bool,
    /// The bounds broken (empty when accepted).
    pub shortfalls: Vec<Shortfall>,
}

/// Why a consequence could not be applied: the inputs contradict themselves.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConstraintError {
    /// A candidate appears twice in the ranking.
    #[error("{}", crate::election::messages::constraint_duplicate_candidate(*.0))]
    DuplicateCandidate(CandidateIndex),
    /// A group is bounded twice.
    #[error("{}", crate::election::messages::constraint_duplicate_group(.0))]
    DuplicateGroup(String),
    /// A group's floor is above its ceiling.
    #[error("{}", crate::election::messages::constraint_contradictory(.group, *.min, *.max))]
    Contradictory {
        /// The group.
        group: String,
        /// Its floor.
        min: u32,
        /// Its ceiling.
        max: u32,
    },
    /// The constraints give groups for a different number of candidates than the
    /// election has.
    #[error("{}", crate::election::messages::constraint_candidate_count(*.given, *.expected))]
    CandidateCount {
        /// Candidates in the election.
        expected: usize,
        /// Candidates the constraints give groups for.
        given: usize,
    },
    /// The floors, each lowered to the candidates of its group who stood, need more
    /// seats than there are to fill.
    #[error("{}", crate::election::messages::constraint_floors_exceed(*.needed, *.seats))]
    FloorsExceedSeats {
        /// Seats the floors need together.
        needed: u32,
        /// Seats to fill.
        seats: u32,
    },
}

/// Working state: who is elected, and how many each group holds.
pub(super) struct State<'a> {
    pub(super) ranking: &'a [Placed],
    pub(super) bounds: Vec<GroupBounds>,
    /// For each ranking position, the index of its group in `bounds`.
    pub(super) group: Vec<Option<usize>>,
    pub(super) elected: Vec<bool>,
    pub(super) count: Vec<u32>,
}

impl<'a> State<'a> {
    pub(super) fn new(
        ranking: &'a [Placed],
        bounds: &[GroupBounds],
    ) -> Result<Self, ConstraintError> {
        let mut seen = BTreeSet::new();
        for p in ranking {
            if !seen.insert(p.candidate) {
                return Err(ConstraintError::DuplicateCandidate(p.candidate));
            }
        }
        // Canonical order (by group name), so the order the rules were written in does
        // not change the result.
        let mut bounds = bounds.to_vec();
        bounds.sort_by(|a, b| a.group.cmp(&b.group));
        for w in bounds.windows(2) {
            if w[0].group == w[1].group {
                return Err(ConstraintError::DuplicateGroup(w[0].group.clone()));
            }
        }
        for b in &bounds {
            if b.min > b.max {
                return Err(ConstraintError::Contradictory {
                    group: b.group.clone(),
                    min: b.min,
                    max: b.max,
                });
            }
        }
        let index: BTreeMap<&str, usize> = bounds
            .iter()
            .enumerate()
            .map(|(i, b)| (b.group.as_str(), i))
            .collect();
        let group = ranking
            .iter()
            .map(|p| p.group.as_deref().and_then(|g| index.get(g).copied()))
            .collect();
        let count = vec![0; bounds.len()];
        Ok(State {
            ranking,
            bounds,
            group,
            elected: vec![false; ranking.len()],
            count,
        })
    }

    pub(super) fn elect(&mut self, i: usize) {
        self.elected[i] = true;
        if let Some(g) = self.group[i] {
            self.count[g] += 1;
        }
    }

    pub(super) fn unelect(&mut self, i: usize) {
        self.elected[i] = false;
        if let Some(g) = self.group[i] {
            self.count[g] -= 1;
        }
    }

    /// The group furthest below its floor (ties: first by name), skipping `done`.
    fn most_short(&self, done: &BTreeSet<usize>) -> Option<usize> {
        (0..self.bounds.len())
            .filter(|g| !done.contains(g) && self.count[*g] < self.bounds[*g].min)
            .max_by(|&a, &b| {
                let sa = self.bounds[a].min - self.count[a];
                let sb = self.bounds[b].min - self.count[b];
                sa.cmp(&sb).then(b.cmp(&a))
            })
    }

    /// The best-placed candidate of group `g` not elected.
    fn best_loser_of(&self, g: usize) -> Option<usize> {
        (0..self.ranking.len()).find(|&i| !self.elected[i] && self.group[i] == Some(g))
    }

    /// The lowest-placed winner outside group `g` whose group can spare a seat.
    pub(super) fn lowest_spare_winner(&self, g: usize) -> Option<usize> {
        (0..self.ranking.len()).rev().find(|&i| {
            self.elected[i]
                && match self.group[i] {
                    None => true,
                    Some(h) => h != g && self.count[h] > self.bounds[h].min,
                }
        })
    }

    fn swap(&mut self, out: usize, into: usize, reason: ChangeReason, changes: &mut Vec<Change>) {
        self.unelect(out);
        self.elect(into);
        changes.push(Change {
            removed: Some(self.ranking[out].candidate),
            added: self.ranking[into].candidate,
            reason,
        });
    }

    /// Corrective replacement for floors, then for ceilings.
    fn correct(&mut self, changes: &mut Vec<Change>) -> Vec<Shortfall> {
        let mut unmet = Vec::new();
        let mut done = BTreeSet::new();
        while let Some(g) = self.most_short(&done) {
            let reason = ChangeReason::Floor {
                group: self.bounds[g].group.clone(),
                min: self.bounds[g].min,
                had: self.count[g],
            };
            let Some(into) = self.best_loser_of(g) else {
                done.insert(g);
                unmet.push((g, ShortfallReason::NoCandidates));
                continue;
            };
            let Some(out) = self.lowest_spare_winner(g) else {
                done.insert(g);
                unmet.push((g, ShortfallReason::NoSeatToFree));
                continue;
            };
            self.swap(out, into, reason, changes);
        }
        let mut done = BTreeSet::new();
        loop {
            let over = (0..self.bounds.len())
                .filter(|g| !done.contains(g) && self.count[*g] > self.bounds[*g].max)
                .max_by(|&a, &b| {
                    let sa = self.count[a] - self.bounds[a].max;
                    let sb = self.count[b] - self.bounds[b].max;
                    sa.cmp(&sb).then(b.cmp(&a))
                });
            let Some(g) = over else { break };
            let reason = ChangeReason::Ceiling {
                group: self.bounds[g].group.clone(),
                max: self.bounds[g].max,
                had: self.count[g],
            };
            let out = (0..self.ranking.len())
                .rev()
                .find(|&i| self.elected[i] && self.group[i] == Some(g));
            let into = (0..self.ranking.len()).find(|&i| {
                !self.elected[i]
                    && match self.group[i] {
                        None => true,
                        Some(h) => h != g && self.count[h] < self.bounds[h].max,
                    }
            });
            match (out, into) {
                (Some(out), Some(into)) => self.swap(out, into, reason, changes),
                _ => {
                    done.insert(g);
                    unmet.push((g, ShortfallReason::NoReplacement));
                }
            }
        }
        self.shortfalls(&unmet)
    }

    fn shortfalls(&self, unmet: &[(usize, ShortfallReason)]) -> Vec<Shortfall> {
        unmet
            .iter()
            .map(|&(g, reason)| Shortfall {
                group: self.bounds[g].group.clone(),
                bound: if reason == ShortfallReason::NoReplacement {
                    self.bounds[g].max
                } else {
                    self.bounds[g].min
                },
                holds: self.count[g],
                reason,
            })
            .collect()
    }

    pub(super) fn elected(&self) -> Vec<CandidateIndex> {
        (0..self.ranking.len())
            .filter(|&i| self.elected[i])
            .map(|i| self.ranking[i].candidate)
            .collect()
    }
}

fn seats_filled(seats: u32, ranking: &[Placed]) -> usize {
    usize::try_from(seats).map_or(ranking.len(), |s| s.min(ranking.len()))
}

/// Corrective replacement: while a group is below its floor, the lowest-placed winner of
/// a group that can spare a seat (one above its own floor, or of no bounded group) gives
/// way to the best-placed loser of the group that is short; then, while a group is
/// above its ceiling, its lowest-placed winner gives way to the best-placed loser of a
/// group below its own ceiling. Stops when the bounds are met or candidates run out.
///
/// This is the consequence written into union statutes and party rules as "the
/// candidate of the over-represented sex with the fewest votes is replaced by the
/// candidate of the under-represented sex with the most votes" (domain notes §3). Each
/// swap raises the short group by one, so no more seats change than the shortfall.
///
/// `ranking` lists every candidate, best placed first; the first `seats` are the
/// unconstrained winners (see [`ranking_from_outcome`]).
///
/// # Errors
/// [`ConstraintError`] when the ranking names a candidate twice, a group is bounded
/// twice, or a floor is above its ceiling.
///
/// ```
/// use union_rulebook::election::constrained::{corrective_replacement, GroupBounds, Placed};
/// // Seven seats, 30% women rounded up: at least 3. The count elected 1 woman (placed 2nd).
/// let ranking: Vec<Placed> = ["m", "w", "m", "m", "m", "m", "m", "m", "w", "w"]
///     .iter().enumerate()
///     .map(|(i, g)| Placed::new(i as u32, Some(g)))
///     .collect();
/// let r = corrective_replacement(&ranking, 7, &[GroupBounds::at_least("w", 3)])?;
/// // The two lowest-placed men (6 and 5) give way to the two best-placed women (8, 9).
/// assert_eq!(r.elected, [0, 1, 2, 3, 4, 8, 9]);
/// assert_eq!(r.changes.len(), 2);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn corrective_replacement(
    ranking: &[Placed],
    seats: u32,
    bounds: &[GroupBounds],
) -> Result<Constrained, ConstraintError> {
    let mut state = State::new(ranking, bounds)?;
    for i in 0..seats_filled(seats, ranking) {
        state.elect(i);
    }
    let mut changes = Vec::new();
    let unmet = state.correct(&mut changes);
    Ok(Constrained {
        seats,
        elected: state.elected(),
        changes,
        unmet,
        vacant: Vec::new(),
    })
}

/// Fill the floor first: each group's floor is filled with its best-placed candidates,
/// then the remaining seats go to the best-placed remaining candidates whatever their
/// group (skipping a group at its ceiling).
///
/// Wahlordnung zum Betriebsverfassungsgesetz (WO) §22(1)-(2): in a majority election
/// the seats of the minority gender are filled first with its candidates in order of
/// votes, then the other seats with the remaining candidates in order of votes; §22(4):
/// where the minority gender has too few candidates, its remaining seats go to the
/// other candidates in order of votes. Groups are taken in order of name, so the order
/// the bounds are given in does not matter.
///
/// # Errors
/// As [`corrective_replacement`].
///
/// ```
/// use union_rulebook::election::constrained::{floor_first, GroupBounds, Placed};
/// let ranking: Vec<Placed> = ["m", "m", "w", "m", "w"]
///     .iter().enumerate()
///     .map(|(i, g)| Placed::new(i as u32, Some(g)))
///     .collect();
/// let r = floor_first(&ranking, 3, &[GroupBounds::at_least("w", 2)])?;
/// assert_eq!(r.elected, [0, 2, 4]);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn floor_first(
    ranking: &[Placed],
    seats: u32,
    bounds: &[GroupBounds],
) -> Result<Constrained, ConstraintError> {
    let mut state = State::new(ranking, bounds)?;
    let filled = seats_filled(seats, ranking);
    let mut left = filled;
    let mut unmet = Vec::new();
    for g in 0..state.bounds.len() {
        while state.count[g] < state.bounds[g].min {
            if left == 0 {
                unmet.push((g, ShortfallReason::NoSeatToFree));
                break;
            }
            let Some(i) = state.best_loser_of(g) else {
                unmet.push((g, ShortfallReason::NoCandidates));
                break;
            };
            state.elect(i);
            left -= 1;
        }
    }
    for i in 0..ranking.len() {
        if left == 0 {
            break;
        }
        let fits = match state.group[i] {
            None => true,
            Some(g) => state.count[g] < state.bounds[g].max,
        };
        if !state.elected[i] && fits {
            state.elect(i);
            left -= 1;
        }
    }
    // The changes against the unconstrained result: the lowest-placed winners who lost
    // their seat, paired with the best-placed candidates who gained one.
    let removed: Vec<usize> = (0..filled).rev().filter(|&i| !state.elected[i]).collect();
    let added: Vec<usize> = (filled..ranking.len())
        .filter(|&i| state.elected[i])
        .collect();
    let mut before = vec![0u32; state.bounds.len()];
    for i in 0..filled {
        if let Some(g) = state.group[i] {
            before[g] += 1;
        }
    }
    let changes = removed
        .iter()
        .zip(&added)
        .map(|(&out, &into)| {
            let reason = match state.group[into] {
                Some(g) if before[g] < state.bounds[g].min => ChangeReason::Floor {
                    group: state.bounds[g].group.clone(),
                    min: state.bounds[g].min,
                    had: before[g],
                },
                _ => {
                    let g = state.group[out].unwrap_or(0);
                    ChangeReason::Ceiling {
                        group: state
                            .bounds
                            .get(g)
                            .map(|b| b.group.clone())
                            .unwrap_or_default(),
                        max: state.bounds.get(g).map_or(0, |b| b.max),
                        had: before.get(g).copied().unwrap_or(0),
                    }
                }
            };
            Change {
                removed: Some(ranking[out].candidate),
                added: ranking[into].candidate,
                reason,
            }
        })
        .collect();
    let unmet = state.shortfalls(&unmet);
    Ok(Constrained {
        seats,
        elected: state.elected(),
        changes,
        unmet,
        vacant: Vec::new(),
    })
}

/// Added seats (co-option): while a group is below its floor for the body's current
/// size, a seat is added and given to the group's best-placed loser, until the floor is
/// met, candidates run out, or `max_added` seats have been added.
///
/// UK Sex Discrimination Act 1975 s.49 allowed a trade union to make "extra seats on the
/// body available (by election or co-option or otherwise)" for members of one sex where
/// that sex was under-represented. `bounds_for(size)` gives the bounds for a body of
/// `size` seats, since a floor such as 30% grows with the body.
///
/// # Errors
/// As [`corrective_replacement`], for any size's bounds.
///
/// ```
/// use union_rulebook::election::constrained::{added_seats, GroupBounds, Placed};
/// use union_rulebook::Share;
/// let ranking: Vec<Placed> = ["m", "m", "m", "m", "m", "w", "w"]
///     .iter().enumerate()
///     .map(|(i, g)| Placed::new(i as u32, Some(g)))
///     .collect();
/// let thirty = Share::percent(30)?;
/// let floor = |size: u32| vec![GroupBounds::at_least("w", thirty.of_ceil(size.into()) as u32)];
/// // 4 seats need 2 women; with a 5th seat 30% of 5 still rounds up to 2.
/// let r = added_seats(&ranking, 4, floor, 3)?;
/// assert_eq!(r.seats, 6);
/// assert_eq!(r.elected, [0, 1, 2, 3, 5, 6]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn added_seats(
    ranking: &[Placed],
    seats: u32,
    bounds_for: impl Fn(u32) -> Vec<GroupBounds>,
    max_added: u32,
) -> Result<Constrained, ConstraintError> {
    let mut size = seats;
    let mut state = State::new(ranking, &bounds_for(size))?;
    for i in 0..seats_filled(seats, ranking) {
        state.elect(i);
    }
    let mut changes = Vec::new();
    let mut unmet = Vec::new();
    let mut added = 0;
    while let Some(g) = state.most_short(&BTreeSet::new()) {
        if added == max_added {
            unmet.push((g, ShortfallReason::AddedSeatLimit));
            break;
        }
        let Some(i) = state.best_loser_of(g) else {
            unmet.push((g, ShortfallReason::NoCandidates));
            break;
        };
        let reason = ChangeReason::AddedSeat {
            group: state.bounds[g].group.clone(),
            min: state.bounds[g].min,
            had: state.count[g],
            seats: size,
        };
        state.elect(i);
        changes.push(Change {
            removed: None,
            added: ranking[i].candidate,
            reason,
        });
        added += 1;
        size += 1;
        // The floor for the larger body.
        let elected = state.elected.clone();
        state = State::new(ranking, &bounds_for(size))?;
        for (i, e) in elected.into_iter().enumerate() {
            if e {
                state.elect(i);
            }
        }
    }
    let unmet = state.shortfalls(&unmet);
    Ok(Constrained {
        seats: size,
        elected: state.elected(),
        changes,
        unmet,
        vacant: Vec::new(),
    })
}

/// Checks a delegation against its composition bounds: it is refused when any floor or
/// ceiling is broken (the consequence an SPN women's conference recommended for
/// delegations that fall short; domain notes §3).
///
/// # Errors
/// As [`corrective_replacement`].
///
/// ```
/// use union_rulebook::election::constrained::{check_delegation, GroupBounds, Placed};
/// let delegation = [Placed::new(0, Some("m")), Placed::new(1, Some("m")), Placed::new(2, Some("m"))];
/// // "A delegation of 3 or more includes a woman."
/// let v = check_delegation(&delegation, &[GroupBounds::at_least("w", 1)])?;
/// assert!(!v.accepted);
/// assert_eq!(v.shortfalls[0].holds, 0);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn check_delegation(
    members: &[Placed],
    bounds: &[GroupBounds],
) -> Result<DelegationVerdict, ConstraintError> {
    let mut state = State::new(members, bounds)?;
    for i in 0..members.len() {
        state.elect(i);
    }
    let mut unmet = Vec::new();
    for g in 0..state.bounds.len() {
        if state.count[g] < state.bounds[g].min {
            unmet.push((g, ShortfallReason::NoCandidates));
        } else if state.count[g] > state.bounds[g].max {
            unmet.push((g, ShortfallReason::NoReplacement));
        }
    }
    let shortfalls = state.shortfalls(&unmet);
    Ok(DelegationVerdict {
        accepted: shortfalls.is_empty(),
        shortfalls,
    })
}

fn cmp_votes(a: Votes, b: Votes) -> Ordering {
    // Bring both to the same number of places before comparing.
    let p = a.places().max(b.places());
    let scale = |v: Votes| {
        10i128
            .checked_pow(u32::from(p - v.places()))
            .and_then(|s| v.raw().checked_mul(s))
            .unwrap_or(i128::MAX)
    };
    scale(a).cmp(&scale(b))
}

/// The ranking a count gives: the elected in order of election, then the candidates
/// still standing at the end by their final totals, then the excluded, the later
/// excluded first (at the same stage, by their totals before exclusion). Withdrawn
/// candidates are left out. Remaining ties are broken by candidate number, and
/// `group_of` names each candidate's group.
///
/// ```
/// use union_rulebook::election::{Outcome, constrained::ranking_from_outcome};
/// let outcome = Outcome::new("plurality", 1, 2);
/// let ranking = ranking_from_outcome(&outcome, |_| None);
/// assert_eq!(ranking.len(), 2);
/// ```
pub fn ranking_from_outcome(
    outcome: &Outcome,
    group_of: impl Fn(CandidateIndex) -> Option<String>,
) -> Vec<Placed> {
    let last = outcome.stages.last();
    let votes_at = |stage: Option<usize>, c: usize| -> Votes {
        stage
            .and_then(|s| outcome.stages.get(s))
            .or(last)
            .and_then(|s| s.votes.get(c).copied())
            .unwrap_or_default()
    };
    let mut rest: Vec<(u8, u32, Votes, usize)> = Vec::new();
    for (c, r) in outcome.candidates.iter().enumerate() {
        let Ok(ci) = CandidateIndex::try_from(c) else {
            continue;
        };
        if outcome.elected.contains(&ci) {
            continue;
        }
        match r.status {
            CandidateStatus::Withdrawn => {}
            CandidateStatus::Excluded => {
                let stage = r.stage.unwrap_or(0);
                // Totals at the stage before the exclusion (stages are 1-based).
                let before = usize::try_from(stage).ok().and_then(|s| s.checked_sub(2));
                rest.push((1, u32::MAX - stage, votes_at(before, c), c));
            }
            _ => rest.push((0, 0, votes_at(None, c), c)),
        }
    }
    rest.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then(cmp_votes(b.2, a.2))
            .then(a.3.cmp(&b.3))
    });
    outcome
        .elected
        .iter()
        .copied()
        .chain(
            rest.into_iter()
                .filter_map(|r| CandidateIndex::try_from(r.3).ok()),
        )
        .map(|c| Placed {
            candidate: c,
            group: group_of(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ranking_of(groups: &[u8]) -> Vec<Placed> {
        groups
            .iter()
            .enumerate()
            .map(|(i, g)| Placed {
                candidate: CandidateIndex::try_from(i).unwrap(),
                group: (*g < 3).then(|| format!("g{g}")),
            })
            .collect()
    }

    fn count(r: &Constrained, ranking: &[Placed], group: &str) -> u32 {
        r.elected
            .iter()
            .filter(|c| {
                ranking
                    .iter()
                    .any(|p| p.candidate == **c && p.group.as_deref() == Some(group))
            })
            .count() as u32
    }

    /// Groups g0..g2 (3 = no group), seats, and floors for g0 and g1.
    fn case() -> impl Strategy<Value = (Vec<u8>, u32, u32, u32)> {
        (
            prop::collection::vec(0u8..4, 1..30),
            1u32..12,
            0u32..5,
            0u32..5,
        )
    }

    proptest! {
        #[test]
        fn feasible_floors_are_met_with_no_more_changes_than_needed((groups, seats, f0, f1) in case()) {
            let ranking = ranking_of(&groups);
            let seats = seats.min(ranking.len() as u32);
            let have = |g: u8| groups.iter().filter(|&&x| x == g).count() as u32;
            prop_assume!(f0 <= have(0) && f1 <= have(1) && f0 + f1 <= seats);
            let bounds = [GroupBounds::at_least("g0", f0), GroupBounds::at_least("g1", f1)];
            let r = corrective_replacement(&ranking, seats, &bounds).unwrap();
            prop_assert!(r.unmet.is_empty());
            prop_assert!(count(&r, &ranking, "g0") >= f0 && count(&r, &ranking, "g1") >= f1);
            prop_assert_eq!(r.elected.len() as u32, seats);
            // Before: how far short each floor was. Each change fixes one seat of it.
            let before = |g: &str, f: u32| {
                let n = ranking[..seats as usize].iter().filter(|p| p.group.as_deref() == Some(g)).count() as u32;
                f.saturating_sub(n)
            };
            prop_assert_eq!(r.changes.len() as u32, before("g0", f0) + before("g1", f1));
            // Filling the floor first gives the same seats.
            let ff = floor_first(&ranking, seats, &bounds).unwrap();
            let mut a = r.elected.clone();
            let mut b = ff.elected.clone();
            a.sort_unstable();
            b.sort_unstable();
            prop_assert_eq!(a, b);
        }

        #[test]
        fn the_order_of_the_bounds_does_not_matter((groups, seats, f0, f1) in case()) {
            let ranking = ranking_of(&groups);
            let a = [GroupBounds::new("g0", f0, f0 + 3), GroupBounds::at_least("g1", f1)];
            let b = [a[1].clone(), a[0].clone()];
            prop_assert_eq!(
                corrective_replacement(&ranking, seats, &a).unwrap(),
                corrective_replacement(&ranking, seats, &b).unwrap()
            );
            prop_assert_eq!(floor_first(&ranking, seats, &a).unwrap(), floor_first(&ranking, seats, &b).unwrap());
        }

        #[test]
        fn a_compliant_result_is_left_alone((groups, seats, _f0, _f1) in case()) {
            let ranking = ranking_of(&groups);
            let seats = seats.min(ranking.len() as u32);
            let top = &ranking[..seats as usize];
            let n0 = top.iter().filter(|p| p.group.as_deref() == Some("g0")).count() as u32;
            let bounds = [GroupBounds::new("g0", n0, n0)];
            let r = corrective_replacement(&ranking, seats, &bounds).unwrap();
            prop_assert!(r.changes.is_empty());
            prop_assert_eq!(r.elected, top.iter().map(|p| p.candidate).collect::<Vec<_>>());
        }

        #[test]
        fn any_bounds_end_without_panic((groups, seats, f0, f1) in case(), max0 in 0u32..6) {
            let ranking = ranking_of(&groups);
            let bounds = [GroupBounds::new("g0", f0, max0), GroupBounds::new("g1", f1, 4)];
            match corrective_replacement(&ranking, seats, &bounds) {
                Ok(r) => prop_assert!(r.elected.len() as u32 <= seats),
                Err(e) => prop_assert!(matches!(e, ConstraintError::Contradictory { .. }), "{e}"),
            }
            let _ = added_seats(&ranking, seats, |_| bounds.to_vec(), 5);
        }
    }

    #[test]
    fn inputs_that_contradict_themselves_are_errors() {
        let ranking = [Placed::new(0, None), Placed::new(0, None)];
        assert_eq!(
            corrective_replacement(&ranking, 1, &[])
                .unwrap_err()
                .to_string(),
            "candidate 1 appears more than once in the ranking"
        );
        let ranking = [Placed::new(0, None)];
        let e = floor_first(&ranking, 1, &[GroupBounds::new("w", 3, 2)]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "group w must hold at least 3 and at most 2 seats: no number can"
        );
        let e = floor_first(
            &ranking,
            1,
            &[GroupBounds::at_least("w", 1), GroupBounds::at_least("w", 2)],
        )
        .unwrap_err();
        assert_eq!(e, ConstraintError::DuplicateGroup("w".into()));
    }
}
