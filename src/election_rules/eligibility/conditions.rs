//! The language of conditions judged: `all-of`, `any-of`, `not` over the leaf
//! conditions, each measured on its reference day, in three values (holds, fails with
//! reasons, cannot be judged for lack of data).

use super::{Index, Reason};
use crate::Share;
use crate::model::election_rule::ElectionDates;
use crate::model::{
    Attendance, Condition, Excused, Meeting, Membership, PostId, ReferencePoint, StandingCondition,
    Term, TermRules, UnitId,
};
use chrono::{Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The days an election's conditions can be measured on: the reference points of
/// [`ReferencePoint`] resolved from the election record.
///
/// One struct for every dated point of the election process, so that later points (a
/// notice's events, a moved election day) can join it.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::election_rules::ReferenceDates;
/// use union_rulebook::model::ReferencePoint;
/// let day = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
/// let dates = ReferenceDates::on(day);
/// assert_eq!(dates.resolve(ReferencePoint::ElectionDay), Some(day));
/// assert_eq!(dates.resolve(ReferencePoint::NominationsOpen), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ReferenceDates {
    /// The election day.
    pub election_day: NaiveDate,
    /// The first day of nominations, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_open: Option<NaiveDate>,
    /// The last day of nominations, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominations_close: Option<NaiveDate>,
    /// The start of the election process, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_start: Option<NaiveDate>,
}

impl ReferenceDates {
    /// Only the election day known.
    pub fn on(election_day: NaiveDate) -> Self {
        ReferenceDates {
            election_day,
            nominations_open: None,
            nominations_close: None,
            process_start: None,
        }
    }

    /// The dates of an election record.
    pub fn of(election: &ElectionDates) -> Self {
        ReferenceDates {
            election_day: election.date,
            nominations_open: election.nominations_open,
            nominations_close: election.nominations_close,
            process_start: election.process_start,
        }
    }

    /// The day of a reference point, when the record gives it.
    pub fn resolve(&self, point: ReferencePoint) -> Option<NaiveDate> {
        match point {
            ReferencePoint::ElectionDay => Some(self.election_day),
            ReferencePoint::NominationsOpen => self.nominations_open,
            ReferencePoint::NominationsClose => self.nominations_close,
            ReferencePoint::ProcessStart => self.process_start,
            ReferencePoint::Date(d) => Some(d),
        }
    }
}

/// A condition's value for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Verdict {
    Pass,
    Fail(Vec<Reason>),
    Unknown(Vec<Reason>),
}

/// The top-level conditions of a set, each with the field it comes from: the fields
/// of [`Eligibility`] as leaves, and the members of `conditions` (each member when it
/// is an `all-of`).
pub(super) fn conjuncts(e: &crate::model::election_rule::Eligibility) -> Vec<(String, Condition)> {
    use crate::model::{
        AgeCondition, HoldsPostCondition, StandingCondition as S, TenureCondition,
        TermLimitsCondition,
    };
    let mut out = Vec::new();
    if let Some(months) = e.min_tenure_months {
        out.push((
            "min_tenure_months".to_string(),
            Condition::Tenure(TenureCondition { months, at: None }),
        ));
    }
    if let Some(gs) = e.good_standing {
        out.push((
            "good_standing".to_string(),
            Condition::GoodStanding(S {
                grace_days: gs.grace_days,
                months: None,
                at: None,
            }),
        ));
    }
    if let Some(band) = e.age {
        out.push((
            "age".to_string(),
            Condition::Age(AgeCondition {
                min: band.min,
                under: band.under,
                at: None,
            }),
        ));
    }
    for (i, post) in e.barred_posts.iter().enumerate() {
        out.push((
            format!("barred_posts[{i}]"),
            Condition::Not(Box::new(Condition::HoldsPost(HoldsPostCondition {
                post: post.clone(),
                at: None,
            }))),
        ));
    }
    if e.term_limits {
        out.push((
            "term_limits".to_string(),
            Condition::TermLimits(TermLimitsCondition { at: None }),
        ));
    }
    match &e.conditions {
        Some(Condition::AllOf(v)) => {
            for (i, c) in v.iter().enumerate() {
                out.push((format!("conditions.all-of[{i}]"), c.clone()));
            }
        }
        Some(c) => out.push(("conditions".to_string(), c.clone())),
        None => {}
    }
    out
}

/// Appends the reasons not given yet (one missing date is said once).
pub(super) fn add_unique(to: &mut Vec<Reason>, reasons: Vec<Reason>) {
    for r in reasons {
        if !to.contains(&r) {
            to.push(r);
        }
    }
}

/// What a person is judged with.
pub(super) struct Ctx<'a, 'd> {
    pub ix: &'a Index<'d>,
    pub units: &'a BTreeSet<&'d str>,
    pub body_unit: &'a UnitId,
    pub rule_posts: &'a [&'a PostId],
    pub term_rules: Option<&'a TermRules>,
    pub dates: &'a ReferenceDates,
    pub default_at: ReferencePoint,
    pub meetings: &'a [&'d Meeting],
    pub attendance: &'a HashMap<&'d str, &'d Attendance>,
}

/// One person, with their memberships in the electorate's units and their terms.
pub(super) struct Subject<'d> {
    pub person: usize,
    pub memberships: Vec<&'d Membership>,
    pub terms: Vec<&'d Term>,
}

impl Ctx<'_, '_> {
    /// Judges `c` for `s`.
    pub(super) fn judge(&self, s: &Subject<'_>, c: &Condition) -> Verdict {
        match c {
            Condition::AllOf(v) => {
                let mut fails = Vec::new();
                let mut unknown = Vec::new();
                for c in v {
                    match self.judge(s, c) {
                        Verdict::Pass => {}
                        Verdict::Fail(r) => fails.extend(r),
                        Verdict::Unknown(r) => add_unique(&mut unknown, r),
                    }
                }
                if !fails.is_empty() {
                    Verdict::Fail(fails)
                } else if !unknown.is_empty() {
                    Verdict::Unknown(unknown)
                } else {
                    Verdict::Pass
                }
            }
            Condition::AnyOf(v) => {
                let mut alternatives = Vec::new();
                let mut unknown = Vec::new();
                for c in v {
                    match self.judge(s, c) {
                        Verdict::Pass => return Verdict::Pass,
                        Verdict::Fail(r) => alternatives.push(r),
                        Verdict::Unknown(r) => add_unique(&mut unknown, r),
                    }
                }
                if unknown.is_empty() {
                    Verdict::Fail(vec![Reason::NoneOf { alternatives }])
                } else {
                    Verdict::Unknown(unknown)
                }
            }
            Condition::Not(inner) => match self.judge(s, inner) {
                Verdict::Pass => Verdict::Fail(vec![match inner.as_ref() {
                    Condition::HoldsPost(p) => Reason::BarredPost {
                        post: p.post.clone(),
                    },
                    other => Reason::Excluded {
                        condition: Box::new(other.clone()),
                    },
                }]),
                Verdict::Fail(_) => Verdict::Pass,
                Verdict::Unknown(r) => Verdict::Unknown(r),
            },
            Condition::Tenure(t) => self.at(t.at, |day| self.tenure(s, t.months, day)),
            Condition::GoodStanding(g) => self.at(g.at, |day| self.standing(s, g, day)),
            Condition::Age(a) => {
                self.at(a.at, |day| match self.ix.doc.people[s.person].birth_date {
                    None => Verdict::Unknown(vec![Reason::NoBirthDate]),
                    Some(b) => {
                        let age = day.years_since(b).unwrap_or(0);
                        if a.min.is_some_and(|m| age < m) || a.under.is_some_and(|u| age >= u) {
                            Verdict::Fail(vec![Reason::Age { age }])
                        } else {
                            Verdict::Pass
                        }
                    }
                })
            }
            Condition::HoldsPost(p) => self.at(p.at, |day| {
                if s.terms.iter().any(|t| t.post == p.post && t.active_on(day)) {
                    Verdict::Pass
                } else {
                    Verdict::Fail(vec![Reason::NotHolding {
                        post: p.post.clone(),
                    }])
                }
            }),
            Condition::Attendance(a) => self.at(a.at, |day| {
                self.attendance(s, a.share, a.months, a.excused, day)
            }),
            Condition::TermLimits(t) => self.at(t.at, |day| self.term_limits(s, day)),
        }
    }

    /// Resolves the reference day and judges on it; reasons of a day other than the
    /// election day say which day.
    fn at(&self, at: Option<ReferencePoint>, f: impl FnOnce(NaiveDate) -> Verdict) -> Verdict {
        let point = at.unwrap_or(self.default_at);
        let Some(day) = self.dates.resolve(point) else {
            return Verdict::Unknown(vec![Reason::NoReferenceDate { point }]);
        };
        let wrap = |reasons: Vec<Reason>| {
            if point == ReferencePoint::ElectionDay {
                reasons
            } else {
                vec![Reason::MeasuredAt {
                    point,
                    date: day,
                    reasons,
                }]
            }
        };
        match f(day) {
            Verdict::Pass => Verdict::Pass,
            Verdict::Fail(r) => Verdict::Fail(wrap(r)),
            Verdict::Unknown(r) => Verdict::Unknown(wrap(r)),
        }
    }

    /// The memberships that run on `day`; when none does, those that run on the
    /// election day (the person joined after the reference day).
    fn current<'m>(&self, s: &'m Subject<'_>, day: NaiveDate) -> (Vec<&'m Membership>, bool) {
        let on_day: Vec<&Membership> = s
            .memberships
            .iter()
            .copied()
            .filter(|m| m.active_on(day))
            .collect();
        if !on_day.is_empty() {
            return (on_day, true);
        }
        let later = s
            .memberships
            .iter()
            .copied()
            .filter(|m| m.active_on(self.dates.election_day))
            .collect();
        (later, false)
    }

    /// Tenure counts from the earliest start of a membership running on the day.
    fn tenure(&self, s: &Subject<'_>, months: u32, day: NaiveDate) -> Verdict {
        let (current, on_day) = self.current(s, day);
        let Some(since) = current.iter().map(|m| m.start()).min() else {
            // Not a member at all: the electorate check reports it.
            return Verdict::Pass;
        };
        let enough = on_day
            && since
                .checked_add_months(Months::new(months))
                .is_some_and(|d| d <= day);
        if enough {
            Verdict::Pass
        } else {
            Verdict::Fail(vec![Reason::Tenure { months, since }])
        }
    }

    fn standing(&self, s: &Subject<'_>, g: &StandingCondition, day: NaiveDate) -> Verdict {
        let mut fails = Vec::new();
        if let Some(months) = g.months
            && let Verdict::Fail(r) = self.tenure(s, months, day)
        {
            fails.extend(r);
        }
        let (current, _) = self.current(s, day);
        let arrears = current
            .iter()
            .filter_map(|m| m.arrears_since)
            .filter(|a| *a <= day)
            .min();
        if let Some(since) = arrears {
            let grace_end = since.checked_add_days(Days::new(u64::from(g.grace_days)));
            if grace_end.is_none_or(|e| e <= day) {
                fails.push(Reason::Arrears {
                    since,
                    grace_days: g.grace_days,
                });
            }
        }
        if fails.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail(fails)
        }
    }

    /// The share of the regular meetings of the body's unit held in the window that
    /// the person attended, excused meetings counted as `excused` says.
    fn attendance(
        &self,
        s: &Subject<'_>,
        share: Share,
        months: u32,
        excused: Excused,
        day: NaiveDate,
    ) -> Verdict {
        let from = day
            .checked_sub_months(Months::new(months))
            .unwrap_or(NaiveDate::MIN);
        let held: Vec<&Meeting> = self
            .meetings
            .iter()
            .copied()
            .filter(|m| m.regular && &m.unit == self.body_unit && from <= m.date && m.date < day)
            .collect();
        if held.is_empty() {
            return Verdict::Unknown(vec![Reason::NoMeetings { from, to: day }]);
        }
        let person = self.ix.doc.people[s.person].id.as_str();
        let Some(record) = self.attendance.get(person) else {
            return Verdict::Unknown(vec![Reason::NoAttendanceRecord]);
        };
        let present: HashSet<&str> = record.present.iter().map(String::as_str).collect();
        let excused_ids: HashSet<&str> = record.excused.iter().map(String::as_str).collect();
        let (mut attended, mut counted) = (0usize, 0usize);
        for m in held {
            if present.contains(m.id.as_str()) {
                attended += 1;
                counted += 1;
            } else if excused_ids.contains(m.id.as_str()) {
                match excused {
                    Excused::Excluded => {}
                    Excused::Attended => {
                        attended += 1;
                        counted += 1;
                    }
                    Excused::Absent => counted += 1,
                }
            } else {
                counted += 1;
            }
        }
        // Every meeting excused: nothing to hold against the member.
        if counted == 0 || share.is_met_by(attended as u128, counted as u128) {
            Verdict::Pass
        } else {
            Verdict::Fail(vec![Reason::Attendance {
                attended,
                counted,
                share,
                from,
                to: day,
            }])
        }
    }

    fn term_limits(&self, s: &Subject<'_>, day: NaiveDate) -> Verdict {
        let Some(rules) = self.term_rules else {
            return Verdict::Pass;
        };
        let Some(max) = rules.max_consecutive_terms else {
            return Verdict::Pass;
        };
        let mut fails = Vec::new();
        for post in self.rule_posts {
            let n = super::consecutive_terms_up_to(
                &s.terms,
                post.as_str(),
                day,
                rules.cooling_off_months,
            );
            if n >= max.get() {
                fails.push(Reason::TermLimit {
                    post: (*post).clone(),
                    terms: n,
                });
            }
        }
        if fails.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail(fails)
        }
    }
}
