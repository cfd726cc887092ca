//! Every user-facing text of the STV counts, in one place (for translation).

/// The election has more candidates than a count can number.
pub(crate) fn too_many_candidates(n: usize) -> String {
    format!("{n} candidates; at most 65535 can be counted")
}

/// A ballot ranks candidates equally, which the rule does not define.
pub(crate) fn equal_rankings(line: usize) -> String {
    format!("equal rankings (ballot {line} ranks two candidates at one place)")
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
