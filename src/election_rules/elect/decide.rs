//! Stage 3: unopposed or counted.

use super::select::Selected;
use super::standing::{OnTheDay, standing};
use super::{DecidedBy, ElectError, ElectRequest};
use crate::election::{self, Outcome, constrained};
use crate::election_rules::messages;
use crate::model::PersonId;
use crate::{Finding, Severity};

/// How the seats were decided before any policy consequence.
pub(super) struct Decision {
    /// Unopposed, or counted.
    pub decided_by: DecidedBy,
    /// The count, when there was one.
    pub count: Option<Outcome>,
    /// The candidates (by index) as the count placed them: its ranking, or the
    /// standing candidates in order when unopposed.
    pub order: Vec<usize>,
    /// The elected (by index), in order of election.
    pub elected: Vec<usize>,
}

/// Decides the seats: when the eligible candidates still standing are no more than
/// the seats, they are elected without a count, as union statutes provide (domain
/// notes §4); otherwise the ballots are counted by the rule's method
/// ([`election::count`]).
///
/// # Errors
/// [`ElectError::CountNeeded`] for a contest without ballots, [`ElectError::Count`]
/// when the count fails.
pub(super) fn decide(
    sel: &Selected<'_>,
    day: &OnTheDay,
    request: &ElectRequest<'_>,
) -> Result<Decision, ElectError> {
    let standing = standing(day);
    if u32::try_from(standing.len()).is_ok_and(|n| n <= sel.seats) {
        return Ok(Decision {
            decided_by: DecidedBy::Unopposed,
            count: None,
            order: standing.clone(),
            elected: standing,
        });
    }
    let Some(b) = &day.ballots else {
        return Err(ElectError::CountNeeded {
            candidates: standing.len(),
            seats: sel.seats,
        });
    };
    let outcome = election::count(b, &sel.method, &request.ties, request.runoff.as_ref())?;
    // A two-round vote still waiting for its second round elects nobody yet: `elect`
    // writes no terms and asks for the second-round ballots, as it always has.
    if let [first, second] = outcome.runoff[..] {
        return Err(election::TallyError::RunoffNeeded {
            finalists: [first, second],
        }
        .into());
    }
    let order: Vec<usize> = constrained::ranking_from_outcome(&outcome, |_| None)
        .iter()
        .map(|p| p.candidate as usize)
        .collect();
    let elected = outcome.elected.iter().map(|&c| c as usize).collect();
    Ok(Decision {
        decided_by: DecidedBy::Count,
        count: Some(outcome),
        order,
        elected,
    })
}

/// A warning when fewer were elected than there are seats (`seats-vacant`).
pub(super) fn vacancies(sel: &Selected<'_>, elected: &[PersonId]) -> Option<Finding> {
    u32::try_from(elected.len())
        .is_ok_and(|n| n < sel.seats)
        .then(|| {
            Finding::new(
                "seats-vacant",
                Severity::Warning,
                sel.rule_path.clone(),
                messages::seats_vacant(sel.seats, elected.len()),
            )
        })
}
