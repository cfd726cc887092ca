//! Eligibility as a small language of conditions: `all-of`, `any-of` and `not` over
//! the conditions union statutes state (tenure, good standing, age, posts held,
//! meeting attendance, term limits), each measured at a reference point the rule names.

use crate::Share;
use crate::model::PostId;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The day a condition is measured on.
///
/// Statutes measure tenure and standing on different days: the LMRDA regulations let
/// a union measure continuous good standing up to the nomination (29 CFR 452.37(b));
/// the IBT constitution (Art. II §4(a)(1)) counts 24 months "prior to the month of
/// nomination" (`{"month-of": "nominations-open"}`, or a fixed date: the first of that
/// month); the UFCW constitution (Art. 15(H)(1)) counts delegates' 12 months
/// "preceding the month in which the Convention Call is issued" (`{"month-of":
/// {"event": "convention-call"}}`: the first day of the month of an event the election
/// record dates); the USW rule of Steelworkers v. Usery, 429 U.S. 305 (1977), counts
/// attendance over the 3 years "previous to the election". The dates come from the
/// election record ([`ElectionDates`](super::election_rule::ElectionDates)); a point the
/// record does not give cannot be judged, and the candidate needs review. When the
/// record's `moves` moved the event, its latest date is used (the date as the record
/// stands, else the last move's), and the report says so.
///
/// In JSON: `"election-day"`, `"nominations-open"`, `"nominations-close"`,
/// `"process-start"`, `{"date": "2026-01-01"}`, `{"event": "NAME"}` for an event of the
/// record's `events` (as a notice names it, [`CalendarEvent`](super::CalendarEvent)),
/// or `{"month-of": POINT}`.
///
/// ```
/// use union_rulebook::model::ReferencePoint;
/// // UFCW Art. 15(H)(1): "preceding the month in which the Convention Call is issued".
/// let p: ReferencePoint =
///     serde_json::from_str(r#"{"month-of": {"event": "convention-call"}}"#)?;
/// assert_eq!(p, ReferencePoint::MonthOf(Box::new(ReferencePoint::Event("convention-call".into()))));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ReferencePoint {
    /// The election day.
    #[default]
    ElectionDay,
    /// The first day of nominations (`nominations_open` of the election record).
    NominationsOpen,
    /// The last day of nominations (`nominations_close`).
    NominationsClose,
    /// The start of the election process (`process_start`: the day the body calls the
    /// election).
    ProcessStart,
    /// A fixed date the rule names.
    Date(NaiveDate),
    /// An event of the election's calendar, dated under this name in the election
    /// record's `events` (`{"event": "convention-call"}`, `{"event": "kongres"}`).
    Event(String),
    /// The first day of the month in which the point falls ("preceding the month in
    /// which the Convention Call is issued").
    MonthOf(Box<ReferencePoint>),
}

impl ReferencePoint {
    /// The calendar event whose date the point is (or, for `month-of`, falls in):
    /// `None` for a fixed date.
    ///
    /// ```
    /// use union_rulebook::model::{CalendarEvent, ReferencePoint};
    /// let p = ReferencePoint::MonthOf(Box::new(ReferencePoint::Event("kongres".into())));
    /// assert_eq!(p.event(), Some(CalendarEvent::Event("kongres".into())));
    /// assert_eq!(ReferencePoint::NominationsOpen.event(), Some(CalendarEvent::NominationsOpen));
    /// ```
    pub fn event(&self) -> Option<super::CalendarEvent> {
        use super::CalendarEvent as E;
        match self {
            ReferencePoint::ElectionDay => Some(E::ElectionDay),
            ReferencePoint::NominationsOpen => Some(E::NominationsOpen),
            ReferencePoint::NominationsClose => Some(E::NominationsClose),
            ReferencePoint::ProcessStart => Some(E::ProcessStart),
            ReferencePoint::Date(_) => None,
            ReferencePoint::Event(name) => Some(E::Event(name.clone())),
            ReferencePoint::MonthOf(inner) => inner.event(),
        }
    }
}

/// How excused absences count in an attendance condition.
///
/// The USW rule upheld in part and struck down in Steelworkers v. Usery, 429 U.S. 305
/// (1977) excused members "prevented by union activities or working hours": such a
/// meeting is left out of the member's count (`excluded`, the default). Some statutes
/// count an excused meeting as attended, or make no exception (`absent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Excused {
    /// An excused meeting is left out of the count (neither attended nor missed).
    #[default]
    Excluded,
    /// An excused meeting counts as attended.
    Attended,
    /// An excused meeting counts as missed.
    Absent,
}

/// One condition of eligibility, or a combination of them.
///
/// Written as an object with one key (`{"tenure": {"months": 24}}`), so combinations
/// read as the statute does:
///
/// ```
/// use union_rulebook::model::Condition;
/// // "24 months of membership, or 12 months for members under 30"
/// let c: Condition = serde_json::from_str(r#"{"any-of": [
///   {"tenure": {"months": 24}},
///   {"all-of": [{"tenure": {"months": 12}}, {"age": {"under": 30}}]}
/// ]}"#)?;
/// assert!(matches!(c, Condition::AnyOf(ref v) if v.len() == 2));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Condition {
    /// Every condition holds (an empty list holds).
    AllOf(Vec<Condition>),
    /// At least one condition holds (an empty list does not).
    AnyOf(Vec<Condition>),
    /// The condition does not hold ("not a full-time officer of the employer").
    Not(Box<Condition>),
    /// Continuous membership of the body's unit (or a unit below it) for `months`.
    Tenure(TenureCondition),
    /// Dues paid up (arrears no older than `grace_days`), and, with `months`, a member
    /// continuously for that long: "a member in continuous good standing ... for a
    /// period of twenty-four (24) consecutive months prior to the month of nomination"
    /// (IBT constitution Art. II §4(a)(1)).
    GoodStanding(StandingCondition),
    /// An age band: at least `min` years, younger than `under`.
    Age(AgeCondition),
    /// Holds the post on the day (with `not`: a post that bars).
    HoldsPost(HoldsPostCondition),
    /// Attended at least `share` of the regular meetings of the body's unit held in the
    /// `months` before the reference day (the document's `meetings` and `attendance`).
    Attendance(AttendanceCondition),
    /// Within the body's term limits (consecutive terms, cooling-off) for the posts
    /// elected.
    TermLimits(TermLimitsCondition),
}

/// `tenure`: months of continuous membership.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TenureCondition {
    /// Months of membership needed by the reference day.
    pub months: u32,
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}

/// `good-standing`: dues paid up, optionally for a continuous period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StandingCondition {
    /// Days of arrears tolerated.
    #[serde(default)]
    pub grace_days: u32,
    /// Months of continuous membership in good standing up to the reference day. The
    /// document records arrears as a start date (`arrears_since`, still running), so
    /// continuity means a membership that long and no arrears past the grace period on
    /// the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}

/// `age`: an age band in whole years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgeCondition {
    /// The youngest age allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// The first age not allowed (`under: 30`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under: Option<u32>,
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}

/// `holds-post`: holds a post on the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldsPostCondition {
    /// The post.
    pub post: PostId,
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}

/// `attendance`: a share of the regular meetings attended over a window.
///
/// The USW constitution (Art. VII §9, as in Steelworkers v. Usery, 429 U.S. 305
/// (1977)): "attended at least one-half of the regular meetings of the local union for
/// three years previous to the election" is `{"share": "1/2", "months": 36}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceCondition {
    /// The share of the meetings counted that must be attended (at least).
    pub share: Share,
    /// The window: the meetings held in the `months` before the reference day (the
    /// reference day itself left out).
    pub months: u32,
    /// How excused absences count.
    #[serde(default)]
    pub excused: Excused,
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}

/// `term-limits`: the body's term limits.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermLimitsCondition {
    /// The reference day; the rule's `measured_at` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ReferencePoint>,
}
