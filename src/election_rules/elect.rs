//! Running an election held under a rule of the document: eligibility, the count (or
//! an unopposed return), the representation policy's consequences, and the new terms
//! of office.

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::eligibility::{Outcome as Standing, Reason, eligibility};
use super::{ElectionRule, ElectionRuleError, messages};
use crate::election::constrained::{
    self, Change, ChangeReason, ConstraintError, GroupBounds, Placed, Shortfall,
};
use crate::election::stv::{self, Constraints, MarkKind, MarkReason};
use crate::election::{
    self, CandidateIndex, Method, Outcome, RankedElection, TallyError, TieBreak,
};
use crate::model::{Body, BodyId, HowObtained, Organization, PersonId, Post, PostId, Term};
use crate::policy::{
    self, Consequence, GroupId, Hardness, Policy, Requirement, Rule, RuleId, Selector,
};
use crate::{Finding, JsonPath, Severity};

/// What to run: the election (a rule of the document and one of its election days),
/// the ballots if there was a vote, the policy whose consequences apply, and how ties
/// are settled.
///
/// ```
/// use union_rulebook::election::TieBreak;
/// use union_rulebook::election_rules::ElectRequest;
/// let request = ElectRequest::new("dpc-bekasi-executive").ties(TieBreak::Lot { seed: 7 });
/// assert_eq!(request.rule, "dpc-bekasi-executive");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ElectRequest<'a> {
    /// The election rule's id.
    pub rule: String,
    /// The election day; the latest election recorded under the rule when absent.
    pub date: Option<NaiveDate>,
    /// The ballots, when there was a vote. Candidates are named by person id.
    pub ballots: Option<RankedElection>,
    /// The second-round ballots of a two-round election.
    pub runoff: Option<RankedElection>,
    /// The method with its parameters, when the rule's name alone does not give them
    /// (the limit of a limited vote); it must be the method the rule names.
    pub method: Option<Method>,
    /// The representation policy whose consequences apply to the result.
    pub policy: Option<&'a Policy>,
    /// How ties in the count are settled.
    pub ties: TieBreak,
}

impl<'a> ElectRequest<'a> {
    /// The latest election under rule `rule`, without ballots or policy; ties settled
    /// backward through earlier stages, then by lot with seed 0.
    pub fn new(rule: impl Into<String>) -> Self {
        ElectRequest {
            rule: rule.into(),
            date: None,
            ballots: None,
            runoff: None,
            method: None,
            policy: None,
            ties: TieBreak::Backward { seed: 0 },
        }
    }

    /// The election held on `date`.
    pub fn on(mut self, date: NaiveDate) -> Self {
        self.date = Some(date);
        self
    }

    /// The ballots cast.
    pub fn ballots(mut self, ballots: RankedElection) -> Self {
        self.ballots = Some(ballots);
        self
    }

    /// The second-round ballots of a two-round election.
    pub fn runoff(mut self, runoff: RankedElection) -> Self {
        self.runoff = Some(runoff);
        self
    }

    /// The method with its parameters.
    pub fn method(mut self, method: Method) -> Self {
        self.method = Some(method);
        self
    }

    /// The policy whose consequences apply.
    pub fn policy(mut self, policy: &'a Policy) -> Self {
        self.policy = Some(policy);
        self
    }

    /// How ties are settled.
    pub fn ties(mut self, ties: TieBreak) -> Self {
        self.ties = ties;
        self
    }
}

/// Why an election cannot be run: the request or the document does not allow it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ElectError {
    /// No election rule has this id.
    #[error("{}", messages::unknown_rule(.0))]
    UnknownRule(String),
    /// The rule's body is not in the document.
    #[error(transparent)]
    Rule(#[from] ElectionRuleError),
    /// The rule records no election on the day asked (or none at all).
    #[error("{}", messages::no_such_election(.rule, *.date))]
    NoSuchElection {
        /// The rule.
        rule: String,
        /// The day asked, if any.
        date: Option<NaiveDate>,
    },
    /// The rule names a method this crate does not count.
    #[error("{}", messages::unknown_method(.rule, .method))]
    UnknownMethod {
        /// The rule.
        rule: String,
        /// The method named.
        method: String,
    },
    /// The method given differs from the rule's.
    #[error("{}", messages::method_differs(.rule, .rule_method, .given))]
    MethodDiffers {
        /// The rule.
        rule: String,
        /// The rule's method.
        rule_method: String,
        /// The method given.
        given: String,
    },
    /// The rule elects posts the body does not have.
    #[error("{}", messages::unknown_post(.rule, .post))]
    UnknownPost {
        /// The rule.
        rule: String,
        /// The post named.
        post: String,
    },
    /// A ballot candidate is not a person of the document.
    #[error("{}", messages::unknown_candidate(*.index, .name))]
    UnknownCandidate {
        /// The candidate's number in the ballot file (1-based).
        index: usize,
        /// The name the file gives.
        name: String,
    },
    /// The ballot file fills a different number of seats than the rule's posts have.
    #[error("{}", messages::seats_differ(*.ballots, *.posts))]
    SeatsDiffer {
        /// Seats in the ballot file.
        ballots: u32,
        /// Seats of the posts elected.
        posts: u32,
    },
    /// More candidates than seats and no ballots to count.
    #[error("{}", messages::count_needed(*.candidates, *.seats))]
    CountNeeded {
        /// Eligible candidates.
        candidates: usize,
        /// Seats.
        seats: u32,
    },
    /// No ballots and no nominations recorded.
    #[error("{}", messages::no_candidates(.rule))]
    NoCandidates {
        /// The rule.
        rule: String,
    },
    /// The count failed.
    #[error("{}", messages::count_failed(.0))]
    Count(#[from] TallyError),
    /// A consequence could not be applied: its inputs contradict themselves.
    #[error("{}", messages::constraint_failed(.rule, .error))]
    Constraint {
        /// The policy rule.
        rule: RuleId,
        /// What went wrong.
        error: ConstraintError,
    },
}

/// How the seats were decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DecidedBy {
    /// No more eligible candidates than seats: elected without a count.
    Unopposed,
    /// A count of the ballots.
    Count,
}

/// One candidate's standing on the election day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CandidateStanding {
    /// The person.
    pub person: PersonId,
    /// Their number in the ballot file (1-based), when there was a ballot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ballot_number: Option<usize>,
    /// Eligible, not eligible (withdrawn from the count), or needing review.
    #[serde(flatten)]
    pub standing: Standing,
}

/// How many of the electorate may vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct VoterCounts {
    /// Eligible to vote.
    pub eligible: usize,
    /// Not eligible.
    pub not_eligible: usize,
    /// Needing review.
    pub needs_review: usize,
}

/// One change a consequence made, by person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonChange {
    /// The winner who gave way (none when a seat was added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<PersonId>,
    /// The person who took the seat.
    pub added: PersonId,
    /// Why.
    pub reason: ChangeReason,
}

/// A policy rule applied to the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AppliedRule {
    /// The rule.
    pub rule: RuleId,
    /// Its version in force on the election day.
    pub version: u32,
    /// Binding or a target (a target's consequence is only reported).
    pub hardness: Hardness,
    /// The consequence the rule names.
    pub consequence: Consequence,
    /// The body's size on the rule's base.
    pub body_seats: u32,
    /// The bounds for the seats elected here: the rule's bounds for the body, less the
    /// seats the group holds in posts not elected now.
    pub bounds: Vec<GroupBounds>,
    /// Whether the consequence changed or judged the result (false for targets, for
    /// report-only rules, and for consequences that do not apply to this election).
    pub applied: bool,
    /// Every change made.
    pub changes: Vec<PersonChange>,
    /// Bounds still not met afterwards, and why.
    pub unmet: Vec<Shortfall>,
    /// For a constrained count: every candidate doomed or guarded, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<PersonMark>,
}

/// A candidate doomed or guarded by a constrained STV count, by person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonMark {
    /// The stage of the count.
    pub stage: u32,
    /// The candidate.
    pub person: PersonId,
    /// Doomed or guarded.
    pub mark: MarkKind,
    /// Why.
    pub reason: MarkReason,
}

/// A term that ends because its seat was filled by this election.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EndedTerm {
    /// Index of the term in the document's `terms`.
    pub index: usize,
    /// The holder.
    pub person: PersonId,
    /// The post.
    pub post: PostId,
    /// The new last day: the day before the election.
    pub end: NaiveDate,
}

/// The result of an election held under a rule of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ElectionResult {
    /// The election rule.
    pub rule: String,
    /// The body elected.
    pub body: BodyId,
    /// The election day.
    pub date: NaiveDate,
    /// The counting method.
    pub method: String,
    /// The posts filled, in order.
    pub posts: Vec<PostId>,
    /// Seats to fill (before any seat added by a policy).
    pub seats: u32,
    /// The electorate's eligibility to vote.
    pub voters: VoterCounts,
    /// The candidates and their eligibility to stand.
    pub candidates: Vec<CandidateStanding>,
    /// Unopposed, or counted.
    pub decided_by: DecidedBy,
    /// The count, when there was one (candidates by their ballot-file index, 0-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<Outcome>,
    /// Who the count (or the nominations) elected, before any policy consequence.
    pub elected_by_count: Vec<PersonId>,
    /// The policy rules applied, in the policy's order.
    pub policy: Vec<AppliedRule>,
    /// Who is elected in the end, in order of election.
    pub elected: Vec<PersonId>,
    /// Seats added by a policy (co-opted).
    pub added_seats: u32,
    /// Whether a delegation rule refused the result: no terms are written then.
    pub refused: bool,
    /// The new terms of office.
    pub terms: Vec<Term>,
    /// The sitting terms that end the day before.
    pub ended: Vec<EndedTerm>,
    /// Everything worth a reader's attention, with codes: ineligible candidates
    /// withdrawn, reviews, floors not met, seats left vacant.
    pub findings: Vec<Finding>,
}

impl ElectionResult {
    /// Whether a binding rule is left broken (an error finding): `rulebook elect`
    /// exits with 1 then.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The result as text for people (people named by id); the data itself
    /// serializes to JSON.
    pub fn render_text(&self) -> String {
        messages::render_election(self)
    }

    /// The document after the election: the sitting terms ended the day before, the new
    /// terms added, and the last post enlarged by any seats the policy added. The
    /// input is not changed.
    pub fn apply(&self, doc: &Organization) -> Organization {
        let mut out = doc.clone();
        for e in &self.ended {
            if let Some(t) = out.terms.get_mut(e.index) {
                if let Ok(mut ended) =
                    Term::new(t.person.clone(), t.post.clone(), t.start(), Some(e.end))
                {
                    ended.how = t.how;
                    *t = ended;
                }
            }
        }
        if self.added_seats > 0 {
            if let Some(post) = out
                .bodies
                .iter_mut()
                .filter(|b| b.id == self.body)
                .flat_map(|b| b.posts.iter_mut())
                .filter(|p| self.posts.contains(&p.id))
                .last()
            {
                post.seats = post.seats.saturating_add(self.added_seats);
            }
        }
        out.terms.extend(self.terms.iter().cloned());
        out
    }
}

/// Runs the election `request` names under a rule of `doc`.
///
/// 1. **Eligibility** on the election day ([`eligibility`]): a ballot candidate who may
///    not stand is withdrawn from the count (finding `candidate-not-eligible`); one
///    whose eligibility needs review stays in it (`candidate-needs-review`).
/// 2. **Unopposed or counted**: when the eligible candidates are no more than the
///    seats, they are elected without a count, as union statutes provide (domain
///    notes §4); otherwise the ballots are counted by the rule's method
///    ([`election::count`]).
/// 3. **Policy**: each rule of `request.policy` in force on the day that covers the
///    body is applied by its consequence, in the policy's order: corrective
///    replacement, fill the floor first (WO §22), added seats (SDA 1975 s.49), a
///    refused delegation ([`constrained`]). The bounds are those of the whole body,
///    less the seats the group keeps in posts not elected now. Targets ("shall aim")
///    and report-only rules change nothing; a floor that cannot be met is a finding
///    (`floor-not-met`, an error for binding rules).
/// 4. **Terms**: a seat reserved for a group goes to the best-placed elected member
///    of the group; the others fill the remaining seats in order (each post's seats
///    in turn). Terms run from the election day for the body's longest term when it
///    has one; sitting terms of those posts end the day before.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::election_rules::{elect, DecidedBy, ElectRequest};
/// use union_rulebook::model::Organization;
/// let doc = Organization::from_json_str(r#"{
///   "name": "PSP SPN PT Contoh",
///   "levels": [{"id": "psp", "name": "PSP"}],
///   "units": [{"id": "psp-1", "name": "PSP 1", "level": "psp"}],
///   "bodies": [{"id": "psp-1/exec", "unit": "psp-1", "kind": "executive", "name": "Pengurus",
///               "posts": [{"id": "psp-1/chair", "role": "chair"}]}],
///   "people": [{"id": "p1"}, {"id": "p2"}],
///   "memberships": [{"person": "p1", "unit": "psp-1", "start": "2020-01-01"},
///                   {"person": "p2", "unit": "psp-1", "start": "2020-01-01"}],
///   "election_rules": [{"id": "chair", "body": "psp-1/exec", "method": "plurality",
///     "elections": [{"date": "2026-03-01", "nominated": ["p2"]}]}]
/// }"#)?;
/// let result = elect(&doc, &ElectRequest::new("chair"))?;
/// assert_eq!(result.decided_by, DecidedBy::Unopposed);
/// assert_eq!(result.terms[0].person.as_str(), "p2");
/// let after = result.apply(&doc);
/// assert_eq!(after.terms.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// An [`ElectError`] when the request cannot be run: an unknown rule, election, post,
/// method or candidate, seats that differ from the ballot file, a contest without
/// ballots, or a count that fails.
pub fn elect(doc: &Organization, request: &ElectRequest<'_>) -> Result<ElectionResult, ElectError> {
    let (rule_index, rule) = doc
        .election_rules
        .iter()
        .enumerate()
        .find(|(_, r)| r.id == request.rule)
        .ok_or_else(|| ElectError::UnknownRule(request.rule.clone()))?;
    let rule_path = JsonPath::root().key("election_rules").index(rule_index);
    let election = match request.date {
        Some(d) => rule.elections.iter().find(|e| e.date == d),
        None => rule.elections.iter().max_by_key(|e| e.date),
    }
    .ok_or_else(|| ElectError::NoSuchElection {
        rule: rule.id.clone(),
        date: request.date,
    })?;
    let date = election.date;
    let method = method_of(rule, request.method.as_ref())?;
    let (body_index, body) = doc
        .bodies
        .iter()
        .enumerate()
        .find(|(_, b)| b.id == rule.body)
        .ok_or_else(|| ElectionRuleError::UnknownBody {
            rule: rule.id.clone(),
            body: rule.body.as_str().to_owned(),
        })?;
    let posts = posts_elected(rule, body)?;
    let seats: u32 = posts.iter().map(|p| p.seats.get()).sum();
    let report = eligibility(doc, rule, date)?;
    let mut findings = Vec::new();
    for review in &report.reviews {
        findings.push(Finding::new(
            "eligibility-needs-review",
            Severity::Warning,
            rule_path.clone(),
            messages::effect_review(&rule.id, review),
        ));
    }
    let voters = VoterCounts {
        eligible: count_standing(&report.voters, |s| matches!(s, Standing::Eligible)),
        not_eligible: count_standing(&report.voters, |s| {
            matches!(s, Standing::NotEligible { .. })
        }),
        needs_review: count_standing(&report.voters, |s| {
            matches!(s, Standing::NeedsReview { .. })
        }),
    };
    let standing_of = |person: &PersonId| -> Standing {
        report
            .candidates
            .iter()
            .find(|c| &c.person == person)
            .map_or_else(
                || Standing::NotEligible {
                    reasons: vec![Reason::NotAMember],
                },
                |c| c.outcome.clone(),
            )
    };

    // The candidates: the ballot file's, or the nominations.
    let mut candidates = Vec::new();
    let mut ballots = request.ballots.clone();
    if let Some(b) = &mut ballots {
        if b.seats != seats {
            return Err(ElectError::SeatsDiffer {
                ballots: b.seats,
                posts: seats,
            });
        }
        for (i, c) in b.candidates.iter().enumerate() {
            let person = PersonId::new(c.name.as_str())
                .ok()
                .filter(|p| doc.people.iter().any(|x| &x.id == p))
                .ok_or_else(|| ElectError::UnknownCandidate {
                    index: i + 1,
                    name: c.name.clone(),
                })?;
            candidates.push(CandidateStanding {
                standing: standing_of(&person),
                person,
                ballot_number: Some(i + 1),
            });
        }
        for (i, c) in candidates.iter().enumerate() {
            let withdrawn = CandidateIndex::try_from(i).is_ok_and(|i| b.withdrawn.contains(&i));
            if let (Standing::NotEligible { reasons }, false) = (&c.standing, withdrawn) {
                if let Ok(ci) = CandidateIndex::try_from(i) {
                    b.withdrawn.push(ci);
                }
                findings.push(Finding::new(
                    "candidate-not-eligible",
                    Severity::Warning,
                    rule_path.clone(),
                    messages::candidate_withdrawn(&c.person, reasons),
                ));
            }
        }
        b.withdrawn.sort_unstable();
    } else {
        if election.nominated.is_empty() {
            return Err(ElectError::NoCandidates {
                rule: rule.id.clone(),
            });
        }
        for person in &election.nominated {
            candidates.push(CandidateStanding {
                standing: standing_of(person),
                person: person.clone(),
                ballot_number: None,
            });
        }
        for c in &candidates {
            if let Standing::NotEligible { reasons } = &c.standing {
                findings.push(Finding::new(
                    "candidate-not-eligible",
                    Severity::Warning,
                    rule_path.clone(),
                    messages::candidate_withdrawn(&c.person, reasons),
                ));
            }
        }
    }
    for c in &candidates {
        if let Standing::NeedsReview { reasons } = &c.standing {
            findings.push(Finding::new(
                "candidate-needs-review",
                Severity::Warning,
                rule_path.clone(),
                messages::candidate_review(&c.person, reasons),
            ));
        }
    }

    // Unopposed, or counted.
    let standing: Vec<usize> = candidates
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !matches!(c.standing, Standing::NotEligible { .. })
                && !ballots.as_ref().is_some_and(|b| {
                    CandidateIndex::try_from(*i).is_ok_and(|ci| b.withdrawn.contains(&ci))
                })
        })
        .map(|(i, _)| i)
        .collect();
    let (decided_by, count, ranking_order) =
        if u32::try_from(standing.len()).is_ok_and(|n| n <= seats) {
            (DecidedBy::Unopposed, None, standing.clone())
        } else {
            let Some(b) = &ballots else {
                return Err(ElectError::CountNeeded {
                    candidates: standing.len(),
                    seats,
                });
            };
            let outcome = election::count(b, &method, &request.ties, request.runoff.as_ref())?;
            let order: Vec<usize> = constrained::ranking_from_outcome(&outcome, |_| None)
                .iter()
                .map(|p| p.candidate as usize)
                .collect();
            (DecidedBy::Count, Some(outcome), order)
        };
    let elected_count: Vec<usize> = count.as_ref().map_or_else(
        || standing.clone(),
        |o| o.elected.iter().map(|&c| c as usize).collect(),
    );
    let person_at = |i: usize| candidates.get(i).map(|c| c.person.clone());
    let elected_by_count: Vec<PersonId> =
        elected_count.iter().filter_map(|&i| person_at(i)).collect();
    if u32::try_from(elected_by_count.len()).is_ok_and(|n| n < seats) {
        findings.push(Finding::new(
            "seats-vacant",
            Severity::Warning,
            rule_path.clone(),
            messages::seats_vacant(seats, elected_by_count.len()),
        ));
    }

    // The policy's consequences, in the policy's order. The ranking puts the elected
    // first, in order of election, then everyone else as the count placed them.
    let mut ranking: Vec<usize> = elected_count.clone();
    ranking.extend(ranking_order.iter().filter(|i| !elected_count.contains(i)));
    let mut elected = elected_count.len();
    let mut applied_rules = Vec::new();
    let mut added_seats = 0u32;
    let mut refused = false;
    let body_path = JsonPath::root().key("bodies").index(body_index);
    if let Some(policy) = request.policy {
        let ctx = Context {
            doc,
            policy,
            body,
            posts: &posts,
            date,
        };
        for r in policy.rules_in_force(date) {
            if !ctx.covers(r) {
                continue;
            }
            let Some(plan) = ctx.plan(r, &mut findings, &body_path) else {
                continue;
            };
            // Each candidate's group, by ballot-file index.
            let groups = groups_of_all(&ctx, &candidates, &plan.bounds);
            let placed: Vec<Placed> = ranking
                .iter()
                .filter_map(|&i| {
                    let group = groups.get(i).and_then(Option::as_deref);
                    CandidateIndex::try_from(i)
                        .ok()
                        .map(|ci| Placed::new(ci, group))
                })
                .collect();
            let filled = u32::try_from(elected).unwrap_or(u32::MAX);
            let active = r.hardness == Hardness::Binding;
            let err = |error| ElectError::Constraint {
                rule: r.id.clone(),
                error,
            };
            let result = match (active, r.consequence) {
                (true, Consequence::CorrectiveReplacement) => Some(
                    constrained::corrective_replacement(&placed, filled, &plan.bounds)
                        .map_err(err)?,
                ),
                (true, Consequence::FillFloorFirst) => {
                    Some(constrained::floor_first(&placed, filled, &plan.bounds).map_err(err)?)
                }
                (true, Consequence::AddSeats) => {
                    // `size` counts the seats elected here; the rule bounds the body.
                    let others = plan.body_seats.saturating_sub(filled);
                    let bounds_for =
                        |size: u32| ctx.bounds_at(r, &plan, others.saturating_add(size));
                    let limit = u32::try_from(placed.len()).unwrap_or(u32::MAX);
                    Some(
                        constrained::added_seats(&placed, filled, bounds_for, limit)
                            .map_err(err)?,
                    )
                }
                (true, Consequence::RefuseDelegation) => {
                    let members: Vec<Placed> = placed.iter().take(elected).cloned().collect();
                    let verdict =
                        constrained::check_delegation(&members, &plan.bounds).map_err(err)?;
                    if !verdict.accepted {
                        refused = true;
                        findings.push(Finding::new(
                            "delegation-refused",
                            Severity::Error,
                            body_path.clone(),
                            messages::delegation_refused(body.id.as_str(), &r.id),
                        ));
                    }
                    applied_rules.push(plan.into_applied(r, true, Vec::new(), verdict.shortfalls));
                    continue;
                }
                (true, Consequence::ConstrainedCount) => {
                    let counted = match (&ballots, &method, decided_by) {
                        (Some(b), Method::ScottishStv | Method::Wigm { .. }, DecidedBy::Count) => {
                            let constraints =
                                Constraints::new(&groups, &plan.bounds).map_err(err)?;
                            Some(match &method {
                                Method::Wigm { quota, places } => stv::wigm_constrained(
                                    b,
                                    &stv::WigmOptions::new()
                                        .quota(*quota)
                                        .places(*places)
                                        .ties(request.ties.clone()),
                                    &constraints,
                                )?,
                                _ => stv::scottish_stv_constrained(
                                    b,
                                    request.ties.clone(),
                                    &constraints,
                                )?,
                            })
                        }
                        _ => None,
                    };
                    let Some(counted) = counted else {
                        findings.push(Finding::new(
                            "consequence-not-applicable",
                            Severity::Warning,
                            body_path.clone(),
                            messages::constrained_count_not_applicable(&r.id, method.name()),
                        ));
                        applied_rules.push(plan.into_applied(r, false, Vec::new(), Vec::new()));
                        continue;
                    };
                    let winners: Vec<usize> = counted
                        .outcome
                        .elected
                        .iter()
                        .map(|&c| c as usize)
                        .collect();
                    let changes = swaps(
                        &ranking[..elected.min(ranking.len())],
                        &winners,
                        &groups,
                        &plan.bounds,
                    )
                    .into_iter()
                    .filter_map(|(removed, added, reason)| {
                        Some(PersonChange {
                            removed: removed.and_then(&person_at),
                            added: person_at(added)?,
                            reason,
                        })
                    })
                    .collect();
                    for s in &counted.unmet {
                        findings.push(Finding::new(
                            "floor-not-met",
                            Severity::Error,
                            body_path.clone(),
                            messages::floor_not_met(body.id.as_str(), &r.id, s),
                        ));
                    }
                    let marks = counted
                        .marks
                        .iter()
                        .filter_map(|m| {
                            Some(PersonMark {
                                stage: m.stage,
                                person: person_at(m.candidate as usize)?,
                                mark: m.mark,
                                reason: m.reason.clone(),
                            })
                        })
                        .collect();
                    let order: Vec<usize> =
                        constrained::ranking_from_outcome(&counted.outcome, |_| None)
                            .iter()
                            .map(|p| p.candidate as usize)
                            .collect();
                    elected = winners.len();
                    ranking = winners.clone();
                    ranking.extend(order.into_iter().filter(|i| !winners.contains(i)));
                    let mut applied = plan.into_applied(r, true, changes, counted.unmet);
                    applied.marks = marks;
                    applied_rules.push(applied);
                    continue;
                }
                (true, Consequence::ListJump) => {
                    findings.push(Finding::new(
                        "consequence-not-applicable",
                        Severity::Warning,
                        body_path.clone(),
                        messages::list_jump_not_applicable(&r.id),
                    ));
                    None
                }
                _ => None,
            };
            let Some(result) = result else {
                applied_rules.push(plan.into_applied(r, false, Vec::new(), Vec::new()));
                continue;
            };
            let to_person = |c: CandidateIndex| person_at(c as usize);
            let changes: Vec<PersonChange> = result
                .changes
                .iter()
                .filter_map(|c: &Change| {
                    Some(PersonChange {
                        removed: c.removed.and_then(to_person),
                        added: to_person(c.added)?,
                        reason: c.reason.clone(),
                    })
                })
                .collect();
            for s in &result.unmet {
                findings.push(Finding::new(
                    "floor-not-met",
                    Severity::Error,
                    body_path.clone(),
                    messages::floor_not_met(body.id.as_str(), &r.id, s),
                ));
            }
            added_seats = added_seats.saturating_add(result.seats.saturating_sub(filled));
            // The new ranking: the constrained winners, then the others in their order.
            let winners: Vec<usize> = result.elected.iter().map(|&c| c as usize).collect();
            let rest: Vec<usize> = ranking
                .iter()
                .copied()
                .filter(|i| !winners.contains(i))
                .collect();
            elected = winners.len();
            ranking = winners;
            ranking.extend(rest);
            applied_rules.push(plan.into_applied(r, true, changes, result.unmet));
        }
    }
    let final_elected: Vec<PersonId> = ranking
        .iter()
        .take(elected)
        .filter_map(|&i| person_at(i))
        .collect();

    // Terms of office: posts in order, each post's seats in turn; seats added by a
    // policy go to the last post.
    let end = body
        .term_rules
        .max_term_months
        .and_then(|m| date.checked_add_months(Months::new(m.get())))
        .and_then(|d| d.pred_opt());
    let mut terms = Vec::new();
    if !refused {
        let mut slots: Vec<(&Post, HowObtained)> = posts
            .iter()
            .flat_map(|p| std::iter::repeat_n((*p, HowObtained::Elected), p.seats.get() as usize))
            .collect();
        if let Some(last) = posts.last() {
            slots.extend(std::iter::repeat_n(
                (*last, HowObtained::CoOpted),
                added_seats as usize,
            ));
        }
        for (person, (post, how)) in assign_seats(doc, &final_elected, &slots, date) {
            if let Ok(mut t) = Term::new(person.clone(), post.id.clone(), date, end) {
                t.how = how;
                terms.push(t);
            }
        }
    }
    let ended = if refused {
        Vec::new()
    } else {
        sitting_terms(doc, &posts, date)
    };
    Ok(ElectionResult {
        rule: rule.id.clone(),
        body: body.id.clone(),
        date,
        method: method.name().to_owned(),
        posts: posts.iter().map(|p| p.id.clone()).collect(),
        seats,
        voters,
        candidates,
        decided_by,
        count,
        elected_by_count,
        policy: applied_rules,
        elected: final_elected,
        added_seats,
        refused,
        terms,
        ended,
        findings,
    })
}

fn count_standing(people: &[super::PersonEligibility], f: impl Fn(&Standing) -> bool) -> usize {
    people.iter().filter(|p| f(&p.outcome)).count()
}

/// The method the rule names, or the one given if it is the same method.
fn method_of(rule: &ElectionRule, given: Option<&Method>) -> Result<Method, ElectError> {
    let named = Method::from_name(&rule.method).ok_or_else(|| ElectError::UnknownMethod {
        rule: rule.id.clone(),
        method: rule.method.clone(),
    })?;
    match given {
        None => Ok(named),
        Some(m) if m.name() == named.name() => Ok(m.clone()),
        Some(m) => Err(ElectError::MethodDiffers {
            rule: rule.id.clone(),
            rule_method: rule.method.clone(),
            given: m.name().to_owned(),
        }),
    }
}

/// The posts the rule elects, in the body's order: those it names, or all.
fn posts_elected<'b>(rule: &ElectionRule, body: &'b Body) -> Result<Vec<&'b Post>, ElectError> {
    if rule.posts.is_empty() {
        return Ok(body.posts.iter().collect());
    }
    for p in &rule.posts {
        if !body.posts.iter().any(|b| &b.id == p) {
            return Err(ElectError::UnknownPost {
                rule: rule.id.clone(),
                post: p.as_str().to_owned(),
            });
        }
    }
    Ok(body
        .posts
        .iter()
        .filter(|p| rule.posts.contains(&p.id))
        .collect())
}

/// Terms of the elected posts still running on the election day: they end the day
/// before. A term starting on or after the day is left alone.
fn sitting_terms(doc: &Organization, posts: &[&Post], date: NaiveDate) -> Vec<EndedTerm> {
    let Some(before) = date.pred_opt() else {
        return Vec::new();
    };
    doc.terms
        .iter()
        .enumerate()
        .filter(|(_, t)| posts.iter().any(|p| p.id == t.post))
        .filter(|(_, t)| t.start() < date && t.end().is_none_or(|e| e >= date))
        .map(|(index, t)| EndedTerm {
            index,
            person: t.person.clone(),
            post: t.post.clone(),
            end: before,
        })
        .collect()
}

/// Seats for the elected, in order of election: a seat reserved for a group (a post's
/// `reserved_for`) goes to the best-placed elected member of the group, then every
/// other seat, in the order of the posts, to the others in order of election. A
/// reserved seat no elected member of its group can take goes to the next in order
/// (and `validate` reports it).
fn assign_seats<'p>(
    doc: &Organization,
    elected: &'p [PersonId],
    slots: &[(&'p Post, HowObtained)],
    date: NaiveDate,
) -> Vec<(&'p PersonId, (&'p Post, HowObtained))> {
    let mut taken = vec![false; elected.len()];
    let mut seat_of: Vec<Option<usize>> = vec![None; slots.len()];
    for (k, (post, _)) in slots.iter().enumerate() {
        let Some(group) = &post.reserved_for else {
            continue;
        };
        let pick = elected.iter().enumerate().position(|(i, person)| {
            taken.get(i) == Some(&false)
                && doc
                    .people
                    .iter()
                    .find(|p| &p.id == person)
                    .and_then(|p| group.contains(p, date))
                    .unwrap_or(false)
        });
        if let Some(i) = pick {
            taken[i] = true;
            seat_of[k] = Some(i);
        }
    }
    let mut rest = (0..elected.len()).filter(|&i| !taken[i]);
    for seat in seat_of.iter_mut().filter(|s| s.is_none()) {
        *seat = rest.next();
    }
    let mut out: Vec<(usize, (&Post, HowObtained))> = seat_of
        .into_iter()
        .zip(slots.iter().copied())
        .filter_map(|(i, slot)| Some((i?, slot)))
        .collect();
    // Terms in order of election.
    out.sort_by_key(|(i, _)| *i);
    out.into_iter()
        .filter_map(|(i, slot)| Some((elected.get(i)?, slot)))
        .collect()
}

/// Each candidate's group among the bounded groups, by ballot-file index.
fn groups_of_all(
    ctx: &Context<'_>,
    candidates: &[CandidateStanding],
    bounds: &[GroupBounds],
) -> Vec<Option<String>> {
    candidates
        .iter()
        .map(|c| ctx.group_of(&c.person, bounds))
        .collect()
}

/// The changes from the winners `before` to the winners `after`, paired in order:
/// each winner who lost the seat against the candidate who took it, with the bound
/// that moved it (the floor of the newcomer's group, or the ceiling of the leaver's).
fn swaps(
    before: &[usize],
    after: &[usize],
    groups: &[Option<String>],
    bounds: &[GroupBounds],
) -> Vec<(Option<usize>, usize, ChangeReason)> {
    let group = |i: usize| groups.get(i).and_then(Option::as_deref);
    let held = |g: &str| {
        u32::try_from(before.iter().filter(|&&i| group(i) == Some(g)).count()).unwrap_or(u32::MAX)
    };
    let out_: Vec<usize> = before
        .iter()
        .copied()
        .filter(|i| !after.contains(i))
        .collect();
    let in_: Vec<usize> = after
        .iter()
        .copied()
        .filter(|i| !before.contains(i))
        .collect();
    let mut changes = Vec::new();
    for (k, &added) in in_.iter().enumerate() {
        let removed = out_.get(k).copied();
        let floor = group(added).and_then(|g| bounds.iter().find(|b| b.group == g));
        let ceiling = removed
            .and_then(group)
            .and_then(|g| bounds.iter().find(|b| b.group == g));
        let reason = match (floor, ceiling) {
            (Some(b), _) if held(&b.group) < b.min => ChangeReason::Floor {
                group: b.group.clone(),
                min: b.min,
                had: held(&b.group),
            },
            (_, Some(b)) if held(&b.group) > b.max => ChangeReason::Ceiling {
                group: b.group.clone(),
                max: b.max,
                had: held(&b.group),
            },
            (Some(b), _) | (_, Some(b)) => ChangeReason::Floor {
                group: b.group.clone(),
                min: b.min,
                had: held(&b.group),
            },
            (None, None) => continue,
        };
        changes.push((removed, added, reason));
    }
    changes
}

/// What a policy rule asks of this election.
struct Plan {
    body_seats: u32,
    /// Seats each bounded group keeps in posts not elected now, by group.
    kept: Vec<(GroupId, u32)>,
    bounds: Vec<GroupBounds>,
}

impl Plan {
    fn into_applied(
        self,
        r: &Rule,
        applied: bool,
        changes: Vec<PersonChange>,
        unmet: Vec<Shortfall>,
    ) -> AppliedRule {
        AppliedRule {
            rule: r.id.clone(),
            version: r.version,
            hardness: r.hardness,
            consequence: r.consequence,
            body_seats: self.body_seats,
            bounds: self.bounds,
            applied,
            changes,
            unmet,
            marks: Vec::new(),
        }
    }
}

struct Context<'a> {
    doc: &'a Organization,
    policy: &'a Policy,
    body: &'a Body,
    posts: &'a [&'a Post],
    date: NaiveDate,
}

impl Context<'_> {
    fn covers(&self, r: &Rule) -> bool {
        let find = |id: &str| self.doc.units.iter().find(|u| u.id.as_str() == id);
        let unit = find(self.body.unit.as_str());
        let chain = unit.map(|u| u.chain_up(find)).unwrap_or_default();
        r.scope
            .covers(self.body, unit.map(|u| u.level.as_str()), &chain)
    }

    /// The body's posts the rule looks at.
    fn view(&self, r: &Rule) -> Vec<&Post> {
        let view = policy::view_of(r);
        self.body
            .posts
            .iter()
            .filter(|p| view.includes(p))
            .collect()
    }

    fn selector(&self, g: &GroupId) -> Option<&Selector> {
        self.policy.group(g).map(|d| &d.select)
    }

    /// The group of `person` among the bounded groups: the first that selects them.
    fn group_of(&self, person: &PersonId, bounds: &[GroupBounds]) -> Option<String> {
        let p = self.doc.people.iter().find(|x| &x.id == person)?;
        bounds.iter().find_map(|b| {
            let g = GroupId::new(b.group.as_str()).ok()?;
            self.selector(&g)?
                .matches(p, self.date)
                .unwrap_or(false)
                .then(|| b.group.clone())
        })
    }

    /// The unit's share of the group, from its membership statistics on the day.
    fn unit_share(&self, g: &GroupId) -> Option<policy::Share> {
        let unit = self.doc.units.iter().find(|u| u.id == self.body.unit)?;
        let stats = unit.stats_as_of(self.date)?;
        let group = self.selector(g)?.stats_group()?;
        let n = stats.count(&group)?;
        policy::Share::new(u64::from(n), u64::from(stats.total())).ok()
    }

    /// The bounds the rule sets for the seats elected now, or `None` when it does not
    /// bear on them (no elected post in its view, below its size threshold).
    fn plan(&self, r: &Rule, findings: &mut Vec<Finding>, path: &JsonPath) -> Option<Plan> {
        let view = self.view(r);
        if !view.iter().any(|p| self.posts.iter().any(|e| e.id == p.id)) {
            return None;
        }
        let body_seats: u32 = view.iter().map(|p| p.seats.get()).sum();
        let other: Vec<&PostId> = view
            .iter()
            .filter(|p| !self.posts.iter().any(|e| e.id == p.id))
            .map(|p| &p.id)
            .collect();
        let mut kept = Vec::new();
        for g in r.require.groups() {
            let n = self
                .doc
                .terms
                .iter()
                .filter(|t| other.contains(&&t.post) && t.active_on(self.date))
                .filter_map(|t| self.doc.people.iter().find(|p| p.id == t.person))
                .filter(|p| {
                    self.selector(g)
                        .and_then(|s| s.matches(*p, self.date))
                        .unwrap_or(false)
                })
                .count();
            kept.push((g.clone(), u32::try_from(n).unwrap_or(u32::MAX)));
        }
        let mut plan = Plan {
            body_seats,
            kept,
            bounds: Vec::new(),
        };
        let share = r.require.groups().first().and_then(|g| self.unit_share(g));
        match policy::requirement(&r.require, body_seats, share) {
            Requirement::NotApplicable { .. } => return None,
            Requirement::NeedsReference => {
                findings.push(Finding::new(
                    "reference-missing",
                    Severity::Warning,
                    path.clone(),
                    messages::reference_missing(self.body.id.as_str(), &r.id),
                ));
                return None;
            }
            Requirement::Bounds { .. } => {}
        }
        plan.bounds = self.bounds_at(r, &plan, body_seats);
        Some(plan)
    }

    /// The rule's bounds for a body of `size` seats, less what each group keeps
    /// elsewhere in the body.
    fn bounds_at(&self, r: &Rule, plan: &Plan, size: u32) -> Vec<GroupBounds> {
        let share = r.require.groups().first().and_then(|g| self.unit_share(g));
        let Requirement::Bounds { groups } = policy::requirement(&r.require, size, share) else {
            return Vec::new();
        };
        groups
            .into_iter()
            .map(|b| {
                let kept = plan
                    .kept
                    .iter()
                    .find(|(g, _)| *g == b.group)
                    .map_or(0, |(_, n)| *n);
                GroupBounds::new(
                    b.group.as_str(),
                    b.min.saturating_sub(kept),
                    b.max.saturating_sub(kept),
                )
            })
            .collect()
    }
}
