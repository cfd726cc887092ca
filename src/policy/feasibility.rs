//! Feasibility: the integer bounds each rule sets for each body size, the sizes where
//! a rule cannot be met, and contradictions between rules on one body.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::{GroupId, Policy, Reference, Rounding, RuleId, Shape, Share};

/// The seats a group may hold in a body of a given size under one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GroupBounds {
    /// The group.
    pub group: GroupId,
    /// The fewest seats the group may hold.
    pub min: u32,
    /// The most seats the group may hold.
    pub max: u32,
    /// Under d'Hondt, the last seat is tied between the group and the rest and is
    /// decided by lot; `min` does not count it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lot_for_last_seat: bool,
}

/// What one rule requires of a body of a given size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Requirement {
    /// The body is below the rule's size threshold.
    NotApplicable {
        /// The smallest size the rule applies to.
        from_seats: u32,
    },
    /// A proportional rule whose reference population is not known here (the unit's
    /// membership statistics, in an explanation without a document).
    NeedsReference,
    /// Bounds for each group the rule names.
    Bounds {
        /// One entry per group, in the rule's order.
        groups: Vec<GroupBounds>,
    },
}

fn rounded_min(seats: u32, share: Share, rounding: Rounding) -> (u32, bool) {
    let r = rounding.seats(seats, share);
    (r.seats, r.lot_for_last_seat)
}

/// The share of a reference population held by the group, when known without a
/// document.
pub fn given_share(reference: &Reference) -> Option<Share> {
    match reference {
        Reference::Given {
            group_count, total, ..
        } => Share::new(*group_count, *total).ok(),
        Reference::UnitMembership => None,
    }
}

/// What `shape` requires of a body of `seats` seats. `unit_share` is the group's
/// share of the unit's membership, for proportional rules on
/// [`Reference::UnitMembership`].
///
/// ```
/// use union_rulebook::policy::{GroupId, Requirement, Rounding, Shape, requirement};
/// let women = GroupId::new("women")?;
/// let shape = Shape::ShareFloor { group: women, share: "30%".parse()?, rounding: Rounding::Up };
/// // a 7-seat executive: ceil(7 * 3/10) = ceil(2.1) = 3 women
/// match requirement(&shape, 7, None) {
///     Requirement::Bounds { groups } => assert_eq!((groups[0].min, groups[0].max), (3, 7)),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn requirement(shape: &Shape, seats: u32, unit_share: Option<Share>) -> Requirement {
    let floor = |group: &GroupId, min: u32, lot: bool| GroupBounds {
        group: group.clone(),
        min,
        max: seats,
        lot_for_last_seat: lot,
    };
    match shape {
        Shape::ShareFloor {
            group,
            share,
            rounding,
        } => {
            let (min, lot) = rounded_min(seats, *share, *rounding);
            Requirement::Bounds {
                groups: vec![floor(group, min, lot)],
            }
        }
        Shape::Band {
            groups,
            min,
            max,
            rounding,
        } => {
            let (lo, lot) = rounded_min(seats, *min, *rounding);
            let (above, _) = rounded_min(seats, max.complement(), *rounding);
            let hi = seats.saturating_sub(above);
            Requirement::Bounds {
                groups: groups
                    .iter()
                    .map(|g| GroupBounds {
                        group: g.clone(),
                        min: lo,
                        max: hi,
                        lot_for_last_seat: lot,
                    })
                    .collect(),
            }
        }
        Shape::Proportional {
            group,
            reference,
            rounding,
            adjust,
        } => match given_share(reference).or(unit_share) {
            Some(share) => {
                let share = adjust.map_or(share, |a| a.apply(share));
                let (min, lot) = rounded_min(seats, share, *rounding);
                Requirement::Bounds {
                    groups: vec![floor(group, min, lot)],
                }
            }
            None => Requirement::NeedsReference,
        },
        Shape::CountFloor { group, count } => Requirement::Bounds {
            groups: vec![floor(group, *count, false)],
        },
        Shape::FromSize { from_seats, then } => {
            if seats < *from_seats {
                Requirement::NotApplicable {
                    from_seats: *from_seats,
                }
            } else {
                requirement(then, seats, unit_share)
            }
        }
    }
}

/// Why a set of bounds on one body has no integer solution.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Conflict {
    /// A group must hold more seats than it may hold.
    MinAboveMax {
        /// The group.
        group: GroupId,
        /// The largest minimum, and the rule that sets it.
        min: u32,
        /// The rule setting the minimum.
        min_rule: RuleId,
        /// The smallest maximum.
        max: u32,
        /// The rule setting the maximum.
        max_rule: RuleId,
    },
    /// A group must hold more seats than the body has.
    MoreThanSeats {
        /// The group.
        group: GroupId,
        /// Its minimum.
        min: u32,
        /// The rule setting it.
        rule: RuleId,
        /// The body's seats.
        seats: u32,
    },
    /// Groups that share no member need more seats together than the body has.
    DisjointGroupsExceedSeats {
        /// The groups with their minimums and the rules setting them.
        groups: Vec<(GroupId, u32, RuleId)>,
        /// The sum of the minimums.
        total: u32,
        /// The body's seats.
        seats: u32,
    },
}

impl Conflict {
    /// The rules involved, sorted and without repeats.
    pub fn rules(&self) -> Vec<&RuleId> {
        let mut v: Vec<&RuleId> = match self {
            Conflict::MinAboveMax {
                min_rule, max_rule, ..
            } => vec![min_rule, max_rule],
            Conflict::MoreThanSeats { rule, .. } => vec![rule],
            Conflict::DisjointGroupsExceedSeats { groups, .. } => {
                groups.iter().map(|(_, _, r)| r).collect()
            }
        };
        v.sort();
        v.dedup();
        v
    }
}

/// A quick sufficient test that [`conflicts`] finds nothing, without building its
/// maps (an audit asks for every body): the minimums together fit in the seats, and
/// no minimum of a group exceeds a maximum of the same group. Then no tightest
/// minimum exceeds the seats or the group's tightest maximum, and any set of distinct
/// groups needs at most the sum of all minimums. Larger sets of bounds take the full
/// path.
fn surely_compatible(seats: u32, entries: &[(&RuleId, &GroupBounds)]) -> bool {
    if entries.len() > 16 {
        return false;
    }
    let total: u64 = entries.iter().map(|(_, b)| u64::from(b.min)).sum();
    total <= u64::from(seats)
        && entries.iter().all(|(_, a)| {
            entries
                .iter()
                .all(|(_, b)| a.min <= b.max || a.group != b.group)
        })
}

/// The conflicts among bounds set on one body of `seats` seats, each entry tagged with
/// the rule that sets it. Deterministic: independent of the order of `entries`.
pub fn conflicts(
    policy: &Policy,
    seats: u32,
    entries: &[(&RuleId, &GroupBounds)],
) -> Vec<Conflict> {
    if surely_compatible(seats, entries) {
        return Vec::new();
    }
    all_conflicts(policy, seats, entries)
}

/// [`conflicts`] without the quick test.
fn all_conflicts(
    policy: &Policy,
    seats: u32,
    entries: &[(&RuleId, &GroupBounds)],
) -> Vec<Conflict> {
    // Tightest minimum and maximum per group; ties between rules go to the smaller id.
    let mut mins: BTreeMap<&GroupId, (u32, &RuleId)> = BTreeMap::new();
    let mut maxs: BTreeMap<&GroupId, (u32, &RuleId)> = BTreeMap::new();
    for (rule, b) in entries {
        let e = mins.entry(&b.group).or_insert((b.min, rule));
        if b.min > e.0 || (b.min == e.0 && *rule < e.1) {
            *e = (b.min, rule);
        }
        let e = maxs.entry(&b.group).or_insert((b.max, rule));
        if b.max < e.0 || (b.max == e.0 && *rule < e.1) {
            *e = (b.max, rule);
        }
    }
    let mut out = Vec::new();
    for (group, (min, min_rule)) in &mins {
        if *min > seats {
            out.push(Conflict::MoreThanSeats {
                group: (*group).clone(),
                min: *min,
                rule: (*min_rule).clone(),
                seats,
            });
        } else if let Some((max, max_rule)) = maxs.get(group)
            && min > max
        {
            out.push(Conflict::MinAboveMax {
                group: (*group).clone(),
                min: *min,
                min_rule: (*min_rule).clone(),
                max: *max,
                max_rule: (*max_rule).clone(),
            });
        }
    }
    if !out.is_empty() {
        return out;
    }
    // Groups known to share no member: greedily build a set of pairwise-disjoint
    // groups, largest minimums first, and compare the sum with the seats.
    let mut ranked: Vec<(&GroupId, u32, &RuleId)> = mins
        .iter()
        .filter(|(_, (m, _))| *m > 0)
        .map(|(g, (m, r))| (*g, *m, *r))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let selector = |g: &GroupId| policy.group(g).map(|d| &d.select);
    let mut chosen: Vec<(&GroupId, u32, &RuleId)> = Vec::new();
    for cand in ranked {
        let disjoint_with_all = chosen
            .iter()
            .all(|c| match (selector(c.0), selector(cand.0)) {
                (Some(a), Some(b)) => a.disjoint(b),
                _ => false,
            });
        if disjoint_with_all {
            chosen.push(cand);
        }
    }
    let total: u64 = chosen.iter().map(|c| u64::from(c.1)).sum();
    if chosen.len() > 1 && total > u64::from(seats) {
        chosen.sort_by(|a, b| a.0.cmp(b.0));
        out.push(Conflict::DisjointGroupsExceedSeats {
            groups: chosen
                .iter()
                .map(|(g, m, r)| ((*g).clone(), *m, (*r).clone()))
                .collect(),
            total: u32::try_from(total).unwrap_or(u32::MAX),
            seats,
        });
    }
    out
}

/// One row of a rule's table: what it requires at one body size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SizeRow {
    /// The body size.
    pub seats: u32,
    /// What the rule requires.
    pub requirement: Requirement,
    /// Why the rule cannot be met at this size; empty when it can.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub infeasible: Vec<Conflict>,
}

/// A rule's requirements across body sizes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleTable {
    /// The rule.
    pub rule: RuleId,
    /// The version shown.
    pub version: u32,
    /// One row per size.
    pub rows: Vec<SizeRow>,
    /// When the rule's text is ambiguous: its other readings, each with its rows,
    /// shown beside the reading applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambiguous: Option<AmbiguousRows>,
}

/// The rows of a rule's other readings ([`crate::policy::Ambiguity`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AmbiguousRows {
    /// The ambiguous words.
    pub text: String,
    /// The reading applied (the rows of the table).
    pub reading: String,
    /// Each other reading with its rows.
    pub alternatives: Vec<ReadingRows>,
}

/// One reading's requirement for each size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReadingRows {
    /// The reading's name.
    pub label: String,
    /// One row per size.
    pub rows: Vec<SizeRow>,
}

impl RuleTable {
    /// The sizes where the rule cannot be met.
    pub fn infeasible_sizes(&self) -> Vec<u32> {
        self.rows
            .iter()
            .filter(|r| !r.infeasible.is_empty())
            .map(|r| r.seats)
            .collect()
    }
}

/// Two rules that can apply to one body and cannot both be met at a size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Contradiction {
    /// The body size.
    pub seats: u32,
    /// Why.
    pub conflict: Conflict,
}

/// The drafter's table: each rule's requirement for each size, and contradictions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Explanation {
    /// One table per rule, sorted by rule id.
    pub rules: Vec<RuleTable>,
    /// Sizes at which two rules that may share a body contradict each other (each
    /// feasible alone).
    pub contradictions: Vec<Contradiction>,
}

/// Explains the rules for each size in `sizes`: the rules in force on `as_of`, or
/// each rule's latest version when `as_of` is `None`.
///
/// ```
/// use union_rulebook::policy::{Policy, explain};
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "female" }
///     [[groups]]
///     id = "men"
///     one = "man"
///     many = "men"
///     select = { gender = "male" }
///     [[rules]]
///     id = "etuc-band"
///     effective_from = "2019-05-21"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "band", groups = ["women", "men"], min = "40%", max = "60%", rounding = "up" }
/// "#)?;
/// let table = explain(&policy, 1..=6, None);
/// // 40% of 3 = 1.2, up to 2; the maximum is 3 - ceil(3 * 40%) = 1: no solution
/// assert_eq!(table.rules[0].infeasible_sizes(), vec![1, 3]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn explain(
    policy: &Policy,
    sizes: std::ops::RangeInclusive<u32>,
    as_of: Option<chrono::NaiveDate>,
) -> Explanation {
    let rules = match as_of {
        Some(d) => policy.rules_in_force(d),
        None => policy.latest_rules(),
    };
    let mut tables = Vec::new();
    let mut contradictions = Vec::new();
    // Per size, the bounds of every rule, to look for contradictions between pairs.
    for rule in &rules {
        let rows_of = |shape: &Shape| -> Vec<SizeRow> {
            sizes
                .clone()
                .map(|seats| {
                    let requirement = requirement(shape, seats, None);
                    let infeasible = match &requirement {
                        Requirement::Bounds { groups } => {
                            let entries: Vec<_> = groups.iter().map(|g| (&rule.id, g)).collect();
                            conflicts(policy, seats, &entries)
                        }
                        _ => Vec::new(),
                    };
                    SizeRow {
                        seats,
                        requirement,
                        infeasible,
                    }
                })
                .collect()
        };
        let ambiguous = rule.ambiguity.as_ref().map(|a| AmbiguousRows {
            text: a.text.clone(),
            reading: a.reading.clone(),
            alternatives: a
                .alternatives
                .iter()
                .map(|r| ReadingRows {
                    label: r.label.clone(),
                    rows: rows_of(&r.require),
                })
                .collect(),
        });
        tables.push(RuleTable {
            rule: rule.id.clone(),
            version: rule.version,
            rows: rows_of(&rule.require),
            ambiguous,
        });
    }
    for (i, a) in rules.iter().enumerate() {
        for (j, b) in rules.iter().enumerate().skip(i + 1) {
            if !a.scope.may_overlap(&b.scope) {
                continue;
            }
            let (ta, tb) = match (tables.get(i), tables.get(j)) {
                (Some(ta), Some(tb)) => (ta, tb),
                _ => continue,
            };
            for (ra, rb) in ta.rows.iter().zip(&tb.rows) {
                if !ra.infeasible.is_empty() || !rb.infeasible.is_empty() {
                    continue;
                }
                let (Requirement::Bounds { groups: ga }, Requirement::Bounds { groups: gb }) =
                    (&ra.requirement, &rb.requirement)
                else {
                    continue;
                };
                let entries: Vec<_> = ga
                    .iter()
                    .map(|g| (&a.id, g))
                    .chain(gb.iter().map(|g| (&b.id, g)))
                    .collect();
                for conflict in conflicts(policy, ra.seats, &entries) {
                    contradictions.push(Contradiction {
                        seats: ra.seats,
                        conflict,
                    });
                }
            }
        }
    }
    Explanation {
        rules: tables,
        contradictions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{GroupDef, PolicyDoc, Selector};
    use proptest::prelude::*;

    #[allow(clippy::panic)]
    fn gid(s: &str) -> GroupId {
        GroupId::new(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Women and men are disjoint; young people overlap both.
    fn policy() -> Option<Policy> {
        let groups = vec![
            GroupDef::new(
                gid("women"),
                "woman",
                "women",
                Selector::Gender("woman".into()),
            ),
            GroupDef::new(gid("men"), "man", "men", Selector::Gender("man".into())),
            GroupDef::new(
                gid("young"),
                "young member",
                "young members",
                Selector::AgeBelow(35),
            ),
        ];
        Policy::new(PolicyDoc {
            groups,
            ..PolicyDoc::default()
        })
        .ok()
    }

    proptest! {
        /// The quick test never hides a conflict the full search finds.
        #[test]
        fn quick_test_agrees_with_the_full_search(
            seats in 0u32..12,
            raw in proptest::collection::vec((0usize..3, 0u32..8, 0u32..14, 0usize..4), 0..8),
        ) {
            let Some(p) = policy() else { return Err(TestCaseError::fail("policy")) };
            let names = ["women", "men", "young"];
            let rules: Vec<RuleId> = (0..4)
                .filter_map(|i| RuleId::new(format!("rule-{i}")).ok())
                .collect();
            let bounds: Vec<(usize, GroupBounds)> = raw
                .iter()
                .map(|&(g, min, max, r)| (r, GroupBounds {
                    group: gid(names.get(g).copied().unwrap_or("women")),
                    min,
                    max,
                    lot_for_last_seat: false,
                }))
                .collect();
            let entries: Vec<(&RuleId, &GroupBounds)> = bounds
                .iter()
                .filter_map(|(r, b)| rules.get(*r).map(|id| (id, b)))
                .collect();
            let full = all_conflicts(&p, seats, &entries);
            if surely_compatible(seats, &entries) {
                prop_assert!(full.is_empty(), "{full:?}");
            }
            prop_assert_eq!(conflicts(&p, seats, &entries), full);
        }
    }
}
