//! Checks of seat plans and membership statistics: the numbers the audit reads in
//! place of holders and member records, so they must be consistent.

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::tr;
use crate::model::{Group, Organization};
use crate::{Finding, Severity};

use super::{codes, paths};

/// Every body's seat plan: a guarantee above the body's seats or naming a group twice
/// (`seat-plan-invalid`), a group no person, statistic or reserved post of the
/// document names (`seat-plan-unknown-group`).
pub(super) fn seat_plans(doc: &Organization, out: &mut Vec<Finding>) {
    if doc.bodies.iter().all(|b| b.seat_plan.is_none()) {
        return;
    }
    // The groups the document can tell apart: genders and attributes people carry,
    // groups statistics count, groups posts are reserved for.
    let mut genders = BTreeSet::new();
    let mut attributes = BTreeSet::new();
    for p in &doc.people {
        if let Some(g) = &p.gender {
            genders.insert(g.as_str());
        }
        attributes.extend(p.attributes.keys().map(String::as_str));
    }
    let mut named: BTreeSet<&Group> = BTreeSet::new();
    for u in &doc.units {
        for s in &u.membership_stats {
            named.extend(s.groups().keys());
        }
    }
    for b in &doc.bodies {
        named.extend(b.posts.iter().filter_map(|p| p.reserved_for.as_ref()));
    }
    for (i, body) in doc.bodies.iter().enumerate() {
        let Some(plan) = &body.seat_plan else {
            continue;
        };
        let seats: u64 = body.posts.iter().map(|p| u64::from(p.seats.get())).sum();
        let mut seen: BTreeMap<&Group, usize> = BTreeMap::new();
        for (j, g) in plan.guarantees.iter().enumerate() {
            let at = paths::body(i).key("seat_plan").key("guarantees").index(j);
            if let Some(first) = seen.insert(&g.group, j) {
                out.push(Finding::new(
                    codes::SEAT_PLAN_INVALID,
                    Severity::Error,
                    at.clone().key("group"),
                    tr!(
                        "validate-seat-plan-group-twice",
                        body = body.id.as_str(),
                        group = g.group.to_string(),
                        first = first + 1
                    ),
                ));
            }
            if u64::from(g.seats.get()) > seats {
                out.push(Finding::new(
                    codes::SEAT_PLAN_INVALID,
                    Severity::Error,
                    at.clone().key("seats"),
                    tr!(
                        "validate-seat-plan-above-size",
                        body = body.id.as_str(),
                        group = g.group.to_string(),
                        planned = g.seats.get(),
                        seats = seats
                    ),
                ));
            }
            let known = named.contains(&g.group)
                || match &g.group {
                    Group::Gender(x) => x.is_known() || genders.contains(x.as_str()),
                    Group::AgeUnder(_) => true,
                    Group::Attribute { name, .. } => attributes.contains(name.as_str()),
                };
            if !known {
                out.push(Finding::new(
                    codes::SEAT_PLAN_UNKNOWN_GROUP,
                    Severity::Error,
                    at.key("group"),
                    tr!(
                        "validate-seat-plan-unknown-group",
                        body = body.id.as_str(),
                        group = g.group.to_string()
                    ),
                ));
            }
        }
    }
}

/// Every unit's membership statistics: groups that exclude each other (the genders;
/// the values of one attribute) counting more members together than the total, or a
/// younger age group counting more than an older one (`stats-inconsistent`). A
/// negative count, or one group above the total, cannot be read at all.
pub(super) fn stats_consistent(doc: &Organization, out: &mut Vec<Finding>) {
    for (i, u) in doc.units.iter().enumerate() {
        for (k, s) in u.membership_stats.iter().enumerate() {
            let at = || {
                paths::unit(i)
                    .key("membership_stats")
                    .index(k)
                    .key("groups")
            };
            let total = u64::from(s.total());
            // Sums of exclusive groups: "gender", and each attribute by name.
            // (kind, attribute name) -> sum; no allocation for the usual few groups.
            let mut sums: Vec<((&str, &str), u64)> = Vec::new();
            let mut ages: Vec<(u32, u32)> = Vec::new();
            for (g, &n) in s.groups() {
                let key = match g {
                    Group::Gender(_) => ("gender", ""),
                    Group::Attribute { name, .. } => ("attribute", name.as_str()),
                    Group::AgeUnder(a) => {
                        ages.push((*a, n));
                        continue;
                    }
                };
                match sums.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, sum)) => *sum += u64::from(n),
                    None => sums.push((key, u64::from(n))),
                }
            }
            for ((kind, name), sum) in &sums {
                if *sum > total {
                    let what = if name.is_empty() {
                        (*kind).to_owned()
                    } else {
                        format!("{kind}:{name}")
                    };
                    out.push(Finding::new(
                        codes::STATS_INCONSISTENT,
                        Severity::Error,
                        at(),
                        tr!(
                            "validate-stats-groups-above-total",
                            unit = u.id.as_str(),
                            date = s.date().to_string(),
                            what = what.as_str(),
                            sum = *sum,
                            total = total
                        ),
                    ));
                }
            }
            ages.sort_unstable();
            for w in ages.windows(2) {
                if let [(a, n), (b, m)] = w
                    && n > m
                {
                    out.push(Finding::new(
                        codes::STATS_INCONSISTENT,
                        Severity::Error,
                        at(),
                        tr!(
                            "validate-stats-ages-decrease",
                            unit = u.id.as_str(),
                            date = s.date().to_string(),
                            younger = *a,
                            n = *n,
                            older = *b,
                            m = *m
                        ),
                    ));
                }
            }
        }
    }
}
