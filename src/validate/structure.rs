//! Checks on the unit tree: cycles, level order, structural minimums and affiliations.

use chrono::NaiveDate;

use super::index::Index;
use super::{codes, messages, paths};
use crate::model::Organization;
use crate::{Finding, Severity};

/// Reports cycles in the parent links and cuts them (the unit of each cycle that comes
/// first in the document loses its parent), so later walks up the tree end.
pub(super) fn cycles(doc: &Organization, ix: &mut Index<'_>, out: &mut Vec<Finding>) {
    let n = doc.units.len();
    // 0 = not seen, 1 = on the current walk, 2 = done.
    let mut state = vec![0u8; n];
    let mut walk = Vec::new();
    for start in 0..n {
        if state.get(start).copied() != Some(0) {
            continue;
        }
        walk.clear();
        let mut cur = Some(start);
        while let Some(u) = cur {
            match state.get(u).copied() {
                Some(0) => {
                    if let Some(s) = state.get_mut(u) {
                        *s = 1;
                    }
                    walk.push(u);
                    cur = ix.unit_parent.get(u).copied().flatten();
                }
                Some(1) => {
                    // A cycle: the part of the walk from `u` on.
                    let from = walk.iter().position(|&w| w == u).unwrap_or(0);
                    let cycle: Vec<usize> = walk.get(from..).unwrap_or(&[]).to_vec();
                    let first = cycle.iter().copied().min().unwrap_or(u);
                    // Start the listing at the first unit in the document.
                    let at = cycle.iter().position(|&c| c == first).unwrap_or(0);
                    let ordered: Vec<&str> = cycle
                        .iter()
                        .cycle()
                        .skip(at)
                        .take(cycle.len())
                        .filter_map(|&c| doc.units.get(c).map(|x| x.id.as_str()))
                        .collect();
                    out.push(Finding::new(
                        codes::UNIT_CYCLE,
                        Severity::Error,
                        paths::unit(first).key("parent"),
                        messages::unit_cycle(&ordered),
                    ));
                    if let Some(p) = ix.unit_parent.get_mut(first) {
                        *p = None;
                    }
                    break;
                }
                _ => break,
            }
        }
        for &w in &walk {
            if let Some(s) = state.get_mut(w) {
                *s = 2;
            }
        }
    }
}

/// A unit's level must be below its parent's (later in `levels`).
pub(super) fn level_order(doc: &Organization, ix: &Index<'_>, out: &mut Vec<Finding>) {
    for (i, u) in doc.units.iter().enumerate() {
        let Some(p) = ix.unit_parent.get(i).copied().flatten() else {
            continue;
        };
        let (Some(Some(l)), Some(Some(pl))) = (ix.unit_level.get(i), ix.unit_level.get(p)) else {
            continue;
        };
        if l <= pl {
            let parent = doc.units.get(p);
            out.push(Finding::new(
                codes::LEVEL_NOT_BELOW_PARENT,
                Severity::Error,
                paths::unit(i).key("level"),
                messages::level_not_below_parent(
                    u.id.as_str(),
                    u.level.as_str(),
                    parent.map_or("", |x| x.id.as_str()),
                    parent.map_or("", |x| x.level.as_str()),
                ),
            ));
        }
    }
}

/// Two statistics of one unit on the same date.
pub(super) fn stats_dates(doc: &Organization, out: &mut Vec<Finding>) {
    for (i, u) in doc.units.iter().enumerate() {
        if u.membership_stats.len() < 2 {
            continue;
        }
        let mut dates: Vec<(NaiveDate, usize)> = u
            .membership_stats
            .iter()
            .enumerate()
            .map(|(k, s)| (s.date(), k))
            .collect();
        dates.sort_unstable();
        for w in dates.windows(2) {
            if let [(d0, _), (d1, k1)] = w
                && d0 == d1
            {
                out.push(Finding::new(
                    codes::STATS_DUPLICATE_DATE,
                    Severity::Warning,
                    paths::unit(i)
                        .key("membership_stats")
                        .index(*k1)
                        .key("date"),
                    messages::stats_duplicate_date(u.id.as_str(), *d1),
                ));
            }
        }
    }
}

/// Structural minimums and the single-affiliation rule, as of the date (UU 21/2000
/// art. 5, 6 and 8).
///
/// `level_rules` holds each level's rules with the law's presets filled in, and which
/// came from the law (cited in the message).
pub(super) fn structural_rules(
    doc: &Organization,
    ix: &Index<'_>,
    as_of: NaiveDate,
    level_rules: &[(crate::model::LevelRules, super::law::Cited)],
    out: &mut Vec<Finding>,
) {
    let n = doc.units.len();
    let any_rule = level_rules.iter().any(|(r, _)| !r.is_empty());
    if !any_rule {
        return;
    }

    // Members on the date, from individual records.
    let mut members = vec![0u64; n];
    let mut has_records = vec![false; n];
    for (m, r) in doc.memberships.iter().zip(&ix.membership_refs) {
        if let Some((_, u)) = *r {
            if let Some(h) = has_records.get_mut(u) {
                *h = true;
            }
            if m.active_on(as_of)
                && let Some(c) = members.get_mut(u)
            {
                *c += 1;
            }
        }
    }

    // Upward links in force on the date: the parent, then active affiliations.
    let upward = |u: usize| -> Vec<usize> {
        let mut v: Vec<usize> = ix
            .unit_parent
            .get(u)
            .copied()
            .flatten()
            .into_iter()
            .collect();
        if let Some(unit) = doc.units.get(u) {
            for a in unit.affiliations_on(as_of) {
                if let Some(&t) = ix.unit.get(a.to.as_str())
                    && !v.contains(&t)
                {
                    v.push(t);
                }
            }
        }
        v
    };

    // Direct affiliates: children plus units affiliated directly.
    let mut direct = vec![0u64; n];
    for u in 0..n {
        for t in upward(u) {
            if let Some(c) = direct.get_mut(t) {
                *c += 1;
            }
        }
    }

    // Affiliates counted at a level: for every unit at that level, each distinct unit
    // above it (through parents and affiliations) counts it once.
    let counted_levels: Vec<usize> = {
        let mut v: Vec<usize> = level_rules
            .iter()
            .filter_map(|(r, _)| r.counted_level.as_ref())
            .filter_map(|c| ix.level.get(c.as_str()).copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    // counts[k][u]: units at counted_levels[k] below or affiliated to u.
    let mut counts = vec![vec![0u64; n]; counted_levels.len()];
    let mut seen: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for v in 0..n {
        let Some(Some(lv)) = ix.unit_level.get(v) else {
            continue;
        };
        let Some(k) = counted_levels.iter().position(|c| c == lv) else {
            continue;
        };
        seen.clear();
        stack.clear();
        stack.extend(upward(v));
        // Walks are bounded: at most every unit once.
        while let Some(a) = stack.pop() {
            if seen.contains(&a) || seen.len() >= n {
                continue;
            }
            seen.push(a);
            stack.extend(upward(a));
        }
        if let Some(row) = counts.get_mut(k) {
            for &a in &seen {
                if let Some(c) = row.get_mut(a) {
                    *c += 1;
                }
            }
        }
    }

    for (i, u) in doc.units.iter().enumerate() {
        let Some(Some(l)) = ix.unit_level.get(i) else {
            continue;
        };
        let Some(level) = doc.levels.get(*l) else {
            continue;
        };
        let Some((rules, cited)) = level_rules.get(*l) else {
            continue;
        };
        if let Some(min) = rules.min_members {
            let found = if has_records.get(i).copied().unwrap_or(false) {
                Some((
                    members.get(i).copied().unwrap_or(0),
                    messages::source_records(),
                ))
            } else {
                u.stats_as_of(as_of)
                    .map(|s| (u64::from(s.total()), messages::source_stats(s.date())))
            };
            if let Some((count, source)) = found
                && count < u64::from(min)
            {
                out.push(Finding::new(
                    codes::BELOW_MINIMUM_MEMBERS,
                    Severity::Error,
                    paths::unit(i),
                    super::law::cited(
                        messages::below_minimum_members(
                            u.id.as_str(),
                            count,
                            &source,
                            as_of,
                            level.id.as_str(),
                            min,
                        ),
                        cited.min_members.as_ref(),
                    ),
                ));
            }
        }
        if let Some(min) = rules.min_affiliated_units {
            let (count, counted) = match &rules.counted_level {
                Some(c) => {
                    let k = ix
                        .level
                        .get(c.as_str())
                        .and_then(|cl| counted_levels.iter().position(|x| x == cl));
                    let count = k
                        .and_then(|k| counts.get(k))
                        .and_then(|row| row.get(i))
                        .copied()
                        .unwrap_or(0);
                    (count, Some(c.as_str()))
                }
                None => (direct.get(i).copied().unwrap_or(0), None),
            };
            if count < u64::from(min) {
                out.push(Finding::new(
                    codes::BELOW_MINIMUM_AFFILIATES,
                    Severity::Error,
                    paths::unit(i),
                    super::law::cited(
                        messages::below_minimum_affiliates(
                            u.id.as_str(),
                            count,
                            counted,
                            as_of,
                            level.id.as_str(),
                            min,
                        ),
                        cited.min_affiliated_units.as_ref(),
                    ),
                ));
            }
        }
        if let Some(max) = rules.max_affiliations {
            let up = upward(i);
            if up.len() > max as usize {
                let ids: Vec<&str> = up
                    .iter()
                    .filter_map(|&t| doc.units.get(t).map(|x| x.id.as_str()))
                    .collect();
                out.push(Finding::new(
                    codes::TOO_MANY_AFFILIATIONS,
                    Severity::Error,
                    paths::unit(i).key("affiliations"),
                    super::law::cited(
                        messages::too_many_affiliations(
                            u.id.as_str(),
                            &ids,
                            as_of,
                            level.id.as_str(),
                            max,
                        ),
                        cited.max_affiliations.as_ref(),
                    ),
                ));
            }
        }
    }
}
