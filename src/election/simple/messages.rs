//! Every message the simple counting methods show a user, in one place for
//! translation.

pub(crate) fn purpose_elect() -> String {
    "election".to_string()
}

pub(crate) fn purpose_exclude() -> String {
    "exclusion".to_string()
}

pub(crate) fn purpose_runoff() -> String {
    "a place in the runoff".to_string()
}

pub(crate) fn equal_rank_at_cut(limit: u32) -> String {
    format!("across its mark limit of {limit}, where the marks stop")
}

pub(crate) fn equal_rank_first() -> String {
    "at the preference it counts for".to_string()
}

pub(crate) fn one_seat_only(seats: u32) -> String {
    format!("{seats} seats: it fills exactly 1 seat")
}

pub(crate) fn limit_not_below_seats(limit: u32, seats: u32) -> String {
    format!(
        "a mark limit of {limit} with {seats} seats: the limited vote needs a limit from 1 to {}",
        seats.saturating_sub(1)
    )
}

pub(crate) fn runoff_candidates(found: usize, expected: usize) -> String {
    format!("second-round ballots for {found} candidates: the first round has {expected}")
}

pub(crate) fn runoff_label() -> String {
    "runoff".to_string()
}
