//! Election counts: ballots and ballot files, counting methods, results and transcripts.
//!
//! This engine works on ballots, not on the document model: read a ballot file (BLT,
//! PrefLib), pick a method, and get the elected candidates in order of election with a
//! stage-by-stage transcript.
//!
//! # Candidate numbering
//!
//! One numbering is shown to the world: candidates are **numbered from 1**, as in the
//! ballot file (BLT, PrefLib), in every serialized value ([`Outcome`], [`TallyReport`],
//! [`RankedElection`], [`TieBreak::Order`], `rulebook tally --format json`), in every
//! text ([`TallyReport::render_text`]) and in every error message
//! ([`TallyError::Tie`]). The Rust API indexes candidates from 0 instead
//! ([`CandidateIndex`], a position in `candidates`); [`CandidateNumber`] converts, and
//! `serde` converts on the way in and out.
//!
//! ```
//! use union_rulebook::election::{count, Candidate, Method, RankedBallot, RankedElection, TieBreak};
//! let e = RankedElection {
//!     title: None,
//!     candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
//!     seats: 1,
//!     withdrawn: vec![],
//!     ballots: vec![RankedBallot::strict(3, [1]), RankedBallot::strict(1, [0])].into(),
//! };
//! let outcome = count(&e, &Method::Plurality, &TieBreak::Fail, None)?;
//! assert_eq!(outcome.elected, vec![1]); // Rust: 0-based
//! assert_eq!(serde_json::to_value(&outcome)?["elected"], serde_json::json!([2])); // JSON: from 1
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod ballot;
mod ballots;
pub mod blt;
pub mod constrained;
mod error;
mod messages;
mod method;
mod numbering;
mod outcome;
pub mod preflib;
mod read_error;
mod report;
mod simple;
pub mod stv;
mod text;
mod votes;
mod window;

pub use ballot::{
    ApprovalBallot, Candidate, CandidateIndex, ListVotes, RankedBallot, RankedElection,
};
pub use ballots::{BallotIter, BallotRef, Ballots, RankIter, Ranks};
pub use error::TallyError;
pub use method::{METHOD_NAMES, Method, SettingsError, TallySettings, TiePolicy, count};
pub use numbering::CandidateNumber;
pub use outcome::{
    CandidateResult, CandidateStatus, Outcome, Stage, StageAction, TieBreak, TieRecord,
    TieSettlement,
};
pub use read_error::ReadError;
pub use report::{
    CandidateLine, ElectedCandidate, RunoffCandidate, StageTransfer, TallyReport, TallyStatus,
    tally, tally_lists,
};
pub use simple::{
    approval, block_vote, contingent_vote, irv, limited_vote, mark_column, plurality, two_round,
};
pub use votes::Votes;

mod list_pr;
pub use list_pr::{ListMethod, count_list_pr, read_list_votes_csv};
mod list_candidates;
pub use list_candidates::{
    ElectedFromList, FloorOutcome, ListCandidate, ListCandidates, ListElectionError,
    ListElectionReport, ListFloor, ListOptions, ListOutcome, NamedList, SeatMove, elect_lists,
};
