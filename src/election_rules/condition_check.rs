//! Validation of the conditions of eligibility against the document and the election
//! records: what a condition names must exist (a post for `holds-post`, the meetings of
//! the body's unit for `attendance`), and the day a condition is measured on must be
//! dated by every election held under the rule (a moved one is measured on its latest
//! date, and the finding says so).

use super::condition_messages::{condition, point};
use super::eligibility::{MeasuredPoint, ReferenceDates};
use crate::i18n::tr;
use crate::model::{Condition, Organization, ReferencePoint};
use crate::{Finding, JsonPath, Severity};
use chrono::NaiveDate;
use std::collections::HashSet;

/// A condition of eligibility is measured at a point (an event, the opening of
/// nominations, ...) that an election held under the rule does not date: the
/// condition cannot be judged (warning).
pub const REFERENCE_DATE_NOT_RECORDED: &str = "reference-date-not-recorded";
/// A condition of eligibility is measured at an event whose date moved: it is measured
/// on the latest date (info).
pub const REFERENCE_DATE_MOVED: &str = "reference-date-moved";
/// An attendance condition counts the regular meetings of the body's unit, and the
/// document records none (warning).
pub const ATTENDANCE_NO_MEETINGS: &str = "attendance-no-meetings";

fn conditions_words(what: &str) -> String {
    match what {
        "voters" => tr!("elect-conditions-voters"),
        _ => tr!("elect-conditions-candidates"),
    }
}

/// The findings about the points of one election record (`at` is its path): not
/// dated (a warning) or moved (an info). The election day is always dated.
pub(crate) fn point_findings(
    rule: &str,
    election_day: NaiveDate,
    measured: &[MeasuredPoint],
    at: &JsonPath,
    out: &mut Vec<Finding>,
) {
    for m in measured {
        let what = conditions_words(&m.conditions);
        match m.date {
            None => out.push(Finding::new(
                REFERENCE_DATE_NOT_RECORDED,
                Severity::Warning,
                at.clone(),
                tr!(
                    "conditions-reference-not-recorded",
                    rule = rule,
                    what = what,
                    point = point(&m.point),
                    stated = m.stated_at.as_str(),
                    date = election_day.to_string()
                ),
            )),
            Some(day) if !m.moved_from.is_empty() => out.push(Finding::new(
                REFERENCE_DATE_MOVED,
                Severity::Info,
                at.clone().key("moves"),
                tr!(
                    "conditions-reference-moved",
                    rule = rule,
                    what = what,
                    point = point(&m.point),
                    stated = m.stated_at.as_str(),
                    day = day.to_string(),
                    event = point(match &m.point {
                        ReferencePoint::MonthOf(inner) => inner,
                        other => other,
                    }),
                    to = m.moved_to.map(|d| d.to_string()).unwrap_or_default(),
                    from = m
                        .moved_from
                        .iter()
                        .map(NaiveDate::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    date = election_day.to_string()
                ),
            )),
            Some(_) => {}
        }
    }
}

/// Checks the conditions of every election rule of `doc`, appending findings to
/// `out`: a `holds-post` naming a post the document does not have
/// (`unknown-reference`, at the condition's `post`), an `attendance` condition whose
/// body's unit has no regular meeting recorded (`attendance-no-meetings`), and, for
/// every election held by `as_of`, each reference point the record does not date
/// (`reference-date-not-recorded`) or that moved (`reference-date-moved`). Every
/// problem of every rule is reported.
pub(crate) fn check_conditions(doc: &Organization, as_of: NaiveDate, out: &mut Vec<Finding>) {
    let posts: HashSet<&str> = doc
        .bodies
        .iter()
        .flat_map(|b| &b.posts)
        .map(|p| p.id.as_str())
        .collect();
    let meeting_units: HashSet<&str> = doc
        .meetings
        .iter()
        .filter(|m| m.regular)
        .map(|m| m.unit.as_str())
        .collect();
    // The first body of an id (a second one is a validation error of its own).
    let mut bodies: std::collections::HashMap<&str, &crate::model::UnitId> =
        std::collections::HashMap::new();
    for b in &doc.bodies {
        bodies.entry(b.id.as_str()).or_insert(&b.unit);
    }
    for (i, rule) in doc.election_rules.iter().enumerate() {
        let path = JsonPath::root().key("election_rules").index(i);
        let unit = bodies.get(rule.body.as_str()).copied();
        let meets = unit.is_some_and(|u| meeting_units.contains(u.as_str()));
        for (what, e) in [("voters", &rule.voters), ("candidates", &rule.candidates)] {
            let Some(c) = &e.conditions else { continue };
            let mut found = Vec::new();
            super::eligibility::leaves(c, path.clone().key(what).key("conditions"), &mut found);
            for (at, leaf) in found {
                match leaf {
                    Condition::HoldsPost(p) if !posts.contains(p.post.as_str()) => {
                        out.push(Finding::new(
                            crate::validate::codes::UNKNOWN_REFERENCE,
                            Severity::Error,
                            at.clone().key("holds-post").key("post"),
                            tr!(
                                "conditions-unknown-post",
                                rule = rule.id.as_str(),
                                condition = condition(leaf),
                                path = relative(&at, &path),
                                post = p.post.as_str()
                            ),
                        ));
                    }
                    Condition::Attendance(_) if !meets => {
                        if let Some(u) = unit {
                            out.push(Finding::new(
                                ATTENDANCE_NO_MEETINGS,
                                Severity::Warning,
                                at.clone().key("attendance"),
                                tr!(
                                    "conditions-attendance-no-meetings",
                                    rule = rule.id.as_str(),
                                    path = relative(&at, &path),
                                    unit = u.as_str()
                                ),
                            ));
                        }
                    }
                    _ => {}
                }
            }
        }
        for (k, e) in rule.elections.iter().enumerate() {
            if e.date > as_of {
                continue;
            }
            let measured: Vec<MeasuredPoint> =
                super::eligibility::measured(rule, &ReferenceDates::of(e))
                    .into_iter()
                    .filter(|m| m.point != ReferencePoint::ElectionDay)
                    .collect();
            let at = path.clone().key("elections").index(k);
            point_findings(&rule.id, e.date, &measured, &at, out);
        }
    }
}

/// `at` relative to the rule's path, without the leading `$.`/`.`.
fn relative(at: &JsonPath, rule: &JsonPath) -> String {
    let (a, r) = (at.to_string(), rule.to_string());
    let rest = a.strip_prefix(r.as_str()).unwrap_or(&a);
    rest.strip_prefix('.').unwrap_or(rest).to_string()
}
