//! The audit's view of a rule's alternative readings: each reading judged on the same
//! holders, side by side with the reading applied, and a finding when they disagree.

use super::check::{Tally, Verdict};
use super::{GroupId, Requirement, Rule, Share, requirement};
use crate::i18n::tr;
use crate::{Finding, JsonPath, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One alternative reading of a rule judged on a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReadingVerdict {
    /// The reading's name.
    pub label: String,
    /// One entry per group the reading names.
    pub groups: Vec<super::GroupCount>,
    /// The outcome under this reading (its bounds alone; contradictions with other
    /// rules are judged for the reading applied only).
    pub verdict: Verdict,
}

/// Judges each alternative reading of `rule` on a body of `seats` seats whose holders
/// are tallied in `tallies`.
pub(super) fn judge_readings(
    rule: &Rule,
    seats: u32,
    tallies: &BTreeMap<&GroupId, Tally>,
    unit_share: &dyn Fn(&GroupId) -> Option<Share>,
) -> Vec<ReadingVerdict> {
    let Some(a) = &rule.ambiguity else {
        return Vec::new();
    };
    a.alternatives
        .iter()
        .map(|reading| {
            let share = reading.require.group_slice().first().and_then(unit_share);
            let req = requirement(&reading.require, seats, share);
            let bounds = match &req {
                Requirement::Bounds { groups } => groups.clone(),
                _ => Vec::new(),
            };
            let mut verdict = match req {
                Requirement::NotApplicable { .. } => Verdict::NotApplicable,
                Requirement::NeedsReference => Verdict::Unknown,
                _ => Verdict::Complies,
            };
            let groups = reading
                .require
                .group_slice()
                .iter()
                .map(|g| {
                    let b = bounds.iter().find(|b| b.group == *g);
                    let t = tallies.get(g).copied().unwrap_or_default();
                    if let (Some(b), Verdict::Complies | Verdict::Breaks) = (b, verdict) {
                        if b.min > b.max {
                            verdict = Verdict::Infeasible;
                        } else if t.members > b.max || t.members.saturating_add(t.unknown) < b.min {
                            verdict = Verdict::Breaks;
                        } else if t.unknown > 0
                            && (t.members < b.min || t.members.saturating_add(t.unknown) > b.max)
                            && verdict == Verdict::Complies
                        {
                            verdict = Verdict::Unknown;
                        }
                    }
                    super::GroupCount {
                        group: g.clone(),
                        holds: t.members,
                        min: b.map(|b| b.min),
                        max: b.map(|b| b.max),
                        planned: None,
                        eligible: None,
                    }
                })
                .collect();
            ReadingVerdict {
                label: reading.label.clone(),
                groups,
                verdict,
            }
        })
        .collect()
}

fn verdict_words(v: Verdict) -> String {
    match v {
        Verdict::Complies => tr!("quotas-verdict-complies"),
        Verdict::Breaks => tr!("quotas-verdict-breaks"),
        Verdict::Infeasible => tr!("quotas-verdict-infeasible"),
        Verdict::NotApplicable => tr!("quotas-verdict-not-applicable"),
        Verdict::Unknown => tr!("quotas-verdict-unknown"),
    }
}

/// The finding `ambiguous-rule` (a warning) when a reading's verdict differs from the
/// reading applied; `None` when every reading agrees.
pub(super) fn disagreement(
    rule: &Rule,
    body: &str,
    applied: Verdict,
    readings: &[ReadingVerdict],
    path: JsonPath,
) -> Option<Finding> {
    let a = rule.ambiguity.as_ref()?;
    if readings.iter().all(|r| r.verdict == applied) {
        return None;
    }
    let others: Vec<String> = readings
        .iter()
        .map(|r| {
            tr!(
                "quotas-reading-verdict",
                reading = r.label.as_str(),
                verdict = verdict_words(r.verdict)
            )
        })
        .collect();
    Some(Finding::new(
        "ambiguous-rule",
        Severity::Warning,
        path,
        tr!(
            "quotas-ambiguous-audit",
            rule = rule.id.as_str(),
            body = body,
            text = a.text.as_str(),
            reading = tr!(
                "quotas-reading-verdict",
                reading = a.reading.as_str(),
                verdict = verdict_words(applied)
            ),
            others = others.join(", ")
        ),
    ))
}
