//! A list election through the pipeline (Wahlordnung BetrVG 2001 §15): the lists'
//! candidates judged on the day (the ineligible struck from their lists), the seats
//! counted by list ([`election::elect_lists`]), and a policy's `list-jump` rule met by
//! list jump (WO §15(5)), with its escape when the group's candidates run out.

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::consequence::{Election, PolicyOutcome, Ranking};
use super::decide::Decision;
use super::select::Selected;
use super::{AppliedRule, CandidateStanding, DecidedBy, ElectError, PersonChange, escape};
use crate::election::constrained::{
    ChangeReason, Constrained, ConstraintError, GroupBounds, Placed, Shortfall, ShortfallReason,
};
use crate::election::{
    self, CandidateIndex, ListCandidates, ListElectionError, ListElectionReport, ListFloor,
    ListMethod, ListOptions, ListVotes, Method, TieBreak,
};
use crate::election_rules::eligibility::{Outcome as Standing, Reason};
use crate::election_rules::{EligibilityReport, messages};
use crate::i18n::tr;
use crate::model::{Organization, PersonId};
use crate::policy::Rule;
use crate::{Finding, Severity};

/// The votes and the candidates of a list election, for [`ElectRequest::lists`]
/// (`rulebook elect --list-votes VOTES.csv --candidates CANDS.csv`): the votes per
/// list, and each list's candidates in list order, named by person id of the
/// document. The seats are the posts' seats: `votes.seats` is not read.
///
/// ```
/// use union_rulebook::election::{read_list_votes_csv, ListCandidates};
/// use union_rulebook::election_rules::{ElectRequest, ListPoll};
/// let votes = read_list_votes_csv("name,votes\nA,300\nB,200\n", 1)?;
/// let candidates = ListCandidates::from_csv("list,position,id\nA,1,p1\nB,1,p2\n")?;
/// let request = ElectRequest::new("betriebsrat").lists(ListPoll::new(votes, candidates));
/// assert_eq!(request.lists.map(|l| l.candidates.lists.len()), Some(2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`ElectRequest::lists`]: super::ElectRequest::lists
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ListPoll {
    /// The votes per list.
    pub votes: ListVotes,
    /// The candidates of every list, by person id, in list order.
    pub candidates: ListCandidates,
}

impl ListPoll {
    /// The votes `votes` for the lists of `candidates`.
    pub fn new(votes: ListVotes, candidates: ListCandidates) -> Self {
        ListPoll { votes, candidates }
    }
}

/// A list candidate who is not a person of the document.
///
/// ```
/// use union_rulebook::election_rules::UnknownListCandidate;
/// let u = UnknownListCandidate::new("p-99", "Liste 1", 4);
/// assert_eq!(u.line, 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnknownListCandidate {
    /// The id the candidates file gives.
    pub id: String,
    /// The list.
    pub list: String,
    /// The line of the candidates file (0 when built in code).
    pub line: usize,
}

impl UnknownListCandidate {
    /// Candidate `id` of list `list`, read from line `line`.
    pub fn new(id: impl Into<String>, list: impl Into<String>, line: usize) -> Self {
        UnknownListCandidate {
            id: id.into(),
            list: list.into(),
            line,
        }
    }
}

impl std::fmt::Display for UnknownListCandidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!(
            "elect-unknown-list-candidate",
            line = self.line,
            id = format!("{:?}", self.id),
            list = format!("{:?}", self.list)
        ))
    }
}

/// A candidate struck from a list: not eligible to stand on the election day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StruckCandidate {
    /// The person.
    pub person: PersonId,
    /// The list.
    pub list: String,
    /// The place the list gave them, from 1.
    pub position: u32,
    /// Why they may not stand.
    pub reasons: Vec<Reason>,
}

/// A list election's part of the [`ElectionResult`](super::ElectionResult): who was
/// struck from the lists, and the count by list (with the list jump of the policy's
/// `list-jump` rule, when one applied), candidates named by person id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ListResult {
    /// The candidates struck from their lists, in list order.
    pub struck: Vec<StruckCandidate>,
    /// The count: the lists' votes and seats, the elected by list and place, and the
    /// seats moved by list jump (WO 2001 §15).
    pub report: ListElectionReport,
}

/// The list election on the day: the votes, the lists with only the candidates still
/// standing, and those struck.
pub(super) struct ListsOnTheDay {
    /// The votes, for the posts' seats.
    pub votes: ListVotes,
    /// The candidates still standing (eligible or to review), in list order, by
    /// person id; no group yet.
    pub standing: ListCandidates,
    /// The candidates struck.
    pub struck: Vec<StruckCandidate>,
}

/// The list candidates judged on the day: every candidate a person of the document
/// (all unknown ids reported at once), each list's ineligible struck
/// (`candidate-not-eligible`, with the list and place) and the rest kept in list order
/// (WO 2001 §15(4)).
///
/// # Errors
/// [`ElectError::UnknownListCandidates`] for ids that are not persons of the
/// document; [`ElectError::Lists`] for a person named twice.
pub(super) fn on_the_day(
    doc: &Organization,
    sel: &Selected<'_>,
    report: &EligibilityReport,
    poll: &ListPoll,
    findings: &mut Vec<Finding>,
) -> Result<(Vec<CandidateStanding>, ListsOnTheDay), ElectError> {
    let people: HashSet<&str> = doc.people.iter().map(|p| p.id.as_str()).collect();
    // Each person's standing, the first the report gives (as a search would find).
    let mut judged: HashMap<&PersonId, &Standing> = HashMap::new();
    for c in &report.candidates {
        judged.entry(&c.person).or_insert(&c.outcome);
    }
    let mut seen: HashMap<PersonId, usize> = HashMap::new();
    let mut unknown = Vec::new();
    let mut candidates: Vec<CandidateStanding> = Vec::new();
    let mut standing = ListCandidates::default();
    let mut struck = Vec::new();
    for list in &poll.candidates.lists {
        let mut kept = list.clone();
        kept.candidates.clear();
        for c in &list.candidates {
            let Some(person) = PersonId::new(c.id.as_str())
                .ok()
                .filter(|p| people.contains(p.as_str()))
            else {
                unknown.push(UnknownListCandidate::new(&c.id, &list.list, c.line));
                continue;
            };
            if let Some(&i) = seen.get(&person) {
                let i = CandidateIndex::try_from(i).unwrap_or(CandidateIndex::MAX);
                return Err(ElectError::Lists(ListElectionError::Constraint(
                    ConstraintError::DuplicateCandidate(i),
                )));
            }
            // Not eligible (not a member) when the report does not know them, as the
            // ranked path judges ballot candidates.
            let outcome = judged.get(&person).map_or_else(
                || Standing::NotEligible {
                    reasons: vec![Reason::NotAMember],
                },
                |o| (*o).clone(),
            );
            if let Standing::NotEligible { reasons } = &outcome {
                findings.push(Finding::new(
                    "candidate-not-eligible",
                    Severity::Warning,
                    sel.rule_path.clone(),
                    tr!(
                        "elect-candidate-struck",
                        person = person.as_str(),
                        reasons = messages::reasons(reasons),
                        list = list.list.as_str(),
                        position = c.position
                    ),
                ));
                struck.push(StruckCandidate {
                    person: person.clone(),
                    list: list.list.clone(),
                    position: c.position,
                    reasons: reasons.clone(),
                });
            } else {
                let mut kept_one = c.clone();
                kept_one.id = person.as_str().to_owned();
                kept_one.group = None;
                kept_one.gender = None;
                kept_one.birth_date = None;
                kept_one.attributes.clear();
                kept.candidates.push(kept_one);
            }
            seen.insert(person.clone(), candidates.len());
            candidates.push(CandidateStanding {
                person,
                ballot_number: None,
                standing: outcome,
            });
        }
        standing.lists.push(kept);
    }
    if !unknown.is_empty() {
        return Err(ElectError::UnknownListCandidates(unknown));
    }
    let mut votes = poll.votes.clone();
    votes.seats = sel.seats;
    Ok((
        candidates,
        ListsOnTheDay {
            votes,
            standing,
            struck,
        },
    ))
}

/// The candidates' indices by person id (a person stands once:
/// [`on_the_day`] refuses a second).
struct Index(HashMap<String, usize>);

impl Index {
    fn of(candidates: &[CandidateStanding]) -> Self {
        Index(
            candidates
                .iter()
                .enumerate()
                .map(|(i, c)| (c.person.as_str().to_owned(), i))
                .collect(),
        )
    }

    /// The index of `id` among the candidates.
    fn get(&self, id: &str) -> Option<usize> {
        self.0.get(id).copied()
    }
}

/// The seats counted by list ([`election::elect_lists`], no floor): the lists' seats by
/// the rule's method, each list's seats to its first candidates still standing, a
/// list that runs out passing its surplus on (WO 2001 §15(1)-(4)). The elected come
/// list by list in the order of the votes file, each list's by place; the others
/// follow in list order.
///
/// # Errors
/// [`ElectError::Lists`] when the lists cannot be counted.
pub(super) fn count(
    sel: &Selected<'_>,
    lists: &ListsOnTheDay,
    candidates: &[CandidateStanding],
    ties: &TieBreak,
) -> Result<(Decision, ListElectionReport), ElectError> {
    let report = election::elect_lists(
        &lists.votes,
        &lists.standing,
        &sel.method,
        ties,
        &ListOptions::new(),
    )?;
    let index = Index::of(candidates);
    let elected: Vec<usize> = report
        .elected
        .iter()
        .filter_map(|e| index.get(&e.id))
        .collect();
    let chosen: HashSet<usize> = elected.iter().copied().collect();
    let mut order = elected.clone();
    order.extend(
        lists
            .standing
            .lists
            .iter()
            .flat_map(|l| &l.candidates)
            .filter_map(|c| index.get(&c.id))
            .filter(|i| !chosen.contains(i)),
    );
    Ok((
        Decision {
            decided_by: DecidedBy::Count,
            count: None,
            order,
            elected,
        },
        report,
    ))
}

/// The divisor of a list's `k`-th seat (from 1) under `method`, when it has
/// highest numbers (d'Hondt 1, 2, 3, ...; Sainte-Laguë 1, 3, 5, ...).
fn divisor(method: &Method, k: u64) -> Option<u64> {
    match method {
        Method::List {
            method: ListMethod::DHondt,
            ..
        } => Some(k),
        Method::List {
            method: ListMethod::SainteLague,
            ..
        } => Some(k.saturating_mul(2).saturating_sub(1)),
        _ => None,
    }
}

/// The elected of `report` in the order of their highest numbers, best first (each
/// list's `k`-th elected holding its `k`-th highest number; equal numbers in list
/// order), then everyone else standing in list order: the ranking whose lowest
/// winners give up seats under the `vacant` escape.
fn by_highest_numbers(
    report: &ListElectionReport,
    lists: &ListsOnTheDay,
    method: &Method,
    index: &Index,
    group: &str,
) -> Vec<Placed> {
    let mut seats: Vec<(u64, u64, usize, usize)> = Vec::new();
    for (l, outcome) in report.lists.iter().enumerate() {
        let mine = report.elected.iter().filter(|e| e.list == outcome.list);
        for (k, e) in mine.enumerate() {
            let k = u64::try_from(k).unwrap_or(u64::MAX).saturating_add(1);
            let d = divisor(method, k).unwrap_or(k);
            if let Some(i) = index.get(&e.id) {
                seats.push((outcome.votes, d, l, i));
            }
        }
    }
    seats.sort_by(|a, b| {
        let left = u128::from(b.0) * u128::from(a.1);
        let right = u128::from(a.0) * u128::from(b.1);
        left.cmp(&right).then(a.2.cmp(&b.2))
    });
    let in_group: HashSet<usize> = report
        .elected
        .iter()
        .filter(|e| e.group.as_deref() == Some(group))
        .filter_map(|e| index.get(&e.id))
        .collect();
    let is_group = |i: usize| in_group.contains(&i);
    let mut order: Vec<usize> = seats.iter().map(|s| s.3).collect();
    let elected: HashSet<usize> = order.iter().copied().collect();
    let rest: Vec<usize> = lists
        .standing
        .lists
        .iter()
        .flat_map(|l| &l.candidates)
        .filter_map(|c| index.get(&c.id))
        .filter(|i| !elected.contains(i))
        .collect();
    order.extend(rest);
    order
        .into_iter()
        .filter_map(|i| {
            let ci = CandidateIndex::try_from(i).ok()?;
            Some(Placed::new(ci, is_group(i).then_some(group)))
        })
        .collect()
}

/// What one `list-jump` rule asks of a list election: its floor met by list jump
/// (WO 2001 §15(5)), counted again by [`election::elect_lists`] with the floor, each
/// candidate's group chosen by the rule's selectors from the document's person. When
/// no list has another candidate of the group the seat stays with its list (§15(5)
/// no. 5): the rule's escape decides what that means ([`escape::escape`]; by default
/// `accept`, a warning). List jump meets floors only: a ceiling of the rule is not
/// enforced (WO §15(5) knows none).
///
/// # Errors
/// [`ElectError::Lists`] when the rule sets floors for two groups (or a second
/// `list-jump` rule sets one), under a method without highest numbers, or when lists
/// tie and no seed is given.
pub(super) fn list_jump(
    e: &Election<'_>,
    groups: &[Option<String>],
    r: &Rule,
    bounds: &[GroupBounds],
    lists: &ListsOnTheDay,
    out: &mut PolicyOutcome,
    findings: &mut Vec<Finding>,
) -> Result<ListJumped, ElectError> {
    let floors: Vec<&GroupBounds> = bounds.iter().filter(|b| b.min > 0).collect();
    let floor = match floors.as_slice() {
        [] => return Ok(ListJumped::default()),
        [one] => (*one).clone(),
        many => {
            return Err(ElectError::Lists(ListElectionError::PolicyFloors(
                many.iter().map(|b| b.group.clone()).collect(),
            )));
        }
    };
    if let Some(previous) = &out.list_floor {
        return Err(ElectError::Lists(ListElectionError::PolicyFloors(vec![
            previous.clone(),
            floor.group.clone(),
        ])));
    }
    out.list_floor = Some(floor.group.clone());
    let index = Index::of(e.candidates);
    let mut grouped = lists.standing.clone();
    for c in grouped
        .lists
        .iter_mut()
        .flat_map(|l| l.candidates.iter_mut())
    {
        c.group = index
            .get(&c.id)
            .and_then(|i| groups.get(i))
            .cloned()
            .flatten()
            .filter(|g| *g == floor.group);
    }
    let report = election::elect_lists(
        &lists.votes,
        &grouped,
        &e.sel.method,
        e.ties,
        &ListOptions::new().floor(ListFloor::new(floor.group.as_str(), floor.min)),
    )?;
    let mut report = report;
    if let Some(f) = report.floor.as_mut() {
        f.rule = Some(r.id.to_string());
        f.escape = r.escape();
    }
    let Some(f) = report.floor.clone() else {
        return Ok(ListJumped::default());
    };
    let person = |id: &str| PersonId::new(id).ok();
    let changes: Vec<PersonChange> = f
        .moves
        .iter()
        .zip(0u32..)
        .filter_map(|(m, k)| {
            Some(PersonChange {
                removed: person(&m.removed),
                added: person(&m.added)?,
                reason: ChangeReason::Floor {
                    group: f.group.clone(),
                    min: f.min,
                    had: f.before.saturating_add(k),
                },
            })
        })
        .collect();
    let unmet: Vec<Shortfall> = if f.unmet {
        vec![Shortfall {
            group: f.group.clone(),
            bound: f.min,
            holds: f.held,
            reason: ShortfallReason::NoCandidates,
        }]
    } else {
        Vec::new()
    };
    let placed = by_highest_numbers(&report, lists, &e.sel.method, &index, &f.group);
    let winners: Vec<CandidateIndex> = placed
        .iter()
        .take(report.elected.len())
        .map(|p| p.candidate)
        .collect();
    let result = Constrained::from_count(e.sel.seats, winners, unmet.clone());
    let escaped = escape::escape(
        e,
        r,
        &placed,
        result,
        std::slice::from_ref(&floor),
        findings,
    )
    .map_err(|error| ElectError::Constraint {
        rule: r.id.clone(),
        error,
    })?;
    out.void |= escaped.void;
    let kept: HashSet<CandidateIndex> = escaped.result.elected.iter().copied().collect();
    // The elected in the report's order (list by list, by place), less any seat the
    // `vacant` escape emptied.
    let winners: Vec<usize> = report
        .elected
        .iter()
        .filter_map(|x| index.get(&x.id))
        .filter(|&i| CandidateIndex::try_from(i).is_ok_and(|ci| kept.contains(&ci)))
        .collect();
    out.ranking = Ranking::replaced(winners, out.ranking.order.clone());
    out.lists = Some(report);
    Ok(ListJumped {
        changes,
        unmet,
        vacant: escaped.vacant,
    })
}

/// What a list jump did, for its [`AppliedRule`].
#[derive(Default)]
pub(super) struct ListJumped {
    /// The seats moved.
    pub changes: Vec<PersonChange>,
    /// The floor left unmet.
    pub unmet: Vec<Shortfall>,
    /// Seats left vacant by the `vacant` escape.
    pub vacant: Vec<super::PersonVacant>,
}

impl ListJumped {
    /// The jump recorded on the rule's [`AppliedRule`].
    pub(super) fn record(self, mut applied: AppliedRule) -> AppliedRule {
        applied.applied = true;
        applied.changes = self.changes;
        applied.unmet = self.unmet;
        applied.vacant = self.vacant;
        applied
    }
}
