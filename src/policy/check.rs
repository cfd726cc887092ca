//! Checking one composition (a body, a delegation, a list) against the rules that
//! apply to it. Shared by the audit and the candidate-list check.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;

type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

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
    /// Messages already made during this check run (the audit's), to reuse.
    pub memo: Option<&'a RefCell<Memo>>,
}

/// Messages already made, without their subject, keyed by everything else they say.
///
/// An audit of a large federation writes the same message for thousands of bodies
/// (`rule rule-01 cannot be met with 5 seats: ...` but for the body's name); making
/// each from the catalogue costs more than the rest of the check. The memo keeps each
/// message made once as the text before and after its subject, and fills in the next
/// subject. It lives for one check run, in one language.
#[derive(Default)]
pub(crate) struct Memo {
    made: HashMap<String, Template>,
}

/// A message split around its subject; `None` when the subject is not there exactly
/// once (then each message is made whole).
type Template = Option<(String, String)>;

/// Stands for the subject while a message is made for the memo (a control character
/// no subject label contains: labels are made from ids).
const SUBJECT: &str = "\u{1}";

impl Memo {
    /// The message `make` writes for `subject`, reused from an earlier subject with the
    /// same `key`.
    fn message(&mut self, key: String, subject: &str, make: impl Fn(&str) -> String) -> String {
        let template = self.made.entry(key).or_insert_with(|| {
            let text = make(SUBJECT);
            let mut parts = text.split(SUBJECT);
            match (parts.next(), parts.next(), parts.next()) {
                (Some(before), Some(after), None) => Some((before.to_owned(), after.to_owned())),
                _ => None,
            }
        });
        match template {
            Some((before, after)) if !subject.contains(SUBJECT) => {
                let mut out = String::with_capacity(before.len() + subject.len() + after.len());
                out.push_str(before);
                out.push_str(subject);
                out.push_str(after);
                out
            }
            _ => make(subject),
        }
    }
}

impl Subject<'_> {
    /// The message `make` writes for this subject, through the memo when there is one;
    /// `key` says everything but the subject that the message depends on.
    fn message(&self, key: impl FnOnce() -> String, make: impl Fn(&str) -> String) -> String {
        match self.memo {
            Some(memo) => memo.borrow_mut().message(key(), self.label, make),
            None => make(self.label),
        }
    }
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
                    subject.message(
                        || format!("reference-missing\u{2}{}", rule.id),
                        |s| messages::reference_missing(s, &rule.id),
                    ),
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
                    subject.message(
                        || format!("rule-infeasible\u{2}{seats}\u{2}{}\u{2}{c:?}", subject.unit),
                        |s| {
                            messages::rule_infeasible(
                                s,
                                seats,
                                subject.unit,
                                &messages::describe_conflict(policy, c),
                            )
                        },
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
                    subject.message(
                        || {
                            let mut k = String::from("quota-shortfall");
                            let _ = write!(
                                k,
                                "\u{2}{}\u{2}{seats}\u{2}{}\u{2}{}\u{2}{}\u{2}{}\u{2}{:?}\u{2}{:?}",
                                subject.unit,
                                b.group,
                                t.members,
                                b.min,
                                rule.id,
                                rule.hardness,
                                rule.consequence
                            );
                            k
                        },
                        |s| {
                            messages::shortfall(
                                policy,
                                s,
                                subject.unit,
                                seats,
                                &b.group,
                                t.members,
                                b.min,
                                &rule.id,
                                rule.hardness,
                                rule.consequence == Consequence::RefuseDelegation,
                            )
                        },
                    ),
                ));
            } else if t.members > b.max {
                broken = true;
                findings.push(Finding::new(
                    "quota-excess",
                    severity(rule.hardness),
                    subject.path.clone(),
                    subject.message(
                        || {
                            format!(
                                "quota-excess\u{2}{}\u{2}{seats}\u{2}{}\u{2}{}\u{2}{}\u{2}{}",
                                subject.unit, b.group, t.members, b.max, rule.id
                            )
                        },
                        |s| {
                            messages::excess(
                                policy,
                                s,
                                subject.unit,
                                seats,
                                &b.group,
                                t.members,
                                b.max,
                                &rule.id,
                            )
                        },
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
