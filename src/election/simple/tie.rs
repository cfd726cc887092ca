//! Settling ties as the caller's [`TieBreak`] says, and recording every one.

use super::messages;
use crate::Lot;
use crate::election::{CandidateIndex, Stage, TallyError, TieBreak, TieRecord, TieSettlement};

/// Whether the tie picks a winner (to elect, to go through) or a loser (to exclude).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The tie decides who is elected or goes through.
    Highest,
    /// The tie decides who is excluded.
    Lowest,
}

/// Settles ties for one count and keeps the record.
pub(crate) struct Ties<'a> {
    policy: &'a TieBreak,
    lot: Option<Lot>,
    pub(crate) records: Vec<TieRecord>,
}

impl<'a> Ties<'a> {
    pub(crate) fn new(policy: &'a TieBreak) -> Self {
        Ties {
            policy,
            lot: None,
            records: Vec::new(),
        }
    }

    /// Chooses one of `tied` (at least two candidates). `earlier` are the stages before
    /// the one at which the tie arose (`stage`).
    pub(crate) fn choose(
        &mut self,
        stage: u32,
        tied: &[CandidateIndex],
        earlier: &[Stage],
        pick: Pick,
        purpose: String,
    ) -> Result<CandidateIndex, TallyError> {
        // What is left to settle: the candidates still tied, the seed of a lot, and the
        // earlier stage that settled it (then the pool holds only the chosen one).
        let (chosen, settled_by) = match self.policy {
            TieBreak::Fail => {
                return Err(TallyError::Tie {
                    stage,
                    candidates: tied.to_vec(),
                    names: Vec::new(),
                    purpose,
                });
            }
            TieBreak::Order(order) => {
                let rank = |c: CandidateIndex| {
                    order
                        .iter()
                        .position(|&o| o == c)
                        .unwrap_or(order.len().saturating_add(c as usize))
                };
                let chosen = match pick {
                    Pick::Highest => tied.iter().copied().min_by_key(|&c| rank(c)),
                    Pick::Lowest => tied.iter().copied().max_by_key(|&c| rank(c)),
                };
                (chosen, TieSettlement::GivenOrder)
            }
            TieBreak::Lot { seed } => self.settle((tied.to_vec(), *seed, None), stage, &purpose)?,
            TieBreak::Forward { seed } => self.settle(
                by_stages(*seed, tied, earlier.iter(), pick),
                stage,
                &purpose,
            )?,
            TieBreak::Backward { seed } => self.settle(
                by_stages(*seed, tied, earlier.iter().rev(), pick),
                stage,
                &purpose,
            )?,
        };
        let chosen = chosen
            .or_else(|| tied.first().copied())
            .ok_or(TallyError::Overflow)?;
        self.records.push(TieRecord {
            stage,
            candidates: tied.to_vec(),
            purpose,
            settled_by,
            chosen,
        });
        Ok(chosen)
    }

    /// What an earlier stage or a lot makes of `settled` (the pool left, the seed, the
    /// stage that settled it): the chosen candidate and how, or
    /// [`TallyError::LotNeeded`] when only a lot can settle it and there is no seed.
    fn settle(
        &mut self,
        settled: (Vec<CandidateIndex>, Option<u64>, Option<u32>),
        stage: u32,
        purpose: &str,
    ) -> Result<(Option<CandidateIndex>, TieSettlement), TallyError> {
        Ok(match settled {
            (pool, _, Some(stage)) => {
                (pool.first().copied(), TieSettlement::EarlierStage { stage })
            }
            (pool, Some(seed), None) => (self.draw(seed, &pool), TieSettlement::Lot { seed }),
            (pool, None, None) => {
                return Err(TallyError::LotNeeded {
                    stage,
                    candidates: pool,
                    names: Vec::new(),
                    purpose: purpose.to_owned(),
                });
            }
        })
    }

    fn draw(&mut self, seed: u64, pool: &[CandidateIndex]) -> Option<CandidateIndex> {
        let lot = self.lot.get_or_insert_with(|| Lot::new(seed));
        lot.choose(pool).copied()
    }
}

/// Narrows `tied` by the totals of `stages`, in the order given: the pool left, the
/// seed of the lot to draw among it, and the stage that settled the tie, if one did.
fn by_stages<'s>(
    seed: Option<u64>,
    tied: &[CandidateIndex],
    stages: impl Iterator<Item = &'s Stage>,
    pick: Pick,
) -> (Vec<CandidateIndex>, Option<u64>, Option<u32>) {
    let mut pool: Vec<CandidateIndex> = tied.to_vec();
    for stage in stages {
        let value = |c: CandidateIndex| stage.votes.get(c as usize).map_or(0, |v| v.raw());
        let best = match pick {
            Pick::Highest => pool.iter().map(|&c| value(c)).max(),
            Pick::Lowest => pool.iter().map(|&c| value(c)).min(),
        };
        let Some(best) = best else { break };
        pool.retain(|&c| value(c) == best);
        if pool.len() == 1 {
            return (pool, seed, Some(stage.number));
        }
    }
    (pool, seed, None)
}

/// The purpose text for a pick.
pub(crate) fn purpose(pick: Pick) -> String {
    match pick {
        Pick::Highest => messages::purpose_elect(),
        Pick::Lowest => messages::purpose_exclude(),
    }
}
