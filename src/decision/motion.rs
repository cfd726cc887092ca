//! The input: a motion, the delegates entitled to vote on it, the votes, and the rule.

use super::Formula;
use super::weight::{Fractions, Weight};
use crate::Share;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A motion put to a meeting: its options, who may vote, the votes cast and the rule that
/// decides it.
///
/// ```
/// use union_rulebook::decision::Motion;
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "amend-art-12",
///   "rule": { "quorum": { "kind": "share", "share": "2/3", "of": "all" },
///             "majority": { "share": "2/3", "comparison": "at-least", "base": "yes-no-abstain" } },
///   "delegates": [ { "id": "d1" }, { "id": "d2" }, { "id": "d3" } ],
///   "votes": [ { "delegate": "d1", "choice": "yes" }, { "delegate": "d2", "choice": "yes" } ]
/// }"#)?;
/// assert_eq!(motion.options, ["yes", "no"]);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Motion {
    /// The JSON Schema the file names for editors (`"$schema":
    /// "schemas/motion.schema.json"`): kept as written, never fetched or checked.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// An identifier for the motion (`amend-art-12`).
    pub id: String,
    /// The motion's wording or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The options voted on. A plain motion has `["yes", "no"]` (the default): it is
    /// carried when `yes` reaches the majority. With other options, the option that
    /// reaches the majority is adopted. `abstain`, `blank` and `invalid` are not options:
    /// they are ways of not choosing one, and only some bases count them.
    #[serde(default = "yes_no")]
    pub options: Vec<String>,
    /// The rule: quorum, majority, weighting and proxies.
    pub rule: DecisionRule,
    /// Everyone entitled to attend, with their vote weight and whether they may vote
    /// (may be empty when `delegate_groups` gives them as counts).
    #[serde(default)]
    pub delegates: Vec<Delegate>,
    /// The votes cast.
    #[serde(default)]
    pub votes: Vec<Vote>,
    /// Delegates entitled as counts, one entry per unit or group ("DPC Bekasi: 12
    /// delegates"), for a congress too large to list one by one; besides
    /// `delegates`, or instead of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegate_groups: Vec<DelegateGroup>,
    /// The votes of the delegate groups, as counts per group and choice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_votes: Vec<GroupVote>,
    /// Named numbers a quorum formula may use (`board` for the board's size,
    /// `members` for the union's membership), besides those counted from the
    /// delegates (see [`Quorum::Formula`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variables: BTreeMap<String, u64>,
}

fn yes_no() -> Vec<String> {
    vec!["yes".to_string(), "no".to_string()]
}

/// Someone entitled to attend the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    /// The delegate's id (a person id or a delegate number).
    pub id: String,
    /// Votes carried in a card vote (usually the members the delegate represents):
    /// a whole number, or as text a decimal (`"2.5"`) or a fraction (`"1000/3"`), which
    /// the rule's [`fractions`](DecisionRule::fractions) round. Ignored when every
    /// delegate has one vote. Default 1.
    #[serde(default)]
    pub weight: Weight,
    /// Whether the delegate may vote (observers and advisers may attend without a
    /// vote). Default true.
    #[serde(default = "yes")]
    pub voting: bool,
    /// Whether the delegate is present. A delegate who votes in person is present
    /// whatever this says. Default false.
    #[serde(default)]
    pub present: bool,
}

fn yes() -> bool {
    true
}

/// Delegates entitled as a count: a unit's or a group's delegation, each with the
/// same weight and right to vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegateGroup {
    /// The unit or group (`dpc-bekasi`), unique among the groups.
    pub group: String,
    /// How many delegates it has.
    pub count: u64,
    /// Votes each delegate carries in a card vote, exact as for
    /// [`Delegate::weight`]. Default 1.
    #[serde(default)]
    pub weight: Weight,
    /// Whether its delegates may vote. Default true.
    #[serde(default = "yes")]
    pub voting: bool,
    /// How many of them are present (those who vote count as present whatever this
    /// says). Default 0.
    #[serde(default)]
    pub present: u64,
}

/// Votes of a delegate group for one choice, as a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupVote {
    /// The delegate group.
    pub group: String,
    /// The option chosen, or `abstain`, `blank` or `invalid`.
    pub choice: String,
    /// How many of the group's delegates chose it.
    pub count: u64,
}

/// One vote cast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// Who cast it (the proxy holder, for a proxy vote).
    pub delegate: String,
    /// The option chosen, or `abstain`, `blank` or `invalid`.
    pub choice: String,
    /// For a proxy vote: the absent delegate on whose behalf it is cast.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_for: Option<String>,
}

/// How a motion is decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRule {
    /// When the meeting may decide at all.
    #[serde(default)]
    pub quorum: Quorum,
    /// How many votes carry the motion.
    pub majority: Majority,
    /// One vote per delegate, or votes weighted by membership (card vote).
    #[serde(default)]
    pub weighting: Weighting,
    /// Whether and how absent delegates may vote by proxy.
    #[serde(default)]
    pub proxies: ProxyRule,
    /// How a fraction of a vote is rounded, when weights are fractional (needed then:
    /// `fractional-weight-without-rounding` otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fractions: Option<Fractions>,
}

/// A quorum rule: who must be present before a meeting may decide.
///
/// Statutes combine clauses: "two thirds of all delegates or three quarters of the
/// voting delegates" is an `any-of` of two shares; "more than the board's size and at
/// least 20" is an `all-of` of two counts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Quorum {
    /// No quorum: any meeting may decide.
    #[default]
    None,
    /// A share of those entitled must be present.
    Share {
        /// The share (`"2/3"`, `"50%"`).
        share: Share,
        /// Of whom: all delegates, or the voting delegates only.
        #[serde(default)]
        of: Entitled,
        /// `at-least` (the default) or `more-than` the share.
        #[serde(default)]
        comparison: Comparison,
        /// Count heads (the default) or vote weights.
        #[serde(default)]
        measure: Measure,
    },
    /// A fixed number must be present.
    Count {
        /// The number.
        count: u64,
        /// `at-least` (the default) or `more-than` the number.
        #[serde(default)]
        comparison: Comparison,
        /// Whom to count: all delegates present, or voting delegates only.
        #[serde(default)]
        of: Entitled,
        /// Count heads (the default) or vote weights.
        #[serde(default)]
        measure: Measure,
    },
    /// A number given by a formula over named variables must be present: "half the
    /// board plus one, but never fewer than 15" is `max(board / 2 + 1, 15)`. The
    /// formula may use the motion's `variables` and the counts of the delegates:
    /// `entitled` and `present` (of whom `of` says, by the `measure`), and
    /// `entitled_all`, `entitled_voting`, `present_all`, `present_voting` (heads).
    /// Its value is exact; "at least" a value needs its ceiling, "more than" the next
    /// whole number above.
    Formula {
        /// The formula.
        formula: Formula,
        /// `at-least` (the default) or `more-than` the value.
        #[serde(default)]
        comparison: Comparison,
        /// Whom to count: all delegates present, or voting delegates only.
        #[serde(default)]
        of: Entitled,
        /// Count heads (the default) or vote weights.
        #[serde(default)]
        measure: Measure,
    },
    /// Quorate when any of the clauses is met.
    AnyOf {
        /// The clauses.
        rules: Vec<Quorum>,
    },
    /// Quorate when every clause is met.
    AllOf {
        /// The clauses.
        rules: Vec<Quorum>,
    },
}

/// Which delegates a quorum clause counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Entitled {
    /// Every delegate entitled to attend.
    #[default]
    All,
    /// Only the delegates entitled to vote.
    Voting,
}

/// Whether a threshold is met at equality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// Met when equal or above ("at least two thirds").
    #[default]
    AtLeast,
    /// Met only above ("more than half").
    MoreThan,
}

/// Whether a quorum counts people or their vote weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// One per delegate.
    #[default]
    Heads,
    /// The delegates' vote weights (card vote).
    Weight,
}

/// The majority that carries a motion: a share of a stated base.
///
/// A simple majority of votes cast is `{share: "1/2", comparison: "more-than", base:
/// "yes-no"}`; an absolute majority of members is the same over `entitled`; a
/// two-thirds majority for statute changes is `{share: "2/3", comparison: "at-least"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Majority {
    /// The share of the base the winning option needs.
    pub share: Share,
    /// `more-than` or `at-least` that share.
    pub comparison: Comparison,
    /// What counts as 100%.
    pub base: Base,
    /// A floor on the votes the winning option needs, as a formula over the motion's
    /// `variables` and the counts of the delegates entitled to vote: `entitled` and
    /// `present` (heads, or vote weights in a card vote), and `entitled_all`,
    /// `entitled_voting`, `present_all`, `present_voting` (heads), as for a quorum
    /// formula. The option needs at least its value as well as the share of the base.
    /// TULRCA 1992 s.226(2A)-(2C) (inserted by the Trade Union Act 2016 s.3): beside
    /// "the majority voting in the ballot", where most of those entitled provide
    /// important public services "at least 40% of those who were entitled to vote in
    /// the ballot answered 'Yes'": `minimum = "entitled * 2 / 5"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<super::Formula>,
}

/// What counts as 100% when a majority is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// The votes for the options (yes + no): abstentions, blanks and invalid votes do
    /// not count.
    YesNo,
    /// The votes for the options and abstentions.
    YesNoAbstain,
    /// Every valid vote: options, abstentions and blank votes.
    Valid,
    /// Every vote cast, invalid ones included.
    Cast,
    /// Every vote of every delegate entitled to vote, present or not (an absolute
    /// majority of members).
    Entitled,
    /// Every vote of the voting delegates present (in person or by proxy).
    EntitledPresent,
}

/// One vote per delegate, or a card vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Weighting {
    /// Every voting delegate has one vote.
    #[default]
    PerDelegate,
    /// Each delegate's vote counts its `weight` (members represented).
    Card,
}

/// Whether absent delegates may vote by proxy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyRule {
    /// Whether proxy votes are allowed at all. Default false.
    #[serde(default)]
    pub allowed: bool,
    /// The most proxies one delegate may hold, when limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_holder: Option<u32>,
    /// Whether delegates represented by proxy count as present for the quorum.
    /// Default true.
    #[serde(default = "yes")]
    pub count_for_quorum: bool,
}

impl Default for ProxyRule {
    fn default() -> Self {
        ProxyRule {
            allowed: false,
            max_per_holder: None,
            count_for_quorum: true,
        }
    }
}
