//! The messages of the election module's own errors ([`TallyError`](super::TallyError),
//! [`SettingsError`](super::SettingsError), [`ReadError`](super::ReadError), candidate
//! numbers and vote totals, the constraints of a constrained count), in one place for
//! translation. The texts are in the catalogues `locales/{en,id}/election.ftl`.

use crate::i18n::tr;

use super::CandidateIndex;

/// The ballot as messages name it: by its file line when known, else by its position
/// counted from 1.
pub(crate) fn ballot_place(ballot: usize, line: Option<u32>) -> String {
    match line {
        Some(line) => tr!("election-ballot-on-line", line = line),
        None => tr!("election-ballot-number", ballot = ballot.saturating_add(1)),
    }
}

pub(crate) fn no_seats() -> String {
    tr!("election-no-seats")
}

pub(crate) fn unsupported(method: &str, what: &str) -> String {
    tr!("election-unsupported", method = method, what = what)
}

pub(crate) fn unknown_candidate(
    ballot: usize,
    line: Option<u32>,
    candidate: u64,
    candidates: usize,
) -> String {
    tr!(
        "election-unknown-candidate",
        ballot = ballot_place(ballot, line),
        candidate = candidate,
        candidates = candidates
    )
}

pub(crate) fn equal_ranking(method: &str, ballot: usize, line: Option<u32>, what: &str) -> String {
    tr!(
        "election-equal-ranking",
        method = method,
        ballot = ballot_place(ballot, line),
        what = what
    )
}

pub(crate) fn tie(
    stage: u32,
    candidates: &[CandidateIndex],
    names: &[String],
    purpose: &str,
) -> String {
    tr!(
        "election-tie",
        stage = stage,
        candidates = super::numbering::named(candidates, names),
        purpose = purpose
    )
}

pub(crate) fn lot_needed(
    stage: u32,
    candidates: &[CandidateIndex],
    names: &[String],
    purpose: &str,
) -> String {
    tr!(
        "election-lot-needed",
        stage = stage,
        candidates = super::numbering::named(candidates, names),
        purpose = purpose
    )
}

pub(crate) fn runoff_needed(finalists: [CandidateIndex; 2]) -> String {
    tr!(
        "election-runoff-needed",
        first = u64::from(finalists[0]) + 1,
        second = u64::from(finalists[1]) + 1
    )
}

pub(crate) fn overflow() -> String {
    tr!("election-overflow")
}

pub(crate) fn unknown_method(found: &str, names: &str) -> String {
    tr!("election-unknown-method", found = found, names = names)
}

pub(crate) fn unknown_tie_policy(found: &str, names: &str) -> String {
    tr!("election-unknown-tie-policy", found = found, names = names)
}

pub(crate) fn option_not_for_method(option: &str, method: &str) -> String {
    tr!(
        "election-option-not-for-method",
        option = option,
        method = method
    )
}

pub(crate) fn limit_needed() -> String {
    tr!("election-limit-needed")
}

pub(crate) fn read_error(line: u32, column: u32, message: &str) -> String {
    tr!(
        "election-read-error",
        line = line,
        column = column,
        message = message
    )
}

pub(crate) fn candidate_number_out_of_range(number: u64) -> String {
    tr!(
        "election-candidate-number-out-of-range",
        number = number.to_string()
    )
}

pub(crate) fn bad_votes(text: &str) -> String {
    tr!("election-bad-votes", text = format!("{text:?}"))
}

pub(crate) fn list_shared_first_preference() -> String {
    tr!("election-list-shared-first-preference")
}

pub(crate) fn constraint_duplicate_candidate(candidate: CandidateIndex) -> String {
    tr!(
        "election-constraint-duplicate-candidate",
        candidate = u64::from(candidate) + 1
    )
}

pub(crate) fn constraint_duplicate_group(group: &str) -> String {
    tr!("election-constraint-duplicate-group", group = group)
}

pub(crate) fn constraint_contradictory(group: &str, min: u32, max: u32) -> String {
    tr!(
        "election-constraint-contradictory",
        group = group,
        min = min,
        max = max
    )
}

pub(crate) fn constraint_candidate_count(given: usize, expected: usize) -> String {
    tr!(
        "election-constraint-candidate-count",
        given = given,
        expected = expected
    )
}

pub(crate) fn constraint_floors_exceed(needed: u32, seats: u32) -> String {
    tr!(
        "election-constraint-floors-exceed",
        needed = needed,
        seats = seats
    )
}

pub(crate) fn lists_and_totals(lists: usize, totals: usize) -> String {
    tr!("election-lists-and-totals", lists = lists, totals = totals)
}

pub(crate) fn votes_per_list() -> String {
    tr!("election-votes-per-list")
}

/// A tie for the last seats (the purpose of a [`TieRecord`](super::TieRecord)).
pub(crate) fn purpose_last_seat() -> String {
    tr!("election-purpose-last-seat")
}
