//! One version of a representation rule: what it requires, where, how hard, and what
//! happens when it is not met.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Escape, GroupId, Rounding, RuleId, Share};
use crate::model::{Body, BodyKind};

/// What a rule requires of a body's composition: the five shapes of domain §3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "shape", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Shape {
    /// At least `share` of the seats for `group` (ITUC and Indonesian party law 30%;
    /// UNI and IndustriALL 40%; PSI parity 50%).
    ShareFloor {
        /// The group.
        group: GroupId,
        /// The smallest share.
        #[serde(deserialize_with = "Share::deserialize_strict")]
        #[schemars(schema_with = "Share::strict_json_schema")]
        share: Share,
        /// How the share of seats becomes whole seats.
        rounding: Rounding,
    },
    /// Every listed group between `min` and `max` of the seats (ETUC: each gender
    /// between 40% and 60%; UGT Spain: neither sex under 20%). Binds every group
    /// listed, men too. The maximum is rounded as the complement of a floor:
    /// `seats - round(seats * (1 - max))`.
    Band {
        /// The groups, each bound by the band.
        groups: Vec<GroupId>,
        /// The smallest share for each group.
        #[serde(deserialize_with = "Share::deserialize_strict")]
        #[schemars(schema_with = "Share::strict_json_schema")]
        min: Share,
        /// The largest share for each group.
        #[serde(deserialize_with = "Share::deserialize_strict")]
        #[schemars(schema_with = "Share::strict_json_schema")]
        max: Share,
        /// How shares of seats become whole seats.
        rounding: Rounding,
    },
    /// `group` at least in proportion to its share of an explicit reference
    /// population (ver.di and IG Metall: the membership at that level; UNISON: the
    /// electorate of the seat; German works councils: the workforce, BetrVG §15(2)).
    Proportional {
        /// The group.
        group: GroupId,
        /// The population whose share is used.
        reference: Reference,
        /// How the share of seats becomes whole seats.
        rounding: Rounding,
        /// The share adjusted before rounding: an offset in points, a factor, a
        /// switch of form below a threshold ([`Adjust`](super::Adjust)).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        adjust: Option<super::Adjust>,
    },
    /// At least `count` seats for `group` ("at least one woman among a region's
    /// seats"; "three reserved seats for Black workers, at least one a woman").
    CountFloor {
        /// The group.
        group: GroupId,
        /// The smallest number of seats.
        count: u32,
    },
    /// Another requirement that applies only to bodies of at least `from_seats` seats
    /// (German works councils from 3 seats, BetrVG §15(2); "a delegation of 3 or more
    /// includes a woman").
    FromSize {
        /// The smallest body size the rule applies to.
        from_seats: u32,
        /// What is required from that size up.
        then: Box<Shape>,
    },
}

impl Shape {
    /// The groups the shape constrains, in the order written.
    pub fn groups(&self) -> Vec<&GroupId> {
        match self {
            Shape::ShareFloor { group, .. }
            | Shape::Proportional { group, .. }
            | Shape::CountFloor { group, .. } => vec![group],
            Shape::Band { groups, .. } => groups.iter().collect(),
            Shape::FromSize { then, .. } => then.groups(),
        }
    }

    /// [`Shape::groups`] as a slice, without allocating (an audit asks for every
    /// rule on every body).
    pub(crate) fn group_slice(&self) -> &[GroupId] {
        match self {
            Shape::ShareFloor { group, .. }
            | Shape::Proportional { group, .. }
            | Shape::CountFloor { group, .. } => std::slice::from_ref(group),
            Shape::Band { groups, .. } => groups,
            Shape::FromSize { then, .. } => then.group_slice(),
        }
    }
}

/// The reference population of a proportional floor. It must be explicit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "population", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Reference {
    /// The membership statistics of the body's own unit, as in force on the audit
    /// date (the counts by gender each unit reports).
    UnitMembership,
    /// Counts given in the policy itself: the electorate of a seat, the workforce of
    /// an establishment, or another population. `label` names it in messages.
    Given {
        /// What the population is (`workforce`, `electorate`).
        label: String,
        /// Members of the group in the population.
        group_count: u64,
        /// The whole population.
        total: u64,
    },
}

/// What a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Target {
    /// Bodies (executives, councils, committees).
    Bodies,
    /// Delegations (to a congress).
    Delegations,
    /// Candidate lists.
    CandidateLists,
    /// The holders of the posts named in the scope (a single office or a pair of
    /// offices such as chair and vice-chair).
    Offices,
}

/// Which seats of a body a rule looks at.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum SeatKind {
    /// Titular and substitute seats alike.
    All,
    /// Only titular seats.
    Titular,
    /// Only substitute seats.
    Substitute,
}

/// Where a rule applies. Empty lists mean "no restriction on this dimension".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// What the rule applies to.
    #[serde(default = "default_targets")]
    pub targets: Vec<Target>,
    /// Body kinds (`executive`, `congress`).
    #[serde(default)]
    pub body_kinds: Vec<String>,
    /// Levels (`DPP`, `DPC`).
    #[serde(default)]
    pub levels: Vec<String>,
    /// Unit ids: each names the whole subtree under that unit.
    #[serde(default)]
    pub units: Vec<String>,
    /// Named bodies, by id.
    #[serde(default)]
    pub bodies: Vec<String>,
    /// Post ids, for rules on offices (`chair`, `vice-chair`).
    #[serde(default)]
    pub posts: Vec<String>,
    /// Which seats count.
    #[serde(default = "default_seats")]
    pub seats: SeatKind,
}

fn default_targets() -> Vec<Target> {
    vec![Target::Bodies]
}

fn default_seats() -> SeatKind {
    SeatKind::All
}

impl Default for Scope {
    fn default() -> Self {
        Scope {
            targets: default_targets(),
            body_kinds: Vec::new(),
            levels: Vec::new(),
            units: Vec::new(),
            bodies: Vec::new(),
            posts: Vec::new(),
            seats: SeatKind::All,
        }
    }
}

impl Scope {
    /// Whether the scope includes this target.
    pub fn has_target(&self, t: Target) -> bool {
        self.targets.contains(&t)
    }

    /// Whether the scope covers `body`, whose unit is at `level` and has the chain of
    /// `ancestors` (the unit itself first, then its parent, up to the root).
    ///
    /// A body of kind `delegation` is a delegation target, any other body a bodies
    /// target; a rule on offices covers the bodies holding one of its posts. Every
    /// restricted dimension (body kinds, bodies, levels, unit subtrees, posts) must
    /// match.
    ///
    /// ```
    /// use union_rulebook::model::Body;
    /// use union_rulebook::policy::Scope;
    /// let body: Body = serde_json::from_str(r#"{"id": "dpc-bekasi/exec", "unit": "dpc-bekasi",
    ///   "kind": "executive", "name": "Executive", "posts": [{"id": "dpc-bekasi/chair", "role": "chair"}]}"#)?;
    /// let scope: Scope = serde_json::from_str(r#"{"levels": ["DPC"], "units": ["dpd-jabar"]}"#)?;
    /// assert!(scope.covers(&body, Some("DPC"), &["dpc-bekasi", "dpd-jabar", "dpp"]));
    /// assert!(!scope.covers(&body, Some("DPC"), &["dpc-bogor", "dpd-jateng", "dpp"]));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn covers(&self, body: &Body, level: Option<&str>, ancestors: &[&str]) -> bool {
        let target = if body.kind == BodyKind::Delegation {
            Target::Delegations
        } else {
            Target::Bodies
        };
        let target_ok =
            self.has_target(target) || (self.has_target(Target::Offices) && !self.posts.is_empty());
        target_ok
            && (self.body_kinds.is_empty()
                || self.body_kinds.iter().any(|k| k == body.kind.as_str()))
            && (self.bodies.is_empty() || self.bodies.iter().any(|b| b == body.id.as_str()))
            && (self.levels.is_empty() || level.is_some_and(|l| self.levels.iter().any(|x| x == l)))
            && (self.units.is_empty()
                || ancestors.iter().any(|a| self.units.iter().any(|u| u == a)))
            && (self.posts.is_empty()
                || body
                    .posts
                    .iter()
                    .any(|p| self.posts.iter().any(|x| x == p.id.as_str())))
    }

    /// Whether two scopes may cover a common body: false only when some dimension is
    /// restricted in both and the lists have nothing in common.
    pub fn may_overlap(&self, other: &Scope) -> bool {
        fn meet<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
        }
        meet(&self.targets, &other.targets)
            && meet(&self.body_kinds, &other.body_kinds)
            && meet(&self.levels, &other.levels)
            && meet(&self.bodies, &other.bodies)
            && meet(&self.posts, &other.posts)
            && (self.seats == other.seats
                || self.seats == SeatKind::All
                || other.seats == SeatKind::All)
    }
}

/// The seats a rule's share is taken of.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// Every seat the body has, filled or not.
    AllSeats,
    /// The seats that are filled on the date.
    FilledSeats,
    /// The seats that carry a vote.
    VotingSeats,
}

/// How hard a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Hardness {
    /// "Must": a breach is an error.
    Binding,
    /// "Shall aim", "strive": a miss is reported as a warning, never enforced.
    Target,
}

/// What follows when a rule is not met. Recorded and reported; applying it to an
/// election result is the election engine's business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Consequence {
    /// Replace the lowest-placed over-represented winner by the best-placed
    /// under-represented loser until the floor is met or candidates run out.
    CorrectiveReplacement,
    /// Fill the floor first, then the other seats in vote order (German
    /// Wahlordnung §22).
    FillFloorFirst,
    /// Move a seat to the next candidate of the group on the same or another list
    /// (Wahlordnung §15(5)).
    ListJump,
    /// Add seats or co-opt members of the group (UK Sex Discrimination Act 1975 s.49).
    AddSeats,
    /// Do not seat a delegation that falls short (an SPN women's conference
    /// recommendation).
    RefuseDelegation,
    /// Only monitor and report.
    ReportOnly,
    /// Count under the bounds, so that the count itself meets them: for STV, I. D.
    /// Hill's doomed and guarded candidates ("STV with constraints", Voting matters 9,
    /// 1998; the function `election::stv::scottish_stv_constrained`).
    ConstrainedCount,
}

/// The annulment of a rule version by a court or a later decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Annulment {
    /// From this date the version no longer applies, and the version it replaced is in
    /// force again (audits of earlier dates still see the annulled version).
    pub from: NaiveDate,
    /// Who annulled it (`Putusan MA No. 24 P/HUM/2023`).
    pub by: String,
}

/// One version of a representation rule.
///
/// Several versions share a rule id; on a date the version in force is the one with
/// the latest `effective_from` on or before the date that is not annulled by then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The rule's id, shared by its versions.
    pub id: RuleId,
    /// The version number, unique within the id.
    #[serde(default = "one")]
    pub version: u32,
    /// The first day this version applies.
    pub effective_from: NaiveDate,
    /// Set when the version was annulled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annulled: Option<Annulment>,
    /// Where the rule comes from (statute, article, resolution).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Binding or a target.
    pub hardness: Hardness,
    /// The seats the share is taken of.
    pub base: Base,
    /// Where the rule applies.
    #[serde(default)]
    pub scope: Scope,
    /// What the rule requires.
    pub require: Shape,
    /// What follows a breach.
    pub consequence: Consequence,
    /// What the consequence does when the group's candidates run out before the bound
    /// is met: accept, leave the seats vacant, or void the election. Absent: the
    /// escape the consequence's source defines ([`Escape::default_for`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<Escape>,
    /// Ambiguous text and its other readings: `policy explain` shows each beside the
    /// one applied, flagged ambiguous ([`Ambiguity`](super::Ambiguity)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambiguity: Option<super::Ambiguity>,
}

fn one() -> u32 {
    1
}

impl Rule {
    /// A rule version from its required parts; version 1, no annulment, no source,
    /// the default scope (all bodies).
    pub fn new(
        id: RuleId,
        effective_from: NaiveDate,
        hardness: Hardness,
        base: Base,
        require: Shape,
        consequence: Consequence,
    ) -> Self {
        Rule {
            id,
            version: 1,
            effective_from,
            annulled: None,
            source: None,
            hardness,
            base,
            scope: Scope::default(),
            require,
            consequence,
            escape: None,
            ambiguity: None,
        }
    }

    /// The escape in force: the one the rule states, or the one its consequence's
    /// source defines ([`Escape::default_for`]); `None` when neither gives one.
    pub fn escape(&self) -> Option<Escape> {
        self.escape.or(Escape::default_for(self.consequence))
    }

    /// Whether this version applies on `date`, ignoring later versions.
    pub fn applies_on(&self, date: NaiveDate) -> bool {
        self.effective_from <= date && self.annulled.as_ref().is_none_or(|a| date < a.from)
    }
}
