//! Who may vote and who may stand, judged on the document's people on the election day
//! (and on the other reference days the conditions name).

mod conditions;

use conditions::{Ctx, Subject, Verdict};
pub use conditions::{MeasuredPoint, ReferenceDates};
pub(crate) use conditions::{leaves, measured};

use super::messages as msg;
use super::rule::{ElectionRule, Electorate, Eligibility};
use crate::model::{Attendance, Condition, Organization, PersonId, PostId, ReferencePoint, UnitId};
use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Why an election rule cannot be applied to a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ElectionRuleError {
    /// The rule names a body the document does not have.
    #[error("{}", super::messages::unknown_body(.rule, .body))]
    UnknownBody {
        /// The rule's id.
        rule: String,
        /// The body named.
        body: String,
    },
}

/// The outcome for one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Outcome {
    /// Meets every condition.
    Eligible,
    /// Fails at least one condition.
    NotEligible {
        /// Every condition failed.
        reasons: Vec<Reason>,
    },
    /// Meets every condition that can be judged; some cannot, for lack of data.
    NeedsReview {
        /// What could not be judged.
        reasons: Vec<Reason>,
    },
}

/// Why a person is not eligible, or needs review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "reason", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Reason {
    /// Not a member of the unit (or a unit below it) on the day.
    NotAMember,
    /// Not a holder of the body's posts on the day (electorate `body`).
    NotInBody,
    /// Membership too short.
    Tenure {
        /// Months needed.
        months: u32,
        /// Member since.
        since: NaiveDate,
    },
    /// In arrears beyond the grace period.
    Arrears {
        /// In arrears since.
        since: NaiveDate,
        /// Days of grace allowed.
        grace_days: u32,
    },
    /// Outside the age band.
    Age {
        /// Age on the day.
        age: u32,
    },
    /// No birth date recorded, so the age band cannot be judged.
    NoBirthDate,
    /// Holds a post that bars the person.
    BarredPost {
        /// The post.
        post: PostId,
    },
    /// Has held the post for the most consecutive terms allowed.
    TermLimit {
        /// The post.
        post: PostId,
        /// Consecutive terms held.
        terms: u32,
    },
    /// Does not hold the post a `holds-post` condition asks for.
    NotHolding {
        /// The post.
        post: PostId,
    },
    /// Attended too small a share of the regular meetings in the window.
    Attendance {
        /// Meetings attended (excused ones counted as the condition says).
        attended: usize,
        /// Meetings counted (excused ones left out unless the condition counts them).
        counted: usize,
        /// The share needed.
        share: crate::Share,
        /// The window's first day.
        from: NaiveDate,
        /// The reference day (the window ends the day before).
        to: NaiveDate,
    },
    /// No attendance record for the person, so attendance cannot be judged.
    NoAttendanceRecord,
    /// No regular meeting recorded in the window, so attendance cannot be judged.
    NoMeetings {
        /// The window's first day.
        from: NaiveDate,
        /// The reference day.
        to: NaiveDate,
    },
    /// The election record does not give the day a condition is measured on.
    NoReferenceDate {
        /// The reference point.
        point: ReferencePoint,
    },
    /// The reasons of a condition measured on a day other than the election day.
    MeasuredAt {
        /// The reference point.
        point: ReferencePoint,
        /// Its day.
        date: NaiveDate,
        /// The reasons on that day.
        reasons: Vec<Reason>,
    },
    /// No alternative of an `any-of` holds: the reasons of each, in order.
    NoneOf {
        /// The reasons each alternative fails.
        alternatives: Vec<Vec<Reason>>,
    },
    /// Meets a condition that `not` excludes.
    Excluded {
        /// The condition met.
        condition: Box<Condition>,
    },
}

/// One person's eligibility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonEligibility {
    /// The person (reports name people by id).
    pub person: PersonId,
    /// The outcome.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// Eligibility under one election rule on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct EligibilityReport {
    /// The rule.
    pub rule: String,
    /// The election day.
    pub date: NaiveDate,
    /// Everyone in the electorate, with their eligibility to vote, by person id.
    pub voters: Vec<PersonEligibility>,
    /// Everyone in the electorate, with their eligibility to stand, by person id.
    pub candidates: Vec<PersonEligibility>,
    /// Conditions that exclude more of the electorate than the rule tolerates: they can
    /// only be judged by their effect, and need review.
    pub reviews: Vec<EffectReview>,
    /// Each top-level condition of candidacy with the share of the electorate it
    /// alone disqualifies, flagged unreasonable above the rule's threshold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<ConditionEffect>,
    /// The reference points the conditions are measured at, with their days: a point
    /// the record does not date (`date` absent) leaves everyone it concerns needing
    /// review; a moved one is measured on its latest date (`moved_from` its earlier
    /// ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measured: Vec<MeasuredPoint>,
}

/// The effect of one condition of candidacy on the electorate: how many members it
/// alone disqualifies, and whether that is more than the rule's `unreasonable_above`.
///
/// The *condition* is judged, not the candidate: 29 CFR 452.38(a) holds a
/// meeting-attendance requirement unreasonable when it disqualifies a large portion of
/// the members; Steelworkers v. Usery, 429 U.S. 305 (1977), struck down a rule that
/// disqualified 96.5% of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ConditionEffect {
    /// Where the condition is in the rule: `candidates.min_tenure_months`,
    /// `candidates.conditions.all-of[1]`.
    pub field: String,
    /// The condition.
    pub condition: Condition,
    /// People in the electorate.
    pub electorate: usize,
    /// People the condition alone disqualifies.
    pub disqualified: usize,
    /// The share above which the condition is unreasonable.
    pub threshold: crate::Share,
    /// Whether it disqualifies more than the threshold.
    pub unreasonable: bool,
}

/// The default of `unreasonable_above`: a condition that disqualifies most (more than
/// half) of the members is unreasonable (29 CFR 452.38(a); issue 11).
pub const DEFAULT_UNREASONABLE_ABOVE: crate::Share = crate::Share::HALF;

impl EligibilityReport {
    /// The ids of the people eligible to stand.
    pub fn eligible_candidates(&self) -> impl Iterator<Item = &PersonId> {
        self.candidates
            .iter()
            .filter(|p| p.outcome == Outcome::Eligible)
            .map(|p| &p.person)
    }
}

/// A set of conditions that excludes a large share of the electorate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EffectReview {
    /// `voters` or `candidates`.
    pub conditions: String,
    /// People in the electorate.
    pub electorate: usize,
    /// People the conditions exclude.
    pub excluded: usize,
    /// The share the rule tolerates.
    pub tolerated: crate::Share,
    /// The explanation.
    pub message: String,
}

/// The document indexed for eligibility: memberships and terms by person, the unit tree.
struct Index<'a> {
    doc: &'a Organization,
    memberships: HashMap<&'a str, Vec<usize>>,
    terms: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(doc: &'a Organization) -> Self {
        let mut memberships: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, m) in doc.memberships.iter().enumerate() {
            memberships.entry(m.person.as_str()).or_default().push(i);
        }
        let mut terms: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, t) in doc.terms.iter().enumerate() {
            terms.entry(t.person.as_str()).or_default().push(i);
        }
        Index {
            doc,
            memberships,
            terms,
        }
    }

    /// The unit and every unit below it.
    fn subtree(&self, top: &UnitId) -> BTreeSet<&'a str> {
        let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for u in &self.doc.units {
            if let Some(p) = &u.parent {
                children.entry(p.as_str()).or_default().push(u.id.as_str());
            }
        }
        let mut out = BTreeSet::new();
        let mut stack: Vec<&str> = self
            .doc
            .units
            .iter()
            .filter(|u| &u.id == top)
            .map(|u| u.id.as_str())
            .collect();
        while let Some(u) = stack.pop() {
            // A cycle in the tree (a validation error) cannot loop here.
            if out.insert(u) {
                stack.extend(children.get(u).into_iter().flatten());
            }
        }
        out
    }
}

/// Judges one person against one set of conditions: a member on the election day,
/// and every top-level condition ([`conditions::conjuncts`]) on its reference day.
/// Returns the outcome and, per condition, whether it alone fails.
fn judge(
    cx: &Ctx<'_, '_>,
    person: usize,
    conjuncts: &[(String, Condition)],
) -> (Outcome, Vec<bool>) {
    let ix = cx.ix;
    let p = &ix.doc.people[person];
    let subject = Subject {
        person,
        memberships: ix
            .memberships
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .map(|&i| &ix.doc.memberships[i])
            .filter(|m| cx.units.contains(m.unit.as_str()))
            .collect(),
        terms: ix
            .terms
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .map(|&i| &ix.doc.terms[i])
            .collect(),
    };
    let mut fails = Vec::new();
    let mut unknown = Vec::new();
    if !subject
        .memberships
        .iter()
        .any(|m| m.active_on(cx.dates.election_day))
    {
        fails.push(Reason::NotAMember);
    }
    let mut failed = Vec::with_capacity(conjuncts.len());
    for (_, c) in conjuncts {
        match cx.judge(&subject, c) {
            Verdict::Pass => failed.push(false),
            Verdict::Fail(r) => {
                failed.push(true);
                fails.extend(r);
            }
            Verdict::Unknown(r) => {
                failed.push(false);
                conditions::add_unique(&mut unknown, r);
            }
        }
    }
    let outcome = if !fails.is_empty() {
        Outcome::NotEligible { reasons: fails }
    } else if !unknown.is_empty() {
        Outcome::NeedsReview { reasons: unknown }
    } else {
        Outcome::Eligible
    };
    (outcome, failed)
}

/// How many terms in `post` the person has held back to back, up to the election day:
/// the chain of terms ending at most `cooling_off_months` before the next starts (a
/// break of a day or less without a cooling-off rule), whose last term runs on or
/// ends within the cooling-off period before `day`.
pub(super) fn consecutive_terms_up_to(
    terms: &[&crate::model::Term],
    post: &str,
    day: NaiveDate,
    cooling_off_months: Option<u32>,
) -> u32 {
    let mut mine: Vec<&&crate::model::Term> = terms
        .iter()
        .filter(|t| t.post.as_str() == post && t.start() <= day)
        .collect();
    mine.sort_by_key(|t| t.start());
    // Whether a break from `end` to `next` is too short to reset the count.
    let joined = |end: Option<NaiveDate>, next: NaiveDate| match end {
        None => true,
        Some(e) => match cooling_off_months {
            Some(m) => e
                .checked_add_months(Months::new(m))
                .is_none_or(|c| next < c),
            None => e.succ_opt().is_none_or(|d| next <= d),
        },
    };
    let Some(last) = mine.last() else { return 0 };
    if !joined(last.end(), day) && !last.active_on(day) {
        return 0;
    }
    let mut n = 1;
    for pair in mine.windows(2).rev() {
        if joined(pair[0].end(), pair[1].start()) {
            n += 1;
        } else {
            break;
        }
    }
    n
}

/// Judges every person of the electorate on the election day: who may vote, who may
/// stand, and whether the conditions exclude so many that they need review.
///
/// The electorate is the members of the body's unit and the units below it on the day
/// (or, for [`Electorate::Body`], the holders of the body's posts). People are reported
/// by id, in document order.
///
/// # Errors
/// [`ElectionRuleError::UnknownBody`] when the rule names a body the document does not
/// have.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::election_rules::{eligibility, ElectionRule};
/// use union_rulebook::model::Organization;
/// let doc = Organization::from_json_str(r#"{
///   "name": "PSP", "levels": [{"id": "psp", "name": "PSP"}],
///   "units": [{"id": "psp-1", "name": "PSP 1", "level": "psp"}],
///   "bodies": [{"id": "psp-1/exec", "unit": "psp-1", "kind": "executive", "name": "Exec",
///               "posts": [{"id": "psp-1/chair", "role": "chair"}]}],
///   "people": [{"id": "p1"}, {"id": "p2"}],
///   "memberships": [{"person": "p1", "unit": "psp-1", "start": "2020-01-01"},
///                   {"person": "p2", "unit": "psp-1", "start": "2025-09-01"}]
/// }"#)?;
/// let rule: ElectionRule = serde_json::from_str(r#"{"id": "r", "body": "psp-1/exec",
///   "method": "plurality", "candidates": {"min_tenure_months": 12}}"#)?;
/// let day = NaiveDate::from_ymd_opt(2026, 3, 1).ok_or("date")?;
/// let report = eligibility(&doc, &rule, day)?;
/// assert_eq!(report.eligible_candidates().map(|p| p.as_str()).collect::<Vec<_>>(), ["p1"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn eligibility(
    doc: &Organization,
    rule: &ElectionRule,
    day: NaiveDate,
) -> Result<EligibilityReport, ElectionRuleError> {
    eligibility_at(doc, rule, &ReferenceDates::on(day))
}

/// Judges every person of the electorate as [`eligibility`] does, each condition on
/// the reference day it names (`measured_at`, or its own `at`), from the dates of the
/// election record: a point the record does not give leaves the person needing review
/// ([`Reason::NoReferenceDate`]). The electorate is still the members on the election
/// day.
///
/// # Errors
/// [`ElectionRuleError::UnknownBody`] when the rule names a body the document does not
/// have.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::election_rules::{eligibility_at, ElectionRule, ReferenceDates};
/// use union_rulebook::model::Organization;
/// let doc = Organization::from_json_str(r#"{
///   "name": "PSP", "levels": [{"id": "psp", "name": "PSP"}],
///   "units": [{"id": "psp-1", "name": "PSP 1", "level": "psp"}],
///   "bodies": [{"id": "psp-1/exec", "unit": "psp-1", "kind": "executive", "name": "Exec",
///               "posts": [{"id": "psp-1/chair", "role": "chair"}]}],
///   "people": [{"id": "p1"}],
///   "memberships": [{"person": "p1", "unit": "psp-1", "start": "2025-01-15"}]
/// }"#)?;
/// // 12 months of membership when nominations open (2026-01-05): p1 has not.
/// let rule: ElectionRule = serde_json::from_str(r#"{"id": "r", "body": "psp-1/exec",
///   "method": "plurality", "candidates": {"min_tenure_months": 12,
///   "measured_at": "nominations-open"},
///   "elections": [{"date": "2026-03-01", "nominations_open": "2026-01-05"}]}"#)?;
/// let dates = ReferenceDates::of(&rule.elections[0]);
/// let report = eligibility_at(&doc, &rule, &dates)?;
/// assert_eq!(report.eligible_candidates().count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn eligibility_at(
    doc: &Organization,
    rule: &ElectionRule,
    dates: &ReferenceDates,
) -> Result<EligibilityReport, ElectionRuleError> {
    let day = dates.election_day;
    let body = doc
        .bodies
        .iter()
        .find(|b| b.id == rule.body)
        .ok_or_else(|| ElectionRuleError::UnknownBody {
            rule: rule.id.clone(),
            body: rule.body.to_string(),
        })?;
    let ix = Index::new(doc);
    let units = ix.subtree(&body.unit);
    let rule_posts: Vec<&PostId> = if rule.posts.is_empty() {
        body.posts.iter().map(|p| &p.id).collect()
    } else {
        rule.posts.iter().collect()
    };
    let body_posts: BTreeSet<&str> = body.posts.iter().map(|p| p.id.as_str()).collect();
    let in_body: BTreeSet<&str> = doc
        .terms
        .iter()
        .filter(|t| body_posts.contains(t.post.as_str()) && t.active_on(day))
        .map(|t| t.person.as_str())
        .collect();
    let meetings: Vec<&crate::model::Meeting> = doc.meetings.iter().collect();
    // The first record of a person counts (a second one is a validation finding).
    let mut attendance: HashMap<&str, &Attendance> = HashMap::new();
    for a in &doc.attendance {
        attendance.entry(a.person.as_str()).or_insert(a);
    }
    let context = |conditions: &Eligibility, term_rules| Ctx {
        ix: &ix,
        units: &units,
        body_unit: &body.unit,
        rule_posts: &rule_posts,
        term_rules,
        dates,
        default_at: conditions.measured_at.clone().unwrap_or_default(),
        meetings: &meetings,
        attendance: &attendance,
    };
    let voter_cx = context(&rule.voters, None);
    let candidate_cx = context(&rule.candidates, Some(&body.term_rules));
    let voter_conjuncts = conditions::conjuncts(&rule.voters);
    let candidate_conjuncts = conditions::conjuncts(&rule.candidates);
    let mut disqualified = vec![0usize; candidate_conjuncts.len()];

    let mut voters = Vec::new();
    let mut candidates = Vec::new();
    for (i, p) in doc.people.iter().enumerate() {
        let member = ix
            .memberships
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .any(|&m| {
                let m = &doc.memberships[m];
                units.contains(m.unit.as_str()) && m.active_on(day)
            });
        let in_electorate = match rule.electorate {
            Electorate::Members => member,
            Electorate::Body => in_body.contains(p.id.as_str()),
        };
        if !in_electorate {
            continue;
        }
        let (vote, _) = judge(&voter_cx, i, &voter_conjuncts);
        let (stand, failed) = judge(&candidate_cx, i, &candidate_conjuncts);
        for (n, f) in disqualified.iter_mut().zip(failed) {
            *n += usize::from(f);
        }
        voters.push(PersonEligibility {
            person: p.id.clone(),
            outcome: vote,
        });
        candidates.push(PersonEligibility {
            person: p.id.clone(),
            outcome: stand,
        });
    }
    let threshold = rule
        .candidates
        .unreasonable_above
        .unwrap_or(DEFAULT_UNREASONABLE_ABOVE);
    let n = candidates.len();
    let effects = candidate_conjuncts
        .into_iter()
        .zip(disqualified)
        .map(|((field, condition), d)| ConditionEffect {
            field: format!("candidates.{field}"),
            condition,
            electorate: n,
            disqualified: d,
            threshold,
            unreasonable: n > 0 && threshold.is_exceeded_by(d as u128, n as u128),
        })
        .collect();
    let mut reviews = Vec::new();
    for (what, list, conditions) in [
        ("voters", &voters, &rule.voters),
        ("candidates", &candidates, &rule.candidates),
    ] {
        if let Some(tolerated) = conditions.review_if_excluding_more_than {
            let excluded = list
                .iter()
                .filter(|p| matches!(p.outcome, Outcome::NotEligible { .. }))
                .count();
            let n = list.len();
            if n > 0 && tolerated.is_exceeded_by(excluded as u128, n as u128) {
                reviews.push(EffectReview {
                    conditions: what.to_string(),
                    electorate: n,
                    excluded,
                    tolerated,
                    message: msg::excludes_too_many(&rule.id, what, excluded, n, tolerated),
                });
            }
        }
    }
    Ok(EligibilityReport {
        rule: rule.id.clone(),
        date: day,
        voters,
        candidates,
        reviews,
        effects,
        measured: conditions::measured(rule, dates),
    })
}

/// Declares the candidates elected without a count when they are no more than the
/// seats (an unopposed election); `None` when a count is needed.
///
/// Union statutes declare an unopposed candidate elected without a ballot (domain
/// notes §4); the seats left over stay vacant.
///
/// ```
/// use union_rulebook::election_rules::unopposed;
/// assert_eq!(unopposed(&["p1"], 1), Some(vec!["p1"]));
/// assert_eq!(unopposed(&["p1", "p2"], 1), None);
/// ```
pub fn unopposed<T: Clone>(candidates: &[T], seats: u32) -> Option<Vec<T>> {
    (u32::try_from(candidates.len()).is_ok_and(|n| n <= seats)).then(|| candidates.to_vec())
}
