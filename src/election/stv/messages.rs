//! Every user-facing text of the STV counts, in one place (for translation).

use super::constraints::{Mark, MarkKind, MarkReason};

fn seats(n: u32) -> String {
    if n == 1 {
        "1 seat".to_string()
    } else {
        format!("{n} seats")
    }
}

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
    let what = match m.mark {
        MarkKind::Doomed => format!("is doomed and excluded at stage {}", m.stage),
        MarkKind::Guarded => format!("is guarded from exclusion from stage {}", m.stage),
    };
    let why = describe_mark_reason(&m.reason);
    format!("candidate {} {what}: {why}", m.candidate + 1)
}

/// Explains why a candidate was doomed or guarded (the reason alone, without the
/// candidate), as in `group woman already holds its ceiling of 2 seats`.
pub fn describe_mark_reason(reason: &MarkReason) -> String {
    match reason {
        MarkReason::CeilingReached { group, max } => {
            format!("group {group} already holds its ceiling of {}", seats(*max))
        }
        MarkReason::SeatsNeededForFloors { seats: n } => format!(
            "the {} left {} all needed for groups below their floors",
            seats(*n),
            if *n == 1 { "is" } else { "are" }
        ),
        MarkReason::FloorNeedsEvery { group, min } => format!(
            "group {group} needs every continuing candidate to reach its floor of {}",
            seats(*min)
        ),
        MarkReason::SeatsNeedEvery { seats: n } => format!(
            "the {} left {} every candidate who can still be elected within the ceilings",
            seats(*n),
            if *n == 1 { "needs" } else { "need" }
        ),
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
    format!(
        "{} left empty: the groups' ceilings admit no more of the candidates who stood",
        seats(n)
    )
}

/// The election has more candidates than a count can number.
pub(crate) fn too_many_candidates(n: usize) -> String {
    format!("{n} candidates; at most 65535 can be counted")
}

/// A withdrawn candidate that is not a candidate.
pub(crate) fn unknown_withdrawn(candidate: u64, candidates: usize) -> String {
    format!(
        "withdrawn candidate {candidate}: there are only {candidates} candidates (numbered from 1)"
    )
}

/// A ballot ranks candidates equally, which the rule does not define.
pub(crate) fn equal_rankings() -> String {
    "at one place, which the rule does not define".to_string()
}

/// More decimal places than the arithmetic holds.
pub(crate) fn too_many_places(places: u8) -> String {
    format!("{places} decimal places; at most 9 are supported")
}

/// An omega exponent outside what 9-place arithmetic can express.
pub(crate) fn bad_omega(exponent: u8) -> String {
    format!("omega 1/10^{exponent}; the exponent must be between 1 and 9")
}

/// What a tie decided, as recorded in [`TieRecord::purpose`](crate::election::TieRecord).
pub(crate) fn purpose_exclusion() -> &'static str {
    "exclusion"
}

/// A tie between equal surpluses: whose surplus is transferred first.
pub(crate) fn purpose_surplus_order() -> &'static str {
    "order of surplus transfer"
}

/// A tie between candidates elected at the same stage with equal votes.
pub(crate) fn purpose_election_order() -> &'static str {
    "order of election"
}

/// A tie for the last seats among candidates reaching the quota at once.
pub(crate) fn purpose_last_seat() -> &'static str {
    "the last seat"
}

/// The label of a Meek round in the transcript.
pub(crate) fn meek_round(round: u32, iterations: u32) -> String {
    format!("round {round}, {iterations} iterations")
}
