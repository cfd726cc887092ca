//! The result of a count: who is elected, in what order, and the transcript.
//!
//! In Rust every candidate is a 0-based [`CandidateIndex`]; in JSON every candidate is
//! numbered from 1, as in the ballot file (see [`CandidateNumber`](super::CandidateNumber)).

use super::numbering::{one_based, one_based_vec, tie_order};
use super::{CandidateIndex, CandidateNumber, Votes};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The result of counting one election.
///
/// Candidates are 0-based indices in Rust and numbered from 1 in JSON:
/// `elected: [0, 2]` serializes as `"elected": [1, 3]`, and reads back.
/// `elected` is in order of election. `stages` is the full transcript; vote totals are
/// conserved at every stage (the candidates' totals plus the non-transferable votes
/// equal the valid poll, up to what the rule's truncation loses, which is recorded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Outcome {
    /// The method's CLI name (`scottish-stv`, `dhondt`, ...).
    pub method: String,
    /// Seats to fill.
    pub seats: u32,
    /// Elected candidates in order of election (0-based indices; numbered from 1 in JSON).
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub elected: Vec<CandidateIndex>,
    /// What happened to each candidate, in candidate order.
    pub candidates: Vec<CandidateResult>,
    /// The quota, for methods that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<Votes>,
    /// The stage-by-stage transcript.
    pub stages: Vec<Stage>,
    /// Every tie met during the count and how it was settled.
    pub ties: Vec<TieRecord>,
    /// Seats left empty because candidates ran out (0 when all seats are filled).
    pub unfilled: u32,
    /// A two-round vote whose first round gave nobody a majority and whose second-round
    /// ballots were not given: the two candidates of the runoff, the leader first
    /// (0-based; numbered from 1 in JSON). Empty when the count is complete.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub runoff: Vec<CandidateIndex>,
}

impl Outcome {
    /// An outcome with no stages yet: every candidate still continuing.
    pub fn new(method: impl Into<String>, seats: u32, candidates: usize) -> Self {
        Outcome {
            method: method.into(),
            seats,
            elected: Vec::new(),
            candidates: vec![CandidateResult::default(); candidates],
            quota: None,
            stages: Vec::new(),
            ties: Vec::new(),
            unfilled: 0,
            runoff: Vec::new(),
        }
    }

    /// Whether the count still waits for a runoff ([`Outcome::runoff`]).
    pub fn runoff_needed(&self) -> bool {
        !self.runoff.is_empty()
    }
}

/// The fate of one candidate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CandidateResult {
    /// Where the candidate ended.
    pub status: CandidateStatus,
    /// The stage (1-based) at which the candidate was elected or excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u32>,
    /// Seats won, for list methods (a list can win several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
}

/// Where a candidate ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CandidateStatus {
    /// Elected (for a list: won at least one seat).
    Elected,
    /// Excluded during the count.
    Excluded,
    /// Withdrawn before the count.
    Withdrawn,
    /// Still standing when the count ended, not elected.
    #[default]
    NotElected,
}

/// One stage of a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Stage {
    /// 1-based stage number.
    pub number: u32,
    /// What the stage did.
    pub action: StageAction,
    /// Each candidate's total at the end of the stage, in candidate order.
    pub votes: Vec<Votes>,
    /// Votes that could not be transferred (exhausted), cumulative.
    pub non_transferable: Votes,
    /// Votes lost to truncation of transfer values, cumulative (0 for most methods).
    pub loss: Votes,
    /// Candidates elected at this stage, in order of election (0-based; numbered from
    /// 1 in JSON).
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub elected: Vec<CandidateIndex>,
    /// Candidates excluded at this stage (0-based; numbered from 1 in JSON).
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub excluded: Vec<CandidateIndex>,
}

/// What a stage did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StageAction {
    /// The first count (first preferences, or the only count of a single-round method).
    FirstCount,
    /// A surplus transferred from an elected candidate.
    Surplus {
        /// Whose surplus (0-based; numbered from 1 in JSON).
        #[serde(with = "one_based")]
        #[schemars(with = "CandidateNumber")]
        candidate: CandidateIndex,
        /// The transfer value applied.
        transfer_value: Votes,
    },
    /// Candidates excluded and their votes transferred.
    Exclusion {
        /// The excluded candidates (0-based; numbered from 1 in JSON).
        #[serde(with = "one_based_vec")]
        #[schemars(with = "Vec<CandidateNumber>")]
        candidates: Vec<CandidateIndex>,
    },
    /// An iteration of an iterative method (Meek) or a runoff round.
    Round {
        /// A short description (`runoff`, `iteration 7`).
        label: String,
    },
    /// Seats allocated (list methods).
    Allocation,
}

/// A tie met during a count and how it was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TieRecord {
    /// The stage at which the tie arose.
    pub stage: u32,
    /// The tied candidates (0-based; numbered from 1 in JSON).
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub candidates: Vec<CandidateIndex>,
    /// What was decided: elect, exclude, or the last seat.
    pub purpose: String,
    /// How it was settled.
    pub settled_by: TieSettlement,
    /// The candidate the tie was settled for (0-based; numbered from 1 in JSON).
    #[serde(with = "one_based")]
    #[schemars(with = "CandidateNumber")]
    pub chosen: CandidateIndex,
}

/// How a tie was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TieSettlement {
    /// By the totals at an earlier stage.
    EarlierStage {
        /// The stage whose totals decided.
        stage: u32,
    },
    /// By lot drawn from a recorded seed (see [`Lot`](crate::Lot)).
    Lot {
        /// The seed the lot was drawn from.
        seed: u64,
    },
    /// By an order the caller supplied.
    GivenOrder,
}

/// How a count settles ties. Ties are never settled silently: whatever the policy, the
/// outcome records each tie in [`Outcome::ties`].
///
/// No lot is drawn unless the caller chose one: a policy whose `seed` is `None` settles
/// what it can (by earlier stages for [`TieBreak::Forward`] and [`TieBreak::Backward`])
/// and stops with [`TallyError::LotNeeded`](super::TallyError::LotNeeded) at a tie only
/// a lot can settle. In JSON, `{"kind": "backward"}` has no seed and
/// `{"kind": "backward", "seed": 7}` draws its lots from 7.
///
/// ```
/// use union_rulebook::election::TieBreak;
/// let t: TieBreak = serde_json::from_str(r#"{"kind": "backward"}"#)?;
/// assert_eq!(t, TieBreak::Backward { seed: None });
/// assert_eq!(serde_json::to_string(&TieBreak::Lot { seed: Some(7) })?, r#"{"kind":"lot","seed":7}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TieBreak {
    /// Look at earlier stages, from the first stage forward, for the first at which the
    /// tied candidates had unequal totals; if none, draw lots with `seed` (without a
    /// seed, stop with an error naming the tie).
    Forward {
        /// Seed for the lot when no stage decides; `None`: no lot, an error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seed: Option<u64>,
    },
    /// Look at earlier stages from the most recent backward (the Scottish rule); if
    /// none decides, draw lots with `seed` (without a seed, stop with an error naming
    /// the tie).
    Backward {
        /// Seed for the lot when no stage decides; `None`: no lot, an error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seed: Option<u64>,
    },
    /// Draw lots at once, with `seed` (without a seed, stop with an error naming the
    /// tie).
    Lot {
        /// Seed for the lot; `None`: no lot, an error.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seed: Option<u64>,
    },
    /// A priority order given by the caller (earlier in the list wins a tie to be
    /// elected and survives a tie to be excluded), for a lot drawn before the count.
    ///
    /// In JSON: `{"kind": "order", "order": [3, 1, 2]}`, candidates numbered from 1.
    Order(
        #[serde(with = "tie_order")]
        #[schemars(with = "TieOrder")]
        Vec<CandidateIndex>,
    ),
    /// Do not settle: the count stops with an error naming the tie, for the caller to
    /// settle (and re-run with [`TieBreak::Order`]).
    Fail,
}

/// The JSON shape of [`TieBreak::Order`]: the order under the key `order` (serde cannot
/// write a bare list inside an enum tagged by `kind`).
#[derive(JsonSchema)]
#[allow(dead_code)] // only its schema is used
struct TieOrder {
    /// The priority order, strongest first, candidates numbered from 1.
    order: Vec<CandidateNumber>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tie_break_round_trips_through_json() {
        for t in [
            TieBreak::Forward { seed: Some(1) },
            TieBreak::Backward { seed: Some(2) },
            TieBreak::Backward { seed: None },
            TieBreak::Lot { seed: Some(3) },
            TieBreak::Order(vec![2, 0, 1]),
            TieBreak::Fail,
        ] {
            let json = serde_json::to_string(&t).unwrap_or_default();
            let back: Option<TieBreak> = serde_json::from_str(&json).ok();
            assert_eq!(back.as_ref(), Some(&t), "{json}");
        }
        let json = serde_json::to_string(&TieBreak::Order(vec![2, 0])).unwrap_or_default();
        assert_eq!(json, r#"{"kind":"order","order":[3,1]}"#);
    }
}
