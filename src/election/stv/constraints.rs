//! Constraints on an STV count: which group each candidate belongs to and the fewest
//! and most seats each group may hold, and the marks of I. D. Hill's method.
//!
//! I. D. Hill, "STV with constraints", *Voting matters* 9 (May 1998), pp. 2-4: while
//! the count goes on, a continuing candidate who cannot be elected in any result that
//! meets the constraints (a *conformant* result) is *doomed* and excluded at once; one
//! who must be elected for a conformant result to remain possible is *guarded* and is
//! never excluded (the lowest candidate who is not guarded is excluded instead). J.
//! Otten, "STV with multiple constraints", *Voting matters* 13 (April 2001), paper 3,
//! summarises the method the same way and shows why several independent constraints
//! need an enumeration of the possible results.
//!
//! Our constraints have one dimension (each candidate is in at most one group), so no
//! enumeration is needed: with `E` elected and `C` continuing in group `g`, a floor
//! `min` and a ceiling `max`, and `R` seats still to fill, a conformant result is still
//! possible exactly when, for every group, `E <= max` and
//! `lo = max(min - E, 0) <= hi = min(max - E, C)`, and
//! `sum(lo) <= R <= sum(hi) + (continuing candidates of no bounded group)`: each group
//! must take between `lo` and `hi` of the remaining seats, and any count between the
//! sums can be made up from independent groups. Electing or excluding one candidate
//! changes one group's numbers by one, which gives the marks directly (see
//! [`MarkReason`]).

use crate::election::CandidateIndex;
use crate::election::constrained::{ConstraintError, GroupBounds, Shortfall, ShortfallReason};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The groups of an election's candidates and the bounds of each group, for
/// [`scottish_stv_constrained`](super::scottish_stv_constrained) and
/// [`wigm_constrained`](super::wigm_constrained).
///
/// A candidate whose group has no bounds counts towards no bound, as a candidate with
/// no group does (the same convention as [`crate::election::constrained`]).
///
/// ```
/// use union_rulebook::election::constrained::GroupBounds;
/// use union_rulebook::election::stv::Constraints;
/// let c = Constraints::new(
///     &[Some("woman"), Some("man"), None, Some("woman")],
///     &[GroupBounds::at_least("woman", 1), GroupBounds::new("man", 0, 2)],
/// )?;
/// assert_eq!(c.group_of(3), Some("woman"));
/// assert_eq!(c.group_of(2), None);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraints {
    /// For each candidate, the index of its group in `bounds`.
    group_of: Vec<Option<usize>>,
    /// The bounds, sorted by group name (so the order they were written in does not
    /// change the count).
    bounds: Vec<GroupBounds>,
}

impl Constraints {
    /// Constraints from each candidate's group (in candidate order; `None` for no
    /// group) and the bounds of the groups.
    ///
    /// # Errors
    ///
    /// [`ConstraintError::DuplicateGroup`] when a group is bounded twice and
    /// [`ConstraintError::Contradictory`] when a floor is above its ceiling.
    pub fn new<S: AsRef<str>>(
        groups: &[Option<S>],
        bounds: &[GroupBounds],
    ) -> Result<Self, ConstraintError> {
        let mut bounds = bounds.to_vec();
        bounds.sort_by(|a, b| a.group.cmp(&b.group));
        for w in bounds.windows(2) {
            if let [a, b] = w
                && a.group == b.group
            {
                return Err(ConstraintError::DuplicateGroup(a.group.clone()));
            }
        }
        if let Some(b) = bounds.iter().find(|b| b.min > b.max) {
            return Err(ConstraintError::Contradictory {
                group: b.group.clone(),
                min: b.min,
                max: b.max,
            });
        }
        let group_of = groups
            .iter()
            .map(|g| {
                g.as_ref().and_then(|name| {
                    bounds
                        .binary_search_by(|b| b.group.as_str().cmp(name.as_ref()))
                        .ok()
                })
            })
            .collect();
        Ok(Constraints { group_of, bounds })
    }

    /// The number of candidates the constraints describe.
    pub fn candidates(&self) -> usize {
        self.group_of.len()
    }

    /// The bounds, sorted by group name.
    pub fn bounds(&self) -> &[GroupBounds] {
        &self.bounds
    }

    /// The bounded group of candidate `c`, if any.
    pub fn group_of(&self, c: CandidateIndex) -> Option<&str> {
        let g = (*self.group_of.get(c as usize)?)?;
        self.bounds.get(g).map(|b| b.group.as_str())
    }

    /// The index of candidate `c`'s bounded group.
    pub(crate) fn group_index(&self, c: usize) -> Option<usize> {
        self.group_of.get(c).copied().flatten()
    }
}

/// Whether a candidate was doomed or guarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MarkKind {
    /// Cannot be elected in any conformant result: excluded at once.
    Doomed,
    /// Must be elected for a conformant result: never excluded.
    Guarded,
}

/// Why a candidate was doomed or guarded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MarkReason {
    /// Doomed: `group` already holds its ceiling of `max` seats.
    CeilingReached {
        /// The candidate's group.
        group: String,
        /// Its ceiling.
        max: u32,
    },
    /// Doomed: the `seats` seats still to fill are all needed for the floors of groups
    /// still short of them (the candidate's own group is not short).
    SeatsNeededForFloors {
        /// Seats still to fill.
        seats: u32,
    },
    /// Guarded: `group` still needs every one of its continuing candidates to reach
    /// its floor of `min` seats.
    FloorNeedsEvery {
        /// The candidate's group.
        group: String,
        /// Its floor.
        min: u32,
    },
    /// Guarded: the `seats` seats still to fill need every candidate who can still be
    /// elected without breaking a ceiling.
    SeatsNeedEvery {
        /// Seats still to fill.
        seats: u32,
    },
}

/// A candidate doomed or guarded during a constrained count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Mark {
    /// The stage (1-based) at which the mark took effect: the stage that excluded a
    /// doomed candidate, or the exclusion stage at which a guarded candidate was first
    /// passed over.
    pub stage: u32,
    /// The candidate (0-based; numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based")]
    #[schemars(with = "crate::election::CandidateNumber")]
    pub candidate: CandidateIndex,
    /// Doomed or guarded.
    pub mark: MarkKind,
    /// Why.
    pub reason: MarkReason,
}

/// Where a candidate stands, as the constraints see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standing {
    /// Elected.
    Elected,
    /// Still in the count.
    Continuing,
    /// Excluded or withdrawn.
    Out,
}

/// The constraints fitted to one count: floors lowered to the candidates who stood,
/// the number of seats a conformant result can fill, and what could not be met.
#[derive(Debug, Clone)]
pub(crate) struct Plan<'a> {
    constraints: &'a Constraints,
    /// Each group's floor, lowered to the number of its candidates who stood.
    floors: Vec<u32>,
    /// The seats a conformant result fills.
    pub target: u32,
    /// Floors that cannot be met because too few of the group stood.
    pub unmet: Vec<Shortfall>,
    /// Seats left empty because the ceilings admit no more of those who stood.
    pub ceiling_vacancies: u32,
}

impl<'a> Plan<'a> {
    /// Fits `constraints` to a count of `seats` seats; `standing[c]` is false for a
    /// withdrawn candidate.
    ///
    /// A floor above the number of the group's candidates who stood is lowered to that
    /// number (every one of them is then guarded) and reported as unmet. When the
    /// ceilings admit fewer of those who stood than there are seats, the seats they do
    /// not admit stay empty.
    pub fn new(
        constraints: &'a Constraints,
        seats: u32,
        standing: &[bool],
    ) -> Result<Self, ConstraintError> {
        if constraints.candidates() != standing.len() {
            return Err(ConstraintError::CandidateCount {
                expected: standing.len(),
                given: constraints.candidates(),
            });
        }
        let k = constraints.bounds.len();
        let mut stood = vec![0u32; k];
        let mut free = 0u32;
        for (c, &s) in standing.iter().enumerate() {
            if !s {
                continue;
            }
            match constraints.group_index(c).and_then(|g| stood.get_mut(g)) {
                Some(n) => *n = n.saturating_add(1),
                None => free = free.saturating_add(1),
            }
        }
        let mut floors = Vec::with_capacity(k);
        let mut unmet = Vec::new();
        let mut needed = 0u64;
        let mut room = u64::from(free);
        for (b, &n) in constraints.bounds.iter().zip(&stood) {
            if b.min > n {
                unmet.push(Shortfall {
                    group: b.group.clone(),
                    bound: b.min,
                    holds: n,
                    reason: ShortfallReason::NoCandidates,
                });
            }
            floors.push(b.min.min(n));
            needed += u64::from(b.min.min(n));
            room += u64::from(b.max.min(n));
        }
        if needed > u64::from(seats) {
            return Err(ConstraintError::FloorsExceedSeats {
                needed: u32::try_from(needed).unwrap_or(u32::MAX),
                seats,
            });
        }
        let everyone = u64::from(seats)
            .min(u64::from(free) + stood.iter().map(|&n| u64::from(n)).sum::<u64>());
        let target = everyone.min(room);
        Ok(Plan {
            constraints,
            floors,
            target: u32::try_from(target).unwrap_or(u32::MAX),
            unmet,
            ceiling_vacancies: u32::try_from(everyone - target).unwrap_or(u32::MAX),
        })
    }

    /// The group index of candidate `c`.
    pub fn group(&self, c: usize) -> Option<usize> {
        self.constraints.group_index(c)
    }

    /// Counts where the candidates stand: `standing(c)` for each candidate.
    pub fn tally(&self, standing: impl Iterator<Item = Standing>) -> Tally<'_> {
        let k = self.floors.len();
        let mut t = Tally {
            plan: self,
            elected: vec![0; k],
            continuing: vec![0; k],
            free: 0,
            remaining: self.target,
            over: false,
        };
        for (c, s) in standing.enumerate() {
            let g = self.group(c);
            match s {
                Standing::Elected => {
                    t.over |= t.remaining == 0;
                    t.remaining = t.remaining.saturating_sub(1);
                    if let Some(e) = g.and_then(|g| t.elected.get_mut(g)) {
                        *e += 1;
                    }
                }
                Standing::Continuing => match g.and_then(|g| t.continuing.get_mut(g)) {
                    Some(n) => *n += 1,
                    None => t.free += 1,
                },
                Standing::Out => {}
            }
        }
        t
    }
}

/// A snapshot of the count: per group, how many are elected and continuing.
#[derive(Debug, Clone)]
pub(crate) struct Tally<'a> {
    plan: &'a Plan<'a>,
    elected: Vec<u32>,
    continuing: Vec<u32>,
    /// Continuing candidates of no bounded group.
    free: u32,
    /// Seats still to fill in a conformant result.
    pub remaining: u32,
    /// More are elected than a conformant result fills.
    over: bool,
}

impl Tally<'_> {
    fn max(&self, g: usize) -> u32 {
        self.plan
            .constraints
            .bounds
            .get(g)
            .map_or(u32::MAX, |b| b.max)
    }

    fn name(&self, g: usize) -> String {
        self.plan
            .constraints
            .bounds
            .get(g)
            .map(|b| b.group.clone())
            .unwrap_or_default()
    }

    fn e(&self, g: usize) -> u32 {
        self.elected.get(g).copied().unwrap_or(0)
    }

    fn c(&self, g: usize) -> u32 {
        self.continuing.get(g).copied().unwrap_or(0)
    }

    /// Seats group `g` must still win.
    fn lo(&self, g: usize) -> u32 {
        self.plan
            .floors
            .get(g)
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.e(g))
    }

    /// Seats group `g` may still win.
    fn hi(&self, g: usize) -> u32 {
        self.max(g).saturating_sub(self.e(g)).min(self.c(g))
    }

    fn groups(&self) -> std::ops::Range<usize> {
        0..self.elected.len()
    }

    fn sum_lo(&self) -> u64 {
        self.groups().map(|g| u64::from(self.lo(g))).sum()
    }

    /// How many of the remaining seats can be filled without breaking a ceiling.
    fn capacity(&self) -> u64 {
        self.groups().map(|g| u64::from(self.hi(g))).sum::<u64>() + u64::from(self.free)
    }

    /// Whether a conformant result is still possible (what the marks preserve; the
    /// tests check them against it).
    #[cfg(test)]
    pub fn feasible(&self) -> bool {
        let r = u64::from(self.remaining);
        !self.over
            && self
                .groups()
                .all(|g| self.e(g) <= self.max(g) && self.lo(g) <= self.hi(g))
            && self.sum_lo() <= r
            && r <= self.capacity()
    }

    /// Why a continuing candidate of group `g` (`None`: no bounded group) is doomed:
    /// electing the candidate would leave no conformant result.
    ///
    /// Electing raises `E` and lowers `C` and `R` by one, so `hi` falls by one with
    /// `R` and the sums stay balanced, except that (a) a group at its ceiling would go
    /// over it, and (b) when the candidate's group needs no more seats (`lo = 0`), the
    /// other groups' floors would need more than the `R - 1` seats left.
    pub fn doomed(&self, g: Option<usize>) -> Option<MarkReason> {
        if let Some(g) = g
            && self.e(g) >= self.max(g)
        {
            return Some(MarkReason::CeilingReached {
                group: self.name(g),
                max: self.max(g),
            });
        }
        let own_short = g.is_some_and(|g| self.lo(g) > 0);
        if !own_short && self.sum_lo() >= u64::from(self.remaining) {
            return Some(MarkReason::SeatsNeededForFloors {
                seats: self.remaining,
            });
        }
        None
    }

    /// Why a continuing candidate of group `g` (`None`: no bounded group) is guarded:
    /// excluding the candidate would leave no conformant result.
    ///
    /// Excluding lowers `C` by one, which breaks (a) the group's floor when its
    /// continuing candidates are just enough (`C <= lo`), and (b) the seats when the
    /// candidate counts towards the capacity (its group is below its ceiling by at
    /// least `C`, or it has no bounded group) and the capacity is just enough.
    pub fn guarded(&self, g: Option<usize>) -> Option<MarkReason> {
        if let Some(g) = g
            && self.c(g) <= self.lo(g)
        {
            return Some(MarkReason::FloorNeedsEvery {
                group: self.name(g),
                min: self.plan.floors.get(g).copied().unwrap_or(0),
            });
        }
        let counts = g.is_none_or(|g| self.c(g) <= self.max(g).saturating_sub(self.e(g)));
        if counts && self.capacity() <= u64::from(self.remaining) {
            return Some(MarkReason::SeatsNeedEvery {
                seats: self.remaining,
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Standing::{Continuing as C, Elected as E, Out as O};

    fn cons(groups: &[Option<&str>], bounds: &[GroupBounds]) -> Constraints {
        Constraints::new(groups, bounds).unwrap()
    }

    const W: Option<&str> = Some("w");
    const M: Option<&str> = Some("m");

    #[test]
    fn validates_bounds() {
        let g: [Option<&str>; 0] = [];
        assert_eq!(
            Constraints::new(&g, &[GroupBounds::new("w", 3, 2)]),
            Err(ConstraintError::Contradictory {
                group: "w".into(),
                min: 3,
                max: 2
            })
        );
        assert_eq!(
            Constraints::new(
                &g,
                &[GroupBounds::at_least("w", 1), GroupBounds::new("w", 0, 1)]
            ),
            Err(ConstraintError::DuplicateGroup("w".into()))
        );
        // a group without bounds is no group
        let c = cons(&[Some("x"), W], &[GroupBounds::at_least("w", 1)]);
        assert_eq!(c.group_of(0), None);
        assert_eq!(c.group_of(1), Some("w"));
    }

    #[test]
    fn plan_lowers_floors_to_those_who_stood_and_refuses_impossible_floors() {
        // 3 seats; one woman stood (and one withdrew); floor 2
        let c = cons(&[W, W, M, M, M], &[GroupBounds::at_least("w", 2)]);
        let p = Plan::new(&c, 3, &[true, false, true, true, true]).unwrap();
        assert_eq!(p.floors, vec![1]);
        assert_eq!(p.target, 3);
        assert_eq!(p.unmet.len(), 1);
        assert_eq!((p.unmet[0].bound, p.unmet[0].holds), (2, 1));
        // floors of 2 + 2 on 3 seats
        let c = cons(
            &[W, W, M, M],
            &[GroupBounds::at_least("w", 2), GroupBounds::at_least("m", 2)],
        );
        assert_eq!(
            Plan::new(&c, 3, &[true; 4]).unwrap_err(),
            ConstraintError::FloorsExceedSeats {
                needed: 4,
                seats: 3
            }
        );
        assert!(matches!(
            Plan::new(&c, 3, &[true; 3]),
            Err(ConstraintError::CandidateCount {
                expected: 3,
                given: 4
            })
        ));
    }

    #[test]
    fn ceilings_that_admit_too_few_leave_seats_empty() {
        // 4 seats, 4 men and 1 woman stood, at most 2 men: only 3 can be filled
        let c = cons(&[M, M, M, M, W], &[GroupBounds::new("m", 0, 2)]);
        let p = Plan::new(&c, 4, &[true; 5]).unwrap();
        assert_eq!((p.target, p.ceiling_vacancies), (3, 1));
    }

    #[test]
    fn guarded_when_the_floor_needs_every_continuing_candidate() {
        // 3 seats, floor 2 women; 3 women stood, one excluded: the other two guarded
        let c = cons(&[W, W, W, M, M, M], &[GroupBounds::at_least("w", 2)]);
        let p = Plan::new(&c, 3, &[true; 6]).unwrap();
        let t = p.tally([C, C, O, C, C, C].into_iter());
        assert!(t.feasible());
        assert_eq!(
            t.guarded(Some(0)),
            Some(MarkReason::FloorNeedsEvery {
                group: "w".into(),
                min: 2
            })
        );
        assert_eq!(t.guarded(None), None);
        assert_eq!(t.doomed(None), None);
        // with all three women continuing, nobody is guarded
        let t = p.tally([C; 6].into_iter());
        assert_eq!(t.guarded(Some(0)), None);
    }

    #[test]
    fn doomed_when_a_group_is_full_or_the_seats_are_needed_for_floors() {
        let c = cons(
            &[W, W, W, M, M, M, None],
            &[GroupBounds::at_least("w", 2), GroupBounds::new("m", 0, 1)],
        );
        let p = Plan::new(&c, 3, &[true; 7]).unwrap();
        let m = c.bounds().iter().position(|b| b.group == "m");
        let w = c.bounds().iter().position(|b| b.group == "w");
        // one man elected: the men are full
        let t = p.tally([C, C, C, E, C, C, C].into_iter());
        assert_eq!(
            t.doomed(m),
            Some(MarkReason::CeilingReached {
                group: "m".into(),
                max: 1
            })
        );
        // and the 2 seats left are both needed for the women's floor: the ungrouped
        // candidate is doomed too, the women are not
        assert_eq!(
            t.doomed(None),
            Some(MarkReason::SeatsNeededForFloors { seats: 2 })
        );
        assert_eq!(t.doomed(w), None);
        // once a woman is elected too, the one seat left is the women's: they are
        // still short, so not doomed
        let t = p.tally([E, C, C, E, C, C, C].into_iter());
        assert_eq!(t.doomed(w), None);
        assert!(t.feasible());
    }

    #[test]
    fn guarded_when_the_seats_need_every_electable_candidate() {
        // 3 seats, at most 1 man; 1 man and 2 women continuing plus 1 more man: every
        // woman is needed, the men compete for one seat
        let c = cons(&[W, W, M, M], &[GroupBounds::new("m", 0, 1)]);
        let p = Plan::new(&c, 3, &[true; 4]).unwrap();
        let t = p.tally([C; 4].into_iter());
        let m = Some(0); // "m" sorts first
        let w = None; // women have no bounds here
        assert_eq!(t.guarded(w), Some(MarkReason::SeatsNeedEvery { seats: 3 }));
        assert_eq!(t.guarded(m), None);
        assert_eq!(t.doomed(m), None);
    }

    #[test]
    fn marks_keep_the_count_feasible() {
        // Exhaustively: for small states, electing a non-doomed candidate or excluding a
        // non-guarded one keeps a feasible state feasible.
        let c = cons(
            &[W, W, W, M, M, M, None, None],
            &[GroupBounds::new("w", 2, 3), GroupBounds::new("m", 1, 2)],
        );
        let p = Plan::new(&c, 4, &[true; 8]).unwrap();
        let mut states = 0;
        for code in 0..3u32.pow(8) {
            let st: Vec<Standing> = (0..8)
                .map(|i| match (code / 3u32.pow(i)) % 3 {
                    0 => C,
                    1 => E,
                    _ => O,
                })
                .collect();
            let elected = st.iter().filter(|s| **s == E).count();
            if elected > 4 {
                continue;
            }
            let t = p.tally(st.iter().copied());
            if !t.feasible() {
                continue;
            }
            states += 1;
            for i in 0..8 {
                if st[i] != C {
                    continue;
                }
                let g = p.group(i);
                let mut next = st.clone();
                next[i] = E;
                let elect_ok = p.tally(next.iter().copied()).feasible();
                assert_eq!(t.doomed(g).is_none(), elect_ok, "elect {i} in {st:?}");
                next[i] = O;
                let exclude_ok = p.tally(next.iter().copied()).feasible();
                assert_eq!(t.guarded(g).is_none(), exclude_ok, "exclude {i} in {st:?}");
            }
        }
        assert!(states > 100);
    }
}
