//! The compliance audit: every body of an organization, as of a date, against the
//! rules in force.

use std::collections::BTreeMap;

/// The audit indexes a million people by id: foldhash is several times faster than the
/// default SipHash and still randomly seeded per process.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::check::{Subject as Checked, Tally, Verdict, check_composition};
use super::{
    Base, GroupId, Hardness, Policy, Requirement, Rule, RuleId, SeatKind, Share, Subject, messages,
    requirement,
};
use crate::diagnostics::{Summary, sort_findings, sort_findings_in_runs};
use crate::model::{
    Body, BodyKind, Gender, MembershipStats, Organization, Person, Post, SeatPlan, Unit,
};
use crate::{Finding, JsonPath, Severity};

impl Subject for Person {
    fn gender(&self) -> Option<&str> {
        self.gender.as_ref().map(Gender::as_str)
    }
    fn birth_date(&self) -> Option<NaiveDate> {
        self.birth_date
    }
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

/// The outcome of the audit for one level of the structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LevelSummary {
    /// The level id (`DPC`).
    pub level: String,
    /// Bodies of units at this level that at least one rule applies to.
    pub bodies: usize,
    /// Of those, bodies that break no binding rule.
    pub compliant: usize,
}

/// The outcome of the audit for one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleSummary {
    /// The rule.
    pub rule: RuleId,
    /// The version in force on the audit date.
    pub version: u32,
    /// Binding or a target.
    pub hardness: Hardness,
    /// Bodies in the rule's scope.
    pub in_scope: usize,
    /// Bodies that meet it.
    pub complies: usize,
    /// Bodies that do not.
    pub breaks: usize,
    /// Bodies where it cannot be met (its size, or a conflict with another rule).
    pub infeasible: usize,
    /// Bodies below its size threshold.
    pub not_applicable: usize,
    /// Bodies where it could not be judged (no membership statistics).
    pub unknown: usize,
}

/// How many seats of a body one group of a rule holds, and the bounds the rule sets
/// for the body's size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GroupCount {
    /// The group.
    pub group: GroupId,
    /// Seats held on the date by people known to be in the group.
    pub holds: u32,
    /// The fewest seats the rule lets the group hold; absent where the rule sets no
    /// bounds here (below its size threshold, or no reference population).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// The most seats the rule lets the group hold; absent as `min`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// The seats the body's seat plan gives the group (its reserved posts, or the
    /// seats guaranteed to it); absent when the body states no plan or the group is
    /// not one statistics and plans can name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<u32>,
    /// Where the body falls short of the group's minimum and its unit has too few
    /// members of the group to meet it (`not-enough-eligible`): how many, and from
    /// which source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Box<EligibleCount>>,
}

/// The members of a group a unit has, to fill a body's seats, and where the count
/// comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EligibleCount {
    /// How many.
    pub members: u64,
    /// From the membership records or the unit's statistics.
    pub source: EligibleSource,
}

/// Where an eligible-member count comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "from", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum EligibleSource {
    /// The members in good standing on record in the unit and the units below it.
    Records,
    /// The unit's membership statistics in force on the date (used where there are
    /// no records, or fewer members on record than the statistics count).
    Statistics {
        /// The date of the statistics.
        date: NaiveDate,
    },
}

/// How a body's seat plan stands against a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PlanVerdict {
    /// The plan gives every group of the rule at least its minimum and at most its
    /// maximum.
    Secures,
    /// The plan gives a group fewer seats than its minimum: holders may still meet
    /// the rule, the plan does not make sure of it.
    FallsShort,
    /// The plan gives a group more seats than its maximum: filled as planned, the
    /// body breaks the rule.
    Exceeds,
}

/// One rule on one body: the seats it counts, each group's seats and bounds, the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BodyRule {
    /// The rule.
    pub rule: RuleId,
    /// The body's seats on the rule's base (all, filled or voting seats).
    pub seats: u32,
    /// One entry per group the rule names, in the rule's order.
    pub groups: Vec<GroupCount>,
    /// The outcome.
    pub verdict: Verdict,
    /// How the body's seat plan stands against the rule, when the body states one
    /// and the rule sets bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanVerdict>,
    /// When the rule's text is ambiguous: each other reading judged on the same
    /// holders, beside the reading applied (the fields above).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<super::readings::ReadingVerdict>,
}

/// One audited body and every rule that applies to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BodyAudit {
    /// The body's id.
    pub body: String,
    /// Its unit's id.
    pub unit: String,
    /// The unit's level (empty when the unit is not in the document).
    pub level: String,
    /// Where the body is in the document (`$.bodies[3]`), as the findings point.
    pub path: JsonPath,
    /// Each rule that applies, sorted by rule id.
    pub rules: Vec<BodyRule>,
}

/// What the audit found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AuditReport {
    /// The date of the audit.
    pub as_of: NaiveDate,
    /// Bodies that at least one rule applies to.
    pub bodies_audited: usize,
    /// Every finding, in canonical order.
    pub findings: Vec<Finding>,
    /// Counts of findings by severity.
    pub summary: Summary,
    /// Per level, in the order of the document's levels.
    pub by_level: Vec<LevelSummary>,
    /// Per rule, sorted by id.
    pub by_rule: Vec<RuleSummary>,
    /// Per audited body, in the document's order: each rule's seats, groups and
    /// verdict (what the HTML report draws).
    #[serde(default)]
    pub bodies: Vec<BodyAudit>,
}

impl AuditReport {
    /// Whether a binding rule is broken (or cannot be met): the audit fails.
    pub fn has_binding_breaches(&self) -> bool {
        self.summary.errors > 0
    }
}

/// The composition a group of rules looks at: which seats, on what base.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct View<'a> {
    base: Base,
    seats: SeatKind,
    posts: Option<&'a [String]>,
}

impl View<'_> {
    /// Whether the view counts the seats of `post`: titular or substitute seats as
    /// the scope says, no substitutes on a voting-seats base, and only the scope's
    /// posts for a rule on offices.
    pub(crate) fn includes(&self, post: &Post) -> bool {
        let kind_ok = match self.seats {
            SeatKind::All => true,
            SeatKind::Titular => post.substitute_for.is_none(),
            SeatKind::Substitute => post.substitute_for.is_some(),
        };
        kind_ok
            && (!matches!(self.base, Base::VotingSeats) || post.substitute_for.is_none())
            && self
                .posts
                .is_none_or(|names| names.iter().any(|n| n == post.id.as_str()))
    }
}

struct Index<'a> {
    units: HashMap<&'a str, &'a Unit>,
    /// Person id -> position in `org.people` (the last person with the id wins).
    people: HashMap<&'a str, usize>,
    /// Whether no two people share an id: then the person at any position with the
    /// id is the one `people` gives.
    unique_people: bool,
    /// The document's people, indexed by `people`.
    people_list: &'a [Person],
    /// Active holders per post id on the date, in the order of the terms, each
    /// resolved once to the person (`None` where the id names no one).
    holders: HashMap<&'a str, Vec<Option<&'a Person>>>,
    /// Unit id -> its ancestors (itself first), cycle-safe.
    ancestors: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Index<'a> {
    fn new(org: &'a Organization, as_of: NaiveDate) -> Self {
        let mut units: HashMap<&str, &Unit> =
            HashMap::with_capacity_and_hasher(org.units.len(), Default::default());
        units.extend(org.units.iter().map(|u| (u.id.as_str(), u)));
        let mut people: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(org.people.len(), Default::default());
        let mut unique_people = true;
        for (i, p) in org.people.iter().enumerate() {
            unique_people &= people.insert(p.id.as_str(), i).is_none();
        }
        let mut holders: HashMap<&str, Vec<Option<&Person>>> = HashMap::default();
        for t in org.terms.iter().filter(|t| t.active_on(as_of)) {
            let person = people
                .get(t.person.as_str())
                .and_then(|i| org.people.get(*i));
            holders.entry(t.post.as_str()).or_default().push(person);
        }
        let mut ancestors = HashMap::with_capacity_and_hasher(org.units.len(), Default::default());
        for u in &org.units {
            ancestors.insert(u.id.as_str(), u.chain_up(|p| units.get(p).copied()));
        }
        Index {
            units,
            people,
            unique_people,
            people_list: &org.people,
            holders,
            ancestors,
        }
    }

    /// Whether `rule` covers `body`, whose unit (looked up once per body) is `unit`.
    fn in_scope(&self, rule: &Rule, body: &Body, unit: Option<&Unit>) -> bool {
        let chain = self
            .ancestors
            .get(body.unit.as_str())
            .map_or(&[][..], Vec::as_slice);
        rule.scope
            .covers(body, unit.map(|u| u.level.as_str()), chain)
    }
}

/// The view of a rule on a body: offices rules look only at their posts.
pub(crate) fn view_of(rule: &Rule) -> View<'_> {
    View {
        base: rule.base,
        seats: rule.scope.seats,
        posts: (!rule.scope.posts.is_empty()).then_some(rule.scope.posts.as_slice()),
    }
}

/// Audits every body of `org` against the rules of `policy` in force on `as_of`.
///
/// For each body (delegations are bodies of kind `delegation`) and each rule whose
/// scope covers it, the audit counts the seats on the rule's base (all seats, filled
/// seats, or voting seats, which are the titular seats: substitutes vote only in a
/// titular member's place) and the holders on the date who belong to each group,
/// and compares them with the rule's bounds for that size. Proportional rules on the
/// unit's membership read the unit's statistics in force on the date. Where a body
/// falls short, the audit also counts the members in good standing of the unit and
/// the units below it who belong to the group, and says when there are too few to
/// meet the rule at all.
///
/// The members counted for `not-enough-eligible` are those on record, unless the
/// unit's statistics in force count more members in all than are active on record
/// (records absent or partial): then the statistics' count of the group, and the
/// message and the report's `eligible` say which source was used.
///
/// A body that states a [`seat_plan`](crate::model::Body::seat_plan) has its plan
/// judged too: the seats its posts reserve for a group or the plan guarantees it,
/// against the rule's bounds (`planned` and `plan` in the report).
///
/// Finding codes: `quota-shortfall`, `quota-excess` (errors for binding rules,
/// warnings for targets), `rule-infeasible`, `rules-contradict`, `not-enough-eligible`,
/// `reference-missing`, `group-data-missing`, `lot-decides-last-seat`,
/// `seat-plan-short` (a warning: the plan does not secure a group's minimum),
/// `seat-plan-excess` (an error for binding rules: the plan gives a group more than
/// its maximum). Each points at the body (`$.bodies[3]`). Two more warnings point into the policy:
/// `rule-selects-nobody` (at `$.rules[2]`) for a binding rule none of whose seat
/// holders, in all the bodies it covers, belongs to one of its groups (while its
/// data could tell: no holder's group unknown), and `unknown-selector-value` (at
/// `$.groups[0].select.gender`) for a selector value no person of the document
/// carries ([`check_vocabulary`](super::check_vocabulary)).
///
/// ```
/// use union_rulebook::model::Organization;
/// use union_rulebook::policy::{Policy, audit};
/// let org = Organization::from_json_str(r#"{
///   "name": "SPN",
///   "levels": [{"id": "dpc", "name": "DPC"}],
///   "units": [{"id": "dpc-bekasi", "name": "DPC Bekasi", "level": "dpc"}],
///   "bodies": [{"id": "dpc-bekasi-exec", "unit": "dpc-bekasi", "kind": "executive",
///               "name": "Executive", "posts": [{"id": "bekasi-seat", "role": "member", "seats": 7}]}],
///   "people": [{"id": "p1", "gender": "woman"}, {"id": "p2", "gender": "man"}],
///   "terms": [{"person": "p1", "post": "bekasi-seat", "start": "2024-01-01", "how": "elected"},
///             {"person": "p2", "post": "bekasi-seat", "start": "2024-01-01", "how": "elected"}]
/// }"#)?;
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "woman" }
///     [[rules]]
///     id = "women-30"
///     effective_from = "2020-01-01"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
/// "#)?;
/// let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// let report = audit(&org, &policy, on);
/// assert!(report.has_binding_breaches());
/// assert_eq!(
///     report.findings[0].message,
///     "body dpc-bekasi-exec has 1 woman in 7 seats; rule women-30 needs at least 3 (2 women more)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn audit(org: &Organization, policy: &Policy, as_of: NaiveDate) -> AuditReport {
    let idx = Index::new(org, as_of);
    let rules = policy.rules_in_force(as_of);
    // Each body's findings, at its path, are sorted when it is done: the list is then
    // in canonical order but for severities (`sort_findings_in_runs`).
    let mut findings = Vec::new();
    let mut per_rule: BTreeMap<&RuleId, RuleSummary> = rules
        .iter()
        .map(|r| {
            (
                &r.id,
                RuleSummary {
                    rule: r.id.clone(),
                    version: r.version,
                    hardness: r.hardness,
                    in_scope: 0,
                    complies: 0,
                    breaks: 0,
                    infeasible: 0,
                    not_applicable: 0,
                    unknown: 0,
                },
            )
        })
        .collect();
    let mut per_level: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut eligible: Option<Eligible> = None;
    let mut audited = 0;
    let mut selected = Selected::default();
    let mut bodies = Vec::new();
    let memo = std::cell::RefCell::new(super::check::Memo::default());

    // A rule whose scope names no body, unit or post covers a body by its kind and its
    // unit's level alone: judged once per kind and level, not once per body.
    let by_kind_and_level: Vec<bool> = rules
        .iter()
        .map(|r| r.scope.bodies.is_empty() && r.scope.units.is_empty() && r.scope.posts.is_empty())
        .collect();
    let mut covered: HashMap<(&str, Option<&str>), Vec<bool>> = HashMap::default();

    for (bi, body) in org.bodies.iter().enumerate() {
        let unit = idx.units.get(body.unit.as_str()).copied();
        let level = unit.map(|u| u.level.as_str());
        let known = covered
            .entry((body.kind.as_str(), level))
            .or_insert_with(|| {
                rules
                    .iter()
                    .zip(&by_kind_and_level)
                    .map(|(r, simple)| *simple && idx.in_scope(r, body, unit))
                    .collect()
            });
        let applicable: Vec<&Rule> = rules
            .iter()
            .copied()
            .zip(&by_kind_and_level)
            .zip(known.iter())
            .filter(|((r, simple), known)| {
                if **simple {
                    **known
                } else {
                    idx.in_scope(r, body, unit)
                }
            })
            .map(|((r, _), _)| r)
            .collect();
        if applicable.is_empty() {
            continue;
        }
        audited += 1;
        let path = JsonPath::root().key("bodies").index(bi);
        let label = messages::body_label(body.kind == BodyKind::Delegation, body.id.as_str());
        // The holders of each post, looked up once for every view of the body.
        let post_holders: Vec<&[Option<&Person>]> = body
            .posts
            .iter()
            .map(|p| {
                idx.holders
                    .get(p.id.as_str())
                    .map_or(&[][..], Vec::as_slice)
            })
            .collect();
        let stats = unit.and_then(|u| u.stats_as_of(as_of));
        let before = findings.len();
        let mut body_rules = Vec::new();

        // Rules that look at the same seats are checked together, so that
        // contradictions between them show.
        let mut views: BTreeMap<View<'_>, Vec<&Rule>> = BTreeMap::new();
        for r in &applicable {
            views.entry(view_of(r)).or_default().push(r);
        }
        for (view, group_rules) in views {
            let posts: Vec<_> = body
                .posts
                .iter()
                .zip(&post_holders)
                .filter(|(p, _)| view.includes(p))
                .collect();
            let mut seats: u64 = 0;
            let mut holders: Vec<Option<&Person>> = Vec::new();
            for (p, h) in &posts {
                let cap = u64::from(p.seats.get());
                let filled = u64::try_from(h.len()).unwrap_or(u64::MAX).min(cap);
                seats += match view.base {
                    Base::FilledSeats => filled,
                    Base::AllSeats | Base::VotingSeats => cap,
                };
                holders.extend(h.iter().take(usize::try_from(cap).unwrap_or(usize::MAX)));
            }
            let seats = u32::try_from(seats).unwrap_or(u32::MAX);
            let mut tallies: BTreeMap<&GroupId, Tally> = BTreeMap::new();
            for r in &group_rules {
                let alternatives = r
                    .ambiguity
                    .iter()
                    .flat_map(|a| &a.alternatives)
                    .flat_map(|x| x.require.group_slice());
                for g in r.require.group_slice().iter().chain(alternatives) {
                    if tallies.contains_key(g) {
                        continue;
                    }
                    let mut t = Tally::default();
                    if let Some(def) = policy.group(g) {
                        for h in &holders {
                            match h.and_then(|p| def.select.matches(p, as_of)) {
                                Some(true) => t.members += 1,
                                Some(false) => {}
                                None => t.unknown += 1,
                            }
                        }
                    }
                    tallies.insert(g, t);
                }
            }
            selected.count(&group_rules, &holders, &tallies);
            let unit_share = |g: &GroupId| -> Option<Share> {
                let st = stats?;
                let group = policy.group(g)?.select.stats_group()?;
                let n = st.count(&group)?;
                Share::new(u64::from(n), u64::from(st.total())).ok()
            };
            let subject = Checked {
                label: &label,
                unit: messages::seats_unit(),
                path: path.clone(),
                memo: Some(&memo),
            };
            let verdicts = check_composition(
                policy,
                &group_rules,
                seats,
                &tallies,
                &unit_share,
                &subject,
                &mut findings,
            );
            for r in &group_rules {
                let Some((_, verdict)) = verdicts.iter().find(|(id, _)| **id == r.id) else {
                    continue;
                };
                let share = r.require.group_slice().first().and_then(&unit_share);
                let bounds = match requirement(&r.require, seats, share) {
                    Requirement::Bounds { groups } => groups,
                    _ => Vec::new(),
                };
                let judged = matches!(verdict, Verdict::Complies | Verdict::Breaks);
                let groups: Vec<GroupCount> = r
                    .require
                    .group_slice()
                    .iter()
                    .map(|g| {
                        let b = bounds.iter().find(|b| b.group == *g);
                        let planned = body.seat_plan.as_ref().filter(|_| judged).and_then(|plan| {
                            let group = policy.group(g)?.select.stats_group()?;
                            Some(plan.seats_for(&group, posts.iter().map(|(p, _)| *p)))
                        });
                        GroupCount {
                            group: g.clone(),
                            holds: tallies.get(g).map_or(0, |t| t.members),
                            min: b.map(|b| b.min),
                            max: b.map(|b| b.max),
                            planned,
                            eligible: None,
                        }
                    })
                    .collect();
                let plan = plan_verdict(
                    policy,
                    r,
                    &label,
                    seats,
                    &groups,
                    body.seat_plan.as_deref(),
                    &path,
                    &mut findings,
                );
                let readings = super::readings::judge_readings(r, seats, &tallies, &unit_share);
                if let Some(f) =
                    super::readings::disagreement(r, &label, *verdict, &readings, path.clone())
                {
                    findings.push(f);
                }
                body_rules.push(BodyRule {
                    rule: r.id.clone(),
                    seats,
                    groups,
                    verdict: *verdict,
                    plan,
                    readings,
                });
            }
            for (id, v) in &verdicts {
                if let Some(s) = per_rule.get_mut(id) {
                    s.in_scope += 1;
                    match v {
                        Verdict::Complies => s.complies += 1,
                        Verdict::Breaks => s.breaks += 1,
                        Verdict::Infeasible => s.infeasible += 1,
                        Verdict::NotApplicable => s.not_applicable += 1,
                        Verdict::Unknown => s.unknown += 1,
                    }
                }
            }
            // Enough eligible people? Only where a body falls short of a floor.
            for r in &group_rules {
                let Some((_, Verdict::Breaks)) = verdicts.iter().find(|(id, _)| **id == r.id)
                else {
                    continue;
                };
                let first = r.require.group_slice().first();
                let share = first.and_then(&unit_share);
                let Requirement::Bounds { groups } = requirement(&r.require, seats, share) else {
                    continue;
                };
                for b in groups {
                    let held = tallies.get(&b.group).map_or(0, |t| t.members);
                    if held >= b.min {
                        continue;
                    }
                    let counts =
                        eligible.get_or_insert_with(|| Eligible::count(org, &idx, policy, as_of));
                    let Some(found) = counts.available(policy, &b.group, body.unit.as_str(), stats)
                    else {
                        continue;
                    };
                    if found.members < u64::from(b.min) {
                        if let Some(entry) = body_rules
                            .iter_mut()
                            .rev()
                            .find(|x| x.rule == r.id)
                            .and_then(|x| x.groups.iter_mut().find(|c| c.group == b.group))
                        {
                            entry.eligible = Some(Box::new(found.clone()));
                        }
                        let message = match found.source {
                            EligibleSource::Records => messages::not_enough_eligible(
                                policy,
                                body.unit.as_str(),
                                found.members,
                                &b.group,
                                &label,
                                b.min,
                                &r.id,
                            ),
                            EligibleSource::Statistics { date } => {
                                messages::not_enough_eligible_by_statistics(
                                    policy,
                                    body.unit.as_str(),
                                    found.members,
                                    &b.group,
                                    date,
                                    &label,
                                    b.min,
                                    &r.id,
                                )
                            }
                        };
                        findings.push(Finding::new(
                            "not-enough-eligible",
                            Severity::Warning,
                            path.clone(),
                            message,
                        ));
                    }
                }
            }
        }
        let compliant = !findings
            .get(before..)
            .unwrap_or(&[])
            .iter()
            .any(|f| f.severity == Severity::Error);
        if let Some(mine) = findings.get_mut(before..) {
            sort_findings(mine);
        }
        for r in &applicable {
            *selected.bodies.entry(&r.id).or_default() += 1;
        }
        let level = unit.map_or("", |u| u.level.as_str());
        body_rules.sort_by(|a, b| a.rule.cmp(&b.rule));
        bodies.push(BodyAudit {
            body: body.id.as_str().to_owned(),
            unit: body.unit.as_str().to_owned(),
            level: level.to_owned(),
            path: path.clone(),
            rules: body_rules,
        });
        let e = per_level.entry(level).or_insert((0, 0));
        e.0 += 1;
        if compliant {
            e.1 += 1;
        }
    }
    // After the bodies' findings: the policy's, sorted (their paths follow `$.bodies`).
    let mut extra = selected.nobody(policy, &rules);
    extra.extend(super::check_vocabulary(org, policy));
    sort_findings(&mut extra);
    findings.extend(extra);
    sort_findings_in_runs(&mut findings);
    let mut by_level = Vec::new();
    for l in &org.levels {
        if let Some((bodies, compliant)) = per_level.remove(l.id.as_str()) {
            by_level.push(LevelSummary {
                level: l.id.as_str().to_owned(),
                bodies,
                compliant,
            });
        }
    }
    for (level, (bodies, compliant)) in per_level {
        by_level.push(LevelSummary {
            level: level.to_owned(),
            bodies,
            compliant,
        });
    }
    AuditReport {
        as_of,
        bodies_audited: audited,
        summary: Summary::of(&findings),
        findings,
        by_level,
        by_rule: per_rule.into_values().collect(),
        bodies,
    }
}

/// Judges a body's seat plan against one rule from its groups' planned seats and
/// bounds: `seat-plan-short` (a warning: the plan does not make sure of the rule,
/// holders may still meet it) where a group is planned fewer seats than its minimum,
/// `seat-plan-excess` (an error for a binding rule: filled as planned, the body breaks
/// it) where more than its maximum.
#[allow(clippy::too_many_arguments)]
fn plan_verdict(
    policy: &Policy,
    rule: &Rule,
    label: &str,
    seats: u32,
    groups: &[GroupCount],
    plan: Option<&SeatPlan>,
    path: &JsonPath,
    findings: &mut Vec<Finding>,
) -> Option<PlanVerdict> {
    let plan = plan?;
    let source = plan.source.as_deref().unwrap_or("");
    let mut verdict = None;
    for g in groups {
        let (Some(planned), Some(min), Some(max)) = (g.planned, g.min, g.max) else {
            continue;
        };
        let v = if planned > max {
            findings.push(Finding::new(
                "seat-plan-excess",
                match rule.hardness {
                    Hardness::Binding => Severity::Error,
                    Hardness::Target => Severity::Warning,
                },
                path.clone(),
                messages::seat_plan_excess(
                    policy, label, planned, &g.group, seats, source, max, &rule.id,
                ),
            ));
            PlanVerdict::Exceeds
        } else if planned < min {
            findings.push(Finding::new(
                "seat-plan-short",
                Severity::Warning,
                path.clone(),
                messages::seat_plan_short(
                    policy, label, planned, &g.group, seats, source, min, &rule.id,
                ),
            ));
            PlanVerdict::FallsShort
        } else {
            PlanVerdict::Secures
        };
        verdict = Some(match (verdict, v) {
            (Some(PlanVerdict::Exceeds), _) | (_, PlanVerdict::Exceeds) => PlanVerdict::Exceeds,
            (Some(PlanVerdict::FallsShort), _) | (_, PlanVerdict::FallsShort) => {
                PlanVerdict::FallsShort
            }
            _ => PlanVerdict::Secures,
        });
    }
    verdict
}

/// For each binding rule and each of its groups, the seat holders the audit counted in
/// the bodies the rule covers, and how many of them belong to the group or may
/// (their data unknown).
#[derive(Default)]
struct Selected<'a> {
    /// `(rule, group)` -> (holders counted, members or unknown).
    groups: BTreeMap<(&'a RuleId, &'a GroupId), (u64, u64)>,
    /// Bodies each rule covers.
    bodies: BTreeMap<&'a RuleId, u64>,
}

impl<'a> Selected<'a> {
    fn count(
        &mut self,
        rules: &[&'a Rule],
        holders: &[Option<&Person>],
        tallies: &BTreeMap<&GroupId, Tally>,
    ) {
        let seen = u64::try_from(holders.len()).unwrap_or(u64::MAX);
        for r in rules.iter().filter(|r| r.hardness == Hardness::Binding) {
            for g in r.require.group_slice() {
                let t = tallies.get(g).copied().unwrap_or_default();
                let maybe = u64::from(t.members).saturating_add(u64::from(t.unknown));
                let e = self.groups.entry((&r.id, g)).or_default();
                e.0 = e.0.saturating_add(seen);
                e.1 = e.1.saturating_add(maybe);
            }
        }
    }

    /// A warning for each binding rule and group that selected none of the holders.
    fn nobody(&self, policy: &Policy, rules: &[&Rule]) -> Vec<Finding> {
        let mut out = Vec::new();
        for ((rule, group), (seen, maybe)) in &self.groups {
            if *seen == 0 || *maybe > 0 {
                continue;
            }
            let index = rules
                .iter()
                .find(|r| r.id == **rule)
                .and_then(|r| policy.rules().iter().position(|x| std::ptr::eq(x, *r)));
            let path = match index {
                Some(i) => JsonPath::root().key("rules").index(i),
                None => JsonPath::root().key("rules"),
            };
            let bodies = self.bodies.get(rule).copied().unwrap_or(0);
            out.push(Finding::new(
                "rule-selects-nobody",
                Severity::Warning,
                path,
                messages::rule_selects_nobody(policy, rule, group, *seen, bodies),
            ));
        }
        out
    }
}

/// For each group of the policy and each unit with membership records in its subtree,
/// the number of members in good standing on the date, in the unit or below it, who
/// belong to the group. Counted once for all groups, and only when a body falls short.
/// Units with no membership records at all are left out (the document cannot tell).
struct Eligible<'a> {
    groups: HashMap<&'a GroupId, usize>,
    units: HashMap<&'a str, usize>,
    /// `counts[group][unit]`; `None` where the unit's subtree has no membership.
    counts: Vec<Vec<Option<u64>>>,
    /// `totals[unit]`: active members on record in the unit's subtree (in arrears or
    /// not), to compare with the statistics' total; `None` as in `counts`.
    totals: Vec<Option<u64>>,
}

/// A membership's person not found among the document's people.
const NO_PERSON: usize = usize::MAX;

impl<'a> Eligible<'a> {
    /// One pass resolves each membership's person once (a million-member document
    /// makes string lookups the cost); a second counts, with people and units by
    /// position.
    fn count(org: &'a Organization, idx: &Index<'_>, policy: &'a Policy, as_of: NaiveDate) -> Self {
        let mut unit_ix: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(org.units.len(), Default::default());
        unit_ix.extend(
            org.units
                .iter()
                .enumerate()
                .map(|(i, u)| (u.id.as_str(), i)),
        );
        let chains: Vec<Vec<usize>> = org
            .units
            .iter()
            .map(|u| {
                idx.ancestors
                    .get(u.id.as_str())
                    .map(|c| c.iter().filter_map(|a| unit_ix.get(a).copied()).collect())
                    .unwrap_or_default()
            })
            .collect();
        let defs = policy.groups();
        let mut counts = vec![vec![None; org.units.len()]; defs.len()];
        let mut totals: Vec<Option<u64>> = vec![None; org.units.len()];
        // Each membership's person, by position (`NO_PERSON` when unknown), and the
        // number of memberships in good standing per person: people with several are
        // counted once per unit.
        let mut active = vec![0u32; org.people.len()];
        // Memberships are often listed in the order of the people: the person after
        // the previous membership's is tried before the index (a million lookups in a
        // table of a million people, each a cache miss, were a tenth of the audit).
        let mut next = 0;
        let persons: Vec<usize> = org
            .memberships
            .iter()
            .map(|m| {
                let id = m.person.as_str();
                let p = match idx.people_list.get(next) {
                    Some(q) if idx.unique_people && q.id.as_str() == id => Some(next),
                    _ => idx.people.get(id).copied(),
                };
                if let Some(p) = p {
                    next = p.saturating_add(1);
                }
                if let Some(n) = p.and_then(|p| active.get_mut(p))
                    && m.in_good_standing_on(as_of)
                {
                    *n = n.saturating_add(1);
                }
                p.unwrap_or(NO_PERSON)
            })
            .collect();
        let mut seen: HashSet<(usize, usize)> = HashSet::default();
        let mut matches = vec![false; defs.len()];
        for (m, &pi) in org.memberships.iter().zip(&persons) {
            let Some(chain) = unit_ix.get(m.unit.as_str()).and_then(|u| chains.get(*u)) else {
                continue;
            };
            let good = m.in_good_standing_on(as_of);
            let active_now = m.active_on(as_of);
            let p = idx.people_list.get(pi);
            for (gi, d) in defs.iter().enumerate() {
                if let Some(slot) = matches.get_mut(gi) {
                    *slot = good && p.and_then(|p| d.select.matches(p, as_of)) == Some(true);
                }
            }
            // An unknown person matches no group: whether they were seen changes nothing.
            let several = active.get(pi).is_some_and(|n| *n > 1);
            for &u in chain {
                let first = !several || seen.insert((u, pi));
                if let Some(t) = totals.get_mut(u) {
                    *t = Some(t.unwrap_or(0) + u64::from(first && active_now && pi != NO_PERSON));
                }
                for (gi, row) in counts.iter_mut().enumerate() {
                    if let Some(c) = row.get_mut(u) {
                        let add = u64::from(first && matches.get(gi).copied().unwrap_or(false));
                        *c = Some(c.unwrap_or(0) + add);
                    }
                }
            }
        }
        Eligible {
            groups: defs.iter().enumerate().map(|(i, d)| (&d.id, i)).collect(),
            units: unit_ix,
            counts,
            totals,
        }
    }

    fn get(&self, group: &GroupId, unit: &str) -> Option<u64> {
        let g = *self.groups.get(group)?;
        let u = *self.units.get(unit)?;
        self.counts.get(g)?.get(u).copied().flatten()
    }

    /// The members of `group` the unit has to fill seats, and from where: the records
    /// of the unit and the units below it, unless the unit's statistics in force count
    /// more members in all than are active on record (records absent or partial: the
    /// statistics are then the better count, as for `below-minimum-members`).
    fn available(
        &self,
        policy: &Policy,
        group: &GroupId,
        unit: &str,
        stats: Option<&MembershipStats>,
    ) -> Option<EligibleCount> {
        let on_record = self.get(group, unit);
        let recorded_total = self
            .units
            .get(unit)
            .and_then(|u| self.totals.get(*u))
            .copied()
            .flatten();
        let from_stats = stats.and_then(|st| {
            let g = policy.group(group)?.select.stats_group()?;
            Some((st, st.count(&g)?))
        });
        match (on_record, from_stats) {
            (records, Some((st, n)))
                if records.is_none() || recorded_total.unwrap_or(0) < u64::from(st.total()) =>
            {
                Some(EligibleCount {
                    members: u64::from(n),
                    source: EligibleSource::Statistics { date: st.date() },
                })
            }
            (Some(members), _) => Some(EligibleCount {
                members,
                source: EligibleSource::Records,
            }),
            _ => None,
        }
    }
}
