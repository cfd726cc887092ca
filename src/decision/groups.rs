//! Delegates entitled as counts per unit or group, and their votes as counts: a
//! congress of thousands of delegates without a record for each.

use std::collections::BTreeMap;

use super::motion::{Motion, Weighting};
use super::outcome::Attendance;
use super::weight::{self, Fractions, VoteSums, WeightSums};
use crate::i18n::tr;
use crate::{Finding, JsonPath, Severity};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::One;

fn error(code: &'static str, path: JsonPath, message: String) -> Finding {
    Finding::new(code, Severity::Error, path, message)
}

/// The problems of the motion's delegate groups and group votes: a group given
/// twice, more present than it has, votes for a group not given or by a group without
/// a vote, for an unknown choice, or more votes than the group has delegates; counts
/// whose total does not fit 64 bits.
pub(super) fn check_groups(motion: &Motion, is_choice: impl Fn(&str) -> bool) -> Vec<Finding> {
    let root = JsonPath::root();
    let mut out = Vec::new();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut total = u64::try_from(motion.delegates.len()).unwrap_or(u64::MAX);
    for (i, g) in motion.delegate_groups.iter().enumerate() {
        let path = root.clone().key("delegate_groups").index(i);
        if index.insert(g.group.as_str(), i).is_some() {
            out.push(error(
                "duplicate-delegate-group",
                path.clone().key("group"),
                tr!(
                    "statutes-duplicate-delegate-group",
                    group = g.group.as_str()
                ),
            ));
        }
        if g.present > g.count {
            out.push(error(
                "present-above-count",
                path.clone().key("present"),
                tr!(
                    "statutes-present-above-count",
                    group = g.group.as_str(),
                    present = g.present,
                    count = g.count
                ),
            ));
        }
        match total.checked_add(g.count) {
            Some(t) => total = t,
            None => out.push(error(
                "too-many-delegates",
                path.key("count"),
                tr!("statutes-too-many-delegates", group = g.group.as_str()),
            )),
        }
    }
    let mut cast: BTreeMap<&str, u64> = BTreeMap::new();
    for (i, v) in motion.group_votes.iter().enumerate() {
        let path = root.clone().key("group_votes").index(i);
        let Some(&gi) = index.get(v.group.as_str()) else {
            out.push(error(
                "unknown-delegate-group",
                path.key("group"),
                tr!("statutes-unknown-delegate-group", group = v.group.as_str()),
            ));
            continue;
        };
        let g = &motion.delegate_groups[gi];
        if !g.voting {
            out.push(error(
                "non-voting-voter",
                path.clone().key("group"),
                tr!("statutes-non-voting-group", group = g.group.as_str()),
            ));
        }
        if !is_choice(&v.choice) {
            out.push(error(
                "unknown-choice",
                path.clone().key("choice"),
                super::messages::unknown_choice(&v.choice, &motion.options),
            ));
        }
        let n = cast.entry(v.group.as_str()).or_insert(0);
        *n = n.saturating_add(v.count);
        if *n > g.count {
            out.push(error(
                "too-many-group-votes",
                path.key("count"),
                tr!(
                    "statutes-too-many-group-votes",
                    group = g.group.as_str(),
                    votes = *n,
                    count = g.count
                ),
            ));
        }
    }
    out
}

/// Votes cast by each group (checked not to exceed its delegates).
fn cast(motion: &Motion) -> BTreeMap<&str, u64> {
    let mut cast: BTreeMap<&str, u64> = BTreeMap::new();
    for v in &motion.group_votes {
        let n = cast.entry(v.group.as_str()).or_insert(0);
        *n = n.saturating_add(v.count);
    }
    cast
}

/// Adds the delegate groups to the attendance: each group's delegates entitled, and
/// present as many as it says or as voted, whichever is more; their weights to `sums`.
pub(super) fn add_attendance(
    motion: &Motion,
    att: &mut Attendance,
    sums: &mut WeightSums,
    fractions: Option<Fractions>,
) {
    let cast = cast(motion);
    for g in &motion.delegate_groups {
        let here = g
            .present
            .max(cast.get(g.group.as_str()).copied().unwrap_or(0));
        let w = weight::counted(&g.weight, fractions);
        let all = &w * BigInt::from(g.count);
        let present = &w * BigInt::from(here);
        att.entitled = att.entitled.saturating_add(g.count);
        sums.entitled += &all;
        att.present = att.present.saturating_add(here);
        sums.present += &present;
        if g.voting {
            att.entitled_voting = att.entitled_voting.saturating_add(g.count);
            sums.entitled_voting += &all;
            att.present_voting = att.present_voting.saturating_add(here);
            sums.present_voting += &present;
        }
    }
}

/// Adds the group votes to `votes`, each counting the group's weight in a card vote.
pub(super) fn add_votes(
    motion: &Motion,
    weighting: Weighting,
    fractions: Option<Fractions>,
    votes: &mut VoteSums,
) {
    for v in &motion.group_votes {
        let Some(g) = motion.delegate_groups.iter().find(|g| g.group == v.group) else {
            continue;
        };
        let w = match weighting {
            Weighting::PerDelegate => BigRational::one(),
            Weighting::Card => weight::counted(&g.weight, fractions),
        };
        votes.add(&motion.options, &v.choice, &(w * BigInt::from(v.count)));
    }
}
