//! Checking one composition (a body, a delegation, a list) against the rules that
//! apply to it. Shared by the audit and the candidate-list check.

use std::cell::RefCell;
use std::collections::BTreeMap;

type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Conflict, Consequence, GroupBounds, GroupId, Hardness, Policy, Requirement, Rule, RuleId,
    Share, conflicts, messages, requirement,
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
    pub unit: &'static str,
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
    made: HashMap<MemoKey, Template>,
}

/// Everything but its subject that a memoized message says: the message's kind and
/// its values, compared and hashed as they are (formatting them into a text key cost
/// as much as a tenth of an audit).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum MemoKey {
    /// `reference-missing` for a rule.
    ReferenceMissing(RuleId),
    /// `rule-infeasible`: the size, its unit word and the conflict.
    Infeasible {
        seats: u32,
        unit: &'static str,
        conflict: Conflict,
    },
    /// `quota-shortfall`.
    Shortfall {
        unit: &'static str,
        seats: u32,
        group: GroupId,
        members: u32,
        min: u32,
        rule: RuleId,
        hardness: Hardness,
        refuse_delegation: bool,
    },
    /// `quota-excess`.
    Excess {
        unit: &'static str,
        seats: u32,
        group: GroupId,
        members: u32,
        max: u32,
        rule: RuleId,
    },
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
    fn message(&mut self, key: MemoKey, subject: &str, make: impl Fn(&str) -> String) -> String {
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
    fn message(&self, key: impl FnOnce() -> MemoKey, make: impl Fn(&str) -> String) -> String {
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
                        || MemoKey::ReferenceMissing(rule.id.clone()),
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
                        || MemoKey::Infeasible {
                            seats,
                            unit: subject.unit,
                            conflict: c.clone(),
                        },
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
                        || MemoKey::Shortfall {
                            unit: subject.unit,
                            seats,
                            group: b.group.clone(),
                            members: t.members,
                            min: b.min,
                            rule: rule.id.clone(),
                            hardness: rule.hardness,
                            refuse_delegation: rule.consequence == Consequence::RefuseDelegation,
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
                        || MemoKey::Excess {
                            unit: subject.unit,
                            seats,
                            group: b.group.clone(),
                            members: t.members,
                            max: b.max,
                            rule: rule.id.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo's messages are those made whole, for every kind it keeps (shortfall,
    /// excess, infeasible, reference missing), across subjects, sizes and tallies that
    /// share some of its keys and not others.
    #[test]
    fn memoized_messages_are_the_messages_made_whole() -> Result<(), Box<dyn std::error::Error>> {
        let policy = Policy::from_toml_str(
            r#"
            [[groups]]
            id = "women"
            one = "woman"
            many = "women"
            select = { gender = "woman" }
            [[groups]]
            id = "men"
            one = "man"
            many = "men"
            select = { gender = "man" }
            [[rules]]
            id = "band"
            effective_from = "2020-01-01"
            hardness = "binding"
            base = "all-seats"
            consequence = "report-only"
            require = { shape = "band", groups = ["women", "men"], min = "30%", max = "70%", rounding = "up" }
            [[rules]]
            id = "five-women"
            effective_from = "2020-01-01"
            hardness = "target"
            base = "all-seats"
            consequence = "refuse-delegation"
            require = { shape = "count-floor", group = "women", count = 5 }
            [[rules]]
            id = "as-members"
            effective_from = "2020-01-01"
            hardness = "binding"
            base = "all-seats"
            consequence = "report-only"
            require = { shape = "proportional", group = "women", reference = { population = "unit-membership" }, rounding = "up" }
        "#,
        )?;
        let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
        let rules = policy.rules_in_force(on);
        let women = GroupId::new("women")?;
        let men = GroupId::new("men")?;
        let no_share = |_: &GroupId| -> Option<Share> { None };
        let memo = RefCell::new(Memo::default());
        let mut compared = 0;
        for (label, seats, w, m) in [
            ("body a", 3, 0, 3),
            ("body b", 3, 0, 3),
            ("body c", 3, 3, 0),
            ("body d", 7, 1, 6),
            ("body e", 7, 1, 6),
            ("body f", 7, 6, 1),
            ("body a", 4, 0, 4),
        ] {
            let tallies = BTreeMap::from([
                (
                    &women,
                    Tally {
                        members: w,
                        unknown: 0,
                    },
                ),
                (
                    &men,
                    Tally {
                        members: m,
                        unknown: 0,
                    },
                ),
            ]);
            let run = |memo| {
                let subject = Subject {
                    label,
                    unit: messages::seats_unit(),
                    path: JsonPath::root(),
                    memo,
                };
                let mut findings = Vec::new();
                let verdicts = check_composition(
                    &policy,
                    &rules,
                    seats,
                    &tallies,
                    &no_share,
                    &subject,
                    &mut findings,
                );
                (findings, verdicts)
            };
            let (with_memo, v1) = run(Some(&memo));
            let (whole, v2) = run(None);
            assert_eq!(v1, v2);
            assert_eq!(with_memo, whole, "{label}, {seats} seats");
            assert!(whole.iter().all(|f| f.message.contains(label)));
            compared += whole.len();
        }
        assert!(compared >= 14, "{compared} findings compared");
        // Fewer templates than messages: the memo was used, not only filled.
        assert!(memo.borrow().made.len() < compared);
        Ok(())
    }
}
