//! The ballot model: candidates, seats and ballots of every kind the methods count.

use super::numbering::{one_based_ranks, one_based_vec};
use super::{Ballots, CandidateNumber};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A candidate's position in its election, 0-based, in the Rust API.
///
/// Everything serialized or shown numbers candidates from 1 instead, as ballot files
/// do: JSON (through `serde`), text transcripts and error messages. See
/// [`CandidateNumber`].
pub type CandidateIndex = u32;

/// A candidate standing in an election.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Candidate {
    /// The name as written in the source file (`Ani Lestari (SPN)`).
    pub name: String,
    /// A short nickname, when the file gives one (BLT `[nick ...]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
}

impl Candidate {
    /// A candidate with a name and no nickname.
    pub fn new(name: impl Into<String>) -> Self {
        Candidate {
            name: name.into(),
            nick: None,
        }
    }
}

/// A ranked ballot: groups of candidates in order of preference.
///
/// Each inner list is one rank; a rank with more than one candidate is an equal
/// ranking (BLT `=`), allowed only where a method says how to count it. `weight` is how
/// many identical ballots this line stands for (the BLT count).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct RankedBallot {
    /// How many voters cast exactly this ballot.
    pub weight: u64,
    /// Ranks from first preference down; each rank holds one or more candidates
    /// (numbered from 1 in JSON).
    #[serde(with = "one_based_ranks")]
    #[schemars(with = "Vec<Vec<CandidateNumber>>")]
    pub ranks: Vec<Vec<CandidateIndex>>,
}

impl RankedBallot {
    /// A ballot with strict preferences (one candidate per rank).
    ///
    /// ```
    /// use union_rulebook::election::RankedBallot;
    /// let b = RankedBallot::strict(3, [2, 0]);
    /// assert_eq!(b.ranks, vec![vec![2], vec![0]]);
    /// assert!(!b.has_equal_ranks());
    /// ```
    pub fn strict(weight: u64, order: impl IntoIterator<Item = CandidateIndex>) -> Self {
        RankedBallot {
            weight,
            ranks: order.into_iter().map(|c| vec![c]).collect(),
        }
    }

    /// Whether some rank holds more than one candidate.
    pub fn has_equal_ranks(&self) -> bool {
        self.ranks.iter().any(|r| r.len() > 1)
    }
}

/// An election on ranked ballots, as a BLT or PrefLib file describes it.
///
/// ```
/// use union_rulebook::election::{Candidate, RankedBallot, RankedElection};
/// let e = RankedElection {
///     title: Some("DPC Bekasi executive".into()),
///     candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![RankedBallot::strict(5, [0, 1]), RankedBallot::strict(3, [1])].into(),
/// };
/// assert_eq!(e.total_weight(), 8);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RankedElection {
    /// The title, when the file gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The candidates, in file order.
    pub candidates: Vec<Candidate>,
    /// How many seats are to be filled.
    pub seats: u32,
    /// Candidates withdrawn before the count (0-based indices, ascending; numbered
    /// from 1 in JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub withdrawn: Vec<CandidateIndex>,
    /// The ballots, identical ones grouped by weight, stored flat ([`Ballots`]; in JSON
    /// a list of `{"weight", "ranks"}` objects).
    #[schemars(with = "Vec<RankedBallot>")]
    pub ballots: Ballots,
}

impl RankedElection {
    /// The number of voters: the sum of the ballots' weights (saturating at
    /// `u64::MAX`; the readers refuse files whose total does not fit).
    pub fn total_weight(&self) -> u64 {
        self.ballots.total_weight()
    }
}

/// An approval ballot: the set of candidates the voter approves of.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct ApprovalBallot {
    /// How many voters cast exactly this ballot.
    pub weight: u64,
    /// The approved candidates (no duplicates; numbered from 1 in JSON).
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub approved: Vec<CandidateIndex>,
}

/// Votes for party lists (list PR): one total per list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListVotes {
    /// The lists (parties), in ballot order.
    pub lists: Vec<Candidate>,
    /// Votes per list, in the same order.
    pub votes: Vec<u64>,
    /// How many seats are to be filled.
    pub seats: u32,
}
