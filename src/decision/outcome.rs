//! The result of a decision: the data, kept apart from its rendering.

use super::motion::{Base, Comparison, Entitled, Measure, Weighting};
use crate::{Finding, Share};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A decided motion, with every number that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
    /// How fractions of a vote were rounded, when the rule says (fractional weights).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fractions: Option<super::weight::FractionsApplied>,
}

/// What was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct QuorumCheck {
    /// The clause.
    pub clause: QuorumClause,
    /// Whether it was met.
    pub met: bool,
    /// How many were present, as the clause counts them (not for `any-of`/`all-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<u128>,
    /// How many the clause needed (not for `any-of`/`all-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<u128>,
    /// The sub-clauses of `any-of`/`all-of`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<QuorumCheck>,
}

/// A quorum clause, without its sub-clauses (they are in [`QuorumCheck::parts`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
        #[serde(with = "tagged_u128")]
        #[schemars(with = "u128")]
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
    /// A number given by a formula.
    Formula {
        /// The formula as written.
        formula: String,
        /// Its exact value: an integer, or a fraction `p/q` in lowest terms.
        value: String,
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
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OptionVotes {
    /// The option.
    pub option: String,
    /// Its votes.
    pub votes: u128,
}

/// The majority applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MajorityCheck {
    /// The share needed.
    pub share: Share,
    /// At least or more than.
    pub comparison: Comparison,
    /// What counted as 100%.
    pub base: Base,
    /// The size of the base, in votes.
    pub base_votes: u128,
    /// The fewest votes that meet the majority (the share of the base, or the
    /// `minimum` when that is more).
    pub required: u128,
    /// The options that met it.
    pub met_by: Vec<String>,
    /// The rule's floor on the winning votes, when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<MinimumVotes>,
}

/// A majority's floor on the winning votes, evaluated.
///
/// ```
/// use union_rulebook::decision::{decide, Motion, Verdict};
/// // TULRCA s.226(2C): Yes from at least 40% of the 1,001 entitled: 2002/5, so 401.
/// let motion: Motion = serde_json::from_str(r#"{"id": "strike",
///   "rule": {"majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no",
///                         "minimum": "entitled * 2 / 5"}},
///   "delegate_groups": [{"group": "members", "count": 1001}],
///   "group_votes": [{"group": "members", "choice": "yes", "count": 390},
///                   {"group": "members", "choice": "no", "count": 210}]}"#)?;
/// let d = decide(&motion)?;
/// let m = d.majority.minimum.as_ref().ok_or("minimum")?;
/// assert_eq!((m.value.as_str(), m.votes), ("2002/5", 401));
/// assert_eq!(d.verdict, Verdict::Rejected);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MinimumVotes {
    /// The formula.
    pub formula: String,
    /// Its exact value (`2/5` of 1,001 is `2002/5`).
    pub value: String,
    /// The fewest whole votes that reach it.
    pub votes: u128,
}

/// Why a motion could not be decided, as `rulebook decide --format json` prints it:
/// every problem [`check`](super::check) found in its votes, as findings.
///
/// ```
/// use union_rulebook::decision::{decide, DecisionErrors, Motion};
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "m1",
///   "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
///   "delegates": [ { "id": "a" } ],
///   "votes": [ { "delegate": "a", "choice": "yes" }, { "delegate": "a", "choice": "no" } ]
/// }"#)?;
/// let Err(e) = decide(&motion) else { return Err("expected an error".into()) };
/// let report = DecisionErrors::from(e);
/// assert!(serde_json::to_value(&report)?["errors"][0]["code"].is_string());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DecisionErrors {
    /// The problems, each with a code, a JSON path into the motion and a message.
    pub errors: Vec<Finding>,
}

impl From<super::DecisionError> for DecisionErrors {
    fn from(e: super::DecisionError) -> Self {
        DecisionErrors { errors: e.0 }
    }
}

impl DecisionErrors {
    /// The problems as text for people, one finding a line (as
    /// [`diagnostics::render_text`](crate::diagnostics::render_text) renders them).
    pub fn render_text(&self) -> String {
        crate::diagnostics::render_text(&self.errors)
    }
}

/// `serde(with)` for a `u128` inside an internally tagged enum: serde buffers such an
/// enum's fields, and its buffer has no 128-bit integers, so the number is read through
/// a visitor that takes every integer the buffer can hold.
mod tagged_u128 {
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` passes `&T`
    pub(super) fn serialize<S: Serializer>(n: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u128(*n)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = u128;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number of at least 0")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<u128, E> {
                Ok(u128::from(v))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<u128, E> {
                Ok(v)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<u128, E> {
                u128::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
        }
        d.deserialize_any(V)
    }
}
