//! Election rules as the document states them.

use crate::Share;
use crate::model::{BodyId, PersonId, PostId};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An election rule attached to a body (and optionally to some of its posts): who may
/// vote, who may stand, the calendar, and the elections held under it.
///
/// ```
/// use union_rulebook::election_rules::ElectionRule;
/// let rule: ElectionRule = serde_json::from_str(r#"{
///   "id": "dpc-bekasi-executive",
///   "body": "dpc-bekasi/executive",
///   "method": "scottish-stv",
///   "candidates": { "min_tenure_months": 12, "good_standing": { "grace_days": 30 } },
///   "calendar": { "notice_days": 15, "max_interval_months": 36 },
///   "elections": [ { "date": "2024-03-02", "notice_sent": "2024-02-01" } ]
/// }"#)?;
/// assert_eq!(rule.calendar.notice_days, Some(15));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ElectionRule {
    /// The rule's identifier.
    pub id: String,
    /// The body elected.
    pub body: BodyId,
    /// The posts elected; all the body's posts when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<PostId>,
    /// The counting method, by its `rulebook tally` name (`plurality`, `scottish-stv`).
    pub method: String,
    /// Who may vote: the members of the body's unit and the units below it, or the
    /// holders of the body's posts on the day.
    #[serde(default)]
    pub electorate: Electorate,
    /// Conditions to vote.
    #[serde(default)]
    pub voters: Eligibility,
    /// Conditions to stand.
    #[serde(default)]
    pub candidates: Eligibility,
    /// Notice, nominations and the longest interval between elections.
    #[serde(default)]
    pub calendar: Calendar,
    /// Elections held (or scheduled) under this rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elections: Vec<ElectionDates>,
}

/// Who votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Electorate {
    /// The members of the body's unit and of the units below it.
    #[default]
    Members,
    /// The people holding the body's posts on the day (a council electing its chair).
    Body,
}

/// Conditions a person must meet on the election day (to vote, or to stand).
///
/// The conditions found in union statutes and labour law: membership tenure (3, 12 or
/// 36 months), dues in good standing with a grace period, an age band (young worker
/// under 27 or 35), posts that bar (a conflicting position), and the body's term limits
/// (for candidates). LMRDA §401(e) (29 U.S.C. §481(e)) lets candidates be held to
/// "reasonable qualifications uniformly imposed"; a qualification that excludes most
/// members is unreasonable (Wirtz v. Hotel Employees Local 6, 391 U.S. 492 (1968): a
/// rule excluding 93% of members). Such a rule can only be judged by its effect, so
/// [`review_if_excluding_more_than`](Self::review_if_excluding_more_than) flags it for
/// review rather than passing or failing it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Eligibility {
    /// Months of membership needed by the election day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tenure_months: Option<u32>,
    /// Dues must be paid up, with a grace period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_standing: Option<GoodStanding>,
    /// An age band on the election day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeBand>,
    /// Posts whose holders on the day may not vote or stand (a conflict of interest).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub barred_posts: Vec<PostId>,
    /// Apply the body's term limits (consecutive terms, cooling-off): for candidates.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub term_limits: bool,
    /// Flag the conditions for review when they exclude more than this share of the
    /// members who could otherwise take part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_if_excluding_more_than: Option<Share>,
    /// The day the conditions above (and those of `conditions` without an `at`) are
    /// measured on: the election day unless the rule names another point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured_at: Option<crate::model::ReferencePoint>,
    /// Further conditions, combined with `all-of`, `any-of` and `not`; they hold
    /// together with the fields above.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<crate::model::Condition>,
    /// A condition of candidacy that alone disqualifies more than this share of the
    /// electorate is reported unreasonable (`condition-unreasonable`). 29 CFR 452.38(a):
    /// a meeting-attendance requirement that disqualifies a large portion of members is
    /// unreasonable; Steelworkers v. Usery, 429 U.S. 305 (1977), struck one that
    /// disqualified 96.5%, and Wirtz v. Hotel Employees Local 6, 391 U.S. 492 (1968), one
    /// that excluded 93%. Default `1/2`: a condition that disqualifies most members
    /// (issue 11's words), the least share the guidance's "large portion" can mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreasonable_above: Option<Share>,
}

/// Dues in good standing: arrears no older than `grace_days` on the election day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodStanding {
    /// Days of arrears tolerated.
    #[serde(default)]
    pub grace_days: u32,
}

/// An age band on the election day: at least `min` years, younger than `under`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgeBand {
    /// The youngest age allowed, in whole years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// The first age not allowed (`under: 35` for young workers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under: Option<u32>,
}

/// The election calendar.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Calendar {
    /// Notice must be sent at least this many days before the election (LMRDA
    /// §401(e): 15 days, mailed to every member).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_days: Option<u32>,
    /// Nominations must close at least this many days before the election.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_close_days_before: Option<u32>,
    /// Nominations must stay open at least this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_open_days: Option<u32>,
    /// The longest allowed interval between elections, in months: LMRDA §401(a)-(c)
    /// (29 U.S.C. §481): 36 for locals, 48 for intermediate bodies, 60 for nationals;
    /// TULRCA 1992 s.46: 60; Australia's Fair Work (Registered Organisations) Act 2009
    /// s.145: 48 (60 to synchronise elections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_interval_months: Option<u32>,
    /// Notices counted from any event of the calendar (nominations opening, the start
    /// of the process, an event the record names), each sent at least a period before
    /// it or within a period after it; their sending dates are the election record's
    /// `notices`. See [`NoticeRule`](crate::model::NoticeRule).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<crate::model::NoticeRule>,
}

/// The dates of one election.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElectionDates {
    /// The election day.
    pub date: NaiveDate,
    /// The day notice was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_sent: Option<NaiveDate>,
    /// The first day of nominations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_open: Option<NaiveDate>,
    /// The last day of nominations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_close: Option<NaiveDate>,
    /// The start of the election process: the day the body called the election (a
    /// reference point of eligibility conditions, `process-start`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_start: Option<NaiveDate>,
    /// Other events of this election by name, with their dates (`kongres`,
    /// `scrutineer-appointed`), for notices counted from them.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub events: std::collections::BTreeMap<String, NaiveDate>,
    /// The day each notice of the calendar's `notices` was sent, by the notice's id,
    /// for the dates as they stand now.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub notices: std::collections::BTreeMap<String, NaiveDate>,
    /// The history of the dates: every move of an event's date, in order, with the new
    /// notice given for it (29 CFR 452.104(b): a changed election date needs a second
    /// notice, with the corrected date, in time). The dates above are those after the
    /// last move; `notice_sent`, when absent, is the last election-day move's notice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<crate::model::DateMove>,
    /// The people nominated, in the order of the nomination list: `rulebook elect`
    /// declares them elected unopposed when they are no more than the seats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nominated: Vec<PersonId>,
}
