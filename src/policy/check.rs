//! Checking one composition (a body, a delegation, a list) against the rules that
//! apply to it. Shared by the audit and the candidate-list check.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Consequence, GroupBounds, GroupId, Hardness, Policy, Requirement, Rule, RuleId, Share,
    conflicts, messages, requirement,
};
use crate::{Finding, JsonPath, Severity};

/// How many seats of a composition a group holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Tally {
    /// Seats held by people known to be in the group.
    pub members: u32,
    /// Seats held by people whose membership is unknown (missing data).
    pub unknown: u32,
}

/// The outcome of one rule on one composition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The composition meets the rule.
    Complies,
    /// It does not.
    Breaks,
    /// The rule cannot be met at this size, or conflicts with another.
    Infeasible,
    /// The rule does not apply (below its size threshold).
    NotApplicable,
    /// The rule could not be judged (no reference population).
    Unknown,
}

/// What the composition is, for messages and paths.
pub(crate) struct Subject<'a> {
    /// `body dpc-bekasi/executive`, `the list`.
    pub label: &'a str,
    /// `seats`, `places`.
    pub unit: &'a str,
    /// Where findings point.
    pub path: JsonPath,
}

fn severity(h: Hardness) -> Severity {
    match h {
        Hardness::Binding => Severity::Error,
        Hardness::Target => Severity::Warning,
    }
}

/// Checks one composition of `seats` seats against `rules` (already filtered to those
/// in scope), pushing findings. Returns the verdict per rule, in the order of `rules`.
pub(crate) fn check_composition<'r>(
    policy: &Policy,
    rules: &[&'r Rule],
    seats: u32,
    tallies: &BTreeMap<&GroupId, Tally>,
    unit_share: &dyn Fn(&GroupId) -> Option<Share>,
    subject: &Subject<'_>,
    findings: &mut Vec<Finding>,
) -> Vec<(&'r RuleId, Verdict)> {
    let mut verdicts = Vec::with_capacity(rules.len());
    let mut all_bounds: Vec<(&RuleId, GroupBounds)> = Vec::new();
    for rule in rules {
        let group_share = rule.require.group_slice().first().and_then(unit_share);
        let req = requirement(&rule.require, seats, group_share);
        let bounds = match req {
            Requirement::NotApplicable { .. } => {
                verdicts.push((&rule.id, Verdict::NotApplicable));
                continue;
            }
            Requirement::NeedsReference => {
                findings.push(Finding::new(
                    "reference-missing",
                    Severity::Warning,
                    subject.path.clone(),
                    messages::reference_missing(subject.label, &rule.id),
                ));
                verdicts.push((&rule.id, Verdict::Unknown));
                continue;
            }
            Requirement::Bounds { groups } => groups,
        };
        let entries: Vec<(&RuleId, &GroupBounds)> = bounds.iter().map(|b| (&rule.id, b)).collect();
        let infeasible = conflicts(policy, seats, &entries);
        if !infeasible.is_empty() {
            for c in &infeasible {
                findings.push(Finding::new(
                    "rule-infeasible",
                    severity(rule.hardness),
                    subject.path.clone(),
                    messages::rule_infeasible(
                        subject.label,
                        seats,
                        subject.unit,
                        &messages::describe_conflict(policy, c),
                    ),
                ));
            }
            verdicts.push((&rule.id, Verdict::Infeasible));
            continue;
        }
        let mut broken = false;
        for b in &bounds {
            let t = tallies.get(&b.group).copied().unwrap_or_default();
            if t.members < b.min {
                broken = true;
                findings.push(Finding::new(
                    "quota-shortfall",
                    severity(rule.hardness),
                    subject.path.clone(),
                    messages::shortfall(
                        policy,
                        subject.label,
                        subject.unit,
                        seats,
                        &b.group,
                        t.members,
                        b.min,
                        &rule.id,
                        rule.hardness,
                        rule.consequence == Consequence::RefuseDelegation,
                    ),
                ));
            } else if t.members > b.max {
                broken = true;
                findings.push(Finding::new(
                    "quota-excess",
                    severity(rule.hardness),
                    subject.path.clone(),
                    messages::excess(
                        policy,
                        subject.label,
                        subject.unit,
                        seats,
                        &b.group,
                        t.members,
                        b.max,
                        &rule.id,
                    ),
                ));
            }
            if t.unknown > 0 {
                findings.push(Finding::new(
                    "group-data-missing",
                    Severity::Warning,
                    subject.path.clone(),
                    messages::data_missing(policy, subject.label, t.unknown, &b.group, &rule.id),
                ));
            }
            if b.lot_for_last_seat {
                findings.push(Finding::new(
                    "lot-decides-last-seat",
                    Severity::Info,
                    subject.path.clone(),
                    messages::lot_last_seat(policy, subject.label, &b.group, &rule.id),
                ));
            }
        }
        for b in bounds {
            all_bounds.push((&rule.id, b));
        }
        verdicts.push((
            &rule.id,
            if broken {
                Verdict::Breaks
            } else {
                Verdict::Complies
            },
        ));
    }
    // Contradictions between rules, each feasible alone.
    let entries: Vec<(&RuleId, &GroupBounds)> = all_bounds.iter().map(|(r, b)| (*r, b)).collect();
    for c in conflicts(policy, seats, &entries) {
        if c.rules().len() < 2 {
            continue;
        }
        findings.push(Finding::new(
            "rules-contradict",
            Severity::Error,
            subject.path.clone(),
            messages::contradiction(
                subject.label,
                seats,
                subject.unit,
                &messages::describe_conflict(policy, &c),
            ),
        ));
        for r in c.rules() {
            if let Some(v) = verdicts.iter_mut().find(|(id, _)| *id == r) {
                v.1 = Verdict::Infeasible;
            }
        }
    }
    verdicts
}
