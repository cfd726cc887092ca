//! The simple counting methods: plurality, block vote, limited vote, approval,
//! two-round, contingent vote and instant-runoff.
//!
//! Every method counts a [`RankedElection`], the model every ballot file reads into,
//! and returns an [`Outcome`] with a stage-by-stage transcript. How a ranked ballot
//! stands for the ballot of a method:
//!
//! - methods that mark candidates (plurality, block, limited, approval) read a ranked
//!   ballot as marks for its first candidates, in order of preference, up to the
//!   method's limit (1, the seats, the limit, or every ranked candidate);
//! - methods that count one preference at a time (two-round, contingent vote, IRV)
//!   count each ballot for its highest-ranked candidate still in the count.
//!
//! Withdrawn candidates are skipped on every ballot. A ballot that counts for nobody
//! (blank, or only withdrawn or eliminated candidates) is recorded as non-transferable.
//! Equal rankings are accepted where they do not matter and refused (with
//! [`TallyError::Unsupported`]) where the method would have to split a vote. Ties
//! follow the caller's [`TieBreak`] and are recorded in [`Outcome::ties`].
//!
//! ```
//! use union_rulebook::election::{irv, Candidate, RankedBallot, RankedElection, TieBreak};
//! let e = RankedElection {
//!     title: None,
//!     candidates: vec![Candidate::new("Ani"), Candidate::new("Budi"), Candidate::new("Citra")],
//!     seats: 1,
//!     withdrawn: vec![],
//!     ballots: vec![
//!         RankedBallot::strict(8, [0]),
//!         RankedBallot::strict(7, [1]),
//!         RankedBallot::strict(4, [2, 1]),
//!     ].into(),
//! };
//! let outcome = irv(&e, &TieBreak::Backward { seed: Some(1) })?;
//! // Nobody has a majority of 19; Citra is excluded and her 4 votes elect Budi, 11 to 8.
//! assert_eq!(outcome.elected, vec![1]);
//! assert_eq!(outcome.stages.len(), 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod marks;
mod messages;
mod runoff;
mod second_round;
mod tie;

pub use marks::{approval, block_vote, limited_vote, plurality};
pub use runoff::{contingent_vote, irv, two_round};
pub use second_round::mark_column;
pub(crate) use second_round::not_in_runoff_message;

use super::{
    CandidateIndex, CandidateResult, CandidateStatus, Outcome, RankedElection, Stage, StageAction,
    TallyError, Votes,
};

/// Checks what every method needs: seats to fill and ballots that name real candidates.
fn check(e: &RankedElection) -> Result<(), TallyError> {
    if e.seats == 0 {
        return Err(TallyError::NoSeats);
    }
    let n = e.candidates.len();
    for (i, b) in e.ballots.iter().enumerate() {
        for &c in b.ranks.iter().flatten() {
            if c as usize >= n {
                return Err(TallyError::UnknownCandidate {
                    ballot: i,
                    line: None,
                    candidate: u64::from(c) + 1,
                    candidates: n,
                });
            }
        }
    }
    Ok(())
}

/// `true` for candidates in the count (not withdrawn).
fn standing(e: &RankedElection) -> Vec<bool> {
    let mut s = vec![true; e.candidates.len()];
    for &w in &e.withdrawn {
        if let Some(x) = s.get_mut(w as usize) {
            *x = false;
        }
    }
    s
}

fn votes(v: u128) -> Result<Votes, TallyError> {
    i128::try_from(v)
        .map(Votes::whole)
        .map_err(|_| TallyError::Overflow)
}

fn add(total: &mut u128, w: u64) -> Result<(), TallyError> {
    *total = total
        .checked_add(u128::from(w))
        .ok_or(TallyError::Overflow)?;
    Ok(())
}

/// A stage with whole-vote totals.
fn stage(
    number: u32,
    action: StageAction,
    totals: &[u128],
    non_transferable: u128,
    elected: Vec<CandidateIndex>,
    excluded: Vec<CandidateIndex>,
) -> Result<Stage, TallyError> {
    Ok(Stage {
        number,
        action,
        votes: totals.iter().map(|&v| votes(v)).collect::<Result<_, _>>()?,
        non_transferable: votes(non_transferable)?,
        loss: Votes::whole(0),
        elected,
        excluded,
    })
}

/// The outcome once the count is done: statuses from the stages.
fn finish(
    method: &str,
    e: &RankedElection,
    stages: Vec<Stage>,
    ties: Vec<super::TieRecord>,
) -> Outcome {
    let mut out = Outcome::new(method, e.seats, e.candidates.len());
    for &w in &e.withdrawn {
        if let Some(r) = out.candidates.get_mut(w as usize) {
            r.status = CandidateStatus::Withdrawn;
        }
    }
    for s in &stages {
        for &c in &s.elected {
            out.elected.push(c);
            if let Some(r) = out.candidates.get_mut(c as usize) {
                *r = CandidateResult {
                    status: CandidateStatus::Elected,
                    stage: Some(s.number),
                    seats: None,
                };
            }
        }
        for &c in &s.excluded {
            if let Some(r) = out.candidates.get_mut(c as usize) {
                *r = CandidateResult {
                    status: CandidateStatus::Excluded,
                    stage: Some(s.number),
                    seats: None,
                };
            }
        }
    }
    let filled = u32::try_from(out.elected.len()).unwrap_or(u32::MAX);
    out.unfilled = e.seats.saturating_sub(filled);
    out.stages = stages;
    out.ties = ties;
    out
}
