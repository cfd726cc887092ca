//! The texts of the language of eligibility conditions (catalogues
//! `locales/{en,id}/conditions.ftl`): the reasons it gives, the conditions in words,
//! and the finding that a condition is unreasonable.

use super::eligibility::{ConditionEffect, Reason};
use crate::i18n::tr;
use crate::model::{Condition, ReferencePoint};

/// A reference point in words.
pub(crate) fn point(p: &ReferencePoint) -> String {
    match p {
        ReferencePoint::ElectionDay => tr!("conditions-point-election-day"),
        ReferencePoint::NominationsOpen => tr!("conditions-point-nominations-open"),
        ReferencePoint::NominationsClose => tr!("conditions-point-nominations-close"),
        ReferencePoint::ProcessStart => tr!("conditions-point-process-start"),
        ReferencePoint::Date(d) => tr!("conditions-point-date", date = d.to_string()),
        ReferencePoint::Event(name) => tr!("conditions-point-event", name = name.as_str()),
        ReferencePoint::MonthOf(inner) => tr!("conditions-point-month-of", point = point(inner)),
        #[allow(unreachable_patterns)]
        _ => tr!("conditions-point-election-day"),
    }
}

fn at(words: String, at: Option<&ReferencePoint>) -> String {
    match at {
        None => words,
        Some(p) => tr!("conditions-at", condition = words, point = point(p)),
    }
}

fn list(items: &[Condition]) -> String {
    items.iter().map(condition).collect::<Vec<_>>().join("; ")
}

/// A condition in words.
pub(crate) fn condition(c: &Condition) -> String {
    match c {
        Condition::AllOf(v) => tr!("conditions-all-of", items = list(v)),
        Condition::AnyOf(v) => tr!("conditions-any-of", items = list(v)),
        Condition::Not(inner) => tr!("conditions-not", condition = condition(inner)),
        Condition::Tenure(t) => at(tr!("conditions-tenure", months = t.months), t.at.as_ref()),
        Condition::GoodStanding(g) => at(
            match g.months {
                None => tr!("conditions-good-standing", grace_days = g.grace_days),
                Some(m) => tr!(
                    "conditions-good-standing-months",
                    months = m,
                    grace_days = g.grace_days
                ),
            },
            g.at.as_ref(),
        ),
        Condition::Age(a) => at(
            match (a.min, a.under) {
                (Some(min), Some(under)) => tr!("conditions-age-band", min = min, under = under),
                (Some(min), None) => tr!("conditions-age-min", min = min),
                (None, Some(under)) => tr!("conditions-age-under", under = under),
                (None, None) => tr!("conditions-age-any"),
            },
            a.at.as_ref(),
        ),
        Condition::HoldsPost(p) => at(
            tr!("conditions-holds-post", post = p.post.to_string()),
            p.at.as_ref(),
        ),
        Condition::Attendance(a) => at(
            tr!(
                "conditions-attendance",
                share = a.share.percent_label(),
                months = a.months
            ),
            a.at.as_ref(),
        ),
        Condition::TermLimits(t) => at(tr!("conditions-term-limits"), t.at.as_ref()),
    }
}

/// The reasons the language adds; `None` for the reasons of `elect.ftl`.
pub(super) fn reason(r: &Reason, words: fn(&[Reason]) -> String) -> Option<String> {
    Some(match r {
        Reason::NotHolding { post } => {
            tr!("conditions-reason-not-holding", post = post.to_string())
        }
        Reason::Attendance {
            attended,
            counted,
            share,
            from,
            to,
        } => tr!(
            "conditions-reason-attendance",
            attended = *attended,
            counted = *counted,
            from = from.to_string(),
            to = to.to_string(),
            share = share.percent_label()
        ),
        Reason::NoAttendanceRecord => tr!("conditions-reason-no-attendance-record"),
        Reason::NoMeetings { from, to } => tr!(
            "conditions-reason-no-meetings",
            from = from.to_string(),
            to = to.to_string()
        ),
        Reason::NoReferenceDate { point: p } => {
            tr!("conditions-reason-no-reference-date", point = point(p))
        }
        Reason::MeasuredAt {
            point: p,
            date,
            reasons,
        } => tr!(
            "conditions-reason-measured-at",
            point = point(p),
            date = date.to_string(),
            reasons = words(reasons)
        ),
        Reason::NoneOf { alternatives } => tr!(
            "conditions-reason-none-of",
            alternatives = alternatives
                .iter()
                .enumerate()
                .map(|(i, rs)| tr!(
                    "conditions-alternative",
                    number = i + 1,
                    reasons = words(rs)
                ))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Reason::Excluded { condition: c } => {
            tr!("conditions-reason-excluded", condition = condition(c))
        }
        _ => return None,
    })
}

/// The finding `condition-unreasonable`.
pub(crate) fn unreasonable(rule: &str, e: &ConditionEffect) -> String {
    tr!(
        "conditions-unreasonable",
        rule = rule,
        condition = condition(&e.condition),
        field = e.field.as_str(),
        disqualified = e.disqualified,
        electorate = e.electorate,
        share = crate::share::ratio_percent_string(e.disqualified as u128, e.electorate as u128, 1),
        threshold = e.threshold.percent_label()
    )
}
