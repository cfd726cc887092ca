//! Every user-facing text of the STV counts, in one place (for translation). The texts
//! are in the catalogues `locales/{en,id}/election.ftl`.

use crate::i18n::tr;

use super::constraints::{Mark, MarkKind, MarkReason};

/// Explains a doomed or guarded candidate of a constrained count, naming the
/// candidate by its 1-based number in the election.
///
/// ```
/// use union_rulebook::election::stv::{describe_mark, Mark, MarkKind, MarkReason};
/// let m = Mark {
///     stage: 3,
///     candidate: 1,
///     mark: MarkKind::Doomed,
///     reason: MarkReason::CeilingReached { group: "man".into(), max: 2 },
/// };
/// assert_eq!(
///     describe_mark(&m),
///     "candidate 2 is doomed and excluded at stage 3: group man already holds its ceiling of 2 seats"
/// );
/// ```
pub fn describe_mark(m: &Mark) -> String {
    let why = describe_mark_reason(&m.reason);
    let candidate = u64::from(m.candidate) + 1;
    match m.mark {
        MarkKind::Doomed => tr!(
            "election-mark-doomed",
            candidate = candidate,
            stage = m.stage,
            why = why
        ),
        MarkKind::Guarded => tr!(
            "election-mark-guarded",
            candidate = candidate,
            stage = m.stage,
            why = why
        ),
    }
}

/// Explains why a candidate was doomed or guarded (the reason alone, without the
/// candidate), as in `group woman already holds its ceiling of 2 seats`.
pub fn describe_mark_reason(reason: &MarkReason) -> String {
    match reason {
        MarkReason::CeilingReached { group, max } => {
            tr!(
                "election-reason-ceiling-reached",
                group = group.as_str(),
                seats = *max
            )
        }
        MarkReason::SeatsNeededForFloors { seats: n } => {
            tr!("election-reason-seats-for-floors", seats = *n)
        }
        MarkReason::FloorNeedsEvery { group, min } => {
            tr!(
                "election-reason-floor-needs-every",
                group = group.as_str(),
                seats = *min
            )
        }
        MarkReason::SeatsNeedEvery { seats: n } => {
            tr!("election-reason-seats-need-every", seats = *n)
        }
    }
}

/// Explains seats left empty because the groups' ceilings admit no more of the
/// candidates who stood.
///
/// ```
/// use union_rulebook::election::stv::describe_ceiling_vacancies;
/// assert_eq!(
///     describe_ceiling_vacancies(1),
///     "1 seat left empty: the groups' ceilings admit no more of the candidates who stood"
/// );
/// ```
pub fn describe_ceiling_vacancies(n: u32) -> String {
    tr!("election-ceiling-vacancies", seats = n)
}

/// The election has more candidates than a count can number.
pub(crate) fn too_many_candidates(n: usize) -> String {
    tr!("election-too-many-candidates", candidates = n)
}

/// A withdrawn candidate that is not a candidate.
pub(crate) fn unknown_withdrawn(candidate: u64, candidates: usize) -> String {
    tr!(
        "election-unknown-withdrawn",
        candidate = candidate,
        candidates = candidates
    )
}

/// A ballot ranks candidates equally, which the rule does not define.
pub(crate) fn equal_rankings() -> String {
    tr!("election-equal-rankings-undefined")
}

/// More decimal places than the arithmetic holds.
pub(crate) fn too_many_places(places: u8) -> String {
    tr!("election-too-many-places", places = places)
}

/// An omega exponent outside what 9-place arithmetic can express.
pub(crate) fn bad_omega(exponent: u8) -> String {
    tr!("election-bad-omega", exponent = exponent)
}

/// What a tie decided, as recorded in [`TieRecord::purpose`](crate::election::TieRecord).
pub(crate) fn purpose_exclusion() -> String {
    tr!("election-purpose-exclusion")
}

/// A tie between equal surpluses: whose surplus is transferred first.
pub(crate) fn purpose_surplus_order() -> String {
    tr!("election-purpose-surplus-order")
}

/// A tie between candidates elected at the same stage with equal votes.
pub(crate) fn purpose_election_order() -> String {
    tr!("election-purpose-election-order")
}

/// A tie for the last seats among candidates reaching the quota at once.
pub(crate) fn purpose_last_seat() -> String {
    tr!("election-purpose-last-seat")
}

/// The label of a Meek round in the transcript.
pub(crate) fn meek_round(round: u32, iterations: u32) -> String {
    tr!(
        "election-meek-round",
        round = round,
        iterations = iterations
    )
}
