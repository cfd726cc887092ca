//! Meetings of units and the members' attendance: the data an attendance condition of
//! eligibility reads ([`AttendanceCondition`](super::condition::AttendanceCondition)).

use crate::model::{PersonId, UnitId};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A meeting of a unit's members (a local's monthly meeting).
///
/// ```
/// use union_rulebook::model::Meeting;
/// let m: Meeting = serde_json::from_str(
///     r#"{"id": "l1-2025-01", "unit": "local-1", "date": "2025-01-14"}"#)?;
/// assert!(m.regular);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Meeting {
    /// The meeting's identifier, named by the members' attendance records.
    pub id: String,
    /// The unit whose members meet.
    pub unit: UnitId,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// A regular meeting (the default); a special meeting does not count towards an
    /// attendance condition ("the regular meetings of the local union", USW).
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub regular: bool,
}

fn yes() -> bool {
    true
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if signature
fn is_yes(b: &bool) -> bool {
    *b
}

/// One member's attendance record: the meetings attended and those excused; any other
/// meeting of the member's unit in a window is missed. A member without a record
/// cannot be judged on attendance (needs review).
///
/// ```
/// use union_rulebook::model::Attendance;
/// let a: Attendance = serde_json::from_str(
///     r#"{"person": "p1", "present": ["l1-2025-01"], "excused": ["l1-2025-02"]}"#)?;
/// assert_eq!(a.present.len(), 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attendance {
    /// The member.
    pub person: PersonId,
    /// The meetings attended, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub present: Vec<String>,
    /// The meetings missed with an excuse the statute accepts (union business, working
    /// hours), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excused: Vec<String>,
}
