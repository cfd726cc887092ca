//! Election rules in the document: who may vote and stand, the election calendar, and
//! unopposed elections.
//!
//! An [`ElectionRule`] is attached to a body (and optionally some of its posts). It
//! names the counting method, the conditions to vote and to stand, and the calendar.
//! [`eligibility`] judges the document's people on the election day, each as eligible,
//! not eligible (with the reasons), or needing review (when data is missing, or when the
//! conditions exclude more members than the rule tolerates). [`check_calendar`] reports
//! overdue elections and broken notice and nomination rules; [`validate`] runs it for
//! every rule in the document.
//!
//! [`validate`]: crate::validate::validate

mod attendance_check;
mod calendar;
pub(crate) mod condition_check;
pub(crate) mod condition_messages;
mod elect;
mod eligibility;
mod messages;
mod notices;

// The rules' data types live in the document model (they are part of an organization
// document); the engine re-exports them, and its modules read them as `super::rule`.
use crate::model::election_rule as rule;

pub use crate::model::election_rule::{
    AgeBand, Calendar, ElectionDates, ElectionRule, Electorate, Eligibility, GoodStanding,
};
pub(crate) use attendance_check::check_attendance;
pub use attendance_check::{
    DUPLICATE_ATTENDANCE, DUPLICATE_MEETING, PRESENT_AND_EXCUSED, UNKNOWN_ATTENDANCE_PERSON,
    UNKNOWN_MEETING, UNKNOWN_MEETING_UNIT,
};
pub use calendar::{
    ELECTION_OVERDUE, NO_ELECTION_RECORDED, NOMINATION_WINDOW, NOTICE_TOO_SHORT, check_calendar,
};
pub(crate) use condition_check::check_conditions;
pub use condition_check::{
    ATTENDANCE_NO_MEETINGS, REFERENCE_DATE_MOVED, REFERENCE_DATE_NOT_RECORDED,
};
pub use elect::{
    AppliedRule, CandidateStanding, DecidedBy, ElectError, ElectRequest, ElectionResult,
    ElectionSelector, ElectionSelectorError, EndedTerm, ListPoll, ListResult, PersonChange,
    PersonMark, PersonVacant, StruckCandidate, UnknownListCandidate, VoterCounts, elect,
};
pub use eligibility::{
    ConditionEffect, DEFAULT_UNREASONABLE_ABOVE, EffectReview, ElectionRuleError,
    EligibilityReport, MeasuredPoint, Outcome, PersonEligibility, Reason, ReferenceDates,
    eligibility, eligibility_at, unopposed,
};
pub use notices::{
    DATE_HISTORY_MISMATCH, MOVE_WITHOUT_NOTICE, NOTICE_EVENT_NOT_RECORDED, NOTICE_OUT_OF_TIME,
    NOTICE_RULE_INVALID, UNKNOWN_NOTICE, event_date,
};
