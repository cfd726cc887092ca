//! Settling ties by the caller's [`TieBreak`] policy, and recording them.

use crate::Lot;
use crate::election::{CandidateIndex, TallyError, TieBreak, TieRecord, TieSettlement};

/// Whether the tie picks the candidate with the most votes (a surplus to transfer
/// first, the next to be elected) or the fewest (the candidate to exclude).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// Pick the candidate that did best.
    Highest,
    /// Pick the candidate that did worst.
    Lowest,
}

/// Settles ties for one count: holds the policy and the lot, if one is drawn.
#[derive(Debug)]
pub(crate) struct Ties {
    policy: TieBreak,
    lot: Option<Lot>,
    /// Every tie settled so far.
    pub records: Vec<TieRecord>,
}

impl Ties {
    pub fn new(policy: TieBreak) -> Self {
        let lot = match policy {
            TieBreak::Forward { seed: Some(seed) }
            | TieBreak::Backward { seed: Some(seed) }
            | TieBreak::Lot { seed: Some(seed) } => Some(Lot::new(seed)),
            _ => None,
        };
        Ties {
            policy,
            lot,
            records: Vec::new(),
        }
    }

    /// Picks one of `tied` (at least two candidates, in ascending index order).
    ///
    /// `history[s]` holds every candidate's total (raw) at the end of stage `s + 1`;
    /// `stage` is the current stage number (1-based), recorded with the tie.
    pub fn settle(
        &mut self,
        tied: &[CandidateIndex],
        want: Want,
        history: &[Vec<i128>],
        stage: u32,
        purpose: &str,
    ) -> Result<CandidateIndex, TallyError> {
        let first = match tied {
            [] => return Err(TallyError::Overflow),
            [only] => return Ok(*only),
            [first, ..] => *first,
        };
        let (chosen, settled_by) = match &self.policy {
            TieBreak::Fail => {
                return Err(TallyError::Tie {
                    stage,
                    candidates: tied.to_vec(),
                    names: Vec::new(),
                    purpose: purpose.to_string(),
                });
            }
            TieBreak::Order(order) => {
                // Earlier in the list wins a tie to be elected and survives a tie to be
                // excluded; candidates not listed come after all listed ones.
                let rank = |c: &CandidateIndex| {
                    order
                        .iter()
                        .position(|o| o == c)
                        .unwrap_or(order.len() + *c as usize)
                };
                let pick = match want {
                    Want::Highest => tied.iter().min_by_key(|c| rank(c)),
                    Want::Lowest => tied.iter().max_by_key(|c| rank(c)),
                };
                (pick.copied().unwrap_or(first), TieSettlement::GivenOrder)
            }
            TieBreak::Forward { .. } | TieBreak::Backward { .. } | TieBreak::Lot { .. } => {
                let stages: Vec<usize> = match self.policy {
                    TieBreak::Forward { .. } => (0..history.len()).collect(),
                    TieBreak::Backward { .. } => (0..history.len()).rev().collect(),
                    _ => Vec::new(),
                };
                let mut left: Vec<CandidateIndex> = tied.to_vec();
                let mut decided_at = None;
                for s in stages {
                    let Some(totals) = history.get(s) else {
                        continue;
                    };
                    let value = |c: &CandidateIndex| totals.get(*c as usize).copied().unwrap_or(0);
                    let best = match want {
                        Want::Highest => left.iter().map(value).max(),
                        Want::Lowest => left.iter().map(value).min(),
                    };
                    let Some(best) = best else { break };
                    let narrowed: Vec<CandidateIndex> =
                        left.iter().copied().filter(|c| value(c) == best).collect();
                    if narrowed.len() < left.len() {
                        left = narrowed;
                        if left.len() == 1 {
                            decided_at = Some(s);
                            break;
                        }
                    }
                }
                match (decided_at, left.as_slice()) {
                    (Some(s), [only]) => (
                        *only,
                        TieSettlement::EarlierStage {
                            stage: u32::try_from(s + 1).unwrap_or(u32::MAX),
                        },
                    ),
                    _ => {
                        // Only a lot can settle it: drawn only from a seed the caller
                        // chose (`self.lot` is built from it), else an error.
                        let Some(lot) = self.lot.as_mut() else {
                            return Err(TallyError::LotNeeded {
                                stage,
                                candidates: left,
                                names: Vec::new(),
                                purpose: purpose.to_string(),
                            });
                        };
                        let seed = lot.seed();
                        let pick = lot.choose(&left).copied().unwrap_or(first);
                        (pick, TieSettlement::Lot { seed })
                    }
                }
            }
        };
        self.records.push(TieRecord {
            stage,
            candidates: tied.to_vec(),
            purpose: purpose.to_string(),
            settled_by,
            chosen,
        });
        Ok(chosen)
    }
}

/// The tie order a BLT file's `[tie ...]` line gives (0-based candidates, in the
/// order listed), as a [`TieBreak`].
///
/// Droop and stv-rs exclude the first listed candidate of a tie (and elect the last),
/// so the list is reversed into [`TieBreak::Order`], whose earlier entries win.
/// A file without a `[tie ...]` line is counted by Droop and stv-rs in candidate
/// order: pass `0..candidates` to reproduce them.
///
/// ```
/// use union_rulebook::election::{stv, TieBreak};
/// assert_eq!(stv::tie_order_from_blt(&[2, 1, 0]), TieBreak::Order(vec![0, 1, 2]));
/// ```
pub fn tie_order_from_blt(order: &[CandidateIndex]) -> TieBreak {
    TieBreak::Order(order.iter().rev().copied().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backward_uses_most_recent_unequal_stage() {
        // stage 1: a=5 b=3; stage 2: a=3 b=5; stage 3: a=4 b=4
        let history = vec![vec![5, 3], vec![3, 5], vec![4, 4]];
        let mut t = Ties::new(TieBreak::Backward { seed: Some(1) });
        let c = t
            .settle(&[0, 1], Want::Lowest, &history, 4, "exclusion")
            .unwrap();
        assert_eq!(c, 0); // at stage 2 a had fewer
        assert_eq!(
            t.records[0].settled_by,
            TieSettlement::EarlierStage { stage: 2 }
        );
        let mut t = Ties::new(TieBreak::Forward { seed: Some(1) });
        let c = t
            .settle(&[0, 1], Want::Lowest, &history, 4, "exclusion")
            .unwrap();
        assert_eq!(c, 1); // at stage 1 b had fewer
    }

    #[test]
    fn equal_everywhere_goes_to_lot_and_is_recorded() {
        let history = vec![vec![4, 4, 4]];
        let mut t = Ties::new(TieBreak::Backward { seed: Some(9) });
        let c = t
            .settle(&[0, 1, 2], Want::Lowest, &history, 2, "exclusion")
            .unwrap();
        assert!(c < 3);
        assert_eq!(t.records[0].settled_by, TieSettlement::Lot { seed: 9 });
    }

    #[test]
    fn no_seed_no_lot_but_earlier_stages_still_decide() {
        let mut t = Ties::new(TieBreak::Backward { seed: None });
        let history = vec![vec![5, 3], vec![4, 4]];
        assert_eq!(
            t.settle(&[0, 1], Want::Lowest, &history, 3, "exclusion")
                .ok(),
            Some(1)
        );
        let history = vec![vec![4, 4, 1]];
        assert_eq!(
            t.settle(&[0, 1], Want::Lowest, &history, 2, "exclusion"),
            Err(TallyError::LotNeeded {
                stage: 2,
                candidates: vec![0, 1],
                names: Vec::new(),
                purpose: "exclusion".into()
            })
        );
        let mut t = Ties::new(TieBreak::Lot { seed: None });
        assert!(matches!(
            t.settle(&[0, 1], Want::Highest, &history, 2, "election"),
            Err(TallyError::LotNeeded { .. })
        ));
    }

    #[test]
    fn order_and_fail() {
        let mut t = Ties::new(TieBreak::Order(vec![2, 0, 1]));
        assert_eq!(t.settle(&[0, 1, 2], Want::Lowest, &[], 1, "x").unwrap(), 1);
        assert_eq!(t.settle(&[0, 1, 2], Want::Highest, &[], 1, "x").unwrap(), 2);
        let mut t = Ties::new(TieBreak::Fail);
        assert!(matches!(
            t.settle(&[0, 1], Want::Lowest, &[], 3, "exclusion"),
            Err(TallyError::Tie { stage: 3, .. })
        ));
    }
}
