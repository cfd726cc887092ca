//! Every message the simple counting methods show a user, in one place for
//! translation. The texts are in the catalogues `locales/{en,id}/election.ftl`.

use crate::i18n::tr;

pub(crate) fn purpose_elect() -> String {
    tr!("election-purpose-elect")
}

pub(crate) fn purpose_exclude() -> String {
    tr!("election-purpose-exclusion")
}

pub(crate) fn purpose_runoff() -> String {
    tr!("election-purpose-runoff")
}

pub(crate) fn equal_rank_at_cut(limit: u32) -> String {
    tr!("election-equal-rank-at-cut", limit = limit)
}

pub(crate) fn equal_rank_first() -> String {
    tr!("election-equal-rank-first")
}

pub(crate) fn one_seat_only(seats: u32) -> String {
    tr!("election-one-seat-only", seats = seats)
}

pub(crate) fn limit_not_below_seats(limit: u32, seats: u32) -> String {
    tr!(
        "election-limit-not-below-seats",
        limit = limit,
        seats = seats,
        max = seats.saturating_sub(1)
    )
}

pub(crate) fn runoff_candidates(found: usize, expected: usize) -> String {
    tr!(
        "election-runoff-candidates",
        found = found,
        expected = expected
    )
}

pub(crate) fn runoff_label() -> String {
    tr!("election-runoff-label")
}
