//! Validation of the document's meetings and attendance records (read by attendance
//! conditions of eligibility): every reference resolves, nothing is recorded twice.

use crate::i18n::tr;
use crate::model::Organization;
use crate::{Finding, JsonPath, Severity};
use std::collections::{HashMap, HashSet};

/// A meeting of a unit the document does not have.
pub const UNKNOWN_MEETING_UNIT: &str = "unknown-meeting-unit";
/// A meeting id given twice.
pub const DUPLICATE_MEETING: &str = "duplicate-meeting";
/// An attendance record of a person the document does not have.
pub const UNKNOWN_ATTENDANCE_PERSON: &str = "unknown-attendance-person";
/// A second attendance record of one person.
pub const DUPLICATE_ATTENDANCE: &str = "duplicate-attendance";
/// An attendance record naming a meeting the document does not have.
pub const UNKNOWN_MEETING: &str = "unknown-meeting";
/// A meeting both attended and excused in one record.
pub const PRESENT_AND_EXCUSED: &str = "present-and-excused";

/// Checks `doc.meetings` and `doc.attendance`, appending findings to `out`: unknown
/// units, people and meetings and duplicates are errors (at their JSON path); a
/// meeting both attended and excused is a warning (it counts as attended).
pub(crate) fn check_attendance(doc: &Organization, out: &mut Vec<Finding>) {
    let units: HashSet<&str> = doc.units.iter().map(|u| u.id.as_str()).collect();
    let people: HashSet<&str> = doc.people.iter().map(|p| p.id.as_str()).collect();
    let mut meetings: HashMap<&str, usize> = HashMap::new();
    let root = || JsonPath::root();
    for (i, m) in doc.meetings.iter().enumerate() {
        if !units.contains(m.unit.as_str()) {
            out.push(Finding::new(
                UNKNOWN_MEETING_UNIT,
                Severity::Error,
                root().key("meetings").index(i).key("unit"),
                tr!(
                    "conditions-unknown-meeting-unit",
                    meeting = m.id.as_str(),
                    unit = m.unit.as_str()
                ),
            ));
        }
        if let Some(first) = meetings.insert(m.id.as_str(), i) {
            meetings.insert(m.id.as_str(), first);
            out.push(Finding::new(
                DUPLICATE_MEETING,
                Severity::Error,
                root().key("meetings").index(i).key("id"),
                tr!(
                    "conditions-duplicate-meeting",
                    meeting = m.id.as_str(),
                    number = first + 1
                ),
            ));
        }
    }
    let mut records: HashMap<&str, usize> = HashMap::new();
    for (i, a) in doc.attendance.iter().enumerate() {
        let path = || root().key("attendance").index(i);
        let person = a.person.as_str();
        if !people.contains(person) {
            out.push(Finding::new(
                UNKNOWN_ATTENDANCE_PERSON,
                Severity::Error,
                path().key("person"),
                tr!("conditions-unknown-attendance-person", person = person),
            ));
        }
        if let Some(&first) = records.get(person) {
            out.push(Finding::new(
                DUPLICATE_ATTENDANCE,
                Severity::Error,
                path().key("person"),
                tr!(
                    "conditions-duplicate-attendance",
                    person = person,
                    number = first + 1
                ),
            ));
        } else {
            records.insert(person, i);
        }
        for (key, list) in [("present", &a.present), ("excused", &a.excused)] {
            for (j, id) in list.iter().enumerate() {
                if !meetings.contains_key(id.as_str()) {
                    out.push(Finding::new(
                        UNKNOWN_MEETING,
                        Severity::Error,
                        path().key(key).index(j),
                        tr!(
                            "conditions-unknown-meeting",
                            person = person,
                            meeting = id.as_str()
                        ),
                    ));
                }
            }
        }
        let present: HashSet<&str> = a.present.iter().map(String::as_str).collect();
        for (j, id) in a.excused.iter().enumerate() {
            if present.contains(id.as_str()) {
                out.push(Finding::new(
                    PRESENT_AND_EXCUSED,
                    Severity::Warning,
                    path().key("excused").index(j),
                    tr!(
                        "conditions-present-and-excused",
                        person = person,
                        meeting = id.as_str()
                    ),
                ));
            }
        }
    }
}
