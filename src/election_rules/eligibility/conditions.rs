//! The language of conditions judged: `all-of`, `any-of`, `not` over the leaf
//! conditions, each measured on its reference day, in three values (holds, fails with
//! reasons, cannot be judged for lack of data).

use super::{Index, Reason};
use crate::JsonPath;
use crate::Share;
use crate::model::election_rule::ElectionDates;
use crate::model::{
    Attendance, CalendarEvent, Condition, DateMove, Excused, Meeting, Membership, PostId,
    ReferencePoint, StandingCondition, Term, TermRules, UnitId,
};
use chrono::{Datelike, Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The days an election's conditions can be measured on: the reference points of
/// [`ReferencePoint`] resolved from the election record.
///
/// One struct for every dated point of the election process: the record's own dates,
/// its named `events`, and the history of their moves (`moves`), so that a condition
/// measured at a moved event is measured on its latest date.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::election_rules::{ElectionDates, ReferenceDates};
/// use union_rulebook::model::ReferencePoint;
/// let day = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
/// let dates = ReferenceDates::on(day);
/// assert_eq!(dates.resolve(&ReferencePoint::ElectionDay), Some(day));
/// assert_eq!(dates.resolve(&ReferencePoint::NominationsOpen), None);
/// // The Convention Call, moved from 10 February to 16 March: its latest date counts.
/// let e: ElectionDates = serde_json::from_str(r#"{"date": "2026-06-01",
///   "events": {"convention-call": "2026-03-16"},
///   "moves": [{"event": {"event": "convention-call"}, "from": "2026-02-10", "to": "2026-03-16"}]}"#)?;
/// let dates = ReferenceDates::of(&e);
/// let call = ReferencePoint::Event("convention-call".into());
/// assert_eq!(dates.resolve(&call), NaiveDate::from_ymd_opt(2026, 3, 16));
/// assert_eq!(dates.moved_from(&call), [NaiveDate::from_ymd_opt(2026, 2, 10).ok_or("date")?]);
/// let month = ReferencePoint::MonthOf(Box::new(call));
/// assert_eq!(dates.resolve(&month), NaiveDate::from_ymd_opt(2026, 3, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
    /// The record's other events by name, dated as the record stands (an event only
    /// its moves date: where the last one took it).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub events: BTreeMap<String, NaiveDate>,
    /// The moves of the record's dates, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<DateMove>,
}

impl ReferenceDates {
    /// Only the election day known.
    pub fn on(election_day: NaiveDate) -> Self {
        ReferenceDates {
            election_day,
            nominations_open: None,
            nominations_close: None,
            process_start: None,
            events: BTreeMap::new(),
            moves: Vec::new(),
        }
    }

    /// The dates of an election record. A date the record leaves out but its moves
    /// give (the last move of the event) is taken from the last move, once here, so
    /// that resolving a point never searches the moves.
    pub fn of(election: &ElectionDates) -> Self {
        let mut d = ReferenceDates {
            election_day: election.date,
            nominations_open: election.nominations_open,
            nominations_close: election.nominations_close,
            process_start: election.process_start,
            events: election.events.clone(),
            moves: election.moves.clone(),
        };
        for m in &election.moves {
            match &m.event {
                CalendarEvent::NominationsOpen if election.nominations_open.is_none() => {
                    d.nominations_open = Some(m.to);
                }
                CalendarEvent::NominationsClose if election.nominations_close.is_none() => {
                    d.nominations_close = Some(m.to);
                }
                CalendarEvent::ProcessStart if election.process_start.is_none() => {
                    d.process_start = Some(m.to);
                }
                CalendarEvent::Event(name) if !election.events.contains_key(name) => {
                    d.events.insert(name.clone(), m.to);
                }
                _ => {}
            }
        }
        d
    }

    /// The latest date of an event: as the record stands, else where its last move
    /// took it (see [`of`](Self::of)).
    fn event_day(&self, event: &CalendarEvent) -> Option<NaiveDate> {
        match event {
            CalendarEvent::ElectionDay => Some(self.election_day),
            CalendarEvent::NominationsOpen => self.nominations_open,
            CalendarEvent::NominationsClose => self.nominations_close,
            CalendarEvent::ProcessStart => self.process_start,
            CalendarEvent::Event(name) => self.events.get(name).copied(),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The day of a reference point, when the record gives it: a moved event's latest
    /// date; for `month-of`, the first day of that day's month.
    pub fn resolve(&self, point: &ReferencePoint) -> Option<NaiveDate> {
        match point {
            ReferencePoint::Date(d) => Some(*d),
            ReferencePoint::MonthOf(inner) => self.resolve(inner).and_then(|d| d.with_day(1)),
            other => other.event().and_then(|e| self.event_day(&e)),
        }
    }

    /// The latest date of the point's event (for `month-of`, of the event itself);
    /// `None` for a fixed date or an event the record does not date.
    pub fn event_latest(&self, point: &ReferencePoint) -> Option<NaiveDate> {
        point.event().and_then(|e| self.event_day(&e))
    }

    /// The earlier dates of the point's event, in the order the record's moves left
    /// them (empty when it never moved, and for a fixed date); one pass over the moves.
    pub fn moved_from(&self, point: &ReferencePoint) -> Vec<NaiveDate> {
        let Some(event) = point.event() else {
            return Vec::new();
        };
        self.moves
            .iter()
            .filter(|m| m.event == event)
            .map(|m| m.from)
            .collect()
    }
}

/// A reference point the conditions of a set are measured at, with its day in the
/// election record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MeasuredPoint {
    /// `voters` or `candidates`.
    pub conditions: String,
    /// The point.
    pub point: ReferencePoint,
    /// Where the rule names it, relative to the rule: `candidates.measured_at`,
    /// `candidates.conditions["any-of"][0].tenure.at` (`candidates` when the point is
    /// the election day by default).
    pub stated_at: String,
    /// Its day; `None` when the election record does not give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The event's earlier dates, when the record's moves moved it (`date` then
    /// follows from its latest date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moved_from: Vec<NaiveDate>,
    /// The event's latest date, when it moved (`date` is the first of its month for a
    /// `month-of` point).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<NaiveDate>,
}

/// The JSON key of a leaf condition and its `at`.
fn leaf_at(c: &Condition) -> Option<(&'static str, Option<&ReferencePoint>)> {
    Some(match c {
        Condition::Tenure(t) => ("tenure", t.at.as_ref()),
        Condition::GoodStanding(g) => ("good-standing", g.at.as_ref()),
        Condition::Age(a) => ("age", a.at.as_ref()),
        Condition::HoldsPost(p) => ("holds-post", p.at.as_ref()),
        Condition::Attendance(a) => ("attendance", a.at.as_ref()),
        Condition::TermLimits(t) => ("term-limits", t.at.as_ref()),
        _ => return None,
    })
}

/// Every leaf of a tree of conditions with its JSON path (`path` is the tree's).
pub(crate) fn leaves<'c>(
    c: &'c Condition,
    path: JsonPath,
    out: &mut Vec<(JsonPath, &'c Condition)>,
) {
    match c {
        Condition::AllOf(v) => {
            for (i, c) in v.iter().enumerate() {
                leaves(c, path.clone().key("all-of").index(i), out);
            }
        }
        Condition::AnyOf(v) => {
            for (i, c) in v.iter().enumerate() {
                leaves(c, path.clone().key("any-of").index(i), out);
            }
        }
        Condition::Not(inner) => leaves(inner, path.key("not"), out),
        leaf => out.push((path, leaf)),
    }
}

/// The reference points a set of conditions (`what`: `voters` or `candidates`) is
/// measured at, each once with the first place that names it (as a JSON path relative
/// to the rule), in the order they appear.
pub(crate) fn points(
    e: &crate::model::election_rule::Eligibility,
    what: &str,
) -> Vec<(ReferencePoint, JsonPath)> {
    let base = JsonPath::root().key(what);
    let default = match &e.measured_at {
        Some(p) => (p.clone(), base.clone().key("measured_at")),
        None => (ReferencePoint::ElectionDay, base.clone()),
    };
    let mut out: Vec<(ReferencePoint, JsonPath)> = Vec::new();
    let mut seen: HashSet<ReferencePoint> = HashSet::new();
    let mut add = |p: (ReferencePoint, JsonPath)| {
        if seen.insert(p.0.clone()) {
            out.push(p);
        }
    };
    if e.min_tenure_months.is_some()
        || e.good_standing.is_some()
        || e.age.is_some()
        || !e.barred_posts.is_empty()
        || e.term_limits
    {
        add(default.clone());
    }
    if let Some(c) = &e.conditions {
        let mut found = Vec::new();
        leaves(c, base.key("conditions"), &mut found);
        for (path, leaf) in found {
            match leaf_at(leaf) {
                Some((key, Some(p))) => add((p.clone(), path.key(key).key("at"))),
                Some((_, None)) => add(default.clone()),
                None => {}
            }
        }
    }
    out
}

/// The points of both sets of conditions of `rule`, with their days in `dates`.
pub(crate) fn measured(
    rule: &crate::model::election_rule::ElectionRule,
    dates: &ReferenceDates,
) -> Vec<MeasuredPoint> {
    // The earlier dates of each moved event, in one pass over the moves.
    let mut history: HashMap<&CalendarEvent, Vec<NaiveDate>> = HashMap::new();
    for m in &dates.moves {
        history.entry(&m.event).or_default().push(m.from);
    }
    let mut out = Vec::new();
    for (what, e) in [("voters", &rule.voters), ("candidates", &rule.candidates)] {
        for (point, stated) in points(e, what) {
            let stated = stated.to_string();
            let moved_from = point
                .event()
                .and_then(|ev| history.get(&ev).cloned())
                .unwrap_or_default();
            out.push(MeasuredPoint {
                moved_to: if moved_from.is_empty() {
                    None
                } else {
                    dates.event_latest(&point)
                },
                conditions: what.to_string(),
                date: dates.resolve(&point),
                moved_from,
                stated_at: stated.strip_prefix("$.").unwrap_or(&stated).to_string(),
                point,
            });
        }
    }
    out
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
            Condition::Tenure(t) => self.at(t.at.as_ref(), |day| self.tenure(s, t.months, day)),
            Condition::GoodStanding(g) => self.at(g.at.as_ref(), |day| self.standing(s, g, day)),
            Condition::Age(a) => self.at(a.at.as_ref(), |day| {
                match self.ix.doc.people[s.person].birth_date {
                    None => Verdict::Unknown(vec![Reason::NoBirthDate]),
                    Some(b) => {
                        let age = day.years_since(b).unwrap_or(0);
                        if a.min.is_some_and(|m| age < m) || a.under.is_some_and(|u| age >= u) {
                            Verdict::Fail(vec![Reason::Age { age }])
                        } else {
                            Verdict::Pass
                        }
                    }
                }
            }),
            Condition::HoldsPost(p) => self.at(p.at.as_ref(), |day| {
                if s.terms.iter().any(|t| t.post == p.post && t.active_on(day)) {
                    Verdict::Pass
                } else {
                    Verdict::Fail(vec![Reason::NotHolding {
                        post: p.post.clone(),
                    }])
                }
            }),
            Condition::Attendance(a) => self.at(a.at.as_ref(), |day| {
                self.attendance(s, a.share, a.months, a.excused, day)
            }),
            Condition::TermLimits(t) => self.at(t.at.as_ref(), |day| self.term_limits(s, day)),
        }
    }

    /// Resolves the reference day and judges on it; reasons of a day other than the
    /// election day say which day.
    fn at(&self, at: Option<&ReferencePoint>, f: impl FnOnce(NaiveDate) -> Verdict) -> Verdict {
        let point = at.unwrap_or(&self.default_at);
        let Some(day) = self.dates.resolve(point) else {
            return Verdict::Unknown(vec![Reason::NoReferenceDate {
                point: point.clone(),
            }]);
        };
        let wrap = |reasons: Vec<Reason>| {
            if point == &ReferencePoint::ElectionDay {
                reasons
            } else {
                vec![Reason::MeasuredAt {
                    point: point.clone(),
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
