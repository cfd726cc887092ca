//! The `vacant` escape: the seats a group's candidates cannot fill stay empty.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::apply::State;
use super::{ChangeReason, Constrained, ConstraintError, GroupBounds, Placed, ShortfallReason};
use crate::election::CandidateIndex;

/// A seat left vacant because a group's candidates ran out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct VacantSeat {
    /// The winner who loses the seat (numbered from 1 in JSON).
    #[serde(with = "crate::election::numbering::one_based")]
    #[schemars(with = "crate::election::CandidateNumber")]
    pub removed: CandidateIndex,
    /// The bound that leaves it vacant: the floor of a group whose candidates ran
    /// out, or the ceiling of a group no other candidate could replace.
    pub reason: ChangeReason,
}

/// `result` (of [`corrective_replacement`](super::corrective_replacement),
/// [`floor_first`](super::floor_first) or [`added_seats`](super::added_seats) on
/// `ranking`) with the seats its unmet bounds leave to others made vacant instead.
///
/// For each floor left unmet because the group's candidates ran out
/// ([`ShortfallReason::NoCandidates`]), as many seats as it is short are taken from the
/// lowest-placed winners who can spare them (of no bounded group, or of a group above
/// its own floor) and left vacant; for each ceiling no other candidate could bring
/// down ([`ShortfallReason::NoReplacement`]), the group's lowest-placed winners above
/// the ceiling lose their seats. This is the "empty chair" of the German Aktiengesetz
/// §96(2) sentence 6: the election of members of the over-represented sex in breach of
/// the minimum share is void, and their seats stay empty until filled lawfully. Other
/// shortfalls (no seat to free, the added-seat limit) are left as they are, and so is
/// `unmet`: the floor is still not met, but now by empty seats.
///
/// # Errors
/// As [`corrective_replacement`](super::corrective_replacement).
///
/// ```
/// use union_rulebook::election::constrained::{corrective_replacement, leave_vacant, GroupBounds, Placed};
/// // Five seats, at least 2 women; one woman stood (placed 6th).
/// let ranking: Vec<Placed> = ["m", "m", "m", "m", "m", "w"]
///     .iter().enumerate()
///     .map(|(i, g)| Placed::new(i as u32, Some(g)))
///     .collect();
/// let bounds = [GroupBounds::at_least("w", 2)];
/// let replaced = corrective_replacement(&ranking, 5, &bounds)?;
/// assert_eq!(replaced.elected, [0, 1, 2, 3, 5]);
/// let r = leave_vacant(&ranking, &replaced, &bounds)?;
/// // The woman's second seat is not given to the fourth man: it stays vacant.
/// assert_eq!(r.elected, [0, 1, 2, 5]);
/// assert_eq!(r.vacant[0].removed, 3);
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn leave_vacant(
    ranking: &[Placed],
    result: &Constrained,
    bounds: &[GroupBounds],
) -> Result<Constrained, ConstraintError> {
    let mut state = State::new(ranking, bounds)?;
    for (i, p) in ranking.iter().enumerate() {
        if result.elected.contains(&p.candidate) {
            state.elect(i);
        }
    }
    let mut vacant = Vec::new();
    for s in &result.unmet {
        let Some(g) = state.bounds.iter().position(|b| b.group == s.group) else {
            continue;
        };
        match s.reason {
            ShortfallReason::NoCandidates => {
                let short = state.bounds[g].min.saturating_sub(state.count[g]);
                for _ in 0..short {
                    let Some(out) = state.lowest_spare_winner(g) else {
                        break;
                    };
                    let reason = ChangeReason::Floor {
                        group: s.group.clone(),
                        min: state.bounds[g].min,
                        had: state.count[g],
                    };
                    state.unelect(out);
                    vacant.push(VacantSeat {
                        removed: ranking[out].candidate,
                        reason,
                    });
                }
            }
            ShortfallReason::NoReplacement => {
                while state.count[g] > state.bounds[g].max {
                    let Some(out) = (0..ranking.len())
                        .rev()
                        .find(|&i| state.elected[i] && state.group[i] == Some(g))
                    else {
                        break;
                    };
                    let reason = ChangeReason::Ceiling {
                        group: s.group.clone(),
                        max: state.bounds[g].max,
                        had: state.count[g],
                    };
                    state.unelect(out);
                    vacant.push(VacantSeat {
                        removed: ranking[out].candidate,
                        reason,
                    });
                }
            }
            _ => {}
        }
    }
    let mut out = result.clone();
    out.elected = state.elected();
    out.vacant = vacant;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::constrained::{corrective_replacement, floor_first};

    fn ranking(groups: &[&str]) -> Vec<Placed> {
        groups
            .iter()
            .enumerate()
            .map(|(i, g)| Placed::new(u32::try_from(i).unwrap(), Some(g)))
            .collect()
    }

    #[test]
    fn aktg_96_2_the_empty_chair_after_floor_first() {
        // Five seats, a floor of 2 women, one woman stood (placed last): floor first
        // seats her, then the four best men under WO §22(4). Under the empty chair the
        // seat the second woman would have held stays empty: the fourth man loses it.
        let r = ranking(&["m", "m", "m", "m", "m", "w"]);
        let b = [GroupBounds::at_least("w", 2)];
        let ff = floor_first(&r, 5, &b).unwrap();
        assert_eq!(ff.elected, [0, 1, 2, 3, 5]);
        let v = leave_vacant(&r, &ff, &b).unwrap();
        assert_eq!(v.elected, [0, 1, 2, 5]);
        assert_eq!(v.vacant.len(), 1);
        assert_eq!(v.unmet, ff.unmet);
    }

    #[test]
    fn a_ceiling_no_one_can_bring_down_leaves_its_excess_vacant() {
        // At most 2 men in 4 seats, and no one else stood: two men's seats stay empty,
        // the lowest-placed first.
        let r = ranking(&["m", "m", "m", "m"]);
        let b = [GroupBounds::new("m", 0, 2)];
        let c = corrective_replacement(&r, 4, &b).unwrap();
        assert_eq!(c.elected.len(), 4);
        let v = leave_vacant(&r, &c, &b).unwrap();
        assert_eq!(v.elected, [0, 1]);
        let removed: Vec<u32> = v.vacant.iter().map(|s| s.removed).collect();
        assert_eq!(removed, [3, 2]);
    }

    #[test]
    fn a_met_floor_leaves_nothing_vacant() {
        let r = ranking(&["m", "w", "m"]);
        let b = [GroupBounds::at_least("w", 1)];
        let c = corrective_replacement(&r, 2, &b).unwrap();
        assert_eq!(leave_vacant(&r, &c, &b).unwrap(), c);
    }
}
