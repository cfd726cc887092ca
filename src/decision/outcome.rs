//! The result of a decision: the data, kept apart from its rendering.

use super::motion::{Base, Comparison, Entitled, Measure, Weighting};
use crate::Share;
use schemars::JsonSchema;
use serde::Serialize;

/// A decided motion, with every number that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Decision {
    /// The motion's id.
    pub motion: String,
    /// What was decided.
    pub verdict: Verdict,
    /// One vote per delegate or card vote.
    pub weighting: Weighting,
    /// Who was entitled and who was present.
    pub attendance: Attendance,
    /// Whether the meeting was quorate, clause by clause.
    pub quorum: QuorumCheck,
    /// The votes counted (weighted in a card vote).
    pub tally: Tally,
    /// The majority that applied and how each option fared.
    pub majority: MajorityCheck,
}

/// What was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Verdict {
    /// A yes/no motion: `yes` reached the majority.
    Carried,
    /// A yes/no motion: `yes` did not reach the majority.
    Rejected,
    /// A motion with options: this option reached the majority.
    Adopted {
        /// The adopted option.
        option: String,
    },
    /// A motion with options: no option reached the majority.
    NoMajority,
    /// A motion with options: more than one option reached a majority of a half or
    /// less, with equal votes; the rule does not decide between them.
    Tie {
        /// The tied options.
        options: Vec<String>,
    },
    /// The meeting was not quorate: nothing could be decided.
    NotQuorate,
}

/// Who was entitled to attend, and who was present (in person or by proxy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
pub struct Attendance {
    /// Delegates entitled to attend.
    pub entitled: u64,
    /// Of them, entitled to vote.
    pub entitled_voting: u64,
    /// Vote weight of all delegates.
    pub entitled_weight: u128,
    /// Vote weight of the voting delegates.
    pub entitled_voting_weight: u128,
    /// Delegates present (in person, or by proxy where proxies count for the quorum).
    pub present: u64,
    /// Voting delegates present.
    pub present_voting: u64,
    /// Vote weight of the delegates present.
    pub present_weight: u128,
    /// Vote weight of the voting delegates present.
    pub present_voting_weight: u128,
    /// Delegates represented by proxy.
    pub by_proxy: u64,
}

/// One quorum clause, evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct QuorumCheck {
    /// The clause.
    pub clause: QuorumClause,
    /// Whether it was met.
    pub met: bool,
    /// How many were present, as the clause counts them (not for `any-of`/`all-of`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub present: Option<u128>,
    /// How many the clause needed (not for `any-of`/`all-of`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<u128>,
    /// The sub-clauses of `any-of`/`all-of`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<QuorumCheck>,
}

/// A quorum clause, without its sub-clauses (they are in [`QuorumCheck::parts`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum QuorumClause {
    /// No quorum.
    None,
    /// A share of those entitled.
    Share {
        /// The share.
        share: Share,
        /// Of whom.
        of: Entitled,
        /// At least or more than.
        comparison: Comparison,
        /// Heads or weights.
        measure: Measure,
        /// How many are entitled, as counted.
        entitled: u128,
    },
    /// A fixed number.
    Count {
        /// The number.
        count: u64,
        /// At least or more than.
        comparison: Comparison,
        /// Whom.
        of: Entitled,
        /// Heads or weights.
        measure: Measure,
    },
    /// Any sub-clause suffices.
    AnyOf,
    /// Every sub-clause is needed.
    AllOf,
}

/// The votes counted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
pub struct Tally {
    /// Votes for each option, in the motion's order.
    pub options: Vec<OptionVotes>,
    /// Abstentions.
    pub abstain: u128,
    /// Blank votes.
    pub blank: u128,
    /// Invalid votes.
    pub invalid: u128,
    /// Proxy votes among all of these.
    pub by_proxy: u128,
}

/// Votes for one option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OptionVotes {
    /// The option.
    pub option: String,
    /// Its votes.
    pub votes: u128,
}

/// The majority applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MajorityCheck {
    /// The share needed.
    pub share: Share,
    /// At least or more than.
    pub comparison: Comparison,
    /// What counted as 100%.
    pub base: Base,
    /// The size of the base, in votes.
    pub base_votes: u128,
    /// The fewest votes that meet the majority.
    pub required: u128,
    /// The options that met it.
    pub met_by: Vec<String>,
}
