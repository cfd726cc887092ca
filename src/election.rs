//! Election counts: ballots and ballot files, counting methods, results and transcripts.
//!
//! This engine works on ballots, not on the document model: read a ballot file (BLT,
//! PrefLib), pick a method, and get the elected candidates in order of election with a
//! stage-by-stage transcript.

mod ballot;
pub mod blt;
mod error;
mod outcome;
mod read_error;
pub mod stv;
mod text;
mod votes;

pub use ballot::{
    ApprovalBallot, Candidate, CandidateIndex, ListVotes, RankedBallot, RankedElection,
};
pub use error::TallyError;
pub use outcome::{
    CandidateResult, CandidateStatus, Outcome, Stage, StageAction, TieBreak, TieRecord,
    TieSettlement,
};
pub use read_error::ReadError;
pub use votes::Votes;
