//! Stage 4: the representation policy's consequences, rule by rule in the policy's
//! order: a dispatch on each binding rule's consequence, one function per
//! consequence.

use chrono::NaiveDate;

use super::decide::Decision;
use super::escape;
use super::lists::{self, ListsOnTheDay};
use super::select::Selected;
use super::{AppliedRule, CandidateStanding, DecidedBy, ElectError, PersonChange, PersonMark};
use crate::election::constrained::{
    self, Change, ChangeReason, Constrained, ConstraintError, GroupBounds, Placed, Shortfall,
};
use crate::election::stv::{self, Constraints};
use crate::election::{CandidateIndex, Method, RankedElection, TieBreak};
use crate::election_rules::messages;
use crate::model::{Body, Organization, PersonId, Post, PostId};
use crate::policy::{self, Consequence, GroupId, Hardness, Policy, Requirement, Rule, Selector};
use crate::{Finding, JsonPath, Severity};

/// The candidates as the policy sees them (by index): the elected first, in order of
/// election, then everyone else as the count placed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Ranking {
    /// Every candidate, best placed first.
    pub order: Vec<usize>,
    /// How many of `order` are elected.
    pub elected: usize,
}

impl Ranking {
    /// The count's ranking: its elected, then the others in its order.
    pub(super) fn of(decision: &Decision) -> Self {
        let mut order = decision.elected.clone();
        order.extend(
            decision
                .order
                .iter()
                .filter(|i| !decision.elected.contains(i)),
        );
        Ranking {
            order,
            elected: decision.elected.len(),
        }
    }

    /// The elected, in order of election.
    fn winners(&self) -> &[usize] {
        &self.order[..self.elected.min(self.order.len())]
    }

    /// `winners` elected, then everyone else in `rest`'s order.
    pub(super) fn replaced(winners: Vec<usize>, rest: impl IntoIterator<Item = usize>) -> Self {
        let elected = winners.len();
        let mut order = winners;
        let tail: Vec<usize> = rest.into_iter().filter(|i| !order.contains(i)).collect();
        order.extend(tail);
        Ranking { order, elected }
    }
}

/// What the policy made of the count.
pub(super) struct PolicyOutcome {
    /// The rules applied, in the policy's order.
    pub applied: Vec<AppliedRule>,
    /// The ranking after every consequence.
    pub ranking: Ranking,
    /// Seats added (co-opted).
    pub added_seats: u32,
    /// Whether a delegation rule refused the result.
    pub refused: bool,
    /// Whether a rule's `void` escape voided the election.
    pub void: bool,
    /// A list election's count after its list jump, when a `list-jump` rule applied.
    pub lists: Option<crate::election::ListElectionReport>,
    /// The group whose floor a list jump met (list jump meets one group's).
    pub list_floor: Option<String>,
}

/// The inputs of the election a consequence may look at.
pub(super) struct Election<'a> {
    /// The document.
    pub doc: &'a Organization,
    /// The election.
    pub sel: &'a Selected<'a>,
    /// The candidates, by index.
    pub candidates: &'a [CandidateStanding],
    /// The ballots (ineligible withdrawn), when there was a vote.
    pub ballots: Option<&'a RankedElection>,
    /// Unopposed or counted.
    pub decided_by: DecidedBy,
    /// How ties are settled in a recount.
    pub ties: &'a TieBreak,
    /// The list election, when the seats are counted from lists.
    pub lists: Option<&'a ListsOnTheDay>,
}

impl Election<'_> {
    fn person_at(&self, i: usize) -> Option<PersonId> {
        self.candidates.get(i).map(|c| c.person.clone())
    }
}

/// Applies each rule of `policy` in force on the election day that covers the body,
/// in the policy's order, each to the ranking the previous ones left: corrective
/// replacement, fill the floor first (WO §22), added seats (SDA 1975 s.49), a refused
/// delegation ([`constrained`]), a count again under the bounds (Hill's method). The
/// bounds are those of the whole body, less the seats the group keeps in posts not
/// elected now. Targets ("shall aim") and report-only rules change nothing.
///
/// # Errors
/// [`ElectError::Constraint`] when a rule's bounds contradict themselves,
/// [`ElectError::Count`] when a constrained count fails.
pub(super) fn apply_policy(
    e: &Election<'_>,
    policy: &Policy,
    start: Ranking,
    findings: &mut Vec<Finding>,
) -> Result<PolicyOutcome, ElectError> {
    let ctx = Context {
        doc: e.doc,
        policy,
        body: e.sel.body,
        posts: &e.sel.posts,
        date: e.sel.date,
    };
    let mut out = PolicyOutcome {
        applied: Vec::new(),
        ranking: start,
        added_seats: 0,
        refused: false,
        void: false,
        lists: None,
        list_floor: None,
    };
    for r in policy.rules_in_force(e.sel.date) {
        if !ctx.covers(r) {
            continue;
        }
        let Some(plan) = ctx.plan(r, findings, &e.sel.body_path) else {
            continue;
        };
        let applied = apply_rule(e, &ctx, r, plan, &mut out, findings)?;
        out.applied.push(applied);
    }
    Ok(out)
}

/// One rule's consequence, by dispatch: what it changed, with the ranking, the added
/// seats and the refusal in `out` updated.
fn apply_rule(
    e: &Election<'_>,
    ctx: &Context<'_>,
    r: &Rule,
    plan: Plan,
    out: &mut PolicyOutcome,
    findings: &mut Vec<Finding>,
) -> Result<AppliedRule, ElectError> {
    let groups = groups_of_all(ctx, e.candidates, &plan.bounds);
    let placed: Vec<Placed> = out
        .ranking
        .order
        .iter()
        .filter_map(|&i| {
            let group = groups.get(i).and_then(Option::as_deref);
            CandidateIndex::try_from(i)
                .ok()
                .map(|ci| Placed::new(ci, group))
        })
        .collect();
    let filled = u32::try_from(out.ranking.elected).unwrap_or(u32::MAX);
    let err = |error: ConstraintError| ElectError::Constraint {
        rule: r.id.clone(),
        error,
    };
    if r.hardness != Hardness::Binding {
        return Ok(plan.into_applied(r, false, Vec::new(), Vec::new()));
    }
    // The seats of a list election follow the lists' votes and places (WO 2001 §15):
    // a consequence that reorders candidates by a ranking has none to work on.
    if e.lists.is_some()
        && matches!(
            r.consequence,
            Consequence::CorrectiveReplacement
                | Consequence::FillFloorFirst
                | Consequence::AddSeats
        )
    {
        findings.push(Finding::new(
            "consequence-not-applicable",
            Severity::Warning,
            e.sel.body_path.clone(),
            crate::i18n::tr!(
                "elect-ranking-consequence-on-lists",
                rule = r.id.to_string(),
                consequence = policy::messages::consequence_words(r.consequence)
            ),
        ));
        return Ok(plan.into_applied(r, false, Vec::new(), Vec::new()));
    }
    let result = match r.consequence {
        Consequence::CorrectiveReplacement => {
            constrained::corrective_replacement(&placed, filled, &plan.bounds).map_err(err)?
        }
        Consequence::FillFloorFirst => {
            constrained::floor_first(&placed, filled, &plan.bounds).map_err(err)?
        }
        Consequence::AddSeats => added_seats(ctx, r, &plan, &placed, filled).map_err(err)?,
        Consequence::RefuseDelegation => {
            return refuse_delegation(e, r, plan, &placed, out, findings).map_err(err);
        }
        Consequence::ConstrainedCount => {
            return constrained_count(e, r, plan, &groups, out, findings);
        }
        Consequence::ListJump => {
            let Some(on_lists) = e.lists else {
                findings.push(Finding::new(
                    "consequence-not-applicable",
                    Severity::Warning,
                    e.sel.body_path.clone(),
                    messages::list_jump_not_applicable(&r.id),
                ));
                return Ok(plan.into_applied(r, false, Vec::new(), Vec::new()));
            };
            let jumped = lists::list_jump(e, &groups, r, &plan.bounds, on_lists, out, findings)?;
            return Ok(jumped.record(plan.into_applied(r, true, Vec::new(), Vec::new())));
        }
        _ => return Ok(plan.into_applied(r, false, Vec::new(), Vec::new())),
    };
    adopt(e, r, plan, &placed, result, filled, out, findings).map_err(err)
}

/// Added seats: the smallest body whose bounds the elected meet, seats going to the
/// next in order of the group short of its floor. `size` counts the seats elected
/// here; the rule bounds the body.
fn added_seats(
    ctx: &Context<'_>,
    r: &Rule,
    plan: &Plan,
    placed: &[Placed],
    filled: u32,
) -> Result<Constrained, ConstraintError> {
    let others = plan.body_seats.saturating_sub(filled);
    let bounds_for = |size: u32| ctx.bounds_at(r, plan, others.saturating_add(size));
    let limit = u32::try_from(placed.len()).unwrap_or(u32::MAX);
    constrained::added_seats(placed, filled, bounds_for, limit)
}

/// The result of a replacement or added seats made the election's: its changes by
/// person, its unmet floors judged by the rule's escape ([`escape::escape`]), its
/// winners first in the ranking, its seats beyond those filled added.
#[allow(clippy::too_many_arguments)]
fn adopt(
    e: &Election<'_>,
    r: &Rule,
    plan: Plan,
    placed: &[Placed],
    result: Constrained,
    filled: u32,
    out: &mut PolicyOutcome,
    findings: &mut Vec<Finding>,
) -> Result<AppliedRule, ConstraintError> {
    let to_person = |c: CandidateIndex| e.person_at(c as usize);
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
    let escaped = escape::escape(e, r, placed, result, &plan.bounds, findings)?;
    let result = escaped.result;
    out.void |= escaped.void;
    out.added_seats = out
        .added_seats
        .saturating_add(result.seats.saturating_sub(filled));
    let winners: Vec<usize> = result.elected.iter().map(|&c| c as usize).collect();
    out.ranking = Ranking::replaced(winners, out.ranking.order.clone());
    let mut applied = plan.into_applied(r, true, changes, result.unmet);
    applied.vacant = escaped.vacant;
    Ok(applied)
}

/// A delegation whose elected members break the rule's bounds is refused
/// (`delegation-refused`, an error): no terms are written.
fn refuse_delegation(
    e: &Election<'_>,
    r: &Rule,
    plan: Plan,
    placed: &[Placed],
    out: &mut PolicyOutcome,
    findings: &mut Vec<Finding>,
) -> Result<AppliedRule, ConstraintError> {
    let members: Vec<Placed> = placed.iter().take(out.ranking.elected).cloned().collect();
    let verdict = constrained::check_delegation(&members, &plan.bounds)?;
    if !verdict.accepted {
        out.refused = true;
        findings.push(Finding::new(
            "delegation-refused",
            Severity::Error,
            e.sel.body_path.clone(),
            messages::delegation_refused(e.sel.body.id.as_str(), &r.id),
        ));
    }
    Ok(plan.into_applied(r, true, Vec::new(), verdict.shortfalls))
}

/// A Scottish STV or WIGM election counted again under the rule's bounds by Hill's
/// method of doomed and guarded candidates; any other election gets a warning
/// (`consequence-not-applicable`) and is left alone.
fn constrained_count(
    e: &Election<'_>,
    r: &Rule,
    plan: Plan,
    groups: &[Option<String>],
    out: &mut PolicyOutcome,
    findings: &mut Vec<Finding>,
) -> Result<AppliedRule, ElectError> {
    let err = |error: ConstraintError| ElectError::Constraint {
        rule: r.id.clone(),
        error,
    };
    let method = &e.sel.method;
    let counted = match (e.ballots, method, e.decided_by) {
        (Some(b), Method::ScottishStv | Method::Wigm { .. }, DecidedBy::Count) => {
            let constraints = Constraints::new(groups, &plan.bounds).map_err(err)?;
            Some(match method {
                Method::Wigm { quota, places } => stv::wigm_constrained(
                    b,
                    &stv::WigmOptions::new()
                        .quota(*quota)
                        .places(*places)
                        .ties(e.ties.clone()),
                    &constraints,
                )
                .map_err(|t| t.with_names(&b.candidates))?,
                _ => stv::scottish_stv_constrained(b, e.ties.clone(), &constraints)
                    .map_err(|t| t.with_names(&b.candidates))?,
            })
        }
        _ => None,
    };
    let Some(counted) = counted else {
        findings.push(Finding::new(
            "consequence-not-applicable",
            Severity::Warning,
            e.sel.body_path.clone(),
            messages::constrained_count_not_applicable(&r.id, method.name()),
        ));
        return Ok(plan.into_applied(r, false, Vec::new(), Vec::new()));
    };
    let counted_winners: Vec<usize> = counted
        .outcome
        .elected
        .iter()
        .map(|&c| c as usize)
        .collect();
    let changes = swaps(
        out.ranking.winners(),
        &counted_winners,
        groups,
        &plan.bounds,
    )
    .into_iter()
    .filter_map(|(removed, added, reason)| {
        Some(PersonChange {
            removed: removed.and_then(|i| e.person_at(i)),
            added: e.person_at(added)?,
            reason,
        })
    })
    .collect();
    let order: Vec<Placed> = constrained::ranking_from_outcome(&counted.outcome, |c| {
        groups.get(c as usize).cloned().flatten()
    });
    let as_constrained = Constrained::from_count(
        e.sel.seats,
        counted.outcome.elected.clone(),
        counted.unmet.clone(),
    );
    let escaped =
        escape::escape(e, r, &order, as_constrained, &plan.bounds, findings).map_err(err)?;
    out.void |= escaped.void;
    let winners: Vec<usize> = escaped.result.elected.iter().map(|&c| c as usize).collect();
    let marks = counted
        .marks
        .iter()
        .filter_map(|m| {
            Some(PersonMark {
                stage: m.stage,
                person: e.person_at(m.candidate as usize)?,
                mark: m.mark,
                reason: m.reason.clone(),
            })
        })
        .collect();
    let order: Vec<usize> = order.iter().map(|p| p.candidate as usize).collect();
    out.ranking = Ranking::replaced(winners, order);
    let mut applied = plan.into_applied(r, true, changes, counted.unmet);
    applied.marks = marks;
    applied.vacant = escaped.vacant;
    Ok(applied)
}

/// Each candidate's group among the bounded groups, by index.
fn groups_of_all(
    ctx: &Context<'_>,
    candidates: &[CandidateStanding],
    bounds: &[GroupBounds],
) -> Vec<Option<String>> {
    // People by id, once: the lookup is per candidate (the first of an id, as a
    // search would find).
    let mut people: std::collections::HashMap<&PersonId, &crate::model::Person> =
        std::collections::HashMap::new();
    for p in &ctx.doc.people {
        people.entry(&p.id).or_insert(p);
    }
    candidates
        .iter()
        .map(|c| people.get(&c.person).and_then(|p| ctx.group_of(p, bounds)))
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
            escape: r
                .escape()
                .filter(|_| policy::Escape::applies_to(r.consequence)),
            vacant: Vec::new(),
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
    fn group_of(&self, p: &crate::model::Person, bounds: &[GroupBounds]) -> Option<String> {
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
        let body_seats: u32 = view
            .iter()
            .fold(0u32, |n, p| n.saturating_add(p.seats.get()));
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
