//! Election counts: ballots and ballot files, counting methods, results and transcripts.
//!
//! This engine works on ballots, not on the document model: read a ballot file (BLT,
//! PrefLib), pick a method, and get the elected candidates in order of election with a
//! stage-by-stage transcript.

mod ballot;
pub mod blt;
pub mod constrained;
mod error;
mod method;
mod outcome;
pub mod preflib;
mod read_error;
mod simple;
pub mod stv;
mod text;
mod votes;

pub use ballot::{
    ApprovalBallot, Candidate, CandidateIndex, ListVotes, RankedBallot, RankedElection,
};
pub use error::TallyError;
pub use method::{METHOD_NAMES, Method, count};
pub use outcome::{
    CandidateResult, CandidateStatus, Outcome, Stage, StageAction, TieBreak, TieRecord,
    TieSettlement,
};
pub use read_error::ReadError;
pub use simple::{approval, block_vote, contingent_vote, irv, limited_vote, plurality, two_round};
pub use votes::Votes;

mod list_pr;
pub use list_pr::{ListMethod, count_list_pr, read_list_votes_csv};
