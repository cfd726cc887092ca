//! Stage 4, the end of a consequence: the rule's lawful escape when a group's
//! candidates run out before its bound is met ([`Escape`]).

use super::consequence::Election;
use super::{PersonVacant, messages as elect_messages};
use crate::election::constrained::{
    self, Constrained, ConstraintError, GroupBounds, Placed, Shortfall, ShortfallReason,
};
use crate::i18n::tr;
use crate::policy::{Consequence, Escape, Rule};
use crate::{Finding, Severity};

/// What the escape made of a consequence's result.
pub(super) struct Escaped {
    /// The result, with the seats left vacant taken from their winners.
    pub result: Constrained,
    /// The seats left vacant, by person.
    pub vacant: Vec<PersonVacant>,
    /// Whether the escape voids the election.
    pub void: bool,
}

/// Whether a shortfall is one of candidates running out: the group's own (a floor)
/// or the other groups' (a ceiling no one can bring down).
fn exhausted(s: &Shortfall) -> bool {
    matches!(
        s.reason,
        ShortfallReason::NoCandidates | ShortfallReason::NoReplacement
    )
}

/// Applies rule `r`'s escape ([`Rule::escape`]) to `result`, the consequence's result
/// on `placed` under `bounds`, with a finding for every bound left unmet:
///
/// - candidates ran out, escape `accept`: `floor-not-met`, a warning with the reason
///   (the rule's own, or the source of the consequence's default);
/// - candidates ran out, escape `vacant`: the seats are left vacant
///   ([`constrained::leave_vacant`]), `seats-left-vacant`, a warning;
/// - candidates ran out, escape `void`: `election-void`, an error, and no terms;
/// - no escape, or a bound unmet for another reason (no seat to free, the added-seat
///   limit): `floor-not-met`, an error, as a binding rule's breach.
///
/// # Errors
/// As [`constrained::leave_vacant`].
pub(super) fn escape(
    e: &Election<'_>,
    r: &Rule,
    placed: &[Placed],
    result: Constrained,
    bounds: &[GroupBounds],
    findings: &mut Vec<Finding>,
) -> Result<Escaped, ConstraintError> {
    let body = e.sel.body.id.as_str();
    let path = || e.sel.body_path.clone();
    let escape = r.escape();
    let mut void = false;
    let result = match escape {
        Some(Escape::Vacant) => constrained::leave_vacant(placed, &result, bounds)?,
        _ => result,
    };
    for s in &result.unmet {
        let shortfall = constrained::describe_shortfall(s);
        let finding = match escape.filter(|_| exhausted(s)) {
            None => Finding::new(
                "floor-not-met",
                Severity::Error,
                path(),
                elect_messages::floor_not_met(body, &r.id, s),
            ),
            Some(Escape::Accept) => Finding::new(
                "floor-not-met",
                Severity::Warning,
                path(),
                accepted(body, r, &shortfall),
            ),
            Some(Escape::Vacant) => {
                let people: Vec<&str> = result
                    .vacant
                    .iter()
                    .filter(|v| reason_group(&v.reason) == Some(s.group.as_str()))
                    .filter_map(|v| e.candidates.get(v.removed as usize))
                    .map(|c| c.person.as_str())
                    .collect();
                Finding::new(
                    "seats-left-vacant",
                    Severity::Warning,
                    path(),
                    tr!(
                        "statutes-seats-left-vacant",
                        body = body,
                        rule = r.id.to_string(),
                        shortfall = shortfall,
                        count = people.len(),
                        people = people.join(", ")
                    ),
                )
            }
            Some(Escape::Void) => {
                void = true;
                Finding::new(
                    "election-void",
                    Severity::Error,
                    path(),
                    tr!(
                        "statutes-election-void",
                        body = body,
                        rule = r.id.to_string(),
                        shortfall = shortfall
                    ),
                )
            }
        };
        findings.push(finding);
    }
    let vacant = result
        .vacant
        .iter()
        .filter_map(|v| {
            Some(PersonVacant {
                removed: e.candidates.get(v.removed as usize)?.person.clone(),
                reason: v.reason.clone(),
            })
        })
        .collect();
    Ok(Escaped {
        result,
        vacant,
        void,
    })
}

/// The group a floor or ceiling reason names.
fn reason_group(reason: &constrained::ChangeReason) -> Option<&str> {
    use constrained::ChangeReason;
    match reason {
        ChangeReason::Floor { group, .. }
        | ChangeReason::Ceiling { group, .. }
        | ChangeReason::AddedSeat { group, .. } => Some(group),
    }
}

/// The warning of an accepted shortfall: the rule's stated escape, or the source of
/// its consequence's default.
fn accepted(body: &str, r: &Rule, shortfall: &str) -> String {
    let source = match r.consequence {
        Consequence::CorrectiveReplacement => tr!("statutes-source-corrective-replacement"),
        Consequence::FillFloorFirst => tr!("statutes-source-floor-first"),
        Consequence::ListJump => tr!("statutes-source-list-jump"),
        _ => String::new(),
    };
    // A list jump that runs out leaves each seat with the list that holds it (WO 2001
    // §15(5) no. 5), not with "the other candidates in vote order".
    let list = r.consequence == Consequence::ListJump;
    let body = body.to_owned();
    let rule = r.id.to_string();
    let shortfall = shortfall.to_owned();
    let consequence = crate::policy::messages::consequence_words(r.consequence);
    match (r.escape.is_some() || source.is_empty(), list) {
        (true, false) => tr!(
            "statutes-floor-accepted",
            body = body,
            rule = rule,
            shortfall = shortfall
        ),
        (true, true) => tr!(
            "statutes-list-floor-accepted",
            body = body,
            rule = rule,
            shortfall = shortfall
        ),
        (false, false) => tr!(
            "statutes-floor-accepted-by-default",
            body = body,
            rule = rule,
            shortfall = shortfall,
            consequence = consequence,
            source = source
        ),
        (false, true) => tr!(
            "statutes-list-floor-accepted-by-default",
            body = body,
            rule = rule,
            shortfall = shortfall,
            consequence = consequence,
            source = source
        ),
    }
}
