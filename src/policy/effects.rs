//! The surprising effects of a rule's wording across body sizes, computed from the
//! drafter's table ([`Explanation`]): what a drafter should know before putting the
//! rule into the statutes (AD/ART), beside the clause it becomes
//! ([`crate::policy::clause`]).
//!
//! Each effect is found in the table's integer bounds, never estimated: a floor that
//! takes every seat (a 30% floor rounded up gives a one-seat post to a woman), a floor
//! that rounding lifts to half the seats or more, a floor that rounds to nothing, the
//! sizes where the rule cannot be met (a 40–60% band at 3 seats), a last seat left to
//! lot, and the sizes where it contradicts another rule.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Conflict, Explanation, GroupId, Policy, Reference, Requirement, Rule, RuleId, Shape, Share,
    given_share,
};

/// One surprising effect of a rule at some body sizes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Effect {
    /// At these sizes the floor is every seat: only the group may hold them (a floor
    /// below 100%, lifted by rounding; or a count floor as large as the body). At 1
    /// seat: a one-seat post or delegation must go to the group.
    EverySeat {
        /// The group.
        group: GroupId,
        /// The sizes.
        seats: Vec<u32>,
    },
    /// At these sizes rounding lifts a floor below one half to half the seats or more
    /// (but not every seat).
    HalfOrMore {
        /// The group.
        group: GroupId,
        /// The share the rule states.
        share: Share,
        /// Each size with the floor it gets: `(seats, floor)`.
        sizes: Vec<(u32, u32)>,
    },
    /// At these sizes a share above 0 rounds to no seat at all: the rule requires
    /// nothing there.
    NoSeat {
        /// The group.
        group: GroupId,
        /// The sizes.
        seats: Vec<u32>,
    },
    /// At this size the rule cannot be met on its own.
    Infeasible {
        /// The size.
        seats: u32,
        /// Why.
        conflicts: Vec<Conflict>,
    },
    /// At these sizes the last seat is tied by d'Hondt and decided by lot; the floor
    /// does not count it.
    LotForLastSeat {
        /// The group.
        group: GroupId,
        /// The sizes.
        seats: Vec<u32>,
    },
    /// At this size the rule and another rule that may apply to the same body cannot
    /// both be met.
    Contradiction {
        /// The size.
        seats: u32,
        /// The other rules involved.
        with: Vec<RuleId>,
        /// Why.
        conflict: Conflict,
    },
    /// The floor follows each unit's membership statistics on the date: the table
    /// cannot say it in advance, and a unit without statistics in force cannot be
    /// judged.
    NeedsReference,
}

/// The effects of one rule version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleEffects {
    /// The rule.
    pub rule: RuleId,
    /// The version.
    pub version: u32,
    /// Its effects, in the order of [`Effect`]'s variants, sizes ascending.
    pub effects: Vec<Effect>,
}

/// The share a floor states, when it states one (share floors, and proportional
/// floors on a population given in the policy).
fn stated_share(shape: &Shape) -> Option<Share> {
    match shape {
        Shape::ShareFloor { share, .. } => Some(*share),
        Shape::Proportional {
            reference: reference @ Reference::Given { .. },
            adjust,
            ..
        } => given_share(reference).map(|s| adjust.map_or(s, |a| a.apply(s))),
        Shape::Band { min, .. } => Some(*min),
        Shape::FromSize { then, .. } => stated_share(then),
        _ => None,
    }
}

/// Whether the shape is a floor with no maximum (not a band).
fn is_band(shape: &Shape) -> bool {
    match shape {
        Shape::Band { .. } => true,
        Shape::FromSize { then, .. } => is_band(then),
        _ => false,
    }
}

/// The effects of every rule of `explanation` (the rules of `policy` it explains),
/// in its order.
///
/// ```
/// use union_rulebook::policy::{Effect, Policy, effects, explain};
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
/// let found = effects(&policy, &explain(&policy, 1..=5, None));
/// // 30% of 1 seat, rounded up, is 1: a one-seat post must go to a woman
/// assert!(matches!(&found[0].effects[0], Effect::EverySeat { seats, .. } if seats == &[1]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn effects(policy: &Policy, explanation: &Explanation) -> Vec<RuleEffects> {
    explanation
        .rules
        .iter()
        .map(|table| {
            let rule: Option<&Rule> = policy
                .rules()
                .iter()
                .find(|r| r.id == table.rule && r.version == table.version);
            let shape = rule.map(|r| &r.require);
            let share = shape.and_then(stated_share);
            let band = shape.is_some_and(is_band);
            let mut every: Vec<(GroupId, u32)> = Vec::new();
            let mut half: Vec<(GroupId, u32, u32)> = Vec::new();
            let mut none: Vec<(GroupId, u32)> = Vec::new();
            let mut lot: Vec<(GroupId, u32)> = Vec::new();
            let mut infeasible = Vec::new();
            let mut needs_reference = false;
            for row in &table.rows {
                if !row.infeasible.is_empty() {
                    infeasible.push(Effect::Infeasible {
                        seats: row.seats,
                        conflicts: row.infeasible.clone(),
                    });
                    continue;
                }
                let groups = match &row.requirement {
                    Requirement::Bounds { groups } => groups,
                    Requirement::NeedsReference => {
                        needs_reference = true;
                        continue;
                    }
                    Requirement::NotApplicable { .. } => continue,
                };
                for b in groups {
                    let below_all = share.is_none_or(|s| s < Share::ONE);
                    if row.seats > 0 && b.min == row.seats && below_all && !band {
                        every.push((b.group.clone(), row.seats));
                    } else if let Some(s) = share
                        && !band
                        && s < Share::HALF
                        && b.min < row.seats
                        && u64::from(b.min) * 2 >= u64::from(row.seats)
                    {
                        half.push((b.group.clone(), row.seats, b.min));
                    }
                    if b.min == 0 && row.seats > 0 && share.is_some_and(|s| s > Share::ZERO) {
                        none.push((b.group.clone(), row.seats));
                    }
                    if b.lot_for_last_seat {
                        lot.push((b.group.clone(), row.seats));
                    }
                }
            }
            let mut out = Vec::new();
            for (group, seats) in by_group(every) {
                out.push(Effect::EverySeat { group, seats });
            }
            let mut groups: Vec<GroupId> = half.iter().map(|h| h.0.clone()).collect();
            groups.dedup();
            if let Some(s) = share {
                for g in groups {
                    let sizes = half
                        .iter()
                        .filter(|h| h.0 == g)
                        .map(|h| (h.1, h.2))
                        .collect();
                    out.push(Effect::HalfOrMore {
                        group: g,
                        share: s,
                        sizes,
                    });
                }
            }
            for (group, seats) in by_group(none) {
                out.push(Effect::NoSeat { group, seats });
            }
            out.extend(infeasible);
            for (group, seats) in by_group(lot) {
                out.push(Effect::LotForLastSeat { group, seats });
            }
            for c in &explanation.contradictions {
                let rules = c.conflict.rules();
                if rules.contains(&&table.rule) {
                    out.push(Effect::Contradiction {
                        seats: c.seats,
                        with: rules
                            .into_iter()
                            .filter(|r| **r != table.rule)
                            .cloned()
                            .collect(),
                        conflict: c.conflict.clone(),
                    });
                }
            }
            if needs_reference {
                out.push(Effect::NeedsReference);
            }
            RuleEffects {
                rule: table.rule.clone(),
                version: table.version,
                effects: out,
            }
        })
        .collect()
}

/// `(group, size)` pairs as each group's sizes, groups in order of first appearance.
fn by_group(pairs: Vec<(GroupId, u32)>) -> Vec<(GroupId, Vec<u32>)> {
    let mut out: Vec<(GroupId, Vec<u32>)> = Vec::new();
    for (g, s) in pairs {
        match out.iter_mut().find(|(h, _)| *h == g) {
            Some((_, v)) => v.push(s),
            None => out.push((g, vec![s])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::explain;

    fn policy(require: &str) -> Option<Policy> {
        Policy::from_toml_str(&format!(
            r#"
            [[groups]]
            id = "women"
            one = "woman"
            many = "women"
            select = {{ gender = "woman" }}
            [[groups]]
            id = "men"
            one = "man"
            many = "men"
            select = {{ gender = "man" }}
            [[rules]]
            id = "r"
            effective_from = "2020-01-01"
            hardness = "binding"
            base = "all-seats"
            consequence = "report-only"
            require = {require}
            "#
        ))
        .ok()
    }

    /// Domain §3: a 30% floor rounded up gives a one-seat post to a woman; at 2 and
    /// 4 seats it asks for half (ceil(0.6) = 1 of 2, ceil(1.2) = 2 of 4).
    #[test]
    fn a_30_percent_floor_rounded_up() -> Result<(), &'static str> {
        let p =
            policy(r#"{ shape = "share-floor", group = "women", share = "30%", rounding = "up" }"#)
                .ok_or("policy")?;
        let e = effects(&p, &explain(&p, 1..=7, None));
        let women = e.first().ok_or("no table")?.effects.clone();
        assert!(matches!(&women[0], Effect::EverySeat { seats, .. } if seats == &[1]));
        assert!(
            matches!(&women[1], Effect::HalfOrMore { sizes, .. } if sizes == &[(2, 1), (4, 2)])
        );
        assert_eq!(women.len(), 2, "{women:?}");
        Ok(())
    }

    /// Domain §3: a band of 40–60% has no integer solution for 3 seats (nor 1).
    #[test]
    fn a_40_60_band_at_3_seats() -> Result<(), &'static str> {
        let p = policy(
            r#"{ shape = "band", groups = ["women", "men"], min = "40%", max = "60%", rounding = "up" }"#,
        )
        .ok_or("policy")?;
        let e = effects(&p, &explain(&p, 1..=6, None));
        let sizes: Vec<u32> = e[0]
            .effects
            .iter()
            .filter_map(|x| match x {
                Effect::Infeasible { seats, .. } => Some(*seats),
                _ => None,
            })
            .collect();
        assert_eq!(sizes, [1, 3]);
        Ok(())
    }

    /// KPU's rounding half up of 30% (annulled by MA 24 P/HUM/2023): at 1 seat 0.3
    /// rounds to 0, and the rule asks for no woman.
    #[test]
    fn half_up_rounds_a_small_floor_away() -> Result<(), &'static str> {
        let p = policy(
            r#"{ shape = "share-floor", group = "women", share = "30%", rounding = "half-up" }"#,
        )
        .ok_or("policy")?;
        let e = effects(&p, &explain(&p, 1..=3, None));
        assert!(
            e[0].effects
                .iter()
                .any(|x| matches!(x, Effect::NoSeat { seats, .. } if seats == &[1])),
            "{:?}",
            e[0].effects
        );
        Ok(())
    }
}
