//! Why a count could not be made.

use super::CandidateIndex;

/// Why a count could not be made.
///
/// A count fails only on input it cannot count (no seats, a method that cannot read
/// equal rankings) or on a tie the caller asked to settle itself ([`TieBreak::Fail`]).
///
/// [`TieBreak::Fail`]: super::TieBreak::Fail
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TallyError {
    /// The election has no seats to fill.
    #[error("no seats to fill: expected at least 1 seat")]
    NoSeats,
    /// The method does not accept this kind of ballot.
    #[error("method {method} cannot count {what}")]
    Unsupported {
        /// The method's name.
        method: &'static str,
        /// What it cannot count (`equal rankings`, `more than 1 seat`, ...).
        what: String,
    },
    /// A ballot names a candidate that does not exist.
    #[error(
        "ballot {ballot} names candidate {candidate}, but there are only {candidates} candidates"
    )]
    UnknownCandidate {
        /// 0-based ballot line.
        ballot: usize,
        /// The 1-based candidate number found.
        candidate: u64,
        /// How many candidates there are.
        candidates: usize,
    },
    /// A tie the caller asked to settle (with [`TieBreak::Fail`](super::TieBreak::Fail)).
    #[error(
        "tie at stage {stage} between candidates {} for {purpose}: settle it and count again with a given order",
        super::numbering::numbers(.candidates)
    )]
    Tie {
        /// The stage at which the tie arose.
        stage: u32,
        /// The tied candidates (0-based; the message numbers them from 1).
        candidates: Vec<CandidateIndex>,
        /// What the tie decides (`exclusion`, `election`, `the last seat`).
        purpose: String,
    },
    /// The apportionment behind a list count failed (no list reaches the threshold, a
    /// tie order that misses a tied list, ...).
    #[error(transparent)]
    Apportionment(#[from] crate::apportionment::ApportionError),
    /// No candidate has a majority in the first round of a two-round election, and the
    /// second-round ballots were not given.
    #[error(
        "no candidate has a majority of the votes cast: the runoff is between candidates {} and {} (numbered from 1); give the second-round ballots",
        .finalists[0] + 1,
        .finalists[1] + 1
    )]
    RunoffNeeded {
        /// The two finalists (0-based), the leader first.
        finalists: [CandidateIndex; 2],
    },
    /// The constraints of a constrained count contradict themselves or the election
    /// (a floor above its ceiling, floors that need more seats than there are).
    #[error(transparent)]
    Constraint(#[from] crate::election::constrained::ConstraintError),
    /// A total exceeded what the arithmetic can hold.
    #[error("vote totals overflow the counting arithmetic")]
    Overflow,
}
