//! Running an election held under a rule of the document: eligibility, the count (or
//! an unopposed return), the representation policy's consequences, and the new terms
//! of office.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::eligibility::Outcome as Standing;
use super::{ElectionRuleError, messages};
use crate::election::constrained::{ChangeReason, ConstraintError, GroupBounds, Shortfall};
use crate::election::stv::{MarkKind, MarkReason};
use crate::election::{Method, Outcome, RankedElection, TallyError, TieBreak};
use crate::model::{BodyId, Organization, PersonId, PostId, Term};
use crate::policy::{Consequence, Escape, Hardness, Policy, RuleId};
use crate::{Finding, Severity};

mod consequence;
mod decide;
mod document;
mod escape;
mod lists;
mod select;
mod standing;
mod terms;

use consequence::{PolicyOutcome, Ranking, apply_policy};
pub use lists::{ListPoll, ListResult, StruckCandidate, UnknownListCandidate};
pub use select::{ElectionSelector, ElectionSelectorError};

/// What to run: the election (a rule of the document and one of its election days),
/// the ballots if there was a vote (or, for a rule counted by a list method, the list
/// votes and the candidate lists: [`ElectRequest::lists`]), the policy whose
/// consequences apply, and how ties are settled.
///
/// ```
/// use union_rulebook::election::TieBreak;
/// use union_rulebook::election_rules::ElectRequest;
/// let request = ElectRequest::new("dpc-bekasi-executive").ties(TieBreak::Lot { seed: Some(7) });
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
    /// The votes and candidate lists of a list election (a rule counted by a list
    /// method), instead of ballots.
    pub lists: Option<ListPoll>,
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
    /// backward through earlier stages, with no lot (a tie the stages leave is
    /// [`TallyError::LotNeeded`]).
    pub fn new(rule: impl Into<String>) -> Self {
        ElectRequest {
            rule: rule.into(),
            date: None,
            ballots: None,
            runoff: None,
            lists: None,
            method: None,
            policy: None,
            ties: TieBreak::Backward { seed: None },
        }
    }

    /// The election `selector` names, without ballots or policy.
    pub fn for_election(selector: ElectionSelector) -> Self {
        let request = ElectRequest::new(selector.rule);
        match selector.date {
            Some(d) => request.on(d),
            None => request,
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

    /// The list votes and the candidate lists of a list election.
    pub fn lists(mut self, lists: ListPoll) -> Self {
        self.lists = Some(lists);
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

impl From<ElectionSelector> for ElectRequest<'_> {
    fn from(selector: ElectionSelector) -> Self {
        ElectRequest::for_election(selector)
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
    /// Candidates of the lists who are not persons of the document, every one with its
    /// line of the candidates file.
    #[error("{}", unknown_list_candidates(.0))]
    UnknownListCandidates(Vec<UnknownListCandidate>),
    /// Lists were given for a rule whose method is not a list method.
    #[error("{}", crate::i18n::tr!("elect-lists-need-list-method", rule = .rule.as_str(), method = .method.as_str()))]
    NotAListMethod {
        /// The rule.
        rule: String,
        /// The rule's method.
        method: String,
    },
    /// Both ballots and lists were given.
    #[error("{}", crate::i18n::tr!("elect-ballots-and-lists"))]
    BallotsAndLists,
    /// The lists could not be counted, or their floor met.
    #[error("{}", messages::count_failed_lists(.0))]
    Lists(#[from] crate::election::ListElectionError),
    /// A consequence could not be applied: its inputs contradict themselves.
    #[error("{}", messages::constraint_failed(.rule, .error))]
    Constraint {
        /// The policy rule.
        rule: RuleId,
        /// What went wrong.
        error: ConstraintError,
    },
}

impl ElectError {
    /// Whether the error is about the ballot file rather than the document: a ballot
    /// the count cannot read ([`TallyError::ballot`]) or a candidate the file names
    /// who is not a person of the document.
    pub fn is_about_ballots(&self) -> bool {
        match self {
            ElectError::UnknownCandidate { .. } => true,
            ElectError::Count(e) => e.ballot().is_some(),
            _ => false,
        }
    }

    /// Whether the error is about the list-votes file: the lists' count failed.
    pub fn is_about_list_votes(&self) -> bool {
        matches!(
            self,
            ElectError::Lists(crate::election::ListElectionError::Count(_))
        )
    }

    /// Whether the error is about the candidates file of a list election: an id that
    /// is not a person, a person named twice, lists that differ from the votes'.
    pub fn is_about_list_candidates(&self) -> bool {
        use crate::election::ListElectionError as E;
        matches!(
            self,
            ElectError::UnknownListCandidates(_)
                | ElectError::Lists(E::ListsDiffer { .. } | E::Constraint(_))
        )
    }

    /// The error with its ballot's file line filled in from `lines` (see
    /// [`TallyError::at_lines`]); any other error is returned as is.
    #[must_use]
    pub fn at_lines(self, lines: &[u32]) -> Self {
        match self {
            ElectError::Count(e) => ElectError::Count(e.at_lines(lines)),
            e => e,
        }
    }
}

/// Every unknown list candidate, one a line.
fn unknown_list_candidates(all: &[UnknownListCandidate]) -> String {
    all.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
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
    /// The escape in force when a group's candidates run out (the rule's own, or its
    /// consequence's default, [`Escape::default_for`]); absent for consequences that
    /// take none and when neither gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<Escape>,
    /// The seats left vacant under the `vacant` escape, by the winner who lost each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vacant: Vec<PersonVacant>,
}

/// A seat left vacant under a rule's `vacant` escape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonVacant {
    /// The winner of the count who loses the seat.
    pub removed: PersonId,
    /// The floor (or ceiling) that leaves it vacant.
    pub reason: ChangeReason,
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
    /// Conditions of candidacy that alone disqualify more of the electorate than the
    /// rule's `unreasonable_above` (default half): the condition, not a candidate, is
    /// flagged (29 CFR 452.38(a); Steelworkers v. Usery, 429 U.S. 305 (1977)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreasonable_conditions: Vec<crate::election_rules::ConditionEffect>,
    /// Unopposed, or counted.
    pub decided_by: DecidedBy,
    /// The count, when there was one (candidates by their ballot-file index, 0-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<Outcome>,
    /// A list election's count by list (WO 2001 §15), with the candidates struck from
    /// the lists and any list jump, candidates by person id; absent for other
    /// elections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lists: Option<ListResult>,
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
    /// Whether a policy rule's `void` escape voided the election (a group's candidates
    /// ran out): no terms are written then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub void: bool,
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
}

/// Runs the election `request` names under a rule of `doc`, in stages (each a
/// function of its own, in `election_rules/elect/`):
///
/// 0. **Selection**: the rule, the election (the one on the day asked, or the
///    latest), the method, the body and the posts elected.
/// 1. **Eligibility** on the election day
///    ([`eligibility`](crate::election_rules::eligibility)): a ballot candidate who may
///    not stand is withdrawn from the count (finding `candidate-not-eligible`); one
///    whose eligibility needs review stays in it (`candidate-needs-review`). In a
///    list election ([`ElectRequest::lists`]) every list candidate must be a person
///    of the document ([`ElectError::UnknownListCandidates`]); one who may not stand
///    is struck from their list (`candidate-not-eligible`, [`ListResult::struck`]),
///    the others keeping their order.
/// 2. **Unopposed or counted**: when the eligible candidates are no more than the
///    seats, they are elected without a count, as union statutes provide (domain
///    notes §4); otherwise the ballots are counted by the rule's method
///    ([`election::count`](crate::election::count)). List votes are always counted,
///    by [`election::elect_lists`](crate::election::elect_lists) (WO 2001
///    §15(1)-(4): the lists' seats by the rule's list method, each list's to its
///    candidates in list order, a list that runs out passing its surplus to the
///    following highest numbers of the others).
/// 3. **Policy**: each rule of `request.policy` in force on the day that covers the
///    body is applied by its consequence, in the policy's order: corrective
///    replacement, fill the floor first (WO §22), added seats (SDA 1975 s.49), a
///    refused delegation ([`constrained`](crate::election::constrained)), a count
///    again under the bounds (`constrained-count`), list jump for a list election
///    (`list-jump`, WO §15(5): the floor of one group, its candidates chosen by the
///    rule's selectors from the document's people; by default its escape is WO §15(5)
///    no. 5's: the seat stays with its list, a warning). A consequence that reorders a
///    ranking (corrective replacement, floor first, added seats) does not apply to a
///    list election, nor list jump to an election without lists
///    (`consequence-not-applicable`). The bounds are those of the whole body,
///    less the seats the group keeps in posts not elected now. Targets ("shall aim")
///    and report-only rules change nothing. When a group's candidates run out before
///    a binding floor is met, the rule's escape ([`Escape`]) decides: accept
///    (`floor-not-met`, a warning), leave the seats vacant (`seats-left-vacant`, a
///    warning), or void the election (`election-void`, an error, no terms); a floor
///    unmet otherwise, or under a rule with no escape, is `floor-not-met`, an error. A selector value no person of
///    the document carries is warned of (`unknown-selector-value`,
///    [`check_vocabulary`](crate::policy::check_vocabulary)).
/// 4. **Terms**: seats added by a policy go to the last post; a seat reserved for a group goes to the best-placed elected member
///    of the group; the others fill the remaining seats in order (each post's seats
///    in turn). Terms run from the election day for the body's longest term when it
///    has one; sitting terms of those posts end the day before. A refused delegation
///    writes no terms.
/// 5. **Result**: the [`ElectionResult`], which [`ElectionResult::apply`] and
///    [`ElectionResult::patch`] turn into the document after the election.
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
/// ballots, or a count that fails; for lists, candidates who are not persons, lists
/// for a rule not counted by a list method, lists with ballots, lists that cannot be
/// counted ([`ElectError::Lists`]).
pub fn elect(doc: &Organization, request: &ElectRequest<'_>) -> Result<ElectionResult, ElectError> {
    let sel = select::select(doc, &request.rule, request.date, request.method.as_ref())?;
    if request.lists.is_some() {
        if request.ballots.is_some() {
            return Err(ElectError::BallotsAndLists);
        }
        if !sel.method.is_list() {
            return Err(ElectError::NotAListMethod {
                rule: sel.rule.id.clone(),
                method: sel.rule.method.clone(),
            });
        }
    }
    let mut findings = Vec::new();
    let day = standing::on_the_day(
        doc,
        &sel,
        request.ballots.as_ref(),
        request.lists.as_ref(),
        &mut findings,
    )?;
    let (decision, list_count) = match &day.lists {
        Some(l) => {
            let (decision, report) = lists::count(&sel, l, &day.candidates, &request.ties)?;
            (decision, Some(report))
        }
        None => (decide::decide(&sel, &day, request)?, None),
    };
    let person_at = |i: usize| day.candidates.get(i).map(|c| c.person.clone());
    let elected_by_count: Vec<PersonId> = decision
        .elected
        .iter()
        .filter_map(|&i| person_at(i))
        .collect();
    findings.extend(decide::vacancies(&sel, &elected_by_count));
    let ranking = Ranking::of(&decision);
    let outcome = match request.policy {
        Some(policy) => {
            let e = consequence::Election {
                doc,
                sel: &sel,
                candidates: &day.candidates,
                ballots: day.ballots.as_ref(),
                decided_by: decision.decided_by,
                ties: &request.ties,
                lists: day.lists.as_ref(),
            };
            let outcome = apply_policy(&e, policy, ranking, &mut findings)?;
            findings.extend(crate::policy::check_vocabulary(doc, policy));
            outcome
        }
        None => PolicyOutcome {
            applied: Vec::new(),
            ranking,
            added_seats: 0,
            refused: false,
            void: false,
            lists: None,
            list_floor: None,
        },
    };
    let lists = match (list_count, day.lists) {
        (Some(count), Some(on_lists)) => Some(ListResult {
            struck: on_lists.struck,
            report: outcome.lists.clone().unwrap_or(count),
        }),
        _ => None,
    };
    let elected: Vec<PersonId> = outcome
        .ranking
        .order
        .iter()
        .take(outcome.ranking.elected)
        .filter_map(|&i| person_at(i))
        .collect();
    let (terms, ended) = if outcome.refused || outcome.void {
        (Vec::new(), Vec::new())
    } else {
        (
            terms::new_terms(doc, &sel, &elected, outcome.added_seats),
            terms::ended_terms(doc, &sel),
        )
    };
    Ok(ElectionResult {
        rule: sel.rule.id.clone(),
        body: sel.body.id.clone(),
        date: sel.date,
        method: sel.method.name().to_owned(),
        posts: sel.posts.iter().map(|p| p.id.clone()).collect(),
        seats: sel.seats,
        voters: day.voters,
        candidates: day.candidates,
        unreasonable_conditions: day.unreasonable,
        decided_by: decision.decided_by,
        count: decision.count,
        lists,
        elected_by_count,
        policy: outcome.applied,
        elected,
        added_seats: outcome.added_seats,
        refused: outcome.refused,
        void: outcome.void,
        terms,
        ended,
        findings,
    })
}
